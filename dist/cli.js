#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { r as redactedJson, U as UsageError, M as MirrorError, T as TooLargeError, P as ProtocolError, k as kindOf, i as isRetryable, m as markSide, D as DigestMismatchError, e as errorMessage, s as sideOf, C as ChildUnknownError, a as addSecret, b as addCredentials, p as printable, c as redact, d as sidedStore, f as PreflightError, g as CLI_WORDS, q as quoted, h as forDisplay, E as ExitCode, j as exitCodeOf } from './chunks/cli-printable.js';
import { r as resolveFile, a as removeLeftTemps, w as writeFileAtomic, L as LockFile, b as atomicTempPid, c as readRegularFile, N as NotRegularFileError, s as specialKind, d as semver, e as LISTING_DEFAULTS, f as withDeadline, k as keepListedName, i as isValidRepositoryPath, g as checkCount, V as VerifyingStream, M as MediaType, h as digestOf, j as sha256Digest, l as isValidDigest, S as Schema1Pusher, m as filterIndex, n as configPlatform, p as platformMatches, o as MAX_MANIFEST_BYTES, q as isValidTag, t as manifestMediaType, u as deadlineSignal, v as MANIFEST_ACCEPT, x as assertDigest, y as isDockerHub, z as normalizeRegistryHost, A as getDefaultExportFromCjs, B as proxyEnv, C as usesProxy, D as readRegularFileSync, E as registryRule, F as withinDeadline, G as describeProxies, H as formatDuration, I as formatBytes, J as writeReport, K as mirrorHeading, O as failedRunReport, P as OPTION_TABLE, Q as closest, R as parseBoolean, T as BOOLEAN_SPELLINGS, U as parseSyncOptions, W as formatPlan, X as formatSummary, Y as writeFailedRunReport } from './chunks/cli-closest.js';
import require$$0$4, { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat, readdir } from 'node:fs/promises';
import { hostname, homedir, constants as constants$4 } from 'node:os';
import { dirname, basename, join as join$1, sep, resolve } from 'node:path';
import require$$0, { setMaxListeners } from 'node:events';
import { setTimeout as setTimeout$1 } from 'node:timers/promises';
import require$$1, { pipeline, Readable } from 'node:stream';
import { constants as constants$3 } from 'node:fs';
import require$$0$2 from 'node:buffer';
import require$$0$1 from 'node:assert';
import require$$2 from 'node:http';
import require$$1$1 from 'node:net';
import require$$5 from 'node:querystring';
import require$$0$3 from 'node:diagnostics_channel';
import require$$1$2, { parseArgs } from 'node:util';
import require$$4, { rootCertificates } from 'node:tls';
import require$$2$1 from 'node:zlib';
import require$$5$1 from 'node:perf_hooks';
import require$$8 from 'node:util/types';
import require$$1$3 from 'node:worker_threads';
import require$$0$5 from 'node:url';
import require$$1$4 from 'node:async_hooks';
import { spawnSync } from 'node:child_process';
import { D as DockerCommandError } from './chunks/cli-docker-cli.js';
import 'node:stream/promises';
import 'string_decoder';
import 'os';
import 'events';
import 'child_process';
import 'path';
import 'assert';
import 'fs';
import 'timers';

/** Blob bytes between two collections of the young generation while tags are copied. */
const STREAMED_BYTES_PER_COLLECTION = 8 * 1024 * 1024;
/**
 * V8's garbage collector tuned for the part of a run that checks (issue 16: peak RSS under 100 MB
 * at 10,000 tags). V8 lets the young generation grow to 2 x 16 MB and the old one to about four
 * times what survived the last full GC. Checking is thousands of short requests in flight, whose
 * garbage survives a scavenge or two: a young generation kept at its start size and an old one
 * grown by half keep 10,000 HEADs at ~96 MB instead of ~131 MB. Set once at start-up.
 */
function heapForChecks() {
    setFlagsFromString('--semi-space-growth-factor=1');
    setFlagsFromString('--heap-growing-percent=50');
}
/**
 * V8's own old-generation growth again, once tags are copied: while bytes stream, an old generation
 * grown only by half means a full GC every ~150 ms (21 in a 244 MiB mirror, ~0.5 s of CPU on two
 * cores shared with the registries), for no lower peak (BENCHMARKS.md, Defaults).
 */
function heapForCopies() {
    setFlagsFromString('--heap-growing-percent=0');
}
/**
 * Paces the young generation by the bytes copied: returns the function to call with each chunk's
 * size that collects the young generation every `every` bytes. A blob's chunks are buffers outside
 * V8's heap, freed only when a collection finds their small wrappers dead; the wrappers are too small
 * to start one, so 30+ MB of spent buffers piled up between collections while copying a large layer
 * (peak RSS 105 MB; 80 MB with a young collection every 8 MiB, for no measurable CPU). `collector`
 * is asked for the collector at the first collection, so a run that copies nothing pays nothing
 * (V8's own costs a new context, ~1 ms: made callable at run time with `--expose-gc`).
 */
function youngCollections(every = STREAMED_BYTES_PER_COLLECTION, collector = v8Collector) {
    let pending = 0;
    let collect;
    return (bytes) => {
        pending += bytes;
        if (pending < every)
            return;
        pending = 0;
        collect ??= collector() ?? null;
        collect?.({ type: 'minor' });
    };
}
/** V8's `gc`, exposed now: the flag takes effect in contexts created after it. */
function v8Collector() {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc');
    return typeof collect === 'function' ? collect : undefined;
}

/**
 * What the mirrored manifests reference, by manifest digest as the target serves it: content
 * addressed, so one node serves every tag and repository that holds the digest. `--verify` HEADs
 * these digests on the target instead of reading the manifests again.
 *
 * In the state file the graph follows the entries, one node a line, sha256 digests written as
 * their bare hex (64 characters instead of 71): `"<hex>":{"m":[children],"b":[blobs]}` with empty
 * lists left out. Only nodes reachable from an entry are written, so nodes of moved or pruned tags
 * go with the next rewrite.
 */
class ManifestGraph {
    nodes = new Map();
    get(digest) {
        return this.nodes.get(digest);
    }
    /** Adds nodes; true when one was new or different. */
    add(nodes) {
        let changed = false;
        for (const [digest, node] of nodes) {
            const known = this.nodes.get(digest);
            if (known && sameNode(known, node))
                continue;
            this.nodes.set(digest, { manifests: [...node.manifests], blobs: [...node.blobs] });
            changed = true;
        }
        return changed;
    }
    get size() {
        return this.nodes.size;
    }
    /** The lines of the nodes reachable from `roots`, sorted by digest (the file's graph section). */
    lines(roots) {
        const kept = new Set();
        const visit = (digest) => {
            if (kept.has(digest))
                return;
            const node = this.nodes.get(digest);
            if (!node)
                return;
            kept.add(digest);
            for (const child of node.manifests)
                visit(child);
        };
        for (const root of roots)
            visit(root);
        return [...kept].sort().map((digest) => `${JSON.stringify(shorten(digest))}:${encodeNode(this.nodes.get(digest))}`);
    }
    /** Reads the graph section of a file (`{"<hex>":{"m":[...],"b":[...]}}`); anything that is not a node is ignored. */
    load(section) {
        if (!section || typeof section !== 'object')
            return;
        for (const [key, value] of Object.entries(section)) {
            const node = decodeNode(value);
            if (node)
                this.nodes.set(expand(key), node);
        }
    }
}
const SHA256$1 = 'sha256:';
const shorten = (digest) => (digest.startsWith(SHA256$1) ? digest.slice(SHA256$1.length) : digest);
const expand = (text) => (text.includes(':') ? text : `${SHA256$1}${text}`);
function sameNode(a, b) {
    return a.manifests.join() === b.manifests.join() && a.blobs.join() === b.blobs.join();
}
function encodeNode(node) {
    return JSON.stringify({
        ...(node.manifests.length ? { m: node.manifests.map(shorten) } : {}),
        ...(node.blobs.length ? { b: node.blobs.map(shorten) } : {})
    });
}
function decodeNode(value) {
    if (!value || typeof value !== 'object')
        return undefined;
    const { m = [], b = [] } = value;
    const digests = (list) => Array.isArray(list) && list.every((item) => typeof item === 'string') ? list.map(expand) : undefined;
    const manifests = digests(m);
    const blobs = digests(b);
    return manifests && blobs ? { manifests, blobs } : undefined;
}

/** The ledger file's marker, so a foreign or corrupt file is never taken for ours. */
const LEDGER_FORMAT = 'gcr-mirror-ledger';
/** Version 1: entries without sections; version 2: entries may carry `section` (written only then). */
const LEDGER_VERSION = 2;
const FLAT_VERSION = 1;
/** The map key of an entry: its source reference, behind its section when it has one. */
const keyOf = (source, section) => (section === undefined ? source : `${section}\u0000${source}`);
const entryKey = (entry) => keyOf(entry.source, entry.section);
/** A background rewrite waits at least this long after the previous one. */
const REWRITE_INTERVAL_MS = 1_000;
/** A state file lock from another host untouched this long is stale (its holder refreshes it every 2.5 minutes). */
const STATE_LOCK_STALE_MS = 10 * 60 * 1000;
/** The lock a run holds on its state file from load to the end of the run. */
const lockPath = (file) => `${file}.lock`;
/** The key of a section's resume point ('' for the section of a single-mirror run). */
const resumeKey = (section) => section ?? '';
/** The journal beside a ledger file, and the journal a rewrite under way has set aside. */
const journalPath = (path) => `${path}.journal`;
const setAsidePath = (path) => `${path}.journal.old`;
/**
 * The state file, owned from load to save: source reference -> digest mirrored -> target reference,
 * per section (one per mirror of a config run; {@link section}); the ledger itself is the section
 * of a single-mirror run, which is what a version 1 file holds.
 *
 * Finished tags cost O(1) each: {@link commit} appends them to a journal beside the file
 * (`PATH.journal`, one JSON entry a line, fsynced, concurrent commits grouped into one write), so
 * a SIGKILL loses no finished tag. The file itself is rewritten atomically (temporary file, then
 * rename) off the tags' path: in the background once the journal holds as many entries as the
 * file (and at most once a second), so the rewrites of a run cost O(N) in all, and by
 * {@link save} at the end. {@link load} replays the journal. A run that records nothing writes
 * nothing.
 */
class Ledger {
    path;
    byKey = new Map();
    /** Per section, where the next run starts listing (see LedgerView.resumeAt). */
    resume = new Map();
    /** Each entry's JSON line, kept from the journal or the last rewrite so a rewrite only joins them. */
    lines = new Map();
    /** Sources in file order when known to be sorted, and the sources added since. */
    order;
    added = [];
    /** Recorded, not yet handed to the journal. */
    unjournaled = [];
    /** Lines waiting for the next journal write. */
    queue = [];
    /** The serial chain of journal writes and rotations; `scheduled` is a write not yet started. */
    io = Promise.resolve();
    scheduled;
    /** The latest journal write (its failure reaches every commit waiting on it). */
    appended = Promise.resolve();
    journal;
    journalExists = false;
    setAsideExists = false;
    /** Journal lines since the last rewrite began. */
    journalLines = 0;
    /** The file lacks something the ledger holds. */
    unsaved;
    /** The file or the journal was written since the load. */
    wrote = false;
    rewriting;
    lastRewrite = Date.now();
    sizeAtRewrite = 0;
    existed = false;
    /** The file's text as loaded, until {@link digest} hashes it (the CLI never asks: 100,000 tags, ~0.1 s saved). */
    loadedText;
    /** SHA-256 of the file as loaded ('' when there was none), once asked for. */
    loadedDigest;
    /** The state file's lock, held from load to {@link release}. */
    lock;
    /** The file written: `path` with symbolic links followed (the link stays a link). */
    file;
    graph = new ManifestGraph();
    /** The rotation count as loaded, and this run's once asked for. */
    round = 0;
    roundTaken = false;
    constructor(path, entries = []) {
        this.path = path;
        this.file = path;
        for (const entry of entries)
            this.byKey.set(entryKey(entry), entry);
        this.unsaved = this.byKey.size > 0;
    }
    /**
     * Loads a ledger: the file (read once), then the journal of a run that did not get to rewrite it.
     * A missing file is an empty ledger; an unreadable, corrupt or foreign file is a UsageError (it is
     * never silently discarded).
     *
     * First it takes the state file's lock (`PATH.lock`, see {@link LockFile}): a live run holding it
     * is a UsageError naming it (exit 2, before any copy); a lock whose run is gone is taken over with
     * a warning. Then the temporary files of a killed run's rewrites are removed. The lock is held
     * until {@link release} (or the process exits).
     */
    static async load(path, options = {}) {
        if (!path)
            return new Ledger(undefined);
        const file = await resolveFile(path);
        if (options.readOnly) {
            const ledger = await Ledger.read(path, file, undefined, options);
            // No file to write: commit and save do nothing.
            ledger.file = undefined;
            return ledger;
        }
        const lock = await lockStateFile(path, file, options);
        try {
            return await Ledger.read(path, file, lock, options);
        }
        catch (error) {
            await lock.release();
            throw error;
        }
    }
    static async read(path, file, lock, options) {
        const left = options.readOnly ? 0 : await removeLeftTemps(dirname(file), (name) => atomicTempPid(basename(file), name));
        if (left > 0)
            options.warn?.(`${path}: removed ${left} temporary files a stopped run left`);
        const text = await readText(file, path);
        const parsed = text === undefined ? { entries: [] } : parseLedgerLines(text, path);
        const ledger = new Ledger(path, parsed.entries);
        ledger.graph.load(parsed.graph);
        ledger.round = parsed.verifyRound ?? 0;
        for (const [section, repository] of Object.entries(parsed.resume ?? {}))
            ledger.resume.set(section, repository);
        ledger.file = file;
        ledger.lock = lock;
        parsed.lines?.forEach((line, i) => ledger.lines.set(entryKey(parsed.entries[i]), line));
        ledger.unsaved = false;
        ledger.order = sortedKeys(ledger.byKey.keys());
        ledger.existed = text !== undefined;
        ledger.loadedText = text;
        ledger.sizeAtRewrite = ledger.size;
        // A rewrite under way when the last run ended set this journal aside: its entries come first.
        const setAside = await readText(setAsidePath(file), path);
        const journal = await readText(journalPath(file), path);
        for (const [name, lines] of [
            [setAsidePath(path), setAside],
            [journalPath(path), journal]
        ]) {
            if (lines === undefined)
                continue;
            const replayed = parseJournal(lines, name);
            for (const entry of replayed)
                ledger.set(entry);
            ledger.journalLines += replayed.length;
            ledger.existed = true;
        }
        ledger.journalExists = journal !== undefined;
        ledger.setAsideExists = setAside !== undefined;
        ledger.unsaved = setAside !== undefined || journal !== undefined;
        // Two journals: write the file now, so the next rewrite can set the journal aside again.
        if (ledger.setAsideExists && !options.readOnly)
            await ledger.save();
        return ledger;
    }
    /** Lets the state file go (closes the journal, removes the lock; {@link save} first): the ledger is not used after. */
    async release() {
        try {
            await this.io;
            await this.journal?.close();
            this.journal = undefined;
        }
        finally {
            await this.lock?.release();
            this.lock = undefined;
        }
    }
    /** SHA-256 of the file as loaded, '' when there was none: compare with {@link changedSince}. */
    get digest() {
        if (this.loadedDigest === undefined) {
            this.loadedDigest = this.loadedText === undefined ? '' : createHash('sha256').update(this.loadedText).digest('hex');
            this.loadedText = undefined;
        }
        return this.loadedDigest;
    }
    /** Whether a file or a journal was found at load. */
    get found() {
        return this.existed;
    }
    /**
     * Whether what is on disk differs from a file of digest `digest` (the one a run restored): the
     * journal had entries at load, this ledger wrote since, or the file loaded was another one.
     */
    changedSince(digest) {
        return this.wrote || this.journalExists || this.setAsideExists || this.digest !== digest;
    }
    /**
     * One section of this ledger (a mirror of a config run, by its id): reads fall back to the
     * section of a single-mirror run (a version 1 file a config run took over; the caller compares
     * the target), writes stay in the section. Commit and save act on the whole ledger.
     */
    section(id) {
        return {
            get: (source) => this.get(source, id) ?? this.get(source),
            record: (entry, now) => this.record(entry, now, id),
            remove: (source) => this.remove(source, id),
            entries: () => this.entries().filter((entry) => entry.section === id),
            commit: () => this.commit(),
            save: () => this.save(),
            node: (digest) => this.node(digest),
            addNodes: (nodes) => this.addNodes(nodes),
            verifyRound: () => this.verifyRound(),
            resumeAt: () => this.resumeAt(id),
            setResumeAt: (repository) => this.setResumeAt(repository, id)
        };
    }
    node(digest) {
        return this.graph.get(digest);
    }
    addNodes(nodes) {
        if (this.graph.add(nodes))
            this.unsaved = true;
    }
    verifyRound() {
        if (!this.roundTaken) {
            this.roundTaken = true;
            this.round++;
            this.unsaved = true;
        }
        return this.round;
    }
    /** Where the next run of `section` starts listing (see LedgerView.resumeAt). */
    resumeAt(section) {
        return this.resume.get(resumeKey(section));
    }
    /** Sets or clears where the next run of `section` starts listing; {@link save} writes it. */
    setResumeAt(repository, section) {
        const key = resumeKey(section);
        if (this.resume.get(key) === repository)
            return;
        if (repository === undefined)
            this.resume.delete(key);
        else
            this.resume.set(key, repository);
        this.unsaved = true;
    }
    /** The entry for a full source reference, in `section` (default: that of a single-mirror run). */
    get(source, section) {
        return this.byKey.get(keyOf(source, section));
    }
    /** Records a mirrored tag, keeping its first-mirrored time; {@link commit} makes it durable. */
    record(entry, now = new Date(), section) {
        const previous = this.byKey.get(keyOf(entry.source, section));
        const stamp = now.toISOString();
        const merged = {
            ...(section === undefined ? {} : { section }),
            ...entry,
            firstMirrored: previous?.firstMirrored ?? stamp,
            lastMirrored: stamp
        };
        this.set(merged);
        this.unjournaled.push(merged);
        this.unsaved = true;
        return merged;
    }
    /**
     * Forgets a source reference (a pruned tag); true when it was there. {@link save} makes it
     * durable: until then a journal replay may bring it back, and the next prune forgets it again.
     */
    remove(source, section) {
        const key = keyOf(source, section);
        if (!this.byKey.delete(key))
            return false;
        this.lines.delete(key);
        this.unjournaled = this.unjournaled.filter((entry) => entryKey(entry) !== key);
        this.order = undefined;
        this.added = [];
        this.unsaved = true;
        return true;
    }
    /** Adds entries not already present (used to seed from the metadata record); {@link save} writes them. */
    seed(entries) {
        let added = 0;
        for (const entry of entries) {
            if (!this.byKey.has(entryKey(entry))) {
                this.set(entry);
                added++;
            }
        }
        if (added > 0)
            this.unsaved = true;
        return added;
    }
    get size() {
        return this.byKey.size;
    }
    /** All entries of every section, sorted by section, then source reference. */
    entries() {
        return this.sorted().map((key) => this.byKey.get(key));
    }
    /**
     * Serialises deterministically: sorted entries, stable key order, one entry a line. Costs a join
     * of the lines kept, plus a merge of the sources added since the last time.
     */
    serialize() {
        const keys = this.sorted();
        const lines = keys.map((key) => this.lineOf(key));
        const sectioned = keys.some((key) => this.byKey.get(key)?.section !== undefined);
        const resume = this.resume.size === 0 ? {} : { resume: Object.fromEntries([...this.resume].sort(([a], [b]) => compareText(a, b))) };
        const head = redactedJson({ format: LEDGER_FORMAT, version: sectioned ? LEDGER_VERSION : FLAT_VERSION, ...resume });
        const entries = lines.length === 0 ? `${head.slice(0, -1)},"entries":[]` : `${head.slice(0, -1)},"entries":[\n${lines.join(',\n')}\n]`;
        const nodes = this.graph.size === 0 ? [] : this.graph.lines(keys.map((key) => this.topOf(key)));
        // Older readers take the file whole (not line by line) and ignore the members they do not know.
        const round = this.round > 0 ? `,"verifyRound":${this.round}` : '';
        return nodes.length === 0 ? `${entries}${round}}\n` : `${entries}${round},"graph":{\n${nodes.join(',\n')}\n}}\n`;
    }
    /** The digest the target serves for an entry. */
    topOf(key) {
        const entry = this.byKey.get(key);
        return entry.targetDigest ?? entry.digest;
    }
    set(entry) {
        const key = entryKey(entry);
        if (!this.byKey.has(key))
            this.added.push(key);
        this.byKey.set(key, entry);
        this.lines.delete(key);
    }
    lineOf(key) {
        let line = this.lines.get(key);
        if (line === undefined) {
            line = redactedJson(this.byKey.get(key));
            this.lines.set(key, line);
        }
        return line;
    }
    /** Keys in order: the known order merged with the (sorted) keys added since. */
    sorted() {
        if (!this.order)
            this.order = [...this.byKey.keys()].sort(compareText);
        else if (this.added.length > 0)
            this.order = mergeSorted(this.order, this.added.sort(compareText));
        this.added = [];
        return this.order;
    }
    /**
     * Makes every recorded entry durable: appends them to the journal (one write and one fsync for
     * all commits waiting together). Resolves when they are on disk; may start a background rewrite.
     */
    commit() {
        if (!this.file) {
            this.unjournaled = [];
            return Promise.resolve();
        }
        for (const entry of this.unjournaled)
            this.queue.push(`${this.lineOf(entryKey(entry))}\n`);
        this.unjournaled = [];
        if (this.queue.length === 0)
            return this.appended;
        if (!this.scheduled) {
            this.scheduled = this.chain(() => this.appendQueued());
            this.appended = this.scheduled;
        }
        return this.scheduled;
    }
    /**
     * Writes the file when it lacks anything the ledger holds or does not exist yet (commits first,
     * waits for a background rewrite), then removes the journal; concurrent calls coalesce. Nothing is
     * written otherwise.
     */
    async save() {
        if (!this.file)
            return;
        await this.commit();
        await this.rewriting?.catch(() => undefined);
        if (!this.needsRewrite())
            return;
        await this.chain(async () => {
            await this.rewriting?.catch(() => undefined);
            if (this.needsRewrite())
                await this.startRewrite();
        });
        await this.rewriting;
    }
    /** The file lacks something, a journal is left, or there is no file yet (a first run writes one, even empty). */
    needsRewrite() {
        return this.unsaved || this.journalExists || this.setAsideExists || !this.existed;
    }
    /** Runs `step` after every journal write and rotation before it. */
    chain(step) {
        const done = this.io.then(step);
        this.io = done.catch(() => undefined);
        return done;
    }
    async appendQueued() {
        this.scheduled = undefined;
        const lines = this.queue.splice(0);
        if (lines.length === 0 || !this.file)
            return;
        if (!this.journal) {
            await mkdir(dirname(this.file), { recursive: true });
            this.journal = await open(journalPath(this.file), 'a', 0o600);
        }
        this.journalExists = true;
        this.wrote = true;
        await this.journal.write(lines.join(''));
        await this.journal.datasync();
        this.journalLines += lines.length;
        const due = Date.now() - this.lastRewrite >= REWRITE_INTERVAL_MS && this.journalLines >= Math.max(1, this.sizeAtRewrite);
        // A failed background rewrite loses nothing (the journal holds it); save() tries again and reports.
        if (due && !this.rewriting)
            void this.chain(() => this.startRewrite()).catch(() => undefined);
    }
    /**
     * Sets the journal aside (new commits start a fresh one), snapshots the ledger and writes it in the
     * background; the journal set aside is removed once the file holds it. Runs on the chain.
     */
    async startRewrite() {
        const path = this.file;
        if (!path || this.rewriting)
            return;
        if (this.journalExists && !this.setAsideExists) {
            await this.journal?.close();
            this.journal = undefined;
            await rename(journalPath(path), setAsidePath(path));
            this.journalExists = false;
            this.setAsideExists = true;
            this.journalLines = 0;
        }
        const text = this.serialize();
        this.unsaved = false;
        this.sizeAtRewrite = this.size;
        this.lastRewrite = Date.now();
        this.rewriting = (async () => {
            try {
                await writeFileAtomic(path, text);
                this.wrote = true;
                this.existed = true;
                if (this.setAsideExists) {
                    await rm(setAsidePath(path), { force: true });
                    this.setAsideExists = false;
                }
            }
            catch (error) {
                this.unsaved = true;
                throw error;
            }
            finally {
                this.rewriting = undefined;
            }
        })();
        this.rewriting.catch(() => undefined);
    }
}
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** The keys as an array when they are already sorted (a file we wrote), else undefined. */
function sortedKeys(keys) {
    const list = [...keys];
    for (let i = 1; i < list.length; i++)
        if (list[i - 1] >= list[i])
            return undefined;
    return list;
}
/** Merges two sorted lists of distinct sources. */
function mergeSorted(a, b) {
    const out = new Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.length && j < b.length)
        out[k++] = a[i] < b[j] ? a[i++] : b[j++];
    while (i < a.length)
        out[k++] = a[i++];
    while (j < b.length)
        out[k++] = b[j++];
    return out;
}
/**
 * A file's text (read from `file`, named `path`), or undefined when it does not exist; any other
 * failure is a UsageError. A FIFO or device is refused at once, never waited on.
 */
async function readText(file, path) {
    try {
        return (await readRegularFile(file)).toString('utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return undefined;
        const why = error instanceof NotRegularFileError ? `is ${error.what}, not a regular file` : `cannot be read (${code ?? String(error)})`;
        const name = file.endsWith('.journal') || file.endsWith('.journal.old') ? `${path} (its journal ${basename(file)})` : path;
        throw new UsageError((w) => `${w.option('state-file')} ${name}: ${why}`);
    }
}
/** Takes the state file's lock, or throws the UsageError that names the run holding it. */
async function lockStateFile(path, file, options) {
    await mkdir(dirname(file), { recursive: true }).catch(() => undefined);
    const lock = await LockFile.acquire(lockPath(file), {
        staleMs: STATE_LOCK_STALE_MS,
        onStale: (holder, why) => options.warn?.(`${path}: taking over the lock ${lockPath(path)} of a run that is gone (${holder ? describeHolder(holder) : 'unknown'}: ${why})`)
    }).catch((error) => {
        const code = error.code;
        throw new UsageError((w) => `${w.option('state-file')} ${path}: cannot create its lock ${lockPath(path)} (${code ?? String(error)})`);
    });
    if (lock instanceof LockFile)
        return lock;
    throw new UsageError((w) => `another run holds ${path} (${describeHolder(lock)}); wait for it or use another ${w.option('state-file')}`);
}
/** `pid 123 since 2026-01-01T00:00:00.000Z`, with the host when it is another one. */
function describeHolder(holder) {
    return `pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`} since ${holder.startedAt}`;
}
/** Checks one entry's required fields, or throws a UsageError naming the file. */
function checkEntry(entry, path) {
    if (!entry ||
        typeof entry.source !== 'string' ||
        typeof entry.digest !== 'string' ||
        typeof entry.target !== 'string' ||
        !(entry.section === undefined || typeof entry.section === 'string')) {
        throw new UsageError((w) => `${w.option('state-file')} ${path}: corrupt entry ${JSON.stringify(entry).slice(0, 120)}`);
    }
}
/** The end of a ledger file's first line as {@link Ledger.serialize} writes it, entries following one a line. */
const HEAD_END = ',"entries":[';
/** The head of a file as {@link Ledger.serialize} writes it (either version, a resume point or not), else undefined. */
function parseHead(row) {
    if (!row.startsWith(`{"format":"${LEDGER_FORMAT}",`) || !row.endsWith(HEAD_END))
        return undefined;
    try {
        const head = JSON.parse(`${row.slice(0, -HEAD_END.length)}}`);
        if (head.version !== FLAT_VERSION && head.version !== LEDGER_VERSION)
            return undefined;
        return { format: LEDGER_FORMAT, version: head.version, resume: resumeOf(head.resume) };
    }
    catch {
        return undefined;
    }
}
/** A file's resume points when well formed (strings by section); anything else is dropped (a hint, not data). */
function resumeOf(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const entries = Object.entries(value).filter((entry) => typeof entry[1] === 'string');
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
}
function parseLedgerLines(text, path) {
    const rows = text.split('\n');
    const head = parseHead(rows[0]);
    // The entries end at `]}`, or at `],` when the rotation count or the graph follow (parsed whole).
    const end = rows.findIndex((row, i) => i > 0 && row.startsWith(']'));
    if (head && rows.at(-1) === '' && end > 0 && (rows[end] === ']}' ? end === rows.length - 2 : rows[end].startsWith('],'))) {
        const lines = rows.slice(1, end).map((row, i, all) => (i < all.length - 1 && row.endsWith(',') ? row.slice(0, -1) : row));
        try {
            const entries = lines.map((line) => JSON.parse(line));
            const tail = rows[end] === ']}' ? {} : JSON.parse(`{${rows.slice(end).join('\n').slice(2)}`);
            if (entries.every((entry) => entry && typeof entry === 'object')) {
                for (const entry of entries)
                    checkEntry(entry, path);
                return { entries, lines, graph: tail.graph, verifyRound: roundOf(tail.verifyRound), resume: head.resume };
            }
        }
        catch (error) {
            if (error instanceof UsageError)
                throw error;
        }
    }
    return parseWhole(text, path);
}
const roundOf = (value) => (Number.isSafeInteger(value) && value >= 0 ? value : undefined);
function parseWhole(text, path) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new UsageError((w) => `${w.option('state-file')} ${path}: not valid JSON; move it aside (it is kept as it is) or pass another ${w.option('state-file')}`);
    }
    const file = data;
    if (!file || typeof file !== 'object' || file.format !== LEDGER_FORMAT || !Array.isArray(file.entries)) {
        throw new UsageError(`--state-file ${path}: not a gcr-mirror ledger (expected {"format":"${LEDGER_FORMAT}",...}); move it aside or pass another --state-file`);
    }
    if (typeof file.version !== 'number' || file.version > LEDGER_VERSION) {
        throw new UsageError((w) => `${w.option('state-file')} ${path}: ledger version ${String(file.version)} is newer than this gcr-mirror understands`);
    }
    for (const entry of file.entries)
        checkEntry(entry, path);
    return { entries: file.entries, graph: file.graph, verifyRound: roundOf(file.verifyRound), resume: resumeOf(file.resume) };
}
/**
 * Parses a journal (one JSON entry a line). A last line without its newline is a write a kill cut
 * short, and is dropped (its tag was never reported finished); any other bad line is a UsageError.
 */
function parseJournal(text, path) {
    const lines = text.split('\n');
    lines.pop(); // '' after the last newline, or a cut-short write
    return lines.map((line) => {
        let entry;
        try {
            entry = JSON.parse(line);
        }
        catch {
            entry = null;
        }
        checkEntry(entry, path);
        return entry;
    });
}

/** The files of an OCI layout that are the layout itself (`blobs` a directory). */
const LAYOUT_OWN = ['index.json', 'oci-layout', 'blobs'];
/**
 * Checks the local paths of a run before anything is copied, so a path that can't work is one line
 * and exit 2 (a UsageError) instead of a raw errno after the first copy:
 * - `--state-file` and `--report`: not a directory, FIFO, socket or device; their folder (or its
 *   nearest existing ancestor) writable (not the state file's in a dry run, which only reads it), proved by creating and removing a temporary file of the
 *   name a write would use; not the same file once resolved (symbolic links followed, the parent's
 *   real path); not one of an `oci:` layout's own files (index.json, oci-layout, blobs/).
 * - an `oci:` target: a directory (or not there yet), writable the same way.
 * A report's temporary files left by a killed run are removed on the way.
 */
async function checkLocalPaths(options) {
    const files = [];
    if (options.stateFile)
        files.push(['state-file', options.stateFile]);
    if (options.report)
        files.push(['report', options.report]);
    const resolved = new Map();
    // A dry run writes no state file: it is only read, so its folder need not take files (nor exist).
    for (const [option, path] of files)
        resolved.set(option, await checkFile(option, path, options.dryRun === true && option === 'state-file'));
    const state = resolved.get('state-file');
    const report = resolved.get('report');
    if (state && report && [state, `${state}.journal`, `${state}.journal.old`, `${state}.lock`].includes(report)) {
        const what = report === state ? 'the same file' : `the state file's ${report.slice(state.length + 1)} file`;
        throw new UsageError((w) => `${w.option('report')} ${options.report} is ${what} as ${w.option('state-file')} ${options.stateFile} (both ${report})`);
    }
    for (const spec of [options.source, options.target]) {
        if (spec.kind !== 'oci')
            continue;
        const root = await resolveFile(spec.path);
        for (const [option, path] of files) {
            const own = LAYOUT_OWN.find((name) => resolved.get(option) === join$1(root, name) || resolved.get(option).startsWith(join$1(root, name) + sep));
            if (own) {
                throw new UsageError((w) => `${w.option(option)} ${path}: is inside ${spec.display}'s own files (${own}); put it outside the layout's index.json, oci-layout and blobs/`);
            }
        }
    }
    if (options.target.kind === 'oci' && !options.dryRun) {
        const root = await resolveFile(options.target.path);
        await probeDirectory(root, join$1(root, 'index.json'), (why) => `${options.target.display}: ${why}`);
    }
}
/** Checks one file a run writes (or, `readOnly`, only reads); returns its resolved path. */
async function checkFile(option, path, readOnly) {
    const say = (why) => (w) => `${w.option(option)} ${path}: ${why}`;
    let file;
    try {
        file = await resolveFile(path);
    }
    catch (error) {
        throw new UsageError(say(`cannot be resolved (${codeOf(error)})`));
    }
    const info = await stat(file).catch((error) => {
        if (codeOf(error) === 'ENOENT')
            return undefined;
        throw new UsageError(say(`cannot be read (${codeOf(error)})`));
    });
    if (info?.isDirectory())
        throw new UsageError(say('is a directory, not a file'));
    const special = info && specialKind(info);
    if (special)
        throw new UsageError(say(`is ${special}; expected a regular file`));
    if (option === 'report')
        await removeLeftTemps(dirname(file), (name) => atomicTempPid(basename(file), name));
    if (!readOnly)
        await probeDirectory(dirname(file), file, say);
    return file;
}
/**
 * Proves `directory` (or its nearest existing ancestor, where the run would create the rest) takes
 * new files: creates and removes a temporary file named as a write of `file` would name it.
 */
async function probeDirectory(directory, file, say) {
    let folder = directory;
    for (;;) {
        const info = await stat(folder).catch((error) => {
            if (codeOf(error) === 'ENOENT')
                return undefined;
            throw new UsageError(say(`cannot be written: ${folder} cannot be read (${codeOf(error)})`));
        });
        if (info) {
            if (!info.isDirectory())
                throw new UsageError(say(`cannot be written: ${folder} is not a directory`));
            break;
        }
        if (dirname(folder) === folder)
            break;
        folder = dirname(folder);
    }
    const probe = join$1(folder, `${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        await (await open(probe, 'wx', 0o600)).close();
    }
    catch (error) {
        throw new UsageError(say(`cannot be written: ${folder} does not take new files (${codeOf(error)})`));
    }
    await rm(probe, { force: true });
}
const codeOf = (error) => error.code ?? String(error);

/** Joins non-empty path parts with `/`. */
function joinPath(...parts) {
    return parts.filter(Boolean).join('/');
}
/** The repository path within its registry: `NAMESPACE/REPOSITORY`. */
function repositoryPath(ref) {
    return joinPath(ref.namespace, ref.repository);
}
/** The contract's text of a tag: `REGISTRY/NAMESPACE/REPOSITORY:TAG`. */
function formatTagRef(ref) {
    return `${joinPath(ref.registry, ref.namespace, ref.repository)}:${ref.tag}`;
}

/** Creates a concurrency limiter (FIFO); queuing and starting a task cost O(1) however many wait. */
function createLimiter(concurrency) {
    let active = 0;
    // A queue read from `head` on: Array#shift moves every waiting task, O(n\u00b2) for 10,000 tags.
    let queue = [];
    let head = 0;
    const next = () => {
        if (active >= concurrency || head >= queue.length)
            return;
        const start = queue[head++];
        if (head === queue.length) {
            queue = [];
            head = 0;
        }
        active++;
        start();
    };
    const limit = (task) => new Promise((resolve, reject) => {
        queue.push(() => {
            task()
                .then(resolve, reject)
                .finally(() => {
                active--;
                next();
            });
        });
        next();
    });
    return Object.assign(limit, { concurrency });
}
/**
 * Maps `items` through `fn`, in order, with at most `width` calls pending at once, so the work
 * waiting (its closures and promises) stays O(width) rather than O(items). After a failure no new
 * call starts and the first failure is thrown.
 */
async function mapBounded(items, width, fn) {
    const out = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const i = next++;
            try {
                out[i] = await fn(items[i], i);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, worker));
    return out;
}

/**
 * Settles with `work`, or rejects with the abort reason as soon as `signal` aborts. For waits that
 * can't take the signal themselves (a token fetch shared by concurrent requests, an engine step): the
 * caller's time bound holds while the shared work goes on for the others.
 */
function untilAborted(work, signal) {
    if (!signal)
        return work;
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const abort = () => reject(signal.reason);
        signal.addEventListener('abort', abort, { once: true });
        work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
    });
}

/**
 * The life of a run's shared work: one signal that ends every attempt when the run ends, and the
 * work still running, so a run that ends can wait for it before it closes its stores (a request
 * cut off by a closed connection pool would only say "The client is destroyed").
 */
class WorkScope {
    controller = new AbortController();
    running = new Set();
    constructor() {
        // Every shared attempt of a run listens to this one signal.
        setMaxListeners(0, this.controller.signal);
    }
    /** Aborts when the run ends ({@link end}). */
    get signal() {
        return this.controller.signal;
    }
    /** Counts `work` as started in this run until it settles. */
    track(work) {
        const settled = work.then(() => undefined, () => undefined);
        this.running.add(settled);
        void settled.then(() => this.running.delete(settled));
    }
    /** Ends the run's work: every attempt still running is aborted with `reason`, and none starts after. */
    end(reason = new DOMException('the run ended', 'AbortError')) {
        if (!this.controller.signal.aborted)
            this.controller.abort(reason);
    }
    /** Resolves once all work tracked has settled (work settling may start more), or after `ms`; true when it all settled. */
    async settled(ms) {
        let timer;
        const late = new Promise((resolve) => (timer = setTimeout(() => resolve(false), ms)));
        try {
            while (this.running.size > 0) {
                if ((await Promise.race([Promise.all([...this.running]).then(() => true), late])) === false)
                    return false;
            }
            return true;
        }
        finally {
            clearTimeout(timer);
        }
    }
}
/**
 * Work that several callers of one run need done once, by key (a blob placed in a repository, a
 * manifest fetched, the push probe). An attempt runs under a signal of its own, not under the
 * caller's that started it: it ends when the run ends ({@link WorkScope}) or when no caller waits
 * for it any more, so a tag that times out alone still frees its sockets, and a tag that times out
 * while another waits for the same work does not fail that other one. Each caller waits bounded by
 * its own signal. A value is kept for later callers; a failure is forgotten, so the next caller
 * (or the next after every caller gave up) tries again.
 */
class SharedWork {
    scope;
    attempts = new Map();
    constructor(scope) {
        this.scope = scope;
    }
    /** The value of `key`'s work: joins the attempt under way or kept, or starts one with `work`; rejects with `signal`'s reason when it aborts first. */
    async run(key, signal, work) {
        return (await this.join(key, signal, work)).value;
    }
    /** As {@link run}, telling the caller whether it is the first to receive the value. */
    join(key, signal, work) {
        if (this.scope.signal.aborted)
            return Promise.reject(this.scope.signal.reason);
        return this.wait(this.attempts.get(key) ?? this.start(key, work), signal);
    }
    /** Waits, bounded by `signal`, for `key`'s attempt under way (if any) to settle, whatever its outcome. */
    async settledFor(key, signal) {
        const attempt = this.attempts.get(key);
        if (!attempt || attempt.settled)
            return;
        await this.wait(attempt, signal).catch(() => signal.throwIfAborted());
    }
    /** Drops `key`'s kept value (a cache bounded by size). */
    forget(key) {
        if (this.attempts.get(key)?.settled)
            this.attempts.delete(key);
    }
    start(key, work) {
        const controller = new AbortController();
        // A blob's requests and every retry of them listen to it.
        setMaxListeners(0, controller.signal);
        const run = this.scope.signal;
        const onRunEnd = () => controller.abort(run.reason);
        run.addEventListener('abort', onRunEnd, { once: true });
        const attempt = { key, controller, result: Promise.resolve(undefined), waiters: 0, settled: false, delivered: false };
        this.attempts.set(key, attempt);
        attempt.result = (async () => work(controller.signal))();
        this.scope.track(attempt.result);
        const settle = (kept) => {
            attempt.settled = true;
            run.removeEventListener('abort', onRunEnd);
            if (!kept && this.attempts.get(key) === attempt)
                this.attempts.delete(key);
        };
        attempt.result.then(() => settle(true), () => settle(false));
        return attempt;
    }
    async wait(attempt, signal) {
        attempt.waiters++;
        try {
            const value = await untilAborted(attempt.result, signal);
            const first = !attempt.delivered;
            attempt.delivered = true;
            return { value, first };
        }
        finally {
            if (--attempt.waiters === 0 && !attempt.settled)
                this.abandon(attempt);
        }
    }
    /** No caller waits for the attempt any more: it is aborted, and the next caller starts another. */
    abandon(attempt) {
        if (this.attempts.get(attempt.key) === attempt)
            this.attempts.delete(attempt.key);
        attempt.controller.abort(new DOMException('no caller waits for this work any more', 'AbortError'));
    }
}

/**
 * How long an ending run waits for the work it started to settle before it closes its stores.
 * Everything in flight listens to the run's signal and ends within moments of it; the bound is for
 * what can't listen (a file system call on a hung mount).
 */
const SETTLE_MS = 5_000;
/** Resolves when `work` has settled or `ms` has passed, whichever comes first. */
async function settledWithin(work, ms = SETTLE_MS) {
    let timer;
    await Promise.race([work.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
}
/**
 * Ends a run, whatever ended it, in the order that keeps its state whole: the work still in flight
 * is aborted and settles (bounded by `settleMs`), then the stores close, then the ledger is saved,
 * and its lock is let go last. Nothing in flight then meets a closed store ("The client is
 * destroyed"), and nothing writes the ledger after its lock is gone.
 */
async function endRun(end, settleMs = SETTLE_MS) {
    end.scope.end();
    await end.scope.settled(settleMs);
    await end.close();
    try {
        await end.save?.();
    }
    finally {
        await end.release?.();
    }
}

const PRERELEASE_WORD = /(^|[._-])(alpha|beta|rc|pre|preview|dev|snapshot|nightly|canary)([._-]?\d*)?($|[._-])/i;
/**
 * Reads a tag as a semantic version: `1.2.3`, `v1.2.3`, `1.2.3-rc.1`, `v1.2.3+build`.
 * Tags such as `latest`, `1.2` or `stable-1.2.3` are not versions.
 */
function tagVersion(tag) {
    if (!/^v?\d/.test(tag))
        return null;
    return semver.parse(tag.startsWith('v') ? tag.slice(1) : tag);
}
/** True when the tag is a pre-release by version or by name. */
function isPrerelease(tag) {
    const version = tagVersion(tag);
    if (version)
        return version.prerelease.length > 0;
    return PRERELEASE_WORD.test(tag);
}
/** Applies the filter; the result keeps the listing order, except `latest`, which returns the newest first. */
function selectTags(tags, filter) {
    let kept = tags.filter(({ tag }) => (filter.includeTags.length === 0 || filter.includeTags.some((re) => re.test(tag))) &&
        !filter.excludeTags.some((re) => re.test(tag)) &&
        !(filter.excludePrerelease && isPrerelease(tag)));
    if (filter.semver !== undefined) {
        const range = filter.semver;
        kept = kept.filter(({ tag }) => {
            const version = tagVersion(tag);
            return version !== null && semver.satisfies(version, range, { includePrerelease: !filter.excludePrerelease });
        });
    }
    if (filter.latest !== undefined) {
        kept = kept
            .map((info) => ({ info, version: tagVersion(info.tag) }))
            .filter((entry) => entry.version !== null)
            .sort((a, b) => semver.rcompare(a.version, b.version) || (a.info.tag < b.info.tag ? -1 : 1))
            .slice(0, filter.latest)
            .map(({ info }) => info);
    }
    return kept;
}

/**
 * Tags that ride along with an image digest: cosign's signature, attestation and SBOM tags
 * (`sha256-<hex>.sig`, `.att`, `.sbom`) and the OCI 1.1 referrers tag-schema fallback index
 * (`sha256-<hex>`, distribution-spec "Referrers Tag Schema"). Registries such as registry.k8s.io
 * serve them by tag only (a request by digest to a regional mirror gets 404), so they are read by tag.
 */
const COMPANION_TAG = /^sha256-([a-f0-9]{64})(?:\.(sig|att|sbom))?$/;
/** The companion tags an image digest may have (none for digests other than sha256). */
function companionTags(digest) {
    const hex = /^sha256:([a-f0-9]{64})$/.exec(digest)?.[1];
    return hex ? [`sha256-${hex}`, `sha256-${hex}.sig`, `sha256-${hex}.att`, `sha256-${hex}.sbom`] : [];
}
/** True for a companion tag (see COMPANION_TAG). */
function isCompanionTag(tag) {
    return COMPANION_TAG.test(tag);
}
/** The digest whose referrers fallback tag `tag` is (`sha256-<hex>`, no suffix), else undefined. */
function referrersSubject(tag) {
    const match = COMPANION_TAG.exec(tag);
    return match && !match[2] ? `sha256:${match[1]}` : undefined;
}

/**
 * The repositories to mirror, relative to the source namespace: the explicit list when given,
 * else every repository under the namespace (nested ones included), sorted.
 */
async function discoverRepositories(source, namespace, images) {
    if (images.length > 0)
        return [...new Set(images)].sort();
    const found = await source.listRepositories(namespace);
    const relative = found.map((repository) => (namespace ? repository.slice(namespace.length + 1) : repository)).filter((path) => path.length > 0);
    return [...new Set(relative)].sort();
}
/**
 * Lists a repository's tags, applies the filter, and resolves each selected tag's digest: taken
 * from the listing when the registry gives digests in bulk (gcr.io), else from a manifest HEAD
 * (never a GET, which Docker Hub counts as a pull). Signature, attestation and SBOM tags of a
 * selected digest (`sha256-<hex>.sig` ...) come along even when the filter would drop them, so a
 * mirror keeps its images verifiable; for the selected tags `probeCompanions` accepts, the companion
 * tags the listing omits (and the referrers fallback tag `sha256-<hex>`) are asked for by tag (HEAD)
 * and kept when present; every HEAD goes through `bounded` (the run's stop and `--tag-timeout`). Tags that vanished since listing are returned in `vanished`, the number of tags listed in `listed`,
 * and every tag listed (selected or not) in `listedTags`.
 */
async function selectRepositoryTags(source, repository, filter, headLimit, probeCompanions = () => false, bounded = (_what, send) => send(new AbortController().signal)) {
    const tags = await source.listTags(repository);
    const vanished = [];
    const resolve = async (chosen) => {
        // At most the limiter's width waits per repository: 10,000 tags are not 10,000 pending calls.
        const resolved = await mapBounded(chosen, headLimit.concurrency, async ({ tag, digest }) => {
            if (digest)
                return { tag, digest };
            const head = await headLimit(() => bounded(`HEAD ${repository}:${tag}`, (signal) => source.headManifest(repository, tag, { signal })));
            if (!head)
                vanished.push(tag);
            return head ? { tag, digest: head.digest } : undefined;
        });
        return resolved.filter((t) => t !== undefined);
    };
    const selected = await resolve(selectTags(tags, filter));
    const names = new Set(selected.map((t) => t.tag));
    const digests = new Set(selected.map((t) => t.digest));
    const companions = tags.filter((t) => {
        const match = COMPANION_TAG.exec(t.tag);
        return match !== null && !names.has(t.tag) && digests.has(`sha256:${match[1]}`);
    });
    const listedNames = new Set(tags.map((t) => t.tag));
    const probed = new Set(selected.filter(probeCompanions).map((t) => t.digest));
    const unlisted = [...probed].flatMap(companionTags).filter((tag) => !listedNames.has(tag));
    const heads = await mapBounded(unlisted, headLimit.concurrency, async (tag) => {
        const head = await headLimit(() => bounded(`HEAD ${repository}:${tag}`, (signal) => source.headManifest(repository, tag, { signal })));
        return head ? { tag, digest: head.digest } : undefined;
    });
    const found = heads.filter((t) => t !== undefined);
    return { selected: [...selected, ...(await resolve(companions)), ...found], vanished, listed: tags.length, listedTags: tags.map((t) => t.tag) };
}

/** The URL of a request without query or fragment, for messages. */
function describeUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return url.split('?')[0];
    }
}
const TRANSIENT_STATUS = new Set([408, 425, 500, 502, 503, 504]);
/** The error kind an HTTP status means (401 and 403 are refined by the auth classes below). */
function kindOfStatus(status) {
    if (status === 404)
        return 'not-found';
    if (status === 429)
        return 'rate-limited';
    if (status === 401 || status === 403)
        return 'access-denied';
    return TRANSIENT_STATUS.has(status) ? 'transient' : 'refused';
}
/** A registry answered with an error status. */
class RegistryError extends MirrorError {
    status;
    request;
    code;
    name = 'RegistryError';
    /** The registry's own message for the error (the spec body's `message`), when it gave one. */
    detail;
    /** 401/403: the actions the request needed (`pull`, `pull,push`). */
    access;
    constructor(message, status, request, 
    /** The spec's error code (`MANIFEST_UNKNOWN`, `DENIED`, ...) when the body had one. */
    code, retryAfter, kind = kindOfStatus(status)) {
        super(kind, message, { retryAfter });
        this.status = status;
        this.request = request;
        this.code = code;
    }
}
/** 401/403: credentials missing, or without the rights needed. */
class AuthError extends RegistryError {
    name = 'AuthError';
}
/** 401 although credentials were sent: the username or password is wrong. */
class CredentialsRefusedError extends AuthError {
    name = 'CredentialsRefusedError';
    constructor(message, status, request, code) {
        super(message, status, request, code, undefined, 'auth-refused');
    }
}
/** 404: the repository, manifest or blob is not there. */
class NotFoundError extends RegistryError {
    name = 'NotFoundError';
}
/**
 * 404 to a write: the repository does not exist and the registry does not create it on push (an
 * ECR repository, a Harbor project, a namespace). Fails that repository's tags, not the run.
 */
class RepositoryMissingError extends NotFoundError {
    name = 'RepositoryMissingError';
}
/** The registry could not be reached or dropped the connection. */
class NetworkError extends MirrorError {
    request;
    name = 'NetworkError';
    constructor(message, request, cause) {
        super('transient', message, { cause });
        this.request = request;
    }
}

/** The first value of a header. */
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** Drops a body without reading it, swallowing the abort error destroying it raises. */
function abandon(body) {
    body.on('error', () => undefined);
    body.destroy();
}
/** Discards a body without reading it into memory (keeps the connection reusable when small). */
async function discard(body) {
    try {
        await body.dump({ limit: 256 * 1024 });
    }
    catch {
        abandon(body);
    }
}
/**
 * Reads a whole body, refusing more than `limit` bytes (checked against `Content-Length` first,
 * then while reading), so a hostile registry can't make gcr-mirror buffer without bound.
 */
async function readLimited(body, headers, limit, what) {
    const declared = Number(header(headers, 'content-length'));
    if (declared > limit) {
        abandon(body);
        throw new TooLargeError(`${what}: ${declared} bytes, more than the ${limit} accepted`);
    }
    const chunks = [];
    let total = 0;
    for await (const chunk of body) {
        total += chunk.length;
        if (total > limit) {
            abandon(body);
            throw new TooLargeError(`${what}: more than the ${limit} bytes accepted`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date); undefined when absent or unreadable. */
function retryAfterSeconds(headers, now = Date.now()) {
    const value = header(headers, 'retry-after');
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}
/** The `rel="next"` target of a `Link` header, resolved against `base`. */
function nextLink(headers, base) {
    const link = header(headers, 'link');
    const match = link && /<([^>]+)>\s*;\s*rel="?next"?/i.exec(link);
    return match ? new URL(match[1], base).toString() : undefined;
}

/** Pages one listing may take by default; a registry that keeps answering "next" past this is refused. */
LISTING_DEFAULTS.maxPages;
/**
 * Follows a paginated listing from `first` (an absolute URL): `fetchPage` reads one page under the
 * signal it is given and returns the next page's URL (absolute or relative to the page), or
 * undefined at the end. Every listing is bounded here, in one place: at most `bounds.maxPages`
 * pages, a page URL seen twice ends the listing with an error (a registry looping on its cursor),
 * a next page on another origin is refused before any request leaves for it, and each page request
 * has a total deadline and stops with the run (see withDeadline).
 */
async function followPages(first, what, fetchPage, bounds = LISTING_DEFAULTS) {
    const origin = new URL(first).origin;
    const seen = new Set();
    for (let url = first; url !== undefined;) {
        if (seen.has(url))
            throw new ProtocolError(`${what}: the registry sent page ${describe(url)} twice; the listing loops`);
        if (seen.size >= bounds.maxPages)
            throw new ProtocolError(`${what}: more than ${bounds.maxPages} pages; the listing is refused`);
        seen.add(url);
        const page = url;
        const next = await withDeadline(what, bounds, (signal) => fetchPage(page, signal));
        if (next === undefined)
            return;
        const resolved = new URL(next, url);
        if (resolved.origin !== origin)
            throw new ProtocolError(`${what}: the next page is on another host (${resolved.origin}); refused`);
        url = resolved.toString();
    }
}
function describe(url) {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`.slice(0, 200);
}
/** The URL of the next page of a listing whose cursor is a query parameter: `first` with `name=value`. */
function withCursor(first, name, value) {
    const next = new URL(first);
    next.searchParams.set(name, value);
    return next.toString();
}

/** Token scopes (`repository:NAME:ACTIONS`) as the token flow names them. */
/** The scope of one repository. */
function repositoryScope(repository, access) {
    return `repository:${repository}:${access}`;
}
/** The scope of `_catalog`. */
const CATALOG_SCOPE = 'registry:catalog:*';

/** A `_catalog` page above this is refused. */
const CATALOG_PAGE_LIMIT = 16 * 1024 * 1024;
const PAGE_SIZE$2 = 1000;
/** Statuses with which registries say they won't list (auth, unsupported, absent). */
const REFUSALS = new Set([400, 401, 403, 404, 405, 501]);
/**
 * Every repository in the registry's `/v2/_catalog` whose name is `prefix` or under `prefix/`,
 * following pagination within `bounds`. A registry that refuses throws a ListingRefusedError.
 */
async function listCatalog(transport, host, prefix, bounds = LISTING_DEFAULTS) {
    const found = [];
    const what = `${host} catalog`;
    const first = new URL(`/v2/_catalog?n=${PAGE_SIZE$2}`, transport.origin).toString();
    await followPages(first, what, async (url, signal) => {
        let response;
        try {
            response = await transport.read({ method: 'GET', url, scopes: [CATALOG_SCOPE], headers: { accept: 'application/json' }, signal }, CATALOG_PAGE_LIMIT, what);
        }
        catch (error) {
            if (error instanceof RegistryError && REFUSALS.has(error.status) && !(error instanceof CredentialsRefusedError))
                throw refusal(host, prefix, error);
            throw error;
        }
        let page;
        try {
            page = JSON.parse(response.bytes.toString('utf8'));
        }
        catch {
            throw new ListingRefusedError(`${host}: /v2/_catalog answered with something that is not JSON`, 200, { method: 'GET', url: response.url }, undefined, undefined, 'protocol');
        }
        for (const name of page.repositories ?? []) {
            if (!keepListedName(name, typeof name === 'string' && isValidRepositoryPath(name), `${host} catalog`, bounds))
                continue;
            if (!prefix || name === prefix || name.startsWith(`${prefix}/`))
                found.push(name);
        }
        checkCount(found.length, bounds.maxRepositories, what, 'repositories', 'max-repositories');
        return nextLink(response.headers, response.url);
    }, bounds);
    return found;
}
/** A registry that won't list its repositories (auth, unsupported, absent, not JSON); callers say how to name them instead. */
class ListingRefusedError extends RegistryError {
    name = 'ListingRefusedError';
}
function refusal(host, prefix, error) {
    const where = prefix ? `${host}/${prefix}` : host;
    return new ListingRefusedError(`${host} refuses to list repositories of ${where} (/v2/_catalog answered ${error.status})`, error.status, error.request, error.code);
}

/**
 * What a user can do about a failure met before the first copy, in the words of the shell that
 * prints it: how to give credentials when a registry wanted some and none were found, which
 * credentials to check when they were refused, what right is missing when they were valid, how to
 * name repositories when a registry refused to list them, how to fit names a registry refused.
 * Undefined when there is nothing to add.
 */
function preflightHint(error, side, endpoint) {
    if (error instanceof ListingRefusedError && error.kind !== 'auth-refused') {
        return (w) => `name the repositories of ${endpoint.display} with ${w.option('images')}`;
    }
    const env = `GCR_MIRROR_${side.toUpperCase()}`;
    const kind = kindOf(error);
    if (kind === 'auth-refused') {
        const from = endpoint.credentialsFrom;
        if (from && from !== 'options') {
            return (w) => `the ${side} credentials came from ${from}: log in again (podman login or docker login ${endpoint.registry}), or pass ${w.option(`${side}-username`)} and ${w.option(`${side}-password`)}`;
        }
        return (w) => `the ${side} credentials come from ${w.option(`${side}-username`)} and ${w.option(`${side}-password`)} (or ${env}_USERNAME/_PASSWORD, or docker login ${endpoint.registry})`;
    }
    if (kind === 'access-denied' && !endpoint.hasCredentials) {
        const files = endpoint.credentialsSearched?.length ? `, ${endpoint.credentialsSearched.join(', ')}` : '';
        return (w) => `no credentials for ${endpoint.registry} were found (looked in ${w.option(`${side}-username`)}/${w.option(`${side}-password`)}, ${env}_USERNAME/_PASSWORD${files}): pass them, or run podman login or docker login ${endpoint.registry}`;
    }
    if (kind === 'access-denied') {
        const right = side === 'target' ? 'push (write)' : 'pull (read)';
        return (w) => `the ${side} credentials are valid but lack the right: grant them ${right} access there, or pass ${w.option(`${side}-username`)} and ${w.option(`${side}-password`)} of an account that has it`;
    }
    return side === 'target' ? nameHint(error) : undefined;
}
/**
 * True for a push the registry refused because of the repository's name or absence (`NAME_INVALID`,
 * `NAME_UNKNOWN`, 404). A repository known to be missing (RepositoryMissingError) is not: the run's
 * end names those, and fewer levels would not create them.
 */
function isNameRefusal(error) {
    if (!(error instanceof RegistryError) || error instanceof RepositoryMissingError || !['POST', 'PUT', 'PATCH'].includes(error.request.method))
        return false;
    return error.code === 'NAME_INVALID' || error.code === 'NAME_UNKNOWN' || error.status === 404;
}
/**
 * For a push refused by name (`NAME_INVALID`, `NAME_UNKNOWN`): the likely cause, a registry that
 * allows fewer levels below the namespace than the path has, and the option that fits names to it.
 */
function nameHint(error) {
    if (!isNameRefusal(error))
        return undefined;
    return (w) => `the target may allow fewer levels below its namespace than this path has: pass ${w.option('flatten')} always to join nested paths with ${w.option('separator')}, or create the repository first`;
}
/**
 * Tells `say` once per run, at the first push refused by name, what such refusals mean: one line
 * for the run instead of the same advice on every failed tag.
 */
function onceNameHint(say) {
    let told = false;
    return (error) => {
        const hint = told ? undefined : nameHint(error);
        if (!hint || !isNameRefusal(error))
            return;
        told = true;
        say((w) => `the target refused a repository name (${error.code ?? error.status} on ${error.request.url}); ${hint(w)}`);
    };
}

/**
 * The delay before attempt `attempt + 1`: the server's `Retry-After` when it gave one, else
 * exponential backoff (`backoffMs * 2^(attempt-1)`) with "equal jitter" (half fixed, half random), so
 * concurrent clients spread out; both capped by `maxDelayMs`.
 */
function retryDelay(policy, attempt, error) {
    const asked = policy.retryAfterMs?.(error);
    if (asked !== undefined)
        return Math.min(policy.maxDelayMs, asked);
    const base = Math.min(policy.maxDelayMs, policy.backoffMs * 2 ** (attempt - 1));
    return base / 2 + (policy.random ?? Math.random)() * (base / 2);
}
/**
 * Runs `operation` until it succeeds, it fails with an error the policy does not retry, the attempts
 * are spent, or `signal` aborts (during an attempt the operation sees the signal itself; during a wait
 * the wait ends at once). The one retry loop of gcr-mirror: the registry transport, the blob copier and
 * the metadata publisher each pass their own policy (after go-containerregistry's `transport.retry`
 * and `remote.WithRetryBackoff`).
 */
async function retry(operation, policy) {
    for (let attempt = 1;; attempt++) {
        policy.signal?.throwIfAborted();
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (attempt >= policy.attempts || policy.signal?.aborted || !policy.retryable(error))
                throw error;
            const delayMs = retryDelay(policy, attempt, error);
            policy.onRetry?.({ error, attempt, attempts: policy.attempts, delayMs });
            await setTimeout$1(delayMs, undefined, { signal: policy.signal }).catch(() => policy.signal?.throwIfAborted());
        }
    }
}

/**
 * Copies blobs from a source to a target, each at most once per run: a blob already placed in a
 * target repository is awaited, not fetched again; a blob placed in another repository of the target
 * is mounted with one mount-or-start request (when the registry can't mount, its answer is the upload
 * session the blob goes into); any other blob is mounted from the target repository itself, which
 * a registry answers with 201 when the blob is there already. A HEAD is asked only where that
 * answer can't be trusted yet and the repository had tags at the start. Then a streamed
 * GET-then-PUT whose sha256 and size are verified on the fly (the last chunk held back until they
 * match, so the registry never commits a wrong blob). A new blob costs the target 2 requests, a
 * mountable or present one 1.
 */
class BlobCopier {
    source;
    target;
    options;
    /** Placements by `repository@digest`: each runs once, under the run's signal, while a tag waits for it. */
    placements;
    located = new Map();
    /** Per digest, the placement key of its first placement in this run: other repositories wait for it, then mount. */
    first = new Map();
    limit;
    /**
     * Whether the target answers `POST ?mount=DIGEST&from=ITSELF` with 201 when the repository holds
     * the blob (distribution 2.8 does): then that one request replaces HEAD-then-POST. Learnt from
     * the answers: a 201 proves it, a 202 for a blob a HEAD then finds proves the opposite.
     */
    selfMount = 'unknown';
    /** While `selfMount` is unknown, the first self-mount sent into a repository with tags: the others wait for its answer. */
    probe;
    attempts;
    constructor(source, target, options) {
        this.source = source;
        this.target = target;
        this.options = options;
        this.limit = createLimiter(options.concurrency);
        this.attempts = options.attempts ?? 3;
        this.placements = new SharedWork(options.scope ?? new WorkScope());
    }
    /**
     * Makes sure `blob` is in `targetRepository`; resolves to the bytes this call uploaded (0 when
     * another tag's call counts them). `signal` bounds this caller's wait, not the placement: a tag
     * that gives up leaves it to the others waiting for it.
     */
    async ensure(sourceRepository, targetRepository, blob, signal) {
        const key = `${targetRepository}@${blob.digest}`;
        const placed = await this.placements.join(key, signal, async (own) => {
            // A blob shared by repositories (base layers) is uploaded once: later repositories wait for the
            // first placement outside the limiter, then mount it (or upload it themselves if it failed).
            const first = this.first.get(blob.digest);
            if (first === undefined)
                this.first.set(blob.digest, key);
            else if (first !== key)
                await this.placements.settledFor(first, own);
            return this.limit(async () => {
                own.throwIfAborted();
                const uploaded = await this.place(sourceRepository, targetRepository, blob, own);
                this.located.set(blob.digest, targetRepository);
                return uploaded;
            });
        });
        return placed.first ? placed.value : 0;
    }
    async place(sourceRepository, targetRepository, blob, signal) {
        const elsewhere = this.located.get(blob.digest);
        const fresh = (await this.options.fresh?.(targetRepository, signal)) ?? false;
        let session;
        let known = false;
        let from;
        if (this.target.mountOrStart) {
            // Mount-or-start: one request mounts it (from where this run placed it, or from the repository
            // itself when it may hold it already), or opens the session it is then put into.
            const crossRepository = elsewhere && elsewhere !== targetRepository ? elsewhere : undefined;
            // Until the registry has shown how it answers, one self-mount in a repository with tags goes first and the others wait for it.
            const probing = !crossRepository && !fresh && this.selfMount === 'unknown';
            if (probing && this.probe)
                await this.probe;
            from = crossRepository ?? (this.selfMount !== 'no' ? targetRepository : undefined);
            const pending = from ? this.startUpload(targetRepository, blob.digest, from, signal) : undefined;
            if (probing && pending)
                this.probe ??= pending.catch(() => undefined);
            const start = await pending;
            if (start?.mounted)
                return 0;
            session = start?.session;
            // A repository without tags at the start holds only this run's blobs or a killed run's (which a
            // self-mount finds); where self-mounts are known to work, a 202 says the blob is not there.
            known = fresh || (from === targetRepository && this.selfMount === 'works');
        }
        // A blob from a run before this one may be there: ask, so a rerun never uploads it again.
        if (!known && (await this.target.hasBlob(targetRepository, blob.digest, { signal }))) {
            // The repository had it, yet a mount from itself opened a session: that registry can't tell that way.
            if (session && from === targetRepository)
                this.selfMount = 'no';
            if (session)
                await this.target.cancelUpload?.(targetRepository, session);
            return 0;
        }
        let attempt = 0;
        // The first attempt uses the session a refused mount opened; a retry starts a fresh one.
        return retry(() => this.transfer(sourceRepository, targetRepository, blob, signal, attempt++ === 0 ? session : undefined), {
            attempts: this.attempts,
            backoffMs: 500,
            maxDelayMs: 8_000,
            retryable: isRetryable,
            signal,
            onRetry: ({ error, attempt }) => this.options.log?.(`blob ${blob.digest.slice(0, 19)} attempt ${attempt} failed (${error.message}); retrying`)
        });
    }
    /** Mount-or-start; a registry refusing a mount from the repository itself (not a passing failure) is asked the old way from then on. */
    async startUpload(repository, digest, from, signal) {
        try {
            const start = await this.target.mountOrStart(repository, digest, from, { signal });
            if (start.mounted && from === repository)
                this.selfMount = 'works';
            return start;
        }
        catch (error) {
            if (from !== repository || this.selfMount === 'works' || signal.aborted || isRetryable(error))
                throw error;
            this.selfMount = 'no';
            return undefined;
        }
    }
    async transfer(sourceRepository, targetRepository, blob, signal, session) {
        const body = await this.source.getBlob(sourceRepository, blob.digest, { signal });
        const size = blob.size >= 0 ? blob.size : body.size;
        const verifier = new VerifyingStream(blob.digest, size, this.options.onStreamed);
        // A download that drops or bytes that don't match the digest are the source's fault, whatever
        // the upload they break then reports: the first such error is what the tag fails with.
        let sourceError;
        const onSourceError = (error) => void (sourceError ??= error);
        body.stream.on('error', onSourceError);
        verifier.on('error', onSourceError);
        const verified = pipeline(body.stream, verifier, () => undefined);
        const abort = () => {
            verified.destroy(signal.reason);
        };
        signal.addEventListener('abort', abort, { once: true });
        try {
            await this.target.putBlob(targetRepository, blob.digest, size ?? -1, verified, { signal, session });
        }
        catch (error) {
            if (sourceError === undefined || signal.aborted)
                throw error;
            throw markSide(sourceFault(sourceError, sourceRepository, blob.digest), 'source', true);
        }
        finally {
            signal.removeEventListener('abort', abort);
            if (!body.stream.destroyed)
                body.stream.destroy();
        }
        return size ?? verifier.bytes;
    }
}
/** The error of a source download in words that name the source, not the upload it broke. */
function sourceFault(error, repository, digest) {
    if (!(error instanceof DigestMismatchError))
        return error;
    const detail = error.message.startsWith(`blob ${digest}: `) ? error.message.slice(`blob ${digest}: `.length) : error.message;
    return new DigestMismatchError(`the source served bytes that do not match blob ${digest} of ${repository} (${detail})`);
}

/** True for Docker manifest lists and OCI indexes. */
function isIndexType(mediaType) {
    return mediaType === MediaType.OciIndex || mediaType === MediaType.DockerManifestList;
}
/**
 * Lists what a manifest refers to, in order: children of an index, or config then layers of an image
 * (schema 1 `fsLayers` included, deduplicated). Layers with `urls` (foreign layers) are not copied:
 * registries refuse to hold them and clients fetch them from their URLs.
 */
function manifestContent(bytes, mediaType) {
    const json = JSON.parse(bytes.toString('utf8'));
    if (isIndexType(mediaType) || (json.manifests && !json.layers)) {
        return { children: json.manifests ?? [], blobs: [] };
    }
    const blobs = [];
    if (json.config)
        blobs.push(json.config);
    for (const layer of json.layers ?? [])
        if (!layer.urls?.length)
            blobs.push(layer);
    for (const layer of json.fsLayers ?? [])
        blobs.push({ mediaType: 'application/octet-stream', digest: layer.blobSum, size: -1 });
    const seen = new Set();
    return { children: [], blobs: blobs.filter((b) => !seen.has(b.digest) && seen.add(b.digest)) };
}
/** `os/arch[/variant]` for a platform; attestation manifests (`unknown/unknown`) are left out by callers. */
function platformName(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/**
 * Docker image manifest schema 1: its identity. A signed schema 1 manifest (`+prettyjws`) is a JSON
 * Web Signature in "pretty" form: the manifest JSON with a `signatures` array spliced in before its
 * closing brace. Registries identify it by the digest of the JWS payload (the manifest without
 * `signatures`), not of the bytes served, and re-sign it on every GET, so two GETs give different
 * bytes and one digest. Each signature's `protected` header (base64url JSON) says how to rebuild the
 * payload: the first `formatLength` bytes of the document, then the base64url `formatTail`
 * (distribution `manifest/schema1`, libtrust `ParsePrettySignature`).
 */
/** True for both schema 1 media types (signed and unsigned). */
function isSchema1(mediaType) {
    return mediaType === MediaType.DockerSchema1 || mediaType === MediaType.DockerSchema1Signed;
}
/**
 * The JWS payload of a schema 1 manifest: the bytes its digest is computed over. A manifest with
 * no `signatures` is its own payload. Throws a ProtocolError when the signatures disagree on the
 * payload or their protected headers are malformed.
 */
function schema1Payload(bytes) {
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new ProtocolError(`schema 1 manifest is not JSON (${error.message})`);
    }
    const signatures = Array.isArray(json?.signatures) ? json.signatures : [];
    if (signatures.length === 0)
        return bytes;
    let payload;
    for (const signature of signatures) {
        const next = payloadOf(bytes, signature?.protected);
        if (payload && !payload.equals(next))
            throw new ProtocolError('schema 1 manifest: its signatures sign different payloads');
        payload = next;
    }
    return payload;
}
function payloadOf(bytes, protectedField) {
    if (typeof protectedField !== 'string')
        throw new ProtocolError('schema 1 manifest: a signature has no protected header');
    let header;
    try {
        header = JSON.parse(Buffer.from(protectedField, 'base64url').toString('utf8'));
    }
    catch {
        throw new ProtocolError('schema 1 manifest: a protected header is not base64url JSON');
    }
    const length = header.formatLength;
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || length > bytes.length || typeof header.formatTail !== 'string') {
        throw new ProtocolError('schema 1 manifest: a protected header has no valid formatLength and formatTail');
    }
    return Buffer.concat([bytes.subarray(0, length), Buffer.from(header.formatTail, 'base64url')]);
}
/**
 * The digest a registry gives manifest bytes of `mediaType`, with the algorithm `like` names:
 * of the JWS payload for schema 1, of the bytes for everything else.
 */
function manifestDigest(bytes, mediaType, like = 'sha256:') {
    return digestOf(isSchema1(mediaType) ? schema1Payload(bytes) : bytes, like);
}

/**
 * `--format docker`: OCI image manifests and indexes rewritten with Docker media types, for targets
 * that refuse OCI (old ECR, Harbor < 2, old Quay). Pure: bytes in, bytes out. Blobs are unchanged
 * (same digests), so layers and configs copy as they are; the manifests get new digests.
 * Docker schema 2 has no annotations, `subject` or `artifactType`, so they are dropped; an index's
 * attestation manifests (platform unknown/unknown) are dropped, Docker manifest lists can't hold them.
 */
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
/** OCI layer media types and their Docker equivalents. */
const LAYER_TYPES = {
    'application/vnd.oci.image.layer.v1.tar+gzip': 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    'application/vnd.oci.image.layer.v1.tar': 'application/vnd.docker.image.rootfs.diff.tar',
    'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip': 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip'
};
/** True for manifests `--format docker` rewrites. */
function needsDockerFormat(mediaType) {
    return mediaType === MediaType.OciManifest || mediaType === MediaType.OciIndex;
}
const refuse = (what) => new MirrorError('refused', `--format docker can't convert ${what}: Docker media types have no equivalent`, { side: 'target' });
const raw = (json, mediaType) => {
    const bytes = Buffer.from(JSON.stringify(json));
    return { bytes, mediaType, digest: sha256Digest(bytes) };
};
/** An OCI image manifest as a Docker schema 2 manifest (config and layer types mapped; annotations dropped). */
function toDockerManifest(manifest) {
    if (manifest.mediaType !== MediaType.OciManifest)
        return manifest;
    const json = JSON.parse(manifest.bytes.toString('utf8'));
    if (json.config.mediaType !== 'application/vnd.oci.image.config.v1+json')
        refuseType(`the config type ${json.config.mediaType}`);
    const layers = json.layers.map((layer) => {
        const type = LAYER_TYPES[layer.mediaType ?? ''];
        if (!type)
            refuseType(`the layer type ${layer.mediaType}`);
        return { mediaType: type, digest: layer.digest, size: layer.size, ...(layer.urls ? { urls: layer.urls } : {}) };
    });
    return raw({ schemaVersion: 2, mediaType: MediaType.DockerManifest, config: { mediaType: DOCKER_CONFIG, digest: json.config.digest, size: json.config.size }, layers }, MediaType.DockerManifest);
}
function refuseType(what) {
    throw refuse(what);
}
/**
 * An OCI index as a Docker manifest list whose entries point at the converted children
 * (`converted`: source digest to converted manifest). Entries for attestations are dropped.
 */
function toDockerManifestList(index, converted) {
    if (index.mediaType !== MediaType.OciIndex)
        return index;
    const json = JSON.parse(index.bytes.toString('utf8'));
    const manifests = imageEntries(index).map((entry) => {
        const child = converted.get(entry.digest);
        if (!child)
            throw new Error(`toDockerManifestList: ${entry.digest} was not converted`);
        return { mediaType: child.mediaType, digest: child.digest, size: child.bytes.length, ...(entry.platform ? { platform: entry.platform } : {}) };
    });
    if (manifests.length === 0 && json.manifests.length > 0)
        refuseType('an index of attestations only');
    return raw({ schemaVersion: 2, mediaType: MediaType.DockerManifestList, manifests }, MediaType.DockerManifestList);
}
/** The entries of an index a Docker manifest list keeps: every child but attestations (platform unknown/unknown). */
function imageEntries(index) {
    const json = JSON.parse(index.bytes.toString('utf8'));
    return json.manifests.filter((entry) => !(entry.platform?.os === 'unknown' && entry.platform?.architecture === 'unknown'));
}

/**
 * OCI 1.1 referrers (distribution-spec v1.1, "Listing Referrers" and "Referrers Tag Schema"): a
 * referrer is a manifest whose `subject` names another manifest (a signature, an SBOM, an
 * attestation). The referrers API and the fallback tag `sha256-<hex>` both answer an image index
 * whose `manifests` are the referrers' descriptors, each with its `artifactType` and annotations.
 */
/** How deep referrers of referrers are followed (a signature of an SBOM of an image is depth 2). */
const MAX_REFERRER_DEPTH = 3;
/**
 * The descriptors of a referrers index (an API answer or a fallback tag's manifest), checked:
 * an object with a `manifests` array of descriptors with a valid digest, a media type and a size.
 * Throws ProtocolError naming `what` for anything else; the spec says a client should stop rather
 * than overwrite a fallback tag that holds something other than an image index.
 */
function parseReferrersIndex(bytes, what) {
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new ProtocolError(`${what}: not JSON`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json) || !Array.isArray(json.manifests)) {
        throw new ProtocolError(`${what}: not an image index (no manifests list)`);
    }
    if (json.mediaType !== undefined && json.mediaType !== MediaType.OciIndex) {
        throw new ProtocolError(`${what}: an index of media type ${String(json.mediaType).slice(0, 100)}, not ${MediaType.OciIndex}`);
    }
    return json.manifests.map((entry, i) => checkDescriptor(entry, `${what}, entry ${i}`));
}
function checkDescriptor(entry, what) {
    const d = entry;
    if (typeof d !== 'object' || d === null)
        throw new ProtocolError(`${what}: not a descriptor`);
    if (typeof d.digest !== 'string' || !isValidDigest(d.digest))
        throw new ProtocolError(`${what}: invalid digest`);
    if (typeof d.mediaType !== 'string' || !d.mediaType)
        throw new ProtocolError(`${what}: no media type`);
    if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0)
        throw new ProtocolError(`${what}: invalid size`);
    return d;
}
/** The fallback tag of a digest (`sha256:<hex>` is `sha256-<hex>`; the spec truncates algorithm and hex to 32 and 64 characters). */
function referrersTag(digest) {
    const [algorithm, encoded] = digest.split(':', 2);
    return `${algorithm.slice(0, 32)}-${encoded.slice(0, 64)}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
}
/** The digest a manifest's `subject` names, undefined when it has none (not a referrer). */
function subjectOf(manifest) {
    try {
        const subject = JSON.parse(manifest.bytes.toString('utf8')).subject;
        return typeof subject?.digest === 'string' ? subject.digest : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The image index that lists `referrers`: `current`'s fields and entries kept and the ones it lacks
 * (by digest) appended; undefined when nothing is missing (no write needed). Without `current`, a
 * new OCI index of `referrers`.
 */
function mergeReferrersIndex(current, referrers, what) {
    if (!current)
        return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: referrers }));
    const listed = new Set(parseReferrersIndex(current, what).map((d) => d.digest));
    const missing = referrers.filter((d) => !listed.has(d.digest) && listed.add(d.digest));
    if (missing.length === 0)
        return undefined;
    const json = JSON.parse(current.toString('utf8'));
    return Buffer.from(JSON.stringify({ ...json, manifests: [...json.manifests, ...missing] }));
}

/**
 * Who waits on whom among pieces of shared work (a referrer's copy, a child manifest's), so that a
 * wait closing a circle (work that, through others, waits on itself) fails at once instead of
 * awaiting a promise that can never settle: Node then ends the process with exit 13 and no report.
 * A source whose referrers API lists the subject itself did that on every run.
 */
class WaitGraph {
    /** Per waiting work, the works it waits on (with how many waits each). */
    waits = new Map();
    /**
     * Runs `work` (the work of `to`, shared or new) as a wait of `from`'s work (undefined: a caller
     * that is no shared work itself); rejects with `cycle(circle)` without running it when `to`
     * already waits, directly or not, on `from` (`circle`: from, ..., from).
     */
    async wait(from, to, work, cycle) {
        if (from === undefined)
            return work();
        const back = this.path(to, from);
        if (back)
            throw cycle([from, ...back]);
        const edges = this.waits.get(from) ?? new Map();
        this.waits.set(from, edges);
        edges.set(to, (edges.get(to) ?? 0) + 1);
        try {
            return await work();
        }
        finally {
            const left = (edges.get(to) ?? 1) - 1;
            if (left > 0)
                edges.set(to, left);
            else
                edges.delete(to);
            if (edges.size === 0 && this.waits.get(from) === edges)
                this.waits.delete(from);
        }
    }
    /** The works from `start` to `goal` along waits (both included), or undefined when `start` does not wait on `goal`. */
    path(start, goal) {
        const seen = new Set();
        const walk = (node) => {
            if (node === goal)
                return [node];
            if (seen.has(node))
                return undefined;
            seen.add(node);
            for (const next of this.waits.get(node)?.keys() ?? []) {
                const rest = walk(next);
                if (rest)
                    return [node, ...rest];
            }
            return undefined;
        };
        return walk(start);
    }
}

const NONE = { count: 0, bytes: 0 };
/**
 * Copies OCI 1.1 referrers (signatures, SBOMs, attestations whose `subject` is a copied manifest)
 * after their subject (distribution-spec v1.1). The source's referrers API is asked first; after
 * one "no API" answer (404) the run reads the fallback tag `sha256-<hex>` instead. Each referrer
 * is placed by digest with `copyManifest` (blobs first, once per target repository per run), then
 * its own referrers, down to MAX_REFERRER_DEPTH. A target whose manifest PUT answers `OCI-Subject`
 * lists referrers itself; any other gets the fallback tag index: read, the missing descriptors
 * added (what it lists is kept), pushed, one writer per tag at a time. A fallback tag the target
 * lacks gets the source's own index bytes when they list the same referrers, so digests match.
 */
class ReferrerCopier {
    source;
    target;
    copyManifest;
    /** Undefined until the source answers its first referrers request. */
    sourceHasApi;
    /** Whether the target lists referrers itself: learnt from PUT answers, else asked once. */
    targetTracks;
    /** The one question of the target's referrers API, while no push has told. */
    asked;
    /** The referrers of each subject copied, by `repository@subject`. */
    done;
    indexWrites = new Map();
    /** Which subject's work waits on which (see copyOne). */
    waits = new WaitGraph();
    constructor(source, target, copyManifest, scope = new WorkScope()) {
        this.source = source;
        this.target = target;
        this.copyManifest = copyManifest;
        this.asked = new SharedWork(scope);
        this.done = new SharedWork(scope);
    }
    /**
     * Copies the referrers of `subjects` (manifests the tag put on the target unchanged) and theirs.
     * The fallback tag of `job.digest` is left to its own companion tag job (discover selects it),
     * so it is not copied twice.
     */
    copy(job, subjects, signal) {
        return explained(job, this.level(job, subjects, signal, 0, true));
    }
    /**
     * A fallback tag copied as a tag (`sha256-<hex>` of the source, its referrers already placed as
     * its children): their referrers copied, and the target's fallback tag made to list them all.
     * Resolves to what was copied and the digest the target's fallback tag has now.
     */
    copyIndex(job, subject, index, signal) {
        return explained(job, (async () => {
            const descriptors = parseReferrersIndex(index.bytes, job.sourceRef);
            const nested = await this.level(job, descriptors.map((d) => d.digest), signal, 1, false);
            const digest = await this.writeIndex(job, subject, { descriptors, index }, signal);
            return { count: descriptors.length + nested.count, bytes: nested.bytes, digest };
        })());
    }
    /**
     * The referrers of `subjects`, `depth` levels below the tag; `skipFallback` leaves out the fallback
     * tag of `job.digest`; `from` is the work waiting on them (a subject one level up), if any.
     */
    async level(job, subjects, signal, depth, skipFallback, from) {
        if (depth >= MAX_REFERRER_DEPTH)
            return NONE;
        const results = await Promise.all(subjects.map((subject) => this.copyOne(job, subject, signal, depth, skipFallback && subject === job.digest, from)));
        return results.reduce((sum, r) => ({ count: sum.count + r.count, bytes: sum.bytes + r.bytes }), NONE);
    }
    /** Learns from a push whether the target lists referrers itself (the `OCI-Subject` answer to a manifest with a subject). */
    noteTarget(manifest, put) {
        if (subjectOf(manifest) !== undefined)
            this.targetTracks = Boolean(put && put.subject);
    }
    /**
     * The referrers of one subject, copied once per target repository per run. A subject whose
     * referrers lead back to it (the source lists a manifest among its own referrers, or A's list B
     * and B's A) would wait on its own work forever: the wait graph refuses it, a failure of the tag.
     */
    copyOne(job, subject, signal, depth, skipFallback, from) {
        const key = `${job.targetRepository}@${subject}`;
        return this.waits.wait(from, key, () => this.copyOnce(job, key, subject, signal, depth, skipFallback), (circle) => referrerCycle(job, circle));
    }
    async copyOnce(job, key, subject, signal, depth, skipFallback) {
        const copied = await this.done.join(key, signal, async (signal) => {
            const listed = await this.sourceReferrers(job, subject, signal, skipFallback);
            if (!listed || listed.descriptors.length === 0)
                return NONE;
            const sizes = await Promise.all(listed.descriptors.map((d) => this.copyManifest(job, d.digest, signal)));
            const nested = await this.level(job, listed.descriptors.map((d) => d.digest), signal, depth + 1, false, key);
            if (!(await this.tracks(job, subject, signal)))
                await this.writeIndex(job, subject, listed, signal);
            return { count: listed.descriptors.length + nested.count, bytes: sizes.reduce((a, b) => a + b, 0) + nested.bytes };
        });
        return { count: copied.value.count, bytes: copied.first ? copied.value.bytes : 0 };
    }
    /** The source's referrers of `subject`: its API, else (no API) its fallback tag; undefined when there are none. */
    async sourceReferrers(job, subject, signal, skipFallback) {
        if (this.sourceHasApi !== false && this.source.listReferrers) {
            const descriptors = await this.source.listReferrers(job.sourceRepository, subject, { signal });
            this.sourceHasApi = descriptors !== undefined;
            if (descriptors)
                return { descriptors };
        }
        if (skipFallback)
            return undefined;
        const tag = referrersTag(subject);
        if (!(await this.source.headManifest(job.sourceRepository, tag, { signal })))
            return undefined;
        const index = await this.source.getManifest(job.sourceRepository, tag, { signal });
        return { descriptors: parseReferrersIndex(index.bytes, `${job.sourceRepository}:${tag}`), index };
    }
    /** True when the target lists referrers itself; asked of its referrers API when no push has told yet. */
    async tracks(job, subject, signal) {
        if (this.targetTracks !== undefined)
            return this.targetTracks;
        const listReferrers = this.target.listReferrers?.bind(this.target);
        if (!listReferrers)
            return false;
        const tracks = await this.asked.run('target', signal, async (own) => (await listReferrers(job.targetRepository, subject, { signal: own })) !== undefined);
        return (this.targetTracks ??= tracks);
    }
    /** Makes the target's fallback tag of `subject` list `listed` (one writer per tag); resolves to its digest. */
    writeIndex(job, subject, listed, signal) {
        const tag = referrersTag(subject);
        const key = `${job.targetRepository}:${tag}`;
        const run = (this.indexWrites.get(key) ?? Promise.resolve())
            .catch(() => undefined)
            .then(async () => {
            const current = await this.readTarget(job.targetRepository, tag, signal);
            const what = `${job.targetRef.slice(0, job.targetRef.lastIndexOf(':'))}:${tag} on the target`;
            if (!current && listed.index) {
                await this.put(job, tag, listed.index, signal);
                return listed.index.digest;
            }
            const merged = mergeReferrersIndex(current?.bytes, listed.descriptors, what);
            if (!merged)
                return current.digest;
            const manifest = { bytes: merged, mediaType: MediaType.OciIndex, digest: sha256Digest(merged) };
            await this.put(job, tag, manifest, signal);
            return manifest.digest;
        });
        this.indexWrites.set(key, run);
        return run;
    }
    async put(job, tag, manifest, signal) {
        await this.target.putManifest(job.targetRepository, tag, manifest, { signal });
    }
    async readTarget(repository, tag, signal) {
        if (!this.target.getManifest)
            return undefined;
        try {
            return await this.target.getManifest(repository, tag, { signal });
        }
        catch (error) {
            if (kindOf(error) === 'not-found')
                return undefined;
            throw error;
        }
    }
}
/** The error of a circle of referrers (`circle`: target-repository@digest keys, first and last the same). */
function referrerCycle(job, circle) {
    const digests = circle.map((key) => key.slice(key.lastIndexOf('@') + 1));
    const path = digests.map((digest) => (digest === job.digest ? `${digest} (the tag)` : digest)).join(' -> ');
    return new ProtocolError(`the source's referrers form a cycle: ${path}; each lists the next among its referrers`, { side: 'source' });
}
/**
 * A failure while copying a tag's referrers, said as one: kind, side and Retry-After kept (retries,
 * rate limits and failure causes read them), the option that leaves referrers out named for
 * refusals that will not change.
 */
async function explained(job, work) {
    try {
        return await work;
    }
    catch (error) {
        const kind = kindOf(error) ?? 'transient';
        const lasting = kind === 'refused' || kind === 'protocol' || kind === 'access-denied';
        throw new MirrorError(kind, (w) => `referrers of ${job.sourceRef}: ${errorMessage(error, w)}`, {
            side: sideOf(error),
            cause: error,
            retryAfter: error instanceof MirrorError ? error.retryAfter : undefined,
            ...(lasting ? { hint: (w) => `${w.option('referrers')} false leaves referrers out` } : {})
        });
    }
}

/**
 * The pause before an index refused for a child is PUT again (a quarter to half a second, jittered):
 * other tags' PUTs of that child, whose link-file writes the refusal met, finish meanwhile.
 */
const CHILD_RACE_PAUSE_MS = 250;
/** Bytes of source manifests kept for reuse within a run. */
const FETCHED_BYTES_LIMIT = 64 * 1024 * 1024;
/**
 * The default engine: copies manifests and blobs registry to registry (or to and from an OCI
 * layout), byte for byte, so the target serves the source's digests. Children go before their
 * index and blobs before their manifest; a child the target already has is not walked. In a
 * target repository that had no tags when the run began, nothing is asked before a write.
 * With `platforms`, an index is first filtered (see filterIndex): the target then gets a new
 * index of the wanted platforms, reported as `targetDigest`; a single-platform image whose config
 * names another platform is not copied (`skipped: platform-not-selected`). Schema 1 tags go
 * through a Schema1Pusher (converted to Docker v2 where the target refuses them) or are left out
 * (`skip`).
 */
class RegistryEngine {
    source;
    target;
    name = 'registry';
    blobs;
    /** Child manifests placed, by `repository@digest`. */
    manifests;
    /** Which child copy waits on which (see copyChild). */
    waits = new WaitGraph();
    platforms;
    /** Tops prepared by targetHas, handed to copy (filtering runs only). */
    prepared = new Map();
    schema1;
    schema1Mode;
    /** Source manifests by digest, fetched once per run however many tags point at them (oldest dropped past the bound). */
    fetched;
    /** The size of each source manifest kept, oldest first. */
    fetchedSizes = new Map();
    fetchedBytes = 0;
    format;
    /** Children converted by `--format docker`, by their new digest: copyChild pushes these instead of the source's. */
    converted = new Map();
    referrers;
    /** Per target repository, whether it had no tags when this run first looked (see fresh). */
    freshness;
    /** What each manifest walked this run references (see CopyOutcome.graph). */
    nodes = new Map();
    constructor(source, target, options) {
        this.source = source;
        this.target = target;
        const scope = options.scope ?? new WorkScope();
        this.manifests = new SharedWork(scope);
        this.fetched = new SharedWork(scope);
        this.freshness = new SharedWork(scope);
        this.blobs = new BlobCopier(source, target, {
            concurrency: options.blobConcurrency,
            log: options.log,
            fresh: (repository, signal) => this.fresh(repository, signal),
            onStreamed: options.onStreamed,
            scope
        });
        this.platforms = options.platforms ?? [];
        this.schema1Mode = options.schema1 ?? 'convert';
        this.schema1 = new Schema1Pusher(source, target, this.schema1Mode);
        this.format = options.format ?? 'source';
        this.referrers = options.referrers ? new ReferrerCopier(source, target, (job, digest, signal) => this.copyChild(job, digest, signal), scope) : undefined;
    }
    async targetHas(job, signal) {
        const head = (await this.fresh(job.targetRepository, signal))
            ? undefined
            : (await this.target.headManifest(job.targetRepository, job.tag, { signal }))?.digest;
        if (this.platforms.length === 0 && this.format === 'source')
            return head === job.digest ? {} : undefined;
        if (!head)
            return undefined;
        const key = `${job.sourceRef}@${job.digest}`;
        const work = this.prepared.get(key) ?? this.prepare(job, signal);
        this.prepared.set(key, work);
        const prepared = await work;
        if ('skipped' in prepared || prepared.top.digest !== head)
            return undefined;
        this.prepared.delete(key);
        return head === job.digest ? {} : { targetDigest: head };
    }
    async wouldSkip(job, signal) {
        const key = `${job.sourceRef}@${job.digest}`;
        // Asked by a dry run, which copies nothing after: the prepared top is not kept.
        const prepared = await (this.prepared.get(key) ?? this.prepare(job, signal));
        this.prepared.delete(key);
        if ('skipped' in prepared)
            return { skipped: prepared.skipped, platforms: prepared.platforms };
        return isSchema1(prepared.top.mediaType) && this.schema1Mode === 'skip' ? { skipped: 'schema1' } : undefined;
    }
    async copy(job, signal) {
        const key = `${job.sourceRef}@${job.digest}`;
        const prepared = await (this.prepared.get(key) ?? this.prepare(job, signal));
        this.prepared.delete(key);
        if ('skipped' in prepared)
            return { bytes: 0, skipped: prepared.skipped, platforms: prepared.platforms };
        const top = prepared.top;
        const schema1 = isSchema1(top.mediaType);
        if (schema1 && this.schema1Mode === 'skip')
            return { bytes: 0, skipped: 'schema1' };
        const bytes = await this.copyTree(job, top, signal);
        signal.throwIfAborted();
        if (schema1) {
            const pushed = await this.schema1.push(job, top, signal);
            return { ...pushed, bytes: bytes + pushed.bytes };
        }
        const subject = this.referrers && referrersSubject(job.tag);
        if (subject)
            return this.copyReferrersIndex(job, subject, top, bytes, signal);
        await this.push(job, job.tag, top, signal);
        const graph = this.graphFrom(top.digest);
        const referrers = await this.copyReferrers(job, top, signal);
        const platforms = isIndexType(top.mediaType)
            ? manifestContent(top.bytes, top.mediaType)
                .children.filter((child) => child.platform && child.platform.os !== 'unknown')
                .map((child) => platformName(child.platform))
            : undefined;
        return {
            bytes: bytes + top.bytes.length + referrers.bytes,
            mediaType: top.mediaType,
            platforms,
            ...(top.digest !== job.digest ? { targetDigest: top.digest } : {}),
            ...(referrers.count ? { referrers: referrers.count } : {}),
            graph
        };
    }
    /** The nodes walked this run reachable from `root` (a child the target already had and was not walked ends a branch). */
    graphFrom(root) {
        const graph = new Map();
        const visit = (digest) => {
            const node = this.nodes.get(digest);
            if (!node || graph.has(digest))
                return;
            graph.set(digest, node);
            for (const child of node.manifests)
                visit(child);
        };
        visit(root);
        return graph;
    }
    /**
     * The referrers of the manifests a tag pushed unchanged: the top when it is the source's, and an
     * index's children (kept byte for byte by --platforms; converted by --format docker, so none then).
     * Companion tags are not asked for theirs; the top's fallback tag is a companion job of its own.
     */
    async copyReferrers(job, top, signal) {
        if (!this.referrers || isCompanionTag(job.tag) || this.format === 'docker')
            return { count: 0, bytes: 0 };
        const children = isIndexType(top.mediaType) ? manifestContent(top.bytes, top.mediaType).children.map((child) => child.digest) : [];
        const subjects = top.digest === job.digest ? [top.digest, ...children] : children;
        return this.referrers.copy(job, subjects, signal);
    }
    /** A referrers fallback tag: its referrers (placed as its children) get theirs, and the target's tag lists them all. */
    async copyReferrersIndex(job, subject, index, bytes, signal) {
        const copied = await this.referrers.copyIndex(job, subject, index, signal);
        return {
            bytes: bytes + copied.bytes + (copied.digest === index.digest ? index.bytes.length : 0),
            mediaType: index.mediaType,
            ...(copied.digest !== job.digest ? { targetDigest: copied.digest } : {}),
            ...(copied.count ? { referrers: copied.count } : {}),
            graph: this.graphFrom(copied.digest)
        };
    }
    /**
     * Pushes a manifest; a push with a `subject` tells the referrer copier whether the target lists
     * referrers itself. An index the target refuses for a child (ChildUnknownError: a child written
     * again at that moment, or lost) gets its children checked, any missing one pushed again, and one
     * more PUT after a short pause; a second refusal fails the tag.
     */
    async push(job, reference, manifest, signal) {
        const put = () => this.target.putManifest(job.targetRepository, reference, manifest, { signal });
        const answer = await put().catch(async (error) => {
            if (!(error instanceof ChildUnknownError))
                throw error;
            await this.recheckChildren(job, manifest, signal);
            await setTimeout$1(CHILD_RACE_PAUSE_MS * (1 + Math.random()), undefined, { signal });
            return put();
        });
        this.referrers?.noteTarget(manifest, answer);
    }
    /** Every child of an index on the target, by digest: HEAD each, and copy again those it does not serve. */
    async recheckChildren(job, index, signal) {
        const children = manifestContent(index.bytes, index.mediaType).children;
        await Promise.all(children.map(async ({ digest }) => {
            if ((await this.target.headManifest(job.targetRepository, digest, { signal }))?.digest === digest)
                return;
            this.manifests.forget(`${job.targetRepository}@${digest}`);
            await this.copyChild(job, digest, signal);
        }));
    }
    async close() { }
    /**
     * True when the target repository had no tags when this run first looked (one `tags/list?n=1`
     * per repository, asked once): nothing there to HEAD for, so tags, children and blobs go
     * straight to their writes. False when the store can't tell, or the question failed.
     */
    fresh(repository, signal) {
        return this.freshness.run(repository, signal, async (own) => this.target.hasTags
            ? this.target.hasTags(repository, { signal: own }).then((tagged) => !tagged, () => false)
            : false);
    }
    /** The top manifest to push: the source's, filtered to the wanted platforms, in Docker media types with `--format docker`. */
    async prepare(job, signal) {
        const prepared = await this.filter(job, signal);
        if (this.format !== 'docker' || !('top' in prepared) || !needsDockerFormat(prepared.top.mediaType))
            return prepared;
        return { top: await this.toDocker(job, prepared.top, signal) };
    }
    /** A manifest in Docker media types; an index's children are converted too and kept for copyChild. */
    async toDocker(job, top, signal) {
        if (!isIndexType(top.mediaType))
            return toDockerManifest(top);
        const children = new Map();
        for (const entry of imageEntries(top)) {
            const child = toDockerManifest(await this.sourceManifest(job.sourceRepository, entry.digest, signal));
            children.set(entry.digest, child);
            this.converted.set(child.digest, child);
        }
        return toDockerManifestList(top, children);
    }
    /** The source's top manifest, filtered to the wanted platforms when there are any. */
    async filter(job, signal) {
        // Companion tags are read by tag: registry.k8s.io serves them by tag only (by digest: 404 from the region).
        const top = isCompanionTag(job.tag) ? await this.companion(job, signal) : await this.sourceManifest(job.sourceRepository, job.digest, signal);
        if (this.platforms.length === 0)
            return { top };
        if (isIndexType(top.mediaType)) {
            const filtered = filterIndex(top, this.platforms);
            if (filtered.kind !== 'no-match')
                return { top: filtered.manifest };
            const offered = manifestContent(top.bytes, top.mediaType)
                .children.filter((child) => child.platform && child.platform.os !== 'unknown')
                .map((child) => platformName(child.platform));
            return { skipped: 'platform-not-selected', platforms: offered };
        }
        const json = JSON.parse(top.bytes.toString('utf8'));
        if (!json.config)
            return { top };
        const platform = configPlatform(await this.readConfig(job, json.config, signal));
        if (!platform || platformMatches(platform, this.platforms))
            return { top };
        return { skipped: 'platform-not-selected', platforms: [platformName(platform)] };
    }
    /** A companion tag's manifest, read by tag; it must still be the digest planned. */
    async companion(job, signal) {
        const manifest = await this.source.getManifest(job.sourceRepository, job.tag, { signal });
        if (manifest.digest !== job.digest)
            throw new ProtocolError(`${job.sourceRef} moved to ${manifest.digest} while being copied`);
        return manifest;
    }
    /**
     * A source manifest by digest, GET once per run: 30 tags on one digest cost one GET (Docker Hub
     * counts GETs against its pull limit). Content-addressed and verified, so one fetch serves every
     * repository that holds the digest. Kept up to FETCHED_BYTES_LIMIT, oldest dropped first.
     */
    sourceManifest(repository, digest, signal) {
        return this.fetched.run(digest, signal, async (own) => {
            const manifest = await this.source.getManifest(repository, digest, { signal: own });
            this.fetchedSizes.set(digest, manifest.bytes.length);
            this.fetchedBytes += manifest.bytes.length;
            for (const [key, size] of this.fetchedSizes) {
                if (this.fetchedBytes <= FETCHED_BYTES_LIMIT)
                    break;
                this.fetched.forget(key);
                this.fetchedSizes.delete(key);
                this.fetchedBytes -= size;
            }
            return manifest;
        });
    }
    /** An image config, read whole (bounded, digest checked). */
    async readConfig(job, config, signal) {
        if (config.size > MAX_MANIFEST_BYTES)
            throw new TooLargeError(`config ${config.digest} of ${job.sourceRef} is over ${MAX_MANIFEST_BYTES} bytes`);
        const { stream } = await this.source.getBlob(job.sourceRepository, config.digest, { signal });
        const chunks = [];
        let size = 0;
        for await (const chunk of stream) {
            size += chunk.length;
            if (size > MAX_MANIFEST_BYTES) {
                stream.destroy();
                throw new TooLargeError(`config ${config.digest} of ${job.sourceRef} is over ${MAX_MANIFEST_BYTES} bytes`);
            }
            chunks.push(chunk);
        }
        const bytes = Buffer.concat(chunks);
        if (digestOf(bytes, config.digest) !== config.digest)
            throw new DigestMismatchError(`the source served bytes that do not match config ${config.digest} of ${job.sourceRef}`);
        return bytes;
    }
    /** Places everything `manifest` refers to on the target; resolves to the bytes uploaded. `from`: the child copy doing it, if any. */
    async copyTree(job, manifest, signal, from) {
        const content = manifestContent(manifest.bytes, manifest.mediaType);
        this.nodes.set(manifest.digest, { manifests: content.children.map((child) => child.digest), blobs: content.blobs.map((blob) => blob.digest) });
        const children = content.children.map((child) => this.copyChild(job, child.digest, signal, from));
        // Layers first, the config (listed first) last: a rerun's shared base layer is the blob likeliest
        // to be on the target already, and its answer teaches the BlobCopier the most.
        const ordered = [...content.blobs.slice(1), ...content.blobs.slice(0, 1)];
        const blobs = ordered.map((blob) => this.blobs.ensure(job.sourceRepository, job.targetRepository, blob, signal));
        const sizes = await Promise.all([...children, ...blobs]);
        return sizes.reduce((sum, n) => sum + n, 0);
    }
    /**
     * Copies a child manifest by digest, once per target repository per run, skipping it when present;
     * a repair walks a present child too (its own blobs or children may be what the target lost).
     * `from` is the child copy waiting on it: an index that lists itself, at any depth, would wait on its
     * own copy forever; the wait graph refuses it, a failure of the tag.
     */
    copyChild(job, digest, signal, from) {
        const key = `${job.targetRepository}@${digest}${job.repair ? ' repair' : ''}`;
        return this.waits.wait(from, key, () => this.copyChildOnce(job, key, digest, signal), (circle) => indexCycle(circle));
    }
    /** The work of copyChild; resolves to the bytes uploaded (0 when another tag's call counts them). */
    async copyChildOnce(job, key, digest, signal) {
        const placed = await this.manifests.join(key, signal, async (own) => {
            const present = !(await this.fresh(job.targetRepository, own)) && (await this.target.headManifest(job.targetRepository, digest, { signal: own }))?.digest === digest;
            if (present && !job.repair)
                return 0;
            const child = this.converted.get(digest) ?? (await this.sourceManifest(job.sourceRepository, digest, own));
            const bytes = await this.copyTree(job, child, own, key);
            own.throwIfAborted();
            if (present)
                return bytes;
            await this.push(job, digest, child, own);
            return bytes + child.bytes.length;
        });
        return placed.first ? placed.value : 0;
    }
}
/** The error of an index that lists itself (`circle`: target-repository@digest keys, first and last the same). */
function indexCycle(circle) {
    const path = circle.map((key) => key.slice(key.lastIndexOf('@') + 1)).join(' -> ');
    return new ProtocolError(`the source's manifests form a cycle: ${path}; each index lists the next among its children`, { side: 'source' });
}

/**
 * Builds the engine the options name, over the opened source and target. The docker engine needs
 * registries on both sides (UsageError otherwise) and a daemon that answers (checked here, before any copy).
 * The registry engine's shared work (blobs, manifests several tags wait for) lives in the run's `scope`.
 */
async function createEngine(options, source, target, log, onStreamed, scope) {
    if (options.engine === 'docker') {
        if (source.kind !== 'registry' || target.kind !== 'registry') {
            throw new UsageError((w) => `${w.option('engine')} docker copies between registries only; use ${w.option('engine')} registry for oci: layouts`);
        }
        // Loaded only here: the docker engine and @actions/exec are a chunk of their own in the bundles.
        const { DockerEngine } = await import('./chunks/cli-docker-engine.js');
        const engine = new DockerEngine({
            sourceHost: source.registry,
            targetHost: target.registry,
            sourceCredentials: options.sourceCredentials,
            targetCredentials: options.targetCredentials,
            log
        });
        await engine.connect();
        return engine;
    }
    return new RegistryEngine(source.store, target.store, {
        blobConcurrency: options.blobConcurrency,
        platforms: options.platforms,
        schema1: options.schema1,
        format: options.format,
        referrers: options.referrers,
        log: (message) => log('debug', message),
        onStreamed,
        scope
    });
}

/**
 * A layout directory that can't be used (missing, not a layout, malformed index.json), or a name it
 * can't hold. Its kind says which: `not-found`, `protocol` or `usage`.
 */
class LayoutError extends MirrorError {
    name = 'LayoutError';
    constructor(message, kind = 'usage') {
        super(kind, message);
    }
}
/** A manifest or blob asked for is not in the layout. */
class LayoutNotFoundError extends MirrorError {
    name = 'LayoutNotFoundError';
    constructor(message) {
        super('not-found', message);
    }
}
/** Content in the layout whose sha256 or size is not what its digest says (retried like any digest mismatch). */
class LayoutDigestError extends DigestMismatchError {
    name = 'LayoutDigestError';
}
/** True for a file system error saying the path is not there. */
function isMissingFile(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/** File system codes that say the disk can't take the write (full, over quota, read-only). */
const DISK_CODES = { ENOSPC: 'the disk is full', EDQUOT: 'the disk quota is used up', EROFS: 'the file system is read-only' };
/**
 * A write into the layout the disk refused, as a LayoutError of kind `refused` (never retried: the
 * tag fails with the cause, the run goes on); any other error as it is.
 */
function diskRefusal(error, where) {
    const code = error?.code;
    return code && code in DISK_CODES ? new LayoutError(`${where}: ${DISK_CODES[code]} (${code})`, 'refused') : error;
}

const SHA256 = /^sha256:([a-f0-9]{64})$/;
/** The hex part of a `sha256:` digest; throws for anything else, so no digest can name a path outside `blobs/sha256`. */
function sha256Hex(digest) {
    const match = SHA256.exec(digest);
    if (!match)
        throw new LayoutError(`"${digest}" is not a sha256 digest (sha256: and 64 lowercase hex digits)`);
    return match[1];
}
/** True for `sha256:` and 64 lowercase hex digits, the only digests a layout stores. */
function isSha256Digest(text) {
    return SHA256.test(text);
}

/** A blob's temporary file: `.<hex>.<pid>.<random>.tmp` (`.<hex>.<random>.tmp` before pids were named). */
const TEMP_NAME = /^\.[0-9a-f]{64}\.(?:(\d+)\.)?[0-9a-f]{12}\.tmp$/;
/**
 * The content-addressed `blobs/sha256` directory of a layout. Every digest is validated before it
 * names a file, and a blob only ever appears under its final name complete and verified.
 */
class BlobStore {
    /** The `blobs/sha256` directory. */
    directory;
    constructor(root) {
        this.directory = join$1(root, 'blobs', 'sha256');
    }
    /** The size of a stored blob, undefined when absent. */
    async size(digest) {
        try {
            const info = await stat(this.path(digest));
            if (!info.isFile())
                throw new NotRegularFileError(this.path(digest), specialKind(info) ?? 'a directory');
            return info.size;
        }
        catch (error) {
            if (isMissingFile(error))
                return undefined;
            throw error;
        }
    }
    /** Opens a stored blob for reading, undefined when absent. */
    async open(digest) {
        const path = this.path(digest);
        let handle;
        try {
            // Non-blocking, so a FIFO in a blob's place is refused at once, never waited on.
            handle = await open(path, constants$3.O_RDONLY | constants$3.O_NONBLOCK);
        }
        catch (error) {
            if (isMissingFile(error))
                return undefined;
            throw error;
        }
        const info = await handle.stat().catch(async (error) => {
            await handle.close();
            throw error;
        });
        if (!info.isFile()) {
            await handle.close();
            throw new NotRegularFileError(path, specialKind(info) ?? 'a directory');
        }
        return { stream: handle.createReadStream(), size: info.size };
    }
    /** A stored blob's bytes, verified against its digest; undefined when absent. */
    async read(digest) {
        let bytes;
        try {
            bytes = await readRegularFile(this.path(digest));
        }
        catch (error) {
            if (isMissingFile(error))
                return undefined;
            throw error;
        }
        if (sha256Digest(bytes) !== digest)
            throw new LayoutDigestError(`${this.path(digest)}: content does not match ${digest}`);
        return bytes;
    }
    /**
     * Stores a blob: streams `body` into a temporary file beside the final one (`.<hex>.<pid>.<random>.tmp`)
     * through a VerifyingStream, which checks digest and size (a negative `size` is not checked), flushes it to
     * disk and renames it into place. On any failure the temporary file is removed and nothing
     * appears under the final name; a disk that refuses the write (full, say) is a LayoutError of kind `refused`.
     */
    async write(digest, size, body) {
        const hex = sha256Hex(digest);
        const temp = join$1(this.directory, `.${hex}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
        let handle;
        try {
            await mkdir(this.directory, { recursive: true });
            handle = await open(temp, 'wx');
        }
        catch (error) {
            throw diskRefusal(error, `${this.directory}: cannot store ${digest}`);
        }
        try {
            const verified = pipeline(body, new VerifyingStream(digest, size), () => undefined);
            for await (const chunk of verified)
                await handle.appendFile(chunk);
            await handle.sync();
            await handle.close();
            await rename(temp, this.path(digest));
        }
        catch (error) {
            await handle.close().catch(() => undefined);
            await rm(temp, { force: true });
            // Still a DigestMismatchError (retried like any), named for the layout.
            if (error instanceof DigestMismatchError && !(error instanceof LayoutDigestError))
                throw new LayoutDigestError(error.message);
            throw diskRefusal(error, `${this.directory}: cannot store ${digest}`);
        }
    }
    /** Removes the temporary files of blobs a killed run was writing (see removeLeftTemps); how many. */
    removeLeftTemps() {
        return removeLeftTemps(this.directory, (name) => {
            const match = TEMP_NAME.exec(name);
            return match ? (match[1] === undefined ? undefined : Number(match[1])) : false;
        });
    }
    /** The file of a blob; throws for anything but a sha256 digest. */
    path(digest) {
        return join$1(this.directory, sha256Hex(digest));
    }
}

/** The index.json annotation that names an entry. */
const REF_NAME = 'org.opencontainers.image.ref.name';
/**
 * The reference name of `repository:tag` in a layout that holds a whole namespace: `team/app:v1`.
 *
 * skopeo 1.9 addresses it as `oci:DIR:team/app:v1`: it cuts the path at the first colon and looks
 * the rest up verbatim among the reference names, after checking it against the OCI ref grammar
 * (components of letters and digits joined by one of `- . _ : @ +` or `--`). Names with `__`,
 * `---`, `..` or a leading `_` in the tag are legal here but skopeo 1.9 refuses to address them.
 */
function formatRefName(repository, tag) {
    return `${repository}:${tag}`;
}

/** The annotation containerd (and buildkit's OCI exporter) put the full image name in. */
const CONTAINERD_NAME = 'io.containerd.image.name';
/** The tag an entry without a name gets when `--images NAME` claims it: `digest-<hex>` of its digest. */
function digestTag(digest) {
    return `digest-${digest.slice(digest.indexOf(':') + 1)}`;
}
const looksLikeHost = (part) => part === 'localhost' || part.includes('.') || part.includes(':');
/**
 * A full reference (`docker.io/library/alpine:3.20`, `ghcr.io/o/app@sha256:...`,
 * `team/app:v1`) as repository and tag: the registry host, when the first component looks like one,
 * is dropped; a reference by digest only gets the tag `digest-<hex>`; no tag and no digest means
 * `latest`, as docker reads it. Undefined for anything that is not a reference.
 */
function parseFullReference(name) {
    let rest = name;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isValidDigest(digest))
            return undefined;
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isValidTag(tag))
            return undefined;
    }
    const parts = rest.split('/');
    if (parts.length > 1 && looksLikeHost(parts[0]))
        parts.shift();
    const repository = parts.join('/');
    if (!isValidRepositoryPath(repository))
        return undefined;
    return { repository, tag: tag ?? (digest ? digestTag(digest) : 'latest') };
}
/** True for a name that is only a tag (`v1.0.0`), as skopeo, oras and podman write `oci:DIR:TAG`. */
function isBareTag(name) {
    return isValidTag(name) && !name.includes(':');
}
/**
 * Names every entry of a layout's index.json, whichever tool wrote it:
 * - `org.opencontainers.image.ref.name` = `REPOSITORY:TAG` or a full reference (gcr-mirror, crane,
 *   `docker.io/library/alpine:3.20`): that repository (host dropped) and tag;
 * - a bare tag (`v1.0.0`: skopeo, oras, podman, buildkit): that tag in the repository `--images`
 *   names, else in the one `io.containerd.image.name` gives (buildkit), else the layout folder's;
 * - no ref.name: the `io.containerd.image.name` reference, else (only when `--images` names one
 *   repository) that repository with the tag `digest-<hex>`.
 * Entries that repeat a repository and tag keep the first, as skopeo picks.
 */
function nameEntries(manifests, naming) {
    const names = { named: [], bareTags: 0, unnamed: 0, unusable: 0 };
    const seen = new Set();
    for (const descriptor of manifests) {
        const refName = descriptor.annotations?.[REF_NAME];
        const containerd = descriptor.annotations?.[CONTAINERD_NAME];
        const fromContainerd = containerd ? parseFullReference(containerd) : undefined;
        let name;
        if (refName && isBareTag(refName)) {
            const repository = naming.images ?? fromContainerd?.repository ?? naming.folder;
            if (repository)
                name = { repository, tag: refName };
            else
                names.bareTags++;
        }
        else if (refName) {
            name = parseFullReference(refName);
            if (!name)
                names.unusable++;
        }
        else if (fromContainerd) {
            name = fromContainerd;
        }
        else if (naming.images) {
            name = { repository: naming.images, tag: digestTag(descriptor.digest) };
        }
        else
            names.unnamed++;
        const key = name && `${name.repository}:${name.tag}`;
        if (name && key && !seen.has(key)) {
            seen.add(key);
            names.named.push({ ...name, descriptor });
        }
    }
    return names;
}
/** What a layout holds that could not be named, for messages: `3 entries: 2 with no name, 1 bare tag`. */
function describeUnnamed(total, names) {
    const parts = [
        names.unnamed ? `${names.unnamed} with no name` : '',
        names.bareTags ? `${names.bareTags} with only a tag` : '',
        names.unusable ? `${names.unusable} whose name is not a reference` : ''
    ].filter(Boolean);
    return `${total} ${total === 1 ? 'entry' : 'entries'}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/** The index.json of a new layout. */
function emptyIndex() {
    return { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] };
}
/** Parses index.json text; `where` names the file in errors. */
function parseIndex(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new LayoutError(`${where}: not JSON (${error.message})`, 'protocol');
    }
    const index = json;
    if (typeof index !== 'object' || index === null || Array.isArray(index) || !Array.isArray(index.manifests ?? [])) {
        throw new LayoutError(`${where}: not an image index (expected an object with a manifests array)`, 'protocol');
    }
    return { ...index, schemaVersion: index.schemaVersion ?? 2, manifests: index.manifests ?? [] };
}
/**
 * The index with `repository:tag` pointing at `target` (mediaType, digest, size): the first entry
 * of that name is replaced in place, later duplicates dropped, a new name appended. Returns the
 * same object when the entry is already there, so callers can skip the write.
 */
function withTag(index, repository, tag, target) {
    const name = formatRefName(repository, tag);
    const entry = { mediaType: target.mediaType, digest: target.digest, size: target.size, annotations: { [REF_NAME]: name } };
    const named = index.manifests.filter((descriptor) => descriptor.annotations?.[REF_NAME] === name);
    const current = named[0];
    if (named.length === 1 && current.mediaType === entry.mediaType && current.digest === entry.digest && current.size === entry.size) {
        return index;
    }
    const manifests = current
        ? index.manifests.flatMap((descriptor) => (descriptor === current ? [entry] : named.includes(descriptor) ? [] : [descriptor]))
        : [...index.manifests, entry];
    return { ...index, manifests };
}
/** The index without any entry named `repository:tag`; the same object when there is none. */
function withoutTag(index, repository, tag) {
    const name = formatRefName(repository, tag);
    const manifests = index.manifests.filter((descriptor) => descriptor.annotations?.[REF_NAME] !== name);
    return manifests.length === index.manifests.length ? index : { ...index, manifests };
}

const LAYOUT_FILE = 'oci-layout';
const INDEX_FILE = 'index.json';
/** The short lock every change of index.json is made under, by any run writing the layout. */
const INDEX_LOCK = 'index.json.lock';
/** A run waits this long for another one's index.json change (milliseconds each) before failing the tag. */
const INDEX_LOCK_WAIT_MS = 30_000;
/** An index lock from another host untouched this long is stale. */
const INDEX_LOCK_STALE_MS = 60_000;
/**
 * An OCI image layout directory (`oci:PATH`) holding a whole mirror namespace: every repository
 * shares `blobs/sha256`, and each tag is an index.json entry whose
 * `org.opencontainers.image.ref.name` is `REPOSITORY:TAG` (see `formatRefName`), so
 * `skopeo inspect oci:PATH:team/app:v1` finds it. Entries carry the manifest's real media type;
 * skopeo 1.9 only looks up entries of OCI media types, so Docker-typed tags are readable here
 * (and by spec-following tools) but not addressable with skopeo 1.9.
 *
 * As a source it also reads layouts other tools wrote (bare tags, full references, containerd names,
 * unnamed entries: see nameEntries).
 *
 * As a source, a missing directory is a {@link LayoutError}; as a target it is created (an
 * existing non-empty directory that is not a layout is refused). Blobs appear under their final
 * name only complete and verified. index.json is changed read-modify-write under a short lock
 * (`index.json.lock`, see LockFile): each change re-reads the file when another run wrote it since,
 * so runs writing one layout at once keep every tag each of them wrote. The first write of a run
 * removes the temporary files a killed run left. No blob is ever deleted: a moved or pruned tag
 * leaves its manifest in `blobs`.
 */
class OciLayout {
    name;
    root;
    blobs;
    /** index.json as last read or written; undefined inside when there is no layout yet. */
    index;
    created;
    indexWrites = Promise.resolve();
    /** index.json's identity (inode, size, mtime) when last read or written: a change means another run wrote it. */
    seen = '';
    naming;
    names = new WeakMap();
    /** `images`: the `--images` of the run; one name claims the layout's bare tags and unnamed entries (see nameEntries). */
    constructor(path, options = {}) {
        this.name = `oci:${path}`;
        this.root = resolve(path);
        this.blobs = new BlobStore(this.root);
        this.naming = { images: options.images?.length === 1 ? options.images[0] : undefined, folder: folderRepository(basename(this.root)) };
    }
    /**
     * The repositories the layout's entries are named into (see nameEntries). A layout that holds
     * nothing the run can name is a LayoutError saying what it found, never an empty listing.
     */
    async listRepositories(prefix) {
        const index = await this.requireIndex();
        const names = this.namesOf(index);
        if (names.named.length === 0) {
            if (index.manifests.length === 0)
                throw new LayoutError(`${this.name}: index.json lists no images`);
            throw new LayoutError((w) => `${this.name}: ${describeUnnamed(index.manifests.length, names)}; none with a name this run can use: name them with ${w.option('images')} NAME (bare tags then go to NAME, unnamed entries as NAME:digest-<hex>)`);
        }
        const repositories = new Set(names.named.map((entry) => entry.repository));
        return [...repositories].filter((name) => !prefix || name === prefix || name.startsWith(`${prefix}/`)).sort();
    }
    async listTags(repository) {
        const index = await this.requireIndex();
        const names = this.namesOf(index);
        const tags = names.named.filter((entry) => entry.repository === repository).map(({ tag, descriptor }) => ({ tag, digest: descriptor.digest }));
        if (tags.length === 0 && index.manifests.length > 0) {
            const held = [...new Set(names.named.map((entry) => entry.repository))];
            const found = held.length ? `it holds ${held.slice(0, 5).join(', ')}${held.length > 5 ? ', ...' : ''}` : describeUnnamed(index.manifests.length, names);
            throw new LayoutNotFoundError(`${this.name}: no images named ${repository} (${found})`);
        }
        return tags.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
    }
    async headManifest(repository, reference) {
        return (await this.resolve(repository, reference))?.descriptor;
    }
    async getManifest(repository, reference) {
        await this.requireIndex();
        const found = await this.resolve(repository, reference);
        if (!found)
            throw new LayoutNotFoundError(`${this.name}: manifest ${repository}:${reference} not found`);
        const bytes = found.bytes ?? (await this.blobs.read(found.descriptor.digest));
        if (!bytes)
            throw new LayoutNotFoundError(`${this.name}: ${repository}:${reference} points at ${found.descriptor.digest}, which is not in blobs`);
        return { bytes, mediaType: found.descriptor.mediaType, digest: found.descriptor.digest };
    }
    async getBlob(repository, digest) {
        await this.requireIndex();
        const blob = await this.blobs.open(digest);
        if (!blob)
            throw new LayoutNotFoundError(`${this.name}: blob ${digest} (${repository}) not found`);
        return blob;
    }
    /** Every repository shares the layout's blobs: true when the blob file exists. */
    async hasBlob(_repository, digest) {
        return (await this.blobs.size(digest)) !== undefined;
    }
    /** Every repository shares the layout's blobs, so mounting is checking the blob is there. */
    mountBlob(repository, digest, _fromRepository) {
        return this.hasBlob(repository, digest);
    }
    async putBlob(_repository, digest, size, body) {
        // A blob the disk refuses fails its tag (kind refused) and leaves no file under its name (BlobStore.write).
        await this.create();
        await this.blobs.write(digest, size, body);
    }
    /**
     * Stores the manifest bytes as a blob (their digest verified), and when `reference` is a tag
     * points `repository:reference` at them in index.json. A digest reference (an index's child)
     * only stores the blob. Schema 1 is refused (kind `refused`, so the engine converts it): its
     * digest is that of its JWS payload, not of its bytes, which a content-addressed store can't hold.
     */
    async putManifest(repository, reference, manifest) {
        if (!isValidRepositoryPath(repository))
            throw new LayoutError(`${this.name}: "${repository}" is not a repository name`);
        if (isSchema1(manifest.mediaType)) {
            throw new LayoutError(`${this.name}: an OCI layout holds no schema 1 manifests (${repository}:${reference} is ${manifestDigest(manifest.bytes, manifest.mediaType)})`, 'refused');
        }
        const digest = sha256Digest(manifest.bytes);
        if (digest !== manifest.digest || (isSha256Digest(reference) && reference !== digest)) {
            throw new LayoutDigestError(`${this.name}: manifest for ${repository}:${reference} (${manifest.digest}) hashes to ${digest}`);
        }
        if (!isSha256Digest(reference) && !isValidTag(reference))
            throw new LayoutError(`${this.name}: "${reference}" is neither a tag nor a sha256 digest`);
        await this.create();
        await this.blobs.write(digest, manifest.bytes.length, Readable.from([manifest.bytes]));
        if (isValidTag(reference)) {
            await this.updateIndex((index) => withTag(index, repository, reference, { mediaType: manifest.mediaType, digest, size: manifest.bytes.length }));
        }
    }
    /** Removes the index.json entries named `repository:tag` (`--prune`); the blobs stay. */
    async deleteTag(repository, tag) {
        await this.requireIndex();
        await this.updateIndex((index) => withoutTag(index, repository, tag));
    }
    /**
     * The descriptor a tag or digest resolves to, undefined when absent or when there is no layout.
     * A tag's comes from index.json; a digest's media type from the manifest itself, whose bytes
     * come along then.
     */
    async resolve(repository, reference) {
        if (isSha256Digest(reference)) {
            const size = await this.blobs.size(reference);
            if (size === undefined || size > MAX_MANIFEST_BYTES)
                return undefined;
            const bytes = await this.blobs.read(reference);
            const mediaType = bytes && manifestMediaType(bytes);
            return mediaType ? { descriptor: { mediaType, digest: reference, size: bytes.length }, bytes } : undefined;
        }
        const index = await this.loadIndex();
        const entry = index && this.namesOf(index).named.find((named) => named.repository === repository && named.tag === reference)?.descriptor;
        return entry && { descriptor: { mediaType: entry.mediaType, digest: entry.digest, size: entry.size } };
    }
    /** The entries of `index` as this run names them, computed once per index read. */
    namesOf(index) {
        let names = this.names.get(index);
        if (!names) {
            names = nameEntries(index.manifests, this.naming);
            this.names.set(index, names);
        }
        return names;
    }
    /** index.json, or a LayoutError when the directory holds no layout. */
    async requireIndex() {
        const index = await this.loadIndex();
        if (!index)
            throw new LayoutError(`${this.name}: no OCI image layout in ${this.root} (no ${LAYOUT_FILE} file)`, 'not-found');
        return index;
    }
    loadIndex() {
        this.index ??= this.readIndex().catch((error) => {
            this.index = undefined;
            throw error;
        });
        return this.index;
    }
    /** Reads `oci-layout` (undefined when absent) and index.json (empty when absent). */
    async readIndex() {
        const layoutFile = join$1(this.root, LAYOUT_FILE);
        let version;
        try {
            version = JSON.parse((await readRegularFile(layoutFile)).toString('utf8'))?.imageLayoutVersion;
        }
        catch (error) {
            if (isMissingFile(error))
                return undefined;
            throw new LayoutError(error instanceof NotRegularFileError ? error.message : `${layoutFile}: ${error.message}`);
        }
        if (typeof version !== 'string' || !version.startsWith('1.')) {
            throw new LayoutError(`${layoutFile}: imageLayoutVersion ${JSON.stringify(version)} is not 1.x`, 'protocol');
        }
        const indexFile = join$1(this.root, INDEX_FILE);
        try {
            this.seen = await this.identity();
            return parseIndex((await readRegularFile(indexFile)).toString('utf8'), indexFile);
        }
        catch (error) {
            if (isMissingFile(error))
                return emptyIndex();
            if (error instanceof LayoutError)
                throw error;
            throw new LayoutError(error instanceof NotRegularFileError ? error.message : `${indexFile}: cannot be read (${error.message})`);
        }
    }
    /** index.json's inode, size and modification time ('' when absent): every atomic rewrite changes it. */
    async identity() {
        const info = await stat(join$1(this.root, INDEX_FILE), { bigint: true }).catch(() => undefined);
        return info ? `${info.ino}/${info.size}/${info.mtimeNs}` : '';
    }
    /** Runs `task` holding the layout's index lock; a live run keeping it past the wait fails with a LayoutError. */
    underIndexLock(task) {
        return LockFile.with(join$1(this.root, INDEX_LOCK), { staleMs: INDEX_LOCK_STALE_MS, waitMs: INDEX_LOCK_WAIT_MS }, (holder) => new LayoutError(`${this.name}: another run (pid ${holder.pid} since ${holder.startedAt}) has held ${INDEX_LOCK} for ${INDEX_LOCK_WAIT_MS / 1000} s`, 'transient'), task).catch((error) => {
            throw diskRefusal(error, `${this.name}: cannot lock ${INDEX_FILE}`);
        });
    }
    /** Makes the directory a layout once per instance, unless it already is one. */
    create() {
        this.created ??= this.createLayout().catch((error) => {
            this.created = undefined;
            throw error;
        });
        return this.created;
    }
    /** Under the index lock (another run may be creating it too): a layout found is used, else one is made. */
    async createLayout() {
        if (!(await this.loadIndex())) {
            await mkdir(this.root, { recursive: true }).catch((error) => {
                throw diskRefusal(error, `${this.name}: cannot create ${this.root}`);
            });
            await this.underIndexLock(async () => {
                this.index = undefined;
                if (await this.loadIndex())
                    return;
                const found = (await readdir(this.root)).filter((name) => !isOwnTemp(name));
                if (found.length > 0)
                    throw new LayoutError(`${this.name}: ${this.root} is not empty and not an OCI image layout; refusing to write into it`);
                await mkdir(this.blobs.directory, { recursive: true });
                const index = emptyIndex();
                await writeFileAtomic(join$1(this.root, INDEX_FILE), JSON.stringify(index));
                await writeFileAtomic(join$1(this.root, LAYOUT_FILE), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
                this.seen = await this.identity();
                this.index = Promise.resolve(index);
            });
        }
        // What a killed run left: its blobs' and index.json's temporary files (only ours, older than this run).
        await this.blobs.removeLeftTemps();
        await removeLeftTemps(this.root, (name) => atomicTempPid(INDEX_FILE, name) || atomicTempPid(LAYOUT_FILE, name));
    }
    /**
     * Applies `change` to index.json and writes it atomically under the index lock, one change at a
     * time: the file is read again first when another run wrote it since, so no run's entries are lost.
     */
    updateIndex(change) {
        const run = this.indexWrites.then(() => this.underIndexLock(async () => {
            if ((await this.identity()) !== this.seen)
                this.index = undefined;
            const current = await this.requireIndex();
            const next = change(current);
            if (next === current)
                return;
            await writeFileAtomic(join$1(this.root, INDEX_FILE), JSON.stringify(next)).catch((error) => {
                throw diskRefusal(error, `${this.name}: cannot write ${INDEX_FILE}`);
            });
            this.seen = await this.identity();
            this.index = Promise.resolve(next);
        }));
        this.indexWrites = run.catch(() => undefined);
        return run;
    }
}
/** The layout's own short-lived files another run may have in the directory while creating it. */
function isOwnTemp(name) {
    return name === INDEX_LOCK || name === `${INDEX_LOCK}.takeover` || atomicTempPid(INDEX_FILE, name) !== false || atomicTempPid(LAYOUT_FILE, name) !== false;
}
/** A layout folder's name as a repository name (`My_Images` -> `my_images`), undefined when it can't be one. */
function folderRepository(folder) {
    const name = folder
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[._-]+|[._-]+$/g, '');
    return isValidRepositoryPath(name) ? name : undefined;
}

/** True when the repository has the blob (`HEAD`; a redirect to storage counts as present). */
async function hasBlob(transport, repository, digest, scopes, signal) {
    const response = await transport.send({
        method: 'HEAD',
        url: `/v2/${repository}/blobs/${digest}`,
        scopes,
        accept: [200, 307, 302, 404],
        followRedirects: false,
        signal
    });
    await discard(response.body);
    return response.status !== 404;
}
/** Opens a blob for streaming, following redirects to storage hosts (without credentials). */
async function getBlob(transport, repository, digest, scopes, signal) {
    const response = await transport.send({ method: 'GET', url: `/v2/${repository}/blobs/${digest}`, scopes, signal });
    const length = header(response.headers, 'content-length');
    return { stream: response.body, size: length === undefined ? undefined : Number(length) };
}
/**
 * Proves push access to a repository without writing anything: opens an upload session and
 * cancels it. A refusal throws the transport's typed error (no push access, repository missing).
 * The session opened is the proof: its cancelling goes on beside the first copy (bounded, best
 * effort) instead of costing the run a round trip.
 */
async function probePush(transport, repository, scopes, signal) {
    const session = await transport.send({
        method: 'POST',
        url: `/v2/${repository}/blobs/uploads/`,
        scopes,
        headers: { 'content-length': '0' },
        accept: [202],
        signal
    });
    await discard(session.body);
    const location = header(session.headers, 'location');
    if (location)
        void cancelUpload(transport, new URL(location, session.url).toString(), scopes);
}
/** How long cancelling an upload session may take: it is tidying, never worth a hung run. */
const CANCEL_TIMEOUT_MS = 5_000;
/** Cancels an upload session (`DELETE`), best effort: a registry that can't is left to expire it. */
async function cancelUpload(transport, session, scopes) {
    const deadline = deadlineSignal(CANCEL_TIMEOUT_MS);
    await transport
        .send({ method: 'DELETE', url: session, scopes, accept: [200, 202, 204, 404, 405], signal: deadline.signal })
        .then((r) => discard(r.body))
        .catch(() => undefined)
        .finally(deadline.dispose);
}
/**
 * Mount-or-start: one `POST ?mount=DIGEST&from=FROM` that either mounts the blob (201) or, when the
 * registry can't (202: mounting unsupported or not allowed), answers with the upload session to
 * `PUT` it into. Without `from`, a plain upload session.
 */
async function mountOrStart(transport, repository, digest, from, scopes, signal) {
    const query = from ? `?${new URLSearchParams({ mount: digest, from })}` : '';
    const response = await transport.send({
        method: 'POST',
        url: `/v2/${repository}/blobs/uploads/${query}`,
        scopes,
        headers: { 'content-length': '0' },
        accept: from ? [201, 202] : [202],
        signal
    });
    await discard(response.body);
    if (response.status === 201)
        return { mounted: true };
    const location = header(response.headers, 'location');
    if (!location)
        throw new Error(`${repository}: the registry opened an upload without a Location`);
    return { mounted: false, session: new URL(location, response.url).toString() };
}
/**
 * Uploads a blob in one streamed `PUT` to `session` (from {@link mountOrStart}), or to a fresh
 * upload session. The body is sent once: the caller verifies it while it flows (a VerifyingStream
 * holds the last bytes back until the digest is proved, so a wrong body fails short of its
 * Content-Length and is never committed) and retries the whole transfer on failure; a failed PUT
 * cancels its session.
 */
async function putBlob(transport, repository, digest, size, body, scopes, options = {}) {
    const { signal } = options;
    let session = options.session;
    if (!session) {
        const start = await mountOrStart(transport, repository, digest, undefined, scopes, signal);
        if (start.mounted)
            return;
        session = start.session;
    }
    const url = new URL(session);
    url.searchParams.set('digest', digest);
    const headers = { 'content-type': 'application/octet-stream' };
    if (size >= 0)
        headers['content-length'] = String(size);
    try {
        const response = await transport.send({ method: 'PUT', url: url.toString(), scopes, headers, body, signal });
        await discard(response.body);
    }
    catch (error) {
        await cancelUpload(transport, session, scopes);
        throw error;
    }
}

/**
 * What a registry's answer to a manifest `PUT` means beyond its status: targets that rewrite
 * (answer another `Docker-Content-Digest`), targets that refuse OCI media types (old ECR,
 * Harbor < 2, old Quay: `400 MANIFEST_INVALID`), and an index refused for a child being written at
 * the same moment.
 */
const OCI_TYPES = new Set([MediaType.OciManifest, MediaType.OciIndex]);
const INDEX_TYPES = new Set([MediaType.OciIndex, MediaType.DockerManifestList]);
/**
 * Codes of an index refused for one of its children. distribution (2.x and 3.0, Harbor's storage
 * too) checks each child with `Exists`, which reads the child's revision link file
 * (`_manifests/revisions/sha256/HEX/link`); every PUT of that child, by digest or by tag, writes
 * the link file again through the storage driver's `PutContent`, and the filesystem driver opens
 * it, truncates it, then writes. An index PUT whose check reads the file in between reads an
 * empty digest: `digest.ErrDigestInvalidFormat`, answered `400 DIGEST_INVALID`
 * (registry/handlers/manifests.go); a child not there at all is `MANIFEST_BLOB_UNKNOWN`
 * (registry/storage/manifestlisthandler.go). Tags on both an index and its children (gcr.io's
 * `1.0` and `1.0-amd64`) copied at once meet this: the children are checked and the PUT repeated.
 */
const CHILD_REFUSED = new Set(['DIGEST_INVALID', 'MANIFEST_BLOB_UNKNOWN']);
/**
 * The error for a refused manifest `PUT`: an index refused for a child is a ChildUnknownError
 * (see CHILD_REFUSED); an OCI manifest or index answered with 400 (or 415) becomes a `refused`
 * failure (not retried) that says the target does not take OCI media types and names
 * `--format docker`; anything else is returned as it was.
 */
function manifestPutError(error, manifest, where) {
    if (!(error instanceof RegistryError))
        return error;
    if (error.status === 400 && CHILD_REFUSED.has(error.code ?? '') && INDEX_TYPES.has(manifest.mediaType))
        return new ChildUnknownError(error.message, { cause: error, side: 'target' });
    if (!OCI_TYPES.has(manifest.mediaType))
        return error;
    const refusesType = error.status === 415 || (error.status === 400 && (error.code === 'MANIFEST_INVALID' || error.code === 'UNSUPPORTED' || !error.code));
    if (!refusesType)
        return error;
    return new MirrorError('refused', `${where}: the target refuses the OCI media type ${manifest.mediaType} (${error.message})`, {
        cause: error,
        side: 'target',
        hint: (w) => `pass ${w.option('format')} docker to convert OCI manifests and indexes to Docker media types (their digests change)`
    });
}
/**
 * Checks a manifest stored under `reference`: when the registry answered another digest than the
 * manifest's, `servedUnderTag` (HEAD by tag) decides. Serving the source's digest under the tag is a
 * success (the answer header was wrong); otherwise a failure naming both digests.
 */
async function checkStoredDigest(stored, manifest, where, servedUnderTag) {
    if (!stored || stored === manifest.digest)
        return;
    const served = await servedUnderTag();
    if (served === manifest.digest)
        return;
    throw new ProtocolError(`${where}: the target rewrote the manifest: it answered ${stored} and serves ${served ?? 'nothing'} under the tag, not the source's ${manifest.digest}`);
}

/** The media type of a response: the header without parameters, else what the manifest says of itself (schema 1 included). */
function mediaTypeOf(contentType, bytes) {
    const fromHeader = contentType?.split(';')[0].trim();
    if (fromHeader && fromHeader !== 'application/json' && fromHeader !== 'text/plain')
        return fromHeader;
    return (bytes && manifestMediaType(bytes)) || fromHeader || 'application/octet-stream';
}
/** `HEAD` of a manifest: its descriptor without a pull (free on Docker Hub), undefined when absent. */
async function headManifest(transport, repository, reference, scopes, signal) {
    const response = await transport.send({
        method: 'HEAD',
        url: `/v2/${repository}/manifests/${reference}`,
        scopes,
        headers: { accept: MANIFEST_ACCEPT },
        accept: [200, 404],
        signal
    });
    await discard(response.body);
    if (response.status === 404)
        return undefined;
    const digest = header(response.headers, 'docker-content-digest') ?? (isValidDigest(reference) ? reference : undefined);
    if (!digest)
        return descriptorOf(await getManifest(transport, repository, reference, scopes, signal));
    return {
        mediaType: mediaTypeOf(header(response.headers, 'content-type')),
        digest: assertDigest(digest, `${repository}:${reference} digest`),
        size: Number(header(response.headers, 'content-length') ?? -1)
    };
}
/** The manifest's exact bytes; by digest, they are checked against it. Throws NotFoundError when absent. */
async function getManifest(transport, repository, reference, scopes, signal) {
    const response = await transport.read({ method: 'GET', url: `/v2/${repository}/manifests/${reference}`, scopes, headers: { accept: MANIFEST_ACCEPT }, signal }, MAX_MANIFEST_BYTES, `manifest ${repository}:${reference}`);
    const bytes = response.bytes;
    const mediaType = mediaTypeOf(header(response.headers, 'content-type'), bytes);
    const byDigest = isValidDigest(reference);
    // Schema 1 is identified by its JWS payload: registries re-sign it on every GET.
    const digest = manifestDigest(bytes, mediaType, byDigest ? reference : 'sha256:');
    if (byDigest && digest !== reference) {
        const what = isSchema1(mediaType) ? 'its JWS payload (signatures removed) hashes' : 'content hashes';
        throw new DigestMismatchError(`manifest ${repository}@${reference}: ${what} to ${digest}`);
    }
    return { bytes, mediaType, digest };
}
/**
 * Pushes manifest bytes under a tag or digest; the registry must then serve them under the same
 * digest (see checkStoredDigest). A target that refuses OCI media types gets its own message.
 * Resolves to the `OCI-Subject` header, which a registry with the referrers API sends for a
 * manifest with a `subject` (distribution-spec v1.1, "Pushing Manifests with Subject").
 */
async function putManifest(transport, repository, reference, manifest, scopes, signal) {
    const where = `${repository}:${reference}`;
    let response;
    try {
        response = await transport.send({
            method: 'PUT',
            url: `/v2/${repository}/manifests/${reference}`,
            scopes,
            headers: { 'content-type': manifest.mediaType },
            body: manifest.bytes,
            signal
        });
    }
    catch (error) {
        throw manifestPutError(error, manifest, where);
    }
    await discard(response.body);
    const stored = header(response.headers, 'docker-content-digest');
    await checkStoredDigest(stored, manifest, where, async () => isValidDigest(reference) ? stored : (await headManifest(transport, repository, reference, scopes, signal))?.digest);
    const subject = header(response.headers, 'oci-subject');
    return subject ? { subject } : {};
}
function descriptorOf(manifest) {
    return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
}
/** Deletes a manifest by digest (every tag pointing at it goes too); 202 Accepted. Registries may refuse (405 when deletion is disabled). */
async function deleteManifest(transport, repository, digest, scopes) {
    const response = await transport.send({ method: 'DELETE', url: `/v2/${repository}/manifests/${digest}`, scopes, accept: [202, 200] });
    await discard(response.body);
}

/**
 * How the client reaches a registry named by `oci/names`, with Docker Hub's quirks in one place:
 * its API lives at `registry-1.docker.io`, `docker login` stores its credentials under
 * `https://index.docker.io/v1/`, and its single-level names live under `library/`.
 */
/** The host that serves the registry API: `registry-1.docker.io` for Docker Hub, else the host itself. */
function apiHost(host) {
    return isDockerHub(host) ? 'registry-1.docker.io' : host;
}
/** The keys `docker login` may have stored a registry's credentials under in `config.json`. */
function credentialKeys(host) {
    if (isDockerHub(host))
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io', 'https://registry-1.docker.io'];
    return [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
}
/** A repository path as the registry knows it: Docker Hub's single-level names live under `library/`. */
function qualifyRepository(host, path) {
    return isDockerHub(host) && path && !path.includes('/') ? `library/${path}` : path;
}
/** True for hosts on the loopback range, spoken to over plain HTTP as docker does. */
function isLoopback(host) {
    const name = host.replace(/:\d+$/, '').toLowerCase();
    return name === 'localhost' || name === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}
/** The origin (`scheme://host[:port]`) of a registry's API: HTTP for loopback and insecure hosts, HTTPS otherwise. */
function registryOrigin(host, insecure = []) {
    const api = apiHost(host);
    const plain = isLoopback(api) || insecure.some((entry) => normalizeRegistryHost(entry) === normalizeRegistryHost(host));
    return `${plain ? 'http' : 'https'}://${api}`;
}

/** A `tags/list` page can be large (gcr.io's `manifest` map); pages above this are refused. */
const TAG_PAGE_LIMIT = 64 * 1024 * 1024;
/** Tags asked for per page. */
const PAGE_SIZE$1 = 1000;
/**
 * Lists every tag of a repository, page by page (`n`, then the `Link` header). Where the registry
 * lists digests in bulk (gcr.io's `manifest` map), each tag comes with its digest and upload time,
 * so no request per tag is needed. Tags that break the spec's grammar are skipped with a warning,
 * sub-repositories that do are refused, and
 * the listing keeps within `bounds` (pages, tags, children, time per request).
 */
async function listTags(transport, repository, scopes, accept404 = false, bounds = LISTING_DEFAULTS) {
    const tags = new Map();
    let children;
    let missing = false;
    const what = `tags of ${repository}`;
    const first = new URL(`/v2/${repository}/tags/list?n=${PAGE_SIZE$1}`, transport.origin).toString();
    await followPages(first, what, async (url, signal) => {
        const response = await transport.read({ method: 'GET', url, scopes, headers: { accept: 'application/json' }, accept: accept404 ? [200, 404] : undefined, signal }, TAG_PAGE_LIMIT, what);
        if (response.status === 404) {
            missing = true;
            return undefined;
        }
        const page = parsePage(response.bytes, repository);
        for (const tag of page.tags ?? [])
            if (!tags.has(tag) && keepTag(tag, repository, bounds))
                tags.set(tag, { tag });
        for (const [digest, info] of Object.entries(page.manifest ?? {})) {
            const created = Number(info.timeUploadedMs ?? info.timeCreatedMs);
            for (const tag of info.tag ?? []) {
                if (!keepTag(tag, repository, bounds))
                    continue;
                tags.set(tag, { tag, digest: assertDigest(digest, `${repository}:${tag} digest`), created: created > 0 ? created : undefined });
            }
        }
        checkCount(tags.size, bounds.maxTags, what, 'tags', 'max-tags');
        if (page.child)
            children = [...(children ?? []), ...page.child.map((child) => childPath(repository, child))];
        checkCount(children?.length ?? 0, bounds.maxRepositories, `sub-repositories of ${repository}`, 'repositories', 'max-repositories');
        return nextLink(response.headers, response.url);
    }, bounds);
    if (missing)
        return undefined;
    return { tags: [...tags.values()], children };
}
function parsePage(bytes, repository) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new ProtocolError(`tags of ${repository}: the registry answered with something that is not JSON`);
    }
}
function keepTag(tag, repository, bounds) {
    return keepListedName(tag, typeof tag === 'string' && isValidTag(tag), `tags of ${repository}`, bounds);
}
function childPath(repository, child) {
    const path = `${repository}/${child}`;
    if (!isValidRepositoryPath(path))
        throw new ProtocolError(`${repository}: the registry listed an invalid sub-repository "${child.slice(0, 140)}"`);
    return path;
}
/**
 * True when the repository lists at least one tag: one `GET tags/list?n=1` (404 for a repository
 * that does not exist yet). A repository without tags holds only what this run puts there, or
 * what a run killed before its first tag left (found by a self-mount, see BlobCopier).
 */
async function hasTags(transport, repository, scopes, signal) {
    const what = `tags of ${repository}`;
    const url = new URL(`/v2/${repository}/tags/list?n=1`, transport.origin).toString();
    const response = await transport.read({ method: 'GET', url, scopes, headers: { accept: 'application/json' }, accept: [200, 404], signal }, TAG_PAGE_LIMIT, what);
    if (response.status === 404)
        return false;
    const page = parsePage(response.bytes, repository);
    return (page.tags ?? []).length > 0 || Object.keys(page.manifest ?? {}).length > 0;
}

/** JSON documents an API listing page may be; larger ones are refused. */
const API_PAGE_LIMIT = 16 * 1024 * 1024;
/** True when `name` is `prefix` or under it. */
const underPrefix = (name, prefix) => !prefix || name === prefix || name.startsWith(`${prefix}/`);

/**
 * Reads one JSON page of a registry vendor's API (Quay, Docker Hub, GitHub): undefined on 404 (no
 * such namespace), a ListingRefusedError naming `what` and `why` on 401/403, the parsed body otherwise.
 */
async function readApiPage(transport, url, headers, what, why, signal) {
    let response;
    try {
        response = await transport.read({ method: 'GET', url, scopes: [], headers: { accept: 'application/json', ...headers }, accept: [200, 404], signal }, API_PAGE_LIMIT, what);
    }
    catch (error) {
        if (error instanceof AuthError) {
            throw new ListingRefusedError(`${what}: the API answered ${error.status}; ${why}`, error.status, error.request, error.code);
        }
        throw error;
    }
    if (response.status === 404)
        return undefined;
    try {
        return { page: JSON.parse(response.bytes.toString('utf8')), headers: response.headers, url: response.url };
    }
    catch {
        throw new ListingRefusedError(`${what}: the API answered with something that is not JSON`, 200, { method: 'GET', url: response.url }, undefined, undefined, 'protocol');
    }
}
/** The error for a page that lacks the field a listing needs. */
function malformed(what, field) {
    return new ListingRefusedError(`${what}: the API's answer has no "${field}" list`, 200, { method: 'GET', url: what }, undefined, undefined, 'protocol');
}

/** Docker Hub's API, apart from its registry (`registry-1.docker.io`). */
const HUB_API_ORIGIN = 'https://hub.docker.com';
const PAGE_SIZE = 100;
/**
 * docker.io: the registry has no catalog for Hub namespaces, so the namespace is listed with the
 * Hub API, `GET /v2/namespaces/NS/repositories` (the older `/v2/repositories/NS/` where that one is
 * absent), following `next`. Anonymous for public repositories; with source credentials a Hub
 * token (`POST /v2/auth/token` with the username and password or access token) lists private ones too.
 */
async function listDockerHub(context, prefix) {
    const namespace = prefix.split('/')[0];
    if (!namespace)
        throw new ProtocolError('docker.io: Docker Hub lists repositories per namespace; name one (docker.io/NAMESPACE)');
    const api = context.api(HUB_API_ORIGIN);
    const what = `docker.io repositories of ${namespace}`;
    const why = context.credentials ? 'the Hub refused the token of the source credentials' : 'private namespaces need --source-username and --source-password';
    const headers = context.credentials ? { authorization: `Bearer ${await hubToken(context)}` } : {};
    const repositories = [];
    let found = false;
    for (const path of [`/v2/namespaces/${namespace}/repositories`, `/v2/repositories/${namespace}/`]) {
        const first = new URL(path, HUB_API_ORIGIN);
        first.searchParams.set('page_size', String(PAGE_SIZE));
        await followPages(first.toString(), what, async (url, signal) => {
            const answer = await readApiPage(api, url, headers, what, why, signal);
            if (!answer)
                return undefined;
            const page = answer.page;
            found = true;
            if (!Array.isArray(page.results))
                throw malformed(what, 'results');
            for (const repository of page.results) {
                const name = `${repository.namespace ?? namespace}/${repository.name ?? ''}`;
                if (!keepListedName(name, isValidRepositoryPath(name), what, context.listing))
                    continue;
                if (underPrefix(name, prefix))
                    repositories.push(name);
            }
            return page.next ?? undefined;
        }, context.listing);
        if (found)
            break;
    }
    return { repositories: [...new Set(repositories)].sort() };
}
/** A Hub API token for the source credentials (`POST /v2/auth/token`, `identifier` and `secret`, answering `access_token`). */
async function hubToken(context) {
    const { username, password } = context.credentials;
    const response = await context.api(HUB_API_ORIGIN).send({
        method: 'POST',
        url: '/v2/auth/token',
        scopes: [],
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: Buffer.from(JSON.stringify({ identifier: username, secret: password }))
    });
    let token;
    try {
        token = JSON.parse((await readLimited(response.body, response.headers, 64 * 1024, 'Hub token')).toString('utf8'))
            .access_token;
    }
    catch {
        token = undefined;
    }
    addSecret(token);
    if (!token)
        throw new RegistryError('docker.io: the Hub answered no access_token for the source credentials', response.status, {
            method: 'POST',
            url: `${HUB_API_ORIGIN}/v2/auth/token`
        });
    return token;
}

/** The GitHub REST API. */
const GITHUB_API_ORIGIN = 'https://api.github.com';
/**
 * ghcr.io has no catalog: an owner's container packages are listed through the GitHub REST API,
 * `/orgs/OWNER/packages?package_type=container` (then `/users/OWNER/packages` when OWNER is a user),
 * with the source password as the token.
 */
async function listGitHub(context, prefix) {
    const owner = prefix.split('/')[0];
    if (!owner)
        throw new ProtocolError('ghcr.io has no catalog; name an owner (ghcr.io/OWNER)');
    const api = context.api(GITHUB_API_ORIGIN);
    const headers = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
    if (context.credentials)
        headers.authorization = `Bearer ${context.credentials.password}`;
    const what = `ghcr.io packages of ${owner}`;
    const why = context.credentials ? 'the token needs the read:packages scope' : 'pass a GitHub token with read:packages as the source password';
    const repositories = [];
    for (const kind of ['orgs', 'users']) {
        const first = new URL(`/${kind}/${encodeURIComponent(owner)}/packages`, GITHUB_API_ORIGIN);
        first.searchParams.set('package_type', 'container');
        first.searchParams.set('per_page', '100');
        let found = false;
        await followPages(first.toString(), what, async (url, signal) => {
            const answer = await readApiPage(api, url, headers, what, why, signal);
            if (!answer)
                return undefined;
            found = true;
            const packages = answer.page;
            if (!Array.isArray(packages))
                throw new ProtocolError(`${what}: the GitHub API did not answer a list of packages`);
            for (const item of packages) {
                if (item.package_type !== undefined && item.package_type !== 'container')
                    continue;
                const path = `${owner}/${(item.name ?? '').toLowerCase()}`;
                if (!keepListedName(path, isValidRepositoryPath(path), what, context.listing))
                    continue;
                if (underPrefix(path, prefix))
                    repositories.push(path);
            }
            return nextLink(answer.headers, answer.url);
        }, context.listing);
        if (found)
            break;
    }
    return { repositories: [...new Set(repositories)].sort() };
}

/** Sub-repositories walked at once. */
const WALK_CONCURRENCY = 8;
/**
 * gcr.io, apart from the standard listing as go-containerregistry's `pkg/v1/google` keeps it:
 * gcr.io refuses `_catalog` to most callers, but its `tags/list` names each repository's
 * sub-repositories (`child`) and lists digests in bulk (`manifest`), so the namespace is walked
 * breadth first, one request per repository, each listing kept for the tag step.
 */
async function listGoogle(context, prefix) {
    if (!prefix)
        return { repositories: (await listCatalog(context.registry, context.host, '', context.listing)).sort() };
    const listing = await listTags(context.registry, prefix, context.scopes(prefix), true, context.listing);
    return listing ? walkChildren(context, prefix, listing) : { repositories: [] };
}
/** Walks a `child`-listing registry from `root` (whose listing is given); repositories with tags are returned. */
async function walkChildren(context, root, rootListing) {
    const repositories = [];
    const tags = new Map();
    let level = [[root, rootListing]];
    while (level.length > 0) {
        const next = [];
        for (const [name, listing] of level) {
            if (listing.tags.length > 0) {
                repositories.push(name);
                tags.set(name, listing);
            }
            next.push(...(listing.children ?? []));
        }
        checkCount(repositories.length + next.length, context.listing.maxRepositories, `${context.host}/${root}`, 'repositories', 'max-repositories');
        level = [];
        for (let i = 0; i < next.length; i += WALK_CONCURRENCY) {
            const batch = next.slice(i, i + WALK_CONCURRENCY);
            const listings = await Promise.all(batch.map((name) => listTags(context.registry, name, context.scopes(name), true, context.listing)));
            batch.forEach((name, j) => listings[j] && level.push([name, listings[j]]));
        }
    }
    return { repositories: repositories.sort(), tags };
}

/**
 * quay.io: its anonymous `_catalog` answers an empty list, so the namespace is listed with Quay's
 * API, `/api/v1/repository?namespace=NS&public=true`, page by page. With source credentials the
 * password is sent as the API's OAuth bearer token (it then also lists private repositories).
 */
async function listQuay(context, prefix) {
    const namespace = prefix.split('/')[0];
    if (!namespace)
        throw new ProtocolError(`${context.host}: Quay lists repositories per namespace; name one (${context.host}/NAMESPACE)`);
    const api = context.api(context.registry.origin);
    const first = new URL('/api/v1/repository', api.origin);
    first.searchParams.set('namespace', namespace);
    first.searchParams.set('public', 'true');
    const headers = context.credentials ? { authorization: `Bearer ${context.credentials.password}` } : {};
    const what = `${context.host} repositories of ${namespace}`;
    const why = context.credentials
        ? 'the Quay API takes an OAuth access token (an application token with repo:read) as the password'
        : 'pass an OAuth access token as the source password';
    const repositories = [];
    await followPages(first.toString(), what, async (url, signal) => {
        const answer = await readApiPage(api, url, headers, what, why, signal);
        if (!answer)
            return undefined;
        const page = answer.page;
        if (!Array.isArray(page.repositories))
            throw malformed(what, 'repositories');
        for (const repository of page.repositories) {
            const path = `${repository.namespace ?? namespace}/${repository.name ?? ''}`;
            if (!keepListedName(path, isValidRepositoryPath(path), what, context.listing))
                continue;
            if (underPrefix(path, prefix))
                repositories.push(path);
        }
        return page.next_page ? withCursor(first, 'next_page', page.next_page) : undefined;
    }, context.listing);
    return { repositories: [...new Set(repositories)].sort() };
}

/**
 * Any registry of the distribution spec: `/v2/_catalog` filtered to the prefix. Where the catalog
 * is refused or lists nothing under the prefix, the prefix's own `tags/list` decides: a registry
 * that names sub-repositories there (gcr.io's extension, served by mirrors of it too) is walked,
 * a prefix that is itself a repository is listed alone, else the refusal stands.
 */
async function listStandard(context, prefix) {
    let found = [];
    let refusal;
    try {
        found = await listCatalog(context.registry, context.host, prefix, context.listing);
    }
    catch (error) {
        if (!prefix || !(error instanceof ListingRefusedError))
            throw error;
        refusal = error;
    }
    if (found.length > 0 || !prefix)
        return { repositories: found.sort() };
    const listing = await listTags(context.registry, prefix, context.scopes(prefix), true, context.listing);
    if (listing?.children)
        return walkChildren(context, prefix, listing);
    if (refusal)
        throw refusal;
    return { repositories: listing?.tags.length ? [prefix] : [] };
}

/**
 * The lister for a registry host, chosen here and only here: Docker Hub, Quay and GHCR through their
 * vendors' APIs (their registries list nothing), gcr.io by walking `child` listings, any other
 * registry by its `_catalog`. Naming repositories (`--images`) skips listing altogether.
 */
function listerFor(host) {
    const name = normalizeRegistryHost(host);
    if (isDockerHub(name))
        return listDockerHub;
    if (name === 'quay.io')
        return listQuay;
    if (name === 'ghcr.io')
        return listGitHub;
    if (name === 'gcr.io' || name.endsWith('.gcr.io'))
        return listGoogle;
    return listStandard;
}

var errors;
var hasRequiredErrors;

function requireErrors () {
	if (hasRequiredErrors) return errors;
	hasRequiredErrors = 1;

	const kUndiciError = Symbol.for('undici.error.UND_ERR');
	class UndiciError extends Error {
	  constructor (message, options) {
	    super(message, options);
	    this.name = 'UndiciError';
	    this.code = 'UND_ERR';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kUndiciError] === true
	  }

	  get [kUndiciError] () {
	    return true
	  }
	}

	const kConnectTimeoutError = Symbol.for('undici.error.UND_ERR_CONNECT_TIMEOUT');
	class ConnectTimeoutError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'ConnectTimeoutError';
	    this.message = message || 'Connect Timeout Error';
	    this.code = 'UND_ERR_CONNECT_TIMEOUT';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kConnectTimeoutError] === true
	  }

	  get [kConnectTimeoutError] () {
	    return true
	  }
	}

	const kHeadersTimeoutError = Symbol.for('undici.error.UND_ERR_HEADERS_TIMEOUT');
	class HeadersTimeoutError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'HeadersTimeoutError';
	    this.message = message || 'Headers Timeout Error';
	    this.code = 'UND_ERR_HEADERS_TIMEOUT';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kHeadersTimeoutError] === true
	  }

	  get [kHeadersTimeoutError] () {
	    return true
	  }
	}

	const kHeadersOverflowError = Symbol.for('undici.error.UND_ERR_HEADERS_OVERFLOW');
	class HeadersOverflowError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'HeadersOverflowError';
	    this.message = message || 'Headers Overflow Error';
	    this.code = 'UND_ERR_HEADERS_OVERFLOW';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kHeadersOverflowError] === true
	  }

	  get [kHeadersOverflowError] () {
	    return true
	  }
	}

	const kBodyTimeoutError = Symbol.for('undici.error.UND_ERR_BODY_TIMEOUT');
	class BodyTimeoutError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'BodyTimeoutError';
	    this.message = message || 'Body Timeout Error';
	    this.code = 'UND_ERR_BODY_TIMEOUT';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kBodyTimeoutError] === true
	  }

	  get [kBodyTimeoutError] () {
	    return true
	  }
	}

	const kInvalidArgumentError = Symbol.for('undici.error.UND_ERR_INVALID_ARG');
	class InvalidArgumentError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'InvalidArgumentError';
	    this.message = message || 'Invalid Argument Error';
	    this.code = 'UND_ERR_INVALID_ARG';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kInvalidArgumentError] === true
	  }

	  get [kInvalidArgumentError] () {
	    return true
	  }
	}

	const kInvalidReturnValueError = Symbol.for('undici.error.UND_ERR_INVALID_RETURN_VALUE');
	class InvalidReturnValueError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'InvalidReturnValueError';
	    this.message = message || 'Invalid Return Value Error';
	    this.code = 'UND_ERR_INVALID_RETURN_VALUE';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kInvalidReturnValueError] === true
	  }

	  get [kInvalidReturnValueError] () {
	    return true
	  }
	}

	const kAbortError = Symbol.for('undici.error.UND_ERR_ABORT');
	class AbortError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'AbortError';
	    this.message = message || 'The operation was aborted';
	    this.code = 'UND_ERR_ABORT';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kAbortError] === true
	  }

	  get [kAbortError] () {
	    return true
	  }
	}

	const kRequestAbortedError = Symbol.for('undici.error.UND_ERR_ABORTED');
	class RequestAbortedError extends AbortError {
	  constructor (message) {
	    super(message);
	    this.name = 'AbortError';
	    this.message = message || 'Request aborted';
	    this.code = 'UND_ERR_ABORTED';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kRequestAbortedError] === true
	  }

	  get [kRequestAbortedError] () {
	    return true
	  }
	}

	const kInformationalError = Symbol.for('undici.error.UND_ERR_INFO');
	class InformationalError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'InformationalError';
	    this.message = message || 'Request information';
	    this.code = 'UND_ERR_INFO';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kInformationalError] === true
	  }

	  get [kInformationalError] () {
	    return true
	  }
	}

	const kRequestContentLengthMismatchError = Symbol.for('undici.error.UND_ERR_REQ_CONTENT_LENGTH_MISMATCH');
	class RequestContentLengthMismatchError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'RequestContentLengthMismatchError';
	    this.message = message || 'Request body length does not match content-length header';
	    this.code = 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kRequestContentLengthMismatchError] === true
	  }

	  get [kRequestContentLengthMismatchError] () {
	    return true
	  }
	}

	const kResponseContentLengthMismatchError = Symbol.for('undici.error.UND_ERR_RES_CONTENT_LENGTH_MISMATCH');
	class ResponseContentLengthMismatchError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'ResponseContentLengthMismatchError';
	    this.message = message || 'Response body length does not match content-length header';
	    this.code = 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kResponseContentLengthMismatchError] === true
	  }

	  get [kResponseContentLengthMismatchError] () {
	    return true
	  }
	}

	const kClientDestroyedError = Symbol.for('undici.error.UND_ERR_DESTROYED');
	class ClientDestroyedError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'ClientDestroyedError';
	    this.message = message || 'The client is destroyed';
	    this.code = 'UND_ERR_DESTROYED';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kClientDestroyedError] === true
	  }

	  get [kClientDestroyedError] () {
	    return true
	  }
	}

	const kClientClosedError = Symbol.for('undici.error.UND_ERR_CLOSED');
	class ClientClosedError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'ClientClosedError';
	    this.message = message || 'The client is closed';
	    this.code = 'UND_ERR_CLOSED';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kClientClosedError] === true
	  }

	  get [kClientClosedError] () {
	    return true
	  }
	}

	const kSocketError = Symbol.for('undici.error.UND_ERR_SOCKET');
	class SocketError extends UndiciError {
	  constructor (message, socket) {
	    super(message);
	    this.name = 'SocketError';
	    this.message = message || 'Socket error';
	    this.code = 'UND_ERR_SOCKET';
	    this.socket = socket;
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kSocketError] === true
	  }

	  get [kSocketError] () {
	    return true
	  }
	}

	const kNotSupportedError = Symbol.for('undici.error.UND_ERR_NOT_SUPPORTED');
	class NotSupportedError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'NotSupportedError';
	    this.message = message || 'Not supported error';
	    this.code = 'UND_ERR_NOT_SUPPORTED';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kNotSupportedError] === true
	  }

	  get [kNotSupportedError] () {
	    return true
	  }
	}

	const kBalancedPoolMissingUpstreamError = Symbol.for('undici.error.UND_ERR_BPL_MISSING_UPSTREAM');
	class BalancedPoolMissingUpstreamError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'MissingUpstreamError';
	    this.message = message || 'No upstream has been added to the BalancedPool';
	    this.code = 'UND_ERR_BPL_MISSING_UPSTREAM';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kBalancedPoolMissingUpstreamError] === true
	  }

	  get [kBalancedPoolMissingUpstreamError] () {
	    return true
	  }
	}

	const kHTTPParserError = Symbol.for('undici.error.UND_ERR_HTTP_PARSER');
	class HTTPParserError extends Error {
	  constructor (message, code, data) {
	    super(message);
	    this.name = 'HTTPParserError';
	    this.code = code ? `HPE_${code}` : undefined;
	    this.data = data ? data.toString() : undefined;
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kHTTPParserError] === true
	  }

	  get [kHTTPParserError] () {
	    return true
	  }
	}

	const kResponseExceededMaxSizeError = Symbol.for('undici.error.UND_ERR_RES_EXCEEDED_MAX_SIZE');
	class ResponseExceededMaxSizeError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'ResponseExceededMaxSizeError';
	    this.message = message || 'Response content exceeded max size';
	    this.code = 'UND_ERR_RES_EXCEEDED_MAX_SIZE';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kResponseExceededMaxSizeError] === true
	  }

	  get [kResponseExceededMaxSizeError] () {
	    return true
	  }
	}

	const kRequestRetryError = Symbol.for('undici.error.UND_ERR_REQ_RETRY');
	class RequestRetryError extends UndiciError {
	  constructor (message, code, { headers, data }) {
	    super(message);
	    this.name = 'RequestRetryError';
	    this.message = message || 'Request retry error';
	    this.code = 'UND_ERR_REQ_RETRY';
	    this.statusCode = code;
	    this.data = data;
	    this.headers = headers;
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kRequestRetryError] === true
	  }

	  get [kRequestRetryError] () {
	    return true
	  }
	}

	const kResponseError = Symbol.for('undici.error.UND_ERR_RESPONSE');
	class ResponseError extends UndiciError {
	  constructor (message, code, { headers, body }) {
	    super(message);
	    this.name = 'ResponseError';
	    this.message = message || 'Response error';
	    this.code = 'UND_ERR_RESPONSE';
	    this.statusCode = code;
	    this.body = body;
	    this.headers = headers;
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kResponseError] === true
	  }

	  get [kResponseError] () {
	    return true
	  }
	}

	const kSecureProxyConnectionError = Symbol.for('undici.error.UND_ERR_PRX_TLS');
	class SecureProxyConnectionError extends UndiciError {
	  constructor (cause, message, options = {}) {
	    super(message, { cause, ...options });
	    this.name = 'SecureProxyConnectionError';
	    this.message = message || 'Secure Proxy Connection failed';
	    this.code = 'UND_ERR_PRX_TLS';
	    this.cause = cause;
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kSecureProxyConnectionError] === true
	  }

	  get [kSecureProxyConnectionError] () {
	    return true
	  }
	}

	const kMaxOriginsReachedError = Symbol.for('undici.error.UND_ERR_MAX_ORIGINS_REACHED');
	class MaxOriginsReachedError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'MaxOriginsReachedError';
	    this.message = message || 'Maximum allowed origins reached';
	    this.code = 'UND_ERR_MAX_ORIGINS_REACHED';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kMaxOriginsReachedError] === true
	  }

	  get [kMaxOriginsReachedError] () {
	    return true
	  }
	}

	class Socks5ProxyError extends UndiciError {
	  constructor (message, code) {
	    super(message);
	    this.name = 'Socks5ProxyError';
	    this.message = message || 'SOCKS5 proxy error';
	    this.code = code || 'UND_ERR_SOCKS5';
	  }
	}

	const kMessageSizeExceededError = Symbol.for('undici.error.UND_ERR_WS_MESSAGE_SIZE_EXCEEDED');
	class MessageSizeExceededError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'MessageSizeExceededError';
	    this.message = message || 'Max decompressed message size exceeded';
	    this.code = 'UND_ERR_WS_MESSAGE_SIZE_EXCEEDED';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kMessageSizeExceededError] === true
	  }

	  get [kMessageSizeExceededError] () {
	    return true
	  }
	}

	errors = {
	  AbortError,
	  HTTPParserError,
	  UndiciError,
	  HeadersTimeoutError,
	  HeadersOverflowError,
	  BodyTimeoutError,
	  RequestContentLengthMismatchError,
	  ConnectTimeoutError,
	  InvalidArgumentError,
	  InvalidReturnValueError,
	  RequestAbortedError,
	  ClientDestroyedError,
	  ClientClosedError,
	  InformationalError,
	  SocketError,
	  NotSupportedError,
	  ResponseContentLengthMismatchError,
	  BalancedPoolMissingUpstreamError,
	  ResponseExceededMaxSizeError,
	  RequestRetryError,
	  ResponseError,
	  SecureProxyConnectionError,
	  MaxOriginsReachedError,
	  Socks5ProxyError,
	  MessageSizeExceededError
	};
	return errors;
}

var symbols;
var hasRequiredSymbols;

function requireSymbols () {
	if (hasRequiredSymbols) return symbols;
	hasRequiredSymbols = 1;

	symbols = {
	  kClose: Symbol('close'),
	  kDestroy: Symbol('destroy'),
	  kDispatch: Symbol('dispatch'),
	  kUrl: Symbol('url'),
	  kRedirectCacheControl: Symbol('redirect cache control'),
	  kWriting: Symbol('writing'),
	  kResuming: Symbol('resuming'),
	  kQueue: Symbol('queue'),
	  kConnect: Symbol('connect'),
	  kConnecting: Symbol('connecting'),
	  kKeepAliveDefaultTimeout: Symbol('default keep alive timeout'),
	  kKeepAliveMaxTimeout: Symbol('max keep alive timeout'),
	  kKeepAliveTimeoutThreshold: Symbol('keep alive timeout threshold'),
	  kKeepAliveTimeoutValue: Symbol('keep alive timeout'),
	  kKeepAlive: Symbol('keep alive'),
	  kHeadersTimeout: Symbol('headers timeout'),
	  kBodyTimeout: Symbol('body timeout'),
	  kServerName: Symbol('server name'),
	  kLocalAddress: Symbol('local address'),
	  kHost: Symbol('host'),
	  kNoRef: Symbol('no ref'),
	  kBodyUsed: Symbol('used'),
	  kBody: Symbol('abstracted request body'),
	  kRunning: Symbol('running'),
	  kBlocking: Symbol('blocking'),
	  kPending: Symbol('pending'),
	  kSize: Symbol('size'),
	  kBusy: Symbol('busy'),
	  kQueued: Symbol('queued'),
	  kFree: Symbol('free'),
	  kConnected: Symbol('connected'),
	  kClosed: Symbol('closed'),
	  kNeedDrain: Symbol('need drain'),
	  kReset: Symbol('reset'),
	  kDestroyed: Symbol.for('nodejs.stream.destroyed'),
	  kResume: Symbol('resume'),
	  kOnError: Symbol('on error'),
	  kMaxHeadersSize: Symbol('max headers size'),
	  kRunningIdx: Symbol('running index'),
	  kPendingIdx: Symbol('pending index'),
	  kError: Symbol('error'),
	  kClients: Symbol('clients'),
	  kClient: Symbol('client'),
	  kParser: Symbol('parser'),
	  kOnDestroyed: Symbol('destroy callbacks'),
	  kPipelining: Symbol('pipelining'),
	  kSocket: Symbol('socket'),
	  kHostHeader: Symbol('host header'),
	  kConnector: Symbol('connector'),
	  kStrictContentLength: Symbol('strict content length'),
	  kMaxRedirections: Symbol('maxRedirections'),
	  kMaxRequests: Symbol('maxRequestsPerClient'),
	  kProxy: Symbol('proxy agent options'),
	  kCounter: Symbol('socket request counter'),
	  kMaxResponseSize: Symbol('max response size'),
	  kHTTP2Session: Symbol('http2Session'),
	  kHTTP2SessionState: Symbol('http2Session state'),
	  kRetryHandlerDefaultRetry: Symbol('retry agent default retry'),
	  kConstruct: Symbol('constructable'),
	  kListeners: Symbol('listeners'),
	  kHTTPContext: Symbol('http context'),
	  kMaxConcurrentStreams: Symbol('max concurrent streams'),
	  kHTTP2InitialWindowSize: Symbol('http2 initial window size'),
	  kHTTP2ConnectionWindowSize: Symbol('http2 connection window size'),
	  kEnableConnectProtocol: Symbol('http2session connect protocol'),
	  kRemoteSettings: Symbol('http2session remote settings'),
	  kHTTP2Stream: Symbol('http2session client stream'),
	  kPingInterval: Symbol('ping interval'),
	  kNoProxyAgent: Symbol('no proxy agent'),
	  kHttpProxyAgent: Symbol('http proxy agent'),
	  kHttpsProxyAgent: Symbol('https proxy agent'),
	  kSocks5ProxyAgent: Symbol('socks5 proxy agent')
	};
	return symbols;
}

var wrapHandler;
var hasRequiredWrapHandler;

function requireWrapHandler () {
	if (hasRequiredWrapHandler) return wrapHandler;
	hasRequiredWrapHandler = 1;

	const { InvalidArgumentError } = requireErrors();

	wrapHandler = class WrapHandler {
	  #handler

	  constructor (handler) {
	    this.#handler = handler;
	  }

	  static wrap (handler) {
	    // TODO (fix): More checks...
	    return handler.onRequestStart ? handler : new WrapHandler(handler)
	  }

	  // Unwrap Interface

	  onConnect (abort, context) {
	    return this.#handler.onConnect?.(abort, context)
	  }

	  onResponseStarted () {
	    return this.#handler.onResponseStarted?.()
	  }

	  onHeaders (statusCode, rawHeaders, resume, statusMessage) {
	    return this.#handler.onHeaders?.(statusCode, rawHeaders, resume, statusMessage)
	  }

	  onUpgrade (statusCode, rawHeaders, socket) {
	    return this.#handler.onUpgrade?.(statusCode, rawHeaders, socket)
	  }

	  onData (data) {
	    return this.#handler.onData?.(data)
	  }

	  onComplete (trailers) {
	    return this.#handler.onComplete?.(trailers)
	  }

	  onError (err) {
	    if (!this.#handler.onError) {
	      throw err
	    }

	    return this.#handler.onError?.(err)
	  }

	  // Wrap Interface

	  onRequestStart (controller, context) {
	    this.#handler.onConnect?.((reason) => controller.abort(reason), context);
	  }

	  onRequestUpgrade (controller, statusCode, headers, socket) {
	    const rawHeaders = [];
	    for (const [key, val] of Object.entries(headers)) {
	      rawHeaders.push(Buffer.from(key, 'latin1'), toRawHeaderValue(val));
	    }

	    this.#handler.onUpgrade?.(statusCode, rawHeaders, socket);
	  }

	  onResponseStart (controller, statusCode, headers, statusMessage) {
	    const rawHeaders = [];
	    for (const [key, val] of Object.entries(headers)) {
	      rawHeaders.push(Buffer.from(key, 'latin1'), toRawHeaderValue(val));
	    }

	    if (this.#handler.onHeaders?.(statusCode, rawHeaders, () => controller.resume(), statusMessage) === false) {
	      controller.pause();
	    }
	  }

	  onResponseData (controller, data) {
	    if (this.#handler.onData?.(data) === false) {
	      controller.pause();
	    }
	  }

	  onResponseEnd (controller, trailers) {
	    const rawTrailers = [];
	    for (const [key, val] of Object.entries(trailers)) {
	      rawTrailers.push(Buffer.from(key, 'latin1'), toRawHeaderValue(val));
	    }

	    this.#handler.onComplete?.(rawTrailers);
	  }

	  onResponseError (controller, err) {
	    if (!this.#handler.onError) {
	      throw new InvalidArgumentError('invalid onError method')
	    }

	    this.#handler.onError?.(err);
	  }
	};

	function toRawHeaderValue (value) {
	  return Array.isArray(value)
	    ? value.map((item) => Buffer.from(item, 'latin1'))
	    : Buffer.from(value, 'latin1')
	}
	return wrapHandler;
}

var dispatcher;
var hasRequiredDispatcher;

function requireDispatcher () {
	if (hasRequiredDispatcher) return dispatcher;
	hasRequiredDispatcher = 1;
	const EventEmitter = require$$0;
	const WrapHandler = requireWrapHandler();

	const wrapInterceptor = (dispatch) => (opts, handler) => dispatch(opts, WrapHandler.wrap(handler));

	class Dispatcher extends EventEmitter {
	  dispatch () {
	    throw new Error('not implemented')
	  }

	  close () {
	    throw new Error('not implemented')
	  }

	  destroy () {
	    throw new Error('not implemented')
	  }

	  compose (...args) {
	    // So we handle [interceptor1, interceptor2] or interceptor1, interceptor2, ...
	    const interceptors = Array.isArray(args[0]) ? args[0] : args;
	    let dispatch = this.dispatch.bind(this);

	    for (const interceptor of interceptors) {
	      if (interceptor == null) {
	        continue
	      }

	      if (typeof interceptor !== 'function') {
	        throw new TypeError(`invalid interceptor, expected function received ${typeof interceptor}`)
	      }

	      dispatch = interceptor(dispatch);
	      dispatch = wrapInterceptor(dispatch);

	      if (dispatch == null || typeof dispatch !== 'function' || dispatch.length !== 2) {
	        throw new TypeError('invalid interceptor')
	      }
	    }

	    return new Proxy(this, {
	      get: (target, key) => key === 'dispatch' ? dispatch : target[key]
	    })
	  }
	}

	dispatcher = Dispatcher;
	return dispatcher;
}

var timers;
var hasRequiredTimers;

function requireTimers () {
	if (hasRequiredTimers) return timers;
	hasRequiredTimers = 1;

	/**
	 * This module offers an optimized timer implementation designed for scenarios
	 * where high precision is not critical.
	 *
	 * The timer achieves faster performance by using a low-resolution approach,
	 * with an accuracy target of within 500ms. This makes it particularly useful
	 * for timers with delays of 1 second or more, where exact timing is less
	 * crucial.
	 *
	 * It's important to note that Node.js timers are inherently imprecise, as
	 * delays can occur due to the event loop being blocked by other operations.
	 * Consequently, timers may trigger later than their scheduled time.
	 */

	/**
	 * The fastNow variable contains the internal fast timer clock value.
	 *
	 * @type {number}
	 */
	let fastNow = 0;

	/**
	 * RESOLUTION_MS represents the target resolution time in milliseconds.
	 *
	 * @type {number}
	 * @default 1000
	 */
	const RESOLUTION_MS = 1e3;

	/**
	 * TICK_MS defines the desired interval in milliseconds between each tick.
	 * The target value is set to half the resolution time, minus 1 ms, to account
	 * for potential event loop overhead.
	 *
	 * @type {number}
	 * @default 499
	 */
	const TICK_MS = (RESOLUTION_MS >> 1) - 1;

	/**
	 * fastNowTimeout is a Node.js timer used to manage and process
	 * the FastTimers stored in the `fastTimers` array.
	 *
	 * @type {NodeJS.Timeout}
	 */
	let fastNowTimeout;

	/**
	 * The kFastTimer symbol is used to identify FastTimer instances.
	 *
	 * @type {Symbol}
	 */
	const kFastTimer = Symbol('kFastTimer');

	/**
	 * The fastTimers array contains all active FastTimers.
	 *
	 * @type {FastTimer[]}
	 */
	const fastTimers = [];

	/**
	 * These constants represent the various states of a FastTimer.
	 */

	/**
	 * The `NOT_IN_LIST` constant indicates that the FastTimer is not included
	 * in the `fastTimers` array. Timers with this status will not be processed
	 * during the next tick by the `onTick` function.
	 *
	 * A FastTimer can be re-added to the `fastTimers` array by invoking the
	 * `refresh` method on the FastTimer instance.
	 *
	 * @type {-2}
	 */
	const NOT_IN_LIST = -2;

	/**
	 * The `TO_BE_CLEARED` constant indicates that the FastTimer is scheduled
	 * for removal from the `fastTimers` array. A FastTimer in this state will
	 * be removed in the next tick by the `onTick` function and will no longer
	 * be processed.
	 *
	 * This status is also set when the `clear` method is called on the FastTimer instance.
	 *
	 * @type {-1}
	 */
	const TO_BE_CLEARED = -1;

	/**
	 * The `PENDING` constant signifies that the FastTimer is awaiting processing
	 * in the next tick by the `onTick` function. Timers with this status will have
	 * their `_idleStart` value set and their status updated to `ACTIVE` in the next tick.
	 *
	 * @type {0}
	 */
	const PENDING = 0;

	/**
	 * The `ACTIVE` constant indicates that the FastTimer is active and waiting
	 * for its timer to expire. During the next tick, the `onTick` function will
	 * check if the timer has expired, and if so, it will execute the associated callback.
	 *
	 * @type {1}
	 */
	const ACTIVE = 1;

	/**
	 * The onTick function processes the fastTimers array.
	 *
	 * @returns {void}
	 */
	function onTick () {
	  /**
	   * Increment the fastNow value by the TICK_MS value, despite the actual time
	   * that has passed since the last tick. This approach ensures independence
	   * from the system clock and delays caused by a blocked event loop.
	   *
	   * @type {number}
	   */
	  fastNow += TICK_MS;

	  /**
	   * The `idx` variable is used to iterate over the `fastTimers` array.
	   * Expired timers are removed by replacing them with the last element in the array.
	   * Consequently, `idx` is only incremented when the current element is not removed.
	   *
	   * @type {number}
	   */
	  let idx = 0;

	  /**
	   * The len variable will contain the length of the fastTimers array
	   * and will be decremented when a FastTimer should be removed from the
	   * fastTimers array.
	   *
	   * @type {number}
	   */
	  let len = fastTimers.length;

	  while (idx < len) {
	    /**
	     * @type {FastTimer}
	     */
	    const timer = fastTimers[idx];

	    // If the timer is in the ACTIVE state and the timer has expired, it will
	    // be processed in the next tick.
	    if (timer._state === PENDING) {
	      // Set the _idleStart value to the fastNow value minus the TICK_MS value
	      // to account for the time the timer was in the PENDING state.
	      timer._idleStart = fastNow - TICK_MS;
	      timer._state = ACTIVE;
	    } else if (
	      timer._state === ACTIVE &&
	      fastNow >= timer._idleStart + timer._idleTimeout
	    ) {
	      timer._state = TO_BE_CLEARED;
	      timer._idleStart = -1;
	      timer._onTimeout(timer._timerArg);
	    }

	    if (timer._state === TO_BE_CLEARED) {
	      timer._state = NOT_IN_LIST;

	      // Move the last element to the current index and decrement len if it is
	      // not the only element in the array.
	      if (--len !== 0) {
	        fastTimers[idx] = fastTimers[len];
	      }
	    } else {
	      ++idx;
	    }
	  }

	  // Set the length of the fastTimers array to the new length and thus
	  // removing the excess FastTimers elements from the array.
	  fastTimers.length = len;

	  // If there are still active FastTimers in the array, refresh the Timer.
	  // If there are no active FastTimers, the timer will be refreshed again
	  // when a new FastTimer is instantiated.
	  if (fastTimers.length !== 0) {
	    refreshTimeout();
	  }
	}

	function refreshTimeout () {
	  // If the fastNowTimeout is already set and the Timer has the refresh()-
	  // method available, call it to refresh the timer.
	  // Some timer objects returned by setTimeout may not have a .refresh()
	  // method (e.g. mocked timers in tests).
	  if (fastNowTimeout?.refresh) {
	    fastNowTimeout.refresh();
	    // fastNowTimeout is not instantiated yet or refresh is not availabe,
	    // create a new Timer.
	  } else {
	    clearTimeout(fastNowTimeout);
	    fastNowTimeout = setTimeout(onTick, TICK_MS);
	    // If the Timer has an unref method, call it to allow the process to exit,
	    // if there are no other active handles. When using fake timers or mocked
	    // environments (like Jest), .unref() may not be defined,
	    fastNowTimeout?.unref();
	  }
	}

	/**
	 * The `FastTimer` class is a data structure designed to store and manage
	 * timer information.
	 */
	class FastTimer {
	  [kFastTimer] = true

	  /**
	   * The state of the timer, which can be one of the following:
	   * - NOT_IN_LIST (-2)
	   * - TO_BE_CLEARED (-1)
	   * - PENDING (0)
	   * - ACTIVE (1)
	   *
	   * @type {-2|-1|0|1}
	   * @private
	   */
	  _state = NOT_IN_LIST

	  /**
	   * The number of milliseconds to wait before calling the callback.
	   *
	   * @type {number}
	   * @private
	   */
	  _idleTimeout = -1

	  /**
	   * The time in milliseconds when the timer was started. This value is used to
	   * calculate when the timer should expire.
	   *
	   * @type {number}
	   * @default -1
	   * @private
	   */
	  _idleStart = -1

	  /**
	   * The function to be executed when the timer expires.
	   * @type {Function}
	   * @private
	   */
	  _onTimeout

	  /**
	   * The argument to be passed to the callback when the timer expires.
	   *
	   * @type {*}
	   * @private
	   */
	  _timerArg

	  /**
	   * @constructor
	   * @param {Function} callback A function to be executed after the timer
	   * expires.
	   * @param {number} delay The time, in milliseconds that the timer should wait
	   * before the specified function or code is executed.
	   * @param {*} arg
	   */
	  constructor (callback, delay, arg) {
	    this._onTimeout = callback;
	    this._idleTimeout = delay;
	    this._timerArg = arg;

	    this.refresh();
	  }

	  /**
	   * Sets the timer's start time to the current time, and reschedules the timer
	   * to call its callback at the previously specified duration adjusted to the
	   * current time.
	   * Using this on a timer that has already called its callback will reactivate
	   * the timer.
	   *
	   * @returns {void}
	   */
	  refresh () {
	    // In the special case that the timer is not in the list of active timers,
	    // add it back to the array to be processed in the next tick by the onTick
	    // function.
	    if (this._state === NOT_IN_LIST) {
	      fastTimers.push(this);
	    }

	    // If the timer is the only active timer, refresh the fastNowTimeout for
	    // better resolution.
	    if (!fastNowTimeout || fastTimers.length === 1) {
	      refreshTimeout();
	    }

	    // Setting the state to PENDING will cause the timer to be reset in the
	    // next tick by the onTick function.
	    this._state = PENDING;
	  }

	  /**
	   * The `clear` method cancels the timer, preventing it from executing.
	   *
	   * @returns {void}
	   * @private
	   */
	  clear () {
	    // Set the state to TO_BE_CLEARED to mark the timer for removal in the next
	    // tick by the onTick function.
	    this._state = TO_BE_CLEARED;

	    // Reset the _idleStart value to -1 to indicate that the timer is no longer
	    // active.
	    this._idleStart = -1;
	  }
	}

	/**
	 * This module exports a setTimeout and clearTimeout function that can be
	 * used as a drop-in replacement for the native functions.
	 */
	timers = {
	  /**
	   * The setTimeout() method sets a timer which executes a function once the
	   * timer expires.
	   * @param {Function} callback A function to be executed after the timer
	   * expires.
	   * @param {number} delay The time, in milliseconds that the timer should
	   * wait before the specified function or code is executed.
	   * @param {*} [arg] An optional argument to be passed to the callback function
	   * when the timer expires.
	   * @returns {NodeJS.Timeout|FastTimer}
	   */
	  setTimeout (callback, delay, arg) {
	    // If the delay is less than or equal to the RESOLUTION_MS value return a
	    // native Node.js Timer instance.
	    return delay <= RESOLUTION_MS
	      ? setTimeout(callback, delay, arg)
	      : new FastTimer(callback, delay, arg)
	  },
	  /**
	   * The clearTimeout method cancels an instantiated Timer previously created
	   * by calling setTimeout.
	   *
	   * @param {NodeJS.Timeout|FastTimer} timeout
	   */
	  clearTimeout (timeout) {
	    // If the timeout is a FastTimer, call its own clear method.
	    if (timeout[kFastTimer]) {
	      /**
	       * @type {FastTimer}
	       */
	      timeout.clear();
	      // Otherwise it is an instance of a native NodeJS.Timeout, so call the
	      // Node.js native clearTimeout function.
	    } else {
	      clearTimeout(timeout);
	    }
	  },
	  /**
	   * The setFastTimeout() method sets a fastTimer which executes a function once
	   * the timer expires.
	   * @param {Function} callback A function to be executed after the timer
	   * expires.
	   * @param {number} delay The time, in milliseconds that the timer should
	   * wait before the specified function or code is executed.
	   * @param {*} [arg] An optional argument to be passed to the callback function
	   * when the timer expires.
	   * @returns {FastTimer}
	   */
	  setFastTimeout (callback, delay, arg) {
	    return new FastTimer(callback, delay, arg)
	  },
	  /**
	   * The clearTimeout method cancels an instantiated FastTimer previously
	   * created by calling setFastTimeout.
	   *
	   * @param {FastTimer} timeout
	   */
	  clearFastTimeout (timeout) {
	    timeout.clear();
	  },
	  /**
	   * The now method returns the value of the internal fast timer clock.
	   *
	   * @returns {number}
	   */
	  now () {
	    return fastNow
	  },
	  /**
	   * Trigger the onTick function to process the fastTimers array.
	   * Exported for testing purposes only.
	   * Marking as deprecated to discourage any use outside of testing.
	   * @deprecated
	   * @param {number} [delay=0] The delay in milliseconds to add to the now value.
	   */
	  tick (delay = 0) {
	    fastNow += delay - RESOLUTION_MS + 1;
	    onTick();
	    onTick();
	  },
	  /**
	   * Reset FastTimers.
	   * Exported for testing purposes only.
	   * Marking as deprecated to discourage any use outside of testing.
	   * @deprecated
	   */
	  reset () {
	    fastNow = 0;
	    fastTimers.length = 0;
	    clearTimeout(fastNowTimeout);
	    fastNowTimeout = null;
	  },
	  /**
	   * Exporting for testing purposes only.
	   * Marking as deprecated to discourage any use outside of testing.
	   * @deprecated
	   */
	  kFastTimer
	};
	return timers;
}

var constants$2;
var hasRequiredConstants$2;

function requireConstants$2 () {
	if (hasRequiredConstants$2) return constants$2;
	hasRequiredConstants$2 = 1;

	/**
	 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers
	 */
	const wellknownHeaderNames = /** @type {const} */ ([
	  'Accept',
	  'Accept-Encoding',
	  'Accept-Language',
	  'Accept-Ranges',
	  'Access-Control-Allow-Credentials',
	  'Access-Control-Allow-Headers',
	  'Access-Control-Allow-Methods',
	  'Access-Control-Allow-Origin',
	  'Access-Control-Expose-Headers',
	  'Access-Control-Max-Age',
	  'Access-Control-Request-Headers',
	  'Access-Control-Request-Method',
	  'Age',
	  'Allow',
	  'Alt-Svc',
	  'Alt-Used',
	  'Authorization',
	  'Cache-Control',
	  'Clear-Site-Data',
	  'Connection',
	  'Content-Disposition',
	  'Content-Encoding',
	  'Content-Language',
	  'Content-Length',
	  'Content-Location',
	  'Content-Range',
	  'Content-Security-Policy',
	  'Content-Security-Policy-Report-Only',
	  'Content-Type',
	  'Cookie',
	  'Cross-Origin-Embedder-Policy',
	  'Cross-Origin-Opener-Policy',
	  'Cross-Origin-Resource-Policy',
	  'Date',
	  'Device-Memory',
	  'Downlink',
	  'ECT',
	  'ETag',
	  'Expect',
	  'Expect-CT',
	  'Expires',
	  'Forwarded',
	  'From',
	  'Host',
	  'If-Match',
	  'If-Modified-Since',
	  'If-None-Match',
	  'If-Range',
	  'If-Unmodified-Since',
	  'Keep-Alive',
	  'Last-Modified',
	  'Link',
	  'Location',
	  'Max-Forwards',
	  'Origin',
	  'Permissions-Policy',
	  'Pragma',
	  'Proxy-Authenticate',
	  'Proxy-Authorization',
	  'RTT',
	  'Range',
	  'Referer',
	  'Referrer-Policy',
	  'Refresh',
	  'Retry-After',
	  'Sec-WebSocket-Accept',
	  'Sec-WebSocket-Extensions',
	  'Sec-WebSocket-Key',
	  'Sec-WebSocket-Protocol',
	  'Sec-WebSocket-Version',
	  'Server',
	  'Server-Timing',
	  'Service-Worker-Allowed',
	  'Service-Worker-Navigation-Preload',
	  'Set-Cookie',
	  'SourceMap',
	  'Strict-Transport-Security',
	  'Supports-Loading-Mode',
	  'TE',
	  'Timing-Allow-Origin',
	  'Trailer',
	  'Transfer-Encoding',
	  'Upgrade',
	  'Upgrade-Insecure-Requests',
	  'User-Agent',
	  'Vary',
	  'Via',
	  'WWW-Authenticate',
	  'X-Content-Type-Options',
	  'X-DNS-Prefetch-Control',
	  'X-Frame-Options',
	  'X-Permitted-Cross-Domain-Policies',
	  'X-Powered-By',
	  'X-Requested-With',
	  'X-XSS-Protection'
	]);

	/** @type {Record<typeof wellknownHeaderNames[number]|Lowercase<typeof wellknownHeaderNames[number]>, string>} */
	const headerNameLowerCasedRecord = {};

	// Note: object prototypes should not be able to be referenced. e.g. `Object#hasOwnProperty`.
	Object.setPrototypeOf(headerNameLowerCasedRecord, null);

	/**
	 * @type {Record<Lowercase<typeof wellknownHeaderNames[number]>, Buffer>}
	 */
	const wellknownHeaderNameBuffers = {};

	// Note: object prototypes should not be able to be referenced. e.g. `Object#hasOwnProperty`.
	Object.setPrototypeOf(wellknownHeaderNameBuffers, null);

	/**
	 * @param {string} header Lowercased header
	 * @returns {Buffer}
	 */
	function getHeaderNameAsBuffer (header) {
	  let buffer = wellknownHeaderNameBuffers[header];

	  if (buffer === undefined) {
	    buffer = Buffer.from(header);
	  }

	  return buffer
	}

	for (let i = 0; i < wellknownHeaderNames.length; ++i) {
	  const key = wellknownHeaderNames[i];
	  const lowerCasedKey = key.toLowerCase();
	  headerNameLowerCasedRecord[key] = headerNameLowerCasedRecord[lowerCasedKey] =
	    lowerCasedKey;
	}

	constants$2 = {
	  wellknownHeaderNames,
	  headerNameLowerCasedRecord,
	  getHeaderNameAsBuffer
	};
	return constants$2;
}

var tree_1;
var hasRequiredTree;

function requireTree () {
	if (hasRequiredTree) return tree_1;
	hasRequiredTree = 1;

	const {
	  wellknownHeaderNames,
	  headerNameLowerCasedRecord
	} = requireConstants$2();

	class TstNode {
	  /** @type {any} */
	  value = null
	  /** @type {null | TstNode} */
	  left = null
	  /** @type {null | TstNode} */
	  middle = null
	  /** @type {null | TstNode} */
	  right = null
	  /** @type {number} */
	  code
	  /**
	   * @param {string} key
	   * @param {any} value
	   * @param {number} index
	   */
	  constructor (key, value, index) {
	    if (index === undefined || index >= key.length) {
	      throw new TypeError('Unreachable')
	    }
	    const code = this.code = key.charCodeAt(index);
	    // check code is ascii string
	    if (code > 0x7F) {
	      throw new TypeError('key must be ascii string')
	    }
	    if (key.length !== ++index) {
	      this.middle = new TstNode(key, value, index);
	    } else {
	      this.value = value;
	    }
	  }

	  /**
	   * @param {string} key
	   * @param {any} value
	   * @returns {void}
	   */
	  add (key, value) {
	    const length = key.length;
	    if (length === 0) {
	      throw new TypeError('Unreachable')
	    }
	    let index = 0;
	    /**
	     * @type {TstNode}
	     */
	    let node = this;
	    while (true) {
	      const code = key.charCodeAt(index);
	      // check code is ascii string
	      if (code > 0x7F) {
	        throw new TypeError('key must be ascii string')
	      }
	      if (node.code === code) {
	        if (length === ++index) {
	          node.value = value;
	          break
	        } else if (node.middle !== null) {
	          node = node.middle;
	        } else {
	          node.middle = new TstNode(key, value, index);
	          break
	        }
	      } else if (node.code < code) {
	        if (node.left !== null) {
	          node = node.left;
	        } else {
	          node.left = new TstNode(key, value, index);
	          break
	        }
	      } else if (node.right !== null) {
	        node = node.right;
	      } else {
	        node.right = new TstNode(key, value, index);
	        break
	      }
	    }
	  }

	  /**
	   * @param {Uint8Array} key
	   * @returns {TstNode | null}
	   */
	  search (key) {
	    const keylength = key.length;
	    let index = 0;
	    /**
	     * @type {TstNode|null}
	     */
	    let node = this;
	    while (node !== null && index < keylength) {
	      let code = key[index];
	      // A-Z
	      // First check if it is bigger than 0x5a.
	      // Lowercase letters have higher char codes than uppercase ones.
	      // Also we assume that headers will mostly contain lowercase characters.
	      if (code <= 0x5a && code >= 0x41) {
	        // Lowercase for uppercase.
	        code |= 32;
	      }
	      while (node !== null) {
	        if (code === node.code) {
	          if (keylength === ++index) {
	            // Returns Node since it is the last key.
	            return node
	          }
	          node = node.middle;
	          break
	        }
	        node = node.code < code ? node.left : node.right;
	      }
	    }
	    return null
	  }
	}

	class TernarySearchTree {
	  /** @type {TstNode | null} */
	  node = null

	  /**
	   * @param {string} key
	   * @param {any} value
	   * @returns {void}
	   * */
	  insert (key, value) {
	    if (this.node === null) {
	      this.node = new TstNode(key, value, 0);
	    } else {
	      this.node.add(key, value);
	    }
	  }

	  /**
	   * @param {Uint8Array} key
	   * @returns {any}
	   */
	  lookup (key) {
	    return this.node?.search(key)?.value ?? null
	  }
	}

	const tree = new TernarySearchTree();

	for (let i = 0; i < wellknownHeaderNames.length; ++i) {
	  const key = headerNameLowerCasedRecord[wellknownHeaderNames[i]];
	  tree.insert(key, key);
	}

	tree_1 = {
	  TernarySearchTree,
	  tree
	};
	return tree_1;
}

var util$1;
var hasRequiredUtil$1;

function requireUtil$1 () {
	if (hasRequiredUtil$1) return util$1;
	hasRequiredUtil$1 = 1;

	const assert = require$$0$1;
	const { kDestroyed, kBodyUsed, kListeners, kBody } = requireSymbols();
	const { IncomingMessage } = require$$2;
	const stream = require$$1;
	const net = require$$1$1;
	const { stringify } = require$$5;
	const { EventEmitter: EE } = require$$0;
	const timers = requireTimers();
	const { InvalidArgumentError, ConnectTimeoutError } = requireErrors();
	const { headerNameLowerCasedRecord } = requireConstants$2();
	const { tree } = requireTree();

	const [nodeMajor, nodeMinor] = process.versions.node.split('.', 2).map(v => Number(v));

	class BodyAsyncIterable {
	  constructor (body) {
	    this[kBody] = body;
	    this[kBodyUsed] = false;
	  }

	  async * [Symbol.asyncIterator] () {
	    assert(!this[kBodyUsed], 'disturbed');
	    this[kBodyUsed] = true;
	    yield * this[kBody];
	  }
	}

	function noop () {}

	/**
	 * @param {*} body
	 * @returns {*}
	 */
	function wrapRequestBody (body) {
	  if (isStream(body)) {
	    // TODO (fix): Provide some way for the user to cache the file to e.g. /tmp
	    // so that it can be dispatched again?
	    // TODO (fix): Do we need 100-expect support to provide a way to do this properly?
	    if (bodyLength(body) === 0) {
	      body
	        .on('data', function () {
	          assert(false);
	        });
	    }

	    if (typeof body.readableDidRead !== 'boolean') {
	      body[kBodyUsed] = false;
	      EE.prototype.on.call(body, 'data', function () {
	        this[kBodyUsed] = true;
	      });
	    }

	    return body
	  } else if (body && typeof body.pipeTo === 'function') {
	    // TODO (fix): We can't access ReadableStream internal state
	    // to determine whether or not it has been disturbed. This is just
	    // a workaround.
	    return new BodyAsyncIterable(body)
	  } else if (body && isFormDataLike(body)) {
	    return body
	  } else if (
	    body &&
	    typeof body !== 'string' &&
	    !ArrayBuffer.isView(body) &&
	    isIterable(body)
	  ) {
	    // TODO: Should we allow re-using iterable if !this.opts.idempotent
	    // or through some other flag?
	    return new BodyAsyncIterable(body)
	  } else {
	    return body
	  }
	}

	/**
	 * @param {*} obj
	 * @returns {obj is import('node:stream').Stream}
	 */
	function isStream (obj) {
	  return obj && typeof obj === 'object' && typeof obj.pipe === 'function' && typeof obj.on === 'function'
	}

	/**
	 * @param {*} object
	 * @returns {object is Blob}
	 * based on https://github.com/node-fetch/fetch-blob/blob/8ab587d34080de94140b54f07168451e7d0b655e/index.js#L229-L241 (MIT License)
	 */
	function isBlobLike (object) {
	  if (object === null) {
	    return false
	  } else if (object instanceof Blob) {
	    return true
	  } else if (typeof object !== 'object') {
	    return false
	  } else {
	    const sTag = object[Symbol.toStringTag];

	    return (sTag === 'Blob' || sTag === 'File') && (
	      ('stream' in object && typeof object.stream === 'function') ||
	      ('arrayBuffer' in object && typeof object.arrayBuffer === 'function')
	    )
	  }
	}

	/**
	 * @param {string} url The path to check for query strings or fragments.
	 * @returns {boolean} Returns true if the path contains a query string or fragment.
	 */
	function pathHasQueryOrFragment (url) {
	  return (
	    url.includes('?') ||
	    url.includes('#')
	  )
	}

	/**
	 * @param {string} url The URL to add the query params to
	 * @param {import('node:querystring').ParsedUrlQueryInput} queryParams The object to serialize into a URL query string
	 * @returns {string} The URL with the query params added
	 */
	function serializePathWithQuery (url, queryParams) {
	  if (pathHasQueryOrFragment(url)) {
	    throw new Error('Query params cannot be passed when url already contains "?" or "#".')
	  }

	  const stringified = stringify(queryParams);

	  if (stringified) {
	    url += '?' + stringified;
	  }

	  return url
	}

	/**
	 * @param {number|string|undefined} port
	 * @returns {boolean}
	 */
	function isValidPort (port) {
	  const value = parseInt(port, 10);
	  return (
	    value === Number(port) &&
	    value >= 0 &&
	    value <= 65535
	  )
	}

	/**
	 * Check if the value is a valid http or https prefixed string.
	 *
	 * @param {string} value
	 * @returns {boolean}
	 */
	function isHttpOrHttpsPrefixed (value) {
	  return (
	    value != null &&
	    value[0] === 'h' &&
	    value[1] === 't' &&
	    value[2] === 't' &&
	    value[3] === 'p' &&
	    (
	      value[4] === ':' ||
	      (
	        value[4] === 's' &&
	        value[5] === ':'
	      )
	    )
	  )
	}

	/**
	 * @param {string|URL|Record<string,string>} url
	 * @returns {URL}
	 */
	function parseURL (url) {
	  if (typeof url === 'string') {
	    /**
	     * @type {URL}
	     */
	    url = new URL(url);

	    if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
	      throw new InvalidArgumentError('Invalid URL protocol: the URL must start with `http:` or `https:`.')
	    }

	    return url
	  }

	  if (!url || typeof url !== 'object') {
	    throw new InvalidArgumentError('Invalid URL: The URL argument must be a non-null object.')
	  }

	  if (!(url instanceof URL)) {
	    if (url.port != null && url.port !== '' && isValidPort(url.port) === false) {
	      throw new InvalidArgumentError('Invalid URL: port must be a valid integer or a string representation of an integer.')
	    }

	    if (url.path != null && typeof url.path !== 'string') {
	      throw new InvalidArgumentError('Invalid URL path: the path must be a string or null/undefined.')
	    }

	    if (url.pathname != null && typeof url.pathname !== 'string') {
	      throw new InvalidArgumentError('Invalid URL pathname: the pathname must be a string or null/undefined.')
	    }

	    if (url.hostname != null && typeof url.hostname !== 'string') {
	      throw new InvalidArgumentError('Invalid URL hostname: the hostname must be a string or null/undefined.')
	    }

	    if (url.origin != null && typeof url.origin !== 'string') {
	      throw new InvalidArgumentError('Invalid URL origin: the origin must be a string or null/undefined.')
	    }

	    if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
	      throw new InvalidArgumentError('Invalid URL protocol: the URL must start with `http:` or `https:`.')
	    }

	    const port = url.port != null
	      ? url.port
	      : (url.protocol === 'https:' ? 443 : 80);
	    let origin = url.origin != null
	      ? url.origin
	      : `${url.protocol || ''}//${url.hostname || ''}:${port}`;
	    let path = url.path != null
	      ? url.path
	      : `${url.pathname || ''}${url.search || ''}`;

	    if (origin[origin.length - 1] === '/') {
	      origin = origin.slice(0, origin.length - 1);
	    }

	    if (path && path[0] !== '/') {
	      path = `/${path}`;
	    }
	    // new URL(path, origin) is unsafe when `path` contains an absolute URL
	    // From https://developer.mozilla.org/en-US/docs/Web/API/URL/URL:
	    // If first parameter is a relative URL, second param is required, and will be used as the base URL.
	    // If first parameter is an absolute URL, a given second param will be ignored.
	    return new URL(`${origin}${path}`)
	  }

	  if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
	    throw new InvalidArgumentError('Invalid URL protocol: the URL must start with `http:` or `https:`.')
	  }

	  return url
	}

	/**
	 * @param {string|URL|Record<string, string>} url
	 * @returns {URL}
	 */
	function parseOrigin (url) {
	  url = parseURL(url);

	  if (url.pathname !== '/' || url.search || url.hash) {
	    throw new InvalidArgumentError('invalid url')
	  }

	  return url
	}

	/**
	 * @param {string} host
	 * @returns {string}
	 */
	function getHostname (host) {
	  if (host[0] === '[') {
	    const idx = host.indexOf(']');

	    assert(idx !== -1);
	    return host.substring(1, idx)
	  }

	  const idx = host.indexOf(':');
	  if (idx === -1) return host

	  return host.substring(0, idx)
	}

	/**
	 * IP addresses are not valid server names per RFC6066
	 * Currently, the only server names supported are DNS hostnames
	 * @param {string|null} host
	 * @returns {string|null}
	 */
	function getServerName (host) {
	  if (!host) {
	    return null
	  }

	  assert(typeof host === 'string');

	  const servername = getHostname(host);
	  if (net.isIP(servername)) {
	    return ''
	  }

	  return servername
	}

	/**
	 * @function
	 * @template T
	 * @param {T} obj
	 * @returns {T}
	 */
	function deepClone (obj) {
	  return JSON.parse(JSON.stringify(obj))
	}

	/**
	 * @param {*} obj
	 * @returns {obj is AsyncIterable}
	 */
	function isAsyncIterable (obj) {
	  return !!(obj != null && typeof obj[Symbol.asyncIterator] === 'function')
	}

	/**
	 * @param {*} obj
	 * @returns {obj is Iterable}
	 */
	function isIterable (obj) {
	  return !!(obj != null && (typeof obj[Symbol.iterator] === 'function' || typeof obj[Symbol.asyncIterator] === 'function'))
	}

	/**
	 * Checks whether an object has a safe Symbol.iterator \u2014 i.e. one that is
	 * either own or inherited from a non-Object.prototype chain.  This prevents
	 * prototype-pollution attacks from injecting a fake iterator on
	 * Object.prototype.
	 * @param {object} obj
	 * @returns {boolean}
	 */
	function hasSafeIterator (obj) {
	  const prototype = Object.getPrototypeOf(obj);
	  const ownIterator = Object.prototype.hasOwnProperty.call(obj, Symbol.iterator);
	  return ownIterator || (prototype != null && prototype !== Object.prototype && typeof obj[Symbol.iterator] === 'function')
	}

	/**
	 * @param {Blob|Buffer|import ('stream').Stream} body
	 * @returns {number|null}
	 */
	function bodyLength (body) {
	  if (body == null) {
	    return 0
	  } else if (isStream(body)) {
	    const state = body._readableState;
	    return state && state.objectMode === false && state.ended === true && Number.isFinite(state.length)
	      ? state.length
	      : null
	  } else if (isBlobLike(body)) {
	    return body.size != null ? body.size : null
	  } else if (isBuffer(body)) {
	    return body.byteLength
	  }

	  return null
	}

	/**
	 * @param {import ('stream').Stream} body
	 * @returns {boolean}
	 */
	function isDestroyed (body) {
	  return body && !!(body.destroyed || body[kDestroyed] || (stream.isDestroyed?.(body)))
	}

	/**
	 * @param {import ('stream').Stream} stream
	 * @param {Error} [err]
	 * @returns {void}
	 */
	function destroy (stream, err) {
	  if (stream == null || !isStream(stream) || isDestroyed(stream)) {
	    return
	  }

	  if (typeof stream.destroy === 'function') {
	    if (Object.getPrototypeOf(stream).constructor === IncomingMessage) {
	      // See: https://github.com/nodejs/node/pull/38505/files
	      stream.socket = null;
	    }

	    stream.destroy(err);
	  } else if (err) {
	    queueMicrotask(() => {
	      stream.emit('error', err);
	    });
	  }

	  if (stream.destroyed !== true) {
	    stream[kDestroyed] = true;
	  }
	}

	const KEEPALIVE_TIMEOUT_EXPR = /timeout=(\d+)/;
	/**
	 * @param {string} val
	 * @returns {number | null}
	 */
	function parseKeepAliveTimeout (val) {
	  const m = val.match(KEEPALIVE_TIMEOUT_EXPR);
	  return m ? parseInt(m[1], 10) * 1000 : null
	}

	/**
	 * Retrieves a header name and returns its lowercase value.
	 * @param {string | Buffer} value Header name
	 * @returns {string}
	 */
	function headerNameToString (value) {
	  return typeof value === 'string'
	    ? headerNameLowerCasedRecord[value] ?? value.toLowerCase()
	    : tree.lookup(value) ?? value.toString('latin1').toLowerCase()
	}

	/**
	 * Receive the buffer as a string and return its lowercase value.
	 * @param {Buffer} value Header name
	 * @returns {string}
	 */
	function bufferToLowerCasedHeaderName (value) {
	  return tree.lookup(value) ?? value.toString('latin1').toLowerCase()
	}

	/**
	 * @param {(Buffer | string)[]} headers
	 * @param {Record<string, string | string[]>} [obj]
	 * @returns {Record<string, string | string[]>}
	 */
	function parseHeaders (headers, obj) {
	  if (obj === undefined) obj = {};

	  for (let i = 0; i < headers.length; i += 2) {
	    const key = headerNameToString(headers[i]);
	    let val = obj[key];

	    if (val !== undefined) {
	      if (!Object.hasOwn(obj, key)) {
	        const headersValue = typeof headers[i + 1] === 'string'
	          ? headers[i + 1]
	          : Array.isArray(headers[i + 1])
	            ? headers[i + 1].map(x => x.toString('latin1'))
	            : headers[i + 1].toString('latin1');

	        if (key === '__proto__') {
	          Object.defineProperty(obj, key, {
	            value: headersValue,
	            enumerable: true,
	            configurable: true,
	            writable: true
	          });
	        } else {
	          obj[key] = headersValue;
	        }
	      } else {
	        if (typeof val === 'string') {
	          val = [val];
	          obj[key] = val;
	        }
	        val.push(headers[i + 1].toString('latin1'));
	      }
	    } else {
	      const headersValue = typeof headers[i + 1] === 'string'
	        ? headers[i + 1]
	        : Array.isArray(headers[i + 1])
	          ? headers[i + 1].map(x => x.toString('latin1'))
	          : headers[i + 1].toString('latin1');

	      obj[key] = headersValue;
	    }
	  }

	  return obj
	}

	/**
	 * @param {Buffer[]} headers
	 * @returns {string[]}
	 */
	function parseRawHeaders (headers) {
	  const headersLength = headers.length;
	  /**
	   * @type {string[]}
	   */
	  const ret = new Array(headersLength);

	  let key;
	  let val;

	  for (let n = 0; n < headersLength; n += 2) {
	    key = headers[n];
	    val = headers[n + 1];

	    typeof key !== 'string' && (key = key.toString());
	    typeof val !== 'string' && (val = val.toString('latin1'));

	    ret[n] = key;
	    ret[n + 1] = val;
	  }

	  return ret
	}

	/**
	 * @param {Record<string, string | string[]>} headers
	 * @returns {Buffer[]}
	 */
	function toRawHeaders (headers) {
	  const rawHeaders = [];

	  for (const [name, value] of Object.entries(headers)) {
	    if (Array.isArray(value)) {
	      for (const entry of value) {
	        rawHeaders.push(Buffer.from(name, 'latin1'), Buffer.from(`${entry}`, 'latin1'));
	      }
	    } else {
	      rawHeaders.push(Buffer.from(name, 'latin1'), Buffer.from(`${value}`, 'latin1'));
	    }
	  }

	  return rawHeaders
	}

	/**
	 * @param {string[]} headers
	 * @param {Buffer[]} headers
	 */
	function encodeRawHeaders (headers) {
	  if (!Array.isArray(headers)) {
	    throw new TypeError('expected headers to be an array')
	  }
	  return headers.map(x => Buffer.from(x))
	}

	/**
	 * @param {*} buffer
	 * @returns {buffer is Buffer}
	 */
	function isBuffer (buffer) {
	  // See, https://github.com/mcollina/undici/pull/319
	  return buffer instanceof Uint8Array || Buffer.isBuffer(buffer)
	}

	/**
	 * Asserts that the handler object is a request handler.
	 *
	 * @param {object} handler
	 * @param {string} method
	 * @param {string} [upgrade]
	 * @returns {asserts handler is import('../api/api-request').RequestHandler}
	 */
	function assertRequestHandler (handler, method, upgrade) {
	  if (!handler || typeof handler !== 'object') {
	    throw new InvalidArgumentError('handler must be an object')
	  }

	  if (typeof handler.onRequestStart === 'function') {
	    // TODO (fix): More checks...
	    return
	  }

	  if (typeof handler.onConnect !== 'function') {
	    throw new InvalidArgumentError('invalid onConnect method')
	  }

	  if (typeof handler.onError !== 'function') {
	    throw new InvalidArgumentError('invalid onError method')
	  }

	  if (typeof handler.onBodySent !== 'function' && handler.onBodySent !== undefined) {
	    throw new InvalidArgumentError('invalid onBodySent method')
	  }

	  if (upgrade || method === 'CONNECT') {
	    if (typeof handler.onUpgrade !== 'function') {
	      throw new InvalidArgumentError('invalid onUpgrade method')
	    }
	  } else {
	    if (typeof handler.onHeaders !== 'function') {
	      throw new InvalidArgumentError('invalid onHeaders method')
	    }

	    if (typeof handler.onData !== 'function') {
	      throw new InvalidArgumentError('invalid onData method')
	    }

	    if (typeof handler.onComplete !== 'function') {
	      throw new InvalidArgumentError('invalid onComplete method')
	    }
	  }
	}

	/**
	 * A body is disturbed if it has been read from and it cannot be re-used without
	 * losing state or data.
	 * @param {import('node:stream').Readable} body
	 * @returns {boolean}
	 */
	function isDisturbed (body) {
	  // TODO (fix): Why is body[kBodyUsed] needed?
	  return !!(body && (stream.isDisturbed(body) || body[kBodyUsed]))
	}

	/**
	 * @typedef {object} SocketInfo
	 * @property {string} [localAddress]
	 * @property {number} [localPort]
	 * @property {string} [remoteAddress]
	 * @property {number} [remotePort]
	 * @property {string} [remoteFamily]
	 * @property {number} [timeout]
	 * @property {number} bytesWritten
	 * @property {number} bytesRead
	 */

	/**
	 * @param {import('net').Socket} socket
	 * @returns {SocketInfo}
	 */
	function getSocketInfo (socket) {
	  return {
	    localAddress: socket.localAddress,
	    localPort: socket.localPort,
	    remoteAddress: socket.remoteAddress,
	    remotePort: socket.remotePort,
	    remoteFamily: socket.remoteFamily,
	    timeout: socket.timeout,
	    bytesWritten: socket.bytesWritten,
	    bytesRead: socket.bytesRead
	  }
	}

	/**
	 * @param {Iterable} iterable
	 * @returns {ReadableStream}
	 */
	function ReadableStreamFrom (iterable) {
	  // We cannot use ReadableStream.from here because it does not return a byte stream.

	  let iterator;
	  return new ReadableStream(
	    {
	      start () {
	        iterator = iterable[Symbol.asyncIterator]();
	      },
	      pull (controller) {
	        return iterator.next().then(({ done, value }) => {
	          if (done) {
	            return queueMicrotask(() => {
	              controller.close();
	              controller.byobRequest?.respond(0);
	            })
	          } else {
	            const buf = Buffer.isBuffer(value) ? value : Buffer.from(value);
	            if (buf.byteLength) {
	              return controller.enqueue(new Uint8Array(buf))
	            } else {
	              return this.pull(controller)
	            }
	          }
	        })
	      },
	      cancel () {
	        return iterator.return()
	      },
	      type: 'bytes'
	    }
	  )
	}

	/**
	 * The object should be a FormData instance and contains all the required
	 * methods.
	 * @param {*} object
	 * @returns {object is FormData}
	 */
	function isFormDataLike (object) {
	  return (
	    object &&
	    typeof object === 'object' &&
	    typeof object.append === 'function' &&
	    typeof object.delete === 'function' &&
	    typeof object.get === 'function' &&
	    typeof object.getAll === 'function' &&
	    typeof object.has === 'function' &&
	    typeof object.set === 'function' &&
	    object[Symbol.toStringTag] === 'FormData'
	  )
	}

	function addAbortListener (signal, listener) {
	  if ('addEventListener' in signal) {
	    signal.addEventListener('abort', listener, { once: true });
	    return () => signal.removeEventListener('abort', listener)
	  }
	  signal.once('abort', listener);
	  return () => signal.removeListener('abort', listener)
	}

	const validTokenChars = new Uint8Array([
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0-15
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 16-31
	  0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, // 32-47 (!"#$%&'()*+,-./)
	  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // 48-63 (0-9:;<=>?)
	  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 64-79 (@A-O)
	  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, // 80-95 (P-Z[\]^_)
	  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 96-111 (`a-o)
	  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0, // 112-127 (p-z{|}~)
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 128-143
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 144-159
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 160-175
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 176-191
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 192-207
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 208-223
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 224-239
	  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0  // 240-255
	]);

	/**
	 * @see https://tools.ietf.org/html/rfc7230#section-3.2.6
	 * @param {number} c
	 * @returns {boolean}
	 */
	function isTokenCharCode (c) {
	  return (validTokenChars[c] === 1)
	}

	const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;

	/**
	 * @param {string} characters
	 * @returns {boolean}
	 */
	function isValidHTTPToken (characters) {
	  if (characters.length >= 12) return tokenRegExp.test(characters)
	  if (characters.length === 0) return false

	  for (let i = 0; i < characters.length; i++) {
	    if (validTokenChars[characters.charCodeAt(i)] !== 1) {
	      return false
	    }
	  }
	  return true
	}

	// headerCharRegex have been lifted from
	// https://github.com/nodejs/node/blob/main/lib/_http_common.js

	/**
	 * Matches if val contains an invalid field-vchar
	 *  field-value    = *( field-content / obs-fold )
	 *  field-content  = field-vchar [ 1*( SP / HTAB ) field-vchar ]
	 *  field-vchar    = VCHAR / obs-text
	 */
	const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;

	/**
	 * @param {string} characters
	 * @returns {boolean}
	 */
	function isValidHeaderValue (characters) {
	  return !headerCharRegex.test(characters)
	}

	const rangeHeaderRegex = /^bytes (\d+)-(\d+)\/(\d+)?$/;

	/**
	 * @typedef {object} RangeHeader
	 * @property {number} start
	 * @property {number | null} end
	 * @property {number | null} size
	 */

	/**
	 * Parse accordingly to RFC 9110
	 * @see https://www.rfc-editor.org/rfc/rfc9110#field.content-range
	 * @param {string} [range]
	 * @returns {RangeHeader|null}
	 */
	function parseRangeHeader (range) {
	  if (range == null || range === '') return { start: 0, end: null, size: null }

	  const m = range ? range.match(rangeHeaderRegex) : null;
	  return m
	    ? {
	        start: parseInt(m[1]),
	        end: m[2] ? parseInt(m[2]) : null,
	        size: m[3] ? parseInt(m[3]) : null
	      }
	    : null
	}

	/**
	 * @template {import("events").EventEmitter} T
	 * @param {T} obj
	 * @param {string} name
	 * @param {(...args: any[]) => void} listener
	 * @returns {T}
	 */
	function addListener (obj, name, listener) {
	  const listeners = (obj[kListeners] ??= []);
	  listeners.push([name, listener]);
	  obj.on(name, listener);
	  return obj
	}

	/**
	 * @template {import("events").EventEmitter} T
	 * @param {T} obj
	 * @returns {T}
	 */
	function removeAllListeners (obj) {
	  if (obj[kListeners] != null) {
	    for (const [name, listener] of obj[kListeners]) {
	      obj.removeListener(name, listener);
	    }
	    obj[kListeners] = null;
	  }
	  return obj
	}

	/**
	 * @param {import ('../dispatcher/client')} client
	 * @param {import ('../core/request')} request
	 * @param {Error} err
	 */
	function errorRequest (client, request, err) {
	  try {
	    request.onError(err);
	    assert(request.aborted);
	  } catch (err) {
	    client.emit('error', err);
	  }
	}

	/**
	 * @param {WeakRef<net.Socket>} socketWeakRef
	 * @param {object} opts
	 * @param {number} opts.timeout
	 * @param {string} opts.hostname
	 * @param {number} opts.port
	 * @returns {() => void}
	 */
	const setupConnectTimeout = process.platform === 'win32'
	  ? (socketWeakRef, opts) => {
	      if (!opts.timeout) {
	        return noop
	      }

	      let s1 = null;
	      let s2 = null;
	      const fastTimer = timers.setFastTimeout(() => {
	      // setImmediate is added to make sure that we prioritize socket error events over timeouts
	        s1 = setImmediate(() => {
	        // Windows needs an extra setImmediate probably due to implementation differences in the socket logic
	          s2 = setImmediate(() => onConnectTimeout(socketWeakRef.deref(), opts));
	        });
	      }, opts.timeout);
	      return () => {
	        timers.clearFastTimeout(fastTimer);
	        clearImmediate(s1);
	        clearImmediate(s2);
	      }
	    }
	  : (socketWeakRef, opts) => {
	      if (!opts.timeout) {
	        return noop
	      }

	      let s1 = null;
	      const fastTimer = timers.setFastTimeout(() => {
	      // setImmediate is added to make sure that we prioritize socket error events over timeouts
	        s1 = setImmediate(() => {
	          onConnectTimeout(socketWeakRef.deref(), opts);
	        });
	      }, opts.timeout);
	      return () => {
	        timers.clearFastTimeout(fastTimer);
	        clearImmediate(s1);
	      }
	    };

	/**
	 * @param {net.Socket} socket
	 * @param {object} opts
	 * @param {number} opts.timeout
	 * @param {string} opts.hostname
	 * @param {number} opts.port
	 */
	function onConnectTimeout (socket, opts) {
	  // The socket could be already garbage collected
	  if (socket == null) {
	    return
	  }

	  let message = 'Connect Timeout Error';
	  if (Array.isArray(socket.autoSelectFamilyAttemptedAddresses)) {
	    message += ` (attempted addresses: ${socket.autoSelectFamilyAttemptedAddresses.join(', ')},`;
	  } else {
	    message += ` (attempted address: ${opts.hostname}:${opts.port},`;
	  }

	  message += ` timeout: ${opts.timeout}ms)`;

	  destroy(socket, new ConnectTimeoutError(message));
	}

	/**
	 * @param {string} urlString
	 * @returns {string}
	 */
	function getProtocolFromUrlString (urlString) {
	  if (
	    urlString[0] === 'h' &&
	    urlString[1] === 't' &&
	    urlString[2] === 't' &&
	    urlString[3] === 'p'
	  ) {
	    switch (urlString[4]) {
	      case ':':
	        return 'http:'
	      case 's':
	        if (urlString[5] === ':') {
	          return 'https:'
	        }
	    }
	  }
	  // fallback if none of the usual suspects
	  return urlString.slice(0, urlString.indexOf(':') + 1)
	}

	const kEnumerableProperty = Object.create(null);
	kEnumerableProperty.enumerable = true;

	const normalizedMethodRecordsBase = {
	  delete: 'DELETE',
	  DELETE: 'DELETE',
	  get: 'GET',
	  GET: 'GET',
	  head: 'HEAD',
	  HEAD: 'HEAD',
	  options: 'OPTIONS',
	  OPTIONS: 'OPTIONS',
	  post: 'POST',
	  POST: 'POST',
	  put: 'PUT',
	  PUT: 'PUT'
	};

	const normalizedMethodRecords = {
	  ...normalizedMethodRecordsBase,
	  patch: 'patch',
	  PATCH: 'PATCH'
	};

	// Note: object prototypes should not be able to be referenced. e.g. `Object#hasOwnProperty`.
	Object.setPrototypeOf(normalizedMethodRecordsBase, null);
	Object.setPrototypeOf(normalizedMethodRecords, null);

	util$1 = {
	  kEnumerableProperty,
	  isDisturbed,
	  isBlobLike,
	  parseOrigin,
	  parseURL,
	  getServerName,
	  isStream,
	  isIterable,
	  hasSafeIterator,
	  isAsyncIterable,
	  isDestroyed,
	  headerNameToString,
	  bufferToLowerCasedHeaderName,
	  addListener,
	  removeAllListeners,
	  errorRequest,
	  parseRawHeaders,
	  toRawHeaders,
	  encodeRawHeaders,
	  parseHeaders,
	  parseKeepAliveTimeout,
	  destroy,
	  bodyLength,
	  deepClone,
	  ReadableStreamFrom,
	  isBuffer,
	  assertRequestHandler,
	  getSocketInfo,
	  isFormDataLike,
	  pathHasQueryOrFragment,
	  serializePathWithQuery,
	  addAbortListener,
	  isValidHTTPToken,
	  isValidHeaderValue,
	  isTokenCharCode,
	  parseRangeHeader,
	  normalizedMethodRecordsBase,
	  normalizedMethodRecords,
	  isValidPort,
	  isHttpOrHttpsPrefixed,
	  nodeMajor,
	  nodeMinor,
	  safeHTTPMethods: Object.freeze(['GET', 'HEAD', 'OPTIONS', 'TRACE']),
	  wrapRequestBody,
	  setupConnectTimeout,
	  getProtocolFromUrlString
	};
	return util$1;
}

var unwrapHandler;
var hasRequiredUnwrapHandler;

function requireUnwrapHandler () {
	if (hasRequiredUnwrapHandler) return unwrapHandler;
	hasRequiredUnwrapHandler = 1;

	const { parseHeaders } = requireUtil$1();
	const { InvalidArgumentError } = requireErrors();

	const kResume = Symbol('resume');

	class UnwrapController {
	  #paused = false
	  #reason = null
	  #aborted = false
	  #abort

	  [kResume] = null

	  rawHeaders = null
	  rawTrailers = null

	  constructor (abort) {
	    this.#abort = abort;
	  }

	  pause () {
	    this.#paused = true;
	  }

	  resume () {
	    if (this.#paused) {
	      this.#paused = false;
	      this[kResume]?.();
	    }
	  }

	  abort (reason) {
	    if (!this.#aborted) {
	      this.#aborted = true;
	      this.#reason = reason;
	      this.#abort(reason);
	    }
	  }

	  get aborted () {
	    return this.#aborted
	  }

	  get reason () {
	    return this.#reason
	  }

	  get paused () {
	    return this.#paused
	  }
	}

	unwrapHandler = class UnwrapHandler {
	  #handler
	  #controller

	  constructor (handler) {
	    this.#handler = handler;
	  }

	  static unwrap (handler) {
	    // TODO (fix): More checks...
	    return !handler.onRequestStart ? handler : new UnwrapHandler(handler)
	  }

	  onConnect (abort, context) {
	    this.#controller = new UnwrapController(abort);
	    this.#handler.onRequestStart?.(this.#controller, context);
	  }

	  onResponseStarted () {
	    return this.#handler.onResponseStarted?.()
	  }

	  onUpgrade (statusCode, rawHeaders, socket) {
	    this.#controller.rawHeaders = rawHeaders;
	    this.#handler.onRequestUpgrade?.(this.#controller, statusCode, parseHeaders(rawHeaders), socket);
	  }

	  onHeaders (statusCode, rawHeaders, resume, statusMessage) {
	    this.#controller[kResume] = resume;
	    this.#controller.rawHeaders = rawHeaders;
	    this.#handler.onResponseStart?.(this.#controller, statusCode, parseHeaders(rawHeaders), statusMessage);
	    return !this.#controller.paused
	  }

	  onData (data) {
	    this.#handler.onResponseData?.(this.#controller, data);
	    return !this.#controller.paused
	  }

	  onComplete (rawTrailers) {
	    this.#controller.rawTrailers = rawTrailers;
	    this.#handler.onResponseEnd?.(this.#controller, parseHeaders(rawTrailers));
	  }

	  onError (err) {
	    if (!this.#handler.onResponseError) {
	      throw new InvalidArgumentError('invalid onError method')
	    }

	    this.#handler.onResponseError?.(this.#controller, err);
	  }
	};
	return unwrapHandler;
}

var dispatcherBase;
var hasRequiredDispatcherBase;

function requireDispatcherBase () {
	if (hasRequiredDispatcherBase) return dispatcherBase;
	hasRequiredDispatcherBase = 1;

	const buffer = require$$0$2;
	const Dispatcher = requireDispatcher();
	const UnwrapHandler = requireUnwrapHandler();
	const {
	  ClientDestroyedError,
	  ClientClosedError,
	  InvalidArgumentError
	} = requireErrors();
	const { kDestroy, kClose, kClosed, kDestroyed, kDispatch } = requireSymbols();

	const kOnDestroyed = Symbol('onDestroyed');
	const kOnClosed = Symbol('onClosed');
	const kWebSocketOptions = Symbol('webSocketOptions');
	const kEventSourceOptions = Symbol('eventSourceOptions');

	class DispatcherBase extends Dispatcher {
	  /** @type {boolean} */
	  [kDestroyed] = false;

	  /** @type {Array<Function|null} */
	  [kOnDestroyed] = null;

	  /** @type {boolean} */
	  [kClosed] = false;

	  /** @type {Array<Function>|null} */
	  [kOnClosed] = null

	  /**
	   * @param {import('../../types/dispatcher').DispatcherOptions} [opts]
	   */
	  constructor (opts) {
	    super();
	    this[kWebSocketOptions] = opts?.webSocket ?? {};
	    this[kEventSourceOptions] = opts?.eventSource ?? {};
	  }

	  /**
	   * @returns {import('../../types/dispatcher').WebSocketOptions}
	   */
	  get webSocketOptions () {
	    return {
	      maxFragments: this[kWebSocketOptions].maxFragments ?? 131072,
	      maxPayloadSize: this[kWebSocketOptions].maxPayloadSize ?? 128 * 1024 * 1024 // 128 MB default
	    }
	  }

	  /**
	   * @returns {import('../../types/client').Client.EventSourceOptions}
	   */
	  get eventSourceOptions () {
	    return {
	      maxEventSize: this[kEventSourceOptions].maxEventSize ?? buffer.kStringMaxLength
	    }
	  }

	  /** @returns {boolean} */
	  get destroyed () {
	    return this[kDestroyed]
	  }

	  /** @returns {boolean} */
	  get closed () {
	    return this[kClosed]
	  }

	  close (callback) {
	    if (callback === undefined) {
	      return new Promise((resolve, reject) => {
	        this.close((err, data) => {
	          return err ? reject(err) : resolve(data)
	        });
	      })
	    }

	    if (typeof callback !== 'function') {
	      throw new InvalidArgumentError('invalid callback')
	    }

	    if (this[kDestroyed]) {
	      const err = new ClientDestroyedError();
	      queueMicrotask(() => callback(err, null));
	      return
	    }

	    if (this[kClosed]) {
	      if (this[kOnClosed]) {
	        this[kOnClosed].push(callback);
	      } else {
	        queueMicrotask(() => callback(null, null));
	      }
	      return
	    }

	    this[kClosed] = true;
	    this[kOnClosed] ??= [];
	    this[kOnClosed].push(callback);

	    const onClosed = () => {
	      const callbacks = this[kOnClosed];
	      this[kOnClosed] = null;
	      for (let i = 0; i < callbacks.length; i++) {
	        callbacks[i](null, null);
	      }
	    };

	    // Should not error.
	    this[kClose]()
	      .then(() => this.destroy())
	      .then(() => queueMicrotask(onClosed));
	  }

	  destroy (err, callback) {
	    if (typeof err === 'function') {
	      callback = err;
	      err = null;
	    }

	    if (callback === undefined) {
	      return new Promise((resolve, reject) => {
	        this.destroy(err, (err, data) => {
	          return err ? reject(err) : resolve(data)
	        });
	      })
	    }

	    if (typeof callback !== 'function') {
	      throw new InvalidArgumentError('invalid callback')
	    }

	    if (this[kDestroyed]) {
	      if (this[kOnDestroyed]) {
	        this[kOnDestroyed].push(callback);
	      } else {
	        queueMicrotask(() => callback(null, null));
	      }
	      return
	    }

	    if (!err) {
	      err = new ClientDestroyedError();
	    }

	    this[kDestroyed] = true;
	    this[kOnDestroyed] ??= [];
	    this[kOnDestroyed].push(callback);

	    const onDestroyed = () => {
	      const callbacks = this[kOnDestroyed];
	      this[kOnDestroyed] = null;
	      for (let i = 0; i < callbacks.length; i++) {
	        callbacks[i](null, null);
	      }
	    };

	    // Should not error.
	    this[kDestroy](err)
	      .then(() => queueMicrotask(onDestroyed));
	  }

	  dispatch (opts, handler) {
	    if (!handler || typeof handler !== 'object') {
	      throw new InvalidArgumentError('handler must be an object')
	    }

	    handler = UnwrapHandler.unwrap(handler);

	    try {
	      if (!opts || typeof opts !== 'object') {
	        throw new InvalidArgumentError('opts must be an object.')
	      }

	      if (this[kDestroyed] || this[kOnDestroyed]) {
	        throw new ClientDestroyedError()
	      }

	      if (this[kClosed]) {
	        throw new ClientClosedError()
	      }

	      return this[kDispatch](opts, handler)
	    } catch (err) {
	      if (typeof handler.onError !== 'function') {
	        throw err
	      }

	      handler.onError(err);

	      return false
	    }
	  }
	}

	dispatcherBase = DispatcherBase;
	return dispatcherBase;
}

var stats;
var hasRequiredStats;

function requireStats () {
	if (hasRequiredStats) return stats;
	hasRequiredStats = 1;

	const {
	  kConnected,
	  kPending,
	  kRunning,
	  kSize,
	  kFree,
	  kQueued
	} = requireSymbols();

	class ClientStats {
	  constructor (client) {
	    this.connected = client[kConnected];
	    this.pending = client[kPending];
	    this.running = client[kRunning];
	    this.size = client[kSize];
	  }
	}

	class PoolStats {
	  constructor (pool) {
	    this.connected = pool[kConnected];
	    this.free = pool[kFree];
	    this.pending = pool[kPending];
	    this.queued = pool[kQueued];
	    this.running = pool[kRunning];
	    this.size = pool[kSize];
	  }
	}

	stats = { ClientStats, PoolStats };
	return stats;
}

var fixedQueue;
var hasRequiredFixedQueue;

function requireFixedQueue () {
	if (hasRequiredFixedQueue) return fixedQueue;
	hasRequiredFixedQueue = 1;

	// Extracted from node/lib/internal/fixed_queue.js

	// Currently optimal queue size, tested on V8 6.0 - 6.6. Must be power of two.
	const kSize = 2048;
	const kMask = kSize - 1;

	// The FixedQueue is implemented as a singly-linked list of fixed-size
	// circular buffers. It looks something like this:
	//
	//  head                                                       tail
	//    |                                                          |
	//    v                                                          v
	// +-----------+ <-----\       +-----------+ <------\         +-----------+
	// |  [null]   |        \----- |   next    |         \------- |   next    |
	// +-----------+               +-----------+                  +-----------+
	// |   item    | <-- bottom    |   item    | <-- bottom       | undefined |
	// |   item    |               |   item    |                  | undefined |
	// |   item    |               |   item    |                  | undefined |
	// |   item    |               |   item    |                  | undefined |
	// |   item    |               |   item    |       bottom --> |   item    |
	// |   item    |               |   item    |                  |   item    |
	// |    ...    |               |    ...    |                  |    ...    |
	// |   item    |               |   item    |                  |   item    |
	// |   item    |               |   item    |                  |   item    |
	// | undefined | <-- top       |   item    |                  |   item    |
	// | undefined |               |   item    |                  |   item    |
	// | undefined |               | undefined | <-- top  top --> | undefined |
	// +-----------+               +-----------+                  +-----------+
	//
	// Or, if there is only one circular buffer, it looks something
	// like either of these:
	//
	//  head   tail                                 head   tail
	//    |     |                                     |     |
	//    v     v                                     v     v
	// +-----------+                               +-----------+
	// |  [null]   |                               |  [null]   |
	// +-----------+                               +-----------+
	// | undefined |                               |   item    |
	// | undefined |                               |   item    |
	// |   item    | <-- bottom            top --> | undefined |
	// |   item    |                               | undefined |
	// | undefined | <-- top            bottom --> |   item    |
	// | undefined |                               |   item    |
	// +-----------+                               +-----------+
	//
	// Adding a value means moving `top` forward by one, removing means
	// moving `bottom` forward by one. After reaching the end, the queue
	// wraps around.
	//
	// When `top === bottom` the current queue is empty and when
	// `top + 1 === bottom` it's full. This wastes a single space of storage
	// but allows much quicker checks.

	/**
	 * @type {FixedCircularBuffer}
	 * @template T
	 */
	class FixedCircularBuffer {
	  /** @type {number} */
	  bottom = 0
	  /** @type {number} */
	  top = 0
	  /** @type {Array<T|undefined>} */
	  list = new Array(kSize).fill(undefined)
	  /** @type {T|null} */
	  next = null

	  /** @returns {boolean} */
	  isEmpty () {
	    return this.top === this.bottom
	  }

	  /** @returns {boolean} */
	  isFull () {
	    return ((this.top + 1) & kMask) === this.bottom
	  }

	  /**
	   * @param {T} data
	   * @returns {void}
	   */
	  push (data) {
	    this.list[this.top] = data;
	    this.top = (this.top + 1) & kMask;
	  }

	  /** @returns {T|null} */
	  shift () {
	    const nextItem = this.list[this.bottom];
	    if (nextItem === undefined) { return null }
	    this.list[this.bottom] = undefined;
	    this.bottom = (this.bottom + 1) & kMask;
	    return nextItem
	  }
	}

	/**
	 * @template T
	 */
	fixedQueue = class FixedQueue {
	  constructor () {
	    /** @type {FixedCircularBuffer<T>} */
	    this.head = this.tail = new FixedCircularBuffer();
	  }

	  /** @returns {boolean} */
	  isEmpty () {
	    return this.head.isEmpty()
	  }

	  /** @param {T} data */
	  push (data) {
	    if (this.head.isFull()) {
	      // Head is full: Creates a new queue, sets the old queue's `.next` to it,
	      // and sets it as the new main queue.
	      this.head = this.head.next = new FixedCircularBuffer();
	    }
	    this.head.push(data);
	  }

	  /** @returns {T|null} */
	  shift () {
	    const tail = this.tail;
	    const next = tail.shift();
	    if (tail.isEmpty() && tail.next !== null) {
	      // If there is another queue, it forms the new tail.
	      this.tail = tail.next;
	      tail.next = null;
	    }
	    return next
	  }
	};
	return fixedQueue;
}

var poolBase;
var hasRequiredPoolBase;

function requirePoolBase () {
	if (hasRequiredPoolBase) return poolBase;
	hasRequiredPoolBase = 1;

	const { PoolStats } = requireStats();
	const DispatcherBase = requireDispatcherBase();
	const FixedQueue = requireFixedQueue();
	const { kConnected, kSize, kRunning, kPending, kQueued, kBusy, kFree, kUrl, kClose, kDestroy, kDispatch } = requireSymbols();

	const kClients = Symbol('clients');
	const kNeedDrain = Symbol('needDrain');
	const kQueue = Symbol('queue');
	const kClosedResolve = Symbol('closed resolve');
	const kOnDrain = Symbol('onDrain');
	const kOnConnect = Symbol('onConnect');
	const kOnDisconnect = Symbol('onDisconnect');
	const kOnConnectionError = Symbol('onConnectionError');
	const kGetDispatcher = Symbol('get dispatcher');
	const kAddClient = Symbol('add client');
	const kRemoveClient = Symbol('remove client');

	class PoolBase extends DispatcherBase {
	  [kQueue] = new FixedQueue();

	  [kQueued] = 0;

	  [kClients] = [];

	  [kNeedDrain] = false;

	  [kOnDrain] (client, origin, targets) {
	    const queue = this[kQueue];

	    let needDrain = false;

	    while (!needDrain) {
	      const item = queue.shift();
	      if (!item) {
	        break
	      }
	      this[kQueued]--;
	      needDrain = !client.dispatch(item.opts, item.handler);
	    }

	    client[kNeedDrain] = needDrain;

	    if (!needDrain && this[kNeedDrain]) {
	      this[kNeedDrain] = false;
	      this.emit('drain', origin, [this, ...targets]);
	    }

	    if (this[kClosedResolve] && queue.isEmpty()) {
	      const closeAll = [];
	      for (let i = 0; i < this[kClients].length; i++) {
	        const client = this[kClients][i];
	        if (!client.destroyed) {
	          closeAll.push(client.close());
	        }
	      }
	      return Promise.all(closeAll)
	        .then(this[kClosedResolve])
	    }
	  }

	  [kOnConnect] = (origin, targets) => {
	    this.emit('connect', origin, [this, ...targets]);
	  };

	  [kOnDisconnect] = (origin, targets, err) => {
	    this.emit('disconnect', origin, [this, ...targets], err);
	  };

	  [kOnConnectionError] = (origin, targets, err) => {
	    this.emit('connectionError', origin, [this, ...targets], err);
	  }

	  get [kBusy] () {
	    return this[kNeedDrain]
	  }

	  get [kConnected] () {
	    let ret = 0;
	    for (const { [kConnected]: connected } of this[kClients]) {
	      ret += connected;
	    }
	    return ret
	  }

	  get [kFree] () {
	    let ret = 0;
	    for (const { [kConnected]: connected, [kNeedDrain]: needDrain } of this[kClients]) {
	      ret += connected && !needDrain;
	    }
	    return ret
	  }

	  get [kPending] () {
	    let ret = this[kQueued];
	    for (const { [kPending]: pending } of this[kClients]) {
	      ret += pending;
	    }
	    return ret
	  }

	  get [kRunning] () {
	    let ret = 0;
	    for (const { [kRunning]: running } of this[kClients]) {
	      ret += running;
	    }
	    return ret
	  }

	  get [kSize] () {
	    let ret = this[kQueued];
	    for (const { [kSize]: size } of this[kClients]) {
	      ret += size;
	    }
	    return ret
	  }

	  get stats () {
	    return new PoolStats(this)
	  }

	  [kClose] () {
	    if (this[kQueue].isEmpty()) {
	      const closeAll = [];
	      for (let i = 0; i < this[kClients].length; i++) {
	        const client = this[kClients][i];
	        if (!client.destroyed) {
	          closeAll.push(client.close());
	        }
	      }
	      return Promise.all(closeAll)
	    } else {
	      return new Promise((resolve) => {
	        this[kClosedResolve] = resolve;
	      })
	    }
	  }

	  [kDestroy] (err) {
	    while (true) {
	      const item = this[kQueue].shift();
	      if (!item) {
	        break
	      }
	      item.handler.onError(err);
	    }

	    const destroyAll = new Array(this[kClients].length);
	    for (let i = 0; i < this[kClients].length; i++) {
	      destroyAll[i] = this[kClients][i].destroy(err);
	    }
	    return Promise.all(destroyAll)
	  }

	  [kDispatch] (opts, handler) {
	    const dispatcher = this[kGetDispatcher]();

	    if (!dispatcher) {
	      this[kNeedDrain] = true;
	      this[kQueue].push({ opts, handler });
	      this[kQueued]++;
	    } else if (!dispatcher.dispatch(opts, handler)) {
	      dispatcher[kNeedDrain] = true;
	      this[kNeedDrain] = !this[kGetDispatcher]();
	    }

	    return !this[kNeedDrain]
	  }

	  [kAddClient] (client) {
	    client
	      .on('drain', this[kOnDrain].bind(this, client))
	      .on('connect', this[kOnConnect])
	      .on('disconnect', this[kOnDisconnect])
	      .on('connectionError', this[kOnConnectionError]);

	    this[kClients].push(client);

	    if (this[kNeedDrain]) {
	      queueMicrotask(() => {
	        if (this[kNeedDrain]) {
	          this[kOnDrain](client, client[kUrl], [client, this]);
	        }
	      });
	    }

	    return this
	  }

	  [kRemoveClient] (client) {
	    client.close(() => {
	      const idx = this[kClients].indexOf(client);
	      if (idx !== -1) {
	        this[kClients].splice(idx, 1);
	      }
	    });

	    this[kNeedDrain] = this[kClients].some(dispatcher => (
	      !dispatcher[kNeedDrain] &&
	      dispatcher.closed !== true &&
	      dispatcher.destroyed !== true
	    ));
	  }
	}

	poolBase = {
	  PoolBase,
	  kClients,
	  kNeedDrain,
	  kAddClient,
	  kRemoveClient,
	  kGetDispatcher
	};
	return poolBase;
}

var diagnostics;
var hasRequiredDiagnostics;

function requireDiagnostics () {
	if (hasRequiredDiagnostics) return diagnostics;
	hasRequiredDiagnostics = 1;

	const diagnosticsChannel = require$$0$3;
	const util = require$$1$2;

	const undiciDebugLog = util.debuglog('undici');
	const fetchDebuglog = util.debuglog('fetch');
	const websocketDebuglog = util.debuglog('websocket');

	const channels = {
	  // Client
	  beforeConnect: diagnosticsChannel.channel('undici:client:beforeConnect'),
	  connected: diagnosticsChannel.channel('undici:client:connected'),
	  connectError: diagnosticsChannel.channel('undici:client:connectError'),
	  sendHeaders: diagnosticsChannel.channel('undici:client:sendHeaders'),
	  // Request
	  create: diagnosticsChannel.channel('undici:request:create'),
	  bodySent: diagnosticsChannel.channel('undici:request:bodySent'),
	  bodyChunkSent: diagnosticsChannel.channel('undici:request:bodyChunkSent'),
	  bodyChunkReceived: diagnosticsChannel.channel('undici:request:bodyChunkReceived'),
	  headers: diagnosticsChannel.channel('undici:request:headers'),
	  trailers: diagnosticsChannel.channel('undici:request:trailers'),
	  error: diagnosticsChannel.channel('undici:request:error'),
	  // WebSocket
	  open: diagnosticsChannel.channel('undici:websocket:open'),
	  close: diagnosticsChannel.channel('undici:websocket:close'),
	  socketError: diagnosticsChannel.channel('undici:websocket:socket_error'),
	  ping: diagnosticsChannel.channel('undici:websocket:ping'),
	  pong: diagnosticsChannel.channel('undici:websocket:pong'),
	  // ProxyAgent
	  proxyConnected: diagnosticsChannel.channel('undici:proxy:connected')
	};

	let isTrackingClientEvents = false;

	function trackClientEvents (debugLog = undiciDebugLog) {
	  if (isTrackingClientEvents) {
	    return
	  }

	  // Check if any of the channels already have subscribers to prevent duplicate subscriptions
	  // This can happen when both Node.js built-in undici and undici as a dependency are present
	  if (channels.beforeConnect.hasSubscribers || channels.connected.hasSubscribers ||
	      channels.connectError.hasSubscribers || channels.sendHeaders.hasSubscribers) {
	    isTrackingClientEvents = true;
	    return
	  }

	  isTrackingClientEvents = true;

	  diagnosticsChannel.subscribe('undici:client:beforeConnect',
	    evt => {
	      const {
	        connectParams: { version, protocol, port, host }
	      } = evt;
	      debugLog(
	        'connecting to %s%s using %s%s',
	        host,
	        port ? `:${port}` : '',
	        protocol,
	        version
	      );
	    });

	  diagnosticsChannel.subscribe('undici:client:connected',
	    evt => {
	      const {
	        connectParams: { version, protocol, port, host }
	      } = evt;
	      debugLog(
	        'connected to %s%s using %s%s',
	        host,
	        port ? `:${port}` : '',
	        protocol,
	        version
	      );
	    });

	  diagnosticsChannel.subscribe('undici:client:connectError',
	    evt => {
	      const {
	        connectParams: { version, protocol, port, host },
	        error
	      } = evt;
	      debugLog(
	        'connection to %s%s using %s%s errored - %s',
	        host,
	        port ? `:${port}` : '',
	        protocol,
	        version,
	        error.message
	      );
	    });

	  diagnosticsChannel.subscribe('undici:client:sendHeaders',
	    evt => {
	      const {
	        request: { method, path, origin }
	      } = evt;
	      debugLog('sending request to %s %s%s', method, origin, path);
	    });
	}

	let isTrackingRequestEvents = false;

	function trackRequestEvents (debugLog = undiciDebugLog) {
	  if (isTrackingRequestEvents) {
	    return
	  }

	  // Check if any of the channels already have subscribers to prevent duplicate subscriptions
	  // This can happen when both Node.js built-in undici and undici as a dependency are present
	  if (channels.headers.hasSubscribers || channels.trailers.hasSubscribers ||
	      channels.error.hasSubscribers) {
	    isTrackingRequestEvents = true;
	    return
	  }

	  isTrackingRequestEvents = true;

	  diagnosticsChannel.subscribe('undici:request:headers',
	    evt => {
	      const {
	        request: { method, path, origin },
	        response: { statusCode }
	      } = evt;
	      debugLog(
	        'received response to %s %s%s - HTTP %d',
	        method,
	        origin,
	        path,
	        statusCode
	      );
	    });

	  diagnosticsChannel.subscribe('undici:request:trailers',
	    evt => {
	      const {
	        request: { method, path, origin }
	      } = evt;
	      debugLog('trailers received from %s %s%s', method, origin, path);
	    });

	  diagnosticsChannel.subscribe('undici:request:error',
	    evt => {
	      const {
	        request: { method, path, origin },
	        error
	      } = evt;
	      debugLog(
	        'request to %s %s%s errored - %s',
	        method,
	        origin,
	        path,
	        error.message
	      );
	    });
	}

	let isTrackingWebSocketEvents = false;

	function trackWebSocketEvents (debugLog = websocketDebuglog) {
	  if (isTrackingWebSocketEvents) {
	    return
	  }

	  // Check if any of the channels already have subscribers to prevent duplicate subscriptions
	  // This can happen when both Node.js built-in undici and undici as a dependency are present
	  if (channels.open.hasSubscribers || channels.close.hasSubscribers ||
	      channels.socketError.hasSubscribers || channels.ping.hasSubscribers ||
	      channels.pong.hasSubscribers) {
	    isTrackingWebSocketEvents = true;
	    return
	  }

	  isTrackingWebSocketEvents = true;

	  diagnosticsChannel.subscribe('undici:websocket:open',
	    evt => {
	      if (evt.address != null) {
	        const { address, port } = evt.address;
	        debugLog('connection opened %s%s', address, port ? `:${port}` : '');
	      } else {
	        debugLog('connection opened');
	      }
	    });

	  diagnosticsChannel.subscribe('undici:websocket:close',
	    evt => {
	      const { websocket, code, reason } = evt;
	      debugLog(
	        'closed connection to %s - %s %s',
	        websocket.url,
	        code,
	        reason
	      );
	    });

	  diagnosticsChannel.subscribe('undici:websocket:socket_error',
	    err => {
	      debugLog('connection errored - %s', err.message);
	    });

	  diagnosticsChannel.subscribe('undici:websocket:ping',
	    evt => {
	      debugLog('ping received');
	    });

	  diagnosticsChannel.subscribe('undici:websocket:pong',
	    evt => {
	      debugLog('pong received');
	    });
	}

	if (undiciDebugLog.enabled || fetchDebuglog.enabled) {
	  trackClientEvents(fetchDebuglog.enabled ? fetchDebuglog : undiciDebugLog);
	  trackRequestEvents(fetchDebuglog.enabled ? fetchDebuglog : undiciDebugLog);
	}

	if (websocketDebuglog.enabled) {
	  trackClientEvents(undiciDebugLog.enabled ? undiciDebugLog : websocketDebuglog);
	  trackWebSocketEvents(websocketDebuglog);
	}

	diagnostics = {
	  channels
	};
	return diagnostics;
}

var request$1;
var hasRequiredRequest;

function requireRequest () {
	if (hasRequiredRequest) return request$1;
	hasRequiredRequest = 1;

	const {
	  InvalidArgumentError,
	  NotSupportedError
	} = requireErrors();
	const assert = require$$0$1;
	const {
	  isValidHTTPToken,
	  isValidHeaderValue,
	  isStream,
	  destroy,
	  isBuffer,
	  isFormDataLike,
	  isIterable,
	  hasSafeIterator,
	  isBlobLike,
	  serializePathWithQuery,
	  assertRequestHandler,
	  getServerName,
	  normalizedMethodRecords,
	  getProtocolFromUrlString
	} = requireUtil$1();
	const { channels } = requireDiagnostics();
	const { headerNameLowerCasedRecord } = requireConstants$2();

	// Verifies that a given path is valid does not contain control chars \x00 to \x20
	const invalidPathRegex = /[^\u0021-\u00ff]/;

	function isValidContentLengthHeaderValue (val) {
	  if (typeof val !== 'string' || val.length === 0) {
	    return false
	  }

	  for (let i = 0; i < val.length; i++) {
	    const charCode = val.charCodeAt(i);
	    if (charCode < 48 || charCode > 57) {
	      return false
	    }
	  }

	  return true
	}

	const kHandler = Symbol('handler');

	class Request {
	  constructor (origin, {
	    path,
	    method,
	    body,
	    headers,
	    query,
	    idempotent,
	    blocking,
	    upgrade,
	    headersTimeout,
	    bodyTimeout,
	    reset,
	    expectContinue,
	    servername,
	    throwOnError,
	    maxRedirections,
	    typeOfService
	  }, handler) {
	    if (typeof path !== 'string') {
	      throw new InvalidArgumentError('path must be a string')
	    } else if (
	      path[0] !== '/' &&
	      !(path.startsWith('http://') || path.startsWith('https://')) &&
	      method !== 'CONNECT'
	    ) {
	      throw new InvalidArgumentError('path must be an absolute URL or start with a slash')
	    } else if (invalidPathRegex.test(path)) {
	      throw new InvalidArgumentError('invalid request path')
	    }

	    if (typeof method !== 'string') {
	      throw new InvalidArgumentError('method must be a string')
	    } else if (normalizedMethodRecords[method] === undefined && !isValidHTTPToken(method)) {
	      throw new InvalidArgumentError('invalid request method')
	    }

	    if (upgrade && typeof upgrade !== 'string') {
	      throw new InvalidArgumentError('upgrade must be a string')
	    }

	    if (upgrade && !isValidHeaderValue(upgrade)) {
	      throw new InvalidArgumentError('invalid upgrade header')
	    }

	    if (headersTimeout != null && (!Number.isFinite(headersTimeout) || headersTimeout < 0)) {
	      throw new InvalidArgumentError('invalid headersTimeout')
	    }

	    if (bodyTimeout != null && (!Number.isFinite(bodyTimeout) || bodyTimeout < 0)) {
	      throw new InvalidArgumentError('invalid bodyTimeout')
	    }

	    if (reset != null && typeof reset !== 'boolean') {
	      throw new InvalidArgumentError('invalid reset')
	    }

	    if (expectContinue != null && typeof expectContinue !== 'boolean') {
	      throw new InvalidArgumentError('invalid expectContinue')
	    }

	    if (throwOnError != null) {
	      throw new InvalidArgumentError('invalid throwOnError')
	    }

	    if (maxRedirections != null && maxRedirections !== 0) {
	      throw new InvalidArgumentError('maxRedirections is not supported, use the redirect interceptor')
	    }

	    if (typeOfService != null && (!Number.isInteger(typeOfService) || typeOfService < 0 || typeOfService > 255)) {
	      throw new InvalidArgumentError('typeOfService must be an integer between 0 and 255')
	    }

	    this.headersTimeout = headersTimeout;

	    this.bodyTimeout = bodyTimeout;

	    this.method = method;

	    this.typeOfService = typeOfService;

	    this.abort = null;

	    if (body == null) {
	      this.body = null;
	    } else if (isStream(body)) {
	      this.body = body;

	      const rState = this.body._readableState;
	      if (!rState || !rState.autoDestroy) {
	        this.endHandler = function autoDestroy () {
	          destroy(this);
	        };
	        this.body.on('end', this.endHandler);
	      }

	      this.errorHandler = err => {
	        if (this.abort) {
	          this.abort(err);
	        } else {
	          this.error = err;
	        }
	      };
	      this.body.on('error', this.errorHandler);
	    } else if (isBuffer(body)) {
	      this.body = body.byteLength ? body : null;
	    } else if (ArrayBuffer.isView(body)) {
	      this.body = body.buffer.byteLength ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : null;
	    } else if (body instanceof ArrayBuffer) {
	      this.body = body.byteLength ? Buffer.from(body) : null;
	    } else if (typeof body === 'string') {
	      this.body = body.length ? Buffer.from(body) : null;
	    } else if (isFormDataLike(body) || isIterable(body) || isBlobLike(body)) {
	      this.body = body;
	    } else {
	      throw new InvalidArgumentError('body must be a string, a Buffer, a Readable stream, an iterable, or an async iterable')
	    }

	    this.completed = false;
	    this.aborted = false;

	    this.upgrade = upgrade || null;

	    this.path = query ? serializePathWithQuery(path, query) : path;

	    // TODO: shall we maybe standardize it to an URL object?
	    this.origin = origin;

	    this.protocol = getProtocolFromUrlString(origin);

	    this.idempotent = idempotent == null
	      ? method === 'HEAD' || method === 'GET'
	      : idempotent;

	    this.blocking = blocking ?? this.method !== 'HEAD';

	    this.reset = reset == null ? null : reset;

	    this.host = null;

	    this.contentLength = null;

	    this.contentType = null;

	    this.headers = [];

	    // Only for H2
	    this.expectContinue = expectContinue != null ? expectContinue : false;

	    if (Array.isArray(headers)) {
	      if (headers.length % 2 !== 0) {
	        throw new InvalidArgumentError('headers array must be even')
	      }
	      for (let i = 0; i < headers.length; i += 2) {
	        processHeader(this, headers[i], headers[i + 1]);
	      }
	    } else if (headers && typeof headers === 'object') {
	      if (hasSafeIterator(headers)) {
	        for (const header of headers) {
	          if (!Array.isArray(header) || header.length !== 2) {
	            throw new InvalidArgumentError('headers must be in key-value pair format')
	          }
	          processHeader(this, header[0], header[1]);
	        }
	      } else {
	        const keys = Object.keys(headers);
	        for (let i = 0; i < keys.length; ++i) {
	          processHeader(this, keys[i], headers[keys[i]]);
	        }
	      }
	    } else if (headers != null) {
	      throw new InvalidArgumentError('headers must be an object or an array')
	    }

	    assertRequestHandler(handler, method, upgrade);

	    this.servername = servername || getServerName(this.host) || null;

	    this[kHandler] = handler;

	    if (channels.create.hasSubscribers) {
	      channels.create.publish({ request: this });
	    }
	  }

	  onBodySent (chunk) {
	    if (channels.bodyChunkSent.hasSubscribers) {
	      channels.bodyChunkSent.publish({ request: this, chunk });
	    }
	    if (this[kHandler].onBodySent) {
	      try {
	        return this[kHandler].onBodySent(chunk)
	      } catch (err) {
	        this.abort(err);
	      }
	    }
	  }

	  onRequestSent () {
	    if (channels.bodySent.hasSubscribers) {
	      channels.bodySent.publish({ request: this });
	    }

	    if (this[kHandler].onRequestSent) {
	      try {
	        return this[kHandler].onRequestSent()
	      } catch (err) {
	        this.abort(err);
	      }
	    }
	  }

	  onConnect (abort) {
	    assert(!this.aborted);
	    assert(!this.completed);

	    if (this.error) {
	      abort(this.error);
	    } else {
	      this.abort = abort;
	      return this[kHandler].onConnect(abort)
	    }
	  }

	  onResponseStarted () {
	    return this[kHandler].onResponseStarted?.()
	  }

	  onHeaders (statusCode, headers, resume, statusText) {
	    assert(!this.aborted);
	    assert(!this.completed);

	    if (channels.headers.hasSubscribers) {
	      channels.headers.publish({ request: this, response: { statusCode, headers, statusText } });
	    }

	    try {
	      return this[kHandler].onHeaders(statusCode, headers, resume, statusText)
	    } catch (err) {
	      this.abort(err);
	    }
	  }

	  onData (chunk) {
	    assert(!this.aborted);
	    assert(!this.completed);

	    if (channels.bodyChunkReceived.hasSubscribers) {
	      channels.bodyChunkReceived.publish({ request: this, chunk });
	    }
	    try {
	      return this[kHandler].onData(chunk)
	    } catch (err) {
	      this.abort(err);
	      return false
	    }
	  }

	  /**
	   * @param {number} statusCode
	   * @param {Buffer[]|string[]} headers
	   * @param {import('node:stream').Duplex} socket
	   * @param {string} [statusText]
	   */
	  onUpgrade (statusCode, headers, socket, statusText = '') {
	    this.onFinally();

	    assert(!this.aborted);
	    assert(!this.completed);

	    if (channels.headers.hasSubscribers) {
	      channels.headers.publish({ request: this, response: { statusCode, headers, statusText } });
	    }

	    const result = this[kHandler].onUpgrade(statusCode, headers, socket);

	    if (!this.aborted) {
	      this.completed = true;
	      if (channels.trailers.hasSubscribers) {
	        channels.trailers.publish({ request: this, trailers: [] });
	      }
	    }

	    return result
	  }

	  onComplete (trailers) {
	    this.onFinally();

	    assert(!this.aborted);
	    assert(!this.completed);

	    this.completed = true;
	    if (channels.trailers.hasSubscribers) {
	      channels.trailers.publish({ request: this, trailers });
	    }

	    try {
	      return this[kHandler].onComplete(trailers)
	    } catch (err) {
	      // TODO (fix): This might be a bad idea?
	      this.onError(err);
	    }
	  }

	  onError (error) {
	    this.onFinally();

	    if (channels.error.hasSubscribers) {
	      channels.error.publish({ request: this, error });
	    }

	    if (this.aborted) {
	      return
	    }
	    this.aborted = true;

	    return this[kHandler].onError(error)
	  }

	  onFinally () {
	    if (this.errorHandler) {
	      this.body.off('error', this.errorHandler);
	      this.errorHandler = null;
	    }

	    if (this.endHandler) {
	      this.body.off('end', this.endHandler);
	      this.endHandler = null;
	    }
	  }

	  addHeader (key, value) {
	    processHeader(this, key, value);
	    return this
	  }
	}

	function processHeader (request, key, val) {
	  if (val && (typeof val === 'object' && !Array.isArray(val))) {
	    throw new InvalidArgumentError(`invalid ${key} header`)
	  } else if (val === undefined) {
	    return
	  }

	  let headerName = headerNameLowerCasedRecord[key];

	  if (headerName === undefined) {
	    headerName = key.toLowerCase();
	    if (headerNameLowerCasedRecord[headerName] === undefined && !isValidHTTPToken(headerName)) {
	      throw new InvalidArgumentError('invalid header key')
	    }
	  }

	  if (Array.isArray(val)) {
	    const arr = [];
	    for (let i = 0; i < val.length; i++) {
	      if (typeof val[i] === 'string') {
	        if (!isValidHeaderValue(val[i])) {
	          throw new InvalidArgumentError(`invalid ${key} header`)
	        }
	        arr.push(val[i]);
	      } else if (val[i] === null) {
	        arr.push('');
	      } else if (typeof val[i] === 'object') {
	        throw new InvalidArgumentError(`invalid ${key} header`)
	      } else {
	        // Coerce primitives (and reject unsafe coercions such as functions
	        // with a crafted toString/Symbol.toPrimitive).
	        const str = `${val[i]}`;
	        if (!isValidHeaderValue(str)) {
	          throw new InvalidArgumentError(`invalid ${key} header`)
	        }
	        arr.push(str);
	      }
	    }
	    val = arr;
	  } else if (typeof val === 'string') {
	    if (!isValidHeaderValue(val)) {
	      throw new InvalidArgumentError(`invalid ${key} header`)
	    }
	  } else if (val === null) {
	    val = '';
	  } else {
	    // Coerce primitives (and reject unsafe coercions such as functions
	    // with a crafted toString/Symbol.toPrimitive).
	    val = `${val}`;
	    if (!isValidHeaderValue(val)) {
	      throw new InvalidArgumentError(`invalid ${key} header`)
	    }
	  }

	  if (headerName === 'host') {
	    if (request.host !== null) {
	      throw new InvalidArgumentError('duplicate host header')
	    }
	    if (typeof val !== 'string') {
	      throw new InvalidArgumentError('invalid host header')
	    }
	    // Consumed by Client
	    request.host = val;
	  } else if (headerName === 'content-length') {
	    if (request.contentLength !== null) {
	      throw new InvalidArgumentError('duplicate content-length header')
	    }
	    if (!isValidContentLengthHeaderValue(val)) {
	      throw new InvalidArgumentError('invalid content-length header')
	    }
	    request.contentLength = parseInt(val, 10);
	  } else if (request.contentType === null && headerName === 'content-type') {
	    request.contentType = val;
	    request.headers.push(key, val);
	  } else if (headerName === 'transfer-encoding' || headerName === 'keep-alive' || headerName === 'upgrade') {
	    throw new InvalidArgumentError(`invalid ${headerName} header`)
	  } else if (headerName === 'connection') {
	    // Per RFC 7230 Section 6.1, Connection header can contain
	    // a comma-separated list of connection option tokens (header names)
	    const value = typeof val === 'string' ? val : null;
	    if (value === null) {
	      throw new InvalidArgumentError('invalid connection header')
	    }

	    for (const token of value.toLowerCase().split(',')) {
	      const trimmed = token.trim();
	      if (!isValidHTTPToken(trimmed)) {
	        throw new InvalidArgumentError('invalid connection header')
	      }
	      if (trimmed === 'close') {
	        request.reset = true;
	      }
	    }
	  } else if (headerName === 'expect') {
	    throw new NotSupportedError('expect header not supported')
	  } else {
	    request.headers.push(key, val);
	  }
	}

	request$1 = Request;
	return request$1;
}

var connect;
var hasRequiredConnect;

function requireConnect () {
	if (hasRequiredConnect) return connect;
	hasRequiredConnect = 1;

	const net = require$$1$1;
	const assert = require$$0$1;
	const util = requireUtil$1();
	const { InvalidArgumentError } = requireErrors();

	let tls; // include tls conditionally since it is not always available

	// TODO: session re-use does not wait for the first
	// connection to resolve the session and might therefore
	// resolve the same servername multiple times even when
	// re-use is enabled.

	const SessionCache = class WeakSessionCache {
	  constructor (maxCachedSessions) {
	    this._maxCachedSessions = maxCachedSessions;
	    this._sessionCache = new Map();
	    this._sessionRegistry = new FinalizationRegistry((key) => {
	      if (this._sessionCache.size < this._maxCachedSessions) {
	        return
	      }

	      const ref = this._sessionCache.get(key);
	      if (ref !== undefined && ref.deref() === undefined) {
	        this._sessionCache.delete(key);
	      }
	    });
	  }

	  get (sessionKey) {
	    const ref = this._sessionCache.get(sessionKey);
	    return ref ? ref.deref() : null
	  }

	  set (sessionKey, session) {
	    if (this._maxCachedSessions === 0) {
	      return
	    }

	    if (this._sessionCache.has(sessionKey)) {
	      this._sessionCache.delete(sessionKey);
	    } else if (this._sessionCache.size >= this._maxCachedSessions) {
	      // Make room for the new session: prefer an entry whose session has
	      // already been collected, otherwise evict the oldest one.
	      let evicted = false;
	      for (const [key, ref] of this._sessionCache) {
	        if (ref.deref() === undefined) {
	          this._sessionCache.delete(key);
	          evicted = true;
	          break
	        }
	      }

	      if (!evicted) {
	        const oldest = this._sessionCache.keys().next();
	        if (!oldest.done) {
	          this._sessionCache.delete(oldest.value);
	        }
	      }
	    }

	    this._sessionCache.set(sessionKey, new WeakRef(session));
	    this._sessionRegistry.register(session, sessionKey);
	  }
	};

	function buildConnector ({ allowH2, useH2c, maxCachedSessions, socketPath, timeout, session: customSession, ...opts }) {
	  if (maxCachedSessions != null && (!Number.isInteger(maxCachedSessions) || maxCachedSessions < 0)) {
	    throw new InvalidArgumentError('maxCachedSessions must be a positive integer or zero')
	  }

	  const options = { path: socketPath, ...opts };
	  const sessionCache = new SessionCache(maxCachedSessions == null ? 100 : maxCachedSessions);
	  timeout = timeout == null ? 10e3 : timeout;
	  allowH2 = allowH2 != null ? allowH2 : false;
	  return function connect ({ hostname, host, protocol, port, servername, localAddress, httpSocket }, callback) {
	    let socket;
	    if (protocol === 'https:') {
	      if (!tls) {
	        tls = require$$4;
	      }
	      servername = servername || options.servername || util.getServerName(host) || null;

	      const sessionKey = servername || hostname;
	      assert(sessionKey);

	      const session = customSession || sessionCache.get(sessionKey) || null;

	      port = port || 443;

	      socket = tls.connect({
	        highWaterMark: 16384, // TLS in node can't have bigger HWM anyway...
	        ...options,
	        servername,
	        session,
	        localAddress,
	        ALPNProtocols: allowH2 ? ['http/1.1', 'h2'] : ['http/1.1'],
	        socket: httpSocket, // upgrade socket connection
	        port,
	        host: hostname
	      });

	      socket
	        .on('session', function (session) {
	          // TODO (fix): Can a session become invalid once established? Don't think so?
	          sessionCache.set(sessionKey, session);
	        });
	    } else {
	      assert(!httpSocket, 'httpSocket can only be sent on TLS update');

	      port = port || 80;

	      socket = net.connect({
	        highWaterMark: 64 * 1024, // Same as nodejs fs streams.
	        ...options,
	        localAddress,
	        port,
	        host: hostname
	      });
	      if (useH2c === true) {
	        socket.alpnProtocol = 'h2';
	      }
	    }

	    // Set TCP keep alive options on the socket here instead of in connect() for the case of assigning the socket
	    if (options.keepAlive == null || options.keepAlive) {
	      const keepAliveInitialDelay = options.keepAliveInitialDelay === undefined ? 60e3 : options.keepAliveInitialDelay;
	      socket.setKeepAlive(true, keepAliveInitialDelay);
	    }

	    const clearConnectTimeout = util.setupConnectTimeout(new WeakRef(socket), { timeout, hostname, port });

	    socket
	      .setNoDelay(true)
	      .once(protocol === 'https:' ? 'secureConnect' : 'connect', function () {
	        queueMicrotask(clearConnectTimeout);

	        if (callback) {
	          const cb = callback;
	          callback = null;
	          cb(null, this);
	        }
	      })
	      .on('error', function (err) {
	        queueMicrotask(clearConnectTimeout);

	        if (callback) {
	          const cb = callback;
	          callback = null;
	          cb(err);
	        }
	      });

	    return socket
	  }
	}

	connect = buildConnector;
	return connect;
}

var constants$1 = {};

var utils = {};

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	Object.defineProperty(utils, "__esModule", { value: true });
	utils.enumToMap = enumToMap;
	function enumToMap(obj, filter = [], exceptions = []) {
	    const emptyFilter = (filter?.length ?? 0) === 0;
	    const emptyExceptions = (exceptions?.length ?? 0) === 0;
	    return Object.fromEntries(Object.entries(obj).filter(([, value]) => {
	        return (typeof value === 'number' &&
	            (emptyFilter || filter.includes(value)) &&
	            (emptyExceptions || !exceptions.includes(value)));
	    }));
	}
	return utils;
}

var hasRequiredConstants$1;

function requireConstants$1 () {
	if (hasRequiredConstants$1) return constants$1;
	hasRequiredConstants$1 = 1;
	(function (exports) {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.SPECIAL_HEADERS = exports.MINOR = exports.MAJOR = exports.HTAB_SP_VCHAR_OBS_TEXT = exports.QUOTED_STRING = exports.CONNECTION_TOKEN_CHARS = exports.HEADER_CHARS = exports.TOKEN = exports.HEX = exports.URL_CHAR = exports.USERINFO_CHARS = exports.MARK = exports.ALPHANUM = exports.NUM = exports.HEX_MAP = exports.NUM_MAP = exports.ALPHA = exports.STATUSES_HTTP = exports.H_METHOD_MAP = exports.METHOD_MAP = exports.METHODS_RTSP = exports.METHODS_ICE = exports.METHODS_HTTP = exports.HEADER_STATE = exports.FINISH = exports.STATUSES = exports.METHODS = exports.LENIENT_FLAGS = exports.FLAGS = exports.TYPE = exports.ERROR = void 0;
		const utils_1 = requireUtils();
		// Emums
		exports.ERROR = {
		    OK: 0,
		    INTERNAL: 1,
		    STRICT: 2,
		    CR_EXPECTED: 25,
		    LF_EXPECTED: 3,
		    UNEXPECTED_CONTENT_LENGTH: 4,
		    UNEXPECTED_SPACE: 30,
		    CLOSED_CONNECTION: 5,
		    INVALID_METHOD: 6,
		    INVALID_URL: 7,
		    INVALID_CONSTANT: 8,
		    INVALID_VERSION: 9,
		    INVALID_HEADER_TOKEN: 10,
		    INVALID_CONTENT_LENGTH: 11,
		    INVALID_CHUNK_SIZE: 12,
		    INVALID_STATUS: 13,
		    INVALID_EOF_STATE: 14,
		    INVALID_TRANSFER_ENCODING: 15,
		    CB_MESSAGE_BEGIN: 16,
		    CB_HEADERS_COMPLETE: 17,
		    CB_MESSAGE_COMPLETE: 18,
		    CB_CHUNK_HEADER: 19,
		    CB_CHUNK_COMPLETE: 20,
		    PAUSED: 21,
		    PAUSED_UPGRADE: 22,
		    PAUSED_H2_UPGRADE: 23,
		    USER: 24,
		    CB_URL_COMPLETE: 26,
		    CB_STATUS_COMPLETE: 27,
		    CB_METHOD_COMPLETE: 32,
		    CB_VERSION_COMPLETE: 33,
		    CB_HEADER_FIELD_COMPLETE: 28,
		    CB_HEADER_VALUE_COMPLETE: 29,
		    CB_CHUNK_EXTENSION_NAME_COMPLETE: 34,
		    CB_CHUNK_EXTENSION_VALUE_COMPLETE: 35,
		    CB_RESET: 31,
		    CB_PROTOCOL_COMPLETE: 38,
		};
		exports.TYPE = {
		    BOTH: 0, // default
		    REQUEST: 1,
		    RESPONSE: 2,
		};
		exports.FLAGS = {
		    CONNECTION_KEEP_ALIVE: 1 << 0,
		    CONNECTION_CLOSE: 1 << 1,
		    CONNECTION_UPGRADE: 1 << 2,
		    CHUNKED: 1 << 3,
		    UPGRADE: 1 << 4,
		    CONTENT_LENGTH: 1 << 5,
		    SKIPBODY: 1 << 6,
		    TRAILING: 1 << 7,
		    // 1 << 8 is unused
		    TRANSFER_ENCODING: 1 << 9,
		};
		exports.LENIENT_FLAGS = {
		    HEADERS: 1 << 0,
		    CHUNKED_LENGTH: 1 << 1,
		    KEEP_ALIVE: 1 << 2,
		    TRANSFER_ENCODING: 1 << 3,
		    VERSION: 1 << 4,
		    DATA_AFTER_CLOSE: 1 << 5,
		    OPTIONAL_LF_AFTER_CR: 1 << 6,
		    OPTIONAL_CRLF_AFTER_CHUNK: 1 << 7,
		    OPTIONAL_CR_BEFORE_LF: 1 << 8,
		    SPACES_AFTER_CHUNK_SIZE: 1 << 9,
		};
		exports.METHODS = {
		    'DELETE': 0,
		    'GET': 1,
		    'HEAD': 2,
		    'POST': 3,
		    'PUT': 4,
		    /* pathological */
		    'CONNECT': 5,
		    'OPTIONS': 6,
		    'TRACE': 7,
		    /* WebDAV */
		    'COPY': 8,
		    'LOCK': 9,
		    'MKCOL': 10,
		    'MOVE': 11,
		    'PROPFIND': 12,
		    'PROPPATCH': 13,
		    'SEARCH': 14,
		    'UNLOCK': 15,
		    'BIND': 16,
		    'REBIND': 17,
		    'UNBIND': 18,
		    'ACL': 19,
		    /* subversion */
		    'REPORT': 20,
		    'MKACTIVITY': 21,
		    'CHECKOUT': 22,
		    'MERGE': 23,
		    /* upnp */
		    'M-SEARCH': 24,
		    'NOTIFY': 25,
		    'SUBSCRIBE': 26,
		    'UNSUBSCRIBE': 27,
		    /* RFC-5789 */
		    'PATCH': 28,
		    'PURGE': 29,
		    /* CalDAV */
		    'MKCALENDAR': 30,
		    /* RFC-2068, section 19.6.1.2 */
		    'LINK': 31,
		    'UNLINK': 32,
		    /* icecast */
		    'SOURCE': 33,
		    /* RFC-7540, section 11.6 */
		    'PRI': 34,
		    /* RFC-2326 RTSP */
		    'DESCRIBE': 35,
		    'ANNOUNCE': 36,
		    'SETUP': 37,
		    'PLAY': 38,
		    'PAUSE': 39,
		    'TEARDOWN': 40,
		    'GET_PARAMETER': 41,
		    'SET_PARAMETER': 42,
		    'REDIRECT': 43,
		    'RECORD': 44,
		    /* RAOP */
		    'FLUSH': 45,
		    /* DRAFT https://www.ietf.org/archive/id/draft-ietf-httpbis-safe-method-w-body-02.html */
		    'QUERY': 46,
		};
		exports.STATUSES = {
		    CONTINUE: 100,
		    SWITCHING_PROTOCOLS: 101,
		    PROCESSING: 102,
		    EARLY_HINTS: 103,
		    RESPONSE_IS_STALE: 110, // Unofficial
		    REVALIDATION_FAILED: 111, // Unofficial
		    DISCONNECTED_OPERATION: 112, // Unofficial
		    HEURISTIC_EXPIRATION: 113, // Unofficial
		    MISCELLANEOUS_WARNING: 199, // Unofficial
		    OK: 200,
		    CREATED: 201,
		    ACCEPTED: 202,
		    NON_AUTHORITATIVE_INFORMATION: 203,
		    NO_CONTENT: 204,
		    RESET_CONTENT: 205,
		    PARTIAL_CONTENT: 206,
		    MULTI_STATUS: 207,
		    ALREADY_REPORTED: 208,
		    TRANSFORMATION_APPLIED: 214, // Unofficial
		    IM_USED: 226,
		    MISCELLANEOUS_PERSISTENT_WARNING: 299, // Unofficial
		    MULTIPLE_CHOICES: 300,
		    MOVED_PERMANENTLY: 301,
		    FOUND: 302,
		    SEE_OTHER: 303,
		    NOT_MODIFIED: 304,
		    USE_PROXY: 305,
		    SWITCH_PROXY: 306, // No longer used
		    TEMPORARY_REDIRECT: 307,
		    PERMANENT_REDIRECT: 308,
		    BAD_REQUEST: 400,
		    UNAUTHORIZED: 401,
		    PAYMENT_REQUIRED: 402,
		    FORBIDDEN: 403,
		    NOT_FOUND: 404,
		    METHOD_NOT_ALLOWED: 405,
		    NOT_ACCEPTABLE: 406,
		    PROXY_AUTHENTICATION_REQUIRED: 407,
		    REQUEST_TIMEOUT: 408,
		    CONFLICT: 409,
		    GONE: 410,
		    LENGTH_REQUIRED: 411,
		    PRECONDITION_FAILED: 412,
		    PAYLOAD_TOO_LARGE: 413,
		    URI_TOO_LONG: 414,
		    UNSUPPORTED_MEDIA_TYPE: 415,
		    RANGE_NOT_SATISFIABLE: 416,
		    EXPECTATION_FAILED: 417,
		    IM_A_TEAPOT: 418,
		    PAGE_EXPIRED: 419, // Unofficial
		    ENHANCE_YOUR_CALM: 420, // Unofficial
		    MISDIRECTED_REQUEST: 421,
		    UNPROCESSABLE_ENTITY: 422,
		    LOCKED: 423,
		    FAILED_DEPENDENCY: 424,
		    TOO_EARLY: 425,
		    UPGRADE_REQUIRED: 426,
		    PRECONDITION_REQUIRED: 428,
		    TOO_MANY_REQUESTS: 429,
		    REQUEST_HEADER_FIELDS_TOO_LARGE_UNOFFICIAL: 430, // Unofficial
		    REQUEST_HEADER_FIELDS_TOO_LARGE: 431,
		    LOGIN_TIMEOUT: 440, // Unofficial
		    NO_RESPONSE: 444, // Unofficial
		    RETRY_WITH: 449, // Unofficial
		    BLOCKED_BY_PARENTAL_CONTROL: 450, // Unofficial
		    UNAVAILABLE_FOR_LEGAL_REASONS: 451,
		    CLIENT_CLOSED_LOAD_BALANCED_REQUEST: 460, // Unofficial
		    INVALID_X_FORWARDED_FOR: 463, // Unofficial
		    REQUEST_HEADER_TOO_LARGE: 494, // Unofficial
		    SSL_CERTIFICATE_ERROR: 495, // Unofficial
		    SSL_CERTIFICATE_REQUIRED: 496, // Unofficial
		    HTTP_REQUEST_SENT_TO_HTTPS_PORT: 497, // Unofficial
		    INVALID_TOKEN: 498, // Unofficial
		    CLIENT_CLOSED_REQUEST: 499, // Unofficial
		    INTERNAL_SERVER_ERROR: 500,
		    NOT_IMPLEMENTED: 501,
		    BAD_GATEWAY: 502,
		    SERVICE_UNAVAILABLE: 503,
		    GATEWAY_TIMEOUT: 504,
		    HTTP_VERSION_NOT_SUPPORTED: 505,
		    VARIANT_ALSO_NEGOTIATES: 506,
		    INSUFFICIENT_STORAGE: 507,
		    LOOP_DETECTED: 508,
		    BANDWIDTH_LIMIT_EXCEEDED: 509,
		    NOT_EXTENDED: 510,
		    NETWORK_AUTHENTICATION_REQUIRED: 511,
		    WEB_SERVER_UNKNOWN_ERROR: 520, // Unofficial
		    WEB_SERVER_IS_DOWN: 521, // Unofficial
		    CONNECTION_TIMEOUT: 522, // Unofficial
		    ORIGIN_IS_UNREACHABLE: 523, // Unofficial
		    TIMEOUT_OCCURED: 524, // Unofficial
		    SSL_HANDSHAKE_FAILED: 525, // Unofficial
		    INVALID_SSL_CERTIFICATE: 526, // Unofficial
		    RAILGUN_ERROR: 527, // Unofficial
		    SITE_IS_OVERLOADED: 529, // Unofficial
		    SITE_IS_FROZEN: 530, // Unofficial
		    IDENTITY_PROVIDER_AUTHENTICATION_ERROR: 561, // Unofficial
		    NETWORK_READ_TIMEOUT: 598, // Unofficial
		    NETWORK_CONNECT_TIMEOUT: 599, // Unofficial
		};
		exports.FINISH = {
		    SAFE: 0,
		    SAFE_WITH_CB: 1,
		    UNSAFE: 2,
		};
		exports.HEADER_STATE = {
		    GENERAL: 0,
		    CONNECTION: 1,
		    CONTENT_LENGTH: 2,
		    TRANSFER_ENCODING: 3,
		    UPGRADE: 4,
		    CONNECTION_KEEP_ALIVE: 5,
		    CONNECTION_CLOSE: 6,
		    CONNECTION_UPGRADE: 7,
		    TRANSFER_ENCODING_CHUNKED: 8,
		};
		// C headers
		exports.METHODS_HTTP = [
		    exports.METHODS.DELETE,
		    exports.METHODS.GET,
		    exports.METHODS.HEAD,
		    exports.METHODS.POST,
		    exports.METHODS.PUT,
		    exports.METHODS.CONNECT,
		    exports.METHODS.OPTIONS,
		    exports.METHODS.TRACE,
		    exports.METHODS.COPY,
		    exports.METHODS.LOCK,
		    exports.METHODS.MKCOL,
		    exports.METHODS.MOVE,
		    exports.METHODS.PROPFIND,
		    exports.METHODS.PROPPATCH,
		    exports.METHODS.SEARCH,
		    exports.METHODS.UNLOCK,
		    exports.METHODS.BIND,
		    exports.METHODS.REBIND,
		    exports.METHODS.UNBIND,
		    exports.METHODS.ACL,
		    exports.METHODS.REPORT,
		    exports.METHODS.MKACTIVITY,
		    exports.METHODS.CHECKOUT,
		    exports.METHODS.MERGE,
		    exports.METHODS['M-SEARCH'],
		    exports.METHODS.NOTIFY,
		    exports.METHODS.SUBSCRIBE,
		    exports.METHODS.UNSUBSCRIBE,
		    exports.METHODS.PATCH,
		    exports.METHODS.PURGE,
		    exports.METHODS.MKCALENDAR,
		    exports.METHODS.LINK,
		    exports.METHODS.UNLINK,
		    exports.METHODS.PRI,
		    // TODO(indutny): should we allow it with HTTP?
		    exports.METHODS.SOURCE,
		    exports.METHODS.QUERY,
		];
		exports.METHODS_ICE = [
		    exports.METHODS.SOURCE,
		];
		exports.METHODS_RTSP = [
		    exports.METHODS.OPTIONS,
		    exports.METHODS.DESCRIBE,
		    exports.METHODS.ANNOUNCE,
		    exports.METHODS.SETUP,
		    exports.METHODS.PLAY,
		    exports.METHODS.PAUSE,
		    exports.METHODS.TEARDOWN,
		    exports.METHODS.GET_PARAMETER,
		    exports.METHODS.SET_PARAMETER,
		    exports.METHODS.REDIRECT,
		    exports.METHODS.RECORD,
		    exports.METHODS.FLUSH,
		    // For AirPlay
		    exports.METHODS.GET,
		    exports.METHODS.POST,
		];
		exports.METHOD_MAP = (0, utils_1.enumToMap)(exports.METHODS);
		exports.H_METHOD_MAP = Object.fromEntries(Object.entries(exports.METHODS).filter(([k]) => k.startsWith('H')));
		exports.STATUSES_HTTP = [
		    exports.STATUSES.CONTINUE,
		    exports.STATUSES.SWITCHING_PROTOCOLS,
		    exports.STATUSES.PROCESSING,
		    exports.STATUSES.EARLY_HINTS,
		    exports.STATUSES.RESPONSE_IS_STALE,
		    exports.STATUSES.REVALIDATION_FAILED,
		    exports.STATUSES.DISCONNECTED_OPERATION,
		    exports.STATUSES.HEURISTIC_EXPIRATION,
		    exports.STATUSES.MISCELLANEOUS_WARNING,
		    exports.STATUSES.OK,
		    exports.STATUSES.CREATED,
		    exports.STATUSES.ACCEPTED,
		    exports.STATUSES.NON_AUTHORITATIVE_INFORMATION,
		    exports.STATUSES.NO_CONTENT,
		    exports.STATUSES.RESET_CONTENT,
		    exports.STATUSES.PARTIAL_CONTENT,
		    exports.STATUSES.MULTI_STATUS,
		    exports.STATUSES.ALREADY_REPORTED,
		    exports.STATUSES.TRANSFORMATION_APPLIED,
		    exports.STATUSES.IM_USED,
		    exports.STATUSES.MISCELLANEOUS_PERSISTENT_WARNING,
		    exports.STATUSES.MULTIPLE_CHOICES,
		    exports.STATUSES.MOVED_PERMANENTLY,
		    exports.STATUSES.FOUND,
		    exports.STATUSES.SEE_OTHER,
		    exports.STATUSES.NOT_MODIFIED,
		    exports.STATUSES.USE_PROXY,
		    exports.STATUSES.SWITCH_PROXY,
		    exports.STATUSES.TEMPORARY_REDIRECT,
		    exports.STATUSES.PERMANENT_REDIRECT,
		    exports.STATUSES.BAD_REQUEST,
		    exports.STATUSES.UNAUTHORIZED,
		    exports.STATUSES.PAYMENT_REQUIRED,
		    exports.STATUSES.FORBIDDEN,
		    exports.STATUSES.NOT_FOUND,
		    exports.STATUSES.METHOD_NOT_ALLOWED,
		    exports.STATUSES.NOT_ACCEPTABLE,
		    exports.STATUSES.PROXY_AUTHENTICATION_REQUIRED,
		    exports.STATUSES.REQUEST_TIMEOUT,
		    exports.STATUSES.CONFLICT,
		    exports.STATUSES.GONE,
		    exports.STATUSES.LENGTH_REQUIRED,
		    exports.STATUSES.PRECONDITION_FAILED,
		    exports.STATUSES.PAYLOAD_TOO_LARGE,
		    exports.STATUSES.URI_TOO_LONG,
		    exports.STATUSES.UNSUPPORTED_MEDIA_TYPE,
		    exports.STATUSES.RANGE_NOT_SATISFIABLE,
		    exports.STATUSES.EXPECTATION_FAILED,
		    exports.STATUSES.IM_A_TEAPOT,
		    exports.STATUSES.PAGE_EXPIRED,
		    exports.STATUSES.ENHANCE_YOUR_CALM,
		    exports.STATUSES.MISDIRECTED_REQUEST,
		    exports.STATUSES.UNPROCESSABLE_ENTITY,
		    exports.STATUSES.LOCKED,
		    exports.STATUSES.FAILED_DEPENDENCY,
		    exports.STATUSES.TOO_EARLY,
		    exports.STATUSES.UPGRADE_REQUIRED,
		    exports.STATUSES.PRECONDITION_REQUIRED,
		    exports.STATUSES.TOO_MANY_REQUESTS,
		    exports.STATUSES.REQUEST_HEADER_FIELDS_TOO_LARGE_UNOFFICIAL,
		    exports.STATUSES.REQUEST_HEADER_FIELDS_TOO_LARGE,
		    exports.STATUSES.LOGIN_TIMEOUT,
		    exports.STATUSES.NO_RESPONSE,
		    exports.STATUSES.RETRY_WITH,
		    exports.STATUSES.BLOCKED_BY_PARENTAL_CONTROL,
		    exports.STATUSES.UNAVAILABLE_FOR_LEGAL_REASONS,
		    exports.STATUSES.CLIENT_CLOSED_LOAD_BALANCED_REQUEST,
		    exports.STATUSES.INVALID_X_FORWARDED_FOR,
		    exports.STATUSES.REQUEST_HEADER_TOO_LARGE,
		    exports.STATUSES.SSL_CERTIFICATE_ERROR,
		    exports.STATUSES.SSL_CERTIFICATE_REQUIRED,
		    exports.STATUSES.HTTP_REQUEST_SENT_TO_HTTPS_PORT,
		    exports.STATUSES.INVALID_TOKEN,
		    exports.STATUSES.CLIENT_CLOSED_REQUEST,
		    exports.STATUSES.INTERNAL_SERVER_ERROR,
		    exports.STATUSES.NOT_IMPLEMENTED,
		    exports.STATUSES.BAD_GATEWAY,
		    exports.STATUSES.SERVICE_UNAVAILABLE,
		    exports.STATUSES.GATEWAY_TIMEOUT,
		    exports.STATUSES.HTTP_VERSION_NOT_SUPPORTED,
		    exports.STATUSES.VARIANT_ALSO_NEGOTIATES,
		    exports.STATUSES.INSUFFICIENT_STORAGE,
		    exports.STATUSES.LOOP_DETECTED,
		    exports.STATUSES.BANDWIDTH_LIMIT_EXCEEDED,
		    exports.STATUSES.NOT_EXTENDED,
		    exports.STATUSES.NETWORK_AUTHENTICATION_REQUIRED,
		    exports.STATUSES.WEB_SERVER_UNKNOWN_ERROR,
		    exports.STATUSES.WEB_SERVER_IS_DOWN,
		    exports.STATUSES.CONNECTION_TIMEOUT,
		    exports.STATUSES.ORIGIN_IS_UNREACHABLE,
		    exports.STATUSES.TIMEOUT_OCCURED,
		    exports.STATUSES.SSL_HANDSHAKE_FAILED,
		    exports.STATUSES.INVALID_SSL_CERTIFICATE,
		    exports.STATUSES.RAILGUN_ERROR,
		    exports.STATUSES.SITE_IS_OVERLOADED,
		    exports.STATUSES.SITE_IS_FROZEN,
		    exports.STATUSES.IDENTITY_PROVIDER_AUTHENTICATION_ERROR,
		    exports.STATUSES.NETWORK_READ_TIMEOUT,
		    exports.STATUSES.NETWORK_CONNECT_TIMEOUT,
		];
		exports.ALPHA = [];
		for (let i = 'A'.charCodeAt(0); i <= 'Z'.charCodeAt(0); i++) {
		    // Upper case
		    exports.ALPHA.push(String.fromCharCode(i));
		    // Lower case
		    exports.ALPHA.push(String.fromCharCode(i + 0x20));
		}
		exports.NUM_MAP = {
		    0: 0, 1: 1, 2: 2, 3: 3, 4: 4,
		    5: 5, 6: 6, 7: 7, 8: 8, 9: 9,
		};
		exports.HEX_MAP = {
		    0: 0, 1: 1, 2: 2, 3: 3, 4: 4,
		    5: 5, 6: 6, 7: 7, 8: 8, 9: 9,
		    A: 0XA, B: 0XB, C: 0XC, D: 0XD, E: 0XE, F: 0XF,
		    a: 0xa, b: 0xb, c: 0xc, d: 0xd, e: 0xe, f: 0xf,
		};
		exports.NUM = [
		    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
		];
		exports.ALPHANUM = exports.ALPHA.concat(exports.NUM);
		exports.MARK = ['-', '_', '.', '!', '~', '*', '\'', '(', ')'];
		exports.USERINFO_CHARS = exports.ALPHANUM
		    .concat(exports.MARK)
		    .concat(['%', ';', ':', '&', '=', '+', '$', ',']);
		// TODO(indutny): use RFC
		exports.URL_CHAR = [
		    '!', '"', '$', '%', '&', '\'',
		    '(', ')', '*', '+', ',', '-', '.', '/',
		    ':', ';', '<', '=', '>',
		    '@', '[', '\\', ']', '^', '_',
		    '`',
		    '{', '|', '}', '~',
		].concat(exports.ALPHANUM);
		exports.HEX = exports.NUM.concat(['a', 'b', 'c', 'd', 'e', 'f', 'A', 'B', 'C', 'D', 'E', 'F']);
		/* Tokens as defined by rfc 2616. Also lowercases them.
		 *        token       = 1*<any CHAR except CTLs or separators>
		 *     separators     = "(" | ")" | "<" | ">" | "@"
		 *                    | "," | ";" | ":" | "\" | <">
		 *                    | "/" | "[" | "]" | "?" | "="
		 *                    | "{" | "}" | SP | HT
		 */
		exports.TOKEN = [
		    '!', '#', '$', '%', '&', '\'',
		    '*', '+', '-', '.',
		    '^', '_', '`',
		    '|', '~',
		].concat(exports.ALPHANUM);
		/*
		 * Verify that a char is a valid visible (printable) US-ASCII
		 * character or %x80-FF
		 */
		exports.HEADER_CHARS = ['\t'];
		for (let i = 32; i <= 255; i++) {
		    if (i !== 127) {
		        exports.HEADER_CHARS.push(i);
		    }
		}
		// ',' = \x44
		exports.CONNECTION_TOKEN_CHARS = exports.HEADER_CHARS.filter((c) => c !== 44);
		exports.QUOTED_STRING = ['\t', ' '];
		for (let i = 0x21; i <= 0xff; i++) {
		    if (i !== 0x22 && i !== 0x5c) { // All characters in ASCII except \ and "
		        exports.QUOTED_STRING.push(i);
		    }
		}
		exports.HTAB_SP_VCHAR_OBS_TEXT = ['\t', ' '];
		// VCHAR: https://tools.ietf.org/html/rfc5234#appendix-B.1
		for (let i = 0x21; i <= 0x7E; i++) {
		    exports.HTAB_SP_VCHAR_OBS_TEXT.push(i);
		}
		// OBS_TEXT: https://datatracker.ietf.org/doc/html/rfc9110#name-collected-abnf
		for (let i = 0x80; i <= 0xff; i++) {
		    exports.HTAB_SP_VCHAR_OBS_TEXT.push(i);
		}
		exports.MAJOR = exports.NUM_MAP;
		exports.MINOR = exports.MAJOR;
		exports.SPECIAL_HEADERS = {
		    'connection': exports.HEADER_STATE.CONNECTION,
		    'content-length': exports.HEADER_STATE.CONTENT_LENGTH,
		    'proxy-connection': exports.HEADER_STATE.CONNECTION,
		    'transfer-encoding': exports.HEADER_STATE.TRANSFER_ENCODING,
		    'upgrade': exports.HEADER_STATE.UPGRADE,
		};
		exports.default = {
		    ERROR: exports.ERROR,
		    TYPE: exports.TYPE,
		    FLAGS: exports.FLAGS,
		    LENIENT_FLAGS: exports.LENIENT_FLAGS,
		    METHODS: exports.METHODS,
		    STATUSES: exports.STATUSES,
		    FINISH: exports.FINISH,
		    HEADER_STATE: exports.HEADER_STATE,
		    ALPHA: exports.ALPHA,
		    NUM_MAP: exports.NUM_MAP,
		    HEX_MAP: exports.HEX_MAP,
		    NUM: exports.NUM,
		    ALPHANUM: exports.ALPHANUM,
		    MARK: exports.MARK,
		    USERINFO_CHARS: exports.USERINFO_CHARS,
		    URL_CHAR: exports.URL_CHAR,
		    HEX: exports.HEX,
		    TOKEN: exports.TOKEN,
		    HEADER_CHARS: exports.HEADER_CHARS,
		    CONNECTION_TOKEN_CHARS: exports.CONNECTION_TOKEN_CHARS,
		    QUOTED_STRING: exports.QUOTED_STRING,
		    HTAB_SP_VCHAR_OBS_TEXT: exports.HTAB_SP_VCHAR_OBS_TEXT,
		    MAJOR: exports.MAJOR,
		    MINOR: exports.MINOR,
		    SPECIAL_HEADERS: exports.SPECIAL_HEADERS,
		    METHODS_HTTP: exports.METHODS_HTTP,
		    METHODS_ICE: exports.METHODS_ICE,
		    METHODS_RTSP: exports.METHODS_RTSP,
		    METHOD_MAP: exports.METHOD_MAP,
		    H_METHOD_MAP: exports.H_METHOD_MAP,
		    STATUSES_HTTP: exports.STATUSES_HTTP,
		}; 
	} (constants$1));
	return constants$1;
}

var llhttpWasm = {exports: {}};

llhttpWasm.exports;

var hasRequiredLlhttpWasm;

function requireLlhttpWasm () {
	if (hasRequiredLlhttpWasm) return llhttpWasm.exports;
	hasRequiredLlhttpWasm = 1;
	(function (module) {

		const { Buffer } = require$$0$2;

		const wasmBase64 = 'AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAn9/AGABfwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAzU0BQYAAAMAAAAAAAADAQMAAwMDAAACAAAAAAICAgICAgICAgIBAQEBAQEBAQEBAwAAAwAAAAQFAXABExMFAwEAAgYIAX8BQcDZBAsHxQcoBm1lbW9yeQIAC19pbml0aWFsaXplAAgZX19pbmRpcmVjdF9mdW5jdGlvbl90YWJsZQEAC2xsaHR0cF9pbml0AAkYbGxodHRwX3Nob3VsZF9rZWVwX2FsaXZlADcMbGxodHRwX2FsbG9jAAsGbWFsbG9jADkLbGxodHRwX2ZyZWUADARmcmVlAAwPbGxodHRwX2dldF90eXBlAA0VbGxodHRwX2dldF9odHRwX21ham9yAA4VbGxodHRwX2dldF9odHRwX21pbm9yAA8RbGxodHRwX2dldF9tZXRob2QAEBZsbGh0dHBfZ2V0X3N0YXR1c19jb2RlABESbGxodHRwX2dldF91cGdyYWRlABIMbGxodHRwX3Jlc2V0ABMObGxodHRwX2V4ZWN1dGUAFBRsbGh0dHBfc2V0dGluZ3NfaW5pdAAVDWxsaHR0cF9maW5pc2gAFgxsbGh0dHBfcGF1c2UAFw1sbGh0dHBfcmVzdW1lABgbbGxodHRwX3Jlc3VtZV9hZnRlcl91cGdyYWRlABkQbGxodHRwX2dldF9lcnJubwAaF2xsaHR0cF9nZXRfZXJyb3JfcmVhc29uABsXbGxodHRwX3NldF9lcnJvcl9yZWFzb24AHBRsbGh0dHBfZ2V0X2Vycm9yX3BvcwAdEWxsaHR0cF9lcnJub19uYW1lAB4SbGxodHRwX21ldGhvZF9uYW1lAB8SbGxodHRwX3N0YXR1c19uYW1lACAabGxodHRwX3NldF9sZW5pZW50X2hlYWRlcnMAISFsbGh0dHBfc2V0X2xlbmllbnRfY2h1bmtlZF9sZW5ndGgAIh1sbGh0dHBfc2V0X2xlbmllbnRfa2VlcF9hbGl2ZQAjJGxsaHR0cF9zZXRfbGVuaWVudF90cmFuc2Zlcl9lbmNvZGluZwAkGmxsaHR0cF9zZXRfbGVuaWVudF92ZXJzaW9uACUjbGxodHRwX3NldF9sZW5pZW50X2RhdGFfYWZ0ZXJfY2xvc2UAJidsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfbGZfYWZ0ZXJfY3IAJyxsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfY3JsZl9hZnRlcl9jaHVuawAoKGxsaHR0cF9zZXRfbGVuaWVudF9vcHRpb25hbF9jcl9iZWZvcmVfbGYAKSpsbGh0dHBfc2V0X2xlbmllbnRfc3BhY2VzX2FmdGVyX2NodW5rX3NpemUAKhhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YANgkYAQBBAQsSAQIDBAUKBgcyNDMuKy8tLDAxCq/ZAjQWAEHA1QAoAgAEQAALQcDVAEEBNgIACxQAIAAQOCAAIAI2AjggACABOgAoCxQAIAAgAC8BNCAALQAwIAAQNxAACx4BAX9BwAAQOiIBEDggAUGACDYCOCABIAA6ACggAQuPDAEHfwJAIABFDQAgAEEIayIBIABBBGsoAgAiAEF4cSIEaiEFAkAgAEEBcQ0AIABBA3FFDQEgASABKAIAIgBrIgFB1NUAKAIASQ0BIAAgBGohBAJAAkBB2NUAKAIAIAFHBEAgAEH/AU0EQCAAQQN2IQMgASgCCCIAIAEoAgwiAkYEQEHE1QBBxNUAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgASgCGCEGIAEgASgCDCIARwRAIAAgASgCCCICNgIIIAIgADYCDAwDCyABQRRqIgMoAgAiAkUEQCABKAIQIgJFDQIgAUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSgCBCIAQQNxQQNHDQIgBSAAQX5xNgIEQczVACAENgIAIAUgBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgASgCHCICQQJ0QfTXAGoiAygCACABRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAFGG2ogADYCACAARQ0BCyAAIAY2AhggASgCECICBEAgACACNgIQIAIgADYCGAsgAUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBU8NACAFKAIEIgBBAXFFDQACQAJAAkACQCAAQQJxRQRAQdzVACgCACAFRgRAQdzVACABNgIAQdDVAEHQ1QAoAgAgBGoiADYCACABIABBAXI2AgQgAUHY1QAoAgBHDQZBzNUAQQA2AgBB2NUAQQA2AgAMBgtB2NUAKAIAIAVGBEBB2NUAIAE2AgBBzNUAQczVACgCACAEaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2AgAMBgsgAEF4cSAEaiEEIABB/wFNBEAgAEEDdiEDIAUoAggiACAFKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwFCyACIAA2AgggACACNgIMDAQLIAUoAhghBiAFIAUoAgwiAEcEQEHU1QAoAgAaIAAgBSgCCCICNgIIIAIgADYCDAwDCyAFQRRqIgMoAgAiAkUEQCAFKAIQIgJFDQIgBUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSAAQX5xNgIEIAEgBGogBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgBSgCHCICQQJ0QfTXAGoiAygCACAFRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAVGG2ogADYCACAARQ0BCyAAIAY2AhggBSgCECICBEAgACACNgIQIAIgADYCGAsgBUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBGogBDYCACABIARBAXI2AgQgAUHY1QAoAgBHDQBBzNUAIAQ2AgAMAQsgBEH/AU0EQCAEQXhxQezVAGohAAJ/QcTVACgCACICQQEgBEEDdnQiA3FFBEBBxNUAIAIgA3I2AgAgAAwBCyAAKAIICyICIAE2AgwgACABNgIIIAEgADYCDCABIAI2AggMAQtBHyECIARB////B00EQCAEQSYgBEEIdmciAGt2QQFxIABBAXRrQT5qIQILIAEgAjYCHCABQgA3AhAgAkECdEH01wBqIQACQEHI1QAoAgAiA0EBIAJ0IgdxRQRAIAAgATYCAEHI1QAgAyAHcjYCACABIAA2AhggASABNgIIIAEgATYCDAwBCyAEQRkgAkEBdmtBACACQR9HG3QhAiAAKAIAIQACQANAIAAiAygCBEF4cSAERg0BIAJBHXYhACACQQF0IQIgAyAAQQRxakEQaiIHKAIAIgANAAsgByABNgIAIAEgAzYCGCABIAE2AgwgASABNgIIDAELIAMoAggiACABNgIMIAMgATYCCCABQQA2AhggASADNgIMIAEgADYCCAtB5NUAQeTVACgCAEEBayIAQX8gABs2AgALCwcAIAAtACgLBwAgAC0AKgsHACAALQArCwcAIAAtACkLBwAgAC8BNAsHACAALQAwC0ABBH8gACgCGCEBIAAvAS4hAiAALQAoIQMgACgCOCEEIAAQOCAAIAQ2AjggACADOgAoIAAgAjsBLiAAIAE2AhgL5YUCAgd/A34gASACaiEEAkAgACIDKAIMIgANACADKAIEBEAgAyABNgIECyMAQRBrIgkkAAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAygCHCICQQJrDvwBAfkBAgMEBQYHCAkKCwwNDg8QERL4ARP3ARQV9gEWF/UBGBkaGxwdHh8g/QH7ASH0ASIjJCUmJygpKivzASwtLi8wMTLyAfEBMzTwAe8BNTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5P+gFQUVJT7gHtAVTsAVXrAVZXWFla6gFbXF1eX2BhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AbgBuQG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAccByAHJAcoBywHMAc0BzgHpAegBzwHnAdAB5gHRAdIB0wHUAeUB1QHWAdcB2AHZAdoB2wHcAd0B3gHfAeAB4QHiAeMBAPwBC0EADOMBC0EODOIBC0ENDOEBC0EPDOABC0EQDN8BC0ETDN4BC0EUDN0BC0EVDNwBC0EWDNsBC0EXDNoBC0EYDNkBC0EZDNgBC0EaDNcBC0EbDNYBC0EcDNUBC0EdDNQBC0EeDNMBC0EfDNIBC0EgDNEBC0EhDNABC0EIDM8BC0EiDM4BC0EkDM0BC0EjDMwBC0EHDMsBC0ElDMoBC0EmDMkBC0EnDMgBC0EoDMcBC0ESDMYBC0ERDMUBC0EpDMQBC0EqDMMBC0ErDMIBC0EsDMEBC0HeAQzAAQtBLgy/AQtBLwy+AQtBMAy9AQtBMQy8AQtBMgy7AQtBMwy6AQtBNAy5AQtB3wEMuAELQTUMtwELQTkMtgELQQwMtQELQTYMtAELQTcMswELQTgMsgELQT4MsQELQToMsAELQeABDK8BC0ELDK4BC0E/DK0BC0E7DKwBC0EKDKsBC0E8DKoBC0E9DKkBC0HhAQyoAQtBwQAMpwELQcAADKYBC0HCAAylAQtBCQykAQtBLQyjAQtBwwAMogELQcQADKEBC0HFAAygAQtBxgAMnwELQccADJ4BC0HIAAydAQtByQAMnAELQcoADJsBC0HLAAyaAQtBzAAMmQELQc0ADJgBC0HOAAyXAQtBzwAMlgELQdAADJUBC0HRAAyUAQtB0gAMkwELQdMADJIBC0HVAAyRAQtB1AAMkAELQdYADI8BC0HXAAyOAQtB2AAMjQELQdkADIwBC0HaAAyLAQtB2wAMigELQdwADIkBC0HdAAyIAQtB3gAMhwELQd8ADIYBC0HgAAyFAQtB4QAMhAELQeIADIMBC0HjAAyCAQtB5AAMgQELQeUADIABC0HiAQx/C0HmAAx+C0HnAAx9C0EGDHwLQegADHsLQQUMegtB6QAMeQtBBAx4C0HqAAx3C0HrAAx2C0HsAAx1C0HtAAx0C0EDDHMLQe4ADHILQe8ADHELQfAADHALQfIADG8LQfEADG4LQfMADG0LQfQADGwLQfUADGsLQfYADGoLQQIMaQtB9wAMaAtB+AAMZwtB+QAMZgtB+gAMZQtB+wAMZAtB/AAMYwtB/QAMYgtB/gAMYQtB/wAMYAtBgAEMXwtBgQEMXgtBggEMXQtBgwEMXAtBhAEMWwtBhQEMWgtBhgEMWQtBhwEMWAtBiAEMVwtBiQEMVgtBigEMVQtBiwEMVAtBjAEMUwtBjQEMUgtBjgEMUQtBjwEMUAtBkAEMTwtBkQEMTgtBkgEMTQtBkwEMTAtBlAEMSwtBlQEMSgtBlgEMSQtBlwEMSAtBmAEMRwtBmQEMRgtBmgEMRQtBmwEMRAtBnAEMQwtBnQEMQgtBngEMQQtBnwEMQAtBoAEMPwtBoQEMPgtBogEMPQtBowEMPAtBpAEMOwtBpQEMOgtBpgEMOQtBpwEMOAtBqAEMNwtBqQEMNgtBqgEMNQtBqwEMNAtBrAEMMwtBrQEMMgtBrgEMMQtBrwEMMAtBsAEMLwtBsQEMLgtBsgEMLQtBswEMLAtBtAEMKwtBtQEMKgtBtgEMKQtBtwEMKAtBuAEMJwtBuQEMJgtBugEMJQtBuwEMJAtBvAEMIwtBvQEMIgtBvgEMIQtBvwEMIAtBwAEMHwtBwQEMHgtBwgEMHQtBAQwcC0HDAQwbC0HEAQwaC0HFAQwZC0HGAQwYC0HHAQwXC0HIAQwWC0HJAQwVC0HKAQwUC0HLAQwTC0HMAQwSC0HNAQwRC0HOAQwQC0HPAQwPC0HQAQwOC0HRAQwNC0HSAQwMC0HTAQwLC0HUAQwKC0HVAQwJC0HWAQwIC0HjAQwHC0HXAQwGC0HYAQwFC0HZAQwEC0HaAQwDC0HbAQwCC0HdAQwBC0HcAQshAgNAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJ/AkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAMCfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAg7jAQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEjJCUnKCmeA5sDmgORA4oDgwOAA/0C+wL4AvIC8QLvAu0C6ALnAuYC5QLkAtwC2wLaAtkC2ALXAtYC1QLPAs4CzALLAsoCyQLIAscCxgLEAsMCvgK8AroCuQK4ArcCtgK1ArQCswKyArECsAKuAq0CqQKoAqcCpgKlAqQCowKiAqECoAKfApgCkAKMAosCigKBAv4B/QH8AfsB+gH5AfgB9wH1AfMB8AHrAekB6AHnAeYB5QHkAeMB4gHhAeAB3wHeAd0B3AHaAdkB2AHXAdYB1QHUAdMB0gHRAdABzwHOAc0BzAHLAcoByQHIAccBxgHFAcQBwwHCAcEBwAG/Ab4BvQG8AbsBugG5AbgBtwG2AbUBtAGzAbIBsQGwAa8BrgGtAawBqwGqAakBqAGnAaYBpQGkAaMBogGfAZ4BmQGYAZcBlgGVAZQBkwGSAZEBkAGPAY0BjAGHAYYBhQGEAYMBggF9fHt6eXZ1dFBRUlNUVQsgASAERw1yQf0BIQIMvgMLIAEgBEcNmAFB2wEhAgy9AwsgASAERw3xAUGOASECDLwDCyABIARHDfwBQYQBIQIMuwMLIAEgBEcNigJB/wAhAgy6AwsgASAERw2RAkH9ACECDLkDCyABIARHDZQCQfsAIQIMuAMLIAEgBEcNHkEeIQIMtwMLIAEgBEcNGUEYIQIMtgMLIAEgBEcNygJBzQAhAgy1AwsgASAERw3VAkHGACECDLQDCyABIARHDdYCQcMAIQIMswMLIAEgBEcN3AJBOCECDLIDCyADLQAwQQFGDa0DDIkDC0EAIQACQAJAAkAgAy0AKkUNACADLQArRQ0AIAMvATIiAkECcUUNAQwCCyADLwEyIgJBAXFFDQELQQEhACADLQAoQQFGDQAgAy8BNCIGQeQAa0HkAEkNACAGQcwBRg0AIAZBsAJGDQAgAkHAAHENAEEAIQAgAkGIBHFBgARGDQAgAkEocUEARyEACyADQQA7ATIgA0EAOgAxAkAgAEUEQCADQQA6ADEgAy0ALkEEcQ0BDLEDCyADQgA3AyALIANBADoAMSADQQE6ADYMSAtBACEAAkAgAygCOCICRQ0AIAIoAjAiAkUNACADIAIRAAAhAAsgAEUNSCAAQRVHDWIgA0EENgIcIAMgATYCFCADQdIbNgIQIANBFTYCDEEAIQIMrwMLIAEgBEYEQEEGIQIMrwMLIAEtAABBCkcNGSABQQFqIQEMGgsgA0IANwMgQRIhAgyUAwsgASAERw2KA0EjIQIMrAMLIAEgBEYEQEEHIQIMrAMLAkACQCABLQAAQQprDgQBGBgAGAsgAUEBaiEBQRAhAgyTAwsgAUEBaiEBIANBL2otAABBAXENF0EAIQIgA0EANgIcIAMgATYCFCADQZkgNgIQIANBGTYCDAyrAwsgAyADKQMgIgwgBCABa60iCn0iC0IAIAsgDFgbNwMgIAogDFoNGEEIIQIMqgMLIAEgBEcEQCADQQk2AgggAyABNgIEQRQhAgyRAwtBCSECDKkDCyADKQMgUA2uAgxDCyABIARGBEBBCyECDKgDCyABLQAAQQpHDRYgAUEBaiEBDBcLIANBL2otAABBAXFFDRkMJgtBACEAAkAgAygCOCICRQ0AIAIoAlAiAkUNACADIAIRAAAhAAsgAA0ZDEILQQAhAAJAIAMoAjgiAkUNACACKAJQIgJFDQAgAyACEQAAIQALIAANGgwkC0EAIQACQCADKAI4IgJFDQAgAigCUCICRQ0AIAMgAhEAACEACyAADRsMMgsgA0Evai0AAEEBcUUNHAwiC0EAIQACQCADKAI4IgJFDQAgAigCVCICRQ0AIAMgAhEAACEACyAADRwMQgtBACEAAkAgAygCOCICRQ0AIAIoAlQiAkUNACADIAIRAAAhAAsgAA0dDCALIAEgBEYEQEETIQIMoAMLAkAgAS0AACIAQQprDgQfIyMAIgsgAUEBaiEBDB8LQQAhAAJAIAMoAjgiAkUNACACKAJUIgJFDQAgAyACEQAAIQALIAANIgxCCyABIARGBEBBFiECDJ4DCyABLQAAQcDBAGotAABBAUcNIwyDAwsCQANAIAEtAABBsDtqLQAAIgBBAUcEQAJAIABBAmsOAgMAJwsgAUEBaiEBQSEhAgyGAwsgBCABQQFqIgFHDQALQRghAgydAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAFBAWoiARA0IgANIQxBC0EAIQACQCADKAI4IgJFDQAgAigCVCICRQ0AIAMgAhEAACEACyAADSMMKgsgASAERgRAQRwhAgybAwsgA0EKNgIIIAMgATYCBEEAIQACQCADKAI4IgJFDQAgAigCUCICRQ0AIAMgAhEAACEACyAADSVBJCECDIEDCyABIARHBEADQCABLQAAQbA9ai0AACIAQQNHBEAgAEEBaw4FGBomggMlJgsgBCABQQFqIgFHDQALQRshAgyaAwtBGyECDJkDCwNAIAEtAABBsD9qLQAAIgBBA0cEQCAAQQFrDgUPEScTJicLIAQgAUEBaiIBRw0AC0EeIQIMmAMLIAEgBEcEQCADQQs2AgggAyABNgIEQQchAgz/AgtBHyECDJcDCyABIARGBEBBICECDJcDCwJAIAEtAABBDWsOFC4/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8APwtBACECIANBADYCHCADQb8LNgIQIANBAjYCDCADIAFBAWo2AhQMlgMLIANBL2ohAgNAIAEgBEYEQEEhIQIMlwMLAkACQAJAIAEtAAAiAEEJaw4YAgApKQEpKSkpKSkpKSkpKSkpKSkpKSkCJwsgAUEBaiEBIANBL2otAABBAXFFDQoMGAsgAUEBaiEBDBcLIAFBAWohASACLQAAQQJxDQALQQAhAiADQQA2AhwgAyABNgIUIANBnxU2AhAgA0EMNgIMDJUDCyADLQAuQYABcUUNAQtBACEAAkAgAygCOCICRQ0AIAIoAlwiAkUNACADIAIRAAAhAAsgAEUN5gIgAEEVRgRAIANBJDYCHCADIAE2AhQgA0GbGzYCECADQRU2AgxBACECDJQDC0EAIQIgA0EANgIcIAMgATYCFCADQZAONgIQIANBFDYCDAyTAwtBACECIANBADYCHCADIAE2AhQgA0G+IDYCECADQQI2AgwMkgMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABIAynaiIBEDIiAEUNKyADQQc2AhwgAyABNgIUIAMgADYCDAyRAwsgAy0ALkHAAHFFDQELQQAhAAJAIAMoAjgiAkUNACACKAJYIgJFDQAgAyACEQAAIQALIABFDSsgAEEVRgRAIANBCjYCHCADIAE2AhQgA0HrGTYCECADQRU2AgxBACECDJADC0EAIQIgA0EANgIcIAMgATYCFCADQZMMNgIQIANBEzYCDAyPAwtBACECIANBADYCHCADIAE2AhQgA0GCFTYCECADQQI2AgwMjgMLQQAhAiADQQA2AhwgAyABNgIUIANB3RQ2AhAgA0EZNgIMDI0DC0EAIQIgA0EANgIcIAMgATYCFCADQeYdNgIQIANBGTYCDAyMAwsgAEEVRg09QQAhAiADQQA2AhwgAyABNgIUIANB0A82AhAgA0EiNgIMDIsDCyADKAIEIQBBACECIANBADYCBCADIAAgARAzIgBFDSggA0ENNgIcIAMgATYCFCADIAA2AgwMigMLIABBFUYNOkEAIQIgA0EANgIcIAMgATYCFCADQdAPNgIQIANBIjYCDAyJAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQMyIARQRAIAFBAWohAQwoCyADQQ42AhwgAyAANgIMIAMgAUEBajYCFAyIAwsgAEEVRg03QQAhAiADQQA2AhwgAyABNgIUIANB0A82AhAgA0EiNgIMDIcDCyADKAIEIQBBACECIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDCcLIANBDzYCHCADIAA2AgwgAyABQQFqNgIUDIYDC0EAIQIgA0EANgIcIAMgATYCFCADQeIXNgIQIANBGTYCDAyFAwsgAEEVRg0zQQAhAiADQQA2AhwgAyABNgIUIANB1gw2AhAgA0EjNgIMDIQDCyADKAIEIQBBACECIANBADYCBCADIAAgARA0IgBFDSUgA0ERNgIcIAMgATYCFCADIAA2AgwMgwMLIABBFUYNMEEAIQIgA0EANgIcIAMgATYCFCADQdYMNgIQIANBIzYCDAyCAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQwlCyADQRI2AhwgAyAANgIMIAMgAUEBajYCFAyBAwsgA0Evai0AAEEBcUUNAQtBFyECDOYCC0EAIQIgA0EANgIcIAMgATYCFCADQeIXNgIQIANBGTYCDAz+AgsgAEE7Rw0AIAFBAWohAQwMC0EAIQIgA0EANgIcIAMgATYCFCADQZIYNgIQIANBAjYCDAz8AgsgAEEVRg0oQQAhAiADQQA2AhwgAyABNgIUIANB1gw2AhAgA0EjNgIMDPsCCyADQRQ2AhwgAyABNgIUIAMgADYCDAz6AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQz1AgsgA0EVNgIcIAMgADYCDCADIAFBAWo2AhQM+QILIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUEQCABQQFqIQEM8wILIANBFzYCHCADIAA2AgwgAyABQQFqNgIUDPgCCyAAQRVGDSNBACECIANBADYCHCADIAE2AhQgA0HWDDYCECADQSM2AgwM9wILIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUEQCABQQFqIQEMHQsgA0EZNgIcIAMgADYCDCADIAFBAWo2AhQM9gILIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUEQCABQQFqIQEM7wILIANBGjYCHCADIAA2AgwgAyABQQFqNgIUDPUCCyAAQRVGDR9BACECIANBADYCHCADIAE2AhQgA0HQDzYCECADQSI2AgwM9AILIAMoAgQhACADQQA2AgQgAyAAIAEQMyIARQRAIAFBAWohAQwbCyADQRw2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIM8wILIAMoAgQhACADQQA2AgQgAyAAIAEQMyIARQRAIAFBAWohAQzrAgsgA0EdNgIcIAMgADYCDCADIAFBAWo2AhRBACECDPICCyAAQTtHDQEgAUEBaiEBC0EmIQIM1wILQQAhAiADQQA2AhwgAyABNgIUIANBnxU2AhAgA0EMNgIMDO8CCyABIARHBEADQCABLQAAQSBHDYQCIAQgAUEBaiIBRw0AC0EsIQIM7wILQSwhAgzuAgsgASAERgRAQTQhAgzuAgsCQAJAA0ACQCABLQAAQQprDgQCAAADAAsgBCABQQFqIgFHDQALQTQhAgzvAgsgAygCBCEAIANBADYCBCADIAAgARAxIgBFDZ8CIANBMjYCHCADIAE2AhQgAyAANgIMQQAhAgzuAgsgAygCBCEAIANBADYCBCADIAAgARAxIgBFBEAgAUEBaiEBDJ8CCyADQTI2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIM7QILIAEgBEcEQAJAA0AgAS0AAEEwayIAQf8BcUEKTwRAQTohAgzXAgsgAykDICILQpmz5syZs+bMGVYNASADIAtCCn4iCjcDICAKIACtQv8BgyILQn+FVg0BIAMgCiALfDcDICAEIAFBAWoiAUcNAAtBwAAhAgzuAgsgAygCBCEAIANBADYCBCADIAAgAUEBaiIBEDEiAA0XDOICC0HAACECDOwCCyABIARGBEBByQAhAgzsAgsCQANAAkAgAS0AAEEJaw4YAAKiAqICqQKiAqICogKiAqICogKiAqICogKiAqICogKiAqICogKiAqICogIAogILIAQgAUEBaiIBRw0AC0HJACECDOwCCyABQQFqIQEgA0Evai0AAEEBcQ2lAiADQQA2AhwgAyABNgIUIANBlxA2AhAgA0EKNgIMQQAhAgzrAgsgASAERwRAA0AgAS0AAEEgRw0VIAQgAUEBaiIBRw0AC0H4ACECDOsCC0H4ACECDOoCCyADQQI6ACgMOAtBACECIANBADYCHCADQb8LNgIQIANBAjYCDCADIAFBAWo2AhQM6AILQQAhAgzOAgtBDSECDM0CC0ETIQIMzAILQRUhAgzLAgtBFiECDMoCC0EYIQIMyQILQRkhAgzIAgtBGiECDMcCC0EbIQIMxgILQRwhAgzFAgtBHSECDMQCC0EeIQIMwwILQR8hAgzCAgtBICECDMECC0EiIQIMwAILQSMhAgy/AgtBJSECDL4CC0HlACECDL0CCyADQT02AhwgAyABNgIUIAMgADYCDEEAIQIM1QILIANBGzYCHCADIAE2AhQgA0GkHDYCECADQRU2AgxBACECDNQCCyADQSA2AhwgAyABNgIUIANBmBo2AhAgA0EVNgIMQQAhAgzTAgsgA0ETNgIcIAMgATYCFCADQZgaNgIQIANBFTYCDEEAIQIM0gILIANBCzYCHCADIAE2AhQgA0GYGjYCECADQRU2AgxBACECDNECCyADQRA2AhwgAyABNgIUIANBmBo2AhAgA0EVNgIMQQAhAgzQAgsgA0EgNgIcIAMgATYCFCADQaQcNgIQIANBFTYCDEEAIQIMzwILIANBCzYCHCADIAE2AhQgA0GkHDYCECADQRU2AgxBACECDM4CCyADQQw2AhwgAyABNgIUIANBpBw2AhAgA0EVNgIMQQAhAgzNAgtBACECIANBADYCHCADIAE2AhQgA0HdDjYCECADQRI2AgwMzAILAkADQAJAIAEtAABBCmsOBAACAgACCyAEIAFBAWoiAUcNAAtB/QEhAgzMAgsCQAJAIAMtADZBAUcNAEEAIQACQCADKAI4IgJFDQAgAigCYCICRQ0AIAMgAhEAACEACyAARQ0AIABBFUcNASADQfwBNgIcIAMgATYCFCADQdwZNgIQIANBFTYCDEEAIQIMzQILQdwBIQIMswILIANBADYCHCADIAE2AhQgA0H5CzYCECADQR82AgxBACECDMsCCwJAAkAgAy0AKEEBaw4CBAEAC0HbASECDLICC0HUASECDLECCyADQQI6ADFBACEAAkAgAygCOCICRQ0AIAIoAgAiAkUNACADIAIRAAAhAAsgAEUEQEHdASECDLECCyAAQRVHBEAgA0EANgIcIAMgATYCFCADQbQMNgIQIANBEDYCDEEAIQIMygILIANB+wE2AhwgAyABNgIUIANBgRo2AhAgA0EVNgIMQQAhAgzJAgsgASAERgRAQfoBIQIMyQILIAEtAABByABGDQEgA0EBOgAoC0HAASECDK4CC0HaASECDK0CCyABIARHBEAgA0EMNgIIIAMgATYCBEHZASECDK0CC0H5ASECDMUCCyABIARGBEBB+AEhAgzFAgsgAS0AAEHIAEcNBCABQQFqIQFB2AEhAgyrAgsgASAERgRAQfcBIQIMxAILAkACQCABLQAAQcUAaw4QAAUFBQUFBQUFBQUFBQUFAQULIAFBAWohAUHWASECDKsCCyABQQFqIQFB1wEhAgyqAgtB9gEhAiABIARGDcICIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbrVAGotAABHDQMgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADMMCCyADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQLiIARQRAQeMBIQIMqgILIANB9QE2AhwgAyABNgIUIAMgADYCDEEAIQIMwgILQfQBIQIgASAERg3BAiADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEG41QBqLQAARw0CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzCAgsgA0GBBDsBKCADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQLiIADQMMAgsgA0EANgIAC0EAIQIgA0EANgIcIAMgATYCFCADQeUfNgIQIANBCDYCDAy/AgtB1QEhAgylAgsgA0HzATYCHCADIAE2AhQgAyAANgIMQQAhAgy9AgtBACEAAkAgAygCOCICRQ0AIAIoAkAiAkUNACADIAIRAAAhAAsgAEUNbiAAQRVHBEAgA0EANgIcIAMgATYCFCADQYIPNgIQIANBIDYCDEEAIQIMvQILIANBjwE2AhwgAyABNgIUIANB7Bs2AhAgA0EVNgIMQQAhAgy8AgsgASAERwRAIANBDTYCCCADIAE2AgRB0wEhAgyjAgtB8gEhAgy7AgsgASAERgRAQfEBIQIMuwILAkACQAJAIAEtAABByABrDgsAAQgICAgICAgIAggLIAFBAWohAUHQASECDKMCCyABQQFqIQFB0QEhAgyiAgsgAUEBaiEBQdIBIQIMoQILQfABIQIgASAERg25AiADKAIAIgAgBCABa2ohBiABIABrQQJqIQUDQCABLQAAIABBtdUAai0AAEcNBCAAQQJGDQMgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAY2AgAMuQILQe8BIQIgASAERg24AiADKAIAIgAgBCABa2ohBiABIABrQQFqIQUDQCABLQAAIABBs9UAai0AAEcNAyAAQQFGDQIgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAY2AgAMuAILQe4BIQIgASAERg23AiADKAIAIgAgBCABa2ohBiABIABrQQJqIQUDQCABLQAAIABBsNUAai0AAEcNAiAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAY2AgAMtwILIAMoAgQhACADQgA3AwAgAyAAIAVBAWoiARArIgBFDQIgA0HsATYCHCADIAE2AhQgAyAANgIMQQAhAgy2AgsgA0EANgIACyADKAIEIQAgA0EANgIEIAMgACABECsiAEUNnAIgA0HtATYCHCADIAE2AhQgAyAANgIMQQAhAgy0AgtBzwEhAgyaAgtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDLQCC0HOASECDJoCCyADQesBNgIcIAMgATYCFCADQYAbNgIQIANBFTYCDEEAIQIMsgILIAEgBEYEQEHrASECDLICCyABLQAAQS9GBEAgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GyODYCECADQQg2AgxBACECDLECC0HNASECDJcCCyABIARHBEAgA0EONgIIIAMgATYCBEHMASECDJcCC0HqASECDK8CCyABIARGBEBB6QEhAgyvAgsgAS0AAEEwayIAQf8BcUEKSQRAIAMgADoAKiABQQFqIQFBywEhAgyWAgsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZcCIANB6AE2AhwgAyABNgIUIAMgADYCDEEAIQIMrgILIAEgBEYEQEHnASECDK4CCwJAIAEtAABBLkYEQCABQQFqIQEMAQsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZgCIANB5gE2AhwgAyABNgIUIAMgADYCDEEAIQIMrgILQcoBIQIMlAILIAEgBEYEQEHlASECDK0CC0EAIQBBASEFQQEhB0EAIQICQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQCABLQAAQTBrDgoKCQABAgMEBQYICwtBAgwGC0EDDAULQQQMBAtBBQwDC0EGDAILQQcMAQtBCAshAkEAIQVBACEHDAILQQkhAkEBIQBBACEFQQAhBwwBC0EAIQVBASECCyADIAI6ACsgAUEBaiEBAkACQCADLQAuQRBxDQACQAJAAkAgAy0AKg4DAQACBAsgB0UNAwwCCyAADQEMAgsgBUUNAQsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDQIgA0HiATYCHCADIAE2AhQgAyAANgIMQQAhAgyvAgsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZoCIANB4wE2AhwgAyABNgIUIAMgADYCDEEAIQIMrgILIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ2YAiADQeQBNgIcIAMgATYCFCADIAA2AgwMrQILQckBIQIMkwILQQAhAAJAIAMoAjgiAkUNACACKAJEIgJFDQAgAyACEQAAIQALAkAgAARAIABBFUYNASADQQA2AhwgAyABNgIUIANBpA02AhAgA0EhNgIMQQAhAgytAgtByAEhAgyTAgsgA0HhATYCHCADIAE2AhQgA0HQGjYCECADQRU2AgxBACECDKsCCyABIARGBEBB4QEhAgyrAgsCQCABLQAAQSBGBEAgA0EAOwE0IAFBAWohAQwBCyADQQA2AhwgAyABNgIUIANBmRE2AhAgA0EJNgIMQQAhAgyrAgtBxwEhAgyRAgsgASAERgRAQeABIQIMqgILAkAgAS0AAEEwa0H/AXEiAkEKSQRAIAFBAWohAQJAIAMvATQiAEGZM0sNACADIABBCmwiADsBNCAAQf7/A3EgAkH//wNzSw0AIAMgACACajsBNAwCC0EAIQIgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDAyrAgsgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDEEAIQIMqgILQcYBIQIMkAILIAEgBEYEQEHfASECDKkCCwJAIAEtAABBMGtB/wFxIgJBCkkEQCABQQFqIQECQCADLwE0IgBBmTNLDQAgAyAAQQpsIgA7ATQgAEH+/wNxIAJB//8Dc0sNACADIAAgAmo7ATQMAgtBACECIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgwMqgILIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgxBACECDKkCC0HFASECDI8CCyABIARGBEBB3gEhAgyoAgsCQCABLQAAQTBrQf8BcSICQQpJBEAgAUEBaiEBAkAgAy8BNCIAQZkzSw0AIAMgAEEKbCIAOwE0IABB/v8DcSACQf//A3NLDQAgAyAAIAJqOwE0DAILQQAhAiADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMDKkCCyADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMQQAhAgyoAgtBxAEhAgyOAgsgASAERgRAQd0BIQIMpwILAkACQAJAAkAgAS0AAEEKaw4XAgMDAAMDAwMDAwMDAwMDAwMDAwMDAwEDCyABQQFqDAULIAFBAWohAUHDASECDI8CCyABQQFqIQEgA0Evai0AAEEBcQ0IIANBADYCHCADIAE2AhQgA0GNCzYCECADQQ02AgxBACECDKcCCyADQQA2AhwgAyABNgIUIANBjQs2AhAgA0ENNgIMQQAhAgymAgsgASAERwRAIANBDzYCCCADIAE2AgRBASECDI0CC0HcASECDKUCCwJAAkADQAJAIAEtAABBCmsOBAIAAAMACyAEIAFBAWoiAUcNAAtB2wEhAgymAgsgAygCBCEAIANBADYCBCADIAAgARAtIgBFBEAgAUEBaiEBDAQLIANB2gE2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMpQILIAMoAgQhACADQQA2AgQgAyAAIAEQLSIADQEgAUEBagshAUHBASECDIoCCyADQdkBNgIcIAMgADYCDCADIAFBAWo2AhRBACECDKICC0HCASECDIgCCyADQS9qLQAAQQFxDQEgA0EANgIcIAMgATYCFCADQeQcNgIQIANBGTYCDEEAIQIMoAILIAEgBEYEQEHZASECDKACCwJAAkACQCABLQAAQQprDgQBAgIAAgsgAUEBaiEBDAILIAFBAWohAQwBCyADLQAuQcAAcUUNAQtBACEAAkAgAygCOCICRQ0AIAIoAjwiAkUNACADIAIRAAAhAAsgAEUNoAEgAEEVRgRAIANB2QA2AhwgAyABNgIUIANBtxo2AhAgA0EVNgIMQQAhAgyfAgsgA0EANgIcIAMgATYCFCADQYANNgIQIANBGzYCDEEAIQIMngILIANBADYCHCADIAE2AhQgA0HcKDYCECADQQI2AgxBACECDJ0CCyABIARHBEAgA0EMNgIIIAMgATYCBEG/ASECDIQCC0HYASECDJwCCyABIARGBEBB1wEhAgycAgsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBwQBrDhUAAQIDWgQFBlpaWgcICQoLDA0ODxBaCyABQQFqIQFB+wAhAgySAgsgAUEBaiEBQfwAIQIMkQILIAFBAWohAUGBASECDJACCyABQQFqIQFBhQEhAgyPAgsgAUEBaiEBQYYBIQIMjgILIAFBAWohAUGJASECDI0CCyABQQFqIQFBigEhAgyMAgsgAUEBaiEBQY0BIQIMiwILIAFBAWohAUGWASECDIoCCyABQQFqIQFBlwEhAgyJAgsgAUEBaiEBQZgBIQIMiAILIAFBAWohAUGlASECDIcCCyABQQFqIQFBpgEhAgyGAgsgAUEBaiEBQawBIQIMhQILIAFBAWohAUG0ASECDIQCCyABQQFqIQFBtwEhAgyDAgsgAUEBaiEBQb4BIQIMggILIAEgBEYEQEHWASECDJsCCyABLQAAQc4ARw1IIAFBAWohAUG9ASECDIECCyABIARGBEBB1QEhAgyaAgsCQAJAAkAgAS0AAEHCAGsOEgBKSkpKSkpKSkoBSkpKSkpKAkoLIAFBAWohAUG4ASECDIICCyABQQFqIQFBuwEhAgyBAgsgAUEBaiEBQbwBIQIMgAILQdQBIQIgASAERg2YAiADKAIAIgAgBCABa2ohBSABIABrQQdqIQYCQANAIAEtAAAgAEGo1QBqLQAARw1FIABBB0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyZAgsgA0EANgIAIAZBAWohAUEbDEULIAEgBEYEQEHTASECDJgCCwJAAkAgAS0AAEHJAGsOBwBHR0dHRwFHCyABQQFqIQFBuQEhAgz/AQsgAUEBaiEBQboBIQIM/gELQdIBIQIgASAERg2WAiADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGm1QBqLQAARw1DIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyXAgsgA0EANgIAIAZBAWohAUEPDEMLQdEBIQIgASAERg2VAiADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGk1QBqLQAARw1CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyWAgsgA0EANgIAIAZBAWohAUEgDEILQdABIQIgASAERg2UAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGh1QBqLQAARw1BIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyVAgsgA0EANgIAIAZBAWohAUESDEELIAEgBEYEQEHPASECDJQCCwJAAkAgAS0AAEHFAGsODgBDQ0NDQ0NDQ0NDQ0MBQwsgAUEBaiEBQbUBIQIM+wELIAFBAWohAUG2ASECDPoBC0HOASECIAEgBEYNkgIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBntUAai0AAEcNPyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMkwILIANBADYCACAGQQFqIQFBBww/C0HNASECIAEgBEYNkQIgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBmNUAai0AAEcNPiAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMkgILIANBADYCACAGQQFqIQFBKAw+CyABIARGBEBBzAEhAgyRAgsCQAJAAkAgAS0AAEHFAGsOEQBBQUFBQUFBQUEBQUFBQUECQQsgAUEBaiEBQbEBIQIM+QELIAFBAWohAUGyASECDPgBCyABQQFqIQFBswEhAgz3AQtBywEhAiABIARGDY8CIAMoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAS0AACAAQZHVAGotAABHDTwgAEEGRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJACCyADQQA2AgAgBkEBaiEBQRoMPAtBygEhAiABIARGDY4CIAMoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQY3VAGotAABHDTsgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADI8CCyADQQA2AgAgBkEBaiEBQSEMOwsgASAERgRAQckBIQIMjgILAkACQCABLQAAQcEAaw4UAD09PT09PT09PT09PT09PT09PQE9CyABQQFqIQFBrQEhAgz1AQsgAUEBaiEBQbABIQIM9AELIAEgBEYEQEHIASECDI0CCwJAAkAgAS0AAEHVAGsOCwA8PDw8PDw8PDwBPAsgAUEBaiEBQa4BIQIM9AELIAFBAWohAUGvASECDPMBC0HHASECIAEgBEYNiwIgAygCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABBhNUAai0AAEcNOCAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMjAILIANBADYCACAGQQFqIQFBKgw4CyABIARGBEBBxgEhAgyLAgsgAS0AAEHQAEcNOCABQQFqIQFBJQw3C0HFASECIAEgBEYNiQIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBgdUAai0AAEcNNiAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMigILIANBADYCACAGQQFqIQFBDgw2CyABIARGBEBBxAEhAgyJAgsgAS0AAEHFAEcNNiABQQFqIQFBqwEhAgzvAQsgASAERgRAQcMBIQIMiAILAkACQAJAAkAgAS0AAEHCAGsODwABAjk5OTk5OTk5OTk5AzkLIAFBAWohAUGnASECDPEBCyABQQFqIQFBqAEhAgzwAQsgAUEBaiEBQakBIQIM7wELIAFBAWohAUGqASECDO4BC0HCASECIAEgBEYNhgIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB/tQAai0AAEcNMyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhwILIANBADYCACAGQQFqIQFBFAwzC0HBASECIAEgBEYNhQIgAygCACIAIAQgAWtqIQUgASAAa0EEaiEGAkADQCABLQAAIABB+dQAai0AAEcNMiAAQQRGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhgILIANBADYCACAGQQFqIQFBKwwyC0HAASECIAEgBEYNhAIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB9tQAai0AAEcNMSAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhQILIANBADYCACAGQQFqIQFBLAwxC0G/ASECIAEgBEYNgwIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBodUAai0AAEcNMCAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhAILIANBADYCACAGQQFqIQFBEQwwC0G+ASECIAEgBEYNggIgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABB8tQAai0AAEcNLyAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMgwILIANBADYCACAGQQFqIQFBLgwvCyABIARGBEBBvQEhAgyCAgsCQAJAAkACQAJAIAEtAABBwQBrDhUANDQ0NDQ0NDQ0NAE0NAI0NAM0NAQ0CyABQQFqIQFBmwEhAgzsAQsgAUEBaiEBQZwBIQIM6wELIAFBAWohAUGdASECDOoBCyABQQFqIQFBogEhAgzpAQsgAUEBaiEBQaQBIQIM6AELIAEgBEYEQEG8ASECDIECCwJAAkAgAS0AAEHSAGsOAwAwATALIAFBAWohAUGjASECDOgBCyABQQFqIQFBBAwtC0G7ASECIAEgBEYN/wEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8NQAai0AAEcNLCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMgAILIANBADYCACAGQQFqIQFBHQwsCyABIARGBEBBugEhAgz/AQsCQAJAIAEtAABByQBrDgcBLi4uLi4ALgsgAUEBaiEBQaEBIQIM5gELIAFBAWohAUEiDCsLIAEgBEYEQEG5ASECDP4BCyABLQAAQdAARw0rIAFBAWohAUGgASECDOQBCyABIARGBEBBuAEhAgz9AQsCQAJAIAEtAABBxgBrDgsALCwsLCwsLCwsASwLIAFBAWohAUGeASECDOQBCyABQQFqIQFBnwEhAgzjAQtBtwEhAiABIARGDfsBIAMoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQezUAGotAABHDSggAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPwBCyADQQA2AgAgBkEBaiEBQQ0MKAtBtgEhAiABIARGDfoBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQaHVAGotAABHDScgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPsBCyADQQA2AgAgBkEBaiEBQQwMJwtBtQEhAiABIARGDfkBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQerUAGotAABHDSYgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPoBCyADQQA2AgAgBkEBaiEBQQMMJgtBtAEhAiABIARGDfgBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQejUAGotAABHDSUgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPkBCyADQQA2AgAgBkEBaiEBQSYMJQsgASAERgRAQbMBIQIM+AELAkACQCABLQAAQdQAaw4CAAEnCyABQQFqIQFBmQEhAgzfAQsgAUEBaiEBQZoBIQIM3gELQbIBIQIgASAERg32ASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHm1ABqLQAARw0jIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz3AQsgA0EANgIAIAZBAWohAUEnDCMLQbEBIQIgASAERg31ASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHk1ABqLQAARw0iIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz2AQsgA0EANgIAIAZBAWohAUEcDCILQbABIQIgASAERg30ASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHe1ABqLQAARw0hIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz1AQsgA0EANgIAIAZBAWohAUEGDCELQa8BIQIgASAERg3zASADKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEHZ1ABqLQAARw0gIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz0AQsgA0EANgIAIAZBAWohAUEZDCALIAEgBEYEQEGuASECDPMBCwJAAkACQAJAIAEtAABBLWsOIwAkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJAEkJCQkJAIkJCQDJAsgAUEBaiEBQY4BIQIM3AELIAFBAWohAUGPASECDNsBCyABQQFqIQFBlAEhAgzaAQsgAUEBaiEBQZUBIQIM2QELQa0BIQIgASAERg3xASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHX1ABqLQAARw0eIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzyAQsgA0EANgIAIAZBAWohAUELDB4LIAEgBEYEQEGsASECDPEBCwJAAkAgAS0AAEHBAGsOAwAgASALIAFBAWohAUGQASECDNgBCyABQQFqIQFBkwEhAgzXAQsgASAERgRAQasBIQIM8AELAkACQCABLQAAQcEAaw4PAB8fHx8fHx8fHx8fHx8BHwsgAUEBaiEBQZEBIQIM1wELIAFBAWohAUGSASECDNYBCyABIARGBEBBqgEhAgzvAQsgAS0AAEHMAEcNHCABQQFqIQFBCgwbC0GpASECIAEgBEYN7QEgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABB0dQAai0AAEcNGiAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM7gELIANBADYCACAGQQFqIQFBHgwaC0GoASECIAEgBEYN7AEgAygCACIAIAQgAWtqIQUgASAAa0EGaiEGAkADQCABLQAAIABBytQAai0AAEcNGSAAQQZGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM7QELIANBADYCACAGQQFqIQFBFQwZC0GnASECIAEgBEYN6wEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBx9QAai0AAEcNGCAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM7AELIANBADYCACAGQQFqIQFBFwwYC0GmASECIAEgBEYN6gEgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBwdQAai0AAEcNFyAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM6wELIANBADYCACAGQQFqIQFBGAwXCyABIARGBEBBpQEhAgzqAQsCQAJAIAEtAABByQBrDgcAGRkZGRkBGQsgAUEBaiEBQYsBIQIM0QELIAFBAWohAUGMASECDNABC0GkASECIAEgBEYN6AEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBptUAai0AAEcNFSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM6QELIANBADYCACAGQQFqIQFBCQwVC0GjASECIAEgBEYN5wEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBpNUAai0AAEcNFCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM6AELIANBADYCACAGQQFqIQFBHwwUC0GiASECIAEgBEYN5gEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBvtQAai0AAEcNEyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM5wELIANBADYCACAGQQFqIQFBAgwTC0GhASECIAEgBEYN5QEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGA0AgAS0AACAAQbzUAGotAABHDREgAEEBRg0CIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADOUBCyABIARGBEBBoAEhAgzlAQtBASABLQAAQd8ARw0RGiABQQFqIQFBhwEhAgzLAQsgA0EANgIAIAZBAWohAUGIASECDMoBC0GfASECIAEgBEYN4gEgAygCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABBhNUAai0AAEcNDyAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM4wELIANBADYCACAGQQFqIQFBKQwPC0GeASECIAEgBEYN4QEgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBuNQAai0AAEcNDiAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM4gELIANBADYCACAGQQFqIQFBLQwOCyABIARGBEBBnQEhAgzhAQsgAS0AAEHFAEcNDiABQQFqIQFBhAEhAgzHAQsgASAERgRAQZwBIQIM4AELAkACQCABLQAAQcwAaw4IAA8PDw8PDwEPCyABQQFqIQFBggEhAgzHAQsgAUEBaiEBQYMBIQIMxgELQZsBIQIgASAERg3eASADKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEGz1ABqLQAARw0LIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzfAQsgA0EANgIAIAZBAWohAUEjDAsLQZoBIQIgASAERg3dASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGw1ABqLQAARw0KIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzeAQsgA0EANgIAIAZBAWohAUEADAoLIAEgBEYEQEGZASECDN0BCwJAAkAgAS0AAEHIAGsOCAAMDAwMDAwBDAsgAUEBaiEBQf0AIQIMxAELIAFBAWohAUGAASECDMMBCyABIARGBEBBmAEhAgzcAQsCQAJAIAEtAABBzgBrDgMACwELCyABQQFqIQFB/gAhAgzDAQsgAUEBaiEBQf8AIQIMwgELIAEgBEYEQEGXASECDNsBCyABLQAAQdkARw0IIAFBAWohAUEIDAcLQZYBIQIgASAERg3ZASADKAIAIgAgBCABa2ohBSABIABrQQNqIQYCQANAIAEtAAAgAEGs1ABqLQAARw0GIABBA0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzaAQsgA0EANgIAIAZBAWohAUEFDAYLQZUBIQIgASAERg3YASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGm1ABqLQAARw0FIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzZAQsgA0EANgIAIAZBAWohAUEWDAULQZQBIQIgASAERg3XASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGh1QBqLQAARw0EIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzYAQsgA0EANgIAIAZBAWohAUEQDAQLIAEgBEYEQEGTASECDNcBCwJAAkAgAS0AAEHDAGsODAAGBgYGBgYGBgYGAQYLIAFBAWohAUH5ACECDL4BCyABQQFqIQFB+gAhAgy9AQtBkgEhAiABIARGDdUBIAMoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQaDUAGotAABHDQIgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNYBCyADQQA2AgAgBkEBaiEBQSQMAgsgA0EANgIADAILIAEgBEYEQEGRASECDNQBCyABLQAAQcwARw0BIAFBAWohAUETCzoAKSADKAIEIQAgA0EANgIEIAMgACABEC4iAA0CDAELQQAhAiADQQA2AhwgAyABNgIUIANB/h82AhAgA0EGNgIMDNEBC0H4ACECDLcBCyADQZABNgIcIAMgATYCFCADIAA2AgxBACECDM8BC0EAIQACQCADKAI4IgJFDQAgAigCQCICRQ0AIAMgAhEAACEACyAARQ0AIABBFUYNASADQQA2AhwgAyABNgIUIANBgg82AhAgA0EgNgIMQQAhAgzOAQtB9wAhAgy0AQsgA0GPATYCHCADIAE2AhQgA0HsGzYCECADQRU2AgxBACECDMwBCyABIARGBEBBjwEhAgzMAQsCQCABLQAAQSBGBEAgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GbHzYCECADQQY2AgxBACECDMwBC0ECIQIMsgELA0AgAS0AAEEgRw0CIAQgAUEBaiIBRw0AC0GOASECDMoBCyABIARGBEBBjQEhAgzKAQsCQCABLQAAQQlrDgRKAABKAAtB9QAhAgywAQsgAy0AKUEFRgRAQfYAIQIMsAELQfQAIQIMrwELIAEgBEYEQEGMASECDMgBCyADQRA2AgggAyABNgIEDAoLIAEgBEYEQEGLASECDMcBCwJAIAEtAABBCWsOBEcAAEcAC0HzACECDK0BCyABIARHBEAgA0EQNgIIIAMgATYCBEHxACECDK0BC0GKASECDMUBCwJAIAEgBEcEQANAIAEtAABBoNAAai0AACIAQQNHBEACQCAAQQFrDgJJAAQLQfAAIQIMrwELIAQgAUEBaiIBRw0AC0GIASECDMYBC0GIASECDMUBCyADQQA2AhwgAyABNgIUIANB2yA2AhAgA0EHNgIMQQAhAgzEAQsgASAERgRAQYkBIQIMxAELAkACQAJAIAEtAABBoNIAai0AAEEBaw4DRgIAAQtB8gAhAgysAQsgA0EANgIcIAMgATYCFCADQbQSNgIQIANBBzYCDEEAIQIMxAELQeoAIQIMqgELIAEgBEcEQCABQQFqIQFB7wAhAgyqAQtBhwEhAgzCAQsgBCABIgBGBEBBhgEhAgzCAQsgAC0AACIBQS9GBEAgAEEBaiEBQe4AIQIMqQELIAFBCWsiAkEXSw0BIAAhAUEBIAJ0QZuAgARxDUEMAQsgBCABIgBGBEBBhQEhAgzBAQsgAC0AAEEvRw0AIABBAWohAQwDC0EAIQIgA0EANgIcIAMgADYCFCADQdsgNgIQIANBBzYCDAy/AQsCQAJAAkACQAJAA0AgAS0AAEGgzgBqLQAAIgBBBUcEQAJAAkAgAEEBaw4IRwUGBwgABAEIC0HrACECDK0BCyABQQFqIQFB7QAhAgysAQsgBCABQQFqIgFHDQALQYQBIQIMwwELIAFBAWoMFAsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDR4gA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgzBAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDR4gA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgzAAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDR4gA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgy/AQsgA0EANgIcIAMgATYCFCADQfkPNgIQIANBBzYCDEEAIQIMvgELIAEgBEYEQEGDASECDL4BCwJAIAEtAABBoM4Aai0AAEEBaw4IPgQFBgAIAgMHCyABQQFqIQELQQMhAgyjAQsgAUEBagwNC0EAIQIgA0EANgIcIANB0RI2AhAgA0EHNgIMIAMgAUEBajYCFAy6AQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDRYgA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgy5AQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDRYgA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgy4AQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDRYgA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgy3AQsgA0EANgIcIAMgATYCFCADQfkPNgIQIANBBzYCDEEAIQIMtgELQewAIQIMnAELIAEgBEYEQEGCASECDLUBCyABQQFqDAILIAEgBEYEQEGBASECDLQBCyABQQFqDAELIAEgBEYNASABQQFqCyEBQQQhAgyYAQtBgAEhAgywAQsDQCABLQAAQaDMAGotAAAiAEECRwRAIABBAUcEQEHpACECDJkBCwwxCyAEIAFBAWoiAUcNAAtB/wAhAgyvAQsgASAERgRAQf4AIQIMrwELAkAgAS0AAEEJaw43LwMGLwQGBgYGBgYGBgYGBgYGBgYGBgYFBgYCBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGAAYLIAFBAWoLIQFBBSECDJQBCyABQQFqDAYLIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0IIANB2wA2AhwgAyABNgIUIAMgADYCDEEAIQIMqwELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0IIANB3QA2AhwgAyABNgIUIAMgADYCDEEAIQIMqgELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0IIANB+gA2AhwgAyABNgIUIAMgADYCDEEAIQIMqQELIANBADYCHCADIAE2AhQgA0GNFDYCECADQQc2AgxBACECDKgBCwJAAkACQAJAA0AgAS0AAEGgygBqLQAAIgBBBUcEQAJAIABBAWsOBi4DBAUGAAYLQegAIQIMlAELIAQgAUEBaiIBRw0AC0H9ACECDKsBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNByADQdsANgIcIAMgATYCFCADIAA2AgxBACECDKoBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNByADQd0ANgIcIAMgATYCFCADIAA2AgxBACECDKkBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNByADQfoANgIcIAMgATYCFCADIAA2AgxBACECDKgBCyADQQA2AhwgAyABNgIUIANB5Ag2AhAgA0EHNgIMQQAhAgynAQsgASAERg0BIAFBAWoLIQFBBiECDIwBC0H8ACECDKQBCwJAAkACQAJAA0AgAS0AAEGgyABqLQAAIgBBBUcEQCAAQQFrDgQpAgMEBQsgBCABQQFqIgFHDQALQfsAIQIMpwELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0DIANB2wA2AhwgAyABNgIUIAMgADYCDEEAIQIMpgELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0DIANB3QA2AhwgAyABNgIUIAMgADYCDEEAIQIMpQELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0DIANB+gA2AhwgAyABNgIUIAMgADYCDEEAIQIMpAELIANBADYCHCADIAE2AhQgA0G8CjYCECADQQc2AgxBACECDKMBC0HPACECDIkBC0HRACECDIgBC0HnACECDIcBCyABIARGBEBB+gAhAgygAQsCQCABLQAAQQlrDgQgAAAgAAsgAUEBaiEBQeYAIQIMhgELIAEgBEYEQEH5ACECDJ8BCwJAIAEtAABBCWsOBB8AAB8AC0EAIQACQCADKAI4IgJFDQAgAigCOCICRQ0AIAMgAhEAACEACyAARQRAQeIBIQIMhgELIABBFUcEQCADQQA2AhwgAyABNgIUIANByQ02AhAgA0EaNgIMQQAhAgyfAQsgA0H4ADYCHCADIAE2AhQgA0HqGjYCECADQRU2AgxBACECDJ4BCyABIARHBEAgA0ENNgIIIAMgATYCBEHkACECDIUBC0H3ACECDJ0BCyABIARGBEBB9gAhAgydAQsCQAJAAkAgAS0AAEHIAGsOCwABCwsLCwsLCwsCCwsgAUEBaiEBQd0AIQIMhQELIAFBAWohAUHgACECDIQBCyABQQFqIQFB4wAhAgyDAQtB9QAhAiABIARGDZsBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbXVAGotAABHDQggAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJwBCyADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQKyIABEAgA0H0ADYCHCADIAE2AhQgAyAANgIMQQAhAgycAQtB4gAhAgyCAQtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDJwBC0HhACECDIIBCyADQfMANgIcIAMgATYCFCADQYAbNgIQIANBFTYCDEEAIQIMmgELIAMtACkiAEEja0ELSQ0JAkAgAEEGSw0AQQEgAHRBygBxRQ0ADAoLQQAhAiADQQA2AhwgAyABNgIUIANB7Qk2AhAgA0EINgIMDJkBC0HyACECIAEgBEYNmAEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBs9UAai0AAEcNBSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMmQELIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARArIgAEQCADQfEANgIcIAMgATYCFCADIAA2AgxBACECDJkBC0HfACECDH8LQQAhAAJAIAMoAjgiAkUNACACKAI0IgJFDQAgAyACEQAAIQALAkAgAARAIABBFUYNASADQQA2AhwgAyABNgIUIANB6g02AhAgA0EmNgIMQQAhAgyZAQtB3gAhAgx/CyADQfAANgIcIAMgATYCFCADQYAbNgIQIANBFTYCDEEAIQIMlwELIAMtAClBIUYNBiADQQA2AhwgAyABNgIUIANBkQo2AhAgA0EINgIMQQAhAgyWAQtB7wAhAiABIARGDZUBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbDVAGotAABHDQIgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJYBCyADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQKyIARQ0CIANB7QA2AhwgAyABNgIUIAMgADYCDEEAIQIMlQELIANBADYCAAsgAygCBCEAIANBADYCBCADIAAgARArIgBFDYABIANB7gA2AhwgAyABNgIUIAMgADYCDEEAIQIMkwELQdwAIQIMeQtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDJMBC0HbACECDHkLIANB7AA2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyRAQsgAy0AKSIAQSNJDQAgAEEuRg0AIANBADYCHCADIAE2AhQgA0HJCTYCECADQQg2AgxBACECDJABC0HaACECDHYLIAEgBEYEQEHrACECDI8BCwJAIAEtAABBL0YEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDEEAIQIMjwELQdkAIQIMdQsgASAERwRAIANBDjYCCCADIAE2AgRB2AAhAgx1C0HqACECDI0BCyABIARGBEBB6QAhAgyNAQsgAS0AAEEwayIAQf8BcUEKSQRAIAMgADoAKiABQQFqIQFB1wAhAgx0CyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNeiADQegANgIcIAMgATYCFCADIAA2AgxBACECDIwBCyABIARGBEBB5wAhAgyMAQsCQCABLQAAQS5GBEAgAUEBaiEBDAELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ17IANB5gA2AhwgAyABNgIUIAMgADYCDEEAIQIMjAELQdYAIQIMcgsgASAERgRAQeUAIQIMiwELQQAhAEEBIQVBASEHQQAhAgJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAEtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyECQQAhBUEAIQcMAgtBCSECQQEhAEEAIQVBACEHDAELQQAhBUEBIQILIAMgAjoAKyABQQFqIQECQAJAIAMtAC5BEHENAAJAAkACQCADLQAqDgMBAAIECyAHRQ0DDAILIAANAQwCCyAFRQ0BCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNAiADQeIANgIcIAMgATYCFCADIAA2AgxBACECDI0BCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNfSADQeMANgIcIAMgATYCFCADIAA2AgxBACECDIwBCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNeyADQeQANgIcIAMgATYCFCADIAA2AgwMiwELQdQAIQIMcQsgAy0AKUEiRg2GAUHTACECDHALQQAhAAJAIAMoAjgiAkUNACACKAJEIgJFDQAgAyACEQAAIQALIABFBEBB1QAhAgxwCyAAQRVHBEAgA0EANgIcIAMgATYCFCADQaQNNgIQIANBITYCDEEAIQIMiQELIANB4QA2AhwgAyABNgIUIANB0Bo2AhAgA0EVNgIMQQAhAgyIAQsgASAERgRAQeAAIQIMiAELAkACQAJAAkACQCABLQAAQQprDgQBBAQABAsgAUEBaiEBDAELIAFBAWohASADQS9qLQAAQQFxRQ0BC0HSACECDHALIANBADYCHCADIAE2AhQgA0G2ETYCECADQQk2AgxBACECDIgBCyADQQA2AhwgAyABNgIUIANBthE2AhAgA0EJNgIMQQAhAgyHAQsgASAERgRAQd8AIQIMhwELIAEtAABBCkYEQCABQQFqIQEMCQsgAy0ALkHAAHENCCADQQA2AhwgAyABNgIUIANBthE2AhAgA0ECNgIMQQAhAgyGAQsgASAERgRAQd0AIQIMhgELIAEtAAAiAkENRgRAIAFBAWohAUHQACECDG0LIAEhACACQQlrDgQFAQEFAQsgBCABIgBGBEBB3AAhAgyFAQsgAC0AAEEKRw0AIABBAWoMAgtBACECIANBADYCHCADIAA2AhQgA0HKLTYCECADQQc2AgwMgwELIAEgBEYEQEHbACECDIMBCwJAIAEtAABBCWsOBAMAAAMACyABQQFqCyEBQc4AIQIMaAsgASAERgRAQdoAIQIMgQELIAEtAABBCWsOBAABAQABC0EAIQIgA0EANgIcIANBmhI2AhAgA0EHNgIMIAMgAUEBajYCFAx/CyADQYASOwEqQQAhAAJAIAMoAjgiAkUNACACKAI4IgJFDQAgAyACEQAAIQALIABFDQAgAEEVRw0BIANB2QA2AhwgAyABNgIUIANB6ho2AhAgA0EVNgIMQQAhAgx+C0HNACECDGQLIANBADYCHCADIAE2AhQgA0HJDTYCECADQRo2AgxBACECDHwLIAEgBEYEQEHZACECDHwLIAEtAABBIEcNPSABQQFqIQEgAy0ALkEBcQ09IANBADYCHCADIAE2AhQgA0HCHDYCECADQR42AgxBACECDHsLIAEgBEYEQEHYACECDHsLAkACQAJAAkACQCABLQAAIgBBCmsOBAIDAwABCyABQQFqIQFBLCECDGULIABBOkcNASADQQA2AhwgAyABNgIUIANB5xE2AhAgA0EKNgIMQQAhAgx9CyABQQFqIQEgA0Evai0AAEEBcUUNcyADLQAyQYABcUUEQCADQTJqIQIgAxA1QQAhAAJAIAMoAjgiBkUNACAGKAIoIgZFDQAgAyAGEQAAIQALAkACQCAADhZNTEsBAQEBAQEBAQEBAQEBAQEBAQEAAQsgA0EpNgIcIAMgATYCFCADQawZNgIQIANBFTYCDEEAIQIMfgsgA0EANgIcIAMgATYCFCADQeULNgIQIANBETYCDEEAIQIMfQtBACEAAkAgAygCOCICRQ0AIAIoAlwiAkUNACADIAIRAAAhAAsgAEUNWSAAQRVHDQEgA0EFNgIcIAMgATYCFCADQZsbNgIQIANBFTYCDEEAIQIMfAtBywAhAgxiC0EAIQIgA0EANgIcIAMgATYCFCADQZAONgIQIANBFDYCDAx6CyADIAMvATJBgAFyOwEyDDsLIAEgBEcEQCADQRE2AgggAyABNgIEQcoAIQIMYAtB1wAhAgx4CyABIARGBEBB1gAhAgx4CwJAAkACQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxQeMAaw4TAEBAQEBAQEBAQEBAQAFAQEACA0ALIAFBAWohAUHGACECDGELIAFBAWohAUHHACECDGALIAFBAWohAUHIACECDF8LIAFBAWohAUHJACECDF4LQdUAIQIgBCABIgBGDXYgBCABayADKAIAIgFqIQYgACABa0EFaiEHA0AgAUGQyABqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0IQQQgAUEFRg0KGiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAx2C0HUACECIAQgASIARg11IAQgAWsgAygCACIBaiEGIAAgAWtBD2ohBwNAIAFBgMgAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNB0EDIAFBD0YNCRogAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMdQtB0wAhAiAEIAEiAEYNdCAEIAFrIAMoAgAiAWohBiAAIAFrQQ5qIQcDQCABQeLHAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQYgAUEORg0HIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADHQLQdIAIQIgBCABIgBGDXMgBCABayADKAIAIgFqIQUgACABa0EBaiEGA0AgAUHgxwBqLQAAIAAtAAAiB0EgciAHIAdBwQBrQf8BcUEaSRtB/wFxRw0FIAFBAUYNAiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBTYCAAxzCyABIARGBEBB0QAhAgxzCwJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB7gBrDgcAOTk5OTkBOQsgAUEBaiEBQcMAIQIMWgsgAUEBaiEBQcQAIQIMWQsgA0EANgIAIAZBAWohAUHFACECDFgLQdAAIQIgBCABIgBGDXAgBCABayADKAIAIgFqIQYgACABa0EJaiEHA0AgAUHWxwBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0CQQIgAUEJRg0EGiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxwC0HPACECIAQgASIARg1vIAQgAWsgAygCACIBaiEGIAAgAWtBBWohBwNAIAFB0McAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNASABQQVGDQIgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMbwsgACEBIANBADYCAAwzC0EBCzoALCADQQA2AgAgB0EBaiEBC0EtIQIMUgsCQANAIAEtAABB0MUAai0AAEEBRw0BIAQgAUEBaiIBRw0AC0HNACECDGsLQcIAIQIMUQsgASAERgRAQcwAIQIMagsgAS0AAEE6RgRAIAMoAgQhACADQQA2AgQgAyAAIAEQMCIARQ0zIANBywA2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMagsgA0EANgIcIAMgATYCFCADQecRNgIQIANBCjYCDEEAIQIMaQsCQAJAIAMtACxBAmsOAgABJwsgA0Ezai0AAEECcUUNJiADLQAuQQJxDSYgA0EANgIcIAMgATYCFCADQaYUNgIQIANBCzYCDEEAIQIMaQsgAy0AMkEgcUUNJSADLQAuQQJxDSUgA0EANgIcIAMgATYCFCADQb0TNgIQIANBDzYCDEEAIQIMaAtBACEAAkAgAygCOCICRQ0AIAIoAkgiAkUNACADIAIRAAAhAAsgAEUEQEHBACECDE8LIABBFUcEQCADQQA2AhwgAyABNgIUIANBpg82AhAgA0EcNgIMQQAhAgxoCyADQcoANgIcIAMgATYCFCADQYUcNgIQIANBFTYCDEEAIQIMZwsgASAERwRAA0AgAS0AAEHAwQBqLQAAQQFHDRcgBCABQQFqIgFHDQALQcQAIQIMZwtBxAAhAgxmCyABIARHBEADQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxIgBBCUYNACAAQSBGDQACQAJAAkACQCAAQeMAaw4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUE2IQIMUgsgAUEBaiEBQTchAgxRCyABQQFqIQFBOCECDFALDBULIAQgAUEBaiIBRw0AC0E8IQIMZgtBPCECDGULIAEgBEYEQEHIACECDGULIANBEjYCCCADIAE2AgQCQAJAAkACQAJAIAMtACxBAWsOBBQAAQIJCyADLQAyQSBxDQNB4AEhAgxPCwJAIAMvATIiAEEIcUUNACADLQAoQQFHDQAgAy0ALkEIcUUNAgsgAyAAQff7A3FBgARyOwEyDAsLIAMgAy8BMkEQcjsBMgwECyADQQA2AgQgAyABIAEQMSIABEAgA0HBADYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxmCyABQQFqIQEMWAsgA0EANgIcIAMgATYCFCADQfQTNgIQIANBBDYCDEEAIQIMZAtBxwAhAiABIARGDWMgAygCACIAIAQgAWtqIQUgASAAa0EGaiEGAkADQCAAQcDFAGotAAAgAS0AAEEgckcNASAAQQZGDUogAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMZAsgA0EANgIADAULAkAgASAERwRAA0AgAS0AAEHAwwBqLQAAIgBBAUcEQCAAQQJHDQMgAUEBaiEBDAULIAQgAUEBaiIBRw0AC0HFACECDGQLQcUAIQIMYwsLIANBADoALAwBC0ELIQIMRwtBPyECDEYLAkACQANAIAEtAAAiAEEgRwRAAkAgAEEKaw4EAwUFAwALIABBLEYNAwwECyAEIAFBAWoiAUcNAAtBxgAhAgxgCyADQQg6ACwMDgsgAy0AKEEBRw0CIAMtAC5BCHENAiADKAIEIQAgA0EANgIEIAMgACABEDEiAARAIANBwgA2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMXwsgAUEBaiEBDFALQTshAgxECwJAA0AgAS0AACIAQSBHIABBCUdxDQEgBCABQQFqIgFHDQALQcMAIQIMXQsLQTwhAgxCCwJAAkAgASAERwRAA0AgAS0AACIAQSBHBEAgAEEKaw4EAwQEAwQLIAQgAUEBaiIBRw0AC0E/IQIMXQtBPyECDFwLIAMgAy8BMkEgcjsBMgwKCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUNTiADQT42AhwgAyABNgIUIAMgADYCDEEAIQIMWgsCQCABIARHBEADQCABLQAAQcDDAGotAAAiAEEBRwRAIABBAkYNAwwMCyAEIAFBAWoiAUcNAAtBNyECDFsLQTchAgxaCyABQQFqIQEMBAtBOyECIAQgASIARg1YIAQgAWsgAygCACIBaiEGIAAgAWtBBWohBwJAA0AgAUGQyABqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYEQEEHIQEMPwsgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMWQsgA0EANgIAIAAhAQwFC0E6IQIgBCABIgBGDVcgBCABayADKAIAIgFqIQYgACABa0EIaiEHAkADQCABQbTBAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAUEIRgRAQQUhAQw+CyABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxYCyADQQA2AgAgACEBDAQLQTkhAiAEIAEiAEYNViAEIAFrIAMoAgAiAWohBiAAIAFrQQNqIQcCQANAIAFBsMEAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNASABQQNGBEBBBiEBDD0LIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADFcLIANBADYCACAAIQEMAwsCQANAIAEtAAAiAEEgRwRAIABBCmsOBAcEBAcCCyAEIAFBAWoiAUcNAAtBOCECDFYLIABBLEcNASABQQFqIQBBASEBAkACQAJAAkACQCADLQAsQQVrDgQDAQIEAAsgACEBDAQLQQIhAQwBC0EEIQELIANBAToALCADIAMvATIgAXI7ATIgACEBDAELIAMgAy8BMkEIcjsBMiAAIQELQT4hAgw7CyADQQA6ACwLQTkhAgw5CyABIARGBEBBNiECDFILAkACQAJAAkACQCABLQAAQQprDgQAAgIBAgsgAygCBCEAIANBADYCBCADIAAgARAxIgBFDQIgA0EzNgIcIAMgATYCFCADIAA2AgxBACECDFULIAMoAgQhACADQQA2AgQgAyAAIAEQMSIARQRAIAFBAWohAQwGCyADQTI2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMVAsgAy0ALkEBcQRAQd8BIQIMOwsgAygCBCEAIANBADYCBCADIAAgARAxIgANAQxJC0E0IQIMOQsgA0E1NgIcIAMgATYCFCADIAA2AgxBACECDFELQTUhAgw3CyADQS9qLQAAQQFxDQAgA0EANgIcIAMgATYCFCADQesWNgIQIANBGTYCDEEAIQIMTwtBMyECDDULIAEgBEYEQEEyIQIMTgsCQCABLQAAQQpGBEAgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GSFzYCECADQQM2AgxBACECDE4LQTIhAgw0CyABIARGBEBBMSECDE0LAkAgAS0AACIAQQlGDQAgAEEgRg0AQQEhAgJAIAMtACxBBWsOBAYEBQANCyADIAMvATJBCHI7ATIMDAsgAy0ALkEBcUUNASADLQAsQQhHDQAgA0EAOgAsC0E9IQIMMgsgA0EANgIcIAMgATYCFCADQcIWNgIQIANBCjYCDEEAIQIMSgtBAiECDAELQQQhAgsgA0EBOgAsIAMgAy8BMiACcjsBMgwGCyABIARGBEBBMCECDEcLIAEtAABBCkYEQCABQQFqIQEMAQsgAy0ALkEBcQ0AIANBADYCHCADIAE2AhQgA0HcKDYCECADQQI2AgxBACECDEYLQTAhAgwsCyABQQFqIQFBMSECDCsLIAEgBEYEQEEvIQIMRAsgAS0AACIAQQlHIABBIEdxRQRAIAFBAWohASADLQAuQQFxDQEgA0EANgIcIAMgATYCFCADQZcQNgIQIANBCjYCDEEAIQIMRAtBASECAkACQAJAAkACQAJAIAMtACxBAmsOBwUEBAMBAgAECyADIAMvATJBCHI7ATIMAwtBAiECDAELQQQhAgsgA0EBOgAsIAMgAy8BMiACcjsBMgtBLyECDCsLIANBADYCHCADIAE2AhQgA0GEEzYCECADQQs2AgxBACECDEMLQeEBIQIMKQsgASAERgRAQS4hAgxCCyADQQA2AgQgA0ESNgIIIAMgASABEDEiAA0BC0EuIQIMJwsgA0EtNgIcIAMgATYCFCADIAA2AgxBACECDD8LQQAhAAJAIAMoAjgiAkUNACACKAJMIgJFDQAgAyACEQAAIQALIABFDQAgAEEVRw0BIANB2AA2AhwgAyABNgIUIANBsxs2AhAgA0EVNgIMQQAhAgw+C0HMACECDCQLIANBADYCHCADIAE2AhQgA0GzDjYCECADQR02AgxBACECDDwLIAEgBEYEQEHOACECDDwLIAEtAAAiAEEgRg0CIABBOkYNAQsgA0EAOgAsQQkhAgwhCyADKAIEIQAgA0EANgIEIAMgACABEDAiAA0BDAILIAMtAC5BAXEEQEHeASECDCALIAMoAgQhACADQQA2AgQgAyAAIAEQMCIARQ0CIANBKjYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgw4CyADQcsANgIcIAMgADYCDCADIAFBAWo2AhRBACECDDcLIAFBAWohAUHAACECDB0LIAFBAWohAQwsCyABIARGBEBBKyECDDULAkAgAS0AAEEKRgRAIAFBAWohAQwBCyADLQAuQcAAcUUNBgsgAy0AMkGAAXEEQEEAIQACQCADKAI4IgJFDQAgAigCXCICRQ0AIAMgAhEAACEACyAARQ0SIABBFUYEQCADQQU2AhwgAyABNgIUIANBmxs2AhAgA0EVNgIMQQAhAgw2CyADQQA2AhwgAyABNgIUIANBkA42AhAgA0EUNgIMQQAhAgw1CyADQTJqIQIgAxA1QQAhAAJAIAMoAjgiBkUNACAGKAIoIgZFDQAgAyAGEQAAIQALIAAOFgIBAAQEBAQEBAQEBAQEBAQEBAQEBAMECyADQQE6ADALIAIgAi8BAEHAAHI7AQALQSshAgwYCyADQSk2AhwgAyABNgIUIANBrBk2AhAgA0EVNgIMQQAhAgwwCyADQQA2AhwgAyABNgIUIANB5Qs2AhAgA0ERNgIMQQAhAgwvCyADQQA2AhwgAyABNgIUIANBpQs2AhAgA0ECNgIMQQAhAgwuC0EBIQcgAy8BMiIFQQhxRQRAIAMpAyBCAFIhBwsCQCADLQAwBEBBASEAIAMtAClBBUYNASAFQcAAcUUgB3FFDQELAkAgAy0AKCICQQJGBEBBASEAIAMvATQiBkHlAEYNAkEAIQAgBUHAAHENAiAGQeQARg0CIAZB5gBrQQJJDQIgBkHMAUYNAiAGQbACRg0CDAELQQAhACAFQcAAcQ0BC0ECIQAgBUEIcQ0AIAVBgARxBEACQCACQQFHDQAgAy0ALkEKcQ0AQQUhAAwCC0EEIQAMAQsgBUEgcUUEQCADEDZBAEdBAnQhAAwBC0EAQQMgAykDIFAbIQALIABBAWsOBQIABwEDBAtBESECDBMLIANBAToAMQwpC0EAIQICQCADKAI4IgBFDQAgACgCMCIARQ0AIAMgABEAACECCyACRQ0mIAJBFUYEQCADQQM2AhwgAyABNgIUIANB0hs2AhAgA0EVNgIMQQAhAgwrC0EAIQIgA0EANgIcIAMgATYCFCADQd0ONgIQIANBEjYCDAwqCyADQQA2AhwgAyABNgIUIANB+SA2AhAgA0EPNgIMQQAhAgwpC0EAIQACQCADKAI4IgJFDQAgAigCMCICRQ0AIAMgAhEAACEACyAADQELQQ4hAgwOCyAAQRVGBEAgA0ECNgIcIAMgATYCFCADQdIbNgIQIANBFTYCDEEAIQIMJwsgA0EANgIcIAMgATYCFCADQd0ONgIQIANBEjYCDEEAIQIMJgtBKiECDAwLIAEgBEcEQCADQQk2AgggAyABNgIEQSkhAgwMC0EmIQIMJAsgAyADKQMgIgwgBCABa60iCn0iC0IAIAsgDFgbNwMgIAogDFQEQEElIQIMJAsgAygCBCEAIANBADYCBCADIAAgASAMp2oiARAyIgBFDQAgA0EFNgIcIAMgATYCFCADIAA2AgxBACECDCMLQQ8hAgwJC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43FxYAAQIDBAUGBxQUFBQUFBQICQoLDA0UFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFA4PEBESExQLQgIhCgwWC0IDIQoMFQtCBCEKDBQLQgUhCgwTC0IGIQoMEgtCByEKDBELQgghCgwQC0IJIQoMDwtCCiEKDA4LQgshCgwNC0IMIQoMDAtCDSEKDAsLQg4hCgwKC0IPIQoMCQtCCiEKDAgLQgshCgwHC0IMIQoMBgtCDSEKDAULQg4hCgwEC0IPIQoMAwsgA0EANgIcIAMgATYCFCADQZ8VNgIQIANBDDYCDEEAIQIMIQsgASAERgRAQSIhAgwhC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBMGsONxUUAAECAwQFBgcWFhYWFhYWCAkKCwwNFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYODxAREhMWC0ICIQoMFAtCAyEKDBMLQgQhCgwSC0IFIQoMEQtCBiEKDBALQgchCgwPC0IIIQoMDgtCCSEKDA0LQgohCgwMC0ILIQoMCwtCDCEKDAoLQg0hCgwJC0IOIQoMCAtCDyEKDAcLQgohCgwGC0ILIQoMBQtCDCEKDAQLQg0hCgwDC0IOIQoMAgtCDyEKDAELQgEhCgsgAUEBaiEBIAMpAyAiC0L//////////w9YBEAgAyALQgSGIAqENwMgDAILIANBADYCHCADIAE2AhQgA0G1CTYCECADQQw2AgxBACECDB4LQSchAgwEC0EoIQIMAwsgAyABOgAsIANBADYCACAHQQFqIQFBDCECDAILIANBADYCACAGQQFqIQFBCiECDAELIAFBAWohAUEIIQIMAAsAC0EAIQIgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDAwXC0EAIQIgA0EANgIcIAMgATYCFCADQYMRNgIQIANBCTYCDAwWC0EAIQIgA0EANgIcIAMgATYCFCADQd8KNgIQIANBCTYCDAwVC0EAIQIgA0EANgIcIAMgATYCFCADQe0QNgIQIANBCTYCDAwUC0EAIQIgA0EANgIcIAMgATYCFCADQdIRNgIQIANBCTYCDAwTC0EAIQIgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDAwSC0EAIQIgA0EANgIcIAMgATYCFCADQYMRNgIQIANBCTYCDAwRC0EAIQIgA0EANgIcIAMgATYCFCADQd8KNgIQIANBCTYCDAwQC0EAIQIgA0EANgIcIAMgATYCFCADQe0QNgIQIANBCTYCDAwPC0EAIQIgA0EANgIcIAMgATYCFCADQdIRNgIQIANBCTYCDAwOC0EAIQIgA0EANgIcIAMgATYCFCADQbkXNgIQIANBDzYCDAwNC0EAIQIgA0EANgIcIAMgATYCFCADQbkXNgIQIANBDzYCDAwMC0EAIQIgA0EANgIcIAMgATYCFCADQZkTNgIQIANBCzYCDAwLC0EAIQIgA0EANgIcIAMgATYCFCADQZ0JNgIQIANBCzYCDAwKC0EAIQIgA0EANgIcIAMgATYCFCADQZcQNgIQIANBCjYCDAwJC0EAIQIgA0EANgIcIAMgATYCFCADQbEQNgIQIANBCjYCDAwIC0EAIQIgA0EANgIcIAMgATYCFCADQbsdNgIQIANBAjYCDAwHC0EAIQIgA0EANgIcIAMgATYCFCADQZYWNgIQIANBAjYCDAwGC0EAIQIgA0EANgIcIAMgATYCFCADQfkYNgIQIANBAjYCDAwFC0EAIQIgA0EANgIcIAMgATYCFCADQcQYNgIQIANBAjYCDAwECyADQQI2AhwgAyABNgIUIANBqR42AhAgA0EWNgIMQQAhAgwDC0HeACECIAEgBEYNAiAJQQhqIQcgAygCACEFAkACQCABIARHBEAgBUGWyABqIQggBCAFaiABayEGIAVBf3NBCmoiBSABaiEAA0AgAS0AACAILQAARwRAQQIhCAwDCyAFRQRAQQAhCCAAIQEMAwsgBUEBayEFIAhBAWohCCAEIAFBAWoiAUcNAAsgBiEFIAQhAQsgB0EBNgIAIAMgBTYCAAwBCyADQQA2AgAgByAINgIACyAHIAE2AgQgCSgCDCEAAkACQCAJKAIIQQFrDgIEAQALIANBADYCHCADQcIeNgIQIANBFzYCDCADIABBAWo2AhRBACECDAMLIANBADYCHCADIAA2AhQgA0HXHjYCECADQQk2AgxBACECDAILIAEgBEYEQEEoIQIMAgsgA0EJNgIIIAMgATYCBEEnIQIMAQsgASAERgRAQQEhAgwBCwNAAkACQAJAIAEtAABBCmsOBAABAQABCyABQQFqIQEMAQsgAUEBaiEBIAMtAC5BIHENAEEAIQIgA0EANgIcIAMgATYCFCADQaEhNgIQIANBBTYCDAwCC0EBIQIgASAERw0ACwsgCUEQaiQAIAJFBEAgAygCDCEADAELIAMgAjYCHEEAIQAgAygCBCIBRQ0AIAMgASAEIAMoAggRAQAiAUUNACADIAQ2AhQgAyABNgIMIAEhAAsgAAu+AgECfyAAQQA6AAAgAEHkAGoiAUEBa0EAOgAAIABBADoAAiAAQQA6AAEgAUEDa0EAOgAAIAFBAmtBADoAACAAQQA6AAMgAUEEa0EAOgAAQQAgAGtBA3EiASAAaiIAQQA2AgBB5AAgAWtBfHEiAiAAaiIBQQRrQQA2AgACQCACQQlJDQAgAEEANgIIIABBADYCBCABQQhrQQA2AgAgAUEMa0EANgIAIAJBGUkNACAAQQA2AhggAEEANgIUIABBADYCECAAQQA2AgwgAUEQa0EANgIAIAFBFGtBADYCACABQRhrQQA2AgAgAUEca0EANgIAIAIgAEEEcUEYciICayIBQSBJDQAgACACaiEAA0AgAEIANwMYIABCADcDECAAQgA3AwggAEIANwMAIABBIGohACABQSBrIgFBH0sNAAsLC1YBAX8CQCAAKAIMDQACQAJAAkACQCAALQAxDgMBAAMCCyAAKAI4IgFFDQAgASgCMCIBRQ0AIAAgAREAACIBDQMLQQAPCwALIABByhk2AhBBDiEBCyABCxoAIAAoAgxFBEAgAEHeHzYCECAAQRU2AgwLCxQAIAAoAgxBFUYEQCAAQQA2AgwLCxQAIAAoAgxBFkYEQCAAQQA2AgwLCwcAIAAoAgwLBwAgACgCEAsJACAAIAE2AhALBwAgACgCFAsrAAJAIABBJ08NAEL//////wkgAK2IQgGDUA0AIABBAnRB0DhqKAIADwsACxcAIABBL08EQAALIABBAnRB7DlqKAIAC78JAQF/QfQtIQECQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAAQeQAaw70A2NiAAFhYWFhYWECAwQFYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYQYHCAkKCwwNDg9hYWFhYRBhYWFhYWFhYWFhYRFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWESExQVFhcYGRobYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1NmE3ODk6YWFhYWFhYWE7YWFhPGFhYWE9Pj9hYWFhYWFhYUBhYUFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFCQ0RFRkdISUpLTE1OT1BRUlNhYWFhYWFhYVRVVldYWVpbYVxdYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhXmFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYV9gYQtB6iwPC0GYJg8LQe0xDwtBoDcPC0HJKQ8LQbQpDwtBli0PC0HrKw8LQaI1DwtB2zQPC0HgKQ8LQeMkDwtB1SQPC0HuJA8LQeYlDwtByjQPC0HQNw8LQao1DwtB9SwPC0H2Jg8LQYIiDwtB8jMPC0G+KA8LQec3DwtBzSEPC0HAIQ8LQbglDwtByyUPC0GWJA8LQY80DwtBzTUPC0HdKg8LQe4zDwtBnDQPC0GeMQ8LQfQ1DwtB5SIPC0GvJQ8LQZkxDwtBsjYPC0H5Ng8LQcQyDwtB3SwPC0GCMQ8LQcExDwtBjTcPC0HJJA8LQew2DwtB5yoPC0HIIw8LQeIhDwtByTcPC0GlIg8LQZQiDwtB2zYPC0HeNQ8LQYYmDwtBvCsPC0GLMg8LQaAjDwtB9jAPC0GALA8LQYkrDwtBpCYPC0HyIw8LQYEoDwtBqzIPC0HrJw8LQcI2DwtBoiQPC0HPKg8LQdwjDwtBhycPC0HkNA8LQbciDwtBrTEPC0HVIg8LQa80DwtB3iYPC0HWMg8LQfQ0DwtBgTgPC0H0Nw8LQZI2DwtBnScPC0GCKQ8LQY0jDwtB1zEPC0G9NQ8LQbQ3DwtB2DAPC0G2Jw8LQZo4DwtBpyoPC0HEJw8LQa4jDwtB9SIPCwALQcomIQELIAELFwAgACAALwEuQf7/A3EgAUEAR3I7AS4LGgAgACAALwEuQf3/A3EgAUEAR0EBdHI7AS4LGgAgACAALwEuQfv/A3EgAUEAR0ECdHI7AS4LGgAgACAALwEuQff/A3EgAUEAR0EDdHI7AS4LGgAgACAALwEuQe//A3EgAUEAR0EEdHI7AS4LGgAgACAALwEuQd//A3EgAUEAR0EFdHI7AS4LGgAgACAALwEuQb//A3EgAUEAR0EGdHI7AS4LGgAgACAALwEuQf/+A3EgAUEAR0EHdHI7AS4LGgAgACAALwEuQf/9A3EgAUEAR0EIdHI7AS4LGgAgACAALwEuQf/7A3EgAUEAR0EJdHI7AS4LPgECfwJAIAAoAjgiA0UNACADKAIEIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHhEjYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIIIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEH8ETYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIMIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHsCjYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIQIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEH6HjYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIUIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHLEDYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIYIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEG3HzYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIcIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEG/FTYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIsIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEH+CDYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIgIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEGMHTYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIkIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHmFTYCEEEYIQQLIAQLOAAgAAJ/IAAvATJBFHFBFEYEQEEBIAAtAChBAUYNARogAC8BNEHlAEYMAQsgAC0AKUEFRgs6ADALWQECfwJAIAAtAChBAUYNACAALwE0IgFB5ABrQeQASQ0AIAFBzAFGDQAgAUGwAkYNACAALwEyIgBBwABxDQBBASECIABBiARxQYAERg0AIABBKHFFIQILIAILjAEBAn8CQAJAAkAgAC0AKkUNACAALQArRQ0AIAAvATIiAUECcUUNAQwCCyAALwEyIgFBAXFFDQELQQEhAiAALQAoQQFGDQAgAC8BNCIAQeQAa0HkAEkNACAAQcwBRg0AIABBsAJGDQAgAUHAAHENAEEAIQIgAUGIBHFBgARGDQAgAUEocUEARyECCyACC1cAIABBGGpCADcDACAAQgA3AwAgAEE4akIANwMAIABBMGpCADcDACAAQShqQgA3AwAgAEEgakIANwMAIABBEGpCADcDACAAQQhqQgA3AwAgAEH9ATYCHAsGACAAEDoLmi0BC38jAEEQayIKJABB3NUAKAIAIglFBEBBnNkAKAIAIgVFBEBBqNkAQn83AgBBoNkAQoCAhICAgMAANwIAQZzZACAKQQhqQXBxQdiq1aoFcyIFNgIAQbDZAEEANgIAQYDZAEEANgIAC0GE2QBBwNkENgIAQdTVAEHA2QQ2AgBB6NUAIAU2AgBB5NUAQX82AgBBiNkAQcCmAzYCAANAIAFBgNYAaiABQfTVAGoiAjYCACACIAFB7NUAaiIDNgIAIAFB+NUAaiADNgIAIAFBiNYAaiABQfzVAGoiAzYCACADIAI2AgAgAUGQ1gBqIAFBhNYAaiICNgIAIAIgAzYCACABQYzWAGogAjYCACABQSBqIgFBgAJHDQALQczZBEGBpgM2AgBB4NUAQazZACgCADYCAEHQ1QBBgKYDNgIAQdzVAEHI2QQ2AgBBzP8HQTg2AgBByNkEIQkLAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAEHsAU0EQEHE1QAoAgAiBkEQIABBE2pBcHEgAEELSRsiBEEDdiIAdiIBQQNxBEACQCABQQFxIAByQQFzIgJBA3QiAEHs1QBqIgEgAEH01QBqKAIAIgAoAggiA0YEQEHE1QAgBkF+IAJ3cTYCAAwBCyABIAM2AgggAyABNgIMCyAAQQhqIQEgACACQQN0IgJBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMEQtBzNUAKAIAIgggBE8NASABBEACQEECIAB0IgJBACACa3IgASAAdHFoIgBBA3QiAkHs1QBqIgEgAkH01QBqKAIAIgIoAggiA0YEQEHE1QAgBkF+IAB3cSIGNgIADAELIAEgAzYCCCADIAE2AgwLIAIgBEEDcjYCBCAAQQN0IgAgBGshBSAAIAJqIAU2AgAgAiAEaiIEIAVBAXI2AgQgCARAIAhBeHFB7NUAaiEAQdjVACgCACEDAn9BASAIQQN2dCIBIAZxRQRAQcTVACABIAZyNgIAIAAMAQsgACgCCAsiASADNgIMIAAgAzYCCCADIAA2AgwgAyABNgIICyACQQhqIQFB2NUAIAQ2AgBBzNUAIAU2AgAMEQtByNUAKAIAIgtFDQEgC2hBAnRB9NcAaigCACIAKAIEQXhxIARrIQUgACECA0ACQCACKAIQIgFFBEAgAkEUaigCACIBRQ0BCyABKAIEQXhxIARrIgMgBUkhAiADIAUgAhshBSABIAAgAhshACABIQIMAQsLIAAoAhghCSAAKAIMIgMgAEcEQEHU1QAoAgAaIAMgACgCCCIBNgIIIAEgAzYCDAwQCyAAQRRqIgIoAgAiAUUEQCAAKAIQIgFFDQMgAEEQaiECCwNAIAIhByABIgNBFGoiAigCACIBDQAgA0EQaiECIAMoAhAiAQ0ACyAHQQA2AgAMDwtBfyEEIABBv39LDQAgAEETaiIBQXBxIQRByNUAKAIAIghFDQBBACAEayEFAkACQAJAAn9BACAEQYACSQ0AGkEfIARB////B0sNABogBEEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+agsiBkECdEH01wBqKAIAIgJFBEBBACEBQQAhAwwBC0EAIQEgBEEZIAZBAXZrQQAgBkEfRxt0IQBBACEDA0ACQCACKAIEQXhxIARrIgcgBU8NACACIQMgByIFDQBBACEFIAIhAQwDCyABIAJBFGooAgAiByAHIAIgAEEddkEEcWpBEGooAgAiAkYbIAEgBxshASAAQQF0IQAgAg0ACwsgASADckUEQEEAIQNBAiAGdCIAQQAgAGtyIAhxIgBFDQMgAGhBAnRB9NcAaigCACEBCyABRQ0BCwNAIAEoAgRBeHEgBGsiAiAFSSEAIAIgBSAAGyEFIAEgAyAAGyEDIAEoAhAiAAR/IAAFIAFBFGooAgALIgENAAsLIANFDQAgBUHM1QAoAgAgBGtPDQAgAygCGCEHIAMgAygCDCIARwRAQdTVACgCABogACADKAIIIgE2AgggASAANgIMDA4LIANBFGoiAigCACIBRQRAIAMoAhAiAUUNAyADQRBqIQILA0AgAiEGIAEiAEEUaiICKAIAIgENACAAQRBqIQIgACgCECIBDQALIAZBADYCAAwNC0HM1QAoAgAiAyAETwRAQdjVACgCACEBAkAgAyAEayICQRBPBEAgASAEaiIAIAJBAXI2AgQgASADaiACNgIAIAEgBEEDcjYCBAwBCyABIANBA3I2AgQgASADaiIAIAAoAgRBAXI2AgRBACEAQQAhAgtBzNUAIAI2AgBB2NUAIAA2AgAgAUEIaiEBDA8LQdDVACgCACIDIARLBEAgBCAJaiIAIAMgBGsiAUEBcjYCBEHc1QAgADYCAEHQ1QAgATYCACAJIARBA3I2AgQgCUEIaiEBDA8LQQAhASAEAn9BnNkAKAIABEBBpNkAKAIADAELQajZAEJ/NwIAQaDZAEKAgISAgIDAADcCAEGc2QAgCkEMakFwcUHYqtWqBXM2AgBBsNkAQQA2AgBBgNkAQQA2AgBBgIAECyIAIARBxwBqIgVqIgZBACAAayIHcSICTwRAQbTZAEEwNgIADA8LAkBB/NgAKAIAIgFFDQBB9NgAKAIAIgggAmohACAAIAFNIAAgCEtxDQBBACEBQbTZAEEwNgIADA8LQYDZAC0AAEEEcQ0EAkACQCAJBEBBhNkAIQEDQCABKAIAIgAgCU0EQCAAIAEoAgRqIAlLDQMLIAEoAggiAQ0ACwtBABA7IgBBf0YNBSACIQZBoNkAKAIAIgFBAWsiAyAAcQRAIAIgAGsgACADakEAIAFrcWohBgsgBCAGTw0FIAZB/v///wdLDQVB/NgAKAIAIgMEQEH02AAoAgAiByAGaiEBIAEgB00NBiABIANLDQYLIAYQOyIBIABHDQEMBwsgBiADayAHcSIGQf7///8HSw0EIAYQOyEAIAAgASgCACABKAIEakYNAyAAIQELAkAgBiAEQcgAak8NACABQX9GDQBBpNkAKAIAIgAgBSAGa2pBACAAa3EiAEH+////B0sEQCABIQAMBwsgABA7QX9HBEAgACAGaiEGIAEhAAwHC0EAIAZrEDsaDAQLIAEiAEF/Rw0FDAMLQQAhAwwMC0EAIQAMCgsgAEF/Rw0CC0GA2QBBgNkAKAIAQQRyNgIACyACQf7///8HSw0BIAIQOyEAQQAQOyEBIABBf0YNASABQX9GDQEgACABTw0BIAEgAGsiBiAEQThqTQ0BC0H02ABB9NgAKAIAIAZqIgE2AgBB+NgAKAIAIAFJBEBB+NgAIAE2AgALAkACQAJAQdzVACgCACICBEBBhNkAIQEDQCAAIAEoAgAiAyABKAIEIgVqRg0CIAEoAggiAQ0ACwwCC0HU1QAoAgAiAUEARyAAIAFPcUUEQEHU1QAgADYCAAtBACEBQYjZACAGNgIAQYTZACAANgIAQeTVAEF/NgIAQejVAEGc2QAoAgA2AgBBkNkAQQA2AgADQCABQYDWAGogAUH01QBqIgI2AgAgAiABQezVAGoiAzYCACABQfjVAGogAzYCACABQYjWAGogAUH81QBqIgM2AgAgAyACNgIAIAFBkNYAaiABQYTWAGoiAjYCACACIAM2AgAgAUGM1gBqIAI2AgAgAUEgaiIBQYACRw0AC0F4IABrQQ9xIgEgAGoiAiAGQThrIgMgAWsiAUEBcjYCBEHg1QBBrNkAKAIANgIAQdDVACABNgIAQdzVACACNgIAIAAgA2pBODYCBAwCCyAAIAJNDQAgAiADSQ0AIAEoAgxBCHENAEF4IAJrQQ9xIgAgAmoiA0HQ1QAoAgAgBmoiByAAayIAQQFyNgIEIAEgBSAGajYCBEHg1QBBrNkAKAIANgIAQdDVACAANgIAQdzVACADNgIAIAIgB2pBODYCBAwBCyAAQdTVACgCAEkEQEHU1QAgADYCAAsgACAGaiEDQYTZACEBAkACQAJAA0AgAyABKAIARwRAIAEoAggiAQ0BDAILCyABLQAMQQhxRQ0BC0GE2QAhAQNAIAEoAgAiAyACTQRAIAMgASgCBGoiBSACSw0DCyABKAIIIQEMAAsACyABIAA2AgAgASABKAIEIAZqNgIEIABBeCAAa0EPcWoiCSAEQQNyNgIEIANBeCADa0EPcWoiBiAEIAlqIgRrIQEgAiAGRgRAQdzVACAENgIAQdDVAEHQ1QAoAgAgAWoiADYCACAEIABBAXI2AgQMCAtB2NUAKAIAIAZGBEBB2NUAIAQ2AgBBzNUAQczVACgCACABaiIANgIAIAQgAEEBcjYCBCAAIARqIAA2AgAMCAsgBigCBCIFQQNxQQFHDQYgBUF4cSEIIAVB/wFNBEAgBUEDdiEDIAYoAggiACAGKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwHCyACIAA2AgggACACNgIMDAYLIAYoAhghByAGIAYoAgwiAEcEQCAAIAYoAggiAjYCCCACIAA2AgwMBQsgBkEUaiICKAIAIgVFBEAgBigCECIFRQ0EIAZBEGohAgsDQCACIQMgBSIAQRRqIgIoAgAiBQ0AIABBEGohAiAAKAIQIgUNAAsgA0EANgIADAQLQXggAGtBD3EiASAAaiIHIAZBOGsiAyABayIBQQFyNgIEIAAgA2pBODYCBCACIAVBNyAFa0EPcWpBP2siAyADIAJBEGpJGyIDQSM2AgRB4NUAQazZACgCADYCAEHQ1QAgATYCAEHc1QAgBzYCACADQRBqQYzZACkCADcCACADQYTZACkCADcCCEGM2QAgA0EIajYCAEGI2QAgBjYCAEGE2QAgADYCAEGQ2QBBADYCACADQSRqIQEDQCABQQc2AgAgBSABQQRqIgFLDQALIAIgA0YNACADIAMoAgRBfnE2AgQgAyADIAJrIgU2AgAgAiAFQQFyNgIEIAVB/wFNBEAgBUF4cUHs1QBqIQACf0HE1QAoAgAiAUEBIAVBA3Z0IgNxRQRAQcTVACABIANyNgIAIAAMAQsgACgCCAsiASACNgIMIAAgAjYCCCACIAA2AgwgAiABNgIIDAELQR8hASAFQf///wdNBEAgBUEmIAVBCHZnIgBrdkEBcSAAQQF0a0E+aiEBCyACIAE2AhwgAkIANwIQIAFBAnRB9NcAaiEAQcjVACgCACIDQQEgAXQiBnFFBEAgACACNgIAQcjVACADIAZyNgIAIAIgADYCGCACIAI2AgggAiACNgIMDAELIAVBGSABQQF2a0EAIAFBH0cbdCEBIAAoAgAhAwJAA0AgAyIAKAIEQXhxIAVGDQEgAUEddiEDIAFBAXQhASAAIANBBHFqQRBqIgYoAgAiAw0ACyAGIAI2AgAgAiAANgIYIAIgAjYCDCACIAI2AggMAQsgACgCCCIBIAI2AgwgACACNgIIIAJBADYCGCACIAA2AgwgAiABNgIIC0HQ1QAoAgAiASAETQ0AQdzVACgCACIAIARqIgIgASAEayIBQQFyNgIEQdDVACABNgIAQdzVACACNgIAIAAgBEEDcjYCBCAAQQhqIQEMCAtBACEBQbTZAEEwNgIADAcLQQAhAAsgB0UNAAJAIAYoAhwiAkECdEH01wBqIgMoAgAgBkYEQCADIAA2AgAgAA0BQcjVAEHI1QAoAgBBfiACd3E2AgAMAgsgB0EQQRQgBygCECAGRhtqIAA2AgAgAEUNAQsgACAHNgIYIAYoAhAiAgRAIAAgAjYCECACIAA2AhgLIAZBFGooAgAiAkUNACAAQRRqIAI2AgAgAiAANgIYCyABIAhqIQEgBiAIaiIGKAIEIQULIAYgBUF+cTYCBCABIARqIAE2AgAgBCABQQFyNgIEIAFB/wFNBEAgAUF4cUHs1QBqIQACf0HE1QAoAgAiAkEBIAFBA3Z0IgFxRQRAQcTVACABIAJyNgIAIAAMAQsgACgCCAsiASAENgIMIAAgBDYCCCAEIAA2AgwgBCABNgIIDAELQR8hBSABQf///wdNBEAgAUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEFCyAEIAU2AhwgBEIANwIQIAVBAnRB9NcAaiEAQcjVACgCACICQQEgBXQiA3FFBEAgACAENgIAQcjVACACIANyNgIAIAQgADYCGCAEIAQ2AgggBCAENgIMDAELIAFBGSAFQQF2a0EAIAVBH0cbdCEFIAAoAgAhAAJAA0AgACICKAIEQXhxIAFGDQEgBUEddiEAIAVBAXQhBSACIABBBHFqQRBqIgMoAgAiAA0ACyADIAQ2AgAgBCACNgIYIAQgBDYCDCAEIAQ2AggMAQsgAigCCCIAIAQ2AgwgAiAENgIIIARBADYCGCAEIAI2AgwgBCAANgIICyAJQQhqIQEMAgsCQCAHRQ0AAkAgAygCHCIBQQJ0QfTXAGoiAigCACADRgRAIAIgADYCACAADQFByNUAIAhBfiABd3EiCDYCAAwCCyAHQRBBFCAHKAIQIANGG2ogADYCACAARQ0BCyAAIAc2AhggAygCECIBBEAgACABNgIQIAEgADYCGAsgA0EUaigCACIBRQ0AIABBFGogATYCACABIAA2AhgLAkAgBUEPTQRAIAMgBCAFaiIAQQNyNgIEIAAgA2oiACAAKAIEQQFyNgIEDAELIAMgBGoiAiAFQQFyNgIEIAMgBEEDcjYCBCACIAVqIAU2AgAgBUH/AU0EQCAFQXhxQezVAGohAAJ/QcTVACgCACIBQQEgBUEDdnQiBXFFBEBBxNUAIAEgBXI2AgAgAAwBCyAAKAIICyIBIAI2AgwgACACNgIIIAIgADYCDCACIAE2AggMAQtBHyEBIAVB////B00EQCAFQSYgBUEIdmciAGt2QQFxIABBAXRrQT5qIQELIAIgATYCHCACQgA3AhAgAUECdEH01wBqIQBBASABdCIEIAhxRQRAIAAgAjYCAEHI1QAgBCAIcjYCACACIAA2AhggAiACNgIIIAIgAjYCDAwBCyAFQRkgAUEBdmtBACABQR9HG3QhASAAKAIAIQQCQANAIAQiACgCBEF4cSAFRg0BIAFBHXYhBCABQQF0IQEgACAEQQRxakEQaiIGKAIAIgQNAAsgBiACNgIAIAIgADYCGCACIAI2AgwgAiACNgIIDAELIAAoAggiASACNgIMIAAgAjYCCCACQQA2AhggAiAANgIMIAIgATYCCAsgA0EIaiEBDAELAkAgCUUNAAJAIAAoAhwiAUECdEH01wBqIgIoAgAgAEYEQCACIAM2AgAgAw0BQcjVACALQX4gAXdxNgIADAILIAlBEEEUIAkoAhAgAEYbaiADNgIAIANFDQELIAMgCTYCGCAAKAIQIgEEQCADIAE2AhAgASADNgIYCyAAQRRqKAIAIgFFDQAgA0EUaiABNgIAIAEgAzYCGAsCQCAFQQ9NBEAgACAEIAVqIgFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQsgACAEaiIHIAVBAXI2AgQgACAEQQNyNgIEIAUgB2ogBTYCACAIBEAgCEF4cUHs1QBqIQFB2NUAKAIAIQMCf0EBIAhBA3Z0IgIgBnFFBEBBxNUAIAIgBnI2AgAgAQwBCyABKAIICyICIAM2AgwgASADNgIIIAMgATYCDCADIAI2AggLQdjVACAHNgIAQczVACAFNgIACyAAQQhqIQELIApBEGokACABC0MAIABFBEA/AEEQdA8LAkAgAEH//wNxDQAgAEEASA0AIABBEHZAACIAQX9GBEBBtNkAQTA2AgBBfw8LIABBEHQPCwALC5lCIgBBgAgLDQEAAAAAAAAAAgAAAAMAQZgICwUEAAAABQBBqAgLCQYAAAAHAAAACABB5AgLwjJJbnZhbGlkIGNoYXIgaW4gdXJsIHF1ZXJ5AFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fYm9keQBDb250ZW50LUxlbmd0aCBvdmVyZmxvdwBDaHVuayBzaXplIG92ZXJmbG93AEludmFsaWQgbWV0aG9kIGZvciBIVFRQL3gueCByZXF1ZXN0AEludmFsaWQgbWV0aG9kIGZvciBSVFNQL3gueCByZXF1ZXN0AEV4cGVjdGVkIFNPVVJDRSBtZXRob2QgZm9yIElDRS94LnggcmVxdWVzdABJbnZhbGlkIGNoYXIgaW4gdXJsIGZyYWdtZW50IHN0YXJ0AEV4cGVjdGVkIGRvdABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3N0YXR1cwBJbnZhbGlkIHJlc3BvbnNlIHN0YXR1cwBFeHBlY3RlZCBMRiBhZnRlciBoZWFkZXJzAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMAVXNlciBjYWxsYmFjayBlcnJvcgBgb25fcmVzZXRgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19oZWFkZXJgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2JlZ2luYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlYCBjYWxsYmFjayBlcnJvcgBgb25fc3RhdHVzX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdmVyc2lvbl9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3VybF9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3Byb3RvY29sX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWV0aG9kX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX25hbWVgIGNhbGxiYWNrIGVycm9yAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2VydmVyAEludmFsaWQgaGVhZGVyIHZhbHVlIGNoYXIASW52YWxpZCBoZWFkZXIgZmllbGQgY2hhcgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3ZlcnNpb24ASW52YWxpZCBtaW5vciB2ZXJzaW9uAEludmFsaWQgbWFqb3IgdmVyc2lvbgBFeHBlY3RlZCBzcGFjZSBhZnRlciB2ZXJzaW9uAEV4cGVjdGVkIENSTEYgYWZ0ZXIgdmVyc2lvbgBJbnZhbGlkIEhUVFAgdmVyc2lvbgBJbnZhbGlkIGhlYWRlciB0b2tlbgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3VybABJbnZhbGlkIGNoYXJhY3RlcnMgaW4gdXJsAFVuZXhwZWN0ZWQgc3RhcnQgY2hhciBpbiB1cmwARG91YmxlIEAgaW4gdXJsAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fcHJvdG9jb2wARW1wdHkgQ29udGVudC1MZW5ndGgASW52YWxpZCBjaGFyYWN0ZXIgaW4gQ29udGVudC1MZW5ndGgAVHJhbnNmZXItRW5jb2RpbmcgY2FuJ3QgYmUgcHJlc2VudCB3aXRoIENvbnRlbnQtTGVuZ3RoAER1cGxpY2F0ZSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXIgaW4gdXJsIHBhdGgAQ29udGVudC1MZW5ndGggY2FuJ3QgYmUgcHJlc2VudCB3aXRoIFRyYW5zZmVyLUVuY29kaW5nAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgc2l6ZQBFeHBlY3RlZCBMRiBhZnRlciBjaHVuayBzaXplAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIHNpemUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfdmFsdWUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyB2YWx1ZQBVbmV4cGVjdGVkIHdoaXRlc3BhY2UgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgTEYgYWZ0ZXIgaGVhZGVyIHZhbHVlAEludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYCBoZWFkZXIgdmFsdWUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciBjaHVuayBleHRlbnNpb24gdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZSB2YWx1ZQBJbnZhbGlkIHF1b3RlZC1wYWlyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAFBhdXNlZCBieSBvbl9oZWFkZXJzX2NvbXBsZXRlAEludmFsaWQgRU9GIHN0YXRlAG9uX3Jlc2V0IHBhdXNlAG9uX2NodW5rX2hlYWRlciBwYXVzZQBvbl9tZXNzYWdlX2JlZ2luIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZSBwYXVzZQBvbl9zdGF0dXNfY29tcGxldGUgcGF1c2UAb25fdmVyc2lvbl9jb21wbGV0ZSBwYXVzZQBvbl91cmxfY29tcGxldGUgcGF1c2UAb25fcHJvdG9jb2xfY29tcGxldGUgcGF1c2UAb25fY2h1bmtfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX3ZhbHVlX2NvbXBsZXRlIHBhdXNlAG9uX21lc3NhZ2VfY29tcGxldGUgcGF1c2UAb25fbWV0aG9kX2NvbXBsZXRlIHBhdXNlAG9uX2hlYWRlcl9maWVsZF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19leHRlbnNpb25fbmFtZSBwYXVzZQBVbmV4cGVjdGVkIHNwYWNlIGFmdGVyIHN0YXJ0IGxpbmUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciByZXNwb25zZSBsaW5lAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBuYW1lAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgZXh0ZW5zaW9uIG5hbWUASW52YWxpZCBzdGF0dXMgY29kZQBQYXVzZSBvbiBDT05ORUNUL1VwZ3JhZGUAUGF1c2Ugb24gUFJJL1VwZ3JhZGUARXhwZWN0ZWQgSFRUUC8yIENvbm5lY3Rpb24gUHJlZmFjZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX21ldGhvZABFeHBlY3RlZCBzcGFjZSBhZnRlciBtZXRob2QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfZmllbGQAUGF1c2VkAEludmFsaWQgd29yZCBlbmNvdW50ZXJlZABJbnZhbGlkIG1ldGhvZCBlbmNvdW50ZXJlZABNaXNzaW5nIGV4cGVjdGVkIENSIGFmdGVyIGNodW5rIGRhdGEARXhwZWN0ZWQgTEYgYWZ0ZXIgY2h1bmsgZGF0YQBVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNjaGVtYQBSZXF1ZXN0IGhhcyBpbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AARGF0YSBhZnRlciBgQ29ubmVjdGlvbjogY2xvc2VgAFNXSVRDSF9QUk9YWQBVU0VfUFJPWFkATUtBQ1RJVklUWQBVTlBST0NFU1NBQkxFX0VOVElUWQBRVUVSWQBDT1BZAE1PVkVEX1BFUk1BTkVOVExZAFRPT19FQVJMWQBOT1RJRlkARkFJTEVEX0RFUEVOREVOQ1kAQkFEX0dBVEVXQVkAUExBWQBQVVQAQ0hFQ0tPVVQAR0FURVdBWV9USU1FT1VUAFJFUVVFU1RfVElNRU9VVABORVRXT1JLX0NPTk5FQ1RfVElNRU9VVABDT05ORUNUSU9OX1RJTUVPVVQATE9HSU5fVElNRU9VVABORVRXT1JLX1JFQURfVElNRU9VVABQT1NUAE1JU0RJUkVDVEVEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9SRVFVRVNUAENMSUVOVF9DTE9TRURfTE9BRF9CQUxBTkNFRF9SRVFVRVNUAEJBRF9SRVFVRVNUAEhUVFBfUkVRVUVTVF9TRU5UX1RPX0hUVFBTX1BPUlQAUkVQT1JUAElNX0FfVEVBUE9UAFJFU0VUX0NPTlRFTlQATk9fQ09OVEVOVABQQVJUSUFMX0NPTlRFTlQASFBFX0lOVkFMSURfQ09OU1RBTlQASFBFX0NCX1JFU0VUAEdFVABIUEVfU1RSSUNUAENPTkZMSUNUAFRFTVBPUkFSWV9SRURJUkVDVABQRVJNQU5FTlRfUkVESVJFQ1QAQ09OTkVDVABNVUxUSV9TVEFUVVMASFBFX0lOVkFMSURfU1RBVFVTAFRPT19NQU5ZX1JFUVVFU1RTAEVBUkxZX0hJTlRTAFVOQVZBSUxBQkxFX0ZPUl9MRUdBTF9SRUFTT05TAE9QVElPTlMAU1dJVENISU5HX1BST1RPQ09MUwBWQVJJQU5UX0FMU09fTkVHT1RJQVRFUwBNVUxUSVBMRV9DSE9JQ0VTAElOVEVSTkFMX1NFUlZFUl9FUlJPUgBXRUJfU0VSVkVSX1VOS05PV05fRVJST1IAUkFJTEdVTl9FUlJPUgBJREVOVElUWV9QUk9WSURFUl9BVVRIRU5USUNBVElPTl9FUlJPUgBTU0xfQ0VSVElGSUNBVEVfRVJST1IASU5WQUxJRF9YX0ZPUldBUkRFRF9GT1IAU0VUX1BBUkFNRVRFUgBHRVRfUEFSQU1FVEVSAEhQRV9VU0VSAFNFRV9PVEhFUgBIUEVfQ0JfQ0hVTktfSEVBREVSAEV4cGVjdGVkIExGIGFmdGVyIENSAE1LQ0FMRU5EQVIAU0VUVVAAV0VCX1NFUlZFUl9JU19ET1dOAFRFQVJET1dOAEhQRV9DTE9TRURfQ09OTkVDVElPTgBIRVVSSVNUSUNfRVhQSVJBVElPTgBESVNDT05ORUNURURfT1BFUkFUSU9OAE5PTl9BVVRIT1JJVEFUSVZFX0lORk9STUFUSU9OAEhQRV9JTlZBTElEX1ZFUlNJT04ASFBFX0NCX01FU1NBR0VfQkVHSU4AU0lURV9JU19GUk9aRU4ASFBFX0lOVkFMSURfSEVBREVSX1RPS0VOAElOVkFMSURfVE9LRU4ARk9SQklEREVOAEVOSEFOQ0VfWU9VUl9DQUxNAEhQRV9JTlZBTElEX1VSTABCTE9DS0VEX0JZX1BBUkVOVEFMX0NPTlRST0wATUtDT0wAQUNMAEhQRV9JTlRFUk5BTABSRVFVRVNUX0hFQURFUl9GSUVMRFNfVE9PX0xBUkdFX1VOT0ZGSUNJQUwASFBFX09LAFVOTElOSwBVTkxPQ0sAUFJJAFJFVFJZX1dJVEgASFBFX0lOVkFMSURfQ09OVEVOVF9MRU5HVEgASFBFX1VORVhQRUNURURfQ09OVEVOVF9MRU5HVEgARkxVU0gAUFJPUFBBVENIAE0tU0VBUkNIAFVSSV9UT09fTE9ORwBQUk9DRVNTSU5HAE1JU0NFTExBTkVPVVNfUEVSU0lTVEVOVF9XQVJOSU5HAE1JU0NFTExBTkVPVVNfV0FSTklORwBIUEVfSU5WQUxJRF9UUkFOU0ZFUl9FTkNPRElORwBFeHBlY3RlZCBDUkxGAEhQRV9JTlZBTElEX0NIVU5LX1NJWkUATU9WRQBDT05USU5VRQBIUEVfQ0JfU1RBVFVTX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJTX0NPTVBMRVRFAEhQRV9DQl9WRVJTSU9OX0NPTVBMRVRFAEhQRV9DQl9VUkxfQ09NUExFVEUASFBFX0NCX1BST1RPQ09MX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19DT01QTEVURQBIUEVfQ0JfSEVBREVSX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fVkFMVUVfQ09NUExFVEUASFBFX0NCX0NIVU5LX0VYVEVOU0lPTl9OQU1FX0NPTVBMRVRFAEhQRV9DQl9NRVNTQUdFX0NPTVBMRVRFAEhQRV9DQl9NRVRIT0RfQ09NUExFVEUASFBFX0NCX0hFQURFUl9GSUVMRF9DT01QTEVURQBERUxFVEUASFBFX0lOVkFMSURfRU9GX1NUQVRFAElOVkFMSURfU1NMX0NFUlRJRklDQVRFAFBBVVNFAE5PX1JFU1BPTlNFAFVOU1VQUE9SVEVEX01FRElBX1RZUEUAR09ORQBOT1RfQUNDRVBUQUJMRQBTRVJWSUNFX1VOQVZBSUxBQkxFAFJBTkdFX05PVF9TQVRJU0ZJQUJMRQBPUklHSU5fSVNfVU5SRUFDSEFCTEUAUkVTUE9OU0VfSVNfU1RBTEUAUFVSR0UATUVSR0UAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRQBSRVFVRVNUX0hFQURFUl9UT09fTEFSR0UAUEFZTE9BRF9UT09fTEFSR0UASU5TVUZGSUNJRU5UX1NUT1JBR0UASFBFX1BBVVNFRF9VUEdSQURFAEhQRV9QQVVTRURfSDJfVVBHUkFERQBTT1VSQ0UAQU5OT1VOQ0UAVFJBQ0UASFBFX1VORVhQRUNURURfU1BBQ0UAREVTQ1JJQkUAVU5TVUJTQ1JJQkUAUkVDT1JEAEhQRV9JTlZBTElEX01FVEhPRABOT1RfRk9VTkQAUFJPUEZJTkQAVU5CSU5EAFJFQklORABVTkFVVEhPUklaRUQATUVUSE9EX05PVF9BTExPV0VEAEhUVFBfVkVSU0lPTl9OT1RfU1VQUE9SVEVEAEFMUkVBRFlfUkVQT1JURUQAQUNDRVBURUQATk9UX0lNUExFTUVOVEVEAExPT1BfREVURUNURUQASFBFX0NSX0VYUEVDVEVEAEhQRV9MRl9FWFBFQ1RFRABDUkVBVEVEAElNX1VTRUQASFBFX1BBVVNFRABUSU1FT1VUX09DQ1VSRUQAUEFZTUVOVF9SRVFVSVJFRABQUkVDT05ESVRJT05fUkVRVUlSRUQAUFJPWFlfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATkVUV09SS19BVVRIRU5USUNBVElPTl9SRVFVSVJFRABMRU5HVEhfUkVRVUlSRUQAU1NMX0NFUlRJRklDQVRFX1JFUVVJUkVEAFVQR1JBREVfUkVRVUlSRUQAUEFHRV9FWFBJUkVEAFBSRUNPTkRJVElPTl9GQUlMRUQARVhQRUNUQVRJT05fRkFJTEVEAFJFVkFMSURBVElPTl9GQUlMRUQAU1NMX0hBTkRTSEFLRV9GQUlMRUQATE9DS0VEAFRSQU5TRk9STUFUSU9OX0FQUExJRUQATk9UX01PRElGSUVEAE5PVF9FWFRFTkRFRABCQU5EV0lEVEhfTElNSVRfRVhDRUVERUQAU0lURV9JU19PVkVSTE9BREVEAEhFQUQARXhwZWN0ZWQgSFRUUC8sIFJUU1AvIG9yIElDRS8A5xUAAK8VAACkEgAAkhoAACYWAACeFAAA2xkAAHkVAAB+EgAA/hQAADYVAAALFgAA2BYAAPMSAABCGAAArBYAABIVAAAUFwAA7xcAAEgUAABxFwAAshoAAGsZAAB+GQAANRQAAIIaAABEFwAA/RYAAB4YAACHFwAAqhkAAJMSAAAHGAAALBcAAMoXAACkFwAA5xUAAOcVAABYFwAAOxgAAKASAAAtHAAAwxEAAEgRAADeEgAAQhMAAKQZAAD9EAAA9xUAAKUVAADvFgAA+BkAAEoWAABWFgAA9RUAAAoaAAAIGgAAARoAAKsVAABCEgAA1xAAAEwRAAAFGQAAVBYAAB4RAADKGQAAyBkAAE4WAAD/GAAAcRQAAPAVAADuFQAAlBkAAPwVAAC/GQAAmxkAAHwUAABDEQAAcBgAAJUUAAAnFAAAGRQAANUSAADUGQAARBYAAPcQAEG5OwsBAQBB0DsL4AEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEDAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBuj0LBAEAAAIAQdE9C14DBAMDAwMDAAADAwADAwADAwMDAwMDAwMDAAUAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAwADAEG6PwsEAQAAAgBB0T8LXgMAAwMDAwMAAAMDAAMDAAMDAwMDAwMDAwMABAAFAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwADAAMAQbDBAAsNbG9zZWVlcC1hbGl2ZQBBycEACwEBAEHgwQAL4AEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBycMACwEBAEHgwwAL5wEBAQEBAQEBAQEBAQECAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAWNodW5rZWQAQfHFAAteAQABAQEBAQAAAQEAAQEAAQEBAQEBAQEBAQAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQBB0McACyFlY3Rpb25lbnQtbGVuZ3Rob25yb3h5LWNvbm5lY3Rpb24AQYDIAAsgcmFuc2Zlci1lbmNvZGluZ3BncmFkZQ0KDQpTTQ0KDQoAQanIAAsFAQIAAQMAQcDIAAtfBAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanKAAsFAQIAAQMAQcDKAAtfBAUFBgUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanMAAsEAQAAAQBBwcwAC14CAgACAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAEGpzgALBQECAAEDAEHAzgALXwQFAAAFBQUFBQUFBQUFBQYFBQUFBQUFBQUFBQUABQAHCAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQAFAAUABQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAAAAFAEGp0AALBQEBAAEBAEHA0AALAQEAQdrQAAtBAgAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAQanSAAsFAQEAAQEAQcDSAAsBAQBBytIACwYCAAAAAAIAQeHSAAs6AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBBoNQAC50BTk9VTkNFRUNLT1VUTkVDVEVURUNSSUJFTFVTSEVURUFEU0VBUkNIUkdFQ1RJVklUWUxFTkRBUlZFT1RJRllQVElPTlNDSFNFQVlTVEFUQ0hHRVVFUllPUkRJUkVDVE9SVFJDSFBBUkFNRVRFUlVSQ0VCU0NSSUJFQVJET1dOQUNFSU5ETktDS1VCU0NSSUJFVFRQQ0VUU1BBRFRQLw==';

		let wasmBuffer;

		Object.defineProperty(module, 'exports', {
		  get: () => {
		    return wasmBuffer
		      ? wasmBuffer
		      : (wasmBuffer = Buffer.from(wasmBase64, 'base64'))
		  }
		}); 
	} (llhttpWasm));
	return llhttpWasm.exports;
}

var llhttp_simdWasm = {exports: {}};

llhttp_simdWasm.exports;

var hasRequiredLlhttp_simdWasm;

function requireLlhttp_simdWasm () {
	if (hasRequiredLlhttp_simdWasm) return llhttp_simdWasm.exports;
	hasRequiredLlhttp_simdWasm = 1;
	(function (module) {

		const { Buffer } = require$$0$2;

		const wasmBase64 = 'AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAn9/AGABfwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAzU0BQYAAAMAAAAAAAADAQMAAwMDAAACAAAAAAICAgICAgICAgIBAQEBAQEBAQEBAwAAAwAAAAQFAXABExMFAwEAAgYIAX8BQcDZBAsHxQcoBm1lbW9yeQIAC19pbml0aWFsaXplAAgZX19pbmRpcmVjdF9mdW5jdGlvbl90YWJsZQEAC2xsaHR0cF9pbml0AAkYbGxodHRwX3Nob3VsZF9rZWVwX2FsaXZlADcMbGxodHRwX2FsbG9jAAsGbWFsbG9jADkLbGxodHRwX2ZyZWUADARmcmVlAAwPbGxodHRwX2dldF90eXBlAA0VbGxodHRwX2dldF9odHRwX21ham9yAA4VbGxodHRwX2dldF9odHRwX21pbm9yAA8RbGxodHRwX2dldF9tZXRob2QAEBZsbGh0dHBfZ2V0X3N0YXR1c19jb2RlABESbGxodHRwX2dldF91cGdyYWRlABIMbGxodHRwX3Jlc2V0ABMObGxodHRwX2V4ZWN1dGUAFBRsbGh0dHBfc2V0dGluZ3NfaW5pdAAVDWxsaHR0cF9maW5pc2gAFgxsbGh0dHBfcGF1c2UAFw1sbGh0dHBfcmVzdW1lABgbbGxodHRwX3Jlc3VtZV9hZnRlcl91cGdyYWRlABkQbGxodHRwX2dldF9lcnJubwAaF2xsaHR0cF9nZXRfZXJyb3JfcmVhc29uABsXbGxodHRwX3NldF9lcnJvcl9yZWFzb24AHBRsbGh0dHBfZ2V0X2Vycm9yX3BvcwAdEWxsaHR0cF9lcnJub19uYW1lAB4SbGxodHRwX21ldGhvZF9uYW1lAB8SbGxodHRwX3N0YXR1c19uYW1lACAabGxodHRwX3NldF9sZW5pZW50X2hlYWRlcnMAISFsbGh0dHBfc2V0X2xlbmllbnRfY2h1bmtlZF9sZW5ndGgAIh1sbGh0dHBfc2V0X2xlbmllbnRfa2VlcF9hbGl2ZQAjJGxsaHR0cF9zZXRfbGVuaWVudF90cmFuc2Zlcl9lbmNvZGluZwAkGmxsaHR0cF9zZXRfbGVuaWVudF92ZXJzaW9uACUjbGxodHRwX3NldF9sZW5pZW50X2RhdGFfYWZ0ZXJfY2xvc2UAJidsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfbGZfYWZ0ZXJfY3IAJyxsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfY3JsZl9hZnRlcl9jaHVuawAoKGxsaHR0cF9zZXRfbGVuaWVudF9vcHRpb25hbF9jcl9iZWZvcmVfbGYAKSpsbGh0dHBfc2V0X2xlbmllbnRfc3BhY2VzX2FmdGVyX2NodW5rX3NpemUAKhhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YANgkYAQBBAQsSAQIDBAUKBgcyNDMuKy8tLDAxCuzaAjQWAEHA1QAoAgAEQAALQcDVAEEBNgIACxQAIAAQOCAAIAI2AjggACABOgAoCxQAIAAgAC8BNCAALQAwIAAQNxAACx4BAX9BwAAQOiIBEDggAUGACDYCOCABIAA6ACggAQuPDAEHfwJAIABFDQAgAEEIayIBIABBBGsoAgAiAEF4cSIEaiEFAkAgAEEBcQ0AIABBA3FFDQEgASABKAIAIgBrIgFB1NUAKAIASQ0BIAAgBGohBAJAAkBB2NUAKAIAIAFHBEAgAEH/AU0EQCAAQQN2IQMgASgCCCIAIAEoAgwiAkYEQEHE1QBBxNUAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgASgCGCEGIAEgASgCDCIARwRAIAAgASgCCCICNgIIIAIgADYCDAwDCyABQRRqIgMoAgAiAkUEQCABKAIQIgJFDQIgAUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSgCBCIAQQNxQQNHDQIgBSAAQX5xNgIEQczVACAENgIAIAUgBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgASgCHCICQQJ0QfTXAGoiAygCACABRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAFGG2ogADYCACAARQ0BCyAAIAY2AhggASgCECICBEAgACACNgIQIAIgADYCGAsgAUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBU8NACAFKAIEIgBBAXFFDQACQAJAAkACQCAAQQJxRQRAQdzVACgCACAFRgRAQdzVACABNgIAQdDVAEHQ1QAoAgAgBGoiADYCACABIABBAXI2AgQgAUHY1QAoAgBHDQZBzNUAQQA2AgBB2NUAQQA2AgAMBgtB2NUAKAIAIAVGBEBB2NUAIAE2AgBBzNUAQczVACgCACAEaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2AgAMBgsgAEF4cSAEaiEEIABB/wFNBEAgAEEDdiEDIAUoAggiACAFKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwFCyACIAA2AgggACACNgIMDAQLIAUoAhghBiAFIAUoAgwiAEcEQEHU1QAoAgAaIAAgBSgCCCICNgIIIAIgADYCDAwDCyAFQRRqIgMoAgAiAkUEQCAFKAIQIgJFDQIgBUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSAAQX5xNgIEIAEgBGogBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgBSgCHCICQQJ0QfTXAGoiAygCACAFRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAVGG2ogADYCACAARQ0BCyAAIAY2AhggBSgCECICBEAgACACNgIQIAIgADYCGAsgBUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBGogBDYCACABIARBAXI2AgQgAUHY1QAoAgBHDQBBzNUAIAQ2AgAMAQsgBEH/AU0EQCAEQXhxQezVAGohAAJ/QcTVACgCACICQQEgBEEDdnQiA3FFBEBBxNUAIAIgA3I2AgAgAAwBCyAAKAIICyICIAE2AgwgACABNgIIIAEgADYCDCABIAI2AggMAQtBHyECIARB////B00EQCAEQSYgBEEIdmciAGt2QQFxIABBAXRrQT5qIQILIAEgAjYCHCABQgA3AhAgAkECdEH01wBqIQACQEHI1QAoAgAiA0EBIAJ0IgdxRQRAIAAgATYCAEHI1QAgAyAHcjYCACABIAA2AhggASABNgIIIAEgATYCDAwBCyAEQRkgAkEBdmtBACACQR9HG3QhAiAAKAIAIQACQANAIAAiAygCBEF4cSAERg0BIAJBHXYhACACQQF0IQIgAyAAQQRxakEQaiIHKAIAIgANAAsgByABNgIAIAEgAzYCGCABIAE2AgwgASABNgIIDAELIAMoAggiACABNgIMIAMgATYCCCABQQA2AhggASADNgIMIAEgADYCCAtB5NUAQeTVACgCAEEBayIAQX8gABs2AgALCwcAIAAtACgLBwAgAC0AKgsHACAALQArCwcAIAAtACkLBwAgAC8BNAsHACAALQAwC0ABBH8gACgCGCEBIAAvAS4hAiAALQAoIQMgACgCOCEEIAAQOCAAIAQ2AjggACADOgAoIAAgAjsBLiAAIAE2AhgLhocCAwd/A34BeyABIAJqIQQCQCAAIgMoAgwiAA0AIAMoAgQEQCADIAE2AgQLIwBBEGsiCSQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADKAIcIgJBAmsO/AEB+QECAwQFBgcICQoLDA0ODxAREvgBE/cBFBX2ARYX9QEYGRobHB0eHyD9AfsBIfQBIiMkJSYnKCkqK/MBLC0uLzAxMvIB8QEzNPAB7wE1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk/6AVBRUlPuAe0BVOwBVesBVldYWVrqAVtcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AAYEBggGDAYQBhQGGAYcBiAGJAYoBiwGMAY0BjgGPAZABkQGSAZMBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBuAG5AboBuwG8Ab0BvgG/AcABwQHCAcMBxAHFAcYBxwHIAckBygHLAcwBzQHOAekB6AHPAecB0AHmAdEB0gHTAdQB5QHVAdYB1wHYAdkB2gHbAdwB3QHeAd8B4AHhAeIB4wEA/AELQQAM4wELQQ4M4gELQQ0M4QELQQ8M4AELQRAM3wELQRMM3gELQRQM3QELQRUM3AELQRYM2wELQRcM2gELQRgM2QELQRkM2AELQRoM1wELQRsM1gELQRwM1QELQR0M1AELQR4M0wELQR8M0gELQSAM0QELQSEM0AELQQgMzwELQSIMzgELQSQMzQELQSMMzAELQQcMywELQSUMygELQSYMyQELQScMyAELQSgMxwELQRIMxgELQREMxQELQSkMxAELQSoMwwELQSsMwgELQSwMwQELQd4BDMABC0EuDL8BC0EvDL4BC0EwDL0BC0ExDLwBC0EyDLsBC0EzDLoBC0E0DLkBC0HfAQy4AQtBNQy3AQtBOQy2AQtBDAy1AQtBNgy0AQtBNwyzAQtBOAyyAQtBPgyxAQtBOgywAQtB4AEMrwELQQsMrgELQT8MrQELQTsMrAELQQoMqwELQTwMqgELQT0MqQELQeEBDKgBC0HBAAynAQtBwAAMpgELQcIADKUBC0EJDKQBC0EtDKMBC0HDAAyiAQtBxAAMoQELQcUADKABC0HGAAyfAQtBxwAMngELQcgADJ0BC0HJAAycAQtBygAMmwELQcsADJoBC0HMAAyZAQtBzQAMmAELQc4ADJcBC0HPAAyWAQtB0AAMlQELQdEADJQBC0HSAAyTAQtB0wAMkgELQdUADJEBC0HUAAyQAQtB1gAMjwELQdcADI4BC0HYAAyNAQtB2QAMjAELQdoADIsBC0HbAAyKAQtB3AAMiQELQd0ADIgBC0HeAAyHAQtB3wAMhgELQeAADIUBC0HhAAyEAQtB4gAMgwELQeMADIIBC0HkAAyBAQtB5QAMgAELQeIBDH8LQeYADH4LQecADH0LQQYMfAtB6AAMewtBBQx6C0HpAAx5C0EEDHgLQeoADHcLQesADHYLQewADHULQe0ADHQLQQMMcwtB7gAMcgtB7wAMcQtB8AAMcAtB8gAMbwtB8QAMbgtB8wAMbQtB9AAMbAtB9QAMawtB9gAMagtBAgxpC0H3AAxoC0H4AAxnC0H5AAxmC0H6AAxlC0H7AAxkC0H8AAxjC0H9AAxiC0H+AAxhC0H/AAxgC0GAAQxfC0GBAQxeC0GCAQxdC0GDAQxcC0GEAQxbC0GFAQxaC0GGAQxZC0GHAQxYC0GIAQxXC0GJAQxWC0GKAQxVC0GLAQxUC0GMAQxTC0GNAQxSC0GOAQxRC0GPAQxQC0GQAQxPC0GRAQxOC0GSAQxNC0GTAQxMC0GUAQxLC0GVAQxKC0GWAQxJC0GXAQxIC0GYAQxHC0GZAQxGC0GaAQxFC0GbAQxEC0GcAQxDC0GdAQxCC0GeAQxBC0GfAQxAC0GgAQw/C0GhAQw+C0GiAQw9C0GjAQw8C0GkAQw7C0GlAQw6C0GmAQw5C0GnAQw4C0GoAQw3C0GpAQw2C0GqAQw1C0GrAQw0C0GsAQwzC0GtAQwyC0GuAQwxC0GvAQwwC0GwAQwvC0GxAQwuC0GyAQwtC0GzAQwsC0G0AQwrC0G1AQwqC0G2AQwpC0G3AQwoC0G4AQwnC0G5AQwmC0G6AQwlC0G7AQwkC0G8AQwjC0G9AQwiC0G+AQwhC0G/AQwgC0HAAQwfC0HBAQweC0HCAQwdC0EBDBwLQcMBDBsLQcQBDBoLQcUBDBkLQcYBDBgLQccBDBcLQcgBDBYLQckBDBULQcoBDBQLQcsBDBMLQcwBDBILQc0BDBELQc4BDBALQc8BDA8LQdABDA4LQdEBDA0LQdIBDAwLQdMBDAsLQdQBDAoLQdUBDAkLQdYBDAgLQeMBDAcLQdcBDAYLQdgBDAULQdkBDAQLQdoBDAMLQdsBDAILQd0BDAELQdwBCyECA0ACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAMCfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAn8CQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAwJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCACDuMBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISMkJScoKZ4DmwOaA5EDigODA4AD/QL7AvgC8gLxAu8C7QLoAucC5gLlAuQC3ALbAtoC2QLYAtcC1gLVAs8CzgLMAssCygLJAsgCxwLGAsQCwwK+ArwCugK5ArgCtwK2ArUCtAKzArICsQKwAq4CrQKpAqgCpwKmAqUCpAKjAqICoQKgAp8CmAKQAowCiwKKAoEC/gH9AfwB+wH6AfkB+AH3AfUB8wHwAesB6QHoAecB5gHlAeQB4wHiAeEB4AHfAd4B3QHcAdoB2QHYAdcB1gHVAdQB0wHSAdEB0AHPAc4BzQHMAcsBygHJAcgBxwHGAcUBxAHDAcIBwQHAAb8BvgG9AbwBuwG6AbkBuAG3AbYBtQG0AbMBsgGxAbABrwGuAa0BrAGrAaoBqQGoAacBpgGlAaQBowGiAZ8BngGZAZgBlwGWAZUBlAGTAZIBkQGQAY8BjQGMAYcBhgGFAYQBgwGCAX18e3p5dnV0UFFSU1RVCyABIARHDXJB/QEhAgy+AwsgASAERw2YAUHbASECDL0DCyABIARHDfEBQY4BIQIMvAMLIAEgBEcN/AFBhAEhAgy7AwsgASAERw2KAkH/ACECDLoDCyABIARHDZECQf0AIQIMuQMLIAEgBEcNlAJB+wAhAgy4AwsgASAERw0eQR4hAgy3AwsgASAERw0ZQRghAgy2AwsgASAERw3KAkHNACECDLUDCyABIARHDdUCQcYAIQIMtAMLIAEgBEcN1gJBwwAhAgyzAwsgASAERw3cAkE4IQIMsgMLIAMtADBBAUYNrQMMiQMLQQAhAAJAAkACQCADLQAqRQ0AIAMtACtFDQAgAy8BMiICQQJxRQ0BDAILIAMvATIiAkEBcUUNAQtBASEAIAMtAChBAUYNACADLwE0IgZB5ABrQeQASQ0AIAZBzAFGDQAgBkGwAkYNACACQcAAcQ0AQQAhACACQYgEcUGABEYNACACQShxQQBHIQALIANBADsBMiADQQA6ADECQCAARQRAIANBADoAMSADLQAuQQRxDQEMsQMLIANCADcDIAsgA0EAOgAxIANBAToANgxIC0EAIQACQCADKAI4IgJFDQAgAigCMCICRQ0AIAMgAhEAACEACyAARQ1IIABBFUcNYiADQQQ2AhwgAyABNgIUIANB0hs2AhAgA0EVNgIMQQAhAgyvAwsgASAERgRAQQYhAgyvAwsgAS0AAEEKRw0ZIAFBAWohAQwaCyADQgA3AyBBEiECDJQDCyABIARHDYoDQSMhAgysAwsgASAERgRAQQchAgysAwsCQAJAIAEtAABBCmsOBAEYGAAYCyABQQFqIQFBECECDJMDCyABQQFqIQEgA0Evai0AAEEBcQ0XQQAhAiADQQA2AhwgAyABNgIUIANBmSA2AhAgA0EZNgIMDKsDCyADIAMpAyAiDCAEIAFrrSIKfSILQgAgCyAMWBs3AyAgCiAMWg0YQQghAgyqAwsgASAERwRAIANBCTYCCCADIAE2AgRBFCECDJEDC0EJIQIMqQMLIAMpAyBQDa4CDEMLIAEgBEYEQEELIQIMqAMLIAEtAABBCkcNFiABQQFqIQEMFwsgA0Evai0AAEEBcUUNGQwmC0EAIQACQCADKAI4IgJFDQAgAigCUCICRQ0AIAMgAhEAACEACyAADRkMQgtBACEAAkAgAygCOCICRQ0AIAIoAlAiAkUNACADIAIRAAAhAAsgAA0aDCQLQQAhAAJAIAMoAjgiAkUNACACKAJQIgJFDQAgAyACEQAAIQALIAANGwwyCyADQS9qLQAAQQFxRQ0cDCILQQAhAAJAIAMoAjgiAkUNACACKAJUIgJFDQAgAyACEQAAIQALIAANHAxCC0EAIQACQCADKAI4IgJFDQAgAigCVCICRQ0AIAMgAhEAACEACyAADR0MIAsgASAERgRAQRMhAgygAwsCQCABLQAAIgBBCmsOBB8jIwAiCyABQQFqIQEMHwtBACEAAkAgAygCOCICRQ0AIAIoAlQiAkUNACADIAIRAAAhAAsgAA0iDEILIAEgBEYEQEEWIQIMngMLIAEtAABBwMEAai0AAEEBRw0jDIMDCwJAA0AgAS0AAEGwO2otAAAiAEEBRwRAAkAgAEECaw4CAwAnCyABQQFqIQFBISECDIYDCyAEIAFBAWoiAUcNAAtBGCECDJ0DCyADKAIEIQBBACECIANBADYCBCADIAAgAUEBaiIBEDQiAA0hDEELQQAhAAJAIAMoAjgiAkUNACACKAJUIgJFDQAgAyACEQAAIQALIAANIwwqCyABIARGBEBBHCECDJsDCyADQQo2AgggAyABNgIEQQAhAAJAIAMoAjgiAkUNACACKAJQIgJFDQAgAyACEQAAIQALIAANJUEkIQIMgQMLIAEgBEcEQANAIAEtAABBsD1qLQAAIgBBA0cEQCAAQQFrDgUYGiaCAyUmCyAEIAFBAWoiAUcNAAtBGyECDJoDC0EbIQIMmQMLA0AgAS0AAEGwP2otAAAiAEEDRwRAIABBAWsOBQ8RJxMmJwsgBCABQQFqIgFHDQALQR4hAgyYAwsgASAERwRAIANBCzYCCCADIAE2AgRBByECDP8CC0EfIQIMlwMLIAEgBEYEQEEgIQIMlwMLAkAgAS0AAEENaw4ULj8/Pz8/Pz8/Pz8/Pz8/Pz8/PwA/C0EAIQIgA0EANgIcIANBvws2AhAgA0ECNgIMIAMgAUEBajYCFAyWAwsgA0EvaiECA0AgASAERgRAQSEhAgyXAwsCQAJAAkAgAS0AACIAQQlrDhgCACkpASkpKSkpKSkpKSkpKSkpKSkpKQInCyABQQFqIQEgA0Evai0AAEEBcUUNCgwYCyABQQFqIQEMFwsgAUEBaiEBIAItAABBAnENAAtBACECIANBADYCHCADIAE2AhQgA0GfFTYCECADQQw2AgwMlQMLIAMtAC5BgAFxRQ0BC0EAIQACQCADKAI4IgJFDQAgAigCXCICRQ0AIAMgAhEAACEACyAARQ3mAiAAQRVGBEAgA0EkNgIcIAMgATYCFCADQZsbNgIQIANBFTYCDEEAIQIMlAMLQQAhAiADQQA2AhwgAyABNgIUIANBkA42AhAgA0EUNgIMDJMDC0EAIQIgA0EANgIcIAMgATYCFCADQb4gNgIQIANBAjYCDAySAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEgDKdqIgEQMiIARQ0rIANBBzYCHCADIAE2AhQgAyAANgIMDJEDCyADLQAuQcAAcUUNAQtBACEAAkAgAygCOCICRQ0AIAIoAlgiAkUNACADIAIRAAAhAAsgAEUNKyAAQRVGBEAgA0EKNgIcIAMgATYCFCADQesZNgIQIANBFTYCDEEAIQIMkAMLQQAhAiADQQA2AhwgAyABNgIUIANBkww2AhAgA0ETNgIMDI8DC0EAIQIgA0EANgIcIAMgATYCFCADQYIVNgIQIANBAjYCDAyOAwtBACECIANBADYCHCADIAE2AhQgA0HdFDYCECADQRk2AgwMjQMLQQAhAiADQQA2AhwgAyABNgIUIANB5h02AhAgA0EZNgIMDIwDCyAAQRVGDT1BACECIANBADYCHCADIAE2AhQgA0HQDzYCECADQSI2AgwMiwMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDMiAEUNKCADQQ02AhwgAyABNgIUIAMgADYCDAyKAwsgAEEVRg06QQAhAiADQQA2AhwgAyABNgIUIANB0A82AhAgA0EiNgIMDIkDCyADKAIEIQBBACECIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDCgLIANBDjYCHCADIAA2AgwgAyABQQFqNgIUDIgDCyAAQRVGDTdBACECIANBADYCHCADIAE2AhQgA0HQDzYCECADQSI2AgwMhwMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDMiAEUEQCABQQFqIQEMJwsgA0EPNgIcIAMgADYCDCADIAFBAWo2AhQMhgMLQQAhAiADQQA2AhwgAyABNgIUIANB4hc2AhAgA0EZNgIMDIUDCyAAQRVGDTNBACECIANBADYCHCADIAE2AhQgA0HWDDYCECADQSM2AgwMhAMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUNJSADQRE2AhwgAyABNgIUIAMgADYCDAyDAwsgAEEVRg0wQQAhAiADQQA2AhwgAyABNgIUIANB1gw2AhAgA0EjNgIMDIIDCyADKAIEIQBBACECIANBADYCBCADIAAgARA0IgBFBEAgAUEBaiEBDCULIANBEjYCHCADIAA2AgwgAyABQQFqNgIUDIEDCyADQS9qLQAAQQFxRQ0BC0EXIQIM5gILQQAhAiADQQA2AhwgAyABNgIUIANB4hc2AhAgA0EZNgIMDP4CCyAAQTtHDQAgAUEBaiEBDAwLQQAhAiADQQA2AhwgAyABNgIUIANBkhg2AhAgA0ECNgIMDPwCCyAAQRVGDShBACECIANBADYCHCADIAE2AhQgA0HWDDYCECADQSM2AgwM+wILIANBFDYCHCADIAE2AhQgAyAANgIMDPoCCyADKAIEIQBBACECIANBADYCBCADIAAgARA0IgBFBEAgAUEBaiEBDPUCCyADQRU2AhwgAyAANgIMIAMgAUEBajYCFAz5AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQzzAgsgA0EXNgIcIAMgADYCDCADIAFBAWo2AhQM+AILIABBFUYNI0EAIQIgA0EANgIcIAMgATYCFCADQdYMNgIQIANBIzYCDAz3AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQwdCyADQRk2AhwgAyAANgIMIAMgAUEBajYCFAz2AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQzvAgsgA0EaNgIcIAMgADYCDCADIAFBAWo2AhQM9QILIABBFUYNH0EAIQIgA0EANgIcIAMgATYCFCADQdAPNgIQIANBIjYCDAz0AgsgAygCBCEAIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDBsLIANBHDYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgzzAgsgAygCBCEAIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDOsCCyADQR02AhwgAyAANgIMIAMgAUEBajYCFEEAIQIM8gILIABBO0cNASABQQFqIQELQSYhAgzXAgtBACECIANBADYCHCADIAE2AhQgA0GfFTYCECADQQw2AgwM7wILIAEgBEcEQANAIAEtAABBIEcNhAIgBCABQQFqIgFHDQALQSwhAgzvAgtBLCECDO4CCyABIARGBEBBNCECDO4CCwJAAkADQAJAIAEtAABBCmsOBAIAAAMACyAEIAFBAWoiAUcNAAtBNCECDO8CCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUNnwIgA0EyNgIcIAMgATYCFCADIAA2AgxBACECDO4CCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUEQCABQQFqIQEMnwILIANBMjYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgztAgsgASAERwRAAkADQCABLQAAQTBrIgBB/wFxQQpPBEBBOiECDNcCCyADKQMgIgtCmbPmzJmz5swZVg0BIAMgC0IKfiIKNwMgIAogAK1C/wGDIgtCf4VWDQEgAyAKIAt8NwMgIAQgAUEBaiIBRw0AC0HAACECDO4CCyADKAIEIQAgA0EANgIEIAMgACABQQFqIgEQMSIADRcM4gILQcAAIQIM7AILIAEgBEYEQEHJACECDOwCCwJAA0ACQCABLQAAQQlrDhgAAqICogKpAqICogKiAqICogKiAqICogKiAqICogKiAqICogKiAqICogKiAgCiAgsgBCABQQFqIgFHDQALQckAIQIM7AILIAFBAWohASADQS9qLQAAQQFxDaUCIANBADYCHCADIAE2AhQgA0GXEDYCECADQQo2AgxBACECDOsCCyABIARHBEADQCABLQAAQSBHDRUgBCABQQFqIgFHDQALQfgAIQIM6wILQfgAIQIM6gILIANBAjoAKAw4C0EAIQIgA0EANgIcIANBvws2AhAgA0ECNgIMIAMgAUEBajYCFAzoAgtBACECDM4CC0ENIQIMzQILQRMhAgzMAgtBFSECDMsCC0EWIQIMygILQRghAgzJAgtBGSECDMgCC0EaIQIMxwILQRshAgzGAgtBHCECDMUCC0EdIQIMxAILQR4hAgzDAgtBHyECDMICC0EgIQIMwQILQSIhAgzAAgtBIyECDL8CC0ElIQIMvgILQeUAIQIMvQILIANBPTYCHCADIAE2AhQgAyAANgIMQQAhAgzVAgsgA0EbNgIcIAMgATYCFCADQaQcNgIQIANBFTYCDEEAIQIM1AILIANBIDYCHCADIAE2AhQgA0GYGjYCECADQRU2AgxBACECDNMCCyADQRM2AhwgAyABNgIUIANBmBo2AhAgA0EVNgIMQQAhAgzSAgsgA0ELNgIcIAMgATYCFCADQZgaNgIQIANBFTYCDEEAIQIM0QILIANBEDYCHCADIAE2AhQgA0GYGjYCECADQRU2AgxBACECDNACCyADQSA2AhwgAyABNgIUIANBpBw2AhAgA0EVNgIMQQAhAgzPAgsgA0ELNgIcIAMgATYCFCADQaQcNgIQIANBFTYCDEEAIQIMzgILIANBDDYCHCADIAE2AhQgA0GkHDYCECADQRU2AgxBACECDM0CC0EAIQIgA0EANgIcIAMgATYCFCADQd0ONgIQIANBEjYCDAzMAgsCQANAAkAgAS0AAEEKaw4EAAICAAILIAQgAUEBaiIBRw0AC0H9ASECDMwCCwJAAkAgAy0ANkEBRw0AQQAhAAJAIAMoAjgiAkUNACACKAJgIgJFDQAgAyACEQAAIQALIABFDQAgAEEVRw0BIANB/AE2AhwgAyABNgIUIANB3Bk2AhAgA0EVNgIMQQAhAgzNAgtB3AEhAgyzAgsgA0EANgIcIAMgATYCFCADQfkLNgIQIANBHzYCDEEAIQIMywILAkACQCADLQAoQQFrDgIEAQALQdsBIQIMsgILQdQBIQIMsQILIANBAjoAMUEAIQACQCADKAI4IgJFDQAgAigCACICRQ0AIAMgAhEAACEACyAARQRAQd0BIQIMsQILIABBFUcEQCADQQA2AhwgAyABNgIUIANBtAw2AhAgA0EQNgIMQQAhAgzKAgsgA0H7ATYCHCADIAE2AhQgA0GBGjYCECADQRU2AgxBACECDMkCCyABIARGBEBB+gEhAgzJAgsgAS0AAEHIAEYNASADQQE6ACgLQcABIQIMrgILQdoBIQIMrQILIAEgBEcEQCADQQw2AgggAyABNgIEQdkBIQIMrQILQfkBIQIMxQILIAEgBEYEQEH4ASECDMUCCyABLQAAQcgARw0EIAFBAWohAUHYASECDKsCCyABIARGBEBB9wEhAgzEAgsCQAJAIAEtAABBxQBrDhAABQUFBQUFBQUFBQUFBQUBBQsgAUEBaiEBQdYBIQIMqwILIAFBAWohAUHXASECDKoCC0H2ASECIAEgBEYNwgIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABButUAai0AAEcNAyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMwwILIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARAuIgBFBEBB4wEhAgyqAgsgA0H1ATYCHCADIAE2AhQgAyAANgIMQQAhAgzCAgtB9AEhAiABIARGDcECIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbjVAGotAABHDQIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADMICCyADQYEEOwEoIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARAuIgANAwwCCyADQQA2AgALQQAhAiADQQA2AhwgAyABNgIUIANB5R82AhAgA0EINgIMDL8CC0HVASECDKUCCyADQfMBNgIcIAMgATYCFCADIAA2AgxBACECDL0CC0EAIQACQCADKAI4IgJFDQAgAigCQCICRQ0AIAMgAhEAACEACyAARQ1uIABBFUcEQCADQQA2AhwgAyABNgIUIANBgg82AhAgA0EgNgIMQQAhAgy9AgsgA0GPATYCHCADIAE2AhQgA0HsGzYCECADQRU2AgxBACECDLwCCyABIARHBEAgA0ENNgIIIAMgATYCBEHTASECDKMCC0HyASECDLsCCyABIARGBEBB8QEhAgy7AgsCQAJAAkAgAS0AAEHIAGsOCwABCAgICAgICAgCCAsgAUEBaiEBQdABIQIMowILIAFBAWohAUHRASECDKICCyABQQFqIQFB0gEhAgyhAgtB8AEhAiABIARGDbkCIAMoAgAiACAEIAFraiEGIAEgAGtBAmohBQNAIAEtAAAgAEG11QBqLQAARw0EIABBAkYNAyAAQQFqIQAgBCABQQFqIgFHDQALIAMgBjYCAAy5AgtB7wEhAiABIARGDbgCIAMoAgAiACAEIAFraiEGIAEgAGtBAWohBQNAIAEtAAAgAEGz1QBqLQAARw0DIABBAUYNAiAAQQFqIQAgBCABQQFqIgFHDQALIAMgBjYCAAy4AgtB7gEhAiABIARGDbcCIAMoAgAiACAEIAFraiEGIAEgAGtBAmohBQNAIAEtAAAgAEGw1QBqLQAARw0CIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBjYCAAy3AgsgAygCBCEAIANCADcDACADIAAgBUEBaiIBECsiAEUNAiADQewBNgIcIAMgATYCFCADIAA2AgxBACECDLYCCyADQQA2AgALIAMoAgQhACADQQA2AgQgAyAAIAEQKyIARQ2cAiADQe0BNgIcIAMgATYCFCADIAA2AgxBACECDLQCC0HPASECDJoCC0EAIQACQCADKAI4IgJFDQAgAigCNCICRQ0AIAMgAhEAACEACwJAIAAEQCAAQRVGDQEgA0EANgIcIAMgATYCFCADQeoNNgIQIANBJjYCDEEAIQIMtAILQc4BIQIMmgILIANB6wE2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyyAgsgASAERgRAQesBIQIMsgILIAEtAABBL0YEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDEEAIQIMsQILQc0BIQIMlwILIAEgBEcEQCADQQ42AgggAyABNgIEQcwBIQIMlwILQeoBIQIMrwILIAEgBEYEQEHpASECDK8CCyABLQAAQTBrIgBB/wFxQQpJBEAgAyAAOgAqIAFBAWohAUHLASECDJYCCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNlwIgA0HoATYCHCADIAE2AhQgAyAANgIMQQAhAgyuAgsgASAERgRAQecBIQIMrgILAkAgAS0AAEEuRgRAIAFBAWohAQwBCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNmAIgA0HmATYCHCADIAE2AhQgAyAANgIMQQAhAgyuAgtBygEhAgyUAgsgASAERgRAQeUBIQIMrQILQQAhAEEBIQVBASEHQQAhAgJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAEtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyECQQAhBUEAIQcMAgtBCSECQQEhAEEAIQVBACEHDAELQQAhBUEBIQILIAMgAjoAKyABQQFqIQECQAJAIAMtAC5BEHENAAJAAkACQCADLQAqDgMBAAIECyAHRQ0DDAILIAANAQwCCyAFRQ0BCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNAiADQeIBNgIcIAMgATYCFCADIAA2AgxBACECDK8CCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNmgIgA0HjATYCHCADIAE2AhQgAyAANgIMQQAhAgyuAgsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZgCIANB5AE2AhwgAyABNgIUIAMgADYCDAytAgtByQEhAgyTAgtBACEAAkAgAygCOCICRQ0AIAIoAkQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0GkDTYCECADQSE2AgxBACECDK0CC0HIASECDJMCCyADQeEBNgIcIAMgATYCFCADQdAaNgIQIANBFTYCDEEAIQIMqwILIAEgBEYEQEHhASECDKsCCwJAIAEtAABBIEYEQCADQQA7ATQgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GZETYCECADQQk2AgxBACECDKsCC0HHASECDJECCyABIARGBEBB4AEhAgyqAgsCQCABLQAAQTBrQf8BcSICQQpJBEAgAUEBaiEBAkAgAy8BNCIAQZkzSw0AIAMgAEEKbCIAOwE0IABB/v8DcSACQf//A3NLDQAgAyAAIAJqOwE0DAILQQAhAiADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMDKsCCyADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMQQAhAgyqAgtBxgEhAgyQAgsgASAERgRAQd8BIQIMqQILAkAgAS0AAEEwa0H/AXEiAkEKSQRAIAFBAWohAQJAIAMvATQiAEGZM0sNACADIABBCmwiADsBNCAAQf7/A3EgAkH//wNzSw0AIAMgACACajsBNAwCC0EAIQIgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDAyqAgsgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDEEAIQIMqQILQcUBIQIMjwILIAEgBEYEQEHeASECDKgCCwJAIAEtAABBMGtB/wFxIgJBCkkEQCABQQFqIQECQCADLwE0IgBBmTNLDQAgAyAAQQpsIgA7ATQgAEH+/wNxIAJB//8Dc0sNACADIAAgAmo7ATQMAgtBACECIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgwMqQILIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgxBACECDKgCC0HEASECDI4CCyABIARGBEBB3QEhAgynAgsCQAJAAkACQCABLQAAQQprDhcCAwMAAwMDAwMDAwMDAwMDAwMDAwMDAQMLIAFBAWoMBQsgAUEBaiEBQcMBIQIMjwILIAFBAWohASADQS9qLQAAQQFxDQggA0EANgIcIAMgATYCFCADQY0LNgIQIANBDTYCDEEAIQIMpwILIANBADYCHCADIAE2AhQgA0GNCzYCECADQQ02AgxBACECDKYCCyABIARHBEAgA0EPNgIIIAMgATYCBEEBIQIMjQILQdwBIQIMpQILAkACQANAAkAgAS0AAEEKaw4EAgAAAwALIAQgAUEBaiIBRw0AC0HbASECDKYCCyADKAIEIQAgA0EANgIEIAMgACABEC0iAEUEQCABQQFqIQEMBAsgA0HaATYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgylAgsgAygCBCEAIANBADYCBCADIAAgARAtIgANASABQQFqCyEBQcEBIQIMigILIANB2QE2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMogILQcIBIQIMiAILIANBL2otAABBAXENASADQQA2AhwgAyABNgIUIANB5Bw2AhAgA0EZNgIMQQAhAgygAgsgASAERgRAQdkBIQIMoAILAkACQAJAIAEtAABBCmsOBAECAgACCyABQQFqIQEMAgsgAUEBaiEBDAELIAMtAC5BwABxRQ0BC0EAIQACQCADKAI4IgJFDQAgAigCPCICRQ0AIAMgAhEAACEACyAARQ2gASAAQRVGBEAgA0HZADYCHCADIAE2AhQgA0G3GjYCECADQRU2AgxBACECDJ8CCyADQQA2AhwgAyABNgIUIANBgA02AhAgA0EbNgIMQQAhAgyeAgsgA0EANgIcIAMgATYCFCADQdwoNgIQIANBAjYCDEEAIQIMnQILIAEgBEcEQCADQQw2AgggAyABNgIEQb8BIQIMhAILQdgBIQIMnAILIAEgBEYEQEHXASECDJwCCwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEHBAGsOFQABAgNaBAUGWlpaBwgJCgsMDQ4PEFoLIAFBAWohAUH7ACECDJICCyABQQFqIQFB/AAhAgyRAgsgAUEBaiEBQYEBIQIMkAILIAFBAWohAUGFASECDI8CCyABQQFqIQFBhgEhAgyOAgsgAUEBaiEBQYkBIQIMjQILIAFBAWohAUGKASECDIwCCyABQQFqIQFBjQEhAgyLAgsgAUEBaiEBQZYBIQIMigILIAFBAWohAUGXASECDIkCCyABQQFqIQFBmAEhAgyIAgsgAUEBaiEBQaUBIQIMhwILIAFBAWohAUGmASECDIYCCyABQQFqIQFBrAEhAgyFAgsgAUEBaiEBQbQBIQIMhAILIAFBAWohAUG3ASECDIMCCyABQQFqIQFBvgEhAgyCAgsgASAERgRAQdYBIQIMmwILIAEtAABBzgBHDUggAUEBaiEBQb0BIQIMgQILIAEgBEYEQEHVASECDJoCCwJAAkACQCABLQAAQcIAaw4SAEpKSkpKSkpKSgFKSkpKSkoCSgsgAUEBaiEBQbgBIQIMggILIAFBAWohAUG7ASECDIECCyABQQFqIQFBvAEhAgyAAgtB1AEhAiABIARGDZgCIAMoAgAiACAEIAFraiEFIAEgAGtBB2ohBgJAA0AgAS0AACAAQajVAGotAABHDUUgAEEHRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJkCCyADQQA2AgAgBkEBaiEBQRsMRQsgASAERgRAQdMBIQIMmAILAkACQCABLQAAQckAaw4HAEdHR0dHAUcLIAFBAWohAUG5ASECDP8BCyABQQFqIQFBugEhAgz+AQtB0gEhAiABIARGDZYCIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQabVAGotAABHDUMgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJcCCyADQQA2AgAgBkEBaiEBQQ8MQwtB0QEhAiABIARGDZUCIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQaTVAGotAABHDUIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJYCCyADQQA2AgAgBkEBaiEBQSAMQgtB0AEhAiABIARGDZQCIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQaHVAGotAABHDUEgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJUCCyADQQA2AgAgBkEBaiEBQRIMQQsgASAERgRAQc8BIQIMlAILAkACQCABLQAAQcUAaw4OAENDQ0NDQ0NDQ0NDQwFDCyABQQFqIQFBtQEhAgz7AQsgAUEBaiEBQbYBIQIM+gELQc4BIQIgASAERg2SAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGe1QBqLQAARw0/IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyTAgsgA0EANgIAIAZBAWohAUEHDD8LQc0BIQIgASAERg2RAiADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGY1QBqLQAARw0+IABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAySAgsgA0EANgIAIAZBAWohAUEoDD4LIAEgBEYEQEHMASECDJECCwJAAkACQCABLQAAQcUAaw4RAEFBQUFBQUFBQQFBQUFBQQJBCyABQQFqIQFBsQEhAgz5AQsgAUEBaiEBQbIBIQIM+AELIAFBAWohAUGzASECDPcBC0HLASECIAEgBEYNjwIgAygCACIAIAQgAWtqIQUgASAAa0EGaiEGAkADQCABLQAAIABBkdUAai0AAEcNPCAAQQZGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMkAILIANBADYCACAGQQFqIQFBGgw8C0HKASECIAEgBEYNjgIgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBjdUAai0AAEcNOyAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMjwILIANBADYCACAGQQFqIQFBIQw7CyABIARGBEBByQEhAgyOAgsCQAJAIAEtAABBwQBrDhQAPT09PT09PT09PT09PT09PT09AT0LIAFBAWohAUGtASECDPUBCyABQQFqIQFBsAEhAgz0AQsgASAERgRAQcgBIQIMjQILAkACQCABLQAAQdUAaw4LADw8PDw8PDw8PAE8CyABQQFqIQFBrgEhAgz0AQsgAUEBaiEBQa8BIQIM8wELQccBIQIgASAERg2LAiADKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEGE1QBqLQAARw04IABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyMAgsgA0EANgIAIAZBAWohAUEqDDgLIAEgBEYEQEHGASECDIsCCyABLQAAQdAARw04IAFBAWohAUElDDcLQcUBIQIgASAERg2JAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGB1QBqLQAARw02IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyKAgsgA0EANgIAIAZBAWohAUEODDYLIAEgBEYEQEHEASECDIkCCyABLQAAQcUARw02IAFBAWohAUGrASECDO8BCyABIARGBEBBwwEhAgyIAgsCQAJAAkACQCABLQAAQcIAaw4PAAECOTk5OTk5OTk5OTkDOQsgAUEBaiEBQacBIQIM8QELIAFBAWohAUGoASECDPABCyABQQFqIQFBqQEhAgzvAQsgAUEBaiEBQaoBIQIM7gELQcIBIQIgASAERg2GAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEH+1ABqLQAARw0zIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyHAgsgA0EANgIAIAZBAWohAUEUDDMLQcEBIQIgASAERg2FAiADKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEH51ABqLQAARw0yIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyGAgsgA0EANgIAIAZBAWohAUErDDILQcABIQIgASAERg2EAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEH21ABqLQAARw0xIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyFAgsgA0EANgIAIAZBAWohAUEsDDELQb8BIQIgASAERg2DAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGh1QBqLQAARw0wIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyEAgsgA0EANgIAIAZBAWohAUERDDALQb4BIQIgASAERg2CAiADKAIAIgAgBCABa2ohBSABIABrQQNqIQYCQANAIAEtAAAgAEHy1ABqLQAARw0vIABBA0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyDAgsgA0EANgIAIAZBAWohAUEuDC8LIAEgBEYEQEG9ASECDIICCwJAAkACQAJAAkAgAS0AAEHBAGsOFQA0NDQ0NDQ0NDQ0ATQ0AjQ0AzQ0BDQLIAFBAWohAUGbASECDOwBCyABQQFqIQFBnAEhAgzrAQsgAUEBaiEBQZ0BIQIM6gELIAFBAWohAUGiASECDOkBCyABQQFqIQFBpAEhAgzoAQsgASAERgRAQbwBIQIMgQILAkACQCABLQAAQdIAaw4DADABMAsgAUEBaiEBQaMBIQIM6AELIAFBAWohAUEEDC0LQbsBIQIgASAERg3/ASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHw1ABqLQAARw0sIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyAAgsgA0EANgIAIAZBAWohAUEdDCwLIAEgBEYEQEG6ASECDP8BCwJAAkAgAS0AAEHJAGsOBwEuLi4uLgAuCyABQQFqIQFBoQEhAgzmAQsgAUEBaiEBQSIMKwsgASAERgRAQbkBIQIM/gELIAEtAABB0ABHDSsgAUEBaiEBQaABIQIM5AELIAEgBEYEQEG4ASECDP0BCwJAAkAgAS0AAEHGAGsOCwAsLCwsLCwsLCwBLAsgAUEBaiEBQZ4BIQIM5AELIAFBAWohAUGfASECDOMBC0G3ASECIAEgBEYN+wEgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABB7NQAai0AAEcNKCAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM/AELIANBADYCACAGQQFqIQFBDQwoC0G2ASECIAEgBEYN+gEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBodUAai0AAEcNJyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM+wELIANBADYCACAGQQFqIQFBDAwnC0G1ASECIAEgBEYN+QEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB6tQAai0AAEcNJiAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM+gELIANBADYCACAGQQFqIQFBAwwmC0G0ASECIAEgBEYN+AEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB6NQAai0AAEcNJSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM+QELIANBADYCACAGQQFqIQFBJgwlCyABIARGBEBBswEhAgz4AQsCQAJAIAEtAABB1ABrDgIAAScLIAFBAWohAUGZASECDN8BCyABQQFqIQFBmgEhAgzeAQtBsgEhAiABIARGDfYBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQebUAGotAABHDSMgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPcBCyADQQA2AgAgBkEBaiEBQScMIwtBsQEhAiABIARGDfUBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQeTUAGotAABHDSIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPYBCyADQQA2AgAgBkEBaiEBQRwMIgtBsAEhAiABIARGDfQBIAMoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQd7UAGotAABHDSEgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPUBCyADQQA2AgAgBkEBaiEBQQYMIQtBrwEhAiABIARGDfMBIAMoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQdnUAGotAABHDSAgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPQBCyADQQA2AgAgBkEBaiEBQRkMIAsgASAERgRAQa4BIQIM8wELAkACQAJAAkAgAS0AAEEtaw4jACQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkASQkJCQkAiQkJAMkCyABQQFqIQFBjgEhAgzcAQsgAUEBaiEBQY8BIQIM2wELIAFBAWohAUGUASECDNoBCyABQQFqIQFBlQEhAgzZAQtBrQEhAiABIARGDfEBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQdfUAGotAABHDR4gAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPIBCyADQQA2AgAgBkEBaiEBQQsMHgsgASAERgRAQawBIQIM8QELAkACQCABLQAAQcEAaw4DACABIAsgAUEBaiEBQZABIQIM2AELIAFBAWohAUGTASECDNcBCyABIARGBEBBqwEhAgzwAQsCQAJAIAEtAABBwQBrDg8AHx8fHx8fHx8fHx8fHwEfCyABQQFqIQFBkQEhAgzXAQsgAUEBaiEBQZIBIQIM1gELIAEgBEYEQEGqASECDO8BCyABLQAAQcwARw0cIAFBAWohAUEKDBsLQakBIQIgASAERg3tASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHR1ABqLQAARw0aIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzuAQsgA0EANgIAIAZBAWohAUEeDBoLQagBIQIgASAERg3sASADKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIAEtAAAgAEHK1ABqLQAARw0ZIABBBkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAztAQsgA0EANgIAIAZBAWohAUEVDBkLQacBIQIgASAERg3rASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHH1ABqLQAARw0YIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzsAQsgA0EANgIAIAZBAWohAUEXDBgLQaYBIQIgASAERg3qASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHB1ABqLQAARw0XIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzrAQsgA0EANgIAIAZBAWohAUEYDBcLIAEgBEYEQEGlASECDOoBCwJAAkAgAS0AAEHJAGsOBwAZGRkZGQEZCyABQQFqIQFBiwEhAgzRAQsgAUEBaiEBQYwBIQIM0AELQaQBIQIgASAERg3oASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGm1QBqLQAARw0VIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzpAQsgA0EANgIAIAZBAWohAUEJDBULQaMBIQIgASAERg3nASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGk1QBqLQAARw0UIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzoAQsgA0EANgIAIAZBAWohAUEfDBQLQaIBIQIgASAERg3mASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEG+1ABqLQAARw0TIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAznAQsgA0EANgIAIAZBAWohAUECDBMLQaEBIQIgASAERg3lASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYDQCABLQAAIABBvNQAai0AAEcNESAAQQFGDQIgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM5QELIAEgBEYEQEGgASECDOUBC0EBIAEtAABB3wBHDREaIAFBAWohAUGHASECDMsBCyADQQA2AgAgBkEBaiEBQYgBIQIMygELQZ8BIQIgASAERg3iASADKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEGE1QBqLQAARw0PIABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzjAQsgA0EANgIAIAZBAWohAUEpDA8LQZ4BIQIgASAERg3hASADKAIAIgAgBCABa2ohBSABIABrQQNqIQYCQANAIAEtAAAgAEG41ABqLQAARw0OIABBA0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAziAQsgA0EANgIAIAZBAWohAUEtDA4LIAEgBEYEQEGdASECDOEBCyABLQAAQcUARw0OIAFBAWohAUGEASECDMcBCyABIARGBEBBnAEhAgzgAQsCQAJAIAEtAABBzABrDggADw8PDw8PAQ8LIAFBAWohAUGCASECDMcBCyABQQFqIQFBgwEhAgzGAQtBmwEhAiABIARGDd4BIAMoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQbPUAGotAABHDQsgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADN8BCyADQQA2AgAgBkEBaiEBQSMMCwtBmgEhAiABIARGDd0BIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbDUAGotAABHDQogAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADN4BCyADQQA2AgAgBkEBaiEBQQAMCgsgASAERgRAQZkBIQIM3QELAkACQCABLQAAQcgAaw4IAAwMDAwMDAEMCyABQQFqIQFB/QAhAgzEAQsgAUEBaiEBQYABIQIMwwELIAEgBEYEQEGYASECDNwBCwJAAkAgAS0AAEHOAGsOAwALAQsLIAFBAWohAUH+ACECDMMBCyABQQFqIQFB/wAhAgzCAQsgASAERgRAQZcBIQIM2wELIAEtAABB2QBHDQggAUEBaiEBQQgMBwtBlgEhAiABIARGDdkBIAMoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQazUAGotAABHDQYgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNoBCyADQQA2AgAgBkEBaiEBQQUMBgtBlQEhAiABIARGDdgBIAMoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQabUAGotAABHDQUgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNkBCyADQQA2AgAgBkEBaiEBQRYMBQtBlAEhAiABIARGDdcBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQaHVAGotAABHDQQgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNgBCyADQQA2AgAgBkEBaiEBQRAMBAsgASAERgRAQZMBIQIM1wELAkACQCABLQAAQcMAaw4MAAYGBgYGBgYGBgYBBgsgAUEBaiEBQfkAIQIMvgELIAFBAWohAUH6ACECDL0BC0GSASECIAEgBEYN1QEgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBoNQAai0AAEcNAiAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM1gELIANBADYCACAGQQFqIQFBJAwCCyADQQA2AgAMAgsgASAERgRAQZEBIQIM1AELIAEtAABBzABHDQEgAUEBaiEBQRMLOgApIAMoAgQhACADQQA2AgQgAyAAIAEQLiIADQIMAQtBACECIANBADYCHCADIAE2AhQgA0H+HzYCECADQQY2AgwM0QELQfgAIQIMtwELIANBkAE2AhwgAyABNgIUIAMgADYCDEEAIQIMzwELQQAhAAJAIAMoAjgiAkUNACACKAJAIgJFDQAgAyACEQAAIQALIABFDQAgAEEVRg0BIANBADYCHCADIAE2AhQgA0GCDzYCECADQSA2AgxBACECDM4BC0H3ACECDLQBCyADQY8BNgIcIAMgATYCFCADQewbNgIQIANBFTYCDEEAIQIMzAELIAEgBEYEQEGPASECDMwBCwJAIAEtAABBIEYEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQZsfNgIQIANBBjYCDEEAIQIMzAELQQIhAgyyAQsDQCABLQAAQSBHDQIgBCABQQFqIgFHDQALQY4BIQIMygELIAEgBEYEQEGNASECDMoBCwJAIAEtAABBCWsOBEoAAEoAC0H1ACECDLABCyADLQApQQVGBEBB9gAhAgywAQtB9AAhAgyvAQsgASAERgRAQYwBIQIMyAELIANBEDYCCCADIAE2AgQMCgsgASAERgRAQYsBIQIMxwELAkAgAS0AAEEJaw4ERwAARwALQfMAIQIMrQELIAEgBEcEQCADQRA2AgggAyABNgIEQfEAIQIMrQELQYoBIQIMxQELAkAgASAERwRAA0AgAS0AAEGg0ABqLQAAIgBBA0cEQAJAIABBAWsOAkkABAtB8AAhAgyvAQsgBCABQQFqIgFHDQALQYgBIQIMxgELQYgBIQIMxQELIANBADYCHCADIAE2AhQgA0HbIDYCECADQQc2AgxBACECDMQBCyABIARGBEBBiQEhAgzEAQsCQAJAAkAgAS0AAEGg0gBqLQAAQQFrDgNGAgABC0HyACECDKwBCyADQQA2AhwgAyABNgIUIANBtBI2AhAgA0EHNgIMQQAhAgzEAQtB6gAhAgyqAQsgASAERwRAIAFBAWohAUHvACECDKoBC0GHASECDMIBCyAEIAEiAEYEQEGGASECDMIBCyAALQAAIgFBL0YEQCAAQQFqIQFB7gAhAgypAQsgAUEJayICQRdLDQEgACEBQQEgAnRBm4CABHENQQwBCyAEIAEiAEYEQEGFASECDMEBCyAALQAAQS9HDQAgAEEBaiEBDAMLQQAhAiADQQA2AhwgAyAANgIUIANB2yA2AhAgA0EHNgIMDL8BCwJAAkACQAJAAkADQCABLQAAQaDOAGotAAAiAEEFRwRAAkACQCAAQQFrDghHBQYHCAAEAQgLQesAIQIMrQELIAFBAWohAUHtACECDKwBCyAEIAFBAWoiAUcNAAtBhAEhAgzDAQsgAUEBagwUCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNHiADQdsANgIcIAMgATYCFCADIAA2AgxBACECDMEBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNHiADQd0ANgIcIAMgATYCFCADIAA2AgxBACECDMABCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNHiADQfoANgIcIAMgATYCFCADIAA2AgxBACECDL8BCyADQQA2AhwgAyABNgIUIANB+Q82AhAgA0EHNgIMQQAhAgy+AQsgASAERgRAQYMBIQIMvgELAkAgAS0AAEGgzgBqLQAAQQFrDgg+BAUGAAgCAwcLIAFBAWohAQtBAyECDKMBCyABQQFqDA0LQQAhAiADQQA2AhwgA0HREjYCECADQQc2AgwgAyABQQFqNgIUDLoBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNFiADQdsANgIcIAMgATYCFCADIAA2AgxBACECDLkBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNFiADQd0ANgIcIAMgATYCFCADIAA2AgxBACECDLgBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNFiADQfoANgIcIAMgATYCFCADIAA2AgxBACECDLcBCyADQQA2AhwgAyABNgIUIANB+Q82AhAgA0EHNgIMQQAhAgy2AQtB7AAhAgycAQsgASAERgRAQYIBIQIMtQELIAFBAWoMAgsgASAERgRAQYEBIQIMtAELIAFBAWoMAQsgASAERg0BIAFBAWoLIQFBBCECDJgBC0GAASECDLABCwNAIAEtAABBoMwAai0AACIAQQJHBEAgAEEBRwRAQekAIQIMmQELDDELIAQgAUEBaiIBRw0AC0H/ACECDK8BCyABIARGBEBB/gAhAgyvAQsCQCABLQAAQQlrDjcvAwYvBAYGBgYGBgYGBgYGBgYGBgYGBgUGBgIGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYABgsgAUEBagshAUEFIQIMlAELIAFBAWoMBgsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQggA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgyrAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQggA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgyqAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQggA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgypAQsgA0EANgIcIAMgATYCFCADQY0UNgIQIANBBzYCDEEAIQIMqAELAkACQAJAAkADQCABLQAAQaDKAGotAAAiAEEFRwRAAkAgAEEBaw4GLgMEBQYABgtB6AAhAgyUAQsgBCABQQFqIgFHDQALQf0AIQIMqwELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0HIANB2wA2AhwgAyABNgIUIAMgADYCDEEAIQIMqgELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0HIANB3QA2AhwgAyABNgIUIAMgADYCDEEAIQIMqQELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0HIANB+gA2AhwgAyABNgIUIAMgADYCDEEAIQIMqAELIANBADYCHCADIAE2AhQgA0HkCDYCECADQQc2AgxBACECDKcBCyABIARGDQEgAUEBagshAUEGIQIMjAELQfwAIQIMpAELAkACQAJAAkADQCABLQAAQaDIAGotAAAiAEEFRwRAIABBAWsOBCkCAwQFCyAEIAFBAWoiAUcNAAtB+wAhAgynAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQMgA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgymAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQMgA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgylAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQMgA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgykAQsgA0EANgIcIAMgATYCFCADQbwKNgIQIANBBzYCDEEAIQIMowELQc8AIQIMiQELQdEAIQIMiAELQecAIQIMhwELIAEgBEYEQEH6ACECDKABCwJAIAEtAABBCWsOBCAAACAACyABQQFqIQFB5gAhAgyGAQsgASAERgRAQfkAIQIMnwELAkAgAS0AAEEJaw4EHwAAHwALQQAhAAJAIAMoAjgiAkUNACACKAI4IgJFDQAgAyACEQAAIQALIABFBEBB4gEhAgyGAQsgAEEVRwRAIANBADYCHCADIAE2AhQgA0HJDTYCECADQRo2AgxBACECDJ8BCyADQfgANgIcIAMgATYCFCADQeoaNgIQIANBFTYCDEEAIQIMngELIAEgBEcEQCADQQ02AgggAyABNgIEQeQAIQIMhQELQfcAIQIMnQELIAEgBEYEQEH2ACECDJ0BCwJAAkACQCABLQAAQcgAaw4LAAELCwsLCwsLCwILCyABQQFqIQFB3QAhAgyFAQsgAUEBaiEBQeAAIQIMhAELIAFBAWohAUHjACECDIMBC0H1ACECIAEgBEYNmwEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBtdUAai0AAEcNCCAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMnAELIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARArIgAEQCADQfQANgIcIAMgATYCFCADIAA2AgxBACECDJwBC0HiACECDIIBC0EAIQACQCADKAI4IgJFDQAgAigCNCICRQ0AIAMgAhEAACEACwJAIAAEQCAAQRVGDQEgA0EANgIcIAMgATYCFCADQeoNNgIQIANBJjYCDEEAIQIMnAELQeEAIQIMggELIANB8wA2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyaAQsgAy0AKSIAQSNrQQtJDQkCQCAAQQZLDQBBASAAdEHKAHFFDQAMCgtBACECIANBADYCHCADIAE2AhQgA0HtCTYCECADQQg2AgwMmQELQfIAIQIgASAERg2YASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGz1QBqLQAARw0FIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyZAQsgAygCBCEAIANCADcDACADIAAgBkEBaiIBECsiAARAIANB8QA2AhwgAyABNgIUIAMgADYCDEEAIQIMmQELQd8AIQIMfwtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDJkBC0HeACECDH8LIANB8AA2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyXAQsgAy0AKUEhRg0GIANBADYCHCADIAE2AhQgA0GRCjYCECADQQg2AgxBACECDJYBC0HvACECIAEgBEYNlQEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBsNUAai0AAEcNAiAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMlgELIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARArIgBFDQIgA0HtADYCHCADIAE2AhQgAyAANgIMQQAhAgyVAQsgA0EANgIACyADKAIEIQAgA0EANgIEIAMgACABECsiAEUNgAEgA0HuADYCHCADIAE2AhQgAyAANgIMQQAhAgyTAQtB3AAhAgx5C0EAIQACQCADKAI4IgJFDQAgAigCNCICRQ0AIAMgAhEAACEACwJAIAAEQCAAQRVGDQEgA0EANgIcIAMgATYCFCADQeoNNgIQIANBJjYCDEEAIQIMkwELQdsAIQIMeQsgA0HsADYCHCADIAE2AhQgA0GAGzYCECADQRU2AgxBACECDJEBCyADLQApIgBBI0kNACAAQS5GDQAgA0EANgIcIAMgATYCFCADQckJNgIQIANBCDYCDEEAIQIMkAELQdoAIQIMdgsgASAERgRAQesAIQIMjwELAkAgAS0AAEEvRgRAIAFBAWohAQwBCyADQQA2AhwgAyABNgIUIANBsjg2AhAgA0EINgIMQQAhAgyPAQtB2QAhAgx1CyABIARHBEAgA0EONgIIIAMgATYCBEHYACECDHULQeoAIQIMjQELIAEgBEYEQEHpACECDI0BCyABLQAAQTBrIgBB/wFxQQpJBEAgAyAAOgAqIAFBAWohAUHXACECDHQLIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ16IANB6AA2AhwgAyABNgIUIAMgADYCDEEAIQIMjAELIAEgBEYEQEHnACECDIwBCwJAIAEtAABBLkYEQCABQQFqIQEMAQsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDXsgA0HmADYCHCADIAE2AhQgAyAANgIMQQAhAgyMAQtB1gAhAgxyCyABIARGBEBB5QAhAgyLAQtBACEAQQEhBUEBIQdBACECAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkAgAS0AAEEwaw4KCgkAAQIDBAUGCAsLQQIMBgtBAwwFC0EEDAQLQQUMAwtBBgwCC0EHDAELQQgLIQJBACEFQQAhBwwCC0EJIQJBASEAQQAhBUEAIQcMAQtBACEFQQEhAgsgAyACOgArIAFBAWohAQJAAkAgAy0ALkEQcQ0AAkACQAJAIAMtACoOAwEAAgQLIAdFDQMMAgsgAA0BDAILIAVFDQELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ0CIANB4gA2AhwgAyABNgIUIAMgADYCDEEAIQIMjQELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ19IANB4wA2AhwgAyABNgIUIAMgADYCDEEAIQIMjAELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ17IANB5AA2AhwgAyABNgIUIAMgADYCDAyLAQtB1AAhAgxxCyADLQApQSJGDYYBQdMAIQIMcAtBACEAAkAgAygCOCICRQ0AIAIoAkQiAkUNACADIAIRAAAhAAsgAEUEQEHVACECDHALIABBFUcEQCADQQA2AhwgAyABNgIUIANBpA02AhAgA0EhNgIMQQAhAgyJAQsgA0HhADYCHCADIAE2AhQgA0HQGjYCECADQRU2AgxBACECDIgBCyABIARGBEBB4AAhAgyIAQsCQAJAAkACQAJAIAEtAABBCmsOBAEEBAAECyABQQFqIQEMAQsgAUEBaiEBIANBL2otAABBAXFFDQELQdIAIQIMcAsgA0EANgIcIAMgATYCFCADQbYRNgIQIANBCTYCDEEAIQIMiAELIANBADYCHCADIAE2AhQgA0G2ETYCECADQQk2AgxBACECDIcBCyABIARGBEBB3wAhAgyHAQsgAS0AAEEKRgRAIAFBAWohAQwJCyADLQAuQcAAcQ0IIANBADYCHCADIAE2AhQgA0G2ETYCECADQQI2AgxBACECDIYBCyABIARGBEBB3QAhAgyGAQsgAS0AACICQQ1GBEAgAUEBaiEBQdAAIQIMbQsgASEAIAJBCWsOBAUBAQUBCyAEIAEiAEYEQEHcACECDIUBCyAALQAAQQpHDQAgAEEBagwCC0EAIQIgA0EANgIcIAMgADYCFCADQcotNgIQIANBBzYCDAyDAQsgASAERgRAQdsAIQIMgwELAkAgAS0AAEEJaw4EAwAAAwALIAFBAWoLIQFBzgAhAgxoCyABIARGBEBB2gAhAgyBAQsgAS0AAEEJaw4EAAEBAAELQQAhAiADQQA2AhwgA0GaEjYCECADQQc2AgwgAyABQQFqNgIUDH8LIANBgBI7ASpBACEAAkAgAygCOCICRQ0AIAIoAjgiAkUNACADIAIRAAAhAAsgAEUNACAAQRVHDQEgA0HZADYCHCADIAE2AhQgA0HqGjYCECADQRU2AgxBACECDH4LQc0AIQIMZAsgA0EANgIcIAMgATYCFCADQckNNgIQIANBGjYCDEEAIQIMfAsgASAERgRAQdkAIQIMfAsgAS0AAEEgRw09IAFBAWohASADLQAuQQFxDT0gA0EANgIcIAMgATYCFCADQcIcNgIQIANBHjYCDEEAIQIMewsgASAERgRAQdgAIQIMewsCQAJAAkACQAJAIAEtAAAiAEEKaw4EAgMDAAELIAFBAWohAUEsIQIMZQsgAEE6Rw0BIANBADYCHCADIAE2AhQgA0HnETYCECADQQo2AgxBACECDH0LIAFBAWohASADQS9qLQAAQQFxRQ1zIAMtADJBgAFxRQRAIANBMmohAiADEDVBACEAAkAgAygCOCIGRQ0AIAYoAigiBkUNACADIAYRAAAhAAsCQAJAIAAOFk1MSwEBAQEBAQEBAQEBAQEBAQEBAQABCyADQSk2AhwgAyABNgIUIANBrBk2AhAgA0EVNgIMQQAhAgx+CyADQQA2AhwgAyABNgIUIANB5Qs2AhAgA0ERNgIMQQAhAgx9C0EAIQACQCADKAI4IgJFDQAgAigCXCICRQ0AIAMgAhEAACEACyAARQ1ZIABBFUcNASADQQU2AhwgAyABNgIUIANBmxs2AhAgA0EVNgIMQQAhAgx8C0HLACECDGILQQAhAiADQQA2AhwgAyABNgIUIANBkA42AhAgA0EUNgIMDHoLIAMgAy8BMkGAAXI7ATIMOwsgASAERwRAIANBETYCCCADIAE2AgRBygAhAgxgC0HXACECDHgLIAEgBEYEQEHWACECDHgLAkACQAJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB4wBrDhMAQEBAQEBAQEBAQEBAAUBAQAIDQAsgAUEBaiEBQcYAIQIMYQsgAUEBaiEBQccAIQIMYAsgAUEBaiEBQcgAIQIMXwsgAUEBaiEBQckAIQIMXgtB1QAhAiAEIAEiAEYNdiAEIAFrIAMoAgAiAWohBiAAIAFrQQVqIQcDQCABQZDIAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQhBBCABQQVGDQoaIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADHYLQdQAIQIgBCABIgBGDXUgBCABayADKAIAIgFqIQYgACABa0EPaiEHA0AgAUGAyABqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0HQQMgAUEPRg0JGiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAx1C0HTACECIAQgASIARg10IAQgAWsgAygCACIBaiEGIAAgAWtBDmohBwNAIAFB4scAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNBiABQQ5GDQcgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMdAtB0gAhAiAEIAEiAEYNcyAEIAFrIAMoAgAiAWohBSAAIAFrQQFqIQYDQCABQeDHAGotAAAgAC0AACIHQSByIAcgB0HBAGtB/wFxQRpJG0H/AXFHDQUgAUEBRg0CIAFBAWohASAEIABBAWoiAEcNAAsgAyAFNgIADHMLIAEgBEYEQEHRACECDHMLAkACQCABLQAAIgBBIHIgACAAQcEAa0H/AXFBGkkbQf8BcUHuAGsOBwA5OTk5OQE5CyABQQFqIQFBwwAhAgxaCyABQQFqIQFBxAAhAgxZCyADQQA2AgAgBkEBaiEBQcUAIQIMWAtB0AAhAiAEIAEiAEYNcCAEIAFrIAMoAgAiAWohBiAAIAFrQQlqIQcDQCABQdbHAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQJBAiABQQlGDQQaIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADHALQc8AIQIgBCABIgBGDW8gBCABayADKAIAIgFqIQYgACABa0EFaiEHA0AgAUHQxwBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYNAiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxvCyAAIQEgA0EANgIADDMLQQELOgAsIANBADYCACAHQQFqIQELQS0hAgxSCwJAA0AgAS0AAEHQxQBqLQAAQQFHDQEgBCABQQFqIgFHDQALQc0AIQIMawtBwgAhAgxRCyABIARGBEBBzAAhAgxqCyABLQAAQTpGBEAgAygCBCEAIANBADYCBCADIAAgARAwIgBFDTMgA0HLADYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxqCyADQQA2AhwgAyABNgIUIANB5xE2AhAgA0EKNgIMQQAhAgxpCwJAAkAgAy0ALEECaw4CAAEnCyADQTNqLQAAQQJxRQ0mIAMtAC5BAnENJiADQQA2AhwgAyABNgIUIANBphQ2AhAgA0ELNgIMQQAhAgxpCyADLQAyQSBxRQ0lIAMtAC5BAnENJSADQQA2AhwgAyABNgIUIANBvRM2AhAgA0EPNgIMQQAhAgxoC0EAIQACQCADKAI4IgJFDQAgAigCSCICRQ0AIAMgAhEAACEACyAARQRAQcEAIQIMTwsgAEEVRwRAIANBADYCHCADIAE2AhQgA0GmDzYCECADQRw2AgxBACECDGgLIANBygA2AhwgAyABNgIUIANBhRw2AhAgA0EVNgIMQQAhAgxnCyABIARHBEAgASECA0AgBCACIgFrQRBOBEAgAUEQaiEC/Qz/////////////////////IAH9AAAAIg1BB/1sIA39DODg4ODg4ODg4ODg4ODg4OD9bv0MX19fX19fX19fX19fX19fX/0mIA39DAkJCQkJCQkJCQkJCQkJCQn9I/1Q/VL9ZEF/c2giAEEQRg0BIAAgAWohAQwYCyABIARGBEBBxAAhAgxpCyABLQAAQcDBAGotAABBAUcNFyAEIAFBAWoiAkcNAAtBxAAhAgxnC0HEACECDGYLIAEgBEcEQANAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXEiAEEJRg0AIABBIEYNAAJAAkACQAJAIABB4wBrDhMAAwMDAwMDAwEDAwMDAwMDAwMCAwsgAUEBaiEBQTYhAgxSCyABQQFqIQFBNyECDFELIAFBAWohAUE4IQIMUAsMFQsgBCABQQFqIgFHDQALQTwhAgxmC0E8IQIMZQsgASAERgRAQcgAIQIMZQsgA0ESNgIIIAMgATYCBAJAAkACQAJAAkAgAy0ALEEBaw4EFAABAgkLIAMtADJBIHENA0HgASECDE8LAkAgAy8BMiIAQQhxRQ0AIAMtAChBAUcNACADLQAuQQhxRQ0CCyADIABB9/sDcUGABHI7ATIMCwsgAyADLwEyQRByOwEyDAQLIANBADYCBCADIAEgARAxIgAEQCADQcEANgIcIAMgADYCDCADIAFBAWo2AhRBACECDGYLIAFBAWohAQxYCyADQQA2AhwgAyABNgIUIANB9BM2AhAgA0EENgIMQQAhAgxkC0HHACECIAEgBEYNYyADKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIABBwMUAai0AACABLQAAQSByRw0BIABBBkYNSiAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAxkCyADQQA2AgAMBQsCQCABIARHBEADQCABLQAAQcDDAGotAAAiAEEBRwRAIABBAkcNAyABQQFqIQEMBQsgBCABQQFqIgFHDQALQcUAIQIMZAtBxQAhAgxjCwsgA0EAOgAsDAELQQshAgxHC0E/IQIMRgsCQAJAA0AgAS0AACIAQSBHBEACQCAAQQprDgQDBQUDAAsgAEEsRg0DDAQLIAQgAUEBaiIBRw0AC0HGACECDGALIANBCDoALAwOCyADLQAoQQFHDQIgAy0ALkEIcQ0CIAMoAgQhACADQQA2AgQgAyAAIAEQMSIABEAgA0HCADYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxfCyABQQFqIQEMUAtBOyECDEQLAkADQCABLQAAIgBBIEcgAEEJR3ENASAEIAFBAWoiAUcNAAtBwwAhAgxdCwtBPCECDEILAkACQCABIARHBEADQCABLQAAIgBBIEcEQCAAQQprDgQDBAQDBAsgBCABQQFqIgFHDQALQT8hAgxdC0E/IQIMXAsgAyADLwEyQSByOwEyDAoLIAMoAgQhACADQQA2AgQgAyAAIAEQMSIARQ1OIANBPjYCHCADIAE2AhQgAyAANgIMQQAhAgxaCwJAIAEgBEcEQANAIAEtAABBwMMAai0AACIAQQFHBEAgAEECRg0DDAwLIAQgAUEBaiIBRw0AC0E3IQIMWwtBNyECDFoLIAFBAWohAQwEC0E7IQIgBCABIgBGDVggBCABayADKAIAIgFqIQYgACABa0EFaiEHAkADQCABQZDIAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAUEFRgRAQQchAQw/CyABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxZCyADQQA2AgAgACEBDAULQTohAiAEIAEiAEYNVyAEIAFrIAMoAgAiAWohBiAAIAFrQQhqIQcCQANAIAFBtMEAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNASABQQhGBEBBBSEBDD4LIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADFgLIANBADYCACAAIQEMBAtBOSECIAQgASIARg1WIAQgAWsgAygCACIBaiEGIAAgAWtBA2ohBwJAA0AgAUGwwQBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBA0YEQEEGIQEMPQsgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMVwsgA0EANgIAIAAhAQwDCwJAA0AgAS0AACIAQSBHBEAgAEEKaw4EBwQEBwILIAQgAUEBaiIBRw0AC0E4IQIMVgsgAEEsRw0BIAFBAWohAEEBIQECQAJAAkACQAJAIAMtACxBBWsOBAMBAgQACyAAIQEMBAtBAiEBDAELQQQhAQsgA0EBOgAsIAMgAy8BMiABcjsBMiAAIQEMAQsgAyADLwEyQQhyOwEyIAAhAQtBPiECDDsLIANBADoALAtBOSECDDkLIAEgBEYEQEE2IQIMUgsCQAJAAkACQAJAIAEtAABBCmsOBAACAgECCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUNAiADQTM2AhwgAyABNgIUIAMgADYCDEEAIQIMVQsgAygCBCEAIANBADYCBCADIAAgARAxIgBFBEAgAUEBaiEBDAYLIANBMjYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxUCyADLQAuQQFxBEBB3wEhAgw7CyADKAIEIQAgA0EANgIEIAMgACABEDEiAA0BDEkLQTQhAgw5CyADQTU2AhwgAyABNgIUIAMgADYCDEEAIQIMUQtBNSECDDcLIANBL2otAABBAXENACADQQA2AhwgAyABNgIUIANB6xY2AhAgA0EZNgIMQQAhAgxPC0EzIQIMNQsgASAERgRAQTIhAgxOCwJAIAEtAABBCkYEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQZIXNgIQIANBAzYCDEEAIQIMTgtBMiECDDQLIAEgBEYEQEExIQIMTQsCQCABLQAAIgBBCUYNACAAQSBGDQBBASECAkAgAy0ALEEFaw4EBgQFAA0LIAMgAy8BMkEIcjsBMgwMCyADLQAuQQFxRQ0BIAMtACxBCEcNACADQQA6ACwLQT0hAgwyCyADQQA2AhwgAyABNgIUIANBwhY2AhAgA0EKNgIMQQAhAgxKC0ECIQIMAQtBBCECCyADQQE6ACwgAyADLwEyIAJyOwEyDAYLIAEgBEYEQEEwIQIMRwsgAS0AAEEKRgRAIAFBAWohAQwBCyADLQAuQQFxDQAgA0EANgIcIAMgATYCFCADQdwoNgIQIANBAjYCDEEAIQIMRgtBMCECDCwLIAFBAWohAUExIQIMKwsgASAERgRAQS8hAgxECyABLQAAIgBBCUcgAEEgR3FFBEAgAUEBaiEBIAMtAC5BAXENASADQQA2AhwgAyABNgIUIANBlxA2AhAgA0EKNgIMQQAhAgxEC0EBIQICQAJAAkACQAJAAkAgAy0ALEECaw4HBQQEAwECAAQLIAMgAy8BMkEIcjsBMgwDC0ECIQIMAQtBBCECCyADQQE6ACwgAyADLwEyIAJyOwEyC0EvIQIMKwsgA0EANgIcIAMgATYCFCADQYQTNgIQIANBCzYCDEEAIQIMQwtB4QEhAgwpCyABIARGBEBBLiECDEILIANBADYCBCADQRI2AgggAyABIAEQMSIADQELQS4hAgwnCyADQS02AhwgAyABNgIUIAMgADYCDEEAIQIMPwtBACEAAkAgAygCOCICRQ0AIAIoAkwiAkUNACADIAIRAAAhAAsgAEUNACAAQRVHDQEgA0HYADYCHCADIAE2AhQgA0GzGzYCECADQRU2AgxBACECDD4LQcwAIQIMJAsgA0EANgIcIAMgATYCFCADQbMONgIQIANBHTYCDEEAIQIMPAsgASAERgRAQc4AIQIMPAsgAS0AACIAQSBGDQIgAEE6Rg0BCyADQQA6ACxBCSECDCELIAMoAgQhACADQQA2AgQgAyAAIAEQMCIADQEMAgsgAy0ALkEBcQRAQd4BIQIMIAsgAygCBCEAIANBADYCBCADIAAgARAwIgBFDQIgA0EqNgIcIAMgADYCDCADIAFBAWo2AhRBACECDDgLIANBywA2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMNwsgAUEBaiEBQcAAIQIMHQsgAUEBaiEBDCwLIAEgBEYEQEErIQIMNQsCQCABLQAAQQpGBEAgAUEBaiEBDAELIAMtAC5BwABxRQ0GCyADLQAyQYABcQRAQQAhAAJAIAMoAjgiAkUNACACKAJcIgJFDQAgAyACEQAAIQALIABFDRIgAEEVRgRAIANBBTYCHCADIAE2AhQgA0GbGzYCECADQRU2AgxBACECDDYLIANBADYCHCADIAE2AhQgA0GQDjYCECADQRQ2AgxBACECDDULIANBMmohAiADEDVBACEAAkAgAygCOCIGRQ0AIAYoAigiBkUNACADIAYRAAAhAAsgAA4WAgEABAQEBAQEBAQEBAQEBAQEBAQEAwQLIANBAToAMAsgAiACLwEAQcAAcjsBAAtBKyECDBgLIANBKTYCHCADIAE2AhQgA0GsGTYCECADQRU2AgxBACECDDALIANBADYCHCADIAE2AhQgA0HlCzYCECADQRE2AgxBACECDC8LIANBADYCHCADIAE2AhQgA0GlCzYCECADQQI2AgxBACECDC4LQQEhByADLwEyIgVBCHFFBEAgAykDIEIAUiEHCwJAIAMtADAEQEEBIQAgAy0AKUEFRg0BIAVBwABxRSAHcUUNAQsCQCADLQAoIgJBAkYEQEEBIQAgAy8BNCIGQeUARg0CQQAhACAFQcAAcQ0CIAZB5ABGDQIgBkHmAGtBAkkNAiAGQcwBRg0CIAZBsAJGDQIMAQtBACEAIAVBwABxDQELQQIhACAFQQhxDQAgBUGABHEEQAJAIAJBAUcNACADLQAuQQpxDQBBBSEADAILQQQhAAwBCyAFQSBxRQRAIAMQNkEAR0ECdCEADAELQQBBAyADKQMgUBshAAsgAEEBaw4FAgAHAQMEC0ERIQIMEwsgA0EBOgAxDCkLQQAhAgJAIAMoAjgiAEUNACAAKAIwIgBFDQAgAyAAEQAAIQILIAJFDSYgAkEVRgRAIANBAzYCHCADIAE2AhQgA0HSGzYCECADQRU2AgxBACECDCsLQQAhAiADQQA2AhwgAyABNgIUIANB3Q42AhAgA0ESNgIMDCoLIANBADYCHCADIAE2AhQgA0H5IDYCECADQQ82AgxBACECDCkLQQAhAAJAIAMoAjgiAkUNACACKAIwIgJFDQAgAyACEQAAIQALIAANAQtBDiECDA4LIABBFUYEQCADQQI2AhwgAyABNgIUIANB0hs2AhAgA0EVNgIMQQAhAgwnCyADQQA2AhwgAyABNgIUIANB3Q42AhAgA0ESNgIMQQAhAgwmC0EqIQIMDAsgASAERwRAIANBCTYCCCADIAE2AgRBKSECDAwLQSYhAgwkCyADIAMpAyAiDCAEIAFrrSIKfSILQgAgCyAMWBs3AyAgCiAMVARAQSUhAgwkCyADKAIEIQAgA0EANgIEIAMgACABIAynaiIBEDIiAEUNACADQQU2AhwgAyABNgIUIAMgADYCDEEAIQIMIwtBDyECDAkLQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQAAQTBrDjcXFgABAgMEBQYHFBQUFBQUFAgJCgsMDRQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUDg8QERITFAtCAiEKDBYLQgMhCgwVC0IEIQoMFAtCBSEKDBMLQgYhCgwSC0IHIQoMEQtCCCEKDBALQgkhCgwPC0IKIQoMDgtCCyEKDA0LQgwhCgwMC0INIQoMCwtCDiEKDAoLQg8hCgwJC0IKIQoMCAtCCyEKDAcLQgwhCgwGC0INIQoMBQtCDiEKDAQLQg8hCgwDCyADQQA2AhwgAyABNgIUIANBnxU2AhAgA0EMNgIMQQAhAgwhCyABIARGBEBBIiECDCELQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43FRQAAQIDBAUGBxYWFhYWFhYICQoLDA0WFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFg4PEBESExYLQgIhCgwUC0IDIQoMEwtCBCEKDBILQgUhCgwRC0IGIQoMEAtCByEKDA8LQgghCgwOC0IJIQoMDQtCCiEKDAwLQgshCgwLC0IMIQoMCgtCDSEKDAkLQg4hCgwIC0IPIQoMBwtCCiEKDAYLQgshCgwFC0IMIQoMBAtCDSEKDAMLQg4hCgwCC0IPIQoMAQtCASEKCyABQQFqIQEgAykDICILQv//////////D1gEQCADIAtCBIYgCoQ3AyAMAgsgA0EANgIcIAMgATYCFCADQbUJNgIQIANBDDYCDEEAIQIMHgtBJyECDAQLQSghAgwDCyADIAE6ACwgA0EANgIAIAdBAWohAUEMIQIMAgsgA0EANgIAIAZBAWohAUEKIQIMAQsgAUEBaiEBQQghAgwACwALQQAhAiADQQA2AhwgAyABNgIUIANBsjg2AhAgA0EINgIMDBcLQQAhAiADQQA2AhwgAyABNgIUIANBgxE2AhAgA0EJNgIMDBYLQQAhAiADQQA2AhwgAyABNgIUIANB3wo2AhAgA0EJNgIMDBULQQAhAiADQQA2AhwgAyABNgIUIANB7RA2AhAgA0EJNgIMDBQLQQAhAiADQQA2AhwgAyABNgIUIANB0hE2AhAgA0EJNgIMDBMLQQAhAiADQQA2AhwgAyABNgIUIANBsjg2AhAgA0EINgIMDBILQQAhAiADQQA2AhwgAyABNgIUIANBgxE2AhAgA0EJNgIMDBELQQAhAiADQQA2AhwgAyABNgIUIANB3wo2AhAgA0EJNgIMDBALQQAhAiADQQA2AhwgAyABNgIUIANB7RA2AhAgA0EJNgIMDA8LQQAhAiADQQA2AhwgAyABNgIUIANB0hE2AhAgA0EJNgIMDA4LQQAhAiADQQA2AhwgAyABNgIUIANBuRc2AhAgA0EPNgIMDA0LQQAhAiADQQA2AhwgAyABNgIUIANBuRc2AhAgA0EPNgIMDAwLQQAhAiADQQA2AhwgAyABNgIUIANBmRM2AhAgA0ELNgIMDAsLQQAhAiADQQA2AhwgAyABNgIUIANBnQk2AhAgA0ELNgIMDAoLQQAhAiADQQA2AhwgAyABNgIUIANBlxA2AhAgA0EKNgIMDAkLQQAhAiADQQA2AhwgAyABNgIUIANBsRA2AhAgA0EKNgIMDAgLQQAhAiADQQA2AhwgAyABNgIUIANBux02AhAgA0ECNgIMDAcLQQAhAiADQQA2AhwgAyABNgIUIANBlhY2AhAgA0ECNgIMDAYLQQAhAiADQQA2AhwgAyABNgIUIANB+Rg2AhAgA0ECNgIMDAULQQAhAiADQQA2AhwgAyABNgIUIANBxBg2AhAgA0ECNgIMDAQLIANBAjYCHCADIAE2AhQgA0GpHjYCECADQRY2AgxBACECDAMLQd4AIQIgASAERg0CIAlBCGohByADKAIAIQUCQAJAIAEgBEcEQCAFQZbIAGohCCAEIAVqIAFrIQYgBUF/c0EKaiIFIAFqIQADQCABLQAAIAgtAABHBEBBAiEIDAMLIAVFBEBBACEIIAAhAQwDCyAFQQFrIQUgCEEBaiEIIAQgAUEBaiIBRw0ACyAGIQUgBCEBCyAHQQE2AgAgAyAFNgIADAELIANBADYCACAHIAg2AgALIAcgATYCBCAJKAIMIQACQAJAIAkoAghBAWsOAgQBAAsgA0EANgIcIANBwh42AhAgA0EXNgIMIAMgAEEBajYCFEEAIQIMAwsgA0EANgIcIAMgADYCFCADQdceNgIQIANBCTYCDEEAIQIMAgsgASAERgRAQSghAgwCCyADQQk2AgggAyABNgIEQSchAgwBCyABIARGBEBBASECDAELA0ACQAJAAkAgAS0AAEEKaw4EAAEBAAELIAFBAWohAQwBCyABQQFqIQEgAy0ALkEgcQ0AQQAhAiADQQA2AhwgAyABNgIUIANBoSE2AhAgA0EFNgIMDAILQQEhAiABIARHDQALCyAJQRBqJAAgAkUEQCADKAIMIQAMAQsgAyACNgIcQQAhACADKAIEIgFFDQAgAyABIAQgAygCCBEBACIBRQ0AIAMgBDYCFCADIAE2AgwgASEACyAAC74CAQJ/IABBADoAACAAQeQAaiIBQQFrQQA6AAAgAEEAOgACIABBADoAASABQQNrQQA6AAAgAUECa0EAOgAAIABBADoAAyABQQRrQQA6AABBACAAa0EDcSIBIABqIgBBADYCAEHkACABa0F8cSICIABqIgFBBGtBADYCAAJAIAJBCUkNACAAQQA2AgggAEEANgIEIAFBCGtBADYCACABQQxrQQA2AgAgAkEZSQ0AIABBADYCGCAAQQA2AhQgAEEANgIQIABBADYCDCABQRBrQQA2AgAgAUEUa0EANgIAIAFBGGtBADYCACABQRxrQQA2AgAgAiAAQQRxQRhyIgJrIgFBIEkNACAAIAJqIQADQCAAQgA3AxggAEIANwMQIABCADcDCCAAQgA3AwAgAEEgaiEAIAFBIGsiAUEfSw0ACwsLVgEBfwJAIAAoAgwNAAJAAkACQAJAIAAtADEOAwEAAwILIAAoAjgiAUUNACABKAIwIgFFDQAgACABEQAAIgENAwtBAA8LAAsgAEHKGTYCEEEOIQELIAELGgAgACgCDEUEQCAAQd4fNgIQIABBFTYCDAsLFAAgACgCDEEVRgRAIABBADYCDAsLFAAgACgCDEEWRgRAIABBADYCDAsLBwAgACgCDAsHACAAKAIQCwkAIAAgATYCEAsHACAAKAIUCysAAkAgAEEnTw0AQv//////CSAArYhCAYNQDQAgAEECdEHQOGooAgAPCwALFwAgAEEvTwRAAAsgAEECdEHsOWooAgALvwkBAX9B9C0hAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB5ABrDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0HqLA8LQZgmDwtB7TEPC0GgNw8LQckpDwtBtCkPC0GWLQ8LQesrDwtBojUPC0HbNA8LQeApDwtB4yQPC0HVJA8LQe4kDwtB5iUPC0HKNA8LQdA3DwtBqjUPC0H1LA8LQfYmDwtBgiIPC0HyMw8LQb4oDwtB5zcPC0HNIQ8LQcAhDwtBuCUPC0HLJQ8LQZYkDwtBjzQPC0HNNQ8LQd0qDwtB7jMPC0GcNA8LQZ4xDwtB9DUPC0HlIg8LQa8lDwtBmTEPC0GyNg8LQfk2DwtBxDIPC0HdLA8LQYIxDwtBwTEPC0GNNw8LQckkDwtB7DYPC0HnKg8LQcgjDwtB4iEPC0HJNw8LQaUiDwtBlCIPC0HbNg8LQd41DwtBhiYPC0G8Kw8LQYsyDwtBoCMPC0H2MA8LQYAsDwtBiSsPC0GkJg8LQfIjDwtBgSgPC0GrMg8LQesnDwtBwjYPC0GiJA8LQc8qDwtB3CMPC0GHJw8LQeQ0DwtBtyIPC0GtMQ8LQdUiDwtBrzQPC0HeJg8LQdYyDwtB9DQPC0GBOA8LQfQ3DwtBkjYPC0GdJw8LQYIpDwtBjSMPC0HXMQ8LQb01DwtBtDcPC0HYMA8LQbYnDwtBmjgPC0GnKg8LQcQnDwtBriMPC0H1Ig8LAAtByiYhAQsgAQsXACAAIAAvAS5B/v8DcSABQQBHcjsBLgsaACAAIAAvAS5B/f8DcSABQQBHQQF0cjsBLgsaACAAIAAvAS5B+/8DcSABQQBHQQJ0cjsBLgsaACAAIAAvAS5B9/8DcSABQQBHQQN0cjsBLgsaACAAIAAvAS5B7/8DcSABQQBHQQR0cjsBLgsaACAAIAAvAS5B3/8DcSABQQBHQQV0cjsBLgsaACAAIAAvAS5Bv/8DcSABQQBHQQZ0cjsBLgsaACAAIAAvAS5B//4DcSABQQBHQQd0cjsBLgsaACAAIAAvAS5B//0DcSABQQBHQQh0cjsBLgsaACAAIAAvAS5B//sDcSABQQBHQQl0cjsBLgs+AQJ/AkAgACgCOCIDRQ0AIAMoAgQiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQeESNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAggiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQfwRNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAgwiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQewKNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhAiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQfoeNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhQiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQcsQNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhgiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQbcfNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhwiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQb8VNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAiwiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQf4INgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAiAiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQYwdNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAiQiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQeYVNgIQQRghBAsgBAs4ACAAAn8gAC8BMkEUcUEURgRAQQEgAC0AKEEBRg0BGiAALwE0QeUARgwBCyAALQApQQVGCzoAMAtZAQJ/AkAgAC0AKEEBRg0AIAAvATQiAUHkAGtB5ABJDQAgAUHMAUYNACABQbACRg0AIAAvATIiAEHAAHENAEEBIQIgAEGIBHFBgARGDQAgAEEocUUhAgsgAguMAQECfwJAAkACQCAALQAqRQ0AIAAtACtFDQAgAC8BMiIBQQJxRQ0BDAILIAAvATIiAUEBcUUNAQtBASECIAAtAChBAUYNACAALwE0IgBB5ABrQeQASQ0AIABBzAFGDQAgAEGwAkYNACABQcAAcQ0AQQAhAiABQYgEcUGABEYNACABQShxQQBHIQILIAILcwAgAEEQav0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAP0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAEEwav0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAEEgav0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAEH9ATYCHAsGACAAEDoLmi0BC38jAEEQayIKJABB3NUAKAIAIglFBEBBnNkAKAIAIgVFBEBBqNkAQn83AgBBoNkAQoCAhICAgMAANwIAQZzZACAKQQhqQXBxQdiq1aoFcyIFNgIAQbDZAEEANgIAQYDZAEEANgIAC0GE2QBBwNkENgIAQdTVAEHA2QQ2AgBB6NUAIAU2AgBB5NUAQX82AgBBiNkAQcCmAzYCAANAIAFBgNYAaiABQfTVAGoiAjYCACACIAFB7NUAaiIDNgIAIAFB+NUAaiADNgIAIAFBiNYAaiABQfzVAGoiAzYCACADIAI2AgAgAUGQ1gBqIAFBhNYAaiICNgIAIAIgAzYCACABQYzWAGogAjYCACABQSBqIgFBgAJHDQALQczZBEGBpgM2AgBB4NUAQazZACgCADYCAEHQ1QBBgKYDNgIAQdzVAEHI2QQ2AgBBzP8HQTg2AgBByNkEIQkLAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAEHsAU0EQEHE1QAoAgAiBkEQIABBE2pBcHEgAEELSRsiBEEDdiIAdiIBQQNxBEACQCABQQFxIAByQQFzIgJBA3QiAEHs1QBqIgEgAEH01QBqKAIAIgAoAggiA0YEQEHE1QAgBkF+IAJ3cTYCAAwBCyABIAM2AgggAyABNgIMCyAAQQhqIQEgACACQQN0IgJBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMEQtBzNUAKAIAIgggBE8NASABBEACQEECIAB0IgJBACACa3IgASAAdHFoIgBBA3QiAkHs1QBqIgEgAkH01QBqKAIAIgIoAggiA0YEQEHE1QAgBkF+IAB3cSIGNgIADAELIAEgAzYCCCADIAE2AgwLIAIgBEEDcjYCBCAAQQN0IgAgBGshBSAAIAJqIAU2AgAgAiAEaiIEIAVBAXI2AgQgCARAIAhBeHFB7NUAaiEAQdjVACgCACEDAn9BASAIQQN2dCIBIAZxRQRAQcTVACABIAZyNgIAIAAMAQsgACgCCAsiASADNgIMIAAgAzYCCCADIAA2AgwgAyABNgIICyACQQhqIQFB2NUAIAQ2AgBBzNUAIAU2AgAMEQtByNUAKAIAIgtFDQEgC2hBAnRB9NcAaigCACIAKAIEQXhxIARrIQUgACECA0ACQCACKAIQIgFFBEAgAkEUaigCACIBRQ0BCyABKAIEQXhxIARrIgMgBUkhAiADIAUgAhshBSABIAAgAhshACABIQIMAQsLIAAoAhghCSAAKAIMIgMgAEcEQEHU1QAoAgAaIAMgACgCCCIBNgIIIAEgAzYCDAwQCyAAQRRqIgIoAgAiAUUEQCAAKAIQIgFFDQMgAEEQaiECCwNAIAIhByABIgNBFGoiAigCACIBDQAgA0EQaiECIAMoAhAiAQ0ACyAHQQA2AgAMDwtBfyEEIABBv39LDQAgAEETaiIBQXBxIQRByNUAKAIAIghFDQBBACAEayEFAkACQAJAAn9BACAEQYACSQ0AGkEfIARB////B0sNABogBEEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+agsiBkECdEH01wBqKAIAIgJFBEBBACEBQQAhAwwBC0EAIQEgBEEZIAZBAXZrQQAgBkEfRxt0IQBBACEDA0ACQCACKAIEQXhxIARrIgcgBU8NACACIQMgByIFDQBBACEFIAIhAQwDCyABIAJBFGooAgAiByAHIAIgAEEddkEEcWpBEGooAgAiAkYbIAEgBxshASAAQQF0IQAgAg0ACwsgASADckUEQEEAIQNBAiAGdCIAQQAgAGtyIAhxIgBFDQMgAGhBAnRB9NcAaigCACEBCyABRQ0BCwNAIAEoAgRBeHEgBGsiAiAFSSEAIAIgBSAAGyEFIAEgAyAAGyEDIAEoAhAiAAR/IAAFIAFBFGooAgALIgENAAsLIANFDQAgBUHM1QAoAgAgBGtPDQAgAygCGCEHIAMgAygCDCIARwRAQdTVACgCABogACADKAIIIgE2AgggASAANgIMDA4LIANBFGoiAigCACIBRQRAIAMoAhAiAUUNAyADQRBqIQILA0AgAiEGIAEiAEEUaiICKAIAIgENACAAQRBqIQIgACgCECIBDQALIAZBADYCAAwNC0HM1QAoAgAiAyAETwRAQdjVACgCACEBAkAgAyAEayICQRBPBEAgASAEaiIAIAJBAXI2AgQgASADaiACNgIAIAEgBEEDcjYCBAwBCyABIANBA3I2AgQgASADaiIAIAAoAgRBAXI2AgRBACEAQQAhAgtBzNUAIAI2AgBB2NUAIAA2AgAgAUEIaiEBDA8LQdDVACgCACIDIARLBEAgBCAJaiIAIAMgBGsiAUEBcjYCBEHc1QAgADYCAEHQ1QAgATYCACAJIARBA3I2AgQgCUEIaiEBDA8LQQAhASAEAn9BnNkAKAIABEBBpNkAKAIADAELQajZAEJ/NwIAQaDZAEKAgISAgIDAADcCAEGc2QAgCkEMakFwcUHYqtWqBXM2AgBBsNkAQQA2AgBBgNkAQQA2AgBBgIAECyIAIARBxwBqIgVqIgZBACAAayIHcSICTwRAQbTZAEEwNgIADA8LAkBB/NgAKAIAIgFFDQBB9NgAKAIAIgggAmohACAAIAFNIAAgCEtxDQBBACEBQbTZAEEwNgIADA8LQYDZAC0AAEEEcQ0EAkACQCAJBEBBhNkAIQEDQCABKAIAIgAgCU0EQCAAIAEoAgRqIAlLDQMLIAEoAggiAQ0ACwtBABA7IgBBf0YNBSACIQZBoNkAKAIAIgFBAWsiAyAAcQRAIAIgAGsgACADakEAIAFrcWohBgsgBCAGTw0FIAZB/v///wdLDQVB/NgAKAIAIgMEQEH02AAoAgAiByAGaiEBIAEgB00NBiABIANLDQYLIAYQOyIBIABHDQEMBwsgBiADayAHcSIGQf7///8HSw0EIAYQOyEAIAAgASgCACABKAIEakYNAyAAIQELAkAgBiAEQcgAak8NACABQX9GDQBBpNkAKAIAIgAgBSAGa2pBACAAa3EiAEH+////B0sEQCABIQAMBwsgABA7QX9HBEAgACAGaiEGIAEhAAwHC0EAIAZrEDsaDAQLIAEiAEF/Rw0FDAMLQQAhAwwMC0EAIQAMCgsgAEF/Rw0CC0GA2QBBgNkAKAIAQQRyNgIACyACQf7///8HSw0BIAIQOyEAQQAQOyEBIABBf0YNASABQX9GDQEgACABTw0BIAEgAGsiBiAEQThqTQ0BC0H02ABB9NgAKAIAIAZqIgE2AgBB+NgAKAIAIAFJBEBB+NgAIAE2AgALAkACQAJAQdzVACgCACICBEBBhNkAIQEDQCAAIAEoAgAiAyABKAIEIgVqRg0CIAEoAggiAQ0ACwwCC0HU1QAoAgAiAUEARyAAIAFPcUUEQEHU1QAgADYCAAtBACEBQYjZACAGNgIAQYTZACAANgIAQeTVAEF/NgIAQejVAEGc2QAoAgA2AgBBkNkAQQA2AgADQCABQYDWAGogAUH01QBqIgI2AgAgAiABQezVAGoiAzYCACABQfjVAGogAzYCACABQYjWAGogAUH81QBqIgM2AgAgAyACNgIAIAFBkNYAaiABQYTWAGoiAjYCACACIAM2AgAgAUGM1gBqIAI2AgAgAUEgaiIBQYACRw0AC0F4IABrQQ9xIgEgAGoiAiAGQThrIgMgAWsiAUEBcjYCBEHg1QBBrNkAKAIANgIAQdDVACABNgIAQdzVACACNgIAIAAgA2pBODYCBAwCCyAAIAJNDQAgAiADSQ0AIAEoAgxBCHENAEF4IAJrQQ9xIgAgAmoiA0HQ1QAoAgAgBmoiByAAayIAQQFyNgIEIAEgBSAGajYCBEHg1QBBrNkAKAIANgIAQdDVACAANgIAQdzVACADNgIAIAIgB2pBODYCBAwBCyAAQdTVACgCAEkEQEHU1QAgADYCAAsgACAGaiEDQYTZACEBAkACQAJAA0AgAyABKAIARwRAIAEoAggiAQ0BDAILCyABLQAMQQhxRQ0BC0GE2QAhAQNAIAEoAgAiAyACTQRAIAMgASgCBGoiBSACSw0DCyABKAIIIQEMAAsACyABIAA2AgAgASABKAIEIAZqNgIEIABBeCAAa0EPcWoiCSAEQQNyNgIEIANBeCADa0EPcWoiBiAEIAlqIgRrIQEgAiAGRgRAQdzVACAENgIAQdDVAEHQ1QAoAgAgAWoiADYCACAEIABBAXI2AgQMCAtB2NUAKAIAIAZGBEBB2NUAIAQ2AgBBzNUAQczVACgCACABaiIANgIAIAQgAEEBcjYCBCAAIARqIAA2AgAMCAsgBigCBCIFQQNxQQFHDQYgBUF4cSEIIAVB/wFNBEAgBUEDdiEDIAYoAggiACAGKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwHCyACIAA2AgggACACNgIMDAYLIAYoAhghByAGIAYoAgwiAEcEQCAAIAYoAggiAjYCCCACIAA2AgwMBQsgBkEUaiICKAIAIgVFBEAgBigCECIFRQ0EIAZBEGohAgsDQCACIQMgBSIAQRRqIgIoAgAiBQ0AIABBEGohAiAAKAIQIgUNAAsgA0EANgIADAQLQXggAGtBD3EiASAAaiIHIAZBOGsiAyABayIBQQFyNgIEIAAgA2pBODYCBCACIAVBNyAFa0EPcWpBP2siAyADIAJBEGpJGyIDQSM2AgRB4NUAQazZACgCADYCAEHQ1QAgATYCAEHc1QAgBzYCACADQRBqQYzZACkCADcCACADQYTZACkCADcCCEGM2QAgA0EIajYCAEGI2QAgBjYCAEGE2QAgADYCAEGQ2QBBADYCACADQSRqIQEDQCABQQc2AgAgBSABQQRqIgFLDQALIAIgA0YNACADIAMoAgRBfnE2AgQgAyADIAJrIgU2AgAgAiAFQQFyNgIEIAVB/wFNBEAgBUF4cUHs1QBqIQACf0HE1QAoAgAiAUEBIAVBA3Z0IgNxRQRAQcTVACABIANyNgIAIAAMAQsgACgCCAsiASACNgIMIAAgAjYCCCACIAA2AgwgAiABNgIIDAELQR8hASAFQf///wdNBEAgBUEmIAVBCHZnIgBrdkEBcSAAQQF0a0E+aiEBCyACIAE2AhwgAkIANwIQIAFBAnRB9NcAaiEAQcjVACgCACIDQQEgAXQiBnFFBEAgACACNgIAQcjVACADIAZyNgIAIAIgADYCGCACIAI2AgggAiACNgIMDAELIAVBGSABQQF2a0EAIAFBH0cbdCEBIAAoAgAhAwJAA0AgAyIAKAIEQXhxIAVGDQEgAUEddiEDIAFBAXQhASAAIANBBHFqQRBqIgYoAgAiAw0ACyAGIAI2AgAgAiAANgIYIAIgAjYCDCACIAI2AggMAQsgACgCCCIBIAI2AgwgACACNgIIIAJBADYCGCACIAA2AgwgAiABNgIIC0HQ1QAoAgAiASAETQ0AQdzVACgCACIAIARqIgIgASAEayIBQQFyNgIEQdDVACABNgIAQdzVACACNgIAIAAgBEEDcjYCBCAAQQhqIQEMCAtBACEBQbTZAEEwNgIADAcLQQAhAAsgB0UNAAJAIAYoAhwiAkECdEH01wBqIgMoAgAgBkYEQCADIAA2AgAgAA0BQcjVAEHI1QAoAgBBfiACd3E2AgAMAgsgB0EQQRQgBygCECAGRhtqIAA2AgAgAEUNAQsgACAHNgIYIAYoAhAiAgRAIAAgAjYCECACIAA2AhgLIAZBFGooAgAiAkUNACAAQRRqIAI2AgAgAiAANgIYCyABIAhqIQEgBiAIaiIGKAIEIQULIAYgBUF+cTYCBCABIARqIAE2AgAgBCABQQFyNgIEIAFB/wFNBEAgAUF4cUHs1QBqIQACf0HE1QAoAgAiAkEBIAFBA3Z0IgFxRQRAQcTVACABIAJyNgIAIAAMAQsgACgCCAsiASAENgIMIAAgBDYCCCAEIAA2AgwgBCABNgIIDAELQR8hBSABQf///wdNBEAgAUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEFCyAEIAU2AhwgBEIANwIQIAVBAnRB9NcAaiEAQcjVACgCACICQQEgBXQiA3FFBEAgACAENgIAQcjVACACIANyNgIAIAQgADYCGCAEIAQ2AgggBCAENgIMDAELIAFBGSAFQQF2a0EAIAVBH0cbdCEFIAAoAgAhAAJAA0AgACICKAIEQXhxIAFGDQEgBUEddiEAIAVBAXQhBSACIABBBHFqQRBqIgMoAgAiAA0ACyADIAQ2AgAgBCACNgIYIAQgBDYCDCAEIAQ2AggMAQsgAigCCCIAIAQ2AgwgAiAENgIIIARBADYCGCAEIAI2AgwgBCAANgIICyAJQQhqIQEMAgsCQCAHRQ0AAkAgAygCHCIBQQJ0QfTXAGoiAigCACADRgRAIAIgADYCACAADQFByNUAIAhBfiABd3EiCDYCAAwCCyAHQRBBFCAHKAIQIANGG2ogADYCACAARQ0BCyAAIAc2AhggAygCECIBBEAgACABNgIQIAEgADYCGAsgA0EUaigCACIBRQ0AIABBFGogATYCACABIAA2AhgLAkAgBUEPTQRAIAMgBCAFaiIAQQNyNgIEIAAgA2oiACAAKAIEQQFyNgIEDAELIAMgBGoiAiAFQQFyNgIEIAMgBEEDcjYCBCACIAVqIAU2AgAgBUH/AU0EQCAFQXhxQezVAGohAAJ/QcTVACgCACIBQQEgBUEDdnQiBXFFBEBBxNUAIAEgBXI2AgAgAAwBCyAAKAIICyIBIAI2AgwgACACNgIIIAIgADYCDCACIAE2AggMAQtBHyEBIAVB////B00EQCAFQSYgBUEIdmciAGt2QQFxIABBAXRrQT5qIQELIAIgATYCHCACQgA3AhAgAUECdEH01wBqIQBBASABdCIEIAhxRQRAIAAgAjYCAEHI1QAgBCAIcjYCACACIAA2AhggAiACNgIIIAIgAjYCDAwBCyAFQRkgAUEBdmtBACABQR9HG3QhASAAKAIAIQQCQANAIAQiACgCBEF4cSAFRg0BIAFBHXYhBCABQQF0IQEgACAEQQRxakEQaiIGKAIAIgQNAAsgBiACNgIAIAIgADYCGCACIAI2AgwgAiACNgIIDAELIAAoAggiASACNgIMIAAgAjYCCCACQQA2AhggAiAANgIMIAIgATYCCAsgA0EIaiEBDAELAkAgCUUNAAJAIAAoAhwiAUECdEH01wBqIgIoAgAgAEYEQCACIAM2AgAgAw0BQcjVACALQX4gAXdxNgIADAILIAlBEEEUIAkoAhAgAEYbaiADNgIAIANFDQELIAMgCTYCGCAAKAIQIgEEQCADIAE2AhAgASADNgIYCyAAQRRqKAIAIgFFDQAgA0EUaiABNgIAIAEgAzYCGAsCQCAFQQ9NBEAgACAEIAVqIgFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQsgACAEaiIHIAVBAXI2AgQgACAEQQNyNgIEIAUgB2ogBTYCACAIBEAgCEF4cUHs1QBqIQFB2NUAKAIAIQMCf0EBIAhBA3Z0IgIgBnFFBEBBxNUAIAIgBnI2AgAgAQwBCyABKAIICyICIAM2AgwgASADNgIIIAMgATYCDCADIAI2AggLQdjVACAHNgIAQczVACAFNgIACyAAQQhqIQELIApBEGokACABC0MAIABFBEA/AEEQdA8LAkAgAEH//wNxDQAgAEEASA0AIABBEHZAACIAQX9GBEBBtNkAQTA2AgBBfw8LIABBEHQPCwALC5lCIgBBgAgLDQEAAAAAAAAAAgAAAAMAQZgICwUEAAAABQBBqAgLCQYAAAAHAAAACABB5AgLwjJJbnZhbGlkIGNoYXIgaW4gdXJsIHF1ZXJ5AFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fYm9keQBDb250ZW50LUxlbmd0aCBvdmVyZmxvdwBDaHVuayBzaXplIG92ZXJmbG93AEludmFsaWQgbWV0aG9kIGZvciBIVFRQL3gueCByZXF1ZXN0AEludmFsaWQgbWV0aG9kIGZvciBSVFNQL3gueCByZXF1ZXN0AEV4cGVjdGVkIFNPVVJDRSBtZXRob2QgZm9yIElDRS94LnggcmVxdWVzdABJbnZhbGlkIGNoYXIgaW4gdXJsIGZyYWdtZW50IHN0YXJ0AEV4cGVjdGVkIGRvdABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3N0YXR1cwBJbnZhbGlkIHJlc3BvbnNlIHN0YXR1cwBFeHBlY3RlZCBMRiBhZnRlciBoZWFkZXJzAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMAVXNlciBjYWxsYmFjayBlcnJvcgBgb25fcmVzZXRgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19oZWFkZXJgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2JlZ2luYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlYCBjYWxsYmFjayBlcnJvcgBgb25fc3RhdHVzX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdmVyc2lvbl9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3VybF9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3Byb3RvY29sX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWV0aG9kX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX25hbWVgIGNhbGxiYWNrIGVycm9yAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2VydmVyAEludmFsaWQgaGVhZGVyIHZhbHVlIGNoYXIASW52YWxpZCBoZWFkZXIgZmllbGQgY2hhcgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3ZlcnNpb24ASW52YWxpZCBtaW5vciB2ZXJzaW9uAEludmFsaWQgbWFqb3IgdmVyc2lvbgBFeHBlY3RlZCBzcGFjZSBhZnRlciB2ZXJzaW9uAEV4cGVjdGVkIENSTEYgYWZ0ZXIgdmVyc2lvbgBJbnZhbGlkIEhUVFAgdmVyc2lvbgBJbnZhbGlkIGhlYWRlciB0b2tlbgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3VybABJbnZhbGlkIGNoYXJhY3RlcnMgaW4gdXJsAFVuZXhwZWN0ZWQgc3RhcnQgY2hhciBpbiB1cmwARG91YmxlIEAgaW4gdXJsAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fcHJvdG9jb2wARW1wdHkgQ29udGVudC1MZW5ndGgASW52YWxpZCBjaGFyYWN0ZXIgaW4gQ29udGVudC1MZW5ndGgAVHJhbnNmZXItRW5jb2RpbmcgY2FuJ3QgYmUgcHJlc2VudCB3aXRoIENvbnRlbnQtTGVuZ3RoAER1cGxpY2F0ZSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXIgaW4gdXJsIHBhdGgAQ29udGVudC1MZW5ndGggY2FuJ3QgYmUgcHJlc2VudCB3aXRoIFRyYW5zZmVyLUVuY29kaW5nAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgc2l6ZQBFeHBlY3RlZCBMRiBhZnRlciBjaHVuayBzaXplAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIHNpemUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfdmFsdWUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyB2YWx1ZQBVbmV4cGVjdGVkIHdoaXRlc3BhY2UgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgTEYgYWZ0ZXIgaGVhZGVyIHZhbHVlAEludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYCBoZWFkZXIgdmFsdWUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciBjaHVuayBleHRlbnNpb24gdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZSB2YWx1ZQBJbnZhbGlkIHF1b3RlZC1wYWlyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAFBhdXNlZCBieSBvbl9oZWFkZXJzX2NvbXBsZXRlAEludmFsaWQgRU9GIHN0YXRlAG9uX3Jlc2V0IHBhdXNlAG9uX2NodW5rX2hlYWRlciBwYXVzZQBvbl9tZXNzYWdlX2JlZ2luIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZSBwYXVzZQBvbl9zdGF0dXNfY29tcGxldGUgcGF1c2UAb25fdmVyc2lvbl9jb21wbGV0ZSBwYXVzZQBvbl91cmxfY29tcGxldGUgcGF1c2UAb25fcHJvdG9jb2xfY29tcGxldGUgcGF1c2UAb25fY2h1bmtfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX3ZhbHVlX2NvbXBsZXRlIHBhdXNlAG9uX21lc3NhZ2VfY29tcGxldGUgcGF1c2UAb25fbWV0aG9kX2NvbXBsZXRlIHBhdXNlAG9uX2hlYWRlcl9maWVsZF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19leHRlbnNpb25fbmFtZSBwYXVzZQBVbmV4cGVjdGVkIHNwYWNlIGFmdGVyIHN0YXJ0IGxpbmUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciByZXNwb25zZSBsaW5lAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBuYW1lAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgZXh0ZW5zaW9uIG5hbWUASW52YWxpZCBzdGF0dXMgY29kZQBQYXVzZSBvbiBDT05ORUNUL1VwZ3JhZGUAUGF1c2Ugb24gUFJJL1VwZ3JhZGUARXhwZWN0ZWQgSFRUUC8yIENvbm5lY3Rpb24gUHJlZmFjZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX21ldGhvZABFeHBlY3RlZCBzcGFjZSBhZnRlciBtZXRob2QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfZmllbGQAUGF1c2VkAEludmFsaWQgd29yZCBlbmNvdW50ZXJlZABJbnZhbGlkIG1ldGhvZCBlbmNvdW50ZXJlZABNaXNzaW5nIGV4cGVjdGVkIENSIGFmdGVyIGNodW5rIGRhdGEARXhwZWN0ZWQgTEYgYWZ0ZXIgY2h1bmsgZGF0YQBVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNjaGVtYQBSZXF1ZXN0IGhhcyBpbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AARGF0YSBhZnRlciBgQ29ubmVjdGlvbjogY2xvc2VgAFNXSVRDSF9QUk9YWQBVU0VfUFJPWFkATUtBQ1RJVklUWQBVTlBST0NFU1NBQkxFX0VOVElUWQBRVUVSWQBDT1BZAE1PVkVEX1BFUk1BTkVOVExZAFRPT19FQVJMWQBOT1RJRlkARkFJTEVEX0RFUEVOREVOQ1kAQkFEX0dBVEVXQVkAUExBWQBQVVQAQ0hFQ0tPVVQAR0FURVdBWV9USU1FT1VUAFJFUVVFU1RfVElNRU9VVABORVRXT1JLX0NPTk5FQ1RfVElNRU9VVABDT05ORUNUSU9OX1RJTUVPVVQATE9HSU5fVElNRU9VVABORVRXT1JLX1JFQURfVElNRU9VVABQT1NUAE1JU0RJUkVDVEVEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9SRVFVRVNUAENMSUVOVF9DTE9TRURfTE9BRF9CQUxBTkNFRF9SRVFVRVNUAEJBRF9SRVFVRVNUAEhUVFBfUkVRVUVTVF9TRU5UX1RPX0hUVFBTX1BPUlQAUkVQT1JUAElNX0FfVEVBUE9UAFJFU0VUX0NPTlRFTlQATk9fQ09OVEVOVABQQVJUSUFMX0NPTlRFTlQASFBFX0lOVkFMSURfQ09OU1RBTlQASFBFX0NCX1JFU0VUAEdFVABIUEVfU1RSSUNUAENPTkZMSUNUAFRFTVBPUkFSWV9SRURJUkVDVABQRVJNQU5FTlRfUkVESVJFQ1QAQ09OTkVDVABNVUxUSV9TVEFUVVMASFBFX0lOVkFMSURfU1RBVFVTAFRPT19NQU5ZX1JFUVVFU1RTAEVBUkxZX0hJTlRTAFVOQVZBSUxBQkxFX0ZPUl9MRUdBTF9SRUFTT05TAE9QVElPTlMAU1dJVENISU5HX1BST1RPQ09MUwBWQVJJQU5UX0FMU09fTkVHT1RJQVRFUwBNVUxUSVBMRV9DSE9JQ0VTAElOVEVSTkFMX1NFUlZFUl9FUlJPUgBXRUJfU0VSVkVSX1VOS05PV05fRVJST1IAUkFJTEdVTl9FUlJPUgBJREVOVElUWV9QUk9WSURFUl9BVVRIRU5USUNBVElPTl9FUlJPUgBTU0xfQ0VSVElGSUNBVEVfRVJST1IASU5WQUxJRF9YX0ZPUldBUkRFRF9GT1IAU0VUX1BBUkFNRVRFUgBHRVRfUEFSQU1FVEVSAEhQRV9VU0VSAFNFRV9PVEhFUgBIUEVfQ0JfQ0hVTktfSEVBREVSAEV4cGVjdGVkIExGIGFmdGVyIENSAE1LQ0FMRU5EQVIAU0VUVVAAV0VCX1NFUlZFUl9JU19ET1dOAFRFQVJET1dOAEhQRV9DTE9TRURfQ09OTkVDVElPTgBIRVVSSVNUSUNfRVhQSVJBVElPTgBESVNDT05ORUNURURfT1BFUkFUSU9OAE5PTl9BVVRIT1JJVEFUSVZFX0lORk9STUFUSU9OAEhQRV9JTlZBTElEX1ZFUlNJT04ASFBFX0NCX01FU1NBR0VfQkVHSU4AU0lURV9JU19GUk9aRU4ASFBFX0lOVkFMSURfSEVBREVSX1RPS0VOAElOVkFMSURfVE9LRU4ARk9SQklEREVOAEVOSEFOQ0VfWU9VUl9DQUxNAEhQRV9JTlZBTElEX1VSTABCTE9DS0VEX0JZX1BBUkVOVEFMX0NPTlRST0wATUtDT0wAQUNMAEhQRV9JTlRFUk5BTABSRVFVRVNUX0hFQURFUl9GSUVMRFNfVE9PX0xBUkdFX1VOT0ZGSUNJQUwASFBFX09LAFVOTElOSwBVTkxPQ0sAUFJJAFJFVFJZX1dJVEgASFBFX0lOVkFMSURfQ09OVEVOVF9MRU5HVEgASFBFX1VORVhQRUNURURfQ09OVEVOVF9MRU5HVEgARkxVU0gAUFJPUFBBVENIAE0tU0VBUkNIAFVSSV9UT09fTE9ORwBQUk9DRVNTSU5HAE1JU0NFTExBTkVPVVNfUEVSU0lTVEVOVF9XQVJOSU5HAE1JU0NFTExBTkVPVVNfV0FSTklORwBIUEVfSU5WQUxJRF9UUkFOU0ZFUl9FTkNPRElORwBFeHBlY3RlZCBDUkxGAEhQRV9JTlZBTElEX0NIVU5LX1NJWkUATU9WRQBDT05USU5VRQBIUEVfQ0JfU1RBVFVTX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJTX0NPTVBMRVRFAEhQRV9DQl9WRVJTSU9OX0NPTVBMRVRFAEhQRV9DQl9VUkxfQ09NUExFVEUASFBFX0NCX1BST1RPQ09MX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19DT01QTEVURQBIUEVfQ0JfSEVBREVSX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fVkFMVUVfQ09NUExFVEUASFBFX0NCX0NIVU5LX0VYVEVOU0lPTl9OQU1FX0NPTVBMRVRFAEhQRV9DQl9NRVNTQUdFX0NPTVBMRVRFAEhQRV9DQl9NRVRIT0RfQ09NUExFVEUASFBFX0NCX0hFQURFUl9GSUVMRF9DT01QTEVURQBERUxFVEUASFBFX0lOVkFMSURfRU9GX1NUQVRFAElOVkFMSURfU1NMX0NFUlRJRklDQVRFAFBBVVNFAE5PX1JFU1BPTlNFAFVOU1VQUE9SVEVEX01FRElBX1RZUEUAR09ORQBOT1RfQUNDRVBUQUJMRQBTRVJWSUNFX1VOQVZBSUxBQkxFAFJBTkdFX05PVF9TQVRJU0ZJQUJMRQBPUklHSU5fSVNfVU5SRUFDSEFCTEUAUkVTUE9OU0VfSVNfU1RBTEUAUFVSR0UATUVSR0UAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRQBSRVFVRVNUX0hFQURFUl9UT09fTEFSR0UAUEFZTE9BRF9UT09fTEFSR0UASU5TVUZGSUNJRU5UX1NUT1JBR0UASFBFX1BBVVNFRF9VUEdSQURFAEhQRV9QQVVTRURfSDJfVVBHUkFERQBTT1VSQ0UAQU5OT1VOQ0UAVFJBQ0UASFBFX1VORVhQRUNURURfU1BBQ0UAREVTQ1JJQkUAVU5TVUJTQ1JJQkUAUkVDT1JEAEhQRV9JTlZBTElEX01FVEhPRABOT1RfRk9VTkQAUFJPUEZJTkQAVU5CSU5EAFJFQklORABVTkFVVEhPUklaRUQATUVUSE9EX05PVF9BTExPV0VEAEhUVFBfVkVSU0lPTl9OT1RfU1VQUE9SVEVEAEFMUkVBRFlfUkVQT1JURUQAQUNDRVBURUQATk9UX0lNUExFTUVOVEVEAExPT1BfREVURUNURUQASFBFX0NSX0VYUEVDVEVEAEhQRV9MRl9FWFBFQ1RFRABDUkVBVEVEAElNX1VTRUQASFBFX1BBVVNFRABUSU1FT1VUX09DQ1VSRUQAUEFZTUVOVF9SRVFVSVJFRABQUkVDT05ESVRJT05fUkVRVUlSRUQAUFJPWFlfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATkVUV09SS19BVVRIRU5USUNBVElPTl9SRVFVSVJFRABMRU5HVEhfUkVRVUlSRUQAU1NMX0NFUlRJRklDQVRFX1JFUVVJUkVEAFVQR1JBREVfUkVRVUlSRUQAUEFHRV9FWFBJUkVEAFBSRUNPTkRJVElPTl9GQUlMRUQARVhQRUNUQVRJT05fRkFJTEVEAFJFVkFMSURBVElPTl9GQUlMRUQAU1NMX0hBTkRTSEFLRV9GQUlMRUQATE9DS0VEAFRSQU5TRk9STUFUSU9OX0FQUExJRUQATk9UX01PRElGSUVEAE5PVF9FWFRFTkRFRABCQU5EV0lEVEhfTElNSVRfRVhDRUVERUQAU0lURV9JU19PVkVSTE9BREVEAEhFQUQARXhwZWN0ZWQgSFRUUC8sIFJUU1AvIG9yIElDRS8A5xUAAK8VAACkEgAAkhoAACYWAACeFAAA2xkAAHkVAAB+EgAA/hQAADYVAAALFgAA2BYAAPMSAABCGAAArBYAABIVAAAUFwAA7xcAAEgUAABxFwAAshoAAGsZAAB+GQAANRQAAIIaAABEFwAA/RYAAB4YAACHFwAAqhkAAJMSAAAHGAAALBcAAMoXAACkFwAA5xUAAOcVAABYFwAAOxgAAKASAAAtHAAAwxEAAEgRAADeEgAAQhMAAKQZAAD9EAAA9xUAAKUVAADvFgAA+BkAAEoWAABWFgAA9RUAAAoaAAAIGgAAARoAAKsVAABCEgAA1xAAAEwRAAAFGQAAVBYAAB4RAADKGQAAyBkAAE4WAAD/GAAAcRQAAPAVAADuFQAAlBkAAPwVAAC/GQAAmxkAAHwUAABDEQAAcBgAAJUUAAAnFAAAGRQAANUSAADUGQAARBYAAPcQAEG5OwsBAQBB0DsL4AEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEDAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBuj0LBAEAAAIAQdE9C14DBAMDAwMDAAADAwADAwADAwMDAwMDAwMDAAUAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAwADAEG6PwsEAQAAAgBB0T8LXgMAAwMDAwMAAAMDAAMDAAMDAwMDAwMDAwMABAAFAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwADAAMAQbDBAAsNbG9zZWVlcC1hbGl2ZQBBycEACwEBAEHgwQAL4AEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBycMACwEBAEHgwwAL5wEBAQEBAQEBAQEBAQECAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAWNodW5rZWQAQfHFAAteAQABAQEBAQAAAQEAAQEAAQEBAQEBAQEBAQAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQBB0McACyFlY3Rpb25lbnQtbGVuZ3Rob25yb3h5LWNvbm5lY3Rpb24AQYDIAAsgcmFuc2Zlci1lbmNvZGluZ3BncmFkZQ0KDQpTTQ0KDQoAQanIAAsFAQIAAQMAQcDIAAtfBAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanKAAsFAQIAAQMAQcDKAAtfBAUFBgUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanMAAsEAQAAAQBBwcwAC14CAgACAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAEGpzgALBQECAAEDAEHAzgALXwQFAAAFBQUFBQUFBQUFBQYFBQUFBQUFBQUFBQUABQAHCAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQAFAAUABQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAAAAFAEGp0AALBQEBAAEBAEHA0AALAQEAQdrQAAtBAgAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAQanSAAsFAQEAAQEAQcDSAAsBAQBBytIACwYCAAAAAAIAQeHSAAs6AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBBoNQAC50BTk9VTkNFRUNLT1VUTkVDVEVURUNSSUJFTFVTSEVURUFEU0VBUkNIUkdFQ1RJVklUWUxFTkRBUlZFT1RJRllQVElPTlNDSFNFQVlTVEFUQ0hHRVVFUllPUkRJUkVDVE9SVFJDSFBBUkFNRVRFUlVSQ0VCU0NSSUJFQVJET1dOQUNFSU5ETktDS1VCU0NSSUJFVFRQQ0VUU1BBRFRQLw==';

		let wasmBuffer;

		Object.defineProperty(module, 'exports', {
		  get: () => {
		    return wasmBuffer
		      ? wasmBuffer
		      : (wasmBuffer = Buffer.from(wasmBase64, 'base64'))
		  }
		}); 
	} (llhttp_simdWasm));
	return llhttp_simdWasm.exports;
}

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const corsSafeListedMethods = /** @type {const} */ (['GET', 'HEAD', 'POST']);
	const corsSafeListedMethodsSet = new Set(corsSafeListedMethods);

	const nullBodyStatus = /** @type {const} */ ([101, 204, 205, 304]);

	const redirectStatus = /** @type {const} */ ([301, 302, 303, 307, 308]);
	const redirectStatusSet = new Set(redirectStatus);

	/**
	 * @see https://fetch.spec.whatwg.org/#block-bad-port
	 */
	const badPorts = /** @type {const} */ ([
	  '1', '7', '9', '11', '13', '15', '17', '19', '20', '21', '22', '23', '25', '37', '42', '43', '53', '69', '77', '79',
	  '87', '95', '101', '102', '103', '104', '109', '110', '111', '113', '115', '117', '119', '123', '135', '137',
	  '139', '143', '161', '179', '389', '427', '465', '512', '513', '514', '515', '526', '530', '531', '532',
	  '540', '548', '554', '556', '563', '587', '601', '636', '989', '990', '993', '995', '1719', '1720', '1723',
	  '2049', '3659', '4045', '4190', '5060', '5061', '6000', '6566', '6665', '6666', '6667', '6668', '6669', '6679',
	  '6697', '10080'
	]);
	const badPortsSet = new Set(badPorts);

	/**
	 * @see https://w3c.github.io/webappsec-referrer-policy/#referrer-policy-header
	 */
	const referrerPolicyTokens = /** @type {const} */ ([
	  'no-referrer',
	  'no-referrer-when-downgrade',
	  'same-origin',
	  'origin',
	  'strict-origin',
	  'origin-when-cross-origin',
	  'strict-origin-when-cross-origin',
	  'unsafe-url'
	]);

	/**
	 * @see https://w3c.github.io/webappsec-referrer-policy/#referrer-policies
	 */
	const referrerPolicy = /** @type {const} */ ([
	  '',
	  ...referrerPolicyTokens
	]);
	const referrerPolicyTokensSet = new Set(referrerPolicyTokens);

	const requestRedirect = /** @type {const} */ (['follow', 'manual', 'error']);

	const safeMethods = /** @type {const} */ (['GET', 'HEAD', 'OPTIONS', 'TRACE']);
	const safeMethodsSet = new Set(safeMethods);

	const requestMode = /** @type {const} */ (['navigate', 'same-origin', 'no-cors', 'cors']);

	const requestCredentials = /** @type {const} */ (['omit', 'same-origin', 'include']);

	const requestCache = /** @type {const} */ ([
	  'default',
	  'no-store',
	  'reload',
	  'no-cache',
	  'force-cache',
	  'only-if-cached'
	]);

	/**
	 * @see https://fetch.spec.whatwg.org/#request-body-header-name
	 */
	const requestBodyHeader = /** @type {const} */ ([
	  'content-encoding',
	  'content-language',
	  'content-location',
	  'content-type',
	  // See https://github.com/nodejs/undici/issues/2021
	  // 'Content-Length' is a forbidden header name, which is typically
	  // removed in the Headers implementation. However, undici doesn't
	  // filter out headers, so we add it here.
	  'content-length'
	]);

	/**
	 * @see https://fetch.spec.whatwg.org/#enumdef-requestduplex
	 */
	const requestDuplex = /** @type {const} */ ([
	  'half'
	]);

	/**
	 * @see http://fetch.spec.whatwg.org/#forbidden-method
	 */
	const forbiddenMethods = /** @type {const} */ (['CONNECT', 'TRACE', 'TRACK']);
	const forbiddenMethodsSet = new Set(forbiddenMethods);

	const subresource = /** @type {const} */ ([
	  'audio',
	  'audioworklet',
	  'font',
	  'image',
	  'manifest',
	  'paintworklet',
	  'script',
	  'style',
	  'track',
	  'video',
	  'xslt',
	  ''
	]);
	const subresourceSet = new Set(subresource);

	constants = {
	  subresource,
	  forbiddenMethods,
	  requestBodyHeader,
	  referrerPolicy,
	  requestRedirect,
	  requestMode,
	  requestCredentials,
	  requestCache,
	  redirectStatus,
	  corsSafeListedMethods,
	  nullBodyStatus,
	  safeMethods,
	  badPorts,
	  requestDuplex,
	  subresourceSet,
	  badPortsSet,
	  redirectStatusSet,
	  corsSafeListedMethodsSet,
	  safeMethodsSet,
	  forbiddenMethodsSet,
	  referrerPolicyTokens: referrerPolicyTokensSet
	};
	return constants;
}

var global;
var hasRequiredGlobal;

function requireGlobal () {
	if (hasRequiredGlobal) return global;
	hasRequiredGlobal = 1;

	// In case of breaking changes, increase the version
	// number to avoid conflicts.
	const globalOrigin = Symbol.for('undici.globalOrigin.1');

	function getGlobalOrigin () {
	  return globalThis[globalOrigin]
	}

	function setGlobalOrigin (newOrigin) {
	  if (newOrigin === undefined) {
	    Object.defineProperty(globalThis, globalOrigin, {
	      value: undefined,
	      writable: true,
	      enumerable: false,
	      configurable: false
	    });

	    return
	  }

	  const parsedURL = new URL(newOrigin);

	  if (parsedURL.protocol !== 'http:' && parsedURL.protocol !== 'https:') {
	    throw new TypeError(`Only http & https urls are allowed, received ${parsedURL.protocol}`)
	  }

	  Object.defineProperty(globalThis, globalOrigin, {
	    value: parsedURL,
	    writable: true,
	    enumerable: false,
	    configurable: false
	  });
	}

	global = {
	  getGlobalOrigin,
	  setGlobalOrigin
	};
	return global;
}

var encoding;
var hasRequiredEncoding;

function requireEncoding () {
	if (hasRequiredEncoding) return encoding;
	hasRequiredEncoding = 1;

	const textDecoder = new TextDecoder();

	/**
	 * @see https://encoding.spec.whatwg.org/#utf-8-decode
	 * @param {Uint8Array} buffer
	 */
	function utf8DecodeBytes (buffer) {
	  if (buffer.length === 0) {
	    return ''
	  }

	  // 1. Let buffer be the result of peeking three bytes from
	  //    ioQueue, converted to a byte sequence.

	  // 2. If buffer is 0xEF 0xBB 0xBF, then read three
	  //    bytes from ioQueue. (Do nothing with those bytes.)
	  if (buffer[0] === 0xEF && buffer[1] === 0xBB && buffer[2] === 0xBF) {
	    buffer = buffer.subarray(3);
	  }

	  // 3. Process a queue with an instance of UTF-8\u2019s
	  //    decoder, ioQueue, output, and "replacement".
	  const output = textDecoder.decode(buffer);

	  // 4. Return output.
	  return output
	}

	encoding = {
	  utf8DecodeBytes
	};
	return encoding;
}

var infra;
var hasRequiredInfra;

function requireInfra () {
	if (hasRequiredInfra) return infra;
	hasRequiredInfra = 1;

	const assert = require$$0$1;
	const { utf8DecodeBytes } = requireEncoding();

	/**
	 * @param {(char: string) => boolean} condition
	 * @param {string} input
	 * @param {{ position: number }} position
	 * @returns {string}
	 *
	 * @see https://infra.spec.whatwg.org/#collect-a-sequence-of-code-points
	 */
	function collectASequenceOfCodePoints (condition, input, position) {
	  // 1. Let result be the empty string.
	  let result = '';

	  // 2. While position doesn\u2019t point past the end of input and the
	  // code point at position within input meets the condition condition:
	  while (position.position < input.length && condition(input[position.position])) {
	    // 1. Append that code point to the end of result.
	    result += input[position.position];

	    // 2. Advance position by 1.
	    position.position++;
	  }

	  // 3. Return result.
	  return result
	}

	/**
	 * A faster collectASequenceOfCodePoints that only works when comparing a single character.
	 * @param {string} char
	 * @param {string} input
	 * @param {{ position: number }} position
	 * @returns {string}
	 *
	 * @see https://infra.spec.whatwg.org/#collect-a-sequence-of-code-points
	 */
	function collectASequenceOfCodePointsFast (char, input, position) {
	  const idx = input.indexOf(char, position.position);
	  const start = position.position;

	  if (idx === -1) {
	    position.position = input.length;
	    return input.slice(start)
	  }

	  position.position = idx;
	  return input.slice(start, position.position)
	}

	const ASCII_WHITESPACE_REPLACE_REGEX = /[\u0009\u000A\u000C\u000D\u0020]/g; // eslint-disable-line no-control-regex
	const nonASCIIRegex = /[^\x00-\x7F]/; // eslint-disable-line no-control-regex

	/**
	 * @param {string} str
	 * @returns {string}
	 *
	 * @see https://infra.spec.whatwg.org/#ascii-lowercase
	 */
	function asciiLowercase (str) {
	  return nonASCIIRegex.test(str)
	    ? str.replace(/[A-Z]+/g, (upper) => upper.toLowerCase())
	    : str.toLowerCase()
	}

	/**
	 * @param {string} data
	 * @returns {Uint8Array | 'failure'}
	 *
	 * @see https://infra.spec.whatwg.org/#forgiving-base64-decode
	 */
	function forgivingBase64 (data) {
	  // 1. Remove all ASCII whitespace from data.
	  data = data.replace(ASCII_WHITESPACE_REPLACE_REGEX, '');

	  let dataLength = data.length;
	  // 2. If data\u2019s code point length divides by 4 leaving
	  // no remainder, then:
	  if (dataLength % 4 === 0) {
	    // 1. If data ends with one or two U+003D (=) code points,
	    // then remove them from data.
	    if (data.charCodeAt(dataLength - 1) === 0x003D) {
	      --dataLength;
	      if (data.charCodeAt(dataLength - 1) === 0x003D) {
	        --dataLength;
	      }
	    }
	  }

	  // 3. If data\u2019s code point length divides by 4 leaving
	  // a remainder of 1, then return failure.
	  if (dataLength % 4 === 1) {
	    return 'failure'
	  }

	  // 4. If data contains a code point that is not one of
	  //  U+002B (+)
	  //  U+002F (/)
	  //  ASCII alphanumeric
	  // then return failure.
	  if (/[^+/0-9A-Za-z]/.test(data.length === dataLength ? data : data.substring(0, dataLength))) {
	    return 'failure'
	  }

	  const buffer = Buffer.from(data, 'base64');
	  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
	}

	/**
	 * @param {number} char
	 * @returns {boolean}
	 *
	 * @see https://infra.spec.whatwg.org/#ascii-whitespace
	 */
	function isASCIIWhitespace (char) {
	  return (
	    char === 0x09 || // \t
	    char === 0x0a || // \n
	    char === 0x0c || // \f
	    char === 0x0d || // \r
	    char === 0x20    // space
	  )
	}

	/**
	 * @param {Uint8Array} input
	 * @returns {string}
	 *
	 * @see https://infra.spec.whatwg.org/#isomorphic-decode
	 */
	function isomorphicDecode (input) {
	  // 1. To isomorphic decode a byte sequence input, return a string whose code point
	  //    length is equal to input\u2019s length and whose code points have the same values
	  //    as the values of input\u2019s bytes, in the same order.
	  const length = input.length;
	  if ((2 << 15) - 1 > length) {
	    return String.fromCharCode.apply(null, input)
	  }
	  let result = '';
	  let i = 0;
	  let addition = (2 << 15) - 1;
	  while (i < length) {
	    if (i + addition > length) {
	      addition = length - i;
	    }
	    result += String.fromCharCode.apply(null, input.subarray(i, i += addition));
	  }
	  return result
	}

	const invalidIsomorphicEncodeValueRegex = /[^\x00-\xFF]/; // eslint-disable-line no-control-regex

	/**
	 * @param {string} input
	 * @returns {string}
	 *
	 * @see https://infra.spec.whatwg.org/#isomorphic-encode
	 */
	function isomorphicEncode (input) {
	  // 1. Assert: input contains no code points greater than U+00FF.
	  assert(!invalidIsomorphicEncodeValueRegex.test(input));

	  // 2. Return a byte sequence whose length is equal to input\u2019s code
	  //    point length and whose bytes have the same values as the
	  //    values of input\u2019s code points, in the same order
	  return input
	}

	/**
	 * @see https://infra.spec.whatwg.org/#parse-json-bytes-to-a-javascript-value
	 * @param {Uint8Array} bytes
	 */
	function parseJSONFromBytes (bytes) {
	  return JSON.parse(utf8DecodeBytes(bytes))
	}

	/**
	 * @param {string} str
	 * @param {boolean} [leading=true]
	 * @param {boolean} [trailing=true]
	 * @returns {string}
	 *
	 * @see https://infra.spec.whatwg.org/#strip-leading-and-trailing-ascii-whitespace
	 */
	function removeASCIIWhitespace (str, leading = true, trailing = true) {
	  return removeChars(str, leading, trailing, isASCIIWhitespace)
	}

	/**
	 * @param {string} str
	 * @param {boolean} leading
	 * @param {boolean} trailing
	 * @param {(charCode: number) => boolean} predicate
	 * @returns {string}
	 */
	function removeChars (str, leading, trailing, predicate) {
	  let lead = 0;
	  let trail = str.length - 1;

	  if (leading) {
	    while (lead < str.length && predicate(str.charCodeAt(lead))) lead++;
	  }

	  if (trailing) {
	    while (trail > 0 && predicate(str.charCodeAt(trail))) trail--;
	  }

	  return lead === 0 && trail === str.length - 1 ? str : str.slice(lead, trail + 1)
	}

	// https://infra.spec.whatwg.org/#serialize-a-javascript-value-to-a-json-string
	function serializeJavascriptValueToJSONString (value) {
	  // 1. Let result be ? Call(%JSON.stringify%, undefined, \u00ab value \u00bb).
	  const result = JSON.stringify(value);

	  // 2. If result is undefined, then throw a TypeError.
	  if (result === undefined) {
	    throw new TypeError('Value is not JSON serializable')
	  }

	  // 3. Assert: result is a string.
	  assert(typeof result === 'string');

	  // 4. Return result.
	  return result
	}

	infra = {
	  asciiLowercase,
	  collectASequenceOfCodePoints,
	  collectASequenceOfCodePointsFast,
	  forgivingBase64,
	  isASCIIWhitespace,
	  isomorphicDecode,
	  isomorphicEncode,
	  parseJSONFromBytes,
	  removeASCIIWhitespace,
	  removeChars,
	  serializeJavascriptValueToJSONString
	};
	return infra;
}

var dataUrl;
var hasRequiredDataUrl;

function requireDataUrl () {
	if (hasRequiredDataUrl) return dataUrl;
	hasRequiredDataUrl = 1;

	const assert = require$$0$1;
	const { forgivingBase64, collectASequenceOfCodePoints, collectASequenceOfCodePointsFast, isomorphicDecode, removeASCIIWhitespace, removeChars } = requireInfra();

	const encoder = new TextEncoder();

	/**
	 * @see https://mimesniff.spec.whatwg.org/#http-token-code-point
	 */
	const HTTP_TOKEN_CODEPOINTS = /^[-!#$%&'*+.^_|~A-Za-z0-9]+$/u;
	const HTTP_WHITESPACE_REGEX = /[\u000A\u000D\u0009\u0020]/u; // eslint-disable-line

	/**
	 * @see https://mimesniff.spec.whatwg.org/#http-quoted-string-token-code-point
	 */
	const HTTP_QUOTED_STRING_TOKENS = /^[\u0009\u0020-\u007E\u0080-\u00FF]+$/u; // eslint-disable-line

	// https://fetch.spec.whatwg.org/#data-url-processor
	/** @param {URL} dataURL */
	function dataURLProcessor (dataURL) {
	  // 1. Assert: dataURL\u2019s scheme is "data".
	  assert(dataURL.protocol === 'data:');

	  // 2. Let input be the result of running the URL
	  // serializer on dataURL with exclude fragment
	  // set to true.
	  let input = URLSerializer(dataURL, true);

	  // 3. Remove the leading "data:" string from input.
	  input = input.slice(5);

	  // 4. Let position point at the start of input.
	  const position = { position: 0 };

	  // 5. Let mimeType be the result of collecting a
	  // sequence of code points that are not equal
	  // to U+002C (,), given position.
	  let mimeType = collectASequenceOfCodePointsFast(
	    ',',
	    input,
	    position
	  );

	  // 6. Strip leading and trailing ASCII whitespace
	  // from mimeType.
	  // Undici implementation note: we need to store the
	  // length because if the mimetype has spaces removed,
	  // the wrong amount will be sliced from the input in
	  // step #9
	  const mimeTypeLength = mimeType.length;
	  mimeType = removeASCIIWhitespace(mimeType, true, true);

	  // 7. If position is past the end of input, then
	  // return failure
	  if (position.position >= input.length) {
	    return 'failure'
	  }

	  // 8. Advance position by 1.
	  position.position++;

	  // 9. Let encodedBody be the remainder of input.
	  const encodedBody = input.slice(mimeTypeLength + 1);

	  // 10. Let body be the percent-decoding of encodedBody.
	  let body = stringPercentDecode(encodedBody);

	  // 11. If mimeType ends with U+003B (;), followed by
	  // zero or more U+0020 SPACE, followed by an ASCII
	  // case-insensitive match for "base64", then:
	  if (/;(?:\u0020*)base64$/ui.test(mimeType)) {
	    // 1. Let stringBody be the isomorphic decode of body.
	    const stringBody = isomorphicDecode(body);

	    // 2. Set body to the forgiving-base64 decode of
	    // stringBody.
	    body = forgivingBase64(stringBody);

	    // 3. If body is failure, then return failure.
	    if (body === 'failure') {
	      return 'failure'
	    }

	    // 4. Remove the last 6 code points from mimeType.
	    mimeType = mimeType.slice(0, -6);

	    // 5. Remove trailing U+0020 SPACE code points from mimeType,
	    // if any.
	    mimeType = mimeType.replace(/(\u0020+)$/u, '');

	    // 6. Remove the last U+003B (;) code point from mimeType.
	    mimeType = mimeType.slice(0, -1);
	  }

	  // 12. If mimeType starts with U+003B (;), then prepend
	  // "text/plain" to mimeType.
	  if (mimeType.startsWith(';')) {
	    mimeType = 'text/plain' + mimeType;
	  }

	  // 13. Let mimeTypeRecord be the result of parsing
	  // mimeType.
	  let mimeTypeRecord = parseMIMEType(mimeType);

	  // 14. If mimeTypeRecord is failure, then set
	  // mimeTypeRecord to text/plain;charset=US-ASCII.
	  if (mimeTypeRecord === 'failure') {
	    mimeTypeRecord = parseMIMEType('text/plain;charset=US-ASCII');
	  }

	  // 15. Return a new data: URL struct whose MIME
	  // type is mimeTypeRecord and body is body.
	  // https://fetch.spec.whatwg.org/#data-url-struct
	  return { mimeType: mimeTypeRecord, body }
	}

	// https://url.spec.whatwg.org/#concept-url-serializer
	/**
	 * @param {URL} url
	 * @param {boolean} excludeFragment
	 */
	function URLSerializer (url, excludeFragment = false) {
	  if (!excludeFragment) {
	    return url.href
	  }

	  const href = url.href;
	  const hashLength = url.hash.length;

	  const serialized = hashLength === 0 ? href : href.substring(0, href.length - hashLength);

	  if (!hashLength && href.endsWith('#')) {
	    return serialized.slice(0, -1)
	  }

	  return serialized
	}

	// https://url.spec.whatwg.org/#string-percent-decode
	/** @param {string} input */
	function stringPercentDecode (input) {
	  // 1. Let bytes be the UTF-8 encoding of input.
	  const bytes = encoder.encode(input);

	  // 2. Return the percent-decoding of bytes.
	  return percentDecode(bytes)
	}

	/**
	 * @param {number} byte
	 */
	function isHexCharByte (byte) {
	  // 0-9 A-F a-f
	  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
	}

	/**
	 * @param {number} byte
	 */
	function hexByteToNumber (byte) {
	  return (
	    // 0-9
	    byte >= 0x30 && byte <= 0x39
	      ? (byte - 48)
	    // Convert to uppercase
	    // ((byte & 0xDF) - 65) + 10
	      : ((byte & 0xDF) - 55)
	  )
	}

	// https://url.spec.whatwg.org/#percent-decode
	/** @param {Uint8Array} input */
	function percentDecode (input) {
	  const length = input.length;
	  // 1. Let output be an empty byte sequence.
	  /** @type {Uint8Array} */
	  const output = new Uint8Array(length);
	  let j = 0;
	  let i = 0;
	  // 2. For each byte byte in input:
	  while (i < length) {
	    const byte = input[i];

	    // 1. If byte is not 0x25 (%), then append byte to output.
	    if (byte !== 0x25) {
	      output[j++] = byte;

	    // 2. Otherwise, if byte is 0x25 (%) and the next two bytes
	    // after byte in input are not in the ranges
	    // 0x30 (0) to 0x39 (9), 0x41 (A) to 0x46 (F),
	    // and 0x61 (a) to 0x66 (f), all inclusive, append byte
	    // to output.
	    } else if (
	      byte === 0x25 &&
	      !(isHexCharByte(input[i + 1]) && isHexCharByte(input[i + 2]))
	    ) {
	      output[j++] = 0x25;

	    // 3. Otherwise:
	    } else {
	      // 1. Let bytePoint be the two bytes after byte in input,
	      // decoded, and then interpreted as hexadecimal number.
	      // 2. Append a byte whose value is bytePoint to output.
	      output[j++] = (hexByteToNumber(input[i + 1]) << 4) | hexByteToNumber(input[i + 2]);

	      // 3. Skip the next two bytes in input.
	      i += 2;
	    }
	    ++i;
	  }

	  // 3. Return output.
	  return length === j ? output : output.subarray(0, j)
	}

	// https://mimesniff.spec.whatwg.org/#parse-a-mime-type
	/** @param {string} input */
	function parseMIMEType (input) {
	  // 1. Remove any leading and trailing HTTP whitespace
	  // from input.
	  input = removeHTTPWhitespace(input, true, true);

	  // 2. Let position be a position variable for input,
	  // initially pointing at the start of input.
	  const position = { position: 0 };

	  // 3. Let type be the result of collecting a sequence
	  // of code points that are not U+002F (/) from
	  // input, given position.
	  const type = collectASequenceOfCodePointsFast(
	    '/',
	    input,
	    position
	  );

	  // 4. If type is the empty string or does not solely
	  // contain HTTP token code points, then return failure.
	  // https://mimesniff.spec.whatwg.org/#http-token-code-point
	  if (type.length === 0 || !HTTP_TOKEN_CODEPOINTS.test(type)) {
	    return 'failure'
	  }

	  // 5. If position is past the end of input, then return
	  // failure
	  if (position.position >= input.length) {
	    return 'failure'
	  }

	  // 6. Advance position by 1. (This skips past U+002F (/).)
	  position.position++;

	  // 7. Let subtype be the result of collecting a sequence of
	  // code points that are not U+003B (;) from input, given
	  // position.
	  let subtype = collectASequenceOfCodePointsFast(
	    ';',
	    input,
	    position
	  );

	  // 8. Remove any trailing HTTP whitespace from subtype.
	  subtype = removeHTTPWhitespace(subtype, false, true);

	  // 9. If subtype is the empty string or does not solely
	  // contain HTTP token code points, then return failure.
	  if (subtype.length === 0 || !HTTP_TOKEN_CODEPOINTS.test(subtype)) {
	    return 'failure'
	  }

	  const typeLowercase = type.toLowerCase();
	  const subtypeLowercase = subtype.toLowerCase();

	  // 10. Let mimeType be a new MIME type record whose type
	  // is type, in ASCII lowercase, and subtype is subtype,
	  // in ASCII lowercase.
	  // https://mimesniff.spec.whatwg.org/#mime-type
	  const mimeType = {
	    type: typeLowercase,
	    subtype: subtypeLowercase,
	    /** @type {Map<string, string>} */
	    parameters: new Map(),
	    // https://mimesniff.spec.whatwg.org/#mime-type-essence
	    essence: `${typeLowercase}/${subtypeLowercase}`
	  };

	  // 11. While position is not past the end of input:
	  while (position.position < input.length) {
	    // 1. Advance position by 1. (This skips past U+003B (;).)
	    position.position++;

	    // 2. Collect a sequence of code points that are HTTP
	    // whitespace from input given position.
	    collectASequenceOfCodePoints(
	      // https://fetch.spec.whatwg.org/#http-whitespace
	      char => HTTP_WHITESPACE_REGEX.test(char),
	      input,
	      position
	    );

	    // 3. Let parameterName be the result of collecting a
	    // sequence of code points that are not U+003B (;)
	    // or U+003D (=) from input, given position.
	    let parameterName = collectASequenceOfCodePoints(
	      (char) => char !== ';' && char !== '=',
	      input,
	      position
	    );

	    // 4. Set parameterName to parameterName, in ASCII
	    // lowercase.
	    parameterName = parameterName.toLowerCase();

	    // 5. If position is not past the end of input, then:
	    if (position.position < input.length) {
	      // 1. If the code point at position within input is
	      // U+003B (;), then continue.
	      if (input[position.position] === ';') {
	        continue
	      }

	      // 2. Advance position by 1. (This skips past U+003D (=).)
	      position.position++;
	    }

	    // 6. If position is past the end of input, then break.
	    if (position.position >= input.length) {
	      break
	    }

	    // 7. Let parameterValue be null.
	    let parameterValue = null;

	    // 8. If the code point at position within input is
	    // U+0022 ("), then:
	    if (input[position.position] === '"') {
	      // 1. Set parameterValue to the result of collecting
	      // an HTTP quoted string from input, given position
	      // and the extract-value flag.
	      parameterValue = collectAnHTTPQuotedString(input, position, true);

	      // 2. Collect a sequence of code points that are not
	      // U+003B (;) from input, given position.
	      collectASequenceOfCodePointsFast(
	        ';',
	        input,
	        position
	      );

	    // 9. Otherwise:
	    } else {
	      // 1. Set parameterValue to the result of collecting
	      // a sequence of code points that are not U+003B (;)
	      // from input, given position.
	      parameterValue = collectASequenceOfCodePointsFast(
	        ';',
	        input,
	        position
	      );

	      // 2. Remove any trailing HTTP whitespace from parameterValue.
	      parameterValue = removeHTTPWhitespace(parameterValue, false, true);

	      // 3. If parameterValue is the empty string, then continue.
	      if (parameterValue.length === 0) {
	        continue
	      }
	    }

	    // 10. If all of the following are true
	    // - parameterName is not the empty string
	    // - parameterName solely contains HTTP token code points
	    // - parameterValue solely contains HTTP quoted-string token code points
	    // - mimeType\u2019s parameters[parameterName] does not exist
	    // then set mimeType\u2019s parameters[parameterName] to parameterValue.
	    if (
	      parameterName.length !== 0 &&
	      HTTP_TOKEN_CODEPOINTS.test(parameterName) &&
	      (parameterValue.length === 0 || HTTP_QUOTED_STRING_TOKENS.test(parameterValue)) &&
	      !mimeType.parameters.has(parameterName)
	    ) {
	      mimeType.parameters.set(parameterName, parameterValue);
	    }
	  }

	  // 12. Return mimeType.
	  return mimeType
	}

	// https://fetch.spec.whatwg.org/#collect-an-http-quoted-string
	// tests: https://fetch.spec.whatwg.org/#example-http-quoted-string
	/**
	 * @param {string} input
	 * @param {{ position: number }} position
	 * @param {boolean} [extractValue=false]
	 */
	function collectAnHTTPQuotedString (input, position, extractValue = false) {
	  // 1. Let positionStart be position.
	  const positionStart = position.position;

	  // 2. Let value be the empty string.
	  let value = '';

	  // 3. Assert: the code point at position within input
	  // is U+0022 (").
	  assert(input[position.position] === '"');

	  // 4. Advance position by 1.
	  position.position++;

	  // 5. While true:
	  while (true) {
	    // 1. Append the result of collecting a sequence of code points
	    // that are not U+0022 (") or U+005C (\) from input, given
	    // position, to value.
	    value += collectASequenceOfCodePoints(
	      (char) => char !== '"' && char !== '\\',
	      input,
	      position
	    );

	    // 2. If position is past the end of input, then break.
	    if (position.position >= input.length) {
	      break
	    }

	    // 3. Let quoteOrBackslash be the code point at position within
	    // input.
	    const quoteOrBackslash = input[position.position];

	    // 4. Advance position by 1.
	    position.position++;

	    // 5. If quoteOrBackslash is U+005C (\), then:
	    if (quoteOrBackslash === '\\') {
	      // 1. If position is past the end of input, then append
	      // U+005C (\) to value and break.
	      if (position.position >= input.length) {
	        value += '\\';
	        break
	      }

	      // 2. Append the code point at position within input to value.
	      value += input[position.position];

	      // 3. Advance position by 1.
	      position.position++;

	    // 6. Otherwise:
	    } else {
	      // 1. Assert: quoteOrBackslash is U+0022 (").
	      assert(quoteOrBackslash === '"');

	      // 2. Break.
	      break
	    }
	  }

	  // 6. If the extract-value flag is set, then return value.
	  if (extractValue) {
	    return value
	  }

	  // 7. Return the code points from positionStart to position,
	  // inclusive, within input.
	  return input.slice(positionStart, position.position)
	}

	/**
	 * @see https://mimesniff.spec.whatwg.org/#serialize-a-mime-type
	 */
	function serializeAMimeType (mimeType) {
	  assert(mimeType !== 'failure');
	  const { parameters, essence } = mimeType;

	  // 1. Let serialization be the concatenation of mimeType\u2019s
	  //    type, U+002F (/), and mimeType\u2019s subtype.
	  let serialization = essence;

	  // 2. For each name \u2192 value of mimeType\u2019s parameters:
	  for (let [name, value] of parameters.entries()) {
	    // 1. Append U+003B (;) to serialization.
	    serialization += ';';

	    // 2. Append name to serialization.
	    serialization += name;

	    // 3. Append U+003D (=) to serialization.
	    serialization += '=';

	    // 4. If value does not solely contain HTTP token code
	    //    points or value is the empty string, then:
	    if (!HTTP_TOKEN_CODEPOINTS.test(value)) {
	      // 1. Precede each occurrence of U+0022 (") or
	      //    U+005C (\) in value with U+005C (\).
	      value = value.replace(/[\\"]/ug, '\\$&');

	      // 2. Prepend U+0022 (") to value.
	      value = '"' + value;

	      // 3. Append U+0022 (") to value.
	      value += '"';
	    }

	    // 5. Append value to serialization.
	    serialization += value;
	  }

	  // 3. Return serialization.
	  return serialization
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#http-whitespace
	 * @param {number} char
	 */
	function isHTTPWhiteSpace (char) {
	  // "\r\n\t "
	  return char === 0x00d || char === 0x00a || char === 0x009 || char === 0x020
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#http-whitespace
	 * @param {string} str
	 * @param {boolean} [leading=true]
	 * @param {boolean} [trailing=true]
	 */
	function removeHTTPWhitespace (str, leading = true, trailing = true) {
	  return removeChars(str, leading, trailing, isHTTPWhiteSpace)
	}

	/**
	 * @see https://mimesniff.spec.whatwg.org/#minimize-a-supported-mime-type
	 * @param {Exclude<ReturnType<typeof parseMIMEType>, 'failure'>} mimeType
	 */
	function minimizeSupportedMimeType (mimeType) {
	  switch (mimeType.essence) {
	    case 'application/ecmascript':
	    case 'application/javascript':
	    case 'application/x-ecmascript':
	    case 'application/x-javascript':
	    case 'text/ecmascript':
	    case 'text/javascript':
	    case 'text/javascript1.0':
	    case 'text/javascript1.1':
	    case 'text/javascript1.2':
	    case 'text/javascript1.3':
	    case 'text/javascript1.4':
	    case 'text/javascript1.5':
	    case 'text/jscript':
	    case 'text/livescript':
	    case 'text/x-ecmascript':
	    case 'text/x-javascript':
	      // 1. If mimeType is a JavaScript MIME type, then return "text/javascript".
	      return 'text/javascript'
	    case 'application/json':
	    case 'text/json':
	      // 2. If mimeType is a JSON MIME type, then return "application/json".
	      return 'application/json'
	    case 'image/svg+xml':
	      // 3. If mimeType\u2019s essence is "image/svg+xml", then return "image/svg+xml".
	      return 'image/svg+xml'
	    case 'text/xml':
	    case 'application/xml':
	      // 4. If mimeType is an XML MIME type, then return "application/xml".
	      return 'application/xml'
	  }

	  // 2. If mimeType is a JSON MIME type, then return "application/json".
	  if (mimeType.subtype.endsWith('+json')) {
	    return 'application/json'
	  }

	  // 4. If mimeType is an XML MIME type, then return "application/xml".
	  if (mimeType.subtype.endsWith('+xml')) {
	    return 'application/xml'
	  }

	  // 5. If mimeType is supported by the user agent, then return mimeType\u2019s essence.
	  // Technically, node doesn't support any mimetypes.

	  // 6. Return the empty string.
	  return ''
	}

	dataUrl = {
	  dataURLProcessor,
	  URLSerializer,
	  stringPercentDecode,
	  parseMIMEType,
	  collectAnHTTPQuotedString,
	  serializeAMimeType,
	  removeHTTPWhitespace,
	  minimizeSupportedMimeType,
	  HTTP_TOKEN_CODEPOINTS
	};
	return dataUrl;
}

var runtimeFeatures = {};

var hasRequiredRuntimeFeatures;

function requireRuntimeFeatures () {
	if (hasRequiredRuntimeFeatures) return runtimeFeatures;
	hasRequiredRuntimeFeatures = 1;

	/** @typedef {`node:${string}`} NodeModuleName */

	/** @type {Record<NodeModuleName, () => any>} */
	const lazyLoaders = {
	  __proto__: null,
	  'node:crypto': () => require$$0$4,
	  'node:sqlite': () => require('node:sqlite'),
	  'node:worker_threads': () => require$$1$3,
	  'node:zlib': () => require$$2$1
	};

	/**
	 * @param {NodeModuleName} moduleName
	 * @returns {boolean}
	 */
	function detectRuntimeFeatureByNodeModule (moduleName) {
	  try {
	    lazyLoaders[moduleName]();
	    return true
	  } catch (err) {
	    if (err.code !== 'ERR_UNKNOWN_BUILTIN_MODULE' && err.code !== 'ERR_NO_CRYPTO') {
	      throw err
	    }
	    return false
	  }
	}

	/**
	 * @param {NodeModuleName} moduleName
	 * @param {string} property
	 * @returns {boolean}
	 */
	function detectRuntimeFeatureByExportedProperty (moduleName, property) {
	  const module = lazyLoaders[moduleName]();
	  return typeof module[property] !== 'undefined'
	}

	const runtimeFeaturesByExportedProperty = /** @type {const} */ (['markAsUncloneable', 'zstd']);

	/** @type {Record<RuntimeFeatureByExportedProperty, [NodeModuleName, string]>} */
	const exportedPropertyLookup = {
	  markAsUncloneable: ['node:worker_threads', 'markAsUncloneable'],
	  zstd: ['node:zlib', 'createZstdDecompress']
	};

	/** @typedef {typeof runtimeFeaturesByExportedProperty[number]} RuntimeFeatureByExportedProperty */

	const runtimeFeaturesAsNodeModule = /** @type {const} */ (['crypto', 'sqlite']);
	/** @typedef {typeof runtimeFeaturesAsNodeModule[number]} RuntimeFeatureByNodeModule */

	const features = /** @type {const} */ ([
	  ...runtimeFeaturesAsNodeModule,
	  ...runtimeFeaturesByExportedProperty
	]);

	/** @typedef {typeof features[number]} Feature */

	/**
	 * @param {Feature} feature
	 * @returns {boolean}
	 */
	function detectRuntimeFeature (feature) {
	  if (runtimeFeaturesAsNodeModule.includes(/** @type {RuntimeFeatureByNodeModule} */ (feature))) {
	    return detectRuntimeFeatureByNodeModule(`node:${feature}`)
	  } else if (runtimeFeaturesByExportedProperty.includes(/** @type {RuntimeFeatureByExportedProperty} */ (feature))) {
	    const [moduleName, property] = exportedPropertyLookup[feature];
	    return detectRuntimeFeatureByExportedProperty(moduleName, property)
	  }
	  throw new TypeError(`unknown feature: ${feature}`)
	}

	/**
	 * @class
	 * @name RuntimeFeatures
	 */
	class RuntimeFeatures {
	  /** @type {Map<Feature, boolean>} */
	  #map = new Map()

	  /**
	   * Clears all cached feature detections.
	   */
	  clear () {
	    this.#map.clear();
	  }

	  /**
	   * @param {Feature} feature
	   * @returns {boolean}
	   */
	  has (feature) {
	    return (
	      this.#map.get(feature) ?? this.#detectRuntimeFeature(feature)
	    )
	  }

	  /**
	   * @param {Feature} feature
	   * @param {boolean} value
	   */
	  set (feature, value) {
	    if (features.includes(feature) === false) {
	      throw new TypeError(`unknown feature: ${feature}`)
	    }
	    this.#map.set(feature, value);
	  }

	  /**
	   * @param {Feature} feature
	   * @returns {boolean}
	   */
	  #detectRuntimeFeature (feature) {
	    const result = detectRuntimeFeature(feature);
	    this.#map.set(feature, result);
	    return result
	  }
	}

	const instance = new RuntimeFeatures();

	runtimeFeatures.runtimeFeatures = instance;
	runtimeFeatures.default = instance;
	return runtimeFeatures;
}

var webidl_1;
var hasRequiredWebidl;

function requireWebidl () {
	if (hasRequiredWebidl) return webidl_1;
	hasRequiredWebidl = 1;

	const assert = require$$0$1;
	const { types, inspect } = require$$1$2;
	const { runtimeFeatures } = requireRuntimeFeatures();

	const UNDEFINED = 1;
	const BOOLEAN = 2;
	const STRING = 3;
	const SYMBOL = 4;
	const NUMBER = 5;
	const BIGINT = 6;
	const NULL = 7;
	const OBJECT = 8; // function and object

	const FunctionPrototypeSymbolHasInstance = Function.call.bind(Function.prototype[Symbol.hasInstance]);

	/** @type {import('../../../types/webidl').Webidl} */
	const webidl = {
	  converters: {},
	  util: {},
	  errors: {},
	  is: {}
	};

	/**
	 * @description Instantiate an error.
	 *
	 * @param {Object} opts
	 * @param {string} opts.header
	 * @param {string} opts.message
	 * @returns {TypeError}
	 */
	webidl.errors.exception = function (message) {
	  return new TypeError(`${message.header}: ${message.message}`)
	};

	/**
	 * @description Instantiate an error when conversion from one type to another has failed.
	 *
	 * @param {Object} opts
	 * @param {string} opts.prefix
	 * @param {string} opts.argument
	 * @param {string[]} opts.types
	 * @returns {TypeError}
	 */
	webidl.errors.conversionFailed = function (opts) {
	  const plural = opts.types.length === 1 ? '' : ' one of';
	  const message =
	    `${opts.argument} could not be converted to` +
	    `${plural}: ${opts.types.join(', ')}.`;

	  return webidl.errors.exception({
	    header: opts.prefix,
	    message
	  })
	};

	/**
	 * @description Instantiate an error when an invalid argument is provided
	 *
	 * @param {Object} context
	 * @param {string} context.prefix
	 * @param {string} context.value
	 * @param {string} context.type
	 * @returns {TypeError}
	 */
	webidl.errors.invalidArgument = function (context) {
	  return webidl.errors.exception({
	    header: context.prefix,
	    message: `"${context.value}" is an invalid ${context.type}.`
	  })
	};

	// https://webidl.spec.whatwg.org/#implements
	webidl.brandCheck = function (V, I) {
	  if (!FunctionPrototypeSymbolHasInstance(I, V)) {
	    const err = new TypeError('Illegal invocation');
	    err.code = 'ERR_INVALID_THIS'; // node compat.
	    throw err
	  }
	};

	webidl.brandCheckMultiple = function (List) {
	  const prototypes = List.map((c) => webidl.util.MakeTypeAssertion(c));

	  return (V) => {
	    if (prototypes.every(typeCheck => !typeCheck(V))) {
	      const err = new TypeError('Illegal invocation');
	      err.code = 'ERR_INVALID_THIS'; // node compat.
	      throw err
	    }
	  }
	};

	webidl.argumentLengthCheck = function ({ length }, min, ctx) {
	  if (length < min) {
	    throw webidl.errors.exception({
	      message: `${min} argument${min !== 1 ? 's' : ''} required, ` +
	               `but${length ? ' only' : ''} ${length} found.`,
	      header: ctx
	    })
	  }
	};

	webidl.illegalConstructor = function () {
	  throw webidl.errors.exception({
	    header: 'TypeError',
	    message: 'Illegal constructor'
	  })
	};

	webidl.util.MakeTypeAssertion = function (I) {
	  return (O) => FunctionPrototypeSymbolHasInstance(I, O)
	};

	// https://tc39.es/ecma262/#sec-ecmascript-data-types-and-values
	webidl.util.Type = function (V) {
	  switch (typeof V) {
	    case 'undefined': return UNDEFINED
	    case 'boolean': return BOOLEAN
	    case 'string': return STRING
	    case 'symbol': return SYMBOL
	    case 'number': return NUMBER
	    case 'bigint': return BIGINT
	    case 'function':
	    case 'object': {
	      if (V === null) {
	        return NULL
	      }

	      return OBJECT
	    }
	  }
	};

	webidl.util.Types = {
	  UNDEFINED,
	  BOOLEAN,
	  STRING,
	  SYMBOL,
	  NUMBER,
	  BIGINT,
	  NULL,
	  OBJECT
	};

	webidl.util.TypeValueToString = function (o) {
	  switch (webidl.util.Type(o)) {
	    case UNDEFINED: return 'Undefined'
	    case BOOLEAN: return 'Boolean'
	    case STRING: return 'String'
	    case SYMBOL: return 'Symbol'
	    case NUMBER: return 'Number'
	    case BIGINT: return 'BigInt'
	    case NULL: return 'Null'
	    case OBJECT: return 'Object'
	  }
	};

	webidl.util.markAsUncloneable = runtimeFeatures.has('markAsUncloneable')
	  ? require$$1$3.markAsUncloneable
	  : () => {};

	// https://webidl.spec.whatwg.org/#abstract-opdef-converttoint
	webidl.util.ConvertToInt = function (V, bitLength, signedness, flags) {
	  let upperBound;
	  let lowerBound;

	  // 1. If bitLength is 64, then:
	  if (bitLength === 64) {
	    // 1. Let upperBound be 2^53 \u2212 1.
	    upperBound = Math.pow(2, 53) - 1;

	    // 2. If signedness is "unsigned", then let lowerBound be 0.
	    if (signedness === 'unsigned') {
	      lowerBound = 0;
	    } else {
	      // 3. Otherwise let lowerBound be \u22122^53 + 1.
	      lowerBound = Math.pow(-2, 53) + 1;
	    }
	  } else if (signedness === 'unsigned') {
	    // 2. Otherwise, if signedness is "unsigned", then:

	    // 1. Let lowerBound be 0.
	    lowerBound = 0;

	    // 2. Let upperBound be 2^bitLength \u2212 1.
	    upperBound = Math.pow(2, bitLength) - 1;
	  } else {
	    // 3. Otherwise:

	    // 1. Let lowerBound be -2^(bitLength \u2212 1).
	    lowerBound = -Math.pow(2, bitLength - 1);

	    // 2. Let upperBound be 2^(bitLength \u2212 1) \u2212 1.
	    upperBound = Math.pow(2, bitLength - 1) - 1;
	  }

	  // 4. Let x be ? ToNumber(V).
	  let x = Number(V);

	  // 5. If x is \u22120, then set x to +0.
	  if (x === 0) {
	    x = 0;
	  }

	  // 6. If the conversion is to an IDL type associated
	  //    with the [EnforceRange] extended attribute, then:
	  if (webidl.util.HasFlag(flags, webidl.attributes.EnforceRange)) {
	    // 1. If x is NaN, +\u221e, or \u2212\u221e, then throw a TypeError.
	    if (
	      Number.isNaN(x) ||
	      x === Number.POSITIVE_INFINITY ||
	      x === Number.NEGATIVE_INFINITY
	    ) {
	      throw webidl.errors.exception({
	        header: 'Integer conversion',
	        message: `Could not convert ${webidl.util.Stringify(V)} to an integer.`
	      })
	    }

	    // 2. Set x to IntegerPart(x).
	    x = webidl.util.IntegerPart(x);

	    // 3. If x < lowerBound or x > upperBound, then
	    //    throw a TypeError.
	    if (x < lowerBound || x > upperBound) {
	      throw webidl.errors.exception({
	        header: 'Integer conversion',
	        message: `Value must be between ${lowerBound}-${upperBound}, got ${x}.`
	      })
	    }

	    // 4. Return x.
	    return x
	  }

	  // 7. If x is not NaN and the conversion is to an IDL
	  //    type associated with the [Clamp] extended
	  //    attribute, then:
	  if (!Number.isNaN(x) && webidl.util.HasFlag(flags, webidl.attributes.Clamp)) {
	    // 1. Set x to min(max(x, lowerBound), upperBound).
	    x = Math.min(Math.max(x, lowerBound), upperBound);

	    // 2. Round x to the nearest integer, choosing the
	    //    even integer if it lies halfway between two,
	    //    and choosing +0 rather than \u22120.
	    if (Math.floor(x) % 2 === 0) {
	      x = Math.floor(x);
	    } else {
	      x = Math.ceil(x);
	    }

	    // 3. Return x.
	    return x
	  }

	  // 8. If x is NaN, +0, +\u221e, or \u2212\u221e, then return +0.
	  if (
	    Number.isNaN(x) ||
	    (x === 0 && Object.is(0, x)) ||
	    x === Number.POSITIVE_INFINITY ||
	    x === Number.NEGATIVE_INFINITY
	  ) {
	    return 0
	  }

	  // 9. Set x to IntegerPart(x).
	  x = webidl.util.IntegerPart(x);

	  // 10. Set x to x modulo 2^bitLength.
	  x = x % Math.pow(2, bitLength);

	  // 11. If signedness is "signed" and x \u2265 2^(bitLength \u2212 1),
	  //    then return x \u2212 2^bitLength.
	  if (signedness === 'signed' && x >= Math.pow(2, bitLength - 1)) {
	    return x - Math.pow(2, bitLength)
	  }

	  // 12. Otherwise, return x.
	  return x
	};

	// https://webidl.spec.whatwg.org/#abstract-opdef-integerpart
	webidl.util.IntegerPart = function (n) {
	  // 1. Let r be floor(abs(n)).
	  const r = Math.floor(Math.abs(n));

	  // 2. If n < 0, then return -1 \u00d7 r.
	  if (n < 0) {
	    return -1 * r
	  }

	  // 3. Otherwise, return r.
	  return r
	};

	webidl.util.Stringify = function (V) {
	  const type = webidl.util.Type(V);

	  switch (type) {
	    case SYMBOL:
	      return `Symbol(${V.description})`
	    case OBJECT:
	      return inspect(V)
	    case STRING:
	      return `"${V}"`
	    case BIGINT:
	      return `${V}n`
	    default:
	      return `${V}`
	  }
	};

	webidl.util.IsResizableArrayBuffer = function (V) {
	  if (types.isArrayBuffer(V)) {
	    return V.resizable
	  }

	  if (types.isSharedArrayBuffer(V)) {
	    return V.growable
	  }

	  throw webidl.errors.exception({
	    header: 'IsResizableArrayBuffer',
	    message: `"${webidl.util.Stringify(V)}" is not an array buffer.`
	  })
	};

	webidl.util.HasFlag = function (flags, attributes) {
	  return typeof flags === 'number' && (flags & attributes) === attributes
	};

	// https://webidl.spec.whatwg.org/#es-sequence
	webidl.sequenceConverter = function (converter) {
	  return (V, prefix, argument, Iterable) => {
	    // 1. If Type(V) is not Object, throw a TypeError.
	    if (webidl.util.Type(V) !== OBJECT) {
	      throw webidl.errors.exception({
	        header: prefix,
	        message: `${argument} (${webidl.util.Stringify(V)}) is not iterable.`
	      })
	    }

	    // 2. Let method be ? GetMethod(V, @@iterator).
	    /** @type {Generator} */
	    const method = typeof Iterable === 'function' ? Iterable() : V?.[Symbol.iterator]?.();
	    const seq = [];
	    let index = 0;

	    // 3. If method is undefined, throw a TypeError.
	    if (
	      method === undefined ||
	      typeof method.next !== 'function'
	    ) {
	      throw webidl.errors.exception({
	        header: prefix,
	        message: `${argument} is not iterable.`
	      })
	    }

	    // https://webidl.spec.whatwg.org/#create-sequence-from-iterable
	    while (true) {
	      const { done, value } = method.next();

	      if (done) {
	        break
	      }

	      seq.push(converter(value, prefix, `${argument}[${index++}]`));
	    }

	    return seq
	  }
	};

	// https://webidl.spec.whatwg.org/#es-to-record
	webidl.recordConverter = function (keyConverter, valueConverter) {
	  return (O, prefix, argument) => {
	    // 1. If Type(O) is not Object, throw a TypeError.
	    if (webidl.util.Type(O) !== OBJECT) {
	      throw webidl.errors.exception({
	        header: prefix,
	        message: `${argument} ("${webidl.util.TypeValueToString(O)}") is not an Object.`
	      })
	    }

	    // 2. Let result be a new empty instance of record<K, V>.
	    const result = {};

	    if (!types.isProxy(O)) {
	      // 1. Let desc be ? O.[[GetOwnProperty]](key).
	      const keys = [...Object.getOwnPropertyNames(O), ...Object.getOwnPropertySymbols(O)];

	      for (const key of keys) {
	        const keyName = webidl.util.Stringify(key);

	        // 1. Let typedKey be key converted to an IDL value of type K.
	        const typedKey = keyConverter(key, prefix, `Key ${keyName} in ${argument}`);

	        // 2. Let value be ? Get(O, key).
	        // 3. Let typedValue be value converted to an IDL value of type V.
	        const typedValue = valueConverter(O[key], prefix, `${argument}[${keyName}]`);

	        // 4. Set result[typedKey] to typedValue.
	        result[typedKey] = typedValue;
	      }

	      // 5. Return result.
	      return result
	    }

	    // 3. Let keys be ? O.[[OwnPropertyKeys]]().
	    const keys = Reflect.ownKeys(O);

	    // 4. For each key of keys.
	    for (const key of keys) {
	      // 1. Let desc be ? O.[[GetOwnProperty]](key).
	      const desc = Reflect.getOwnPropertyDescriptor(O, key);

	      // 2. If desc is not undefined and desc.[[Enumerable]] is true:
	      if (desc?.enumerable) {
	        // 1. Let typedKey be key converted to an IDL value of type K.
	        const typedKey = keyConverter(key, prefix, argument);

	        // 2. Let value be ? Get(O, key).
	        // 3. Let typedValue be value converted to an IDL value of type V.
	        const typedValue = valueConverter(O[key], prefix, argument);

	        // 4. Set result[typedKey] to typedValue.
	        result[typedKey] = typedValue;
	      }
	    }

	    // 5. Return result.
	    return result
	  }
	};

	webidl.interfaceConverter = function (TypeCheck, name) {
	  return (V, prefix, argument) => {
	    if (!TypeCheck(V)) {
	      throw webidl.errors.exception({
	        header: prefix,
	        message: `Expected ${argument} ("${webidl.util.Stringify(V)}") to be an instance of ${name}.`
	      })
	    }

	    return V
	  }
	};

	webidl.dictionaryConverter = function (converters) {
	  // "For each dictionary member member declared on dictionary, in lexicographical order:"
	  converters.sort((a, b) => (a.key > b.key) - (a.key < b.key));

	  return (dictionary, prefix, argument) => {
	    const dict = {};

	    if (dictionary != null && webidl.util.Type(dictionary) !== OBJECT) {
	      throw webidl.errors.exception({
	        header: prefix,
	        message: `Expected ${dictionary} to be one of: Null, Undefined, Object.`
	      })
	    }

	    for (const options of converters) {
	      const { key, defaultValue, required, converter } = options;

	      if (required === true) {
	        if (dictionary == null || !Object.hasOwn(dictionary, key)) {
	          throw webidl.errors.exception({
	            header: prefix,
	            message: `Missing required key "${key}".`
	          })
	        }
	      }

	      let value = dictionary?.[key];
	      const hasDefault = defaultValue !== undefined;

	      // Only use defaultValue if value is undefined and
	      // a defaultValue options was provided.
	      if (hasDefault && value === undefined) {
	        value = defaultValue();
	      }

	      // A key can be optional and have no default value.
	      // When this happens, do not perform a conversion,
	      // and do not assign the key a value.
	      if (required || hasDefault || value !== undefined) {
	        value = converter(value, prefix, `${argument}.${key}`);

	        if (
	          options.allowedValues &&
	          !options.allowedValues.includes(value)
	        ) {
	          throw webidl.errors.exception({
	            header: prefix,
	            message: `${value} is not an accepted type. Expected one of ${options.allowedValues.join(', ')}.`
	          })
	        }

	        dict[key] = value;
	      }
	    }

	    return dict
	  }
	};

	webidl.nullableConverter = function (converter) {
	  return (V, prefix, argument) => {
	    if (V === null) {
	      return V
	    }

	    return converter(V, prefix, argument)
	  }
	};

	/**
	 * @param {*} value
	 * @returns {boolean}
	 */
	webidl.is.USVString = function (value) {
	  return (
	    typeof value === 'string' &&
	    value.isWellFormed()
	  )
	};

	webidl.is.ReadableStream = webidl.util.MakeTypeAssertion(ReadableStream);
	webidl.is.Blob = webidl.util.MakeTypeAssertion(Blob);
	webidl.is.URLSearchParams = webidl.util.MakeTypeAssertion(URLSearchParams);
	webidl.is.File = webidl.util.MakeTypeAssertion(File);
	webidl.is.URL = webidl.util.MakeTypeAssertion(URL);
	webidl.is.AbortSignal = webidl.util.MakeTypeAssertion(AbortSignal);
	webidl.is.MessagePort = webidl.util.MakeTypeAssertion(MessagePort);

	webidl.is.BufferSource = function (V) {
	  return types.isArrayBuffer(V) || (
	    ArrayBuffer.isView(V) &&
	    types.isArrayBuffer(V.buffer)
	  )
	};

	// https://webidl.spec.whatwg.org/#dfn-get-buffer-source-copy
	webidl.util.getCopyOfBytesHeldByBufferSource = function (bufferSource) {
	  // 1. Let jsBufferSource be the result of converting bufferSource to a JavaScript value.
	  const jsBufferSource = bufferSource;

	  // 2. Let jsArrayBuffer be jsBufferSource.
	  let jsArrayBuffer = jsBufferSource;

	  // 3. Let offset be 0.
	  let offset = 0;

	  // 4. Let length be 0.
	  let length = 0;

	  // 5. If jsBufferSource has a [[ViewedArrayBuffer]] internal slot, then:
	  if (types.isTypedArray(jsBufferSource) || types.isDataView(jsBufferSource)) {
	    // 5.1. Set jsArrayBuffer to jsBufferSource.[[ViewedArrayBuffer]].
	    jsArrayBuffer = jsBufferSource.buffer;

	    // 5.2. Set offset to jsBufferSource.[[ByteOffset]].
	    offset = jsBufferSource.byteOffset;

	    // 5.3. Set length to jsBufferSource.[[ByteLength]].
	    length = jsBufferSource.byteLength;
	  } else {
	    // 6. Otherwise:

	    // 6.1. Assert: jsBufferSource is an ArrayBuffer or SharedArrayBuffer object.
	    assert(types.isAnyArrayBuffer(jsBufferSource));

	    // 6.2. Set length to jsBufferSource.[[ArrayBufferByteLength]].
	    length = jsBufferSource.byteLength;
	  }

	  // 7. If IsDetachedBuffer(jsArrayBuffer) is true, then return the empty byte sequence.
	  if (jsArrayBuffer.detached) {
	    return new Uint8Array(0)
	  }

	  // 8. Let bytes be a new byte sequence of length equal to length.
	  const bytes = new Uint8Array(length);

	  // 9. For i in the range offset to offset + length \u2212 1, inclusive,
	  //    set bytes[i \u2212 offset] to GetValueFromBuffer(jsArrayBuffer, i, Uint8, true, Unordered).
	  const view = new Uint8Array(jsArrayBuffer, offset, length);
	  bytes.set(view);

	  // 10. Return bytes.
	  return bytes
	};

	// https://webidl.spec.whatwg.org/#es-DOMString
	webidl.converters.DOMString = function (V, prefix, argument, flags) {
	  // 1. If V is null and the conversion is to an IDL type
	  //    associated with the [LegacyNullToEmptyString]
	  //    extended attribute, then return the DOMString value
	  //    that represents the empty string.
	  if (V === null && webidl.util.HasFlag(flags, webidl.attributes.LegacyNullToEmptyString)) {
	    return ''
	  }

	  // 2. Let x be ? ToString(V).
	  if (typeof V === 'symbol') {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} is a symbol, which cannot be converted to a DOMString.`
	    })
	  }

	  // 3. Return the IDL DOMString value that represents the
	  //    same sequence of code units as the one the
	  //    ECMAScript String value x represents.
	  return String(V)
	};

	// https://webidl.spec.whatwg.org/#es-ByteString
	webidl.converters.ByteString = function (V, prefix, argument) {
	  // 1. Let x be ? ToString(V).
	  if (typeof V === 'symbol') {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} is a symbol, which cannot be converted to a ByteString.`
	    })
	  }

	  const x = String(V);

	  // 2. If the value of any element of x is greater than
	  //    255, then throw a TypeError.
	  for (let index = 0; index < x.length; index++) {
	    if (x.charCodeAt(index) > 255) {
	      throw new TypeError(
	        'Cannot convert argument to a ByteString because the character at ' +
	        `index ${index} has a value of ${x.charCodeAt(index)} which is greater than 255.`
	      )
	    }
	  }

	  // 3. Return an IDL ByteString value whose length is the
	  //    length of x, and where the value of each element is
	  //    the value of the corresponding element of x.
	  return x
	};

	/**
	 * @param {unknown} value
	 * @returns {string}
	 * @see https://webidl.spec.whatwg.org/#es-USVString
	 */
	webidl.converters.USVString = function (value) {
	  // TODO: rewrite this so we can control the errors thrown
	  if (typeof value === 'string') {
	    return value.toWellFormed()
	  }
	  return `${value}`.toWellFormed()
	};

	// https://webidl.spec.whatwg.org/#es-boolean
	webidl.converters.boolean = function (V) {
	  // 1. Let x be the result of computing ToBoolean(V).
	  // https://262.ecma-international.org/10.0/index.html#table-10
	  const x = Boolean(V);

	  // 2. Return the IDL boolean value that is the one that represents
	  //    the same truth value as the ECMAScript Boolean value x.
	  return x
	};

	// https://webidl.spec.whatwg.org/#es-any
	webidl.converters.any = function (V) {
	  return V
	};

	// https://webidl.spec.whatwg.org/#es-long-long
	webidl.converters['long long'] = function (V, prefix, argument) {
	  // 1. Let x be ? ConvertToInt(V, 64, "signed").
	  const x = webidl.util.ConvertToInt(V, 64, 'signed', 0, prefix, argument);

	  // 2. Return the IDL long long value that represents
	  //    the same numeric value as x.
	  return x
	};

	// https://webidl.spec.whatwg.org/#es-unsigned-long-long
	webidl.converters['unsigned long long'] = function (V, prefix, argument) {
	  // 1. Let x be ? ConvertToInt(V, 64, "unsigned").
	  const x = webidl.util.ConvertToInt(V, 64, 'unsigned', 0, prefix, argument);

	  // 2. Return the IDL unsigned long long value that
	  //    represents the same numeric value as x.
	  return x
	};

	// https://webidl.spec.whatwg.org/#es-unsigned-long
	webidl.converters['unsigned long'] = function (V, prefix, argument) {
	  // 1. Let x be ? ConvertToInt(V, 32, "unsigned").
	  const x = webidl.util.ConvertToInt(V, 32, 'unsigned', 0, prefix, argument);

	  // 2. Return the IDL unsigned long value that
	  //    represents the same numeric value as x.
	  return x
	};

	// https://webidl.spec.whatwg.org/#es-unsigned-short
	webidl.converters['unsigned short'] = function (V, prefix, argument, flags) {
	  // 1. Let x be ? ConvertToInt(V, 16, "unsigned").
	  const x = webidl.util.ConvertToInt(V, 16, 'unsigned', flags, prefix, argument);

	  // 2. Return the IDL unsigned short value that represents
	  //    the same numeric value as x.
	  return x
	};

	// https://webidl.spec.whatwg.org/#idl-ArrayBuffer
	webidl.converters.ArrayBuffer = function (V, prefix, argument, flags) {
	  // 1. If V is not an Object, or V does not have an
	  //    [[ArrayBufferData]] internal slot, then throw a
	  //    TypeError.
	  // 2. If IsSharedArrayBuffer(V) is true, then throw a
	  //    TypeError.
	  // see: https://tc39.es/ecma262/#sec-properties-of-the-arraybuffer-instances
	  if (
	    webidl.util.Type(V) !== OBJECT ||
	    !types.isArrayBuffer(V)
	  ) {
	    throw webidl.errors.conversionFailed({
	      prefix,
	      argument: `${argument} ("${webidl.util.Stringify(V)}")`,
	      types: ['ArrayBuffer']
	    })
	  }

	  // 3. If the conversion is not to an IDL type associated
	  //    with the [AllowResizable] extended attribute, and
	  //    IsResizableArrayBuffer(V) is true, then throw a
	  //    TypeError.
	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a resizable ArrayBuffer.`
	    })
	  }

	  // 4. Return the IDL ArrayBuffer value that is a
	  //    reference to the same object as V.
	  return V
	};

	// https://webidl.spec.whatwg.org/#idl-SharedArrayBuffer
	webidl.converters.SharedArrayBuffer = function (V, prefix, argument, flags) {
	  // 1. If V is not an Object, or V does not have an
	  //    [[ArrayBufferData]] internal slot, then throw a
	  //    TypeError.
	  // 2. If IsSharedArrayBuffer(V) is false, then throw a
	  //    TypeError.
	  // see: https://tc39.es/ecma262/#sec-properties-of-the-sharedarraybuffer-instances
	  if (
	    webidl.util.Type(V) !== OBJECT ||
	    !types.isSharedArrayBuffer(V)
	  ) {
	    throw webidl.errors.conversionFailed({
	      prefix,
	      argument: `${argument} ("${webidl.util.Stringify(V)}")`,
	      types: ['SharedArrayBuffer']
	    })
	  }

	  // 3. If the conversion is not to an IDL type associated
	  //    with the [AllowResizable] extended attribute, and
	  //    IsResizableArrayBuffer(V) is true, then throw a
	  //    TypeError.
	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a resizable SharedArrayBuffer.`
	    })
	  }

	  // 4. Return the IDL SharedArrayBuffer value that is a
	  //    reference to the same object as V.
	  return V
	};

	// https://webidl.spec.whatwg.org/#dfn-typed-array-type
	webidl.converters.TypedArray = function (V, T, prefix, argument, flags) {
	  // 1. Let T be the IDL type V is being converted to.

	  // 2. If Type(V) is not Object, or V does not have a
	  //    [[TypedArrayName]] internal slot with a value
	  //    equal to T\u2019s name, then throw a TypeError.
	  if (
	    webidl.util.Type(V) !== OBJECT ||
	    !types.isTypedArray(V) ||
	    V.constructor.name !== T.name
	  ) {
	    throw webidl.errors.conversionFailed({
	      prefix,
	      argument: `${argument} ("${webidl.util.Stringify(V)}")`,
	      types: [T.name]
	    })
	  }

	  // 3. If the conversion is not to an IDL type associated
	  //    with the [AllowShared] extended attribute, and
	  //    IsSharedArrayBuffer(V.[[ViewedArrayBuffer]]) is
	  //    true, then throw a TypeError.
	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowShared) && types.isSharedArrayBuffer(V.buffer)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a view on a shared array buffer.`
	    })
	  }

	  // 4. If the conversion is not to an IDL type associated
	  //    with the [AllowResizable] extended attribute, and
	  //    IsResizableArrayBuffer(V.[[ViewedArrayBuffer]]) is
	  //    true, then throw a TypeError.
	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V.buffer)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a view on a resizable array buffer.`
	    })
	  }

	  // 5. Return the IDL value of type T that is a reference
	  //    to the same object as V.
	  return V
	};

	// https://webidl.spec.whatwg.org/#idl-DataView
	webidl.converters.DataView = function (V, prefix, argument, flags) {
	  // 1. If Type(V) is not Object, or V does not have a
	  //    [[DataView]] internal slot, then throw a TypeError.
	  if (webidl.util.Type(V) !== OBJECT || !types.isDataView(V)) {
	    throw webidl.errors.conversionFailed({
	      prefix,
	      argument: `${argument} ("${webidl.util.Stringify(V)}")`,
	      types: ['DataView']
	    })
	  }

	  // 2. If the conversion is not to an IDL type associated
	  //    with the [AllowShared] extended attribute, and
	  //    IsSharedArrayBuffer(V.[[ViewedArrayBuffer]]) is true,
	  //    then throw a TypeError.
	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowShared) && types.isSharedArrayBuffer(V.buffer)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a view on a shared array buffer.`
	    })
	  }

	  // 3. If the conversion is not to an IDL type associated
	  //    with the [AllowResizable] extended attribute, and
	  //    IsResizableArrayBuffer(V.[[ViewedArrayBuffer]]) is
	  //    true, then throw a TypeError.
	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V.buffer)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a view on a resizable array buffer.`
	    })
	  }

	  // 4. Return the IDL DataView value that is a reference
	  //    to the same object as V.
	  return V
	};

	// https://webidl.spec.whatwg.org/#ArrayBufferView
	webidl.converters.ArrayBufferView = function (V, prefix, argument, flags) {
	  if (
	    webidl.util.Type(V) !== OBJECT ||
	    !types.isArrayBufferView(V)
	  ) {
	    throw webidl.errors.conversionFailed({
	      prefix,
	      argument: `${argument} ("${webidl.util.Stringify(V)}")`,
	      types: ['ArrayBufferView']
	    })
	  }

	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowShared) && types.isSharedArrayBuffer(V.buffer)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a view on a shared array buffer.`
	    })
	  }

	  if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V.buffer)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a view on a resizable array buffer.`
	    })
	  }

	  return V
	};

	// https://webidl.spec.whatwg.org/#BufferSource
	webidl.converters.BufferSource = function (V, prefix, argument, flags) {
	  if (types.isArrayBuffer(V)) {
	    return webidl.converters.ArrayBuffer(V, prefix, argument, flags)
	  }

	  if (types.isArrayBufferView(V)) {
	    flags &= ~webidl.attributes.AllowShared;

	    return webidl.converters.ArrayBufferView(V, prefix, argument, flags)
	  }

	  // Make this explicit for easier debugging
	  if (types.isSharedArrayBuffer(V)) {
	    throw webidl.errors.exception({
	      header: prefix,
	      message: `${argument} cannot be a SharedArrayBuffer.`
	    })
	  }

	  throw webidl.errors.conversionFailed({
	    prefix,
	    argument: `${argument} ("${webidl.util.Stringify(V)}")`,
	    types: ['ArrayBuffer', 'ArrayBufferView']
	  })
	};

	// https://webidl.spec.whatwg.org/#AllowSharedBufferSource
	webidl.converters.AllowSharedBufferSource = function (V, prefix, argument, flags) {
	  if (types.isArrayBuffer(V)) {
	    return webidl.converters.ArrayBuffer(V, prefix, argument, flags)
	  }

	  if (types.isSharedArrayBuffer(V)) {
	    return webidl.converters.SharedArrayBuffer(V, prefix, argument, flags)
	  }

	  if (types.isArrayBufferView(V)) {
	    flags |= webidl.attributes.AllowShared;
	    return webidl.converters.ArrayBufferView(V, prefix, argument, flags)
	  }

	  throw webidl.errors.conversionFailed({
	    prefix,
	    argument: `${argument} ("${webidl.util.Stringify(V)}")`,
	    types: ['ArrayBuffer', 'SharedArrayBuffer', 'ArrayBufferView']
	  })
	};

	webidl.converters['sequence<ByteString>'] = webidl.sequenceConverter(
	  webidl.converters.ByteString
	);

	webidl.converters['sequence<sequence<ByteString>>'] = webidl.sequenceConverter(
	  webidl.converters['sequence<ByteString>']
	);

	webidl.converters['record<ByteString, ByteString>'] = webidl.recordConverter(
	  webidl.converters.ByteString,
	  webidl.converters.ByteString
	);

	webidl.converters.Blob = webidl.interfaceConverter(webidl.is.Blob, 'Blob');

	webidl.converters.AbortSignal = webidl.interfaceConverter(
	  webidl.is.AbortSignal,
	  'AbortSignal'
	);

	/**
	 * [LegacyTreatNonObjectAsNull]
	 * callback EventHandlerNonNull = any (Event event);
	 * typedef EventHandlerNonNull? EventHandler;
	 * @param {*} V
	 */
	webidl.converters.EventHandlerNonNull = function (V) {
	  if (webidl.util.Type(V) !== OBJECT) {
	    return null
	  }

	  // [I]f the value is not an object, it will be converted to null, and if the value is not callable,
	  // it will be converted to a callback function value that does nothing when called.
	  if (typeof V === 'function') {
	    return V
	  }

	  return () => {}
	};

	webidl.attributes = {
	  Clamp: 1 << 0,
	  EnforceRange: 1 << 1,
	  AllowShared: 1 << 2,
	  AllowResizable: 1 << 3,
	  LegacyNullToEmptyString: 1 << 4
	};

	webidl_1 = {
	  webidl
	};
	return webidl_1;
}

var util;
var hasRequiredUtil;

function requireUtil () {
	if (hasRequiredUtil) return util;
	hasRequiredUtil = 1;

	const { Transform } = require$$1;
	const zlib = require$$2$1;
	const { redirectStatusSet, referrerPolicyTokens, badPortsSet } = requireConstants();
	const { getGlobalOrigin } = requireGlobal();
	const { collectAnHTTPQuotedString, parseMIMEType } = requireDataUrl();
	const { performance } = require$$5$1;
	const { ReadableStreamFrom, isValidHTTPToken, normalizedMethodRecordsBase } = requireUtil$1();
	const assert = require$$0$1;
	const { isUint8Array } = require$$8;
	const { webidl } = requireWebidl();
	const { isomorphicEncode, collectASequenceOfCodePoints, removeChars } = requireInfra();

	function responseURL (response) {
	  // https://fetch.spec.whatwg.org/#responses
	  // A response has an associated URL. It is a pointer to the last URL
	  // in response\u2019s URL list and null if response\u2019s URL list is empty.
	  const urlList = response.urlList;
	  const length = urlList.length;
	  return length === 0 ? null : urlList[length - 1].toString()
	}

	// https://fetch.spec.whatwg.org/#concept-response-location-url
	function responseLocationURL (response, requestFragment) {
	  // 1. If response\u2019s status is not a redirect status, then return null.
	  if (!redirectStatusSet.has(response.status)) {
	    return null
	  }

	  // 2. Let location be the result of extracting header list values given
	  // `Location` and response\u2019s header list.
	  let location = response.headersList.get('location', true);

	  // 3. If location is a header value, then set location to the result of
	  //    parsing location with response\u2019s URL.
	  if (location !== null && isValidHeaderValue(location)) {
	    if (!isValidEncodedURL(location)) {
	      // Some websites respond location header in UTF-8 form without encoding them as ASCII
	      // and major browsers redirect them to correctly UTF-8 encoded addresses.
	      // Here, we handle that behavior in the same way.
	      location = normalizeBinaryStringToUtf8(location);
	    }
	    location = new URL(location, responseURL(response));
	  }

	  // 4. If location is a URL whose fragment is null, then set location\u2019s
	  // fragment to requestFragment.
	  if (location && !location.hash) {
	    location.hash = requestFragment;
	  }

	  // 5. Return location.
	  return location
	}

	/**
	 * @see https://www.rfc-editor.org/rfc/rfc1738#section-2.2
	 * @param {string} url
	 * @returns {boolean}
	 */
	function isValidEncodedURL (url) {
	  for (let i = 0; i < url.length; ++i) {
	    const code = url.charCodeAt(i);

	    if (
	      code > 0x7E || // Non-US-ASCII + DEL
	      code < 0x20 // Control characters NUL - US
	    ) {
	      return false
	    }
	  }
	  return true
	}

	/**
	 * If string contains non-ASCII characters, assumes it's UTF-8 encoded and decodes it.
	 * Since UTF-8 is a superset of ASCII, this will work for ASCII strings as well.
	 * @param {string} value
	 * @returns {string}
	 */
	function normalizeBinaryStringToUtf8 (value) {
	  return Buffer.from(value, 'binary').toString('utf8')
	}

	/** @returns {URL} */
	function requestCurrentURL (request) {
	  return request.urlList[request.urlList.length - 1]
	}

	function requestBadPort (request) {
	  // 1. Let url be request\u2019s current URL.
	  const url = requestCurrentURL(request);

	  // 2. If url\u2019s scheme is an HTTP(S) scheme and url\u2019s port is a bad port,
	  // then return blocked.
	  if (urlIsHttpHttpsScheme(url) && badPortsSet.has(url.port)) {
	    return 'blocked'
	  }

	  // 3. Return allowed.
	  return 'allowed'
	}

	function isErrorLike (object) {
	  return object instanceof Error || (
	    object?.constructor?.name === 'Error' ||
	    object?.constructor?.name === 'DOMException'
	  )
	}

	// Check whether |statusText| is a ByteString and
	// matches the Reason-Phrase token production.
	// RFC 2616: https://tools.ietf.org/html/rfc2616
	// RFC 7230: https://tools.ietf.org/html/rfc7230
	// "reason-phrase = *( HTAB / SP / VCHAR / obs-text )"
	// https://github.com/chromium/chromium/blob/94.0.4604.1/third_party/blink/renderer/core/fetch/response.cc#L116
	function isValidReasonPhrase (statusText) {
	  for (let i = 0; i < statusText.length; ++i) {
	    const c = statusText.charCodeAt(i);
	    if (
	      !(
	        (
	          c === 0x09 || // HTAB
	          (c >= 0x20 && c <= 0x7e) || // SP / VCHAR
	          (c >= 0x80 && c <= 0xff)
	        ) // obs-text
	      )
	    ) {
	      return false
	    }
	  }
	  return true
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#header-name
	 * @param {string} potentialValue
	 */
	const isValidHeaderName = isValidHTTPToken;

	/**
	 * @see https://fetch.spec.whatwg.org/#header-value
	 * @param {string} potentialValue
	 */
	function isValidHeaderValue (potentialValue) {
	  // - Has no leading or trailing HTTP tab or space bytes.
	  // - Contains no 0x00 (NUL) or HTTP newline bytes.
	  return (
	    potentialValue[0] === '\t' ||
	    potentialValue[0] === ' ' ||
	    potentialValue[potentialValue.length - 1] === '\t' ||
	    potentialValue[potentialValue.length - 1] === ' ' ||
	    potentialValue.includes('\n') ||
	    potentialValue.includes('\r') ||
	    potentialValue.includes('\0')
	  ) === false
	}

	/**
	 * Parse a referrer policy from a Referrer-Policy header
	 * @see https://w3c.github.io/webappsec-referrer-policy/#parse-referrer-policy-from-header
	 */
	function parseReferrerPolicy (actualResponse) {
	  // 1. Let policy-tokens be the result of extracting header list values given `Referrer-Policy` and response\u2019s header list.
	  const policyHeader = (actualResponse.headersList.get('referrer-policy', true) ?? '').split(',');

	  // 2. Let policy be the empty string.
	  let policy = '';

	  // 3. For each token in policy-tokens, if token is a referrer policy and token is not the empty string, then set policy to token.

	  // Note: As the referrer-policy can contain multiple policies
	  // separated by comma, we need to loop through all of them
	  // and pick the first valid one.
	  // Ref: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Referrer-Policy#specify_a_fallback_policy
	  if (policyHeader.length) {
	    // The right-most policy takes precedence.
	    // The left-most policy is the fallback.
	    for (let i = policyHeader.length; i !== 0; i--) {
	      const token = policyHeader[i - 1].trim();
	      if (referrerPolicyTokens.has(token)) {
	        policy = token;
	        break
	      }
	    }
	  }

	  // 4. Return policy.
	  return policy
	}

	/**
	 * Given a request request and a response actualResponse, this algorithm
	 * updates request\u2019s referrer policy according to the Referrer-Policy
	 * header (if any) in actualResponse.
	 * @see https://w3c.github.io/webappsec-referrer-policy/#set-requests-referrer-policy-on-redirect
	 * @param {import('./request').Request} request
	 * @param {import('./response').Response} actualResponse
	 */
	function setRequestReferrerPolicyOnRedirect (request, actualResponse) {
	  // 1. Let policy be the result of executing \u00a7 8.1 Parse a referrer policy
	  // from a Referrer-Policy header on actualResponse.
	  const policy = parseReferrerPolicy(actualResponse);

	  // 2. If policy is not the empty string, then set request\u2019s referrer policy to policy.
	  if (policy !== '') {
	    request.referrerPolicy = policy;
	  }
	}

	// https://fetch.spec.whatwg.org/#cross-origin-resource-policy-check
	function crossOriginResourcePolicyCheck () {
	  // TODO
	  return 'allowed'
	}

	// https://fetch.spec.whatwg.org/#concept-cors-check
	function corsCheck () {
	  // TODO
	  return 'success'
	}

	// https://fetch.spec.whatwg.org/#concept-tao-check
	function TAOCheck () {
	  // TODO
	  return 'success'
	}

	function appendFetchMetadata (httpRequest) {
	  //  https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-dest-header
	  //  TODO

	  //  https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-mode-header

	  //  1. Assert: r\u2019s url is a potentially trustworthy URL.
	  //  TODO

	  //  2. Let header be a Structured Header whose value is a token.
	  let header = null;

	  //  3. Set header\u2019s value to r\u2019s mode.
	  header = httpRequest.mode;

	  //  4. Set a structured field value `Sec-Fetch-Mode`/header in r\u2019s header list.
	  httpRequest.headersList.set('sec-fetch-mode', header, true);

	  //  https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-site-header
	  //  TODO

	  //  https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-user-header
	  //  TODO
	}

	// https://fetch.spec.whatwg.org/#append-a-request-origin-header
	function appendRequestOriginHeader (request) {
	  // 1. Let serializedOrigin be the result of byte-serializing a request origin
	  //    with request.
	  // TODO: implement "byte-serializing a request origin"
	  let serializedOrigin = request.origin;

	  // - "'client' is changed to an origin during fetching."
	  //   This doesn't happen in undici (in most cases) because undici, by default,
	  //   has no concept of origin.
	  // - request.origin can also be set to request.client.origin (client being
	  //   an environment settings object), which is undefined without using
	  //   setGlobalOrigin.
	  if (serializedOrigin === 'client' || serializedOrigin === undefined) {
	    return
	  }

	  // 2. If request\u2019s response tainting is "cors" or request\u2019s mode is "websocket",
	  //    then append (`Origin`, serializedOrigin) to request\u2019s header list.
	  // 3. Otherwise, if request\u2019s method is neither `GET` nor `HEAD`, then:
	  if (request.responseTainting === 'cors' || request.mode === 'websocket') {
	    request.headersList.append('origin', serializedOrigin, true);
	  } else if (request.method !== 'GET' && request.method !== 'HEAD') {
	    // 1. Switch on request\u2019s referrer policy:
	    switch (request.referrerPolicy) {
	      case 'no-referrer':
	        // Set serializedOrigin to `null`.
	        serializedOrigin = null;
	        break
	      case 'no-referrer-when-downgrade':
	      case 'strict-origin':
	      case 'strict-origin-when-cross-origin':
	        // If request\u2019s origin is a tuple origin, its scheme is "https", and
	        // request\u2019s current URL\u2019s scheme is not "https", then set
	        // serializedOrigin to `null`.
	        if (request.origin && urlHasHttpsScheme(request.origin) && !urlHasHttpsScheme(requestCurrentURL(request))) {
	          serializedOrigin = null;
	        }
	        break
	      case 'same-origin':
	        // If request\u2019s origin is not same origin with request\u2019s current URL\u2019s
	        // origin, then set serializedOrigin to `null`.
	        if (!sameOrigin(request, requestCurrentURL(request))) {
	          serializedOrigin = null;
	        }
	        break
	        // Do nothing.
	    }

	    // 2. Append (`Origin`, serializedOrigin) to request\u2019s header list.
	    request.headersList.append('origin', serializedOrigin, true);
	  }
	}

	// https://w3c.github.io/hr-time/#dfn-coarsen-time
	function coarsenTime (timestamp, crossOriginIsolatedCapability) {
	  // TODO
	  return timestamp
	}

	// https://fetch.spec.whatwg.org/#clamp-and-coarsen-connection-timing-info
	function clampAndCoarsenConnectionTimingInfo (connectionTimingInfo, defaultStartTime, crossOriginIsolatedCapability) {
	  if (!connectionTimingInfo?.startTime || connectionTimingInfo.startTime < defaultStartTime) {
	    return {
	      domainLookupStartTime: defaultStartTime,
	      domainLookupEndTime: defaultStartTime,
	      connectionStartTime: defaultStartTime,
	      connectionEndTime: defaultStartTime,
	      secureConnectionStartTime: defaultStartTime,
	      ALPNNegotiatedProtocol: connectionTimingInfo?.ALPNNegotiatedProtocol
	    }
	  }

	  return {
	    domainLookupStartTime: coarsenTime(connectionTimingInfo.domainLookupStartTime),
	    domainLookupEndTime: coarsenTime(connectionTimingInfo.domainLookupEndTime),
	    connectionStartTime: coarsenTime(connectionTimingInfo.connectionStartTime),
	    connectionEndTime: coarsenTime(connectionTimingInfo.connectionEndTime),
	    secureConnectionStartTime: coarsenTime(connectionTimingInfo.secureConnectionStartTime),
	    ALPNNegotiatedProtocol: connectionTimingInfo.ALPNNegotiatedProtocol
	  }
	}

	// https://w3c.github.io/hr-time/#dfn-coarsened-shared-current-time
	function coarsenedSharedCurrentTime (crossOriginIsolatedCapability) {
	  return coarsenTime(performance.now())
	}

	// https://fetch.spec.whatwg.org/#create-an-opaque-timing-info
	function createOpaqueTimingInfo (timingInfo) {
	  return {
	    startTime: timingInfo.startTime ?? 0,
	    redirectStartTime: 0,
	    redirectEndTime: 0,
	    postRedirectStartTime: timingInfo.startTime ?? 0,
	    finalServiceWorkerStartTime: 0,
	    finalNetworkResponseStartTime: 0,
	    finalNetworkRequestStartTime: 0,
	    endTime: 0,
	    encodedBodySize: 0,
	    decodedBodySize: 0,
	    finalConnectionTimingInfo: null
	  }
	}

	// https://html.spec.whatwg.org/multipage/origin.html#policy-container
	function makePolicyContainer () {
	  // Note: the fetch spec doesn't make use of embedder policy or CSP list
	  return {
	    referrerPolicy: 'strict-origin-when-cross-origin'
	  }
	}

	// https://html.spec.whatwg.org/multipage/origin.html#clone-a-policy-container
	function clonePolicyContainer (policyContainer) {
	  return {
	    referrerPolicy: policyContainer.referrerPolicy
	  }
	}

	/**
	 * Determine request\u2019s Referrer
	 *
	 * @see https://w3c.github.io/webappsec-referrer-policy/#determine-requests-referrer
	 */
	function determineRequestsReferrer (request) {
	  // Given a request request, we can determine the correct referrer information
	  // to send by examining its referrer policy as detailed in the following
	  // steps, which return either no referrer or a URL:

	  // 1. Let policy be request's referrer policy.
	  const policy = request.referrerPolicy;

	  // Note: policy cannot (shouldn't) be null or an empty string.
	  assert(policy);

	  // 2. Let environment be request\u2019s client.

	  let referrerSource = null;

	  // 3. Switch on request\u2019s referrer:

	  // "client"
	  if (request.referrer === 'client') {
	    // Note: node isn't a browser and doesn't implement document/iframes,
	    // so we bypass this step and replace it with our own.

	    const globalOrigin = getGlobalOrigin();

	    if (!globalOrigin || globalOrigin.origin === 'null') {
	      return 'no-referrer'
	    }

	    // Note: we need to clone it as it's mutated
	    referrerSource = new URL(globalOrigin);
	  // a URL
	  } else if (webidl.is.URL(request.referrer)) {
	    // Let referrerSource be request\u2019s referrer.
	    referrerSource = request.referrer;
	  }

	  // 4. Let request\u2019s referrerURL be the result of stripping referrerSource for
	  //    use as a referrer.
	  let referrerURL = stripURLForReferrer(referrerSource);

	  // 5. Let referrerOrigin be the result of stripping referrerSource for use as
	  //    a referrer, with the origin-only flag set to true.
	  const referrerOrigin = stripURLForReferrer(referrerSource, true);

	  // 6. If the result of serializing referrerURL is a string whose length is
	  //    greater than 4096, set referrerURL to referrerOrigin.
	  if (referrerURL.toString().length > 4096) {
	    referrerURL = referrerOrigin;
	  }

	  // 7. The user agent MAY alter referrerURL or referrerOrigin at this point
	  // to enforce arbitrary policy considerations in the interests of minimizing
	  // data leakage. For example, the user agent could strip the URL down to an
	  // origin, modify its host, replace it with an empty string, etc.

	  // 8. Execute the switch statements corresponding to the value of policy:
	  switch (policy) {
	    case 'no-referrer':
	      // Return no referrer
	      return 'no-referrer'
	    case 'origin':
	      // Return referrerOrigin
	      if (referrerOrigin != null) {
	        return referrerOrigin
	      }
	      return stripURLForReferrer(referrerSource, true)
	    case 'unsafe-url':
	      // Return referrerURL.
	      return referrerURL
	    case 'strict-origin': {
	      const currentURL = requestCurrentURL(request);

	      // 1. If referrerURL is a potentially trustworthy URL and request\u2019s
	      //    current URL is not a potentially trustworthy URL, then return no
	      //    referrer.
	      if (isURLPotentiallyTrustworthy(referrerURL) && !isURLPotentiallyTrustworthy(currentURL)) {
	        return 'no-referrer'
	      }
	      // 2. Return referrerOrigin
	      return referrerOrigin
	    }
	    case 'strict-origin-when-cross-origin': {
	      const currentURL = requestCurrentURL(request);

	      // 1. If the origin of referrerURL and the origin of request\u2019s current
	      //    URL are the same, then return referrerURL.
	      if (sameOrigin(referrerURL, currentURL)) {
	        return referrerURL
	      }

	      // 2. If referrerURL is a potentially trustworthy URL and request\u2019s
	      //    current URL is not a potentially trustworthy URL, then return no
	      //    referrer.
	      if (isURLPotentiallyTrustworthy(referrerURL) && !isURLPotentiallyTrustworthy(currentURL)) {
	        return 'no-referrer'
	      }

	      // 3. Return referrerOrigin.
	      return referrerOrigin
	    }
	    case 'same-origin':
	      // 1. If the origin of referrerURL and the origin of request\u2019s current
	      // URL are the same, then return referrerURL.
	      if (sameOrigin(request, referrerURL)) {
	        return referrerURL
	      }
	      // 2. Return no referrer.
	      return 'no-referrer'
	    case 'origin-when-cross-origin':
	      // 1. If the origin of referrerURL and the origin of request\u2019s current
	      // URL are the same, then return referrerURL.
	      if (sameOrigin(request, referrerURL)) {
	        return referrerURL
	      }
	      // 2. Return referrerOrigin.
	      return referrerOrigin
	    case 'no-referrer-when-downgrade': {
	      const currentURL = requestCurrentURL(request);

	      // 1. If referrerURL is a potentially trustworthy URL and request\u2019s
	      //    current URL is not a potentially trustworthy URL, then return no
	      //    referrer.
	      if (isURLPotentiallyTrustworthy(referrerURL) && !isURLPotentiallyTrustworthy(currentURL)) {
	        return 'no-referrer'
	      }
	      // 2. Return referrerURL.
	      return referrerURL
	    }
	  }
	}

	/**
	 * Certain portions of URLs must not be included when sending a URL as the
	 * value of a `Referer` header: a URLs fragment, username, and password
	 * components must be stripped from the URL before it\u2019s sent out. This
	 * algorithm accepts a origin-only flag, which defaults to false. If set to
	 * true, the algorithm will additionally remove the URL\u2019s path and query
	 * components, leaving only the scheme, host, and port.
	 *
	 * @see https://w3c.github.io/webappsec-referrer-policy/#strip-url
	 * @param {URL} url
	 * @param {boolean} [originOnly=false]
	 */
	function stripURLForReferrer (url, originOnly = false) {
	  // 1. Assert: url is a URL.
	  assert(webidl.is.URL(url));

	  // Note: Create a new URL instance to avoid mutating the original URL.
	  url = new URL(url);

	  // 2. If url\u2019s scheme is a local scheme, then return no referrer.
	  if (urlIsLocal(url)) {
	    return 'no-referrer'
	  }

	  // 3. Set url\u2019s username to the empty string.
	  url.username = '';

	  // 4. Set url\u2019s password to the empty string.
	  url.password = '';

	  // 5. Set url\u2019s fragment to null.
	  url.hash = '';

	  // 6. If the origin-only flag is true, then:
	  if (originOnly === true) {
	    // 1. Set url\u2019s path to \u00ab the empty string \u00bb.
	    url.pathname = '';

	    // 2. Set url\u2019s query to null.
	    url.search = '';
	  }

	  // 7. Return url.
	  return url
	}

	const isPotentialleTrustworthyIPv4 = RegExp.prototype.test
	  .bind(/^127\.(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)\.){2}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)$/);

	const isPotentiallyTrustworthyIPv6 = RegExp.prototype.test
	  .bind(/^(?:(?:0{1,4}:){7}|(?:0{1,4}:){1,6}:|::)0{0,3}1$/);

	/**
	 * Check if host matches one of the CIDR notations 127.0.0.0/8 or ::1/128.
	 *
	 * @param {string} origin
	 * @returns {boolean}
	 */
	function isOriginIPPotentiallyTrustworthy (origin) {
	  // IPv6
	  if (origin.includes(':')) {
	    // Remove brackets from IPv6 addresses
	    if (origin[0] === '[' && origin[origin.length - 1] === ']') {
	      origin = origin.slice(1, -1);
	    }
	    return isPotentiallyTrustworthyIPv6(origin)
	  }

	  // IPv4
	  return isPotentialleTrustworthyIPv4(origin)
	}

	/**
	 * A potentially trustworthy origin is one which a user agent can generally
	 * trust as delivering data securely.
	 *
	 * Return value `true` means `Potentially Trustworthy`.
	 * Return value `false` means `Not Trustworthy`.
	 *
	 * @see https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy
	 * @param {string} origin
	 * @returns {boolean}
	 */
	function isOriginPotentiallyTrustworthy (origin) {
	  // 1. If origin is an opaque origin, return "Not Trustworthy".
	  if (origin == null || origin === 'null') {
	    return false
	  }

	  // 2. Assert: origin is a tuple origin.
	  origin = new URL(origin);

	  // 3. If origin\u2019s scheme is either "https" or "wss",
	  //    return "Potentially Trustworthy".
	  if (origin.protocol === 'https:' || origin.protocol === 'wss:') {
	    return true
	  }

	  // 4. If origin\u2019s host matches one of the CIDR notations 127.0.0.0/8 or
	  // ::1/128 [RFC4632], return "Potentially Trustworthy".
	  if (isOriginIPPotentiallyTrustworthy(origin.hostname)) {
	    return true
	  }

	  // 5. If the user agent conforms to the name resolution rules in
	  //    [let-localhost-be-localhost] and one of the following is true:

	  //    origin\u2019s host is "localhost" or "localhost."
	  if (origin.hostname === 'localhost' || origin.hostname === 'localhost.') {
	    return true
	  }

	  //    origin\u2019s host ends with ".localhost" or ".localhost."
	  if (origin.hostname.endsWith('.localhost') || origin.hostname.endsWith('.localhost.')) {
	    return true
	  }

	  // 6. If origin\u2019s scheme is "file", return "Potentially Trustworthy".
	  if (origin.protocol === 'file:') {
	    return true
	  }

	  // 7. If origin\u2019s scheme component is one which the user agent considers to
	  // be authenticated, return "Potentially Trustworthy".

	  // 8. If origin has been configured as a trustworthy origin, return
	  //    "Potentially Trustworthy".

	  // 9. Return "Not Trustworthy".
	  return false
	}

	/**
	 * A potentially trustworthy URL is one which either inherits context from its
	 * creator (about:blank, about:srcdoc, data) or one whose origin is a
	 * potentially trustworthy origin.
	 *
	 * Return value `true` means `Potentially Trustworthy`.
	 * Return value `false` means `Not Trustworthy`.
	 *
	 * @see https://www.w3.org/TR/secure-contexts/#is-url-trustworthy
	 * @param {URL} url
	 * @returns {boolean}
	 */
	function isURLPotentiallyTrustworthy (url) {
	  // Given a URL record (url), the following algorithm returns "Potentially
	  // Trustworthy" or "Not Trustworthy" as appropriate:
	  if (!webidl.is.URL(url)) {
	    return false
	  }

	  // 1. If url is "about:blank" or "about:srcdoc",
	  //    return "Potentially Trustworthy".
	  if (url.href === 'about:blank' || url.href === 'about:srcdoc') {
	    return true
	  }

	  // 2. If url\u2019s scheme is "data", return "Potentially Trustworthy".
	  if (url.protocol === 'data:') return true

	  // Note: The origin of blob: URLs is the origin of the context in which they
	  // were created. Therefore, blobs created in a trustworthy origin will
	  // themselves be potentially trustworthy.
	  if (url.protocol === 'blob:') return true

	  // 3. Return the result of executing \u00a7 3.1 Is origin potentially trustworthy?
	  // on url\u2019s origin.
	  return isOriginPotentiallyTrustworthy(url.origin)
	}

	// https://w3c.github.io/webappsec-upgrade-insecure-requests/#upgrade-request
	function tryUpgradeRequestToAPotentiallyTrustworthyURL (request) {
	  // TODO
	}

	/**
	 * @link {https://html.spec.whatwg.org/multipage/origin.html#same-origin}
	 * @param {URL} A
	 * @param {URL} B
	 */
	function sameOrigin (A, B) {
	  // 1. If A and B are the same opaque origin, then return true.
	  if (A.origin === B.origin && A.origin === 'null') {
	    return true
	  }

	  // 2. If A and B are both tuple origins and their schemes,
	  //    hosts, and port are identical, then return true.
	  if (A.protocol === B.protocol && A.hostname === B.hostname && A.port === B.port) {
	    return true
	  }

	  // 3. Return false.
	  return false
	}

	function isAborted (fetchParams) {
	  return fetchParams.controller.state === 'aborted'
	}

	function isCancelled (fetchParams) {
	  return fetchParams.controller.state === 'aborted' ||
	    fetchParams.controller.state === 'terminated'
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#concept-method-normalize
	 * @param {string} method
	 */
	function normalizeMethod (method) {
	  return normalizedMethodRecordsBase[method.toLowerCase()] ?? method
	}

	// https://tc39.es/ecma262/#sec-%25iteratorprototype%25-object
	const esIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

	/**
	 * @see https://webidl.spec.whatwg.org/#dfn-iterator-prototype-object
	 * @param {string} name name of the instance
	 * @param {((target: any) => any)} kInternalIterator
	 * @param {string | number} [keyIndex]
	 * @param {string | number} [valueIndex]
	 */
	function createIterator (name, kInternalIterator, keyIndex = 0, valueIndex = 1) {
	  class FastIterableIterator {
	    /** @type {any} */
	    #target
	    /** @type {'key' | 'value' | 'key+value'} */
	    #kind
	    /** @type {number} */
	    #index

	    /**
	     * @see https://webidl.spec.whatwg.org/#dfn-default-iterator-object
	     * @param {unknown} target
	     * @param {'key' | 'value' | 'key+value'} kind
	     */
	    constructor (target, kind) {
	      this.#target = target;
	      this.#kind = kind;
	      this.#index = 0;
	    }

	    next () {
	      // 1. Let interface be the interface for which the iterator prototype object exists.
	      // 2. Let thisValue be the this value.
	      // 3. Let object be ? ToObject(thisValue).
	      // 4. If object is a platform object, then perform a security
	      //    check, passing:
	      // 5. If object is not a default iterator object for interface,
	      //    then throw a TypeError.
	      if (typeof this !== 'object' || this === null || !(#target in this)) {
	        throw new TypeError(
	          `'next' called on an object that does not implement interface ${name} Iterator.`
	        )
	      }

	      // 6. Let index be object\u2019s index.
	      // 7. Let kind be object\u2019s kind.
	      // 8. Let values be object\u2019s target's value pairs to iterate over.
	      const index = this.#index;
	      const values = kInternalIterator(this.#target);

	      // 9. Let len be the length of values.
	      const len = values.length;

	      // 10. If index is greater than or equal to len, then return
	      //     CreateIterResultObject(undefined, true).
	      if (index >= len) {
	        return {
	          value: undefined,
	          done: true
	        }
	      }

	      // 11. Let pair be the entry in values at index index.
	      const { [keyIndex]: key, [valueIndex]: value } = values[index];

	      // 12. Set object\u2019s index to index + 1.
	      this.#index = index + 1;

	      // 13. Return the iterator result for pair and kind.

	      // https://webidl.spec.whatwg.org/#iterator-result

	      // 1. Let result be a value determined by the value of kind:
	      let result;
	      switch (this.#kind) {
	        case 'key':
	          // 1. Let idlKey be pair\u2019s key.
	          // 2. Let key be the result of converting idlKey to an
	          //    ECMAScript value.
	          // 3. result is key.
	          result = key;
	          break
	        case 'value':
	          // 1. Let idlValue be pair\u2019s value.
	          // 2. Let value be the result of converting idlValue to
	          //    an ECMAScript value.
	          // 3. result is value.
	          result = value;
	          break
	        case 'key+value':
	          // 1. Let idlKey be pair\u2019s key.
	          // 2. Let idlValue be pair\u2019s value.
	          // 3. Let key be the result of converting idlKey to an
	          //    ECMAScript value.
	          // 4. Let value be the result of converting idlValue to
	          //    an ECMAScript value.
	          // 5. Let array be ! ArrayCreate(2).
	          // 6. Call ! CreateDataProperty(array, "0", key).
	          // 7. Call ! CreateDataProperty(array, "1", value).
	          // 8. result is array.
	          result = [key, value];
	          break
	      }

	      // 2. Return CreateIterResultObject(result, false).
	      return {
	        value: result,
	        done: false
	      }
	    }
	  }

	  // https://webidl.spec.whatwg.org/#dfn-iterator-prototype-object
	  // @ts-ignore
	  delete FastIterableIterator.prototype.constructor;

	  Object.setPrototypeOf(FastIterableIterator.prototype, esIteratorPrototype);

	  Object.defineProperties(FastIterableIterator.prototype, {
	    [Symbol.toStringTag]: {
	      writable: false,
	      enumerable: false,
	      configurable: true,
	      value: `${name} Iterator`
	    },
	    next: { writable: true, enumerable: true, configurable: true }
	  });

	  /**
	   * @param {unknown} target
	   * @param {'key' | 'value' | 'key+value'} kind
	   * @returns {IterableIterator<any>}
	   */
	  return function (target, kind) {
	    return new FastIterableIterator(target, kind)
	  }
	}

	/**
	 * @see https://webidl.spec.whatwg.org/#dfn-iterator-prototype-object
	 * @param {string} name name of the instance
	 * @param {any} object class
	 * @param {(target: any) => any} kInternalIterator
	 * @param {string | number} [keyIndex]
	 * @param {string | number} [valueIndex]
	 */
	function iteratorMixin (name, object, kInternalIterator, keyIndex = 0, valueIndex = 1) {
	  const makeIterator = createIterator(name, kInternalIterator, keyIndex, valueIndex);

	  const properties = {
	    keys: {
	      writable: true,
	      enumerable: true,
	      configurable: true,
	      value: function keys () {
	        webidl.brandCheck(this, object);
	        return makeIterator(this, 'key')
	      }
	    },
	    values: {
	      writable: true,
	      enumerable: true,
	      configurable: true,
	      value: function values () {
	        webidl.brandCheck(this, object);
	        return makeIterator(this, 'value')
	      }
	    },
	    entries: {
	      writable: true,
	      enumerable: true,
	      configurable: true,
	      value: function entries () {
	        webidl.brandCheck(this, object);
	        return makeIterator(this, 'key+value')
	      }
	    },
	    forEach: {
	      writable: true,
	      enumerable: true,
	      configurable: true,
	      value: function forEach (callbackfn, thisArg = globalThis) {
	        webidl.brandCheck(this, object);
	        webidl.argumentLengthCheck(arguments, 1, `${name}.forEach`);
	        if (typeof callbackfn !== 'function') {
	          throw new TypeError(
	            `Failed to execute 'forEach' on '${name}': parameter 1 is not of type 'Function'.`
	          )
	        }
	        for (const { 0: key, 1: value } of makeIterator(this, 'key+value')) {
	          callbackfn.call(thisArg, value, key, this);
	        }
	      }
	    }
	  };

	  return Object.defineProperties(object.prototype, {
	    ...properties,
	    [Symbol.iterator]: {
	      writable: true,
	      enumerable: false,
	      configurable: true,
	      value: properties.entries.value
	    }
	  })
	}

	/**
	 * @param {import('./body').ExtractBodyResult} body
	 * @param {(bytes: Uint8Array) => void} processBody
	 * @param {(error: Error) => void} processBodyError
	 * @returns {void}
	 *
	 * @see https://fetch.spec.whatwg.org/#body-fully-read
	 */
	function fullyReadBody (body, processBody, processBodyError) {
	  // 1. If taskDestination is null, then set taskDestination to
	  //    the result of starting a new parallel queue.

	  // 2. Let successSteps given a byte sequence bytes be to queue a
	  //    fetch task to run processBody given bytes, with taskDestination.
	  const successSteps = processBody;

	  // 3. Let errorSteps be to queue a fetch task to run processBodyError,
	  //    with taskDestination.
	  const errorSteps = processBodyError;

	  try {
	  // 4. Let reader be the result of getting a reader for body\u2019s stream.
	  //    If that threw an exception, then run errorSteps with that
	  //    exception and return.
	    const reader = body.stream.getReader();

	    // 5. Read all bytes from reader, given successSteps and errorSteps.
	    readAllBytes(reader, successSteps, errorSteps);
	  } catch (e) {
	    errorSteps(e);
	  }
	}

	/**
	 * @param {ReadableStreamController<Uint8Array>} controller
	 */
	function readableStreamClose (controller) {
	  try {
	    controller.close();
	    controller.byobRequest?.respond(0);
	  } catch (err) {
	    // TODO: add comment explaining why this error occurs.
	    if (!err.message.includes('Controller is already closed') && !err.message.includes('ReadableStream is already closed')) {
	      throw err
	    }
	  }
	}

	/**
	 * @see https://streams.spec.whatwg.org/#readablestreamdefaultreader-read-all-bytes
	 * @see https://streams.spec.whatwg.org/#read-loop
	 * @param {ReadableStream<Uint8Array<ArrayBuffer>>} reader
	 * @param {(bytes: Uint8Array) => void} successSteps
	 * @param {(error: Error) => void} failureSteps
	 * @returns {Promise<void>}
	 */
	async function readAllBytes (reader, successSteps, failureSteps) {
	  try {
	    const bytes = [];
	    let byteLength = 0;

	    do {
	      const { done, value: chunk } = await reader.read();

	      if (done) {
	        // 1. Call successSteps with bytes.
	        successSteps(Buffer.concat(bytes, byteLength));
	        return
	      }

	      // 1. If chunk is not a Uint8Array object, call failureSteps
	      //    with a TypeError and abort these steps.
	      if (!isUint8Array(chunk)) {
	        failureSteps(new TypeError('Received non-Uint8Array chunk'));
	        return
	      }

	      // 2. Append the bytes represented by chunk to bytes.
	      bytes.push(chunk);
	      byteLength += chunk.length;

	    // 3. Read-loop given reader, bytes, successSteps, and failureSteps.
	    } while (true)
	  } catch (e) {
	    // 1. Call failureSteps with e.
	    failureSteps(e);
	  }
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#is-local
	 * @param {URL} url
	 * @returns {boolean}
	 */
	function urlIsLocal (url) {
	  assert('protocol' in url); // ensure it's a url object

	  const protocol = url.protocol;

	  // A URL is local if its scheme is a local scheme.
	  // A local scheme is "about", "blob", or "data".
	  return protocol === 'about:' || protocol === 'blob:' || protocol === 'data:'
	}

	/**
	 * @param {string|URL} url
	 * @returns {boolean}
	 */
	function urlHasHttpsScheme (url) {
	  return (
	    (
	      typeof url === 'string' &&
	      url[5] === ':' &&
	      url[0] === 'h' &&
	      url[1] === 't' &&
	      url[2] === 't' &&
	      url[3] === 'p' &&
	      url[4] === 's'
	    ) ||
	    url.protocol === 'https:'
	  )
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#http-scheme
	 * @param {URL} url
	 */
	function urlIsHttpHttpsScheme (url) {
	  assert('protocol' in url); // ensure it's a url object

	  const protocol = url.protocol;

	  return protocol === 'http:' || protocol === 'https:'
	}

	/**
	 * @typedef {Object} RangeHeaderValue
	 * @property {number|null} rangeStartValue
	 * @property {number|null} rangeEndValue
	 */

	/**
	 * @see https://fetch.spec.whatwg.org/#simple-range-header-value
	 * @param {string} value
	 * @param {boolean} allowWhitespace
	 * @return {RangeHeaderValue|'failure'}
	 */
	function simpleRangeHeaderValue (value, allowWhitespace) {
	  // 1. Let data be the isomorphic decoding of value.
	  // Note: isomorphic decoding takes a sequence of bytes (ie. a Uint8Array) and turns it into a string,
	  // nothing more. We obviously don't need to do that if value is a string already.
	  const data = value;

	  // 2. If data does not start with "bytes", then return failure.
	  if (!data.startsWith('bytes')) {
	    return 'failure'
	  }

	  // 3. Let position be a position variable for data, initially pointing at the 5th code point of data.
	  const position = { position: 5 };

	  // 4. If allowWhitespace is true, collect a sequence of code points that are HTTP tab or space,
	  //    from data given position.
	  if (allowWhitespace) {
	    collectASequenceOfCodePoints(
	      (char) => char === '\t' || char === ' ',
	      data,
	      position
	    );
	  }

	  // 5. If the code point at position within data is not U+003D (=), then return failure.
	  if (data.charCodeAt(position.position) !== 0x3D) {
	    return 'failure'
	  }

	  // 6. Advance position by 1.
	  position.position++;

	  // 7. If allowWhitespace is true, collect a sequence of code points that are HTTP tab or space, from
	  //    data given position.
	  if (allowWhitespace) {
	    collectASequenceOfCodePoints(
	      (char) => char === '\t' || char === ' ',
	      data,
	      position
	    );
	  }

	  // 8. Let rangeStart be the result of collecting a sequence of code points that are ASCII digits,
	  //    from data given position.
	  const rangeStart = collectASequenceOfCodePoints(
	    (char) => {
	      const code = char.charCodeAt(0);

	      return code >= 0x30 && code <= 0x39
	    },
	    data,
	    position
	  );

	  // 9. Let rangeStartValue be rangeStart, interpreted as decimal number, if rangeStart is not the
	  //    empty string; otherwise null.
	  const rangeStartValue = rangeStart.length ? Number(rangeStart) : null;

	  // 10. If allowWhitespace is true, collect a sequence of code points that are HTTP tab or space,
	  //     from data given position.
	  if (allowWhitespace) {
	    collectASequenceOfCodePoints(
	      (char) => char === '\t' || char === ' ',
	      data,
	      position
	    );
	  }

	  // 11. If the code point at position within data is not U+002D (-), then return failure.
	  if (data.charCodeAt(position.position) !== 0x2D) {
	    return 'failure'
	  }

	  // 12. Advance position by 1.
	  position.position++;

	  // 13. If allowWhitespace is true, collect a sequence of code points that are HTTP tab
	  //     or space, from data given position.
	  // Note from Khafra: its the same step as in #8 again lol
	  if (allowWhitespace) {
	    collectASequenceOfCodePoints(
	      (char) => char === '\t' || char === ' ',
	      data,
	      position
	    );
	  }

	  // 14. Let rangeEnd be the result of collecting a sequence of code points that are
	  //     ASCII digits, from data given position.
	  // Note from Khafra: you wouldn't guess it, but this is also the same step as #8
	  const rangeEnd = collectASequenceOfCodePoints(
	    (char) => {
	      const code = char.charCodeAt(0);

	      return code >= 0x30 && code <= 0x39
	    },
	    data,
	    position
	  );

	  // 15. Let rangeEndValue be rangeEnd, interpreted as decimal number, if rangeEnd
	  //     is not the empty string; otherwise null.
	  // Note from Khafra: THE SAME STEP, AGAIN!!!
	  // Note: why interpret as a decimal if we only collect ascii digits?
	  const rangeEndValue = rangeEnd.length ? Number(rangeEnd) : null;

	  // 16. If position is not past the end of data, then return failure.
	  if (position.position < data.length) {
	    return 'failure'
	  }

	  // 17. If rangeEndValue and rangeStartValue are null, then return failure.
	  if (rangeEndValue === null && rangeStartValue === null) {
	    return 'failure'
	  }

	  // 18. If rangeStartValue and rangeEndValue are numbers, and rangeStartValue is
	  //     greater than rangeEndValue, then return failure.
	  // Note: ... when can they not be numbers?
	  if (rangeStartValue > rangeEndValue) {
	    return 'failure'
	  }

	  // 19. Return (rangeStartValue, rangeEndValue).
	  return { rangeStartValue, rangeEndValue }
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#build-a-content-range
	 * @param {number} rangeStart
	 * @param {number} rangeEnd
	 * @param {number} fullLength
	 */
	function buildContentRange (rangeStart, rangeEnd, fullLength) {
	  // 1. Let contentRange be `bytes `.
	  let contentRange = 'bytes ';

	  // 2. Append rangeStart, serialized and isomorphic encoded, to contentRange.
	  contentRange += isomorphicEncode(`${rangeStart}`);

	  // 3. Append 0x2D (-) to contentRange.
	  contentRange += '-';

	  // 4. Append rangeEnd, serialized and isomorphic encoded to contentRange.
	  contentRange += isomorphicEncode(`${rangeEnd}`);

	  // 5. Append 0x2F (/) to contentRange.
	  contentRange += '/';

	  // 6. Append fullLength, serialized and isomorphic encoded to contentRange.
	  contentRange += isomorphicEncode(`${fullLength}`);

	  // 7. Return contentRange.
	  return contentRange
	}

	// A Stream, which pipes the response to zlib.createInflate() or
	// zlib.createInflateRaw() depending on the first byte of the Buffer.
	// If the lower byte of the first byte is 0x08, then the stream is
	// interpreted as a zlib stream, otherwise it's interpreted as a
	// raw deflate stream.
	class InflateStream extends Transform {
	  #zlibOptions

	  /** @param {zlib.ZlibOptions} [zlibOptions] */
	  constructor (zlibOptions) {
	    super();
	    this.#zlibOptions = zlibOptions;
	  }

	  _transform (chunk, encoding, callback) {
	    if (!this._inflateStream) {
	      if (chunk.length === 0) {
	        callback();
	        return
	      }
	      this._inflateStream = (chunk[0] & 0x0F) === 0x08
	        ? zlib.createInflate(this.#zlibOptions)
	        : zlib.createInflateRaw(this.#zlibOptions);

	      this._inflateStream.on('data', this.push.bind(this));
	      this._inflateStream.on('end', () => this.push(null));
	      this._inflateStream.on('error', (err) => this.destroy(err));
	    }

	    this._inflateStream.write(chunk, encoding, callback);
	  }

	  _final (callback) {
	    if (this._inflateStream) {
	      this._inflateStream.end();
	      this._inflateStream = null;
	    }
	    callback();
	  }
	}

	/**
	 * @param {zlib.ZlibOptions} [zlibOptions]
	 * @returns {InflateStream}
	 */
	function createInflate (zlibOptions) {
	  return new InflateStream(zlibOptions)
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#concept-header-extract-mime-type
	 * @param {import('./headers').HeadersList} headers
	 */
	function extractMimeType (headers) {
	  // 1. Let charset be null.
	  let charset = null;

	  // 2. Let essence be null.
	  let essence = null;

	  // 3. Let mimeType be null.
	  let mimeType = null;

	  // 4. Let values be the result of getting, decoding, and splitting `Content-Type` from headers.
	  const values = getDecodeSplit('content-type', headers);

	  // 5. If values is null, then return failure.
	  if (values === null) {
	    return 'failure'
	  }

	  // 6. For each value of values:
	  for (const value of values) {
	    // 6.1. Let temporaryMimeType be the result of parsing value.
	    const temporaryMimeType = parseMIMEType(value);

	    // 6.2. If temporaryMimeType is failure or its essence is "*/*", then continue.
	    if (temporaryMimeType === 'failure' || temporaryMimeType.essence === '*/*') {
	      continue
	    }

	    // 6.3. Set mimeType to temporaryMimeType.
	    mimeType = temporaryMimeType;

	    // 6.4. If mimeType\u2019s essence is not essence, then:
	    if (mimeType.essence !== essence) {
	      // 6.4.1. Set charset to null.
	      charset = null;

	      // 6.4.2. If mimeType\u2019s parameters["charset"] exists, then set charset to
	      //        mimeType\u2019s parameters["charset"].
	      if (mimeType.parameters.has('charset')) {
	        charset = mimeType.parameters.get('charset');
	      }

	      // 6.4.3. Set essence to mimeType\u2019s essence.
	      essence = mimeType.essence;
	    } else if (!mimeType.parameters.has('charset') && charset !== null) {
	      // 6.5. Otherwise, if mimeType\u2019s parameters["charset"] does not exist, and
	      //      charset is non-null, set mimeType\u2019s parameters["charset"] to charset.
	      mimeType.parameters.set('charset', charset);
	    }
	  }

	  // 7. If mimeType is null, then return failure.
	  if (mimeType == null) {
	    return 'failure'
	  }

	  // 8. Return mimeType.
	  return mimeType
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#header-value-get-decode-and-split
	 * @param {string|null} value
	 */
	function gettingDecodingSplitting (value) {
	  // 1. Let input be the result of isomorphic decoding value.
	  const input = value;

	  // 2. Let position be a position variable for input, initially pointing at the start of input.
	  const position = { position: 0 };

	  // 3. Let values be a list of strings, initially empty.
	  const values = [];

	  // 4. Let temporaryValue be the empty string.
	  let temporaryValue = '';

	  // 5. While position is not past the end of input:
	  while (position.position < input.length) {
	    // 5.1. Append the result of collecting a sequence of code points that are not U+0022 (")
	    //      or U+002C (,) from input, given position, to temporaryValue.
	    temporaryValue += collectASequenceOfCodePoints(
	      (char) => char !== '"' && char !== ',',
	      input,
	      position
	    );

	    // 5.2. If position is not past the end of input, then:
	    if (position.position < input.length) {
	      // 5.2.1. If the code point at position within input is U+0022 ("), then:
	      if (input.charCodeAt(position.position) === 0x22) {
	        // 5.2.1.1. Append the result of collecting an HTTP quoted string from input, given position, to temporaryValue.
	        temporaryValue += collectAnHTTPQuotedString(
	          input,
	          position
	        );

	        // 5.2.1.2. If position is not past the end of input, then continue.
	        if (position.position < input.length) {
	          continue
	        }
	      } else {
	        // 5.2.2. Otherwise:

	        // 5.2.2.1. Assert: the code point at position within input is U+002C (,).
	        assert(input.charCodeAt(position.position) === 0x2C);

	        // 5.2.2.2. Advance position by 1.
	        position.position++;
	      }
	    }

	    // 5.3. Remove all HTTP tab or space from the start and end of temporaryValue.
	    temporaryValue = removeChars(temporaryValue, true, true, (char) => char === 0x9 || char === 0x20);

	    // 5.4. Append temporaryValue to values.
	    values.push(temporaryValue);

	    // 5.6. Set temporaryValue to the empty string.
	    temporaryValue = '';
	  }

	  // 6. Return values.
	  return values
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#concept-header-list-get-decode-split
	 * @param {string} name lowercase header name
	 * @param {import('./headers').HeadersList} list
	 */
	function getDecodeSplit (name, list) {
	  // 1. Let value be the result of getting name from list.
	  const value = list.get(name, true);

	  // 2. If value is null, then return null.
	  if (value === null) {
	    return null
	  }

	  // 3. Return the result of getting, decoding, and splitting value.
	  return gettingDecodingSplitting(value)
	}

	function hasAuthenticationEntry (request) {
	  return false
	}

	/**
	 * @see https://url.spec.whatwg.org/#include-credentials
	 * @param {URL} url
	 */
	function includesCredentials (url) {
	  // A URL includes credentials if its username or password is not the empty string.
	  return !!(url.username || url.password)
	}

	/**
	 * @see https://html.spec.whatwg.org/multipage/document-sequences.html#traversable-navigable
	 * @param {object|string} navigable
	 */
	function isTraversableNavigable (navigable) {
	  // Returns true only if we have an actual traversable navigable object
	  // that can prompt the user for credentials. In Node.js, this will always
	  // be false since there's no Window object or navigable.
	  return navigable != null && navigable !== 'client' && navigable !== 'no-traversable'
	}

	class EnvironmentSettingsObjectBase {
	  get baseUrl () {
	    return getGlobalOrigin()
	  }

	  get origin () {
	    return this.baseUrl?.origin
	  }

	  policyContainer = makePolicyContainer()
	}

	class EnvironmentSettingsObject {
	  settingsObject = new EnvironmentSettingsObjectBase()
	}

	const environmentSettingsObject = new EnvironmentSettingsObject();

	util = {
	  isAborted,
	  isCancelled,
	  isValidEncodedURL,
	  ReadableStreamFrom,
	  tryUpgradeRequestToAPotentiallyTrustworthyURL,
	  clampAndCoarsenConnectionTimingInfo,
	  coarsenedSharedCurrentTime,
	  determineRequestsReferrer,
	  makePolicyContainer,
	  clonePolicyContainer,
	  appendFetchMetadata,
	  appendRequestOriginHeader,
	  TAOCheck,
	  corsCheck,
	  crossOriginResourcePolicyCheck,
	  createOpaqueTimingInfo,
	  setRequestReferrerPolicyOnRedirect,
	  isValidHTTPToken,
	  requestBadPort,
	  requestCurrentURL,
	  responseURL,
	  responseLocationURL,
	  isURLPotentiallyTrustworthy,
	  isValidReasonPhrase,
	  sameOrigin,
	  normalizeMethod,
	  iteratorMixin,
	  createIterator,
	  isValidHeaderName,
	  isValidHeaderValue,
	  isErrorLike,
	  fullyReadBody,
	  readableStreamClose,
	  urlIsLocal,
	  urlHasHttpsScheme,
	  urlIsHttpHttpsScheme,
	  readAllBytes,
	  simpleRangeHeaderValue,
	  buildContentRange,
	  createInflate,
	  extractMimeType,
	  getDecodeSplit,
	  environmentSettingsObject,
	  isOriginIPPotentiallyTrustworthy,
	  hasAuthenticationEntry,
	  includesCredentials,
	  isTraversableNavigable
	};
	return util;
}

var formdata;
var hasRequiredFormdata;

function requireFormdata () {
	if (hasRequiredFormdata) return formdata;
	hasRequiredFormdata = 1;

	const { iteratorMixin } = requireUtil();
	const { kEnumerableProperty } = requireUtil$1();
	const { webidl } = requireWebidl();
	const nodeUtil = require$$1$2;

	// https://xhr.spec.whatwg.org/#formdata
	class FormData {
	  #state = []

	  constructor (form = undefined) {
	    webidl.util.markAsUncloneable(this);

	    if (form !== undefined) {
	      throw webidl.errors.conversionFailed({
	        prefix: 'FormData constructor',
	        argument: 'Argument 1',
	        types: ['undefined']
	      })
	    }
	  }

	  append (name, value, filename = undefined) {
	    webidl.brandCheck(this, FormData);

	    const prefix = 'FormData.append';
	    webidl.argumentLengthCheck(arguments, 2, prefix);

	    name = webidl.converters.USVString(name);

	    if (arguments.length === 3 || webidl.is.Blob(value)) {
	      value = webidl.converters.Blob(value, prefix, 'value');

	      if (filename !== undefined) {
	        filename = webidl.converters.USVString(filename);
	      }
	    } else {
	      value = webidl.converters.USVString(value);
	    }

	    // 1. Let value be value if given; otherwise blobValue.

	    // 2. Let entry be the result of creating an entry with
	    // name, value, and filename if given.
	    const entry = makeEntry(name, value, filename);

	    // 3. Append entry to this\u2019s entry list.
	    this.#state.push(entry);
	  }

	  delete (name) {
	    webidl.brandCheck(this, FormData);

	    const prefix = 'FormData.delete';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    name = webidl.converters.USVString(name);

	    // The delete(name) method steps are to remove all entries whose name
	    // is name from this\u2019s entry list.
	    this.#state = this.#state.filter(entry => entry.name !== name);
	  }

	  get (name) {
	    webidl.brandCheck(this, FormData);

	    const prefix = 'FormData.get';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    name = webidl.converters.USVString(name);

	    // 1. If there is no entry whose name is name in this\u2019s entry list,
	    // then return null.
	    const idx = this.#state.findIndex((entry) => entry.name === name);
	    if (idx === -1) {
	      return null
	    }

	    // 2. Return the value of the first entry whose name is name from
	    // this\u2019s entry list.
	    return this.#state[idx].value
	  }

	  getAll (name) {
	    webidl.brandCheck(this, FormData);

	    const prefix = 'FormData.getAll';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    name = webidl.converters.USVString(name);

	    // 1. If there is no entry whose name is name in this\u2019s entry list,
	    // then return the empty list.
	    // 2. Return the values of all entries whose name is name, in order,
	    // from this\u2019s entry list.
	    return this.#state
	      .filter((entry) => entry.name === name)
	      .map((entry) => entry.value)
	  }

	  has (name) {
	    webidl.brandCheck(this, FormData);

	    const prefix = 'FormData.has';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    name = webidl.converters.USVString(name);

	    // The has(name) method steps are to return true if there is an entry
	    // whose name is name in this\u2019s entry list; otherwise false.
	    return this.#state.findIndex((entry) => entry.name === name) !== -1
	  }

	  set (name, value, filename = undefined) {
	    webidl.brandCheck(this, FormData);

	    const prefix = 'FormData.set';
	    webidl.argumentLengthCheck(arguments, 2, prefix);

	    name = webidl.converters.USVString(name);

	    if (arguments.length === 3 || webidl.is.Blob(value)) {
	      value = webidl.converters.Blob(value, prefix, 'value');

	      if (filename !== undefined) {
	        filename = webidl.converters.USVString(filename);
	      }
	    } else {
	      value = webidl.converters.USVString(value);
	    }

	    // The set(name, value) and set(name, blobValue, filename) method steps
	    // are:

	    // 1. Let value be value if given; otherwise blobValue.

	    // 2. Let entry be the result of creating an entry with name, value, and
	    // filename if given.
	    const entry = makeEntry(name, value, filename);

	    // 3. If there are entries in this\u2019s entry list whose name is name, then
	    // replace the first such entry with entry and remove the others.
	    const idx = this.#state.findIndex((entry) => entry.name === name);
	    if (idx !== -1) {
	      this.#state = [
	        ...this.#state.slice(0, idx),
	        entry,
	        ...this.#state.slice(idx + 1).filter((entry) => entry.name !== name)
	      ];
	    } else {
	      // 4. Otherwise, append entry to this\u2019s entry list.
	      this.#state.push(entry);
	    }
	  }

	  [nodeUtil.inspect.custom] (depth, options) {
	    const state = this.#state.reduce((a, b) => {
	      if (a[b.name]) {
	        if (Array.isArray(a[b.name])) {
	          a[b.name].push(b.value);
	        } else {
	          a[b.name] = [a[b.name], b.value];
	        }
	      } else {
	        a[b.name] = b.value;
	      }

	      return a
	    }, { __proto__: null });

	    options.depth ??= depth;
	    options.colors ??= true;

	    const output = nodeUtil.formatWithOptions(options, state);

	    // remove [Object null prototype]
	    return `FormData ${output.slice(output.indexOf(']') + 2)}`
	  }

	  /**
	   * @param {FormData} formData
	   */
	  static getFormDataState (formData) {
	    return formData.#state
	  }

	  /**
	   * @param {FormData} formData
	   * @param {any[]} newState
	   */
	  static setFormDataState (formData, newState) {
	    formData.#state = newState;
	  }
	}

	const { getFormDataState, setFormDataState } = FormData;
	Reflect.deleteProperty(FormData, 'getFormDataState');
	Reflect.deleteProperty(FormData, 'setFormDataState');

	iteratorMixin('FormData', FormData, getFormDataState, 'name', 'value');

	Object.defineProperties(FormData.prototype, {
	  append: kEnumerableProperty,
	  delete: kEnumerableProperty,
	  get: kEnumerableProperty,
	  getAll: kEnumerableProperty,
	  has: kEnumerableProperty,
	  set: kEnumerableProperty,
	  [Symbol.toStringTag]: {
	    value: 'FormData',
	    configurable: true
	  }
	});

	/**
	 * @see https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#create-an-entry
	 * @param {string} name
	 * @param {string|Blob} value
	 * @param {?string} filename
	 * @returns
	 */
	function makeEntry (name, value, filename) {
	  // 1. Set name to the result of converting name into a scalar value string.
	  // Note: This operation was done by the webidl converter USVString.

	  // 2. If value is a string, then set value to the result of converting
	  //    value into a scalar value string.
	  if (typeof value === 'string') ; else {
	    // 3. Otherwise:

	    // 1. If value is not a File object, then set value to a new File object,
	    //    representing the same bytes, whose name attribute value is "blob"
	    if (!webidl.is.File(value)) {
	      value = new File([value], 'blob', { type: value.type });
	    }

	    // 2. If filename is given, then set value to a new File object,
	    //    representing the same bytes, whose name attribute is filename.
	    if (filename !== undefined) {
	      /** @type {FilePropertyBag} */
	      const options = {
	        type: value.type,
	        lastModified: value.lastModified
	      };

	      value = new File([value], filename, options);
	    }
	  }

	  // 4. Return an entry whose name is name and whose value is value.
	  return { name, value }
	}

	webidl.is.FormData = webidl.util.MakeTypeAssertion(FormData);

	formdata = { FormData, makeEntry, setFormDataState };
	return formdata;
}

var formdataParser;
var hasRequiredFormdataParser;

function requireFormdataParser () {
	if (hasRequiredFormdataParser) return formdataParser;
	hasRequiredFormdataParser = 1;

	const { bufferToLowerCasedHeaderName } = requireUtil$1();
	const { HTTP_TOKEN_CODEPOINTS } = requireDataUrl();
	const { makeEntry } = requireFormdata();
	const { webidl } = requireWebidl();
	const assert = require$$0$1;
	const { isomorphicDecode } = requireInfra();

	const dd = Buffer.from('--');
	const decoder = new TextDecoder();
	const decoderIgnoreBOM = new TextDecoder('utf-8', { ignoreBOM: true });

	/**
	 * @param {string} chars
	 */
	function isAsciiString (chars) {
	  for (let i = 0; i < chars.length; ++i) {
	    if ((chars.charCodeAt(i) & -128) !== 0) {
	      return false
	    }
	  }
	  return true
	}

	/**
	 * @see https://andreubotella.github.io/multipart-form-data/#multipart-form-data-boundary
	 * @param {string} boundary
	 */
	function validateBoundary (boundary) {
	  const length = boundary.length;

	  // - its length is greater or equal to 27 and lesser or equal to 70, and
	  if (length < 27 || length > 70) {
	    return false
	  }

	  // - it is composed by bytes in the ranges 0x30 to 0x39, 0x41 to 0x5A, or
	  //   0x61 to 0x7A, inclusive (ASCII alphanumeric), or which are 0x27 ('),
	  //   0x2D (-) or 0x5F (_).
	  for (let i = 0; i < length; ++i) {
	    const cp = boundary.charCodeAt(i);

	    if (!(
	      (cp >= 0x30 && cp <= 0x39) ||
	      (cp >= 0x41 && cp <= 0x5a) ||
	      (cp >= 0x61 && cp <= 0x7a) ||
	      cp === 0x27 ||
	      cp === 0x2d ||
	      cp === 0x5f
	    )) {
	      return false
	    }
	  }

	  return true
	}

	/**
	 * @see https://andreubotella.github.io/multipart-form-data/#multipart-form-data-parser
	 * @param {Buffer} input
	 * @param {ReturnType<import('./data-url')['parseMIMEType']>} mimeType
	 */
	function multipartFormDataParser (input, mimeType) {
	  // 1. Assert: mimeType\u2019s essence is "multipart/form-data".
	  assert(mimeType !== 'failure' && mimeType.essence === 'multipart/form-data');

	  const boundaryString = mimeType.parameters.get('boundary');

	  // 2. If mimeType\u2019s parameters["boundary"] does not exist, return failure.
	  //    Otherwise, let boundary be the result of UTF-8 decoding mimeType\u2019s
	  //    parameters["boundary"].
	  if (boundaryString === undefined) {
	    throw parsingError('missing boundary in content-type header')
	  }

	  const boundary = Buffer.from(`--${boundaryString}`, 'utf8');

	  // 3. Let entry list be an empty entry list.
	  const entryList = [];

	  // 4. Let position be a pointer to a byte in input, initially pointing at
	  //    the first byte.
	  const position = { position: 0 };

	  // Note: Per RFC 2046 Section 5.1.1, we must ignore anything before the
	  // first boundary delimiter line (preamble). Search for the first boundary.
	  const firstBoundaryIndex = input.indexOf(boundary);

	  if (firstBoundaryIndex === -1) {
	    throw parsingError('no boundary found in multipart body')
	  }

	  // Start parsing from the first boundary, ignoring any preamble
	  position.position = firstBoundaryIndex;

	  // 5. While true:
	  while (true) {
	    // 5.1. If position points to a sequence of bytes starting with 0x2D 0x2D
	    //      (`--`) followed by boundary, advance position by 2 + the length of
	    //      boundary. Otherwise, return failure.
	    // Note: boundary is padded with 2 dashes already, no need to add 2.
	    if (input.subarray(position.position, position.position + boundary.length).equals(boundary)) {
	      position.position += boundary.length;
	    } else {
	      throw parsingError('expected a value starting with -- and the boundary')
	    }

	    // 5.2. If position points to the sequence of bytes 0x2D 0x2D 0x0D 0x0A
	    //      (`--` followed by CR LF) followed by the end of input, return entry list.
	    // Note: Per RFC 2046 Section 5.1.1, we must ignore anything after the
	    // final boundary delimiter (epilogue). Check for -- or --CRLF and return
	    // regardless of what follows.
	    if (bufferStartsWith(input, dd, position)) {
	      // Found closing boundary delimiter (--), ignore any epilogue
	      return entryList
	    }

	    // 5.3. If position does not point to a sequence of bytes starting with 0x0D
	    //      0x0A (CR LF), return failure.
	    if (input[position.position] !== 0x0d || input[position.position + 1] !== 0x0a) {
	      throw parsingError('expected CRLF')
	    }

	    // 5.4. Advance position by 2. (This skips past the newline.)
	    position.position += 2;

	    // 5.5. Let name, filename and contentType be the result of parsing
	    //      multipart/form-data headers on input and position, if the result
	    //      is not failure. Otherwise, return failure.
	    const result = parseMultipartFormDataHeaders(input, position);

	    let { name, filename, contentType, encoding } = result;

	    // 5.6. Advance position by 2. (This skips past the empty line that marks
	    //      the end of the headers.)
	    position.position += 2;

	    // 5.7. Let body be the empty byte sequence.
	    let body;

	    // 5.8. Body loop: While position is not past the end of input:
	    // TODO: the steps here are completely wrong
	    {
	      const boundaryIndex = input.indexOf(boundary.subarray(2), position.position);

	      if (boundaryIndex === -1) {
	        throw parsingError('expected boundary after body')
	      }

	      body = input.subarray(position.position, boundaryIndex - 4);

	      position.position += body.length;

	      // Note: position must be advanced by the body's length before being
	      // decoded, otherwise the parsing will fail.
	      if (encoding === 'base64') {
	        body = Buffer.from(body.toString(), 'base64');
	      }
	    }

	    // 5.9. If position does not point to a sequence of bytes starting with
	    //      0x0D 0x0A (CR LF), return failure. Otherwise, advance position by 2.
	    if (input[position.position] !== 0x0d || input[position.position + 1] !== 0x0a) {
	      throw parsingError('expected CRLF')
	    } else {
	      position.position += 2;
	    }

	    // 5.10. If filename is not null:
	    let value;

	    if (filename !== null) {
	      // 5.10.1. If contentType is null, set contentType to "text/plain".
	      contentType ??= 'text/plain';

	      // 5.10.2. If contentType is not an ASCII string, set contentType to the empty string.

	      // Note: `buffer.isAscii` can be used at zero-cost, but converting a string to a buffer is a high overhead.
	      // Content-Type is a relatively small string, so it is faster to use `String#charCodeAt`.
	      if (!isAsciiString(contentType)) {
	        contentType = '';
	      }

	      // 5.10.3. Let value be a new File object with name filename, type contentType, and body body.
	      value = new File([body], filename, { type: contentType });
	    } else {
	      // 5.11. Otherwise:

	      // 5.11.1. Let value be the UTF-8 decoding without BOM of body.
	      value = decoderIgnoreBOM.decode(Buffer.from(body));
	    }

	    // 5.12. Assert: name is a scalar value string and value is either a scalar value string or a File object.
	    assert(webidl.is.USVString(name));
	    assert((typeof value === 'string' && webidl.is.USVString(value)) || webidl.is.File(value));

	    // 5.13. Create an entry with name and value, and append it to entry list.
	    entryList.push(makeEntry(name, value, filename));
	  }
	}

	/**
	 * Parses content-disposition attributes (e.g., name="value" or filename*=utf-8''encoded)
	 * @param {Buffer} input
	 * @param {{ position: number }} position
	 * @returns {{ name: string, value: string, extended: boolean } | null}
	 */
	function parseContentDispositionAttribute (input, position) {
	  // Skip leading semicolon and whitespace
	  if (input[position.position] === 0x3b /* ; */) {
	    position.position++;
	  }

	  // Skip whitespace
	  collectASequenceOfBytes(
	    (char) => char === 0x20 || char === 0x09,
	    input,
	    position
	  );

	  // Collect attribute name (token characters)
	  const attributeName = collectASequenceOfBytes(
	    (char) => isToken(char) && char !== 0x3d && char !== 0x2a, // not = or *
	    input,
	    position
	  );

	  if (attributeName.length === 0) {
	    return null
	  }

	  const attrNameStr = attributeName.toString('ascii').toLowerCase();

	  // Check for extended notation (attribute*)
	  const isExtended = input[position.position] === 0x2a; /* * */
	  if (isExtended) {
	    position.position++; // skip *
	  }

	  // Expect = sign
	  if (input[position.position] !== 0x3d /* = */) {
	    return null
	  }
	  position.position++; // skip =

	  // Skip whitespace
	  collectASequenceOfBytes(
	    (char) => char === 0x20 || char === 0x09,
	    input,
	    position
	  );

	  let value;

	  if (isExtended) {
	    // Extended attribute format: charset'language'encoded-value
	    const headerValue = collectASequenceOfBytes(
	      (char) => char !== 0x20 && char !== 0x0d && char !== 0x0a && char !== 0x3b, // not space, CRLF, or ;
	      input,
	      position
	    );

	    // Check for utf-8'' prefix (case insensitive)
	    if (
	      (headerValue[0] !== 0x75 && headerValue[0] !== 0x55) || // u or U
	      (headerValue[1] !== 0x74 && headerValue[1] !== 0x54) || // t or T
	      (headerValue[2] !== 0x66 && headerValue[2] !== 0x46) || // f or F
	      headerValue[3] !== 0x2d || // -
	      headerValue[4] !== 0x38 // 8
	    ) {
	      throw parsingError('unknown encoding, expected utf-8\'\'')
	    }

	    // Skip utf-8'' and decode the rest
	    value = decodeURIComponent(decoder.decode(headerValue.subarray(7)));
	  } else if (input[position.position] === 0x22 /* " */) {
	    // Quoted string
	    position.position++; // skip opening quote

	    const quotedValue = collectASequenceOfBytes(
	      (char) => char !== 0x0a && char !== 0x0d && char !== 0x22, // not LF, CR, or "
	      input,
	      position
	    );

	    if (input[position.position] !== 0x22) {
	      throw parsingError('Closing quote not found')
	    }
	    position.position++; // skip closing quote

	    value = decoder.decode(quotedValue)
	      .replace(/%0A/ig, '\n')
	      .replace(/%0D/ig, '\r')
	      .replace(/%22/g, '"');
	  } else {
	    // Token value (no quotes)
	    const tokenValue = collectASequenceOfBytes(
	      (char) => isToken(char) && char !== 0x3b, // not ;
	      input,
	      position
	    );

	    value = decoder.decode(tokenValue);
	  }

	  return { name: attrNameStr, value, extended: isExtended }
	}

	/**
	 * @see https://andreubotella.github.io/multipart-form-data/#parse-multipart-form-data-headers
	 * @param {Buffer} input
	 * @param {{ position: number }} position
	 */
	function parseMultipartFormDataHeaders (input, position) {
	  // 1. Let name, filename and contentType be null.
	  let name = null;
	  let filename = null;
	  let contentType = null;
	  let encoding = null;

	  // 2. While true:
	  while (true) {
	    // 2.1. If position points to a sequence of bytes starting with 0x0D 0x0A (CR LF):
	    if (input[position.position] === 0x0d && input[position.position + 1] === 0x0a) {
	      // 2.1.1. If name is null, return failure.
	      if (name === null) {
	        throw parsingError('header name is null')
	      }

	      // 2.1.2. Return name, filename and contentType.
	      return { name, filename, contentType, encoding }
	    }

	    // 2.2. Let header name be the result of collecting a sequence of bytes that are
	    //      not 0x0A (LF), 0x0D (CR) or 0x3A (:), given position.
	    let headerName = collectASequenceOfBytes(
	      (char) => char !== 0x0a && char !== 0x0d && char !== 0x3a,
	      input,
	      position
	    );

	    // 2.3. Remove any HTTP tab or space bytes from the start or end of header name.
	    headerName = removeChars(headerName, true, true, (char) => char === 0x9 || char === 0x20);

	    // 2.4. If header name does not match the field-name token production, return failure.
	    if (!HTTP_TOKEN_CODEPOINTS.test(headerName.toString())) {
	      throw parsingError('header name does not match the field-name token production')
	    }

	    // 2.5. If the byte at position is not 0x3A (:), return failure.
	    if (input[position.position] !== 0x3a) {
	      throw parsingError('expected :')
	    }

	    // 2.6. Advance position by 1.
	    position.position++;

	    // 2.7. Collect a sequence of bytes that are HTTP tab or space bytes given position.
	    //      (Do nothing with those bytes.)
	    collectASequenceOfBytes(
	      (char) => char === 0x20 || char === 0x09,
	      input,
	      position
	    );

	    // 2.8. Byte-lowercase header name and switch on the result:
	    switch (bufferToLowerCasedHeaderName(headerName)) {
	      case 'content-disposition': {
	        name = filename = null;
	        // Track whether filename was set from the extended (RFC 5987) form so
	        // a subsequent legacy `filename` attribute does not override it.
	        let filenameIsExtended = false;

	        // Collect the disposition type (should be "form-data")
	        const dispositionType = collectASequenceOfBytes(
	          (char) => isToken(char),
	          input,
	          position
	        );

	        if (dispositionType.toString('ascii').toLowerCase() !== 'form-data') {
	          throw parsingError('expected form-data for content-disposition header')
	        }

	        // Parse attributes recursively until CRLF
	        while (
	          position.position < input.length &&
	          (input[position.position] !== 0x0d ||
	          input[position.position + 1] !== 0x0a)
	        ) {
	          const attribute = parseContentDispositionAttribute(input, position);

	          if (!attribute) {
	            break
	          }

	          if (attribute.name === 'name') {
	            name = attribute.value;
	          } else if (attribute.name === 'filename') {
	            // Per RFC 5987 \u00a74.1, when both legacy and extended forms of the
	            // same parameter are present, the extended (filename*) form takes
	            // precedence regardless of the order they appear in.
	            if (attribute.extended) {
	              filename = attribute.value;
	              filenameIsExtended = true;
	            } else if (!filenameIsExtended) {
	              filename = attribute.value;
	            }
	          }
	        }

	        if (name === null) {
	          throw parsingError('name attribute is required in content-disposition header')
	        }

	        break
	      }
	      case 'content-type': {
	        // 1. Let header value be the result of collecting a sequence of bytes that are
	        //    not 0x0A (LF) or 0x0D (CR), given position.
	        let headerValue = collectASequenceOfBytes(
	          (char) => char !== 0x0a && char !== 0x0d,
	          input,
	          position
	        );

	        // 2. Remove any HTTP tab or space bytes from the end of header value.
	        headerValue = removeChars(headerValue, false, true, (char) => char === 0x9 || char === 0x20);

	        // 3. Set contentType to the isomorphic decoding of header value.
	        contentType = isomorphicDecode(headerValue);

	        break
	      }
	      case 'content-transfer-encoding': {
	        let headerValue = collectASequenceOfBytes(
	          (char) => char !== 0x0a && char !== 0x0d,
	          input,
	          position
	        );

	        headerValue = removeChars(headerValue, false, true, (char) => char === 0x9 || char === 0x20);

	        encoding = isomorphicDecode(headerValue);

	        break
	      }
	      default: {
	        // Collect a sequence of bytes that are not 0x0A (LF) or 0x0D (CR), given position.
	        // (Do nothing with those bytes.)
	        collectASequenceOfBytes(
	          (char) => char !== 0x0a && char !== 0x0d,
	          input,
	          position
	        );
	      }
	    }

	    // 2.9. If position does not point to a sequence of bytes starting with 0x0D 0x0A
	    //      (CR LF), return failure. Otherwise, advance position by 2 (past the newline).
	    if (input[position.position] !== 0x0d || input[position.position + 1] !== 0x0a) {
	      throw parsingError('expected CRLF')
	    } else {
	      position.position += 2;
	    }
	  }
	}

	/**
	 * @param {(char: number) => boolean} condition
	 * @param {Buffer} input
	 * @param {{ position: number }} position
	 */
	function collectASequenceOfBytes (condition, input, position) {
	  let start = position.position;

	  while (start < input.length && condition(input[start])) {
	    ++start;
	  }

	  return input.subarray(position.position, (position.position = start))
	}

	/**
	 * @param {Buffer} buf
	 * @param {boolean} leading
	 * @param {boolean} trailing
	 * @param {(charCode: number) => boolean} predicate
	 * @returns {Buffer}
	 */
	function removeChars (buf, leading, trailing, predicate) {
	  let lead = 0;
	  let trail = buf.length - 1;

	  if (leading) {
	    while (lead < buf.length && predicate(buf[lead])) lead++;
	  }

	  {
	    while (trail > 0 && predicate(buf[trail])) trail--;
	  }

	  return lead === 0 && trail === buf.length - 1 ? buf : buf.subarray(lead, trail + 1)
	}

	/**
	 * Checks if {@param buffer} starts with {@param start}
	 * @param {Buffer} buffer
	 * @param {Buffer} start
	 * @param {{ position: number }} position
	 */
	function bufferStartsWith (buffer, start, position) {
	  if (buffer.length < start.length) {
	    return false
	  }

	  for (let i = 0; i < start.length; i++) {
	    if (start[i] !== buffer[position.position + i]) {
	      return false
	    }
	  }

	  return true
	}

	function parsingError (cause) {
	  return new TypeError('Failed to parse body as FormData.', { cause: new TypeError(cause) })
	}

	/**
	 * CTL            = <any US-ASCII control character
	 *                  (octets 0 - 31) and DEL (127)>
	 * @param {number} char
	 */
	function isCTL (char) {
	  return char <= 0x1f || char === 0x7f
	}

	/**
	 * tspecials :=  "(" / ")" / "<" / ">" / "@" /
	 *                "," / ";" / ":" / "\" / <">
	 *                "/" / "[" / "]" / "?" / "="
	 *                ; Must be in quoted-string,
	 *                ; to use within parameter values
	 * @param {number} char
	 */
	function isTSpecial (char) {
	  return (
	    char === 0x28 || // (
	    char === 0x29 || // )
	    char === 0x3c || // <
	    char === 0x3e || // >
	    char === 0x40 || // @
	    char === 0x2c || // ,
	    char === 0x3b || // ;
	    char === 0x3a || // :
	    char === 0x5c || // \
	    char === 0x22 || // "
	    char === 0x2f || // /
	    char === 0x5b || // [
	    char === 0x5d || // ]
	    char === 0x3f || // ?
	    char === 0x3d    // +
	  )
	}

	/**
	 * token := 1*<any (US-ASCII) CHAR except SPACE, CTLs,
	 *          or tspecials>
	 * @param {number} char
	 */
	function isToken (char) {
	  return (
	    char <= 0x7f &&  // ascii
	    char !== 0x20 && // space
	    char !== 0x09 &&
	    !isCTL(char) &&
	    !isTSpecial(char)
	  )
	}

	formdataParser = {
	  multipartFormDataParser,
	  validateBoundary
	};
	return formdataParser;
}

var promise;
var hasRequiredPromise;

function requirePromise () {
	if (hasRequiredPromise) return promise;
	hasRequiredPromise = 1;

	/**
	 * @template {*} T
	 * @typedef {Object} DeferredPromise
	 * @property {Promise<T>} promise
	 * @property {(value?: T) => void} resolve
	 * @property {(reason?: any) => void} reject
	 */

	/**
	 * @template {*} T
	 * @returns {DeferredPromise<T>} An object containing a promise and its resolve/reject methods.
	 */
	function createDeferredPromise () {
	  let res;
	  let rej;
	  const promise = new Promise((resolve, reject) => {
	    res = resolve;
	    rej = reject;
	  });

	  return { promise, resolve: res, reject: rej }
	}

	promise = {
	  createDeferredPromise
	};
	return promise;
}

var body;
var hasRequiredBody;

function requireBody () {
	if (hasRequiredBody) return body;
	hasRequiredBody = 1;

	const util = requireUtil$1();
	const {
	  ReadableStreamFrom,
	  readableStreamClose,
	  fullyReadBody,
	  extractMimeType
	} = requireUtil();
	const { FormData, setFormDataState } = requireFormdata();
	const { webidl } = requireWebidl();
	const assert = require$$0$1;
	const { isErrored, isDisturbed } = require$$1;
	const { isUint8Array } = require$$8;
	const { serializeAMimeType } = requireDataUrl();
	const { multipartFormDataParser } = requireFormdataParser();
	const { createDeferredPromise } = requirePromise();
	const { parseJSONFromBytes } = requireInfra();
	const { utf8DecodeBytes } = requireEncoding();
	const { runtimeFeatures } = requireRuntimeFeatures();

	const random = runtimeFeatures.has('crypto')
	  ? require$$0$4.randomInt
	  : (max) => Math.floor(Math.random() * max);

	const textEncoder = new TextEncoder();
	function noop () {}

	const streamRegistry = new FinalizationRegistry((weakRef) => {
	  const stream = weakRef.deref();
	  if (stream && !stream.locked && !isDisturbed(stream) && !isErrored(stream)) {
	    stream.cancel('Response object has been garbage collected').catch(noop);
	  }
	});

	/**
	 * Extract a body with type from a byte sequence or BodyInit object
	 *
	 * @param {import('../../../types').BodyInit} object - The BodyInit object to extract from
	 * @param {boolean} [keepalive=false] - If true, indicates that the body
	 * @returns {[{stream: ReadableStream, source: any, length: number | null}, string | null]} - Returns a tuple containing the body and its type
	 *
	 * @see https://fetch.spec.whatwg.org/#concept-bodyinit-extract
	 */
	function extractBody (object, keepalive = false) {
	  // 1. Let stream be null.
	  let stream = null;

	  // 2. If object is a ReadableStream object, then set stream to object.
	  if (webidl.is.ReadableStream(object)) {
	    stream = object;
	  } else if (webidl.is.Blob(object)) {
	    // 3. Otherwise, if object is a Blob object, set stream to the
	    //    result of running object\u2019s get stream.
	    stream = object.stream();
	  } else {
	    // 4. Otherwise, set stream to a new ReadableStream object, and set
	    //    up stream with byte reading support.
	    stream = new ReadableStream({
	      start () {},
	      async pull (controller) {
	        // 19.1. Run action.
	        const result = action();

	        const iterator = result?.[Symbol.asyncIterator]?.();
	        if (iterator == null) {
	          // 19.2. Whenever one or more bytes are available and stream is not errored,
	          // enqueue the result of creating a Uint8Array from the available bytes into stream.
	          if (result?.length && !isErrored(stream)) {
	            controller.enqueue(typeof result === 'string' ? textEncoder.encode(result) : new Uint8Array(result));
	          }

	          // 19.3. When running action is done, close stream.
	          queueMicrotask(() => readableStreamClose(controller));
	          return
	        }

	        while (true) {
	          const { value, done } = await iterator.next();

	          // 19.3. When running action is done, close stream.
	          if (done) {
	            queueMicrotask(() => readableStreamClose(controller));
	            return
	          }

	          // 19.2. Whenever one or more bytes are available and stream is not errored,
	          // enqueue the result of creating a Uint8Array from the available bytes into stream.
	          if (value.length && !isErrored(stream)) {
	            controller.enqueue(new Uint8Array(value));
	            return
	          }
	        }
	      },
	      cancel (reason) {
	        return action()[Symbol.asyncIterator]?.().return(reason)
	      },
	      type: 'bytes'
	    });
	  }

	  // 5. Assert: stream is a ReadableStream object.
	  assert(webidl.is.ReadableStream(stream));

	  // 6. Let action be null.
	  let action = null;

	  // 7. Let source be null.
	  let source = null;

	  // 8. Let length be null.
	  let length = null;

	  // 9. Let type be null.
	  let type = null;

	  // 10. Switch on object:
	  if (typeof object === 'string') {
	    // Set source to the UTF-8 encoding of object.
	    // Note: setting source to a Uint8Array here breaks some mocking assumptions.
	    source = object;

	    // Set type to `text/plain;charset=UTF-8`.
	    type = 'text/plain;charset=UTF-8';
	  } else if (webidl.is.URLSearchParams(object)) {
	    // URLSearchParams

	    // spec says to run application/x-www-form-urlencoded on body.list
	    // this is implemented in Node.js as apart of an URLSearchParams instance toString method
	    // See: https://github.com/nodejs/node/blob/e46c680bf2b211bbd52cf959ca17ee98c7f657f5/lib/internal/url.js#L490
	    // and https://github.com/nodejs/node/blob/e46c680bf2b211bbd52cf959ca17ee98c7f657f5/lib/internal/url.js#L1100

	    // Set source to the result of running the application/x-www-form-urlencoded serializer with object\u2019s list.
	    source = object.toString();

	    // Set type to `application/x-www-form-urlencoded;charset=UTF-8`.
	    type = 'application/x-www-form-urlencoded;charset=UTF-8';
	  } else if (webidl.is.BufferSource(object)) {
	    // Set source to a copy of the bytes held by object.
	    source = webidl.util.getCopyOfBytesHeldByBufferSource(object);
	  } else if (webidl.is.FormData(object)) {
	    const boundary = `----formdata-undici-0${`${random(1e11)}`.padStart(11, '0')}`;
	    const prefix = `--${boundary}\r\nContent-Disposition: form-data`;

	    /*! formdata-polyfill. MIT License. Jimmy W\u00e4rting <https://jimmy.warting.se/opensource> */
	    const formdataEscape = (str) =>
	      str.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
	    const normalizeLinefeeds = (value) => value.replace(/\r?\n|\r/g, '\r\n');

	    // Set action to this step: run the multipart/form-data
	    // encoding algorithm, with object\u2019s entry list and UTF-8.
	    // - This ensures that the body is immutable and can't be changed afterwords
	    // - That the content-length is calculated in advance.
	    // - And that all parts are pre-encoded and ready to be sent.

	    const blobParts = [];
	    const rn = new Uint8Array([13, 10]); // '\r\n'
	    length = 0;
	    let hasUnknownSizeValue = false;

	    for (const [name, value] of object) {
	      if (typeof value === 'string') {
	        const chunk = textEncoder.encode(prefix +
	          `; name="${formdataEscape(normalizeLinefeeds(name))}"` +
	          `\r\n\r\n${normalizeLinefeeds(value)}\r\n`);
	        blobParts.push(chunk);
	        length += chunk.byteLength;
	      } else {
	        const chunk = textEncoder.encode(`${prefix}; name="${formdataEscape(normalizeLinefeeds(name))}"` +
	          (value.name ? `; filename="${formdataEscape(value.name)}"` : '') + '\r\n' +
	          `Content-Type: ${
	            value.type || 'application/octet-stream'
	          }\r\n\r\n`);
	        blobParts.push(chunk, value, rn);
	        if (typeof value.size === 'number') {
	          length += chunk.byteLength + value.size + rn.byteLength;
	        } else {
	          hasUnknownSizeValue = true;
	        }
	      }
	    }

	    // CRLF is appended to the body to function with legacy servers and match other implementations.
	    // https://github.com/curl/curl/blob/3434c6b46e682452973972e8313613dfa58cd690/lib/mime.c#L1029-L1030
	    // https://github.com/form-data/form-data/issues/63
	    const chunk = textEncoder.encode(`--${boundary}--\r\n`);
	    blobParts.push(chunk);
	    length += chunk.byteLength;
	    if (hasUnknownSizeValue) {
	      length = null;
	    }

	    // Set source to object.
	    source = object;

	    const parts = (async function * () {
	      for (const part of blobParts) {
	        if (part.stream) {
	          yield * part.stream();
	        } else {
	          yield part;
	        }
	      }
	    })();
	    action = () => parts;

	    // Set type to `multipart/form-data; boundary=`,
	    // followed by the multipart/form-data boundary string generated
	    // by the multipart/form-data encoding algorithm.
	    type = `multipart/form-data; boundary=${boundary}`;
	  } else if (webidl.is.Blob(object)) {
	    // Blob

	    // Set source to object.
	    source = object;

	    // Set length to object\u2019s size.
	    length = object.size;

	    // If object\u2019s type attribute is not the empty byte sequence, set
	    // type to its value.
	    if (object.type) {
	      type = object.type;
	    }
	  } else if (typeof object[Symbol.asyncIterator] === 'function') {
	    // If keepalive is true, then throw a TypeError.
	    if (keepalive) {
	      throw new TypeError('keepalive')
	    }

	    // If object is disturbed or locked, then throw a TypeError.
	    if (util.isDisturbed(object) || object.locked) {
	      throw new TypeError(
	        'Response body object should not be disturbed or locked'
	      )
	    }

	    stream =
	      webidl.is.ReadableStream(object) ? object : ReadableStreamFrom(object);
	  }

	  // 18. If source is a byte sequence, then set action to a
	  // step that returns source and length to source\u2019s length.
	  if (typeof source === 'string' || isUint8Array(source)) {
	    action = () => source;
	    length = typeof source === 'string' ? Buffer.byteLength(source) : source.length;
	  }

	  // 19. If action is non-null, then run these steps in parallel:
	  // Note: this is done in the pull method of the stream created above

	  // 20. Let body be a body whose stream is stream, source is source,
	  // and length is length.
	  const body = { stream, source, length };

	  // 21. Return (body, type).
	  return [body, type]
	}

	/**
	 * @typedef {object} ExtractBodyResult
	 * @property {ReadableStream<Uint8Array<ArrayBuffer>>} stream - The ReadableStream containing the body data
	 * @property {any} source - The original source of the body data
	 * @property {number | null} length - The length of the body data, or null
	 */

	/**
	 * Safely extract a body with type from a byte sequence or BodyInit object.
	 *
	 * @param {import('../../../types').BodyInit} object - The BodyInit object to extract from
	 * @param {boolean} [keepalive=false] - If true, indicates that the body
	 * @returns {[ExtractBodyResult, string | null]} - Returns a tuple containing the body and its type
	 *
	 * @see https://fetch.spec.whatwg.org/#bodyinit-safely-extract
	 */
	function safelyExtractBody (object, keepalive = false) {
	  // To safely extract a body and a `Content-Type` value from
	  // a byte sequence or BodyInit object object, run these steps:

	  // 1. If object is a ReadableStream object, then:
	  if (webidl.is.ReadableStream(object)) {
	    // Assert: object is neither disturbed nor locked.
	    assert(!util.isDisturbed(object), 'The body has already been consumed.');
	    assert(!object.locked, 'The stream is locked.');
	  }

	  // 2. Return the results of extracting object.
	  return extractBody(object, keepalive)
	}

	function cloneBody (body) {
	  // To clone a body body, run these steps:

	  // https://fetch.spec.whatwg.org/#concept-body-clone

	  // 1. Let \u00ab out1, out2 \u00bb be the result of teeing body\u2019s stream.
	  const { 0: out1, 1: out2 } = body.stream.tee();

	  // 2. Set body\u2019s stream to out1.
	  body.stream = out1;

	  // 3. Return a body whose stream is out2 and other members are copied from body.
	  return {
	    stream: out2,
	    length: body.length,
	    source: body.source
	  }
	}

	function bodyMixinMethods (instance, getInternalState) {
	  const methods = {
	    blob () {
	      // The blob() method steps are to return the result of
	      // running consume body with this and the following step
	      // given a byte sequence bytes: return a Blob whose
	      // contents are bytes and whose type attribute is this\u2019s
	      // MIME type.
	      return consumeBody(this, (bytes) => {
	        let mimeType = bodyMimeType(getInternalState(this));

	        if (mimeType === null) {
	          mimeType = '';
	        } else if (mimeType) {
	          mimeType = serializeAMimeType(mimeType);
	        }

	        // Return a Blob whose contents are bytes and type attribute
	        // is mimeType.
	        return new Blob([bytes], { type: mimeType })
	      }, instance, getInternalState)
	    },

	    arrayBuffer () {
	      // The arrayBuffer() method steps are to return the result
	      // of running consume body with this and the following step
	      // given a byte sequence bytes: return a new ArrayBuffer
	      // whose contents are bytes.
	      return consumeBody(this, (bytes) => {
	        return new Uint8Array(bytes).buffer
	      }, instance, getInternalState)
	    },

	    text () {
	      // The text() method steps are to return the result of running
	      // consume body with this and UTF-8 decode.
	      return consumeBody(this, utf8DecodeBytes, instance, getInternalState)
	    },

	    json () {
	      // The json() method steps are to return the result of running
	      // consume body with this and parse JSON from bytes.
	      return consumeBody(this, parseJSONFromBytes, instance, getInternalState)
	    },

	    formData () {
	      // The formData() method steps are to return the result of running
	      // consume body with this and the following step given a byte sequence bytes:
	      return consumeBody(this, (value) => {
	        // 1. Let mimeType be the result of get the MIME type with this.
	        const mimeType = bodyMimeType(getInternalState(this));

	        // 2. If mimeType is non-null, then switch on mimeType\u2019s essence and run
	        //    the corresponding steps:
	        if (mimeType !== null) {
	          switch (mimeType.essence) {
	            case 'multipart/form-data': {
	              // 1. ... [long step]
	              // 2. If that fails for some reason, then throw a TypeError.
	              const parsed = multipartFormDataParser(value, mimeType);

	              // 3. Return a new FormData object, appending each entry,
	              //    resulting from the parsing operation, to its entry list.
	              const fd = new FormData();
	              setFormDataState(fd, parsed);

	              return fd
	            }
	            case 'application/x-www-form-urlencoded': {
	              // 1. Let entries be the result of parsing bytes.
	              const entries = new URLSearchParams(value.toString());

	              // 2. If entries is failure, then throw a TypeError.

	              // 3. Return a new FormData object whose entry list is entries.
	              const fd = new FormData();

	              for (const [name, value] of entries) {
	                fd.append(name, value);
	              }

	              return fd
	            }
	          }
	        }

	        // 3. Throw a TypeError.
	        throw new TypeError(
	          'Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".'
	        )
	      }, instance, getInternalState)
	    },

	    bytes () {
	      // The bytes() method steps are to return the result of running consume body
	      // with this and the following step given a byte sequence bytes: return the
	      // result of creating a Uint8Array from bytes in this\u2019s relevant realm.
	      return consumeBody(this, (bytes) => {
	        return new Uint8Array(bytes)
	      }, instance, getInternalState)
	    }
	  };

	  return methods
	}

	function mixinBody (prototype, getInternalState) {
	  Object.assign(prototype.prototype, bodyMixinMethods(prototype, getInternalState));
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#concept-body-consume-body
	 * @param {any} object internal state
	 * @param {(value: unknown) => unknown} convertBytesToJSValue
	 * @param {any} instance
	 * @param {(target: any) => any} getInternalState
	 */
	function consumeBody (object, convertBytesToJSValue, instance, getInternalState) {
	  try {
	    webidl.brandCheck(object, instance);
	  } catch (e) {
	    return Promise.reject(e)
	  }

	  object = getInternalState(object);

	  // 1. If object is unusable, then return a promise rejected
	  //    with a TypeError.
	  if (bodyUnusable(object)) {
	    return Promise.reject(new TypeError('Body is unusable: Body has already been read'))
	  }

	  // 2. Let promise be a new promise.
	  const promise = createDeferredPromise();

	  // 3. Let errorSteps given error be to reject promise with error.
	  const errorSteps = promise.reject;

	  // 4. Let successSteps given a byte sequence data be to resolve
	  //    promise with the result of running convertBytesToJSValue
	  //    with data. If that threw an exception, then run errorSteps
	  //    with that exception.
	  const successSteps = (data) => {
	    try {
	      promise.resolve(convertBytesToJSValue(data));
	    } catch (e) {
	      errorSteps(e);
	    }
	  };

	  // 5. If object\u2019s body is null, then run successSteps with an
	  //    empty byte sequence.
	  if (object.body == null) {
	    successSteps(Buffer.allocUnsafe(0));
	    return promise.promise
	  }

	  // 6. Otherwise, fully read object\u2019s body given successSteps,
	  //    errorSteps, and object\u2019s relevant global object.
	  fullyReadBody(object.body, successSteps, errorSteps);

	  // 7. Return promise.
	  return promise.promise
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#body-unusable
	 * @param {any} object internal state
	 */
	function bodyUnusable (object) {
	  const body = object.body;

	  // An object including the Body interface mixin is
	  // said to be unusable if its body is non-null and
	  // its body\u2019s stream is disturbed or locked.
	  return body != null && (body.stream.locked || util.isDisturbed(body.stream))
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#concept-body-mime-type
	 * @param {any} requestOrResponse internal state
	 */
	function bodyMimeType (requestOrResponse) {
	  // 1. Let headers be null.
	  // 2. If requestOrResponse is a Request object, then set headers to requestOrResponse\u2019s request\u2019s header list.
	  // 3. Otherwise, set headers to requestOrResponse\u2019s response\u2019s header list.
	  /** @type {import('./headers').HeadersList} */
	  const headers = requestOrResponse.headersList;

	  // 4. Let mimeType be the result of extracting a MIME type from headers.
	  const mimeType = extractMimeType(headers);

	  // 5. If mimeType is failure, then return null.
	  if (mimeType === 'failure') {
	    return null
	  }

	  // 6. Return mimeType.
	  return mimeType
	}

	body = {
	  extractBody,
	  safelyExtractBody,
	  cloneBody,
	  mixinBody,
	  streamRegistry,
	  bodyUnusable
	};
	return body;
}

var clientH1;
var hasRequiredClientH1;

function requireClientH1 () {
	if (hasRequiredClientH1) return clientH1;
	hasRequiredClientH1 = 1;

	/* global WebAssembly */

	const assert = require$$0$1;
	const util = requireUtil$1();
	const { channels } = requireDiagnostics();
	const timers = requireTimers();
	const {
	  RequestContentLengthMismatchError,
	  ResponseContentLengthMismatchError,
	  RequestAbortedError,
	  InvalidArgumentError,
	  HeadersTimeoutError,
	  HeadersOverflowError,
	  SocketError,
	  InformationalError,
	  BodyTimeoutError,
	  HTTPParserError,
	  ResponseExceededMaxSizeError
	} = requireErrors();
	const {
	  kUrl,
	  kReset,
	  kClient,
	  kParser,
	  kBlocking,
	  kRunning,
	  kPending,
	  kSize,
	  kWriting,
	  kQueue,
	  kNoRef,
	  kKeepAliveDefaultTimeout,
	  kHostHeader,
	  kPendingIdx,
	  kRunningIdx,
	  kError,
	  kPipelining,
	  kSocket,
	  kKeepAliveTimeoutValue,
	  kMaxHeadersSize,
	  kKeepAliveMaxTimeout,
	  kKeepAliveTimeoutThreshold,
	  kHeadersTimeout,
	  kBodyTimeout,
	  kStrictContentLength,
	  kMaxRequests,
	  kCounter,
	  kMaxResponseSize,
	  kOnError,
	  kResume,
	  kHTTPContext,
	  kClosed
	} = requireSymbols();

	const constants = requireConstants$1();
	const EMPTY_BUF = Buffer.alloc(0);
	const FastBuffer = Buffer[Symbol.species];
	const removeAllListeners = util.removeAllListeners;
	const kIdleSocketValidation = Symbol('kIdleSocketValidation');
	const kIdleSocketValidationTimeout = Symbol('kIdleSocketValidationTimeout');
	const kSocketUsed = Symbol('kSocketUsed');
	const kTypeOfService = Symbol('kTypeOfService');

	let extractBody;

	function lazyllhttp () {
	  const llhttpWasmData = process.env.JEST_WORKER_ID ? requireLlhttpWasm() : undefined;

	  let mod;

	  // We disable wasm SIMD on older versions of Node.js on ppc64 that are broken on Power >=9 architectures.
	  let useWasmSIMD = true;
	  if (process.arch === 'ppc64') {
	    const [major, minor] = process.versions.node.split('.').map(n => parseInt(n, 10));
	    if (major < 24 || (major === 24 && minor < 12)) {
	      useWasmSIMD = false;
	    }
	  }
	  // The Env Variable UNDICI_NO_WASM_SIMD allows explicitly overriding the default behavior
	  if (process.env.UNDICI_NO_WASM_SIMD === '1') {
	    useWasmSIMD = false;
	  } else if (process.env.UNDICI_NO_WASM_SIMD === '0') {
	    useWasmSIMD = true;
	  }

	  if (useWasmSIMD) {
	    try {
	      mod = new WebAssembly.Module(requireLlhttp_simdWasm());
	    } catch {
	    }
	  }

	  if (!mod) {
	    // We could check if the error was caused by the simd option not
	    // being enabled, but the occurring of this other error
	    // * https://github.com/emscripten-core/emscripten/issues/11495
	    // got me to remove that check to avoid breaking Node 12.
	    mod = new WebAssembly.Module(llhttpWasmData || requireLlhttpWasm());
	  }

	  return new WebAssembly.Instance(mod, {
	    env: {
	      /**
	       * @param {number} p
	       * @param {number} at
	       * @param {number} len
	       * @returns {number}
	       */
	      wasm_on_url: (p, at, len) => {
	        return 0
	      },
	      /**
	       * @param {number} p
	       * @param {number} at
	       * @param {number} len
	       * @returns {number}
	       */
	      wasm_on_status: (p, at, len) => {
	        assert(currentParser.ptr === p);
	        const start = at - currentBufferPtr + currentBufferRef.byteOffset;
	        return currentParser.onStatus(new FastBuffer(currentBufferRef.buffer, start, len))
	      },
	      /**
	       * @param {number} p
	       * @returns {number}
	       */
	      wasm_on_message_begin: (p) => {
	        assert(currentParser.ptr === p);
	        return currentParser.onMessageBegin()
	      },
	      /**
	       * @param {number} p
	       * @param {number} at
	       * @param {number} len
	       * @returns {number}
	       */
	      wasm_on_header_field: (p, at, len) => {
	        assert(currentParser.ptr === p);
	        const start = at - currentBufferPtr + currentBufferRef.byteOffset;
	        return currentParser.onHeaderField(new FastBuffer(currentBufferRef.buffer, start, len))
	      },
	      /**
	       * @param {number} p
	       * @param {number} at
	       * @param {number} len
	       * @returns {number}
	       */
	      wasm_on_header_value: (p, at, len) => {
	        assert(currentParser.ptr === p);
	        const start = at - currentBufferPtr + currentBufferRef.byteOffset;
	        return currentParser.onHeaderValue(new FastBuffer(currentBufferRef.buffer, start, len))
	      },
	      /**
	       * @param {number} p
	       * @param {number} statusCode
	       * @param {0|1} upgrade
	       * @param {0|1} shouldKeepAlive
	       * @returns {number}
	       */
	      wasm_on_headers_complete: (p, statusCode, upgrade, shouldKeepAlive) => {
	        assert(currentParser.ptr === p);
	        return currentParser.onHeadersComplete(statusCode, upgrade === 1, shouldKeepAlive === 1)
	      },
	      /**
	       * @param {number} p
	       * @param {number} at
	       * @param {number} len
	       * @returns {number}
	       */
	      wasm_on_body: (p, at, len) => {
	        assert(currentParser.ptr === p);
	        const start = at - currentBufferPtr + currentBufferRef.byteOffset;
	        return currentParser.onBody(new FastBuffer(currentBufferRef.buffer, start, len))
	      },
	      /**
	       * @param {number} p
	       * @returns {number}
	       */
	      wasm_on_message_complete: (p) => {
	        assert(currentParser.ptr === p);
	        return currentParser.onMessageComplete()
	      }

	    }
	  })
	}

	let llhttpInstance = null;

	/**
	 * @type {Parser|null}
	 */
	let currentParser = null;
	let currentBufferRef = null;
	/**
	 * @type {number}
	 */
	let currentBufferSize = 0;
	let currentBufferPtr = null;

	const USE_NATIVE_TIMER = 0;
	const USE_FAST_TIMER = 1;

	// Use fast timers for headers and body to take eventual event loop
	// latency into account.
	const TIMEOUT_HEADERS = 2 | USE_FAST_TIMER;
	const TIMEOUT_BODY = 4 | USE_FAST_TIMER;

	// Use native timers to ignore event loop latency for keep-alive
	// handling.
	const TIMEOUT_KEEP_ALIVE = 8 | USE_NATIVE_TIMER;

	class Parser {
	  /**
	     * @param {import('./client.js')} client
	     * @param {import('net').Socket} socket
	     * @param {*} llhttp
	     */
	  constructor (client, socket, { exports }) {
	    this.llhttp = exports;
	    this.ptr = this.llhttp.llhttp_alloc(constants.TYPE.RESPONSE);
	    this.client = client;
	    /**
	     * @type {import('net').Socket}
	     */
	    this.socket = socket;
	    this.timeout = null;
	    this.timeoutWeakRef = new WeakRef(this);
	    this.timeoutValue = null;
	    this.timeoutType = null;
	    this.statusCode = 0;
	    this.statusText = '';
	    this.upgrade = false;
	    this.headers = [];
	    this.headersSize = 0;
	    this.headersMaxSize = client[kMaxHeadersSize];
	    this.shouldKeepAlive = false;
	    this.paused = false;
	    this.resume = this.resume.bind(this);

	    this.bytesRead = 0;

	    this.keepAlive = '';
	    this.contentLength = '';
	    this.connection = '';
	    this.maxResponseSize = client[kMaxResponseSize];
	  }

	  setTimeout (delay, type) {
	    // If the existing timer and the new timer are of different timer type
	    // (fast or native) or have different delay, we need to clear the existing
	    // timer and set a new one.
	    if (
	      delay !== this.timeoutValue ||
	      (type & USE_FAST_TIMER) ^ (this.timeoutType & USE_FAST_TIMER)
	    ) {
	      // If a timeout is already set, clear it with clearTimeout of the fast
	      // timer implementation, as it can clear fast and native timers.
	      if (this.timeout) {
	        timers.clearTimeout(this.timeout);
	        this.timeout = null;
	      }

	      if (delay) {
	        if (type & USE_FAST_TIMER) {
	          this.timeout = timers.setFastTimeout(onParserTimeout, delay, this.timeoutWeakRef);
	        } else {
	          this.timeout = setTimeout(onParserTimeout, delay, this.timeoutWeakRef);
	          this.timeout?.unref();
	        }
	      }

	      this.timeoutValue = delay;
	    } else if (this.timeout) {
	      if (this.timeout.refresh) {
	        this.timeout.refresh();
	      }
	    }

	    this.timeoutType = type;
	  }

	  resume () {
	    if (this.socket.destroyed || !this.paused) {
	      return
	    }

	    assert(this.ptr != null);
	    assert(currentParser === null);

	    this.llhttp.llhttp_resume(this.ptr);

	    assert(this.timeoutType === TIMEOUT_BODY);
	    if (this.timeout) {
	      if (this.timeout.refresh) {
	        this.timeout.refresh();
	      }
	    }

	    this.paused = false;
	    this.execute(this.socket.read() || EMPTY_BUF); // Flush parser.
	    this.readMore();
	  }

	  readMore () {
	    while (!this.paused && this.ptr) {
	      const chunk = this.socket.read();
	      if (chunk === null) {
	        break
	      }
	      this.execute(chunk);
	    }
	  }

	  /**
	   * @param {Buffer} chunk
	   */
	  execute (chunk) {
	    assert(currentParser === null);
	    assert(this.ptr != null);
	    assert(!this.paused);

	    const { socket, llhttp } = this;

	    // Allocate a new buffer if the current buffer is too small.
	    if (chunk.length > currentBufferSize) {
	      if (currentBufferPtr) {
	        llhttp.free(currentBufferPtr);
	      }
	      // Allocate a buffer that is a multiple of 4096 bytes.
	      currentBufferSize = Math.ceil(chunk.length / 4096) * 4096;
	      currentBufferPtr = llhttp.malloc(currentBufferSize);
	    }

	    new Uint8Array(llhttp.memory.buffer, currentBufferPtr, currentBufferSize).set(chunk);

	    // Call `execute` on the wasm parser.
	    // We pass the `llhttp_parser` pointer address, the pointer address of buffer view data,
	    // and finally the length of bytes to parse.
	    // The return value is an error code or `constants.ERROR.OK`.
	    try {
	      let ret;

	      try {
	        currentBufferRef = chunk;
	        currentParser = this;
	        ret = llhttp.llhttp_execute(this.ptr, currentBufferPtr, chunk.length);
	      } finally {
	        currentParser = null;
	        currentBufferRef = null;
	      }

	      if (ret !== constants.ERROR.OK) {
	        const data = chunk.subarray(llhttp.llhttp_get_error_pos(this.ptr) - currentBufferPtr);

	        if (ret === constants.ERROR.PAUSED_UPGRADE) {
	          this.onUpgrade(data);
	        } else if (ret === constants.ERROR.PAUSED) {
	          this.paused = true;
	          socket.unshift(data);
	        } else {
	          throw this.createError(ret, data)
	        }
	      }
	    } catch (err) {
	      util.destroy(socket, err);
	    }
	  }

	  finish () {
	    assert(currentParser === null);
	    assert(this.ptr != null);
	    assert(!this.paused);

	    const { llhttp } = this;

	    let ret;

	    try {
	      currentParser = this;
	      ret = llhttp.llhttp_finish(this.ptr);
	    } finally {
	      currentParser = null;
	    }

	    if (ret === constants.ERROR.OK) {
	      return null
	    }

	    if (ret === constants.ERROR.PAUSED || ret === constants.ERROR.PAUSED_UPGRADE) {
	      this.paused = true;
	      return null
	    }

	    return this.createError(ret, EMPTY_BUF)
	  }

	  createError (ret, data) {
	    const { llhttp, contentLength, bytesRead } = this;

	    if (contentLength && bytesRead !== parseInt(contentLength, 10)) {
	      return new ResponseContentLengthMismatchError()
	    }

	    const ptr = llhttp.llhttp_get_error_reason(this.ptr);
	    let message = '';
	    if (ptr) {
	      const len = new Uint8Array(llhttp.memory.buffer, ptr).indexOf(0);
	      message =
	        'Response does not match the HTTP/1.1 protocol (' +
	        Buffer.from(llhttp.memory.buffer, ptr, len).toString() +
	        ')';
	    }

	    return new HTTPParserError(message, constants.ERROR[ret], data)
	  }

	  destroy () {
	    assert(currentParser === null);
	    assert(this.ptr != null);

	    this.llhttp.llhttp_free(this.ptr);
	    this.ptr = null;

	    this.timeout && timers.clearTimeout(this.timeout);
	    this.timeout = null;
	    this.timeoutValue = null;
	    this.timeoutType = null;

	    this.paused = false;
	  }

	  /**
	   * @param {Buffer} buf
	   * @returns {0}
	   */
	  onStatus (buf) {
	    this.statusText = buf.toString();
	    return 0
	  }

	  /**
	   * @returns {0|-1}
	   */
	  onMessageBegin () {
	    const { socket, client } = this;

	    if (socket.destroyed) {
	      return -1
	    }

	    if (client[kRunning] === 0) {
	      util.destroy(socket, new SocketError('bad response', util.getSocketInfo(socket)));
	      return -1
	    }

	    const request = client[kQueue][client[kRunningIdx]];
	    if (!request) {
	      return -1
	    }
	    request.onResponseStarted();

	    return 0
	  }

	  /**
	   * @param {Buffer} buf
	   * @returns {number}
	   */
	  onHeaderField (buf) {
	    const len = this.headers.length;

	    if ((len & 1) === 0) {
	      this.headers.push(buf);
	    } else {
	      this.headers[len - 1] = Buffer.concat([this.headers[len - 1], buf]);
	    }

	    this.trackHeader(buf.length);

	    return 0
	  }

	  /**
	   * @param {Buffer} buf
	   * @returns {number}
	   */
	  onHeaderValue (buf) {
	    let len = this.headers.length;

	    if ((len & 1) === 1) {
	      this.headers.push(buf);
	      len += 1;
	    } else {
	      this.headers[len - 1] = Buffer.concat([this.headers[len - 1], buf]);
	    }

	    const key = this.headers[len - 2];
	    if (key.length === 10) {
	      const headerName = util.bufferToLowerCasedHeaderName(key);
	      if (headerName === 'keep-alive') {
	        this.keepAlive += buf.toString();
	      } else if (headerName === 'connection') {
	        this.connection += buf.toString();
	      }
	    } else if (key.length === 14 && util.bufferToLowerCasedHeaderName(key) === 'content-length') {
	      this.contentLength += buf.toString();
	    }

	    this.trackHeader(buf.length);

	    return 0
	  }

	  /**
	   * @param {number} len
	   */
	  trackHeader (len) {
	    this.headersSize += len;
	    if (this.headersSize >= this.headersMaxSize) {
	      util.destroy(this.socket, new HeadersOverflowError());
	    }
	  }

	  /**
	   * @param {Buffer} head
	   */
	  onUpgrade (head) {
	    const { upgrade, client, socket, headers, statusCode, statusText } = this;

	    assert(upgrade);
	    assert(client[kSocket] === socket);
	    assert(!socket.destroyed);
	    assert(!this.paused);
	    assert((headers.length & 1) === 0);

	    const request = client[kQueue][client[kRunningIdx]];
	    assert(request);
	    assert(request.upgrade || request.method === 'CONNECT');

	    this.statusCode = 0;
	    this.statusText = '';
	    this.shouldKeepAlive = false;

	    this.headers = [];
	    this.headersSize = 0;

	    socket.unshift(head);

	    socket[kParser].destroy();
	    socket[kParser] = null;

	    socket[kClient] = null;
	    socket[kError] = null;

	    removeAllListeners(socket);

	    client[kSocket] = null;
	    client[kHTTPContext] = null; // TODO (fix): This is hacky...
	    client[kQueue][client[kRunningIdx]++] = null;
	    client.emit('disconnect', client[kUrl], [client], new InformationalError('upgrade'));

	    try {
	      request.onUpgrade(statusCode, headers, socket, statusText);
	    } catch (err) {
	      util.errorRequest(client, request, err);
	      util.destroy(socket, err);
	    }

	    client[kResume]();
	  }

	  /**
	   * @param {number} statusCode
	   * @param {boolean} upgrade
	   * @param {boolean} shouldKeepAlive
	   * @returns {number}
	   */
	  onHeadersComplete (statusCode, upgrade, shouldKeepAlive) {
	    const { client, socket, headers, statusText } = this;

	    if (socket.destroyed) {
	      return -1
	    }

	    if (client[kRunning] === 0) {
	      util.destroy(socket, new SocketError('bad response', util.getSocketInfo(socket)));
	      return -1
	    }

	    const request = client[kQueue][client[kRunningIdx]];

	    if (!request) {
	      return -1
	    }

	    assert(!this.upgrade);
	    assert(this.statusCode < 200);

	    if (statusCode === 100) {
	      util.destroy(socket, new SocketError('bad response', util.getSocketInfo(socket)));
	      return -1
	    }

	    /* this can only happen if server is misbehaving */
	    if (upgrade && !request.upgrade) {
	      util.destroy(socket, new SocketError('bad upgrade', util.getSocketInfo(socket)));
	      return -1
	    }

	    assert(this.timeoutType === TIMEOUT_HEADERS);

	    this.statusCode = statusCode;
	    this.shouldKeepAlive = (
	      shouldKeepAlive ||
	      // Override llhttp value which does not allow keepAlive for HEAD.
	      (request.method === 'HEAD' && !socket[kReset] && this.connection.toLowerCase() === 'keep-alive')
	    );

	    if (this.statusCode >= 200) {
	      const bodyTimeout = request.bodyTimeout != null
	        ? request.bodyTimeout
	        : client[kBodyTimeout];
	      this.setTimeout(bodyTimeout, TIMEOUT_BODY);
	    } else if (this.timeout) {
	      if (this.timeout.refresh) {
	        this.timeout.refresh();
	      }
	    }

	    if (request.method === 'CONNECT') {
	      assert(client[kRunning] === 1);
	      this.upgrade = true;
	      return 2
	    }

	    if (upgrade) {
	      assert(client[kRunning] === 1);
	      this.upgrade = true;
	      return 2
	    }

	    assert((this.headers.length & 1) === 0);
	    this.headers = [];
	    this.headersSize = 0;

	    if (this.shouldKeepAlive && client[kPipelining]) {
	      const keepAliveTimeout = this.keepAlive ? util.parseKeepAliveTimeout(this.keepAlive) : null;

	      if (keepAliveTimeout != null) {
	        const timeout = Math.min(
	          keepAliveTimeout - client[kKeepAliveTimeoutThreshold],
	          client[kKeepAliveMaxTimeout]
	        );
	        if (timeout <= 0) {
	          socket[kReset] = true;
	        } else {
	          client[kKeepAliveTimeoutValue] = timeout;
	        }
	      } else {
	        client[kKeepAliveTimeoutValue] = client[kKeepAliveDefaultTimeout];
	      }
	    } else {
	      // Stop more requests from being dispatched.
	      socket[kReset] = true;
	    }

	    const pause = request.onHeaders(statusCode, headers, this.resume, statusText) === false;

	    if (request.aborted) {
	      return -1
	    }

	    if (request.method === 'HEAD') {
	      return 1
	    }

	    if (statusCode < 200) {
	      return 1
	    }

	    if (socket[kBlocking]) {
	      socket[kBlocking] = false;
	      client[kResume]();
	    }

	    return pause ? constants.ERROR.PAUSED : 0
	  }

	  /**
	   * @param {Buffer} buf
	   * @returns {number}
	   */
	  onBody (buf) {
	    const { client, socket, statusCode, maxResponseSize } = this;

	    if (socket.destroyed) {
	      return -1
	    }

	    const request = client[kQueue][client[kRunningIdx]];
	    assert(request);

	    assert(this.timeoutType === TIMEOUT_BODY);
	    if (this.timeout) {
	      if (this.timeout.refresh) {
	        this.timeout.refresh();
	      }
	    }

	    assert(statusCode >= 200);

	    if (maxResponseSize > -1 && this.bytesRead + buf.length > maxResponseSize) {
	      util.destroy(socket, new ResponseExceededMaxSizeError());
	      return -1
	    }

	    this.bytesRead += buf.length;

	    if (request.onData(buf) === false) {
	      return constants.ERROR.PAUSED
	    }

	    return 0
	  }

	  /**
	   * @returns {number}
	   */
	  onMessageComplete () {
	    const { client, socket, statusCode, upgrade, headers, contentLength, bytesRead, shouldKeepAlive } = this;

	    if (socket.destroyed && (!statusCode || shouldKeepAlive)) {
	      return -1
	    }

	    if (upgrade) {
	      return 0
	    }

	    assert(statusCode >= 100);
	    assert((this.headers.length & 1) === 0);

	    const request = client[kQueue][client[kRunningIdx]];
	    assert(request);

	    this.statusCode = 0;
	    this.statusText = '';
	    this.bytesRead = 0;
	    this.contentLength = '';
	    this.keepAlive = '';
	    this.connection = '';

	    this.headers = [];
	    this.headersSize = 0;

	    if (statusCode < 200) {
	      return 0
	    }

	    if (request.method !== 'HEAD' && contentLength && bytesRead !== parseInt(contentLength, 10)) {
	      util.destroy(socket, new ResponseContentLengthMismatchError());
	      return -1
	    }

	    request.onComplete(headers);

	    client[kQueue][client[kRunningIdx]++] = null;
	    socket[kSocketUsed] = client[kPending] === 0;

	    if (socket[kWriting]) {
	      assert(client[kRunning] === 0);
	      // Response completed before request.
	      util.destroy(socket, new InformationalError('reset'));
	      return constants.ERROR.PAUSED
	    } else if (!shouldKeepAlive) {
	      util.destroy(socket, new InformationalError('reset'));
	      return constants.ERROR.PAUSED
	    } else if (socket[kReset] && client[kRunning] === 0) {
	      // Destroy socket once all requests have completed.
	      // The request at the tail of the pipeline is the one
	      // that requested reset and no further requests should
	      // have been queued since then.
	      util.destroy(socket, new InformationalError('reset'));
	      return constants.ERROR.PAUSED
	    } else if (client[kPipelining] == null || client[kPipelining] === 1) {
	      // We must wait a full event loop cycle to reuse this socket to make sure
	      // that non-spec compliant servers are not closing the connection even if they
	      // said they won't.
	      setImmediate(client[kResume]);
	    } else {
	      client[kResume]();
	    }

	    return 0
	  }
	}

	function onParserTimeout (parserWeakRef) {
	  const parser = parserWeakRef.deref();
	  if (!parser) {
	    return
	  }

	  const { socket, timeoutType, client, paused } = parser;

	  if (timeoutType === TIMEOUT_HEADERS) {
	    if (!socket[kWriting] || socket.writableNeedDrain || client[kRunning] > 1) {
	      assert(!paused, 'cannot be paused while waiting for headers');
	      util.destroy(socket, new HeadersTimeoutError());
	    }
	  } else if (timeoutType === TIMEOUT_BODY) {
	    if (!paused) {
	      util.destroy(socket, new BodyTimeoutError());
	    }
	  } else if (timeoutType === TIMEOUT_KEEP_ALIVE) {
	    assert(client[kRunning] === 0 && client[kKeepAliveTimeoutValue]);
	    util.destroy(socket, new InformationalError('socket idle timeout'));
	  }
	}

	/**
	 * @param {import ('./client.js')} client
	 * @param {import('net').Socket} socket
	 * @returns
	 */
	function connectH1 (client, socket) {
	  client[kSocket] = socket;

	  if (!llhttpInstance) {
	    llhttpInstance = lazyllhttp();
	  }

	  if (socket.errored) {
	    throw socket.errored
	  }

	  if (socket.destroyed) {
	    throw new SocketError('destroyed')
	  }

	  socket[kNoRef] = false;
	  socket[kWriting] = false;
	  socket[kReset] = false;
	  socket[kBlocking] = false;
	  socket[kIdleSocketValidation] = 0;
	  socket[kIdleSocketValidationTimeout] = null;
	  socket[kSocketUsed] = false;
	  socket[kParser] = new Parser(client, socket, llhttpInstance);

	  util.addListener(socket, 'error', onHttpSocketError);
	  util.addListener(socket, 'readable', onHttpSocketReadable);
	  util.addListener(socket, 'end', onHttpSocketEnd);
	  util.addListener(socket, 'close', onHttpSocketClose);

	  socket[kClosed] = false;
	  socket.on('close', onSocketClose);

	  return {
	    version: 'h1',
	    defaultPipelining: 1,
	    write (request) {
	      return writeH1(client, request)
	    },
	    resume () {
	      resumeH1(client);
	    },
	    /**
	     * @param {Error|undefined} err
	     * @param {() => void} callback
	     */
	    destroy (err, callback) {
	      if (socket[kClosed]) {
	        queueMicrotask(callback);
	      } else {
	        socket.on('close', callback);
	        socket.destroy(err);
	      }
	    },
	    /**
	     * @returns {boolean}
	     */
	    get destroyed () {
	      return socket.destroyed
	    },
	    /**
	     * @param {import('../core/request.js')} request
	     * @returns {boolean}
	     */
	    busy (request) {
	      if (socket[kWriting] || socket[kReset] || socket[kBlocking] || socket[kIdleSocketValidation] === 1) {
	        return true
	      }

	      if (request) {
	        if (client[kRunning] > 0 && !request.idempotent) {
	          // Non-idempotent request cannot be retried.
	          // Ensure that no other requests are inflight and
	          // could cause failure.
	          return true
	        }

	        if (client[kRunning] > 0 && (request.upgrade || request.method === 'CONNECT')) {
	          // Don't dispatch an upgrade until all preceding requests have completed.
	          // A misbehaving server might upgrade the connection before all pipelined
	          // request has completed.
	          return true
	        }

	        if (client[kRunning] > 0 && util.bodyLength(request.body) !== 0 &&
	          (util.isStream(request.body) || util.isAsyncIterable(request.body) || util.isFormDataLike(request.body))) {
	          // Request with stream or iterator body can error while other requests
	          // are inflight and indirectly error those as well.
	          // Ensure this doesn't happen by waiting for inflight
	          // to complete before dispatching.

	          // Request with stream or iterator body cannot be retried.
	          // Ensure that no other requests are inflight and
	          // could cause failure.
	          return true
	        }
	      }

	      return false
	    }
	  }
	}

	function onHttpSocketError (err) {
	  const parser = this[kParser];

	  // On Mac OS, we get an ECONNRESET even if there is a full body to be forwarded
	  // to the user.
	  if (err.code === 'ECONNRESET' && parser.statusCode && !parser.shouldKeepAlive) {
	    const parserErr = parser.finish();
	    if (parserErr) {
	      this[kError] = parserErr;
	      this[kClient][kOnError](parserErr);
	    }
	    return
	  }

	  this[kError] = err;

	  this[kClient][kOnError](err);
	}

	function onHttpSocketReadable () {
	  this[kParser]?.readMore();
	}

	function onHttpSocketEnd () {
	  const parser = this[kParser];

	  if (parser.statusCode && !parser.shouldKeepAlive) {
	    const parserErr = parser.finish();
	    if (parserErr) {
	      util.destroy(this, parserErr);
	    }
	    return
	  }

	  util.destroy(this, new SocketError('other side closed', util.getSocketInfo(this)));
	}

	function onHttpSocketClose () {
	  const parser = this[kParser];

	  clearIdleSocketValidation(this);

	  if (parser) {
	    if (!this[kError] && parser.statusCode && !parser.shouldKeepAlive) {
	      this[kError] = parser.finish() || this[kError];
	    }

	    this[kParser].destroy();
	    this[kParser] = null;
	  }

	  const err = this[kError] || new SocketError('closed', util.getSocketInfo(this));

	  const client = this[kClient];

	  client[kSocket] = null;
	  client[kHTTPContext] = null; // TODO (fix): This is hacky...

	  if (client.destroyed) {
	    assert(client[kPending] === 0);

	    // Fail entire queue.
	    const requests = client[kQueue].splice(client[kRunningIdx]);
	    for (let i = 0; i < requests.length; i++) {
	      const request = requests[i];
	      util.errorRequest(client, request, err);
	    }
	  } else if (client[kRunning] > 0 && err.code !== 'UND_ERR_INFO') {
	    // Fail head of pipeline.
	    const request = client[kQueue][client[kRunningIdx]];
	    client[kQueue][client[kRunningIdx]++] = null;

	    util.errorRequest(client, request, err);
	  }

	  client[kPendingIdx] = client[kRunningIdx];

	  assert(client[kRunning] === 0);

	  client.emit('disconnect', client[kUrl], [client], err);

	  client[kResume]();
	}

	function onSocketClose () {
	  this[kClosed] = true;
	}

	function clearIdleSocketValidation (socket) {
	  if (socket[kIdleSocketValidationTimeout]) {
	    clearImmediate(socket[kIdleSocketValidationTimeout]);
	    socket[kIdleSocketValidationTimeout] = null;
	  }

	  socket[kIdleSocketValidation] = 0;
	}

	function scheduleIdleSocketValidation (client, socket) {
	  socket[kIdleSocketValidation] = 1;
	  // Yield to the check phase (after poll) so unsolicited bytes / FIN / RST
	  // already pending on this idle keep-alive socket are processed before the
	  // next request is written (GHSA-35p6-xmwp-9g52).
	  //
	  // setTimeout(0) pays Node's ~1ms timer floor on every sequential reuse
	  // (#5493). setImmediate avoids that, but an *unref'd* Immediate lets poll
	  // block for ~500ms when the event loop is otherwise idle (#5600 / #5606).
	  // A ref'd Immediate both keeps the pending request alive and makes poll
	  // return immediately \u2014 the hybrid those issues asked for.
	  socket[kIdleSocketValidationTimeout] = setImmediate(() => {
	    socket[kIdleSocketValidationTimeout] = null;
	    socket[kIdleSocketValidation] = 2;

	    if (client[kSocket] === socket && !socket.destroyed) {
	      client[kResume]();
	    }
	  });
	}

	/**
	 * @param {import('./client.js')} client
	 */
	function resumeH1 (client) {
	  const socket = client[kSocket];

	  if (socket && !socket.destroyed) {
	    if (client[kSize] === 0) {
	      if (!socket[kNoRef] && socket.unref) {
	        socket.unref();
	        socket[kNoRef] = true;
	      }
	    } else if (socket[kNoRef] && socket.ref) {
	      socket.ref();
	      socket[kNoRef] = false;
	    }

	    if (client[kRunning] === 0 && client[kPending] > 0 && socket[kSocketUsed]) {
	      if (socket[kIdleSocketValidation] === 0) {
	        scheduleIdleSocketValidation(client, socket);
	        socket[kParser].readMore();
	        if (socket.destroyed) {
	          return
	        }
	        return
	      }

	      if (socket[kIdleSocketValidation] === 1) {
	        socket[kParser].readMore();
	        if (socket.destroyed) {
	          return
	        }
	        return
	      }
	    }

	    if (client[kRunning] === 0) {
	      socket[kParser].readMore();
	      if (socket.destroyed) {
	        return
	      }
	    }

	    if (client[kSize] === 0) {
	      if (socket[kParser].timeoutType !== TIMEOUT_KEEP_ALIVE) {
	        socket[kParser].setTimeout(client[kKeepAliveTimeoutValue], TIMEOUT_KEEP_ALIVE);
	      }
	    } else if (client[kRunning] > 0 && socket[kParser].statusCode < 200) {
	      if (socket[kParser].timeoutType !== TIMEOUT_HEADERS) {
	        const request = client[kQueue][client[kRunningIdx]];
	        const headersTimeout = request.headersTimeout != null
	          ? request.headersTimeout
	          : client[kHeadersTimeout];
	        socket[kParser].setTimeout(headersTimeout, TIMEOUT_HEADERS);
	      }
	    }
	  }
	}

	// https://www.rfc-editor.org/rfc/rfc7230#section-3.3.2
	function shouldSendContentLength (method) {
	  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS' && method !== 'TRACE' && method !== 'CONNECT'
	}

	function setTypeOfService (socket, request) {
	  if (typeof socket.setTypeOfService !== 'function') {
	    return
	  }

	  const typeOfService = request.typeOfService;

	  if (typeOfService === undefined) {
	    return
	  }

	  const currentTypeOfService = socket[kTypeOfService];

	  if (currentTypeOfService === typeOfService) {
	    return
	  }

	  try {
	    socket.setTypeOfService(typeOfService);
	    socket[kTypeOfService] = typeOfService;
	  } catch {
	    // QoS marking is best-effort. setTypeOfService() can throw synchronously on
	    // some platforms depending on socket state, but that must not abort the request.
	  }
	}

	/**
	 * @param {import('./client.js')} client
	 * @param {import('../core/request.js')} request
	 * @returns
	 */
	function writeH1 (client, request) {
	  const { method, path, host, upgrade, blocking, reset } = request;

	  let { body, headers, contentLength } = request;

	  // https://tools.ietf.org/html/rfc7231#section-4.3.1
	  // https://tools.ietf.org/html/rfc7231#section-4.3.2
	  // https://tools.ietf.org/html/rfc7231#section-4.3.5

	  // Sending a payload body on a request that does not
	  // expect it can cause undefined behavior on some
	  // servers and corrupt connection state. Do not
	  // re-use the connection for further requests.

	  const expectsPayload = (
	    method === 'PUT' ||
	    method === 'POST' ||
	    method === 'PATCH' ||
	    method === 'QUERY' ||
	    method === 'PROPFIND' ||
	    method === 'PROPPATCH'
	  );

	  if (util.isFormDataLike(body)) {
	    if (!extractBody) {
	      extractBody = requireBody().extractBody;
	    }

	    const [bodyStream, contentType] = extractBody(body);
	    if (request.contentType == null) {
	      headers.push('content-type', contentType);
	    }
	    body = bodyStream.stream;
	    contentLength = bodyStream.length;
	  } else if (util.isBlobLike(body) && request.contentType == null) {
	    const contentType = body.type;
	    if (contentType) {
	      const contentTypeValue = `${contentType}`;
	      if (!util.isValidHeaderValue(contentTypeValue)) {
	        util.errorRequest(client, request, new InvalidArgumentError('invalid content-type header'));
	        return false
	      }
	      headers.push('content-type', contentTypeValue);
	    }
	  }

	  if (body && typeof body.read === 'function') {
	    // Try to read EOF in order to get length.
	    body.read(0);
	  }

	  const bodyLength = util.bodyLength(body);

	  contentLength = bodyLength ?? contentLength;

	  if (contentLength === null) {
	    contentLength = request.contentLength;
	  }

	  if (contentLength === 0 && !expectsPayload) {
	    // https://tools.ietf.org/html/rfc7230#section-3.3.2
	    // A user agent SHOULD NOT send a Content-Length header field when
	    // the request message does not contain a payload body and the method
	    // semantics do not anticipate such a body.

	    contentLength = null;
	  }

	  // https://github.com/nodejs/undici/issues/2046
	  // A user agent may send a Content-Length header with 0 value, this should be allowed.
	  if (shouldSendContentLength(method) && contentLength > 0 && request.contentLength !== null && request.contentLength !== contentLength) {
	    if (client[kStrictContentLength]) {
	      util.errorRequest(client, request, new RequestContentLengthMismatchError());
	      return false
	    }

	    process.emitWarning(new RequestContentLengthMismatchError());
	  }

	  const socket = client[kSocket];
	  clearIdleSocketValidation(socket);

	  /**
	   * @param {Error} [err]
	   * @returns {void}
	   */
	  const abort = (err) => {
	    if (request.aborted || request.completed) {
	      return
	    }

	    util.errorRequest(client, request, err || new RequestAbortedError());

	    util.destroy(body);
	    util.destroy(socket, new InformationalError('aborted'));
	  };

	  try {
	    request.onConnect(abort);
	  } catch (err) {
	    util.errorRequest(client, request, err);
	  }

	  if (request.aborted) {
	    return false
	  }

	  if (method === 'HEAD') {
	    // https://github.com/mcollina/undici/issues/258
	    // Close after a HEAD request to interop with misbehaving servers
	    // that may send a body in the response.

	    socket[kReset] = true;
	  }

	  if (upgrade || method === 'CONNECT') {
	    // On CONNECT or upgrade, block pipeline from dispatching further
	    // requests on this connection.

	    socket[kReset] = true;
	  }

	  if (reset != null) {
	    socket[kReset] = reset;
	  }

	  if (client[kMaxRequests] && socket[kCounter]++ >= client[kMaxRequests]) {
	    socket[kReset] = true;
	  }

	  if (blocking) {
	    socket[kBlocking] = true;
	  }

	  setTypeOfService(socket, request);

	  let header = `${method} ${path} HTTP/1.1\r\n`;

	  if (typeof host === 'string') {
	    header += `host: ${host}\r\n`;
	  } else {
	    header += client[kHostHeader];
	  }

	  if (upgrade) {
	    header += `connection: upgrade\r\nupgrade: ${upgrade}\r\n`;
	  } else if (client[kPipelining] && !socket[kReset]) {
	    header += 'connection: keep-alive\r\n';
	  } else {
	    header += 'connection: close\r\n';
	  }

	  if (Array.isArray(headers)) {
	    for (let n = 0; n < headers.length; n += 2) {
	      const key = headers[n + 0];
	      const val = headers[n + 1];

	      if (Array.isArray(val)) {
	        for (let i = 0; i < val.length; i++) {
	          header += `${key}: ${val[i]}\r\n`;
	        }
	      } else {
	        header += `${key}: ${val}\r\n`;
	      }
	    }
	  }

	  if (channels.sendHeaders.hasSubscribers) {
	    channels.sendHeaders.publish({ request, headers: header, socket });
	  }

	  if (!body || bodyLength === 0) {
	    writeBuffer(abort, null, client, request, socket, contentLength, header, expectsPayload);
	  } else if (util.isBuffer(body)) {
	    writeBuffer(abort, body, client, request, socket, contentLength, header, expectsPayload);
	  } else if (util.isBlobLike(body)) {
	    if (typeof body.stream === 'function') {
	      writeIterable(abort, body.stream(), client, request, socket, contentLength, header, expectsPayload);
	    } else {
	      writeBlob(abort, body, client, request, socket, contentLength, header, expectsPayload);
	    }
	  } else if (util.isStream(body)) {
	    writeStream(abort, body, client, request, socket, contentLength, header, expectsPayload);
	  } else if (util.isIterable(body)) {
	    writeIterable(abort, body, client, request, socket, contentLength, header, expectsPayload);
	  } else {
	    assert(false);
	  }

	  return true
	}

	/**
	 * @param {AbortCallback} abort
	 * @param {import('stream').Stream} body
	 * @param {import('./client.js')} client
	 * @param {import('../core/request.js')} request
	 * @param {import('net').Socket} socket
	 * @param {number} contentLength
	 * @param {string} header
	 * @param {boolean} expectsPayload
	 */
	function writeStream (abort, body, client, request, socket, contentLength, header, expectsPayload) {
	  assert(contentLength !== 0 || client[kRunning] === 0, 'stream body cannot be pipelined');

	  let finished = false;

	  const writer = new AsyncWriter({ abort, socket, request, contentLength, client, expectsPayload, header });

	  /**
	   * @param {Buffer} chunk
	   * @returns {void}
	   */
	  const onData = function (chunk) {
	    if (finished) {
	      return
	    }

	    try {
	      if (!writer.write(chunk) && this.pause) {
	        this.pause();
	      }
	    } catch (err) {
	      util.destroy(this, err);
	    }
	  };

	  /**
	   * @returns {void}
	   */
	  const onDrain = function () {
	    if (finished) {
	      return
	    }

	    if (body.resume) {
	      body.resume();
	    }
	  };

	  /**
	   * @returns {void}
	   */
	  const onClose = function () {
	    // 'close' might be emitted *before* 'error' for
	    // broken streams. Wait a tick to avoid this case.
	    queueMicrotask(() => {
	      // It's only safe to remove 'error' listener after
	      // 'close'.
	      body.removeListener('error', onFinished);
	    });

	    if (!finished) {
	      const err = new RequestAbortedError();
	      queueMicrotask(() => onFinished(err));
	    }
	  };

	  /**
	   * @param {Error} [err]
	   * @returns
	   */
	  const onFinished = function (err) {
	    if (finished) {
	      return
	    }

	    finished = true;

	    assert(socket.destroyed || (socket[kWriting] && client[kRunning] <= 1));

	    socket
	      .off('drain', onDrain)
	      .off('error', onFinished);

	    body
	      .removeListener('data', onData)
	      .removeListener('end', onFinished)
	      .removeListener('close', onClose);

	    if (!err) {
	      try {
	        writer.end();
	      } catch (er) {
	        err = er;
	      }
	    }

	    writer.destroy(err);

	    if (err && (err.code !== 'UND_ERR_INFO' || err.message !== 'reset')) {
	      util.destroy(body, err);
	    } else {
	      util.destroy(body);
	    }
	  };

	  body
	    .on('data', onData)
	    .on('end', onFinished)
	    .on('error', onFinished)
	    .on('close', onClose);

	  if (body.resume) {
	    body.resume();
	  }

	  socket
	    .on('drain', onDrain)
	    .on('error', onFinished);

	  if (body.errorEmitted ?? body.errored) {
	    setImmediate(onFinished, body.errored);
	  } else if (body.endEmitted ?? body.readableEnded) {
	    setImmediate(onFinished, null);
	  }

	  if (body.closeEmitted ?? body.closed) {
	    setImmediate(onClose);
	  }
	}

	/**
	 * @typedef AbortCallback
	 * @type {Function}
	 * @param {Error} [err]
	 * @returns {void}
	 */

	/**
	 * @param {AbortCallback} abort
	 * @param {Uint8Array|null} body
	 * @param {import('./client.js')} client
	 * @param {import('../core/request.js')} request
	 * @param {import('net').Socket} socket
	 * @param {number} contentLength
	 * @param {string} header
	 * @param {boolean} expectsPayload
	 * @returns {void}
	 */
	function writeBuffer (abort, body, client, request, socket, contentLength, header, expectsPayload) {
	  try {
	    if (!body) {
	      if (contentLength === 0) {
	        socket.write(`${header}content-length: 0\r\n\r\n`, 'latin1');
	      } else {
	        assert(contentLength === null, 'no body must not have content length');
	        socket.write(`${header}\r\n`, 'latin1');
	      }
	    } else if (util.isBuffer(body)) {
	      assert(contentLength === body.byteLength, 'buffer body must have content length');

	      socket.cork();
	      socket.write(`${header}content-length: ${contentLength}\r\n\r\n`, 'latin1');
	      socket.write(body);
	      socket.uncork();
	      request.onBodySent(body);

	      if (!expectsPayload && request.reset !== false) {
	        socket[kReset] = true;
	      }
	    }
	    request.onRequestSent();

	    client[kResume]();
	  } catch (err) {
	    abort(err);
	  }
	}

	/**
	 * @param {AbortCallback} abort
	 * @param {Blob} body
	 * @param {import('./client.js')} client
	 * @param {import('../core/request.js')} request
	 * @param {import('net').Socket} socket
	 * @param {number} contentLength
	 * @param {string} header
	 * @param {boolean} expectsPayload
	 * @returns {Promise<void>}
	 */
	async function writeBlob (abort, body, client, request, socket, contentLength, header, expectsPayload) {
	  assert(contentLength === body.size, 'blob body must have content length');

	  try {
	    if (contentLength != null && contentLength !== body.size) {
	      throw new RequestContentLengthMismatchError()
	    }

	    const buffer = Buffer.from(await body.arrayBuffer());

	    socket.cork();
	    socket.write(`${header}content-length: ${contentLength}\r\n\r\n`, 'latin1');
	    socket.write(buffer);
	    socket.uncork();

	    request.onBodySent(buffer);
	    request.onRequestSent();

	    if (!expectsPayload && request.reset !== false) {
	      socket[kReset] = true;
	    }

	    client[kResume]();
	  } catch (err) {
	    abort(err);
	  }
	}

	/**
	 * @param {AbortCallback} abort
	 * @param {Iterable} body
	 * @param {import('./client.js')} client
	 * @param {import('../core/request.js')} request
	 * @param {import('net').Socket} socket
	 * @param {number} contentLength
	 * @param {string} header
	 * @param {boolean} expectsPayload
	 * @returns {Promise<void>}
	 */
	async function writeIterable (abort, body, client, request, socket, contentLength, header, expectsPayload) {
	  assert(contentLength !== 0 || client[kRunning] === 0, 'iterator body cannot be pipelined');

	  let callback = null;
	  function onDrain () {
	    if (callback) {
	      const cb = callback;
	      callback = null;
	      cb();
	    }
	  }

	  const waitForDrain = () => new Promise((resolve, reject) => {
	    assert(callback === null);

	    if (socket[kError]) {
	      reject(socket[kError]);
	    } else {
	      callback = resolve;
	    }
	  });

	  socket
	    .on('close', onDrain)
	    .on('drain', onDrain);

	  const writer = new AsyncWriter({ abort, socket, request, contentLength, client, expectsPayload, header });
	  try {
	    // It's up to the user to somehow abort the async iterable.
	    for await (const chunk of body) {
	      if (socket[kError]) {
	        throw socket[kError]
	      }

	      if (!writer.write(chunk)) {
	        await waitForDrain();
	      }
	    }

	    writer.end();
	  } catch (err) {
	    writer.destroy(err);
	  } finally {
	    socket
	      .off('close', onDrain)
	      .off('drain', onDrain);
	  }
	}

	class AsyncWriter {
	  /**
	   *
	   * @param {object} arg
	   * @param {AbortCallback} arg.abort
	   * @param {import('net').Socket} arg.socket
	   * @param {import('../core/request.js')} arg.request
	   * @param {number} arg.contentLength
	   * @param {import('./client.js')} arg.client
	   * @param {boolean} arg.expectsPayload
	   * @param {string} arg.header
	   */
	  constructor ({ abort, socket, request, contentLength, client, expectsPayload, header }) {
	    this.socket = socket;
	    this.request = request;
	    this.contentLength = contentLength;
	    this.client = client;
	    this.bytesWritten = 0;
	    this.expectsPayload = expectsPayload;
	    this.header = header;
	    this.abort = abort;

	    socket[kWriting] = true;
	  }

	  /**
	   * @param {Buffer} chunk
	   * @returns
	   */
	  write (chunk) {
	    const { socket, request, contentLength, client, bytesWritten, expectsPayload, header } = this;

	    if (socket[kError]) {
	      throw socket[kError]
	    }

	    if (socket.destroyed) {
	      return false
	    }

	    const len = Buffer.byteLength(chunk);
	    if (!len) {
	      return true
	    }

	    // We should defer writing chunks.
	    if (contentLength !== null && bytesWritten + len > contentLength) {
	      if (client[kStrictContentLength]) {
	        throw new RequestContentLengthMismatchError()
	      }

	      process.emitWarning(new RequestContentLengthMismatchError());
	    }

	    socket.cork();

	    if (bytesWritten === 0) {
	      if (!expectsPayload && request.reset !== false) {
	        socket[kReset] = true;
	      }

	      if (contentLength === null) {
	        socket.write(`${header}transfer-encoding: chunked\r\n`, 'latin1');
	      } else {
	        socket.write(`${header}content-length: ${contentLength}\r\n\r\n`, 'latin1');
	      }
	    }

	    if (contentLength === null) {
	      socket.write(`\r\n${len.toString(16)}\r\n`, 'latin1');
	    }

	    this.bytesWritten += len;

	    const ret = socket.write(chunk);

	    socket.uncork();

	    request.onBodySent(chunk);

	    if (!ret) {
	      if (socket[kParser].timeout && socket[kParser].timeoutType === TIMEOUT_HEADERS) {
	        if (socket[kParser].timeout.refresh) {
	          socket[kParser].timeout.refresh();
	        }
	      }
	    }

	    return ret
	  }

	  /**
	   * @returns {void}
	   */
	  end () {
	    const { socket, contentLength, client, bytesWritten, expectsPayload, header, request } = this;
	    request.onRequestSent();

	    socket[kWriting] = false;

	    if (socket[kError]) {
	      throw socket[kError]
	    }

	    if (socket.destroyed) {
	      return
	    }

	    if (bytesWritten === 0) {
	      if (expectsPayload) {
	        // https://tools.ietf.org/html/rfc7230#section-3.3.2
	        // A user agent SHOULD send a Content-Length in a request message when
	        // no Transfer-Encoding is sent and the request method defines a meaning
	        // for an enclosed payload body.

	        socket.write(`${header}content-length: 0\r\n\r\n`, 'latin1');
	      } else {
	        socket.write(`${header}\r\n`, 'latin1');
	      }
	    } else if (contentLength === null) {
	      socket.write('\r\n0\r\n\r\n', 'latin1');
	    }

	    if (contentLength !== null && bytesWritten !== contentLength) {
	      if (client[kStrictContentLength]) {
	        throw new RequestContentLengthMismatchError()
	      } else {
	        process.emitWarning(new RequestContentLengthMismatchError());
	      }
	    }

	    if (socket[kParser].timeout && socket[kParser].timeoutType === TIMEOUT_HEADERS) {
	      if (socket[kParser].timeout.refresh) {
	        socket[kParser].timeout.refresh();
	      }
	    }

	    client[kResume]();
	  }

	  /**
	   * @param {Error} [err]
	   * @returns {void}
	   */
	  destroy (err) {
	    const { socket, client, abort } = this;

	    socket[kWriting] = false;

	    if (err) {
	      assert(client[kRunning] <= 1, 'pipeline should only contain this request');
	      abort(err);
	    }
	  }
	}

	clientH1 = connectH1;
	return clientH1;
}

var clientH2;
var hasRequiredClientH2;

function requireClientH2 () {
	if (hasRequiredClientH2) return clientH2;
	hasRequiredClientH2 = 1;

	const assert = require$$0$1;
	const { pipeline } = require$$1;
	const util = requireUtil$1();
	const {
	  RequestContentLengthMismatchError,
	  RequestAbortedError,
	  SocketError,
	  InformationalError,
	  InvalidArgumentError,
	  HeadersTimeoutError,
	  BodyTimeoutError
	} = requireErrors();
	const {
	  kUrl,
	  kReset,
	  kClient,
	  kRunning,
	  kPending,
	  kQueue,
	  kPendingIdx,
	  kRunningIdx,
	  kError,
	  kSocket,
	  kStrictContentLength,
	  kOnError,
	  kMaxConcurrentStreams,
	  kPingInterval,
	  kHTTP2Session,
	  kHTTP2InitialWindowSize,
	  kHTTP2ConnectionWindowSize,
	  kResume,
	  kSize,
	  kHTTPContext,
	  kClosed,
	  kBodyTimeout,
	  kHeadersTimeout,
	  kEnableConnectProtocol,
	  kRemoteSettings,
	  kHTTP2Stream,
	  kHTTP2SessionState
	} = requireSymbols();
	const { channels } = requireDiagnostics();

	const kOpenStreams = Symbol('open streams');

	let extractBody;

	/** @type {import('http2')} */
	let http2;
	try {
	  http2 = require('node:http2');
	} catch {
	  // @ts-ignore
	  http2 = { constants: {} };
	}

	const {
	  constants: {
	    HTTP2_HEADER_AUTHORITY,
	    HTTP2_HEADER_METHOD,
	    HTTP2_HEADER_PATH,
	    HTTP2_HEADER_SCHEME,
	    HTTP2_HEADER_CONTENT_LENGTH,
	    HTTP2_HEADER_EXPECT,
	    HTTP2_HEADER_STATUS,
	    HTTP2_HEADER_PROTOCOL,
	    NGHTTP2_REFUSED_STREAM,
	    NGHTTP2_CANCEL
	  }
	} = http2;

	function parseH2Headers (headers) {
	  const result = [];

	  for (const [name, value] of Object.entries(headers)) {
	    // h2 may concat the header value by array
	    // e.g. Set-Cookie
	    if (Array.isArray(value)) {
	      for (const subvalue of value) {
	        // we need to provide each header value of header name
	        // because the headers handler expect name-value pair
	        result.push(Buffer.from(name), Buffer.from(subvalue));
	      }
	    } else {
	      result.push(Buffer.from(name), Buffer.from(value));
	    }
	  }

	  return result
	}

	function connectH2 (client, socket) {
	  client[kSocket] = socket;

	  const http2InitialWindowSize = client[kHTTP2InitialWindowSize];
	  const http2ConnectionWindowSize = client[kHTTP2ConnectionWindowSize];

	  const session = http2.connect(client[kUrl], {
	    createConnection: () => socket,
	    peerMaxConcurrentStreams: client[kMaxConcurrentStreams],
	    settings: {
	      // TODO(metcoder95): add support for PUSH
	      enablePush: false,
	      ...(http2InitialWindowSize != null ? { initialWindowSize: http2InitialWindowSize } : null)
	    }
	  });

	  client[kSocket] = socket;
	  session[kOpenStreams] = 0;
	  session[kClient] = client;
	  session[kSocket] = socket;
	  session[kHTTP2SessionState] = {
	    ping: {
	      interval: client[kPingInterval] === 0 ? null : setInterval(onHttp2SendPing, client[kPingInterval], session).unref()
	    }
	  };
	  // We set it to true by default in a best-effort; however once connected to an H2 server
	  // we will check if extended CONNECT protocol is supported or not
	  // and set this value accordingly.
	  session[kEnableConnectProtocol] = false;
	  // States whether or not we have received the remote settings from the server
	  session[kRemoteSettings] = false;

	  // Apply connection-level flow control once connected (if supported).
	  if (http2ConnectionWindowSize) {
	    util.addListener(session, 'connect', applyConnectionWindowSize.bind(session, http2ConnectionWindowSize));
	  }

	  util.addListener(session, 'error', onHttp2SessionError);
	  util.addListener(session, 'frameError', onHttp2FrameError);
	  util.addListener(session, 'end', onHttp2SessionEnd);
	  util.addListener(session, 'goaway', onHttp2SessionGoAway);
	  util.addListener(session, 'close', onHttp2SessionClose);
	  util.addListener(session, 'remoteSettings', onHttp2RemoteSettings);
	  // TODO (@metcoder95): implement SETTINGS support
	  // util.addListener(session, 'localSettings', onHttp2RemoteSettings)

	  session.unref();

	  client[kHTTP2Session] = session;
	  socket[kHTTP2Session] = session;

	  util.addListener(socket, 'error', onHttp2SocketError);
	  util.addListener(socket, 'end', onHttp2SocketEnd);
	  util.addListener(socket, 'close', onHttp2SocketClose);

	  socket[kClosed] = false;
	  socket.on('close', onSocketClose);

	  return {
	    version: 'h2',
	    defaultPipelining: Infinity,
	    /**
	     * @param {import('../core/request.js')} request
	     * @returns {boolean}
	    */
	    write (request) {
	      return writeH2(client, request)
	    },
	    /**
	     * @returns {void}
	     */
	    resume () {
	      resumeH2(client);
	    },
	    /**
	     * @param {Error | null} err
	     * @param {() => void} callback
	     */
	    destroy (err, callback) {
	      if (socket[kClosed]) {
	        queueMicrotask(callback);
	      } else {
	        socket.destroy(err).on('close', callback);
	      }
	    },
	    /**
	     * @type {boolean}
	     */
	    get destroyed () {
	      return socket.destroyed
	    },
	    /**
	     * @param {import('../core/request.js')} request
	     * @returns {boolean}
	    */
	    busy (request) {
	      if (request != null) {
	        if (client[kRunning] > 0) {
	          // We are already processing requests

	          // Non-idempotent request cannot be retried.
	          // Ensure that no other requests are inflight and
	          // could cause failure.
	          if (request.idempotent === false) return true
	          // Don't dispatch an upgrade until all preceding requests have completed.
	          // Possibly, we do not have remote settings confirmed yet.
	          if ((request.upgrade === 'websocket' || request.method === 'CONNECT') && session[kRemoteSettings] === false) return true
	          // Request with stream or iterator body can error while other requests
	          // are inflight and indirectly error those as well.
	          // Ensure this doesn't happen by waiting for inflight
	          // to complete before dispatching.

	          // Request with stream or iterator body cannot be retried.
	          // Ensure that no other requests are inflight and
	          // could cause failure.
	          if (util.bodyLength(request.body) !== 0 &&
	            (util.isStream(request.body) || util.isAsyncIterable(request.body) || util.isFormDataLike(request.body))) return true
	        } else {
	          return (request.upgrade === 'websocket' || request.method === 'CONNECT') && session[kRemoteSettings] === false
	        }
	      }

	      return false
	    }
	  }
	}

	function resumeH2 (client) {
	  const socket = client[kSocket];

	  if (socket?.destroyed === false) {
	    // Only let the process exit when there is genuinely nothing outstanding.
	    // Unreffing because the peer advertised MAX_CONCURRENT_STREAMS = 0 left
	    // queued requests with nothing holding the event loop open, so the process
	    // could exit with status 0 while an awaited request never settled.
	    if (client[kSize] === 0) {
	      socket.unref();
	      client[kHTTP2Session].unref();
	    } else {
	      socket.ref();
	      client[kHTTP2Session].ref();
	    }
	  }
	}

	function applyConnectionWindowSize (connectionWindowSize) {
	  try {
	    if (typeof this.setLocalWindowSize === 'function') {
	      this.setLocalWindowSize(connectionWindowSize);
	    }
	  } catch {
	    // Best-effort only.
	  }
	}

	function onHttp2RemoteSettings (settings) {
	  // Fallbacks are a safe bet, remote setting will always override
	  this[kClient][kMaxConcurrentStreams] = settings.maxConcurrentStreams ?? this[kClient][kMaxConcurrentStreams];
	  /**
	   * From RFC-8441
	   * A sender MUST NOT send a SETTINGS_ENABLE_CONNECT_PROTOCOL parameter
	   * with the value of 0 after previously sending a value of 1.
	   */
	  // Note: Cannot be tested in Node, it does not supports disabling the extended CONNECT protocol once enabled
	  if (this[kRemoteSettings] === true && this[kEnableConnectProtocol] === true && settings.enableConnectProtocol === false) {
	    const err = new InformationalError('HTTP/2: Server disabled extended CONNECT protocol against RFC-8441');
	    this[kSocket][kError] = err;
	    this[kClient][kOnError](err);
	    return
	  }

	  this[kEnableConnectProtocol] = settings.enableConnectProtocol ?? this[kEnableConnectProtocol];
	  this[kRemoteSettings] = true;
	  this[kClient][kResume]();
	}

	function onHttp2SendPing (session) {
	  const state = session[kHTTP2SessionState];
	  if ((session.closed || session.destroyed) && state.ping.interval != null) {
	    clearInterval(state.ping.interval);
	    state.ping.interval = null;
	    return
	  }

	  // If no ping sent, do nothing
	  session.ping(onPing.bind(session));

	  function onPing (err, duration) {
	    const client = this[kClient];
	    const socket = this[kClient];

	    if (err != null) {
	      const error = new InformationalError(`HTTP/2: "PING" errored - type ${err.message}`);
	      socket[kError] = error;
	      client[kOnError](error);
	    } else {
	      client.emit('ping', duration);
	    }
	  }
	}

	function onHttp2SessionError (err) {
	  this[kSocket][kError] = err;
	  this[kClient][kOnError](err);
	}

	function onHttp2FrameError (type, code, id) {
	  if (id === 0) {
	    const err = new InformationalError(`HTTP/2: "frameError" received - type ${type}, code ${code}`);
	    this[kSocket][kError] = err;
	    this[kClient][kOnError](err);
	  }
	}

	function onHttp2SessionEnd () {
	  const err = new SocketError('other side closed', util.getSocketInfo(this[kSocket]));
	  this.destroy(err);
	  util.destroy(this[kSocket], err);
	}

	/**
	 * This is the root cause of #3011
	 * We need to handle GOAWAY frames properly, and trigger the session close
	 * along with the socket right away
	 *
	 * @this {import('http2').ClientHttp2Session}
	 * @param {number} errorCode
	 */
	// Backport of #5410 and #5569. HTTP/2 multiplexes, so requests complete out of
	// order; advancing kRunningIdx blindly retired whichever request happened to
	// sit at the head instead of the one that actually finished, which both lost
	// requests and left phantom running slots behind.
	function completeRequest (client, request, resetPendingIdx = false) {
	  const queue = client[kQueue];
	  const runningIdx = client[kRunningIdx];

	  // In-order completion: clear the request and advance without splicing.
	  // The client's resume loop compacts cleared slots once the index grows.
	  if (runningIdx < client[kPendingIdx] && queue[runningIdx] === request) {
	    queue[runningIdx] = null;
	    client[kRunningIdx] = runningIdx + 1;
	    return
	  }

	  const index = queue.indexOf(request, runningIdx);

	  if (index === -1 || index >= client[kPendingIdx]) {
	    return
	  }

	  queue.splice(index, 1);
	  client[kPendingIdx]--;

	  if (resetPendingIdx && client[kPendingIdx] < client[kRunningIdx]) {
	    client[kPendingIdx] = client[kRunningIdx];
	  }
	}

	function onHttp2SessionGoAway (errorCode) {
	  // TODO(mcollina): Verify if GOAWAY implements the spec correctly:
	  // https://datatracker.ietf.org/doc/html/rfc7540#section-6.8
	  // Specifically, we do not verify the "valid" stream id.

	  const err = this[kError] || new SocketError(`HTTP/2: "GOAWAY" frame received with code ${errorCode}`, util.getSocketInfo(this[kSocket]));
	  const client = this[kClient];

	  client[kSocket] = null;
	  client[kHTTPContext] = null;

	  // this is an HTTP2 session
	  this.close();
	  this[kHTTP2Session] = null;

	  util.destroy(this[kSocket], err);

	  // Fail head of pipeline.
	  if (client[kRunningIdx] < client[kQueue].length) {
	    const request = client[kQueue][client[kRunningIdx]];
	    client[kQueue][client[kRunningIdx]++] = null;
	    if (request != null) {
	      util.errorRequest(client, request, err);
	    }
	    client[kPendingIdx] = client[kRunningIdx];
	  }

	  assert(client[kRunning] === 0);

	  client.emit('disconnect', client[kUrl], [client], err);
	  client.emit('connectionError', client[kUrl], [client], err);

	  client[kResume]();
	}

	function onHttp2SessionClose () {
	  const { [kClient]: client, [kHTTP2SessionState]: state } = this;
	  const { [kSocket]: socket } = client;

	  const err = this[kSocket][kError] || this[kError] || new SocketError('closed', util.getSocketInfo(socket));

	  client[kSocket] = null;
	  client[kHTTPContext] = null;

	  if (state.ping.interval != null) {
	    clearInterval(state.ping.interval);
	    state.ping.interval = null;
	  }

	  if (client.destroyed) {
	    assert(client[kPending] === 0);

	    // Fail entire queue.
	    const requests = client[kQueue].splice(client[kRunningIdx]);
	    for (let i = 0; i < requests.length; i++) {
	      const request = requests[i];
	      if (request != null) {
	        util.errorRequest(client, request, err);
	      }
	    }
	  }
	}

	function onHttp2SocketClose () {
	  const err = this[kError] || new SocketError('closed', util.getSocketInfo(this));

	  const client = this[kHTTP2Session][kClient];

	  client[kSocket] = null;
	  client[kHTTPContext] = null;

	  if (this[kHTTP2Session] !== null) {
	    this[kHTTP2Session].destroy(err);
	  }

	  client[kPendingIdx] = client[kRunningIdx];

	  assert(client[kRunning] === 0);

	  client.emit('disconnect', client[kUrl], [client], err);

	  client[kResume]();
	}

	function onHttp2SocketError (err) {
	  this[kError] = err;

	  this[kClient][kOnError](err);
	}

	function onHttp2SocketEnd () {
	  util.destroy(this, new SocketError('other side closed', util.getSocketInfo(this)));
	}

	function onSocketClose () {
	  this[kClosed] = true;
	}

	// https://www.rfc-editor.org/rfc/rfc7230#section-3.3.2
	function shouldSendContentLength (method) {
	  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS' && method !== 'TRACE' && method !== 'CONNECT'
	}

	function writeH2 (client, request) {
	  // Time to the response headers, then time between body chunks. Using
	  // bodyTimeout for both made headersTimeout a no-op over HTTP/2.
	  const headersTimeout = request.headersTimeout ?? client[kHeadersTimeout];
	  const bodyTimeout = request.bodyTimeout ?? client[kBodyTimeout];
	  const session = client[kHTTP2Session];
	  const { method, path, host, upgrade, expectContinue, signal, protocol, headers: reqHeaders } = request;
	  let { body } = request;

	  if (upgrade != null && upgrade !== 'websocket') {
	    util.errorRequest(client, request, new InvalidArgumentError(`Custom upgrade "${upgrade}" not supported over HTTP/2`));
	    return false
	  }

	  const headers = {};
	  for (let n = 0; n < reqHeaders.length; n += 2) {
	    const key = reqHeaders[n + 0];
	    const val = reqHeaders[n + 1];

	    if (key === 'cookie') {
	      if (headers[key] != null) {
	        headers[key] = Array.isArray(headers[key]) ? (headers[key].push(val), headers[key]) : [headers[key], val];
	      } else {
	        headers[key] = val;
	      }

	      continue
	    }

	    if (Array.isArray(val)) {
	      for (let i = 0; i < val.length; i++) {
	        if (headers[key]) {
	          headers[key] += `, ${val[i]}`;
	        } else {
	          headers[key] = val[i];
	        }
	      }
	    } else if (headers[key]) {
	      headers[key] += `, ${val}`;
	    } else {
	      headers[key] = val;
	    }
	  }

	  /** @type {import('node:http2').ClientHttp2Stream} */
	  let stream = null;

	  const { hostname, port } = client[kUrl];

	  headers[HTTP2_HEADER_AUTHORITY] = host || `${hostname}${port ? `:${port}` : ''}`;
	  headers[HTTP2_HEADER_METHOD] = method;

	  const abort = (err) => {
	    if (request.aborted || request.completed) {
	      return
	    }

	    err = err || new RequestAbortedError();

	    util.errorRequest(client, request, err);

	    if (stream != null) {
	      // Some chunks might still come after abort,
	      // let's ignore them
	      stream.removeAllListeners('data');

	      // On Abort, we close the stream to send RST_STREAM frame
	      stream.close();

	      // We move the running index to the next request
	      client[kOnError](err);
	      completeRequest(client, request);
	      client[kResume]();
	    }

	    // We do not destroy the socket as we can continue using the session
	    // the stream gets destroyed and the session remains to create new streams
	    util.destroy(body, err);
	  };

	  try {
	    // We are already connected, streams are pending.
	    // We can call on connect, and wait for abort
	    request.onConnect(abort);
	  } catch (err) {
	    util.errorRequest(client, request, err);
	  }

	  if (request.aborted) {
	    return false
	  }

	  if (upgrade || method === 'CONNECT') {
	    session.ref();

	    if (upgrade === 'websocket') {
	      // We cannot upgrade to websocket if extended CONNECT protocol is not supported
	      if (session[kEnableConnectProtocol] === false) {
	        util.errorRequest(client, request, new InformationalError('HTTP/2: Extended CONNECT protocol not supported by server'));
	        session.unref();
	        return false
	      }

	      // We force the method to CONNECT
	      // as per RFC-8441
	      // https://datatracker.ietf.org/doc/html/rfc8441#section-4
	      headers[HTTP2_HEADER_METHOD] = 'CONNECT';
	      headers[HTTP2_HEADER_PROTOCOL] = 'websocket';
	      // :path and :scheme headers must be omitted when sending CONNECT but set if extended-CONNECT
	      headers[HTTP2_HEADER_PATH] = path;

	      if (protocol === 'ws:' || protocol === 'wss:') {
	        headers[HTTP2_HEADER_SCHEME] = protocol === 'ws:' ? 'http' : 'https';
	      } else {
	        headers[HTTP2_HEADER_SCHEME] = protocol === 'http:' ? 'http' : 'https';
	      }

	      stream = session.request(headers, { endStream: false, signal });
	      stream[kHTTP2Stream] = true;
	      ++session[kOpenStreams];

	      stream.once('response', (headers, _flags) => {
	        const { [HTTP2_HEADER_STATUS]: statusCode, ...realHeaders } = headers;

	        try {
	          request.onUpgrade(statusCode, parseH2Headers(realHeaders), stream);
	        } catch (err) {
	          abort(err);
	          return
	        }
	        completeRequest(client, request);
	      });

	      stream.on('error', () => {
	        if (stream.rstCode === NGHTTP2_REFUSED_STREAM || stream.rstCode === NGHTTP2_CANCEL) {
	          // NGHTTP2_REFUSED_STREAM (7) or NGHTTP2_CANCEL (8)
	          // We do not treat those as errors as the server might
	          // not support websockets and refuse the stream
	          abort(new InformationalError(`HTTP/2: "stream error" received - code ${stream.rstCode}`));
	        }
	      });

	      stream.once('close', () => {
	        session[kOpenStreams] -= 1;
	        if (session[kOpenStreams] === 0) session.unref();
	      });

	      stream.setTimeout(headersTimeout);
	      return true
	    }

	    // TODO: consolidate once we support CONNECT properly
	    // NOTE: We are already connected, streams are pending, first request
	    // will create a new stream. We trigger a request to create the stream and wait until
	    // `ready` event is triggered
	    // We disabled endStream to allow the user to write to the stream
	    stream = session.request(headers, { endStream: false, signal });
	    stream[kHTTP2Stream] = true;
	    ++session[kOpenStreams];
	    stream.on('response', headers => {
	      const { [HTTP2_HEADER_STATUS]: statusCode, ...realHeaders } = headers;

	      try {
	        request.onUpgrade(statusCode, parseH2Headers(realHeaders), stream);
	      } catch (err) {
	        abort(err);
	        return
	      }
	      completeRequest(client, request);
	    });
	    stream.on('error', abort);
	    stream.once('close', () => {
	      session[kOpenStreams] -= 1;
	      if (session[kOpenStreams] === 0) session.unref();
	    });
	    stream.setTimeout(headersTimeout);

	    return true
	  }

	  // https://tools.ietf.org/html/rfc7540#section-8.3
	  // :path and :scheme headers must be omitted when sending CONNECT
	  headers[HTTP2_HEADER_PATH] = path;
	  headers[HTTP2_HEADER_SCHEME] = protocol === 'http:' ? 'http' : 'https';

	  // https://tools.ietf.org/html/rfc7231#section-4.3.1
	  // https://tools.ietf.org/html/rfc7231#section-4.3.2
	  // https://tools.ietf.org/html/rfc7231#section-4.3.5

	  // Sending a payload body on a request that does not
	  // expect it can cause undefined behavior on some
	  // servers and corrupt connection state. Do not
	  // re-use the connection for further requests.

	  const expectsPayload = (
	    method === 'PUT' ||
	    method === 'POST' ||
	    method === 'PATCH'
	  );

	  if (body && typeof body.read === 'function') {
	    // Try to read EOF in order to get length.
	    body.read(0);
	  }

	  let contentLength = util.bodyLength(body);

	  if (util.isFormDataLike(body)) {
	    extractBody ??= requireBody().extractBody;

	    const [bodyStream, contentType] = extractBody(body);
	    headers['content-type'] = contentType;

	    body = bodyStream.stream;
	    contentLength = bodyStream.length;
	  }

	  if (contentLength == null) {
	    contentLength = request.contentLength;
	  }

	  if (!expectsPayload) {
	    // https://tools.ietf.org/html/rfc7230#section-3.3.2
	    // A user agent SHOULD NOT send a Content-Length header field when
	    // the request message does not contain a payload body and the method
	    // semantics do not anticipate such a body.
	    // And for methods that don't expect a payload, omit Content-Length.
	    contentLength = null;
	  }

	  // https://github.com/nodejs/undici/issues/2046
	  // A user agent may send a Content-Length header with 0 value, this should be allowed.
	  if (shouldSendContentLength(method) && contentLength > 0 && request.contentLength != null && request.contentLength !== contentLength) {
	    if (client[kStrictContentLength]) {
	      util.errorRequest(client, request, new RequestContentLengthMismatchError());
	      return false
	    }

	    process.emitWarning(new RequestContentLengthMismatchError());
	  }

	  if (contentLength != null) {
	    assert(body || contentLength === 0, 'no body must not have content length');
	    headers[HTTP2_HEADER_CONTENT_LENGTH] = `${contentLength}`;
	  }

	  session.ref();

	  if (channels.sendHeaders.hasSubscribers) {
	    let header = '';
	    for (const key in headers) {
	      header += `${key}: ${headers[key]}\r\n`;
	    }
	    channels.sendHeaders.publish({ request, headers: header, socket: session[kSocket] });
	  }

	  // TODO(metcoder95): add support for sending trailers
	  const shouldEndStream = method === 'GET' || method === 'HEAD' || body === null;
	  if (expectContinue) {
	    headers[HTTP2_HEADER_EXPECT] = '100-continue';
	    stream = session.request(headers, { endStream: shouldEndStream, signal });
	    stream[kHTTP2Stream] = true;

	    stream.once('continue', writeBodyH2);
	  } else {
	    stream = session.request(headers, {
	      endStream: shouldEndStream,
	      signal
	    });
	    stream[kHTTP2Stream] = true;

	    writeBodyH2();
	  }

	  // Increment counter as we have new streams open
	  ++session[kOpenStreams];
	  stream.setTimeout(headersTimeout);

	  // Track whether we received a response (headers)
	  let responseReceived = false;

	  stream.once('response', headers => {
	    const { [HTTP2_HEADER_STATUS]: statusCode, ...realHeaders } = headers;
	    request.onResponseStarted();
	    responseReceived = true;
	    stream.setTimeout(bodyTimeout);

	    // Due to the stream nature, it is possible we face a race condition
	    // where the stream has been assigned, but the request has been aborted
	    // the request remains in-flight and headers hasn't been received yet
	    // for those scenarios, best effort is to destroy the stream immediately
	    // as there's no value to keep it open.
	    if (request.aborted) {
	      stream.removeAllListeners('data');
	      return
	    }

	    if (request.onHeaders(Number(statusCode), parseH2Headers(realHeaders), stream.resume.bind(stream), '') === false) {
	      stream.pause();
	    }

	    stream.on('data', (chunk) => {
	      if (request.aborted || request.completed) {
	        return
	      }

	      if (request.onData(chunk) === false) {
	        stream.pause();
	      }
	    });
	  });

	  stream.once('end', () => {
	    stream.removeAllListeners('data');
	    // If we received a response, this is a normal completion
	    if (responseReceived) {
	      if (!request.aborted && !request.completed) {
	        request.onComplete({});
	      }

	      completeRequest(client, request);
	      client[kResume]();
	    } else {
	      // Stream ended without receiving a response - this is an error
	      // (e.g., server destroyed the stream before sending headers)
	      abort(new InformationalError('HTTP/2: stream half-closed (remote)'));
	      completeRequest(client, request, true);
	      client[kResume]();
	    }
	  });

	  stream.once('close', () => {
	    stream.removeAllListeners('data');
	    session[kOpenStreams] -= 1;
	    if (session[kOpenStreams] === 0) {
	      session.unref();
	    }

	    // A stream can close without ever emitting 'end' or 'error': a peer's
	    // RST_STREAM(CANCEL) received before the response is reported by Node as a
	    // bare 'close', and destroying the stream unenrolls its timeout, so no
	    // 'timeout' follows either. Nothing else would ever settle this request.
	    if (!request.aborted && !request.completed) {
	      abort(new InformationalError('HTTP/2: stream closed before the response was complete'));
	    }
	  });

	  stream.once('error', function (err) {
	    stream.removeAllListeners('data');
	    abort(err);
	  });

	  stream.once('frameError', (type, code) => {
	    stream.removeAllListeners('data');
	    abort(new InformationalError(`HTTP/2: "frameError" received - type ${type}, code ${code}`));
	  });

	  stream.on('aborted', () => {
	    stream.removeAllListeners('data');
	  });

	  stream.on('timeout', () => {
	    const err = responseReceived
	      ? new BodyTimeoutError(`HTTP/2: "body timeout after ${bodyTimeout}"`)
	      : new HeadersTimeoutError(`HTTP/2: "headers timeout after ${headersTimeout}"`);
	    stream.removeAllListeners('data');
	    session[kOpenStreams] -= 1;

	    if (session[kOpenStreams] === 0) {
	      session.unref();
	    }

	    abort(err);
	  });

	  stream.once('trailers', trailers => {
	    if (request.aborted || request.completed) {
	      return
	    }

	    stream.removeAllListeners('data');
	    request.onComplete(trailers);
	  });

	  return true

	  function writeBodyH2 () {
	    if (!body || contentLength === 0) {
	      writeBuffer(
	        abort,
	        stream,
	        null,
	        client,
	        request,
	        client[kSocket],
	        contentLength,
	        expectsPayload
	      );
	    } else if (util.isBuffer(body)) {
	      writeBuffer(
	        abort,
	        stream,
	        body,
	        client,
	        request,
	        client[kSocket],
	        contentLength,
	        expectsPayload
	      );
	    } else if (util.isBlobLike(body)) {
	      if (typeof body.stream === 'function') {
	        writeIterable(
	          abort,
	          stream,
	          body.stream(),
	          client,
	          request,
	          client[kSocket],
	          contentLength,
	          expectsPayload
	        );
	      } else {
	        writeBlob(
	          abort,
	          stream,
	          body,
	          client,
	          request,
	          client[kSocket],
	          contentLength,
	          expectsPayload
	        );
	      }
	    } else if (util.isStream(body)) {
	      writeStream(
	        abort,
	        client[kSocket],
	        expectsPayload,
	        stream,
	        body,
	        client,
	        request,
	        contentLength
	      );
	    } else if (util.isIterable(body)) {
	      writeIterable(
	        abort,
	        stream,
	        body,
	        client,
	        request,
	        client[kSocket],
	        contentLength,
	        expectsPayload
	      );
	    } else {
	      assert(false);
	    }
	  }
	}

	function writeBuffer (abort, h2stream, body, client, request, socket, contentLength, expectsPayload) {
	  try {
	    if (body != null && util.isBuffer(body)) {
	      assert(contentLength === body.byteLength, 'buffer body must have content length');
	      h2stream.cork();
	      h2stream.write(body);
	      h2stream.uncork();
	      h2stream.end();

	      request.onBodySent(body);
	    }

	    if (!expectsPayload) {
	      socket[kReset] = true;
	    }

	    request.onRequestSent();
	    client[kResume]();
	  } catch (error) {
	    abort(error);
	  }
	}

	function writeStream (abort, socket, expectsPayload, h2stream, body, client, request, contentLength) {
	  assert(contentLength !== 0 || client[kRunning] === 0, 'stream body cannot be pipelined');

	  // For HTTP/2, is enough to pipe the stream
	  const pipe = pipeline(
	    body,
	    h2stream,
	    (err) => {
	      if (err) {
	        util.destroy(pipe, err);
	        abort(err);
	      } else {
	        util.removeAllListeners(pipe);
	        request.onRequestSent();

	        if (!expectsPayload) {
	          socket[kReset] = true;
	        }

	        client[kResume]();
	      }
	    }
	  );

	  util.addListener(pipe, 'data', onPipeData);

	  function onPipeData (chunk) {
	    request.onBodySent(chunk);
	  }
	}

	async function writeBlob (abort, h2stream, body, client, request, socket, contentLength, expectsPayload) {
	  assert(contentLength === body.size, 'blob body must have content length');

	  try {
	    if (contentLength != null && contentLength !== body.size) {
	      throw new RequestContentLengthMismatchError()
	    }

	    const buffer = Buffer.from(await body.arrayBuffer());

	    h2stream.cork();
	    h2stream.write(buffer);
	    h2stream.uncork();
	    h2stream.end();

	    request.onBodySent(buffer);
	    request.onRequestSent();

	    if (!expectsPayload) {
	      socket[kReset] = true;
	    }

	    client[kResume]();
	  } catch (err) {
	    abort(err);
	  }
	}

	async function writeIterable (abort, h2stream, body, client, request, socket, contentLength, expectsPayload) {
	  assert(contentLength !== 0 || client[kRunning] === 0, 'iterator body cannot be pipelined');

	  let callback = null;
	  function onDrain () {
	    if (callback) {
	      const cb = callback;
	      callback = null;
	      cb();
	    }
	  }

	  const waitForDrain = () => new Promise((resolve, reject) => {
	    assert(callback === null);

	    if (socket[kError]) {
	      reject(socket[kError]);
	    } else {
	      callback = resolve;
	    }
	  });

	  h2stream
	    .on('close', onDrain)
	    .on('drain', onDrain);

	  try {
	    // It's up to the user to somehow abort the async iterable.
	    for await (const chunk of body) {
	      if (socket[kError]) {
	        throw socket[kError]
	      }

	      const res = h2stream.write(chunk);
	      request.onBodySent(chunk);
	      if (!res) {
	        await waitForDrain();
	      }
	    }

	    h2stream.end();

	    request.onRequestSent();

	    if (!expectsPayload) {
	      socket[kReset] = true;
	    }

	    client[kResume]();
	  } catch (err) {
	    abort(err);
	  } finally {
	    h2stream
	      .off('close', onDrain)
	      .off('drain', onDrain);
	  }
	}

	clientH2 = connectH2;
	return clientH2;
}

var client;
var hasRequiredClient;

function requireClient () {
	if (hasRequiredClient) return client;
	hasRequiredClient = 1;

	const assert = require$$0$1;
	const net = require$$1$1;
	const http = require$$2;
	const util = requireUtil$1();
	const { ClientStats } = requireStats();
	const { channels } = requireDiagnostics();
	const Request = requireRequest();
	const DispatcherBase = requireDispatcherBase();
	const {
	  InvalidArgumentError,
	  InformationalError,
	  ClientDestroyedError
	} = requireErrors();
	const buildConnector = requireConnect();
	const {
	  kUrl,
	  kServerName,
	  kClient,
	  kBusy,
	  kConnect,
	  kResuming,
	  kRunning,
	  kPending,
	  kSize,
	  kQueue,
	  kConnected,
	  kConnecting,
	  kNeedDrain,
	  kKeepAliveDefaultTimeout,
	  kHostHeader,
	  kPendingIdx,
	  kRunningIdx,
	  kError,
	  kPipelining,
	  kKeepAliveTimeoutValue,
	  kMaxHeadersSize,
	  kKeepAliveMaxTimeout,
	  kKeepAliveTimeoutThreshold,
	  kHeadersTimeout,
	  kBodyTimeout,
	  kStrictContentLength,
	  kConnector,
	  kMaxRequests,
	  kCounter,
	  kClose,
	  kDestroy,
	  kDispatch,
	  kLocalAddress,
	  kMaxResponseSize,
	  kOnError,
	  kHTTPContext,
	  kMaxConcurrentStreams,
	  kHTTP2InitialWindowSize,
	  kHTTP2ConnectionWindowSize,
	  kResume,
	  kPingInterval
	} = requireSymbols();
	const connectH1 = requireClientH1();
	const connectH2 = requireClientH2();

	const kClosedResolve = Symbol('kClosedResolve');

	const getDefaultNodeMaxHeaderSize = http &&
	  http.maxHeaderSize &&
	  Number.isInteger(http.maxHeaderSize) &&
	  http.maxHeaderSize > 0
	  ? () => http.maxHeaderSize
	  : () => { throw new InvalidArgumentError('http module not available or http.maxHeaderSize invalid') };

	const noop = () => { };

	function getPipelining (client) {
	  return client[kPipelining] ?? client[kHTTPContext]?.defaultPipelining ?? 1
	}

	/**
	 * @type {import('../../types/client.js').default}
	 */
	class Client extends DispatcherBase {
	  /**
	   *
	   * @param {string|URL} url
	   * @param {import('../../types/client.js').Client.Options} options
	   */
	  constructor (url, {
	    maxHeaderSize,
	    headersTimeout,
	    socketTimeout,
	    requestTimeout,
	    connectTimeout,
	    bodyTimeout,
	    idleTimeout,
	    keepAlive,
	    keepAliveTimeout,
	    maxKeepAliveTimeout,
	    keepAliveMaxTimeout,
	    keepAliveTimeoutThreshold,
	    socketPath,
	    pipelining,
	    tls,
	    strictContentLength,
	    maxCachedSessions,
	    connect,
	    maxRequestsPerClient,
	    localAddress,
	    maxResponseSize,
	    autoSelectFamily,
	    autoSelectFamilyAttemptTimeout,
	    // h2
	    maxConcurrentStreams,
	    allowH2,
	    useH2c,
	    initialWindowSize,
	    connectionWindowSize,
	    pingInterval,
	    webSocket,
	    eventSource
	  } = {}) {
	    if (keepAlive !== undefined) {
	      throw new InvalidArgumentError('unsupported keepAlive, use pipelining=0 instead')
	    }

	    if (socketTimeout !== undefined) {
	      throw new InvalidArgumentError('unsupported socketTimeout, use headersTimeout & bodyTimeout instead')
	    }

	    if (requestTimeout !== undefined) {
	      throw new InvalidArgumentError('unsupported requestTimeout, use headersTimeout & bodyTimeout instead')
	    }

	    if (idleTimeout !== undefined) {
	      throw new InvalidArgumentError('unsupported idleTimeout, use keepAliveTimeout instead')
	    }

	    if (maxKeepAliveTimeout !== undefined) {
	      throw new InvalidArgumentError('unsupported maxKeepAliveTimeout, use keepAliveMaxTimeout instead')
	    }

	    if (maxHeaderSize != null) {
	      if (!Number.isInteger(maxHeaderSize) || maxHeaderSize < 1) {
	        throw new InvalidArgumentError('invalid maxHeaderSize')
	      }
	    } else {
	      // If maxHeaderSize is not provided, use the default value from the http module
	      // or if that is not available, throw an error.
	      maxHeaderSize = getDefaultNodeMaxHeaderSize();
	    }

	    if (socketPath != null && typeof socketPath !== 'string') {
	      throw new InvalidArgumentError('invalid socketPath')
	    }

	    if (connectTimeout != null && (!Number.isFinite(connectTimeout) || connectTimeout < 0)) {
	      throw new InvalidArgumentError('invalid connectTimeout')
	    }

	    if (keepAliveTimeout != null && (!Number.isFinite(keepAliveTimeout) || keepAliveTimeout <= 0)) {
	      throw new InvalidArgumentError('invalid keepAliveTimeout')
	    }

	    if (keepAliveMaxTimeout != null && (!Number.isFinite(keepAliveMaxTimeout) || keepAliveMaxTimeout <= 0)) {
	      throw new InvalidArgumentError('invalid keepAliveMaxTimeout')
	    }

	    if (keepAliveTimeoutThreshold != null && !Number.isFinite(keepAliveTimeoutThreshold)) {
	      throw new InvalidArgumentError('invalid keepAliveTimeoutThreshold')
	    }

	    if (headersTimeout != null && (!Number.isInteger(headersTimeout) || headersTimeout < 0)) {
	      throw new InvalidArgumentError('headersTimeout must be a positive integer or zero')
	    }

	    if (bodyTimeout != null && (!Number.isInteger(bodyTimeout) || bodyTimeout < 0)) {
	      throw new InvalidArgumentError('bodyTimeout must be a positive integer or zero')
	    }

	    if (connect != null && typeof connect !== 'function' && typeof connect !== 'object') {
	      throw new InvalidArgumentError('connect must be a function or an object')
	    }

	    if (maxRequestsPerClient != null && (!Number.isInteger(maxRequestsPerClient) || maxRequestsPerClient < 0)) {
	      throw new InvalidArgumentError('maxRequestsPerClient must be a positive number')
	    }

	    if (localAddress != null && (typeof localAddress !== 'string' || net.isIP(localAddress) === 0)) {
	      throw new InvalidArgumentError('localAddress must be valid string IP address')
	    }

	    if (maxResponseSize != null && (!Number.isInteger(maxResponseSize) || maxResponseSize < -1)) {
	      throw new InvalidArgumentError('maxResponseSize must be a positive number')
	    }

	    if (
	      autoSelectFamilyAttemptTimeout != null &&
	      (!Number.isInteger(autoSelectFamilyAttemptTimeout) || autoSelectFamilyAttemptTimeout < -1)
	    ) {
	      throw new InvalidArgumentError('autoSelectFamilyAttemptTimeout must be a positive number')
	    }

	    // h2
	    if (allowH2 != null && typeof allowH2 !== 'boolean') {
	      throw new InvalidArgumentError('allowH2 must be a valid boolean value')
	    }

	    if (maxConcurrentStreams != null && (typeof maxConcurrentStreams !== 'number' || maxConcurrentStreams < 1)) {
	      throw new InvalidArgumentError('maxConcurrentStreams must be a positive integer, greater than 0')
	    }

	    if (useH2c != null && typeof useH2c !== 'boolean') {
	      throw new InvalidArgumentError('useH2c must be a valid boolean value')
	    }

	    if (initialWindowSize != null && (!Number.isInteger(initialWindowSize) || initialWindowSize < 1)) {
	      throw new InvalidArgumentError('initialWindowSize must be a positive integer, greater than 0')
	    }

	    if (connectionWindowSize != null && (!Number.isInteger(connectionWindowSize) || connectionWindowSize < 1)) {
	      throw new InvalidArgumentError('connectionWindowSize must be a positive integer, greater than 0')
	    }

	    if (pingInterval != null && (typeof pingInterval !== 'number' || !Number.isInteger(pingInterval) || pingInterval < 0)) {
	      throw new InvalidArgumentError('pingInterval must be a positive integer, greater or equal to 0')
	    }

	    super({ webSocket, eventSource });

	    if (typeof connect !== 'function') {
	      connect = buildConnector({
	        ...tls,
	        maxCachedSessions,
	        allowH2,
	        useH2c,
	        socketPath,
	        timeout: connectTimeout,
	        ...(typeof autoSelectFamily === 'boolean' ? { autoSelectFamily, autoSelectFamilyAttemptTimeout } : undefined),
	        ...connect
	      });
	    } else {
	      const customConnect = connect;
	      connect = (opts, callback) => customConnect({
	        ...opts,
	        ...(socketPath != null ? { socketPath } : null),
	        ...(allowH2 != null ? { allowH2 } : null)
	      }, callback);
	    }

	    this[kUrl] = util.parseOrigin(url);
	    this[kConnector] = connect;
	    this[kPipelining] = pipelining != null ? pipelining : 1;
	    this[kMaxHeadersSize] = maxHeaderSize;
	    this[kKeepAliveDefaultTimeout] = keepAliveTimeout == null ? 4e3 : keepAliveTimeout;
	    this[kKeepAliveMaxTimeout] = keepAliveMaxTimeout == null ? 600e3 : keepAliveMaxTimeout;
	    this[kKeepAliveTimeoutThreshold] = keepAliveTimeoutThreshold == null ? 2e3 : keepAliveTimeoutThreshold;
	    this[kKeepAliveTimeoutValue] = this[kKeepAliveDefaultTimeout];
	    this[kServerName] = null;
	    this[kLocalAddress] = localAddress != null ? localAddress : null;
	    this[kResuming] = 0; // 0, idle, 1, scheduled, 2 resuming
	    this[kNeedDrain] = 0; // 0, idle, 1, scheduled, 2 resuming
	    this[kHostHeader] = `host: ${this[kUrl].hostname}${this[kUrl].port ? `:${this[kUrl].port}` : ''}\r\n`;
	    this[kBodyTimeout] = bodyTimeout != null ? bodyTimeout : 300e3;
	    this[kHeadersTimeout] = headersTimeout != null ? headersTimeout : 300e3;
	    this[kStrictContentLength] = strictContentLength == null ? true : strictContentLength;
	    this[kMaxRequests] = maxRequestsPerClient;
	    this[kClosedResolve] = null;
	    this[kMaxResponseSize] = maxResponseSize > -1 ? maxResponseSize : -1;
	    this[kHTTPContext] = null;
	    // h2
	    this[kMaxConcurrentStreams] = maxConcurrentStreams != null ? maxConcurrentStreams : 100; // Max peerConcurrentStreams for a Node h2 server
	    // HTTP/2 window sizes are set to higher defaults than Node.js core for better performance:
	    // - initialWindowSize: 262144 (256KB) vs Node.js default 65535 (64KB - 1)
	    //   Allows more data to be sent before requiring acknowledgment, improving throughput
	    //   especially on high-latency networks. This matches common production HTTP/2 servers.
	    // - connectionWindowSize: 524288 (512KB) vs Node.js default (none set)
	    //   Provides better flow control for the entire connection across multiple streams.
	    this[kHTTP2InitialWindowSize] = initialWindowSize != null ? initialWindowSize : 262144;
	    this[kHTTP2ConnectionWindowSize] = connectionWindowSize != null ? connectionWindowSize : 524288;
	    this[kPingInterval] = pingInterval != null ? pingInterval : 60e3; // Default ping interval for h2 - 1 minute

	    // kQueue is built up of 3 sections separated by
	    // the kRunningIdx and kPendingIdx indices.
	    // |   complete   |   running   |   pending   |
	    //                ^ kRunningIdx ^ kPendingIdx ^ kQueue.length
	    // kRunningIdx points to the first running element.
	    // kPendingIdx points to the first pending element.
	    // This implements a fast queue with an amortized
	    // time of O(1).

	    this[kQueue] = [];
	    this[kRunningIdx] = 0;
	    this[kPendingIdx] = 0;

	    this[kResume] = (sync) => resume(this, sync);
	    this[kOnError] = (err) => onError(this, err);
	  }

	  get pipelining () {
	    return this[kPipelining]
	  }

	  set pipelining (value) {
	    this[kPipelining] = value;
	    this[kResume](true);
	  }

	  get stats () {
	    return new ClientStats(this)
	  }

	  get [kPending] () {
	    return this[kQueue].length - this[kPendingIdx]
	  }

	  get [kRunning] () {
	    return this[kPendingIdx] - this[kRunningIdx]
	  }

	  get [kSize] () {
	    return this[kQueue].length - this[kRunningIdx]
	  }

	  get [kConnected] () {
	    return !!this[kHTTPContext] && !this[kConnecting] && !this[kHTTPContext].destroyed
	  }

	  get [kBusy] () {
	    return Boolean(
	      this[kHTTPContext]?.busy(null) ||
	      (this[kSize] >= (getPipelining(this) || 1)) ||
	      this[kPending] > 0
	    )
	  }

	  [kConnect] (cb) {
	    connect(this);
	    this.once('connect', cb);
	  }

	  [kDispatch] (opts, handler) {
	    const request = new Request(this[kUrl].origin, opts, handler);

	    this[kQueue].push(request);
	    if (this[kResuming]) ; else if (util.bodyLength(request.body) == null && util.isIterable(request.body)) {
	      // Wait a tick in case stream/iterator is ended in the same tick.
	      this[kResuming] = 1;
	      queueMicrotask(() => resume(this));
	    } else {
	      this[kResume](true);
	    }

	    if (this[kResuming] && this[kNeedDrain] !== 2 && this[kBusy]) {
	      this[kNeedDrain] = 2;
	    }

	    return this[kNeedDrain] < 2
	  }

	  [kClose] () {
	    // TODO: for H2 we need to gracefully flush the remaining enqueued
	    // request and close each stream.
	    return new Promise((resolve) => {
	      if (this[kSize]) {
	        this[kClosedResolve] = resolve;
	      } else {
	        resolve(null);
	      }
	    })
	  }

	  [kDestroy] (err) {
	    return new Promise((resolve) => {
	      const requests = this[kQueue].splice(this[kPendingIdx]);
	      for (let i = 0; i < requests.length; i++) {
	        const request = requests[i];
	        if (request != null) {
	          util.errorRequest(this, request, err);
	        }
	      }

	      const callback = () => {
	        if (this[kClosedResolve]) {
	          // TODO (fix): Should we error here with ClientDestroyedError?
	          this[kClosedResolve]();
	          this[kClosedResolve] = null;
	        }
	        resolve(null);
	      };

	      if (this[kHTTPContext]) {
	        this[kHTTPContext].destroy(err, callback);
	        this[kHTTPContext] = null;
	      } else {
	        queueMicrotask(callback);
	      }

	      this[kResume]();
	    })
	  }
	}

	function onError (client, err) {
	  if (
	    client[kRunning] === 0 &&
	    err.code !== 'UND_ERR_INFO' &&
	    err.code !== 'UND_ERR_SOCKET'
	  ) {
	    // Error is not caused by running request and not a recoverable
	    // socket error.

	    assert(client[kPendingIdx] === client[kRunningIdx]);

	    const requests = client[kQueue].splice(client[kRunningIdx]);

	    for (let i = 0; i < requests.length; i++) {
	      const request = requests[i];
	      if (request != null) {
	        util.errorRequest(client, request, err);
	      }
	    }
	    assert(client[kSize] === 0);
	  }
	}

	/**
	 * @param {Client} client
	 * @returns {void}
	 */
	function connect (client) {
	  assert(!client[kConnecting]);
	  assert(!client[kHTTPContext]);

	  let { host, hostname, protocol, port } = client[kUrl];

	  // Resolve ipv6
	  if (hostname[0] === '[') {
	    const idx = hostname.indexOf(']');

	    assert(idx !== -1);
	    const ip = hostname.substring(1, idx);

	    assert(net.isIPv6(ip));
	    hostname = ip;
	  }

	  client[kConnecting] = true;

	  if (channels.beforeConnect.hasSubscribers) {
	    channels.beforeConnect.publish({
	      connectParams: {
	        host,
	        hostname,
	        protocol,
	        port,
	        version: client[kHTTPContext]?.version,
	        servername: client[kServerName],
	        localAddress: client[kLocalAddress]
	      },
	      connector: client[kConnector]
	    });
	  }

	  try {
	    client[kConnector]({
	      host,
	      hostname,
	      protocol,
	      port,
	      servername: client[kServerName],
	      localAddress: client[kLocalAddress]
	    }, (err, socket) => {
	      if (err) {
	        handleConnectError(client, err, { host, hostname, protocol, port });
	        client[kResume]();
	        return
	      }

	      if (client.destroyed) {
	        util.destroy(socket.on('error', noop), new ClientDestroyedError());
	        client[kResume]();
	        return
	      }

	      assert(socket);

	      try {
	        client[kHTTPContext] = socket.alpnProtocol === 'h2'
	          ? connectH2(client, socket)
	          : connectH1(client, socket);
	      } catch (err) {
	        socket.destroy().on('error', noop);
	        handleConnectError(client, err, { host, hostname, protocol, port });
	        client[kResume]();
	        return
	      }

	      client[kConnecting] = false;

	      socket[kCounter] = 0;
	      socket[kMaxRequests] = client[kMaxRequests];
	      socket[kClient] = client;
	      socket[kError] = null;

	      if (channels.connected.hasSubscribers) {
	        channels.connected.publish({
	          connectParams: {
	            host,
	            hostname,
	            protocol,
	            port,
	            version: client[kHTTPContext]?.version,
	            servername: client[kServerName],
	            localAddress: client[kLocalAddress]
	          },
	          connector: client[kConnector],
	          socket
	        });
	      }

	      client.emit('connect', client[kUrl], [client]);
	      client[kResume]();
	    });
	  } catch (err) {
	    handleConnectError(client, err, { host, hostname, protocol, port });
	    client[kResume]();
	  }
	}

	function handleConnectError (client, err, { host, hostname, protocol, port }) {
	  if (client.destroyed) {
	    return
	  }

	  client[kConnecting] = false;

	  if (channels.connectError.hasSubscribers) {
	    channels.connectError.publish({
	      connectParams: {
	        host,
	        hostname,
	        protocol,
	        port,
	        version: client[kHTTPContext]?.version,
	        servername: client[kServerName],
	        localAddress: client[kLocalAddress]
	      },
	      connector: client[kConnector],
	      error: err
	    });
	  }

	  if (err.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
	    assert(client[kRunning] === 0);
	    while (client[kPending] > 0 && client[kQueue][client[kPendingIdx]].servername === client[kServerName]) {
	      const request = client[kQueue][client[kPendingIdx]++];
	      util.errorRequest(client, request, err);
	    }
	  } else {
	    onError(client, err);
	  }

	  client.emit('connectionError', client[kUrl], [client], err);
	}

	function emitDrain (client) {
	  client[kNeedDrain] = 0;
	  client.emit('drain', client[kUrl], [client]);
	}

	function resume (client, sync) {
	  if (client[kResuming] === 2) {
	    return
	  }

	  client[kResuming] = 2;

	  _resume(client, sync);
	  client[kResuming] = 0;

	  if (client[kRunningIdx] > 256) {
	    client[kQueue].splice(0, client[kRunningIdx]);
	    client[kPendingIdx] -= client[kRunningIdx];
	    client[kRunningIdx] = 0;
	  }
	}

	function _resume (client, sync) {
	  while (true) {
	    if (client.destroyed) {
	      assert(client[kPending] === 0);
	      return
	    }

	    if (client[kClosedResolve] && !client[kSize]) {
	      client[kClosedResolve]();
	      client[kClosedResolve] = null;
	      return
	    }

	    if (client[kHTTPContext]) {
	      client[kHTTPContext].resume();
	    }

	    if (client[kBusy]) {
	      client[kNeedDrain] = 2;
	    } else if (client[kNeedDrain] === 2) {
	      if (sync) {
	        client[kNeedDrain] = 1;
	        queueMicrotask(() => emitDrain(client));
	      } else {
	        emitDrain(client);
	      }
	      continue
	    }

	    if (client[kPending] === 0) {
	      return
	    }

	    if (client[kRunning] >= (getPipelining(client) || 1)) {
	      return
	    }

	    const request = client[kQueue][client[kPendingIdx]];

	    if (request === null) {
	      return
	    }

	    if (client[kUrl].protocol === 'https:' && client[kServerName] !== request.servername) {
	      if (client[kRunning] > 0) {
	        return
	      }

	      client[kServerName] = request.servername;
	      client[kHTTPContext]?.destroy(new InformationalError('servername changed'), () => {
	        client[kHTTPContext] = null;
	        resume(client);
	      });
	    }

	    if (client[kConnecting]) {
	      return
	    }

	    if (!client[kHTTPContext]) {
	      connect(client);
	      return
	    }

	    if (client[kHTTPContext].destroyed) {
	      return
	    }

	    if (client[kHTTPContext].busy(request)) {
	      return
	    }

	    if (!request.aborted && client[kHTTPContext].write(request)) {
	      client[kPendingIdx]++;
	    } else {
	      client[kQueue].splice(client[kPendingIdx], 1);
	    }
	  }
	}

	client = Client;
	return client;
}

var pool;
var hasRequiredPool;

function requirePool () {
	if (hasRequiredPool) return pool;
	hasRequiredPool = 1;

	const {
	  PoolBase,
	  kClients,
	  kNeedDrain,
	  kAddClient,
	  kGetDispatcher,
	  kRemoveClient
	} = requirePoolBase();
	const Client = requireClient();
	const {
	  InvalidArgumentError
	} = requireErrors();
	const util = requireUtil$1();
	const { kUrl } = requireSymbols();
	const buildConnector = requireConnect();

	const kOptions = Symbol('options');
	const kConnections = Symbol('connections');
	const kFactory = Symbol('factory');

	function defaultFactory (origin, opts) {
	  return new Client(origin, opts)
	}

	class Pool extends PoolBase {
	  constructor (origin, {
	    connections,
	    factory = defaultFactory,
	    connect,
	    connectTimeout,
	    tls,
	    maxCachedSessions,
	    socketPath,
	    autoSelectFamily,
	    autoSelectFamilyAttemptTimeout,
	    allowH2,
	    clientTtl,
	    ...options
	  } = {}) {
	    if (connections != null && (!Number.isFinite(connections) || connections < 0)) {
	      throw new InvalidArgumentError('invalid connections')
	    }

	    if (typeof factory !== 'function') {
	      throw new InvalidArgumentError('factory must be a function.')
	    }

	    if (connect != null && typeof connect !== 'function' && typeof connect !== 'object') {
	      throw new InvalidArgumentError('connect must be a function or an object')
	    }

	    if (typeof connect !== 'function') {
	      connect = buildConnector({
	        ...tls,
	        maxCachedSessions,
	        allowH2,
	        socketPath,
	        timeout: connectTimeout,
	        ...(typeof autoSelectFamily === 'boolean' ? { autoSelectFamily, autoSelectFamilyAttemptTimeout } : undefined),
	        ...connect
	      });
	    }

	    super(options);

	    this[kConnections] = connections || null;
	    this[kUrl] = util.parseOrigin(origin);
	    this[kOptions] = { ...util.deepClone(options), connect, allowH2, clientTtl, socketPath };
	    this[kOptions].interceptors = options.interceptors
	      ? { ...options.interceptors }
	      : undefined;
	    this[kFactory] = factory;

	    this.on('connect', (origin, targets) => {
	      if (clientTtl != null && clientTtl > 0) {
	        for (const target of targets) {
	          Object.assign(target, { ttl: Date.now() });
	        }
	      }
	    });

	    this.on('connectionError', (origin, targets, error) => {
	      // If a connection error occurs, we remove the client from the pool,
	      // and emit a connectionError event. They will not be re-used.
	      // Fixes https://github.com/nodejs/undici/issues/3895
	      for (const target of targets) {
	        // Do not use kRemoveClient here, as it will close the client,
	        // but the client cannot be closed in this state.
	        const idx = this[kClients].indexOf(target);
	        if (idx !== -1) {
	          this[kClients].splice(idx, 1);
	        }
	      }
	    });
	  }

	  [kGetDispatcher] () {
	    const clientTtlOption = this[kOptions].clientTtl;
	    for (const client of this[kClients]) {
	      // check ttl of client and if it's stale, remove it from the pool
	      if (clientTtlOption != null && clientTtlOption > 0 && client.ttl && ((Date.now() - client.ttl) > clientTtlOption)) {
	        this[kRemoveClient](client);
	      } else if (!client[kNeedDrain]) {
	        return client
	      }
	    }

	    if (!this[kConnections] || this[kClients].length < this[kConnections]) {
	      const dispatcher = this[kFactory](this[kUrl], this[kOptions]);
	      this[kAddClient](dispatcher);
	      return dispatcher
	    }
	  }
	}

	pool = Pool;
	return pool;
}

var agent;
var hasRequiredAgent;

function requireAgent () {
	if (hasRequiredAgent) return agent;
	hasRequiredAgent = 1;

	const { InvalidArgumentError, MaxOriginsReachedError } = requireErrors();
	const { kClients, kRunning, kClose, kDestroy, kDispatch, kUrl } = requireSymbols();
	const DispatcherBase = requireDispatcherBase();
	const Pool = requirePool();
	const Client = requireClient();
	const util = requireUtil$1();

	const kOnConnect = Symbol('onConnect');
	const kOnDisconnect = Symbol('onDisconnect');
	const kOnConnectionError = Symbol('onConnectionError');
	const kOnDrain = Symbol('onDrain');
	const kFactory = Symbol('factory');
	const kOptions = Symbol('options');
	const kOrigins = Symbol('origins');

	function defaultFactory (origin, opts) {
	  return opts && opts.connections === 1
	    ? new Client(origin, opts)
	    : new Pool(origin, opts)
	}

	class Agent extends DispatcherBase {
	  constructor ({ factory = defaultFactory, maxOrigins = Infinity, connect, tls, ...options } = {}) {
	    if (typeof factory !== 'function') {
	      throw new InvalidArgumentError('factory must be a function.')
	    }

	    if (connect != null && typeof connect !== 'function' && typeof connect !== 'object') {
	      throw new InvalidArgumentError('connect must be a function or an object')
	    }

	    if (typeof maxOrigins !== 'number' || Number.isNaN(maxOrigins) || maxOrigins <= 0) {
	      throw new InvalidArgumentError('maxOrigins must be a number greater than 0')
	    }

	    super(options);

	    if (connect && typeof connect !== 'function') {
	      connect = { ...connect };
	    }

	    if (tls && typeof tls !== 'function') {
	      tls = { ...tls };
	    }

	    this[kOptions] = { ...util.deepClone(options), maxOrigins, connect, tls };
	    this[kFactory] = factory;
	    this[kClients] = new Map();
	    this[kOrigins] = new Set();

	    this[kOnDrain] = (origin, targets) => {
	      this.emit('drain', origin, [this, ...targets]);
	    };

	    this[kOnConnect] = (origin, targets) => {
	      this.emit('connect', origin, [this, ...targets]);
	    };

	    this[kOnDisconnect] = (origin, targets, err) => {
	      this.emit('disconnect', origin, [this, ...targets], err);
	    };

	    this[kOnConnectionError] = (origin, targets, err) => {
	      this.emit('connectionError', origin, [this, ...targets], err);
	    };
	  }

	  get [kRunning] () {
	    let ret = 0;
	    for (const { dispatcher } of this[kClients].values()) {
	      ret += dispatcher[kRunning];
	    }
	    return ret
	  }

	  [kDispatch] (opts, handler) {
	    let key;
	    if (opts.origin && (typeof opts.origin === 'string' || opts.origin instanceof URL)) {
	      key = String(opts.origin);
	    } else {
	      throw new InvalidArgumentError('opts.origin must be a non-empty string or URL.')
	    }

	    if (this[kOrigins].size >= this[kOptions].maxOrigins && !this[kOrigins].has(key)) {
	      throw new MaxOriginsReachedError()
	    }

	    const result = this[kClients].get(key);
	    let dispatcher = result && result.dispatcher;
	    if (!dispatcher) {
	      const closeClientIfUnused = (connected) => {
	        const result = this[kClients].get(key);
	        if (result) {
	          if (connected) result.count -= 1;
	          if (result.count <= 0) {
	            this[kClients].delete(key);
	            if (!result.dispatcher.destroyed) {
	              result.dispatcher.close();
	            }
	          }
	          this[kOrigins].delete(key);
	        }
	      };
	      dispatcher = this[kFactory](opts.origin, this[kOptions])
	        .on('drain', this[kOnDrain])
	        .on('connect', (origin, targets) => {
	          const result = this[kClients].get(key);
	          if (result) {
	            result.count += 1;
	          }
	          this[kOnConnect](origin, targets);
	        })
	        .on('disconnect', (origin, targets, err) => {
	          closeClientIfUnused(true);
	          this[kOnDisconnect](origin, targets, err);
	        })
	        .on('connectionError', (origin, targets, err) => {
	          closeClientIfUnused(false);
	          this[kOnConnectionError](origin, targets, err);
	        });

	      this[kClients].set(key, { count: 0, dispatcher });
	      this[kOrigins].add(key);
	    }

	    return dispatcher.dispatch(opts, handler)
	  }

	  [kClose] () {
	    const closePromises = [];
	    for (const { dispatcher } of this[kClients].values()) {
	      closePromises.push(dispatcher.close());
	    }
	    this[kClients].clear();

	    return Promise.all(closePromises)
	  }

	  [kDestroy] (err) {
	    const destroyPromises = [];
	    for (const { dispatcher } of this[kClients].values()) {
	      destroyPromises.push(dispatcher.destroy(err));
	    }
	    this[kClients].clear();

	    return Promise.all(destroyPromises)
	  }

	  get stats () {
	    const allClientStats = {};
	    for (const { dispatcher } of this[kClients].values()) {
	      if (dispatcher.stats) {
	        allClientStats[dispatcher[kUrl].origin] = dispatcher.stats;
	      }
	    }
	    return allClientStats
	  }
	}

	agent = Agent;
	return agent;
}

var agentExports = requireAgent();
var AgentClass = /*@__PURE__*/getDefaultExportFromCjs(agentExports);

var socks5Utils;
var hasRequiredSocks5Utils;

function requireSocks5Utils () {
	if (hasRequiredSocks5Utils) return socks5Utils;
	hasRequiredSocks5Utils = 1;

	const { Buffer } = require$$0$2;
	const net = require$$1$1;
	const { InvalidArgumentError } = requireErrors();

	/**
	 * Parse an address and determine its type
	 * @param {string} address - The address to parse
	 * @returns {{type: number, buffer: Buffer}} Address type and buffer
	 */
	function parseAddress (address) {
	  // Check if it's an IPv4 address
	  if (net.isIPv4(address)) {
	    const parts = address.split('.').map(Number);
	    return {
	      type: 0x01, // IPv4
	      buffer: Buffer.from(parts)
	    }
	  }

	  // Check if it's an IPv6 address
	  if (net.isIPv6(address)) {
	    return {
	      type: 0x04, // IPv6
	      buffer: parseIPv6(address)
	    }
	  }

	  // Otherwise, treat as domain name
	  const domainBuffer = Buffer.from(address, 'utf8');
	  if (domainBuffer.length > 255) {
	    throw new InvalidArgumentError('Domain name too long (max 255 bytes)')
	  }

	  return {
	    type: 0x03, // Domain
	    buffer: Buffer.concat([Buffer.from([domainBuffer.length]), domainBuffer])
	  }
	}

	/**
	 * Parse IPv6 address to buffer
	 * @param {string} address - IPv6 address string
	 * @returns {Buffer} 16-byte buffer
	 */
	function parseIPv6 (address) {
	  const buffer = Buffer.alloc(16);
	  let normalizedAddress = address;

	  // Expand an embedded IPv4 tail into the last two IPv6 groups.
	  if (address.includes('.')) {
	    const lastColonIndex = address.lastIndexOf(':');
	    const ipv4Part = address.slice(lastColonIndex + 1);

	    if (net.isIPv4(ipv4Part)) {
	      const octets = ipv4Part.split('.').map(Number);
	      const high = ((octets[0] << 8) | octets[1]).toString(16);
	      const low = ((octets[2] << 8) | octets[3]).toString(16);
	      normalizedAddress = `${address.slice(0, lastColonIndex)}:${high}:${low}`;
	    }
	  }

	  // Handle compressed notation (::)
	  const doubleColonIndex = normalizedAddress.indexOf('::');
	  if (doubleColonIndex !== -1) {
	    const before = normalizedAddress.slice(0, doubleColonIndex);
	    const after = normalizedAddress.slice(doubleColonIndex + 2);
	    const beforeParts = before === '' ? [] : before.split(':');
	    const afterParts = after === '' ? [] : after.split(':');

	    let bufferIndex = 0;
	    for (const part of beforeParts) {
	      buffer.writeUInt16BE(parseInt(part, 16), bufferIndex);
	      bufferIndex += 2;
	    }
	    bufferIndex = 16 - afterParts.length * 2;
	    for (const part of afterParts) {
	      buffer.writeUInt16BE(parseInt(part, 16), bufferIndex);
	      bufferIndex += 2;
	    }
	  } else {
	    const parts = normalizedAddress.split(':');
	    for (let i = 0; i < parts.length; i++) {
	      buffer.writeUInt16BE(parseInt(parts[i], 16), i * 2);
	    }
	  }

	  return buffer
	}

	/**
	 * Build a SOCKS5 address buffer
	 * @param {number} type - Address type (1=IPv4, 3=Domain, 4=IPv6)
	 * @param {Buffer} addressBuffer - The address data
	 * @param {number} port - Port number
	 * @returns {Buffer} Complete address buffer including type, address, and port
	 */
	function buildAddressBuffer (type, addressBuffer, port) {
	  const portBuffer = Buffer.allocUnsafe(2);
	  portBuffer.writeUInt16BE(port, 0);

	  return Buffer.concat([
	    Buffer.from([type]),
	    addressBuffer,
	    portBuffer
	  ])
	}

	/**
	 * Parse address from SOCKS5 response
	 * @param {Buffer} buffer - Buffer containing the address
	 * @param {number} offset - Starting offset in buffer
	 * @returns {{address: string, port: number, bytesRead: number}}
	 */
	function parseResponseAddress (buffer, offset = 0) {
	  if (buffer.length < offset + 1) {
	    throw new InvalidArgumentError('Buffer too small to contain address type')
	  }

	  const addressType = buffer[offset];
	  let address;
	  let currentOffset = offset + 1;

	  switch (addressType) {
	    case 0x01: { // IPv4
	      if (buffer.length < currentOffset + 6) {
	        throw new InvalidArgumentError('Buffer too small for IPv4 address')
	      }
	      address = Array.from(buffer.subarray(currentOffset, currentOffset + 4)).join('.');
	      currentOffset += 4;
	      break
	    }

	    case 0x03: { // Domain
	      if (buffer.length < currentOffset + 1) {
	        throw new InvalidArgumentError('Buffer too small for domain length')
	      }
	      const domainLength = buffer[currentOffset];
	      currentOffset += 1;

	      if (buffer.length < currentOffset + domainLength + 2) {
	        throw new InvalidArgumentError('Buffer too small for domain address')
	      }
	      address = buffer.subarray(currentOffset, currentOffset + domainLength).toString('utf8');
	      currentOffset += domainLength;
	      break
	    }

	    case 0x04: { // IPv6
	      if (buffer.length < currentOffset + 18) {
	        throw new InvalidArgumentError('Buffer too small for IPv6 address')
	      }
	      // Convert buffer to IPv6 string
	      const parts = [];
	      for (let i = 0; i < 8; i++) {
	        const value = buffer.readUInt16BE(currentOffset + i * 2);
	        parts.push(value.toString(16));
	      }
	      address = parts.join(':');
	      currentOffset += 16;
	      break
	    }

	    default:
	      throw new InvalidArgumentError(`Invalid address type: ${addressType}`)
	  }

	  // Parse port
	  if (buffer.length < currentOffset + 2) {
	    throw new InvalidArgumentError('Buffer too small for port')
	  }
	  const port = buffer.readUInt16BE(currentOffset);
	  currentOffset += 2;

	  return {
	    address,
	    port,
	    bytesRead: currentOffset - offset
	  }
	}

	/**
	 * Create error for SOCKS5 reply code
	 * @param {number} replyCode - SOCKS5 reply code
	 * @returns {Error} Appropriate error object
	 */
	function createReplyError (replyCode) {
	  const messages = {
	    0x01: 'General SOCKS server failure',
	    0x02: 'Connection not allowed by ruleset',
	    0x03: 'Network unreachable',
	    0x04: 'Host unreachable',
	    0x05: 'Connection refused',
	    0x06: 'TTL expired',
	    0x07: 'Command not supported',
	    0x08: 'Address type not supported'
	  };

	  const message = messages[replyCode] || `Unknown SOCKS5 error code: ${replyCode}`;
	  const error = new Error(message);
	  error.code = `SOCKS5_${replyCode}`;
	  return error
	}

	socks5Utils = {
	  parseAddress,
	  parseIPv6,
	  buildAddressBuffer,
	  parseResponseAddress,
	  createReplyError
	};
	return socks5Utils;
}

var socks5Client;
var hasRequiredSocks5Client;

function requireSocks5Client () {
	if (hasRequiredSocks5Client) return socks5Client;
	hasRequiredSocks5Client = 1;

	const { EventEmitter } = require$$0;
	const { Buffer } = require$$0$2;
	const { InvalidArgumentError, Socks5ProxyError } = requireErrors();
	const { debuglog } = require$$1$2;
	const { parseAddress } = requireSocks5Utils();

	const debug = debuglog('undici:socks5');
	const EMPTY_BUFFER = Buffer.alloc(0);

	// SOCKS5 constants
	const SOCKS_VERSION = 0x05;

	// Authentication methods
	const AUTH_METHODS = {
	  NO_AUTH: 0x00,
	  GSSAPI: 0x01,
	  USERNAME_PASSWORD: 0x02,
	  NO_ACCEPTABLE: 0xFF
	};

	// SOCKS5 commands
	const COMMANDS = {
	  CONNECT: 0x01,
	  BIND: 0x02,
	  UDP_ASSOCIATE: 0x03
	};

	// Address types
	const ADDRESS_TYPES = {
	  IPV4: 0x01,
	  DOMAIN: 0x03,
	  IPV6: 0x04
	};

	// Reply codes
	const REPLY_CODES = {
	  SUCCEEDED: 0x00,
	  GENERAL_FAILURE: 0x01,
	  CONNECTION_NOT_ALLOWED: 0x02,
	  NETWORK_UNREACHABLE: 0x03,
	  HOST_UNREACHABLE: 0x04,
	  CONNECTION_REFUSED: 0x05,
	  TTL_EXPIRED: 0x06,
	  COMMAND_NOT_SUPPORTED: 0x07,
	  ADDRESS_TYPE_NOT_SUPPORTED: 0x08
	};

	// State machine states
	const STATES = {
	  INITIAL: 'initial',
	  HANDSHAKING: 'handshaking',
	  AUTHENTICATING: 'authenticating',
	  AUTHENTICATED: 'authenticated',
	  CONNECTING: 'connecting',
	  CONNECTED: 'connected',
	  ERROR: 'error',
	  CLOSED: 'closed'
	};

	/**
	 * SOCKS5 client implementation
	 * Handles SOCKS5 protocol negotiation and connection establishment
	 */
	class Socks5Client extends EventEmitter {
	  constructor (socket, options = {}) {
	    super();

	    if (!socket) {
	      throw new InvalidArgumentError('socket is required')
	    }

	    this.socket = socket;
	    this.options = options;
	    this.state = STATES.INITIAL;
	    this.buffer = EMPTY_BUFFER;
	    this.onSocketData = this.onData.bind(this);
	    this.onSocketError = this.onError.bind(this);
	    this.onSocketClose = this.onClose.bind(this);

	    // Authentication settings
	    this.authMethods = [];
	    if (options.username && options.password) {
	      this.authMethods.push(AUTH_METHODS.USERNAME_PASSWORD);
	    }
	    this.authMethods.push(AUTH_METHODS.NO_AUTH);

	    // Socket event handlers
	    this.socket.on('data', this.onSocketData);
	    this.socket.on('error', this.onSocketError);
	    this.socket.on('close', this.onSocketClose);
	  }

	  /**
	   * Handle incoming data from the socket
	   */
	  onData (data) {
	    debug('received data', data.length, 'bytes in state', this.state);
	    this.buffer = Buffer.concat([this.buffer, data]);

	    try {
	      switch (this.state) {
	        case STATES.HANDSHAKING:
	          this.handleHandshakeResponse();
	          break
	        case STATES.AUTHENTICATING:
	          this.handleAuthResponse();
	          break
	        case STATES.CONNECTING:
	          this.handleConnectResponse();
	          break
	      }
	    } catch (err) {
	      this.onError(err);
	    }
	  }

	  /**
	   * Handle socket errors
	   */
	  onError (err) {
	    debug('socket error', err);
	    this.state = STATES.ERROR;
	    this.emit('error', err);
	    this.destroy();
	  }

	  /**
	   * Handle socket close
	   */
	  onClose () {
	    debug('socket closed');
	    this.state = STATES.CLOSED;
	    this.emit('close');
	  }

	  /**
	   * Destroy the client and underlying socket
	   */
	  destroy () {
	    if (this.socket && !this.socket.destroyed) {
	      this.socket.destroy();
	    }
	  }

	  markAuthenticated () {
	    this.state = STATES.AUTHENTICATED;
	    this.emit('authenticated');
	  }

	  /**
	   * Start the SOCKS5 handshake
	   */
	  handshake () {
	    if (this.state !== STATES.INITIAL) {
	      throw new InvalidArgumentError('Handshake already started')
	    }

	    debug('starting handshake with', this.authMethods.length, 'auth methods');
	    this.state = STATES.HANDSHAKING;

	    // Build handshake request
	    // +----+----------+----------+
	    // |VER | NMETHODS | METHODS  |
	    // +----+----------+----------+
	    // | 1  |    1     | 1 to 255 |
	    // +----+----------+----------+
	    const request = Buffer.alloc(2 + this.authMethods.length);
	    request[0] = SOCKS_VERSION;
	    request[1] = this.authMethods.length;
	    this.authMethods.forEach((method, i) => {
	      request[2 + i] = method;
	    });

	    this.socket.write(request);
	  }

	  /**
	   * Handle handshake response from server
	   */
	  handleHandshakeResponse () {
	    if (this.buffer.length < 2) {
	      return // Not enough data yet
	    }

	    const version = this.buffer[0];
	    const method = this.buffer[1];

	    if (version !== SOCKS_VERSION) {
	      throw new Socks5ProxyError(`Invalid SOCKS version: ${version}`, 'UND_ERR_SOCKS5_VERSION')
	    }

	    if (method === AUTH_METHODS.NO_ACCEPTABLE) {
	      throw new Socks5ProxyError('No acceptable authentication method', 'UND_ERR_SOCKS5_AUTH_REJECTED')
	    }

	    this.buffer = this.buffer.subarray(2);
	    debug('server selected auth method', method);

	    if (method === AUTH_METHODS.NO_AUTH) {
	      this.markAuthenticated();
	    } else if (method === AUTH_METHODS.USERNAME_PASSWORD) {
	      this.state = STATES.AUTHENTICATING;
	      this.sendAuthRequest();
	    } else {
	      throw new Socks5ProxyError(`Unsupported authentication method: ${method}`, 'UND_ERR_SOCKS5_AUTH_METHOD')
	    }
	  }

	  /**
	   * Send username/password authentication request
	   */
	  sendAuthRequest () {
	    const { username, password } = this.options;

	    if (!username || !password) {
	      throw new InvalidArgumentError('Username and password required for authentication')
	    }

	    debug('sending username/password auth');

	    // Username/Password authentication request (RFC 1929)
	    // +----+------+----------+------+----------+
	    // |VER | ULEN |  UNAME   | PLEN |  PASSWD  |
	    // +----+------+----------+------+----------+
	    // | 1  |  1   | 1 to 255 |  1   | 1 to 255 |
	    // +----+------+----------+------+----------+
	    const usernameBuffer = Buffer.from(username);
	    const passwordBuffer = Buffer.from(password);

	    if (usernameBuffer.length > 255 || passwordBuffer.length > 255) {
	      throw new InvalidArgumentError('Username or password too long')
	    }

	    const request = Buffer.alloc(3 + usernameBuffer.length + passwordBuffer.length);
	    request[0] = 0x01; // Sub-negotiation version
	    request[1] = usernameBuffer.length;
	    usernameBuffer.copy(request, 2);
	    request[2 + usernameBuffer.length] = passwordBuffer.length;
	    passwordBuffer.copy(request, 3 + usernameBuffer.length);

	    this.socket.write(request);
	  }

	  /**
	   * Handle authentication response
	   */
	  handleAuthResponse () {
	    if (this.buffer.length < 2) {
	      return // Not enough data yet
	    }

	    const version = this.buffer[0];
	    const status = this.buffer[1];

	    if (version !== 0x01) {
	      throw new Socks5ProxyError(`Invalid auth sub-negotiation version: ${version}`, 'UND_ERR_SOCKS5_AUTH_VERSION')
	    }

	    if (status !== 0x00) {
	      throw new Socks5ProxyError('Authentication failed', 'UND_ERR_SOCKS5_AUTH_FAILED')
	    }

	    this.buffer = this.buffer.subarray(2);
	    debug('authentication successful');
	    this.markAuthenticated();
	  }

	  /**
	   * Send CONNECT command
	   * @param {string} address - Target address (IP or domain)
	   * @param {number} port - Target port
	   */
	  connect (address, port) {
	    if (this.state === STATES.CONNECTING || this.state === STATES.CONNECTED) {
	      throw new InvalidArgumentError('Connection already in progress')
	    }

	    if (this.state !== STATES.AUTHENTICATED) {
	      throw new InvalidArgumentError('Client must be authenticated before CONNECT')
	    }

	    debug('connecting to', address, port);
	    this.state = STATES.CONNECTING;

	    const request = this.buildConnectRequest(COMMANDS.CONNECT, address, port);
	    this.socket.write(request);
	  }

	  /**
	   * Build a SOCKS5 request
	   */
	  buildConnectRequest (command, address, port) {
	    // Parse address to determine type and buffer
	    const { type: addressType, buffer: addressBuffer } = parseAddress(address);

	    // Build request
	    // +----+-----+-------+------+----------+----------+
	    // |VER | CMD |  RSV  | ATYP | DST.ADDR | DST.PORT |
	    // +----+-----+-------+------+----------+----------+
	    // | 1  |  1  | X'00' |  1   | Variable |    2     |
	    // +----+-----+-------+------+----------+----------+
	    const request = Buffer.alloc(4 + addressBuffer.length + 2);
	    request[0] = SOCKS_VERSION;
	    request[1] = command;
	    request[2] = 0x00; // Reserved
	    request[3] = addressType;
	    addressBuffer.copy(request, 4);
	    request.writeUInt16BE(port, 4 + addressBuffer.length);

	    return request
	  }

	  /**
	   * Handle CONNECT response
	   */
	  handleConnectResponse () {
	    if (this.buffer.length < 4) {
	      return // Not enough data for header
	    }

	    const version = this.buffer[0];
	    const reply = this.buffer[1];
	    const addressType = this.buffer[3];

	    if (version !== SOCKS_VERSION) {
	      throw new Socks5ProxyError(`Invalid SOCKS version in reply: ${version}`, 'UND_ERR_SOCKS5_REPLY_VERSION')
	    }

	    // Calculate the expected response length
	    let responseLength = 4; // VER + REP + RSV + ATYP
	    if (addressType === ADDRESS_TYPES.IPV4) {
	      responseLength += 4 + 2; // IPv4 + port
	    } else if (addressType === ADDRESS_TYPES.DOMAIN) {
	      if (this.buffer.length < 5) {
	        return // Need domain length byte
	      }
	      responseLength += 1 + this.buffer[4] + 2; // length byte + domain + port
	    } else if (addressType === ADDRESS_TYPES.IPV6) {
	      responseLength += 16 + 2; // IPv6 + port
	    } else {
	      throw new Socks5ProxyError(`Invalid address type in reply: ${addressType}`, 'UND_ERR_SOCKS5_ADDR_TYPE')
	    }

	    if (this.buffer.length < responseLength) {
	      return // Not enough data for full response
	    }

	    if (reply !== REPLY_CODES.SUCCEEDED) {
	      const errorMessage = this.getReplyErrorMessage(reply);
	      throw new Socks5ProxyError(`SOCKS5 connection failed: ${errorMessage}`, `UND_ERR_SOCKS5_REPLY_${reply}`)
	    }

	    // Parse bound address and port
	    let boundAddress;
	    let offset = 4;

	    if (addressType === ADDRESS_TYPES.IPV4) {
	      boundAddress = Array.from(this.buffer.subarray(offset, offset + 4)).join('.');
	      offset += 4;
	    } else if (addressType === ADDRESS_TYPES.DOMAIN) {
	      const domainLength = this.buffer[offset];
	      offset += 1;
	      boundAddress = this.buffer.subarray(offset, offset + domainLength).toString();
	      offset += domainLength;
	    } else if (addressType === ADDRESS_TYPES.IPV6) {
	      // Parse IPv6 address from 16-byte buffer
	      const parts = [];
	      for (let i = 0; i < 8; i++) {
	        const value = this.buffer.readUInt16BE(offset + i * 2);
	        parts.push(value.toString(16));
	      }
	      boundAddress = parts.join(':');
	      offset += 16;
	    }

	    const boundPort = this.buffer.readUInt16BE(offset);

	    this.buffer = EMPTY_BUFFER;
	    this.state = STATES.CONNECTED;
	    this.socket.removeListener('data', this.onSocketData);

	    debug('connected, bound address:', boundAddress, 'port:', boundPort);
	    this.emit('connected', { address: boundAddress, port: boundPort });
	  }

	  /**
	   * Get human-readable error message for reply code
	   */
	  getReplyErrorMessage (reply) {
	    switch (reply) {
	      case REPLY_CODES.GENERAL_FAILURE:
	        return 'General SOCKS server failure'
	      case REPLY_CODES.CONNECTION_NOT_ALLOWED:
	        return 'Connection not allowed by ruleset'
	      case REPLY_CODES.NETWORK_UNREACHABLE:
	        return 'Network unreachable'
	      case REPLY_CODES.HOST_UNREACHABLE:
	        return 'Host unreachable'
	      case REPLY_CODES.CONNECTION_REFUSED:
	        return 'Connection refused'
	      case REPLY_CODES.TTL_EXPIRED:
	        return 'TTL expired'
	      case REPLY_CODES.COMMAND_NOT_SUPPORTED:
	        return 'Command not supported'
	      case REPLY_CODES.ADDRESS_TYPE_NOT_SUPPORTED:
	        return 'Address type not supported'
	      default:
	        return `Unknown error code: ${reply}`
	    }
	  }
	}

	socks5Client = {
	  Socks5Client,
	  AUTH_METHODS,
	  COMMANDS,
	  ADDRESS_TYPES,
	  REPLY_CODES,
	  STATES
	};
	return socks5Client;
}

var socks5ProxyAgent;
var hasRequiredSocks5ProxyAgent;

function requireSocks5ProxyAgent () {
	if (hasRequiredSocks5ProxyAgent) return socks5ProxyAgent;
	hasRequiredSocks5ProxyAgent = 1;

	const { URL } = require$$0$5;

	let tls; // include tls conditionally since it is not always available
	const DispatcherBase = requireDispatcherBase();
	const { InvalidArgumentError } = requireErrors();
	const { Socks5Client, STATES } = requireSocks5Client();
	const { kDispatch, kClose, kDestroy } = requireSymbols();
	const Pool = requirePool();
	const buildConnector = requireConnect();
	const { debuglog } = require$$1$2;

	const debug = debuglog('undici:socks5-proxy');

	const kProxyUrl = Symbol('proxy url');
	const kProxyHeaders = Symbol('proxy headers');
	const kProxyAuth = Symbol('proxy auth');
	const kProxyProtocol = Symbol('proxy protocol');
	const kPools = Symbol('pools');
	const kConnector = Symbol('connector');
	const kRequestTls = Symbol('request tls settings');

	// Static flag to ensure warning is only emitted once per process
	let experimentalWarningEmitted = false;

	/**
	 * SOCKS5 proxy agent for dispatching requests through a SOCKS5 proxy
	 */
	class Socks5ProxyAgent extends DispatcherBase {
	  constructor (proxyUrl, options = {}) {
	    super();

	    // Emit experimental warning only once
	    if (!experimentalWarningEmitted) {
	      process.emitWarning(
	        'SOCKS5 proxy support is experimental and subject to change',
	        'ExperimentalWarning'
	      );
	      experimentalWarningEmitted = true;
	    }

	    if (!proxyUrl) {
	      throw new InvalidArgumentError('Proxy URL is mandatory')
	    }

	    // Parse proxy URL
	    const url = typeof proxyUrl === 'string' ? new URL(proxyUrl) : proxyUrl;

	    if (url.protocol !== 'socks5:' && url.protocol !== 'socks:') {
	      throw new InvalidArgumentError('Proxy URL must use socks5:// or socks:// protocol')
	    }

	    this[kProxyUrl] = url;
	    this[kProxyHeaders] = options.headers || {};
	    this[kProxyProtocol] = options.proxyTls ? 'https:' : 'http:';
	    this[kRequestTls] = options.requestTls;

	    // Extract auth from URL or options
	    this[kProxyAuth] = {
	      username: options.username || (url.username ? decodeURIComponent(url.username) : null),
	      password: options.password || (url.password ? decodeURIComponent(url.password) : null)
	    };

	    // Create connector for proxy connection
	    this[kConnector] = options.connect || buildConnector({
	      ...options.proxyTls,
	      servername: options.proxyTls?.servername || url.hostname
	    });

	    // Pools for the actual HTTP connections (with SOCKS5 tunnel connect function), keyed by origin
	    this[kPools] = new Map();
	  }

	  /**
	   * Create a SOCKS5 connection to the proxy
	   */
	  async createSocks5Connection (targetHost, targetPort) {
	    const proxyHost = this[kProxyUrl].hostname;
	    const proxyPort = parseInt(this[kProxyUrl].port) || 1080;

	    debug('creating SOCKS5 connection to', proxyHost, proxyPort);

	    // Connect to the SOCKS5 proxy
	    const socket = await new Promise((resolve, reject) => {
	      this[kConnector]({
	        hostname: proxyHost,
	        host: proxyHost,
	        port: proxyPort,
	        protocol: this[kProxyProtocol]
	      }, (err, socket) => {
	        if (err) {
	          reject(err);
	        } else {
	          resolve(socket);
	        }
	      });
	    });

	    // Create SOCKS5 client
	    const socks5Client = new Socks5Client(socket, this[kProxyAuth]);

	    // Handle SOCKS5 errors
	    socks5Client.on('error', (err) => {
	      debug('SOCKS5 error:', err);
	      socket.destroy();
	    });

	    // Perform SOCKS5 handshake
	    await socks5Client.handshake();

	    // Wait for authentication (if required)
	    await new Promise((resolve, reject) => {
	      const timeout = setTimeout(() => {
	        reject(new Error('SOCKS5 authentication timeout'));
	      }, 5000);

	      const onAuthenticated = () => {
	        clearTimeout(timeout);
	        socks5Client.removeListener('error', onError);
	        resolve();
	      };

	      const onError = (err) => {
	        clearTimeout(timeout);
	        socks5Client.removeListener('authenticated', onAuthenticated);
	        reject(err);
	      };

	      // Check if already authenticated (for NO_AUTH method)
	      if (socks5Client.state === STATES.AUTHENTICATED) {
	        clearTimeout(timeout);
	        resolve();
	      } else {
	        socks5Client.once('authenticated', onAuthenticated);
	        socks5Client.once('error', onError);
	      }
	    });

	    // Send CONNECT command
	    await socks5Client.connect(targetHost, targetPort);

	    // Wait for connection
	    await new Promise((resolve, reject) => {
	      const timeout = setTimeout(() => {
	        reject(new Error('SOCKS5 connection timeout'));
	      }, 5000);

	      const onConnected = (info) => {
	        debug('SOCKS5 tunnel established to', targetHost, targetPort, 'via', info);
	        clearTimeout(timeout);
	        socks5Client.removeListener('error', onError);
	        resolve();
	      };

	      const onError = (err) => {
	        clearTimeout(timeout);
	        socks5Client.removeListener('connected', onConnected);
	        reject(err);
	      };

	      socks5Client.once('connected', onConnected);
	      socks5Client.once('error', onError);
	    });

	    return socket
	  }

	  /**
	   * Dispatch a request through the SOCKS5 proxy
	   */
	  [kDispatch] (opts, handler) {
	    const { origin } = opts;

	    debug('dispatching request to', origin, 'via SOCKS5');

	    try {
	      const originKey = String(origin);
	      let pool = this[kPools].get(originKey);
	      // Create a Pool per origin so requests are not routed to the wrong host
	      if (!pool || pool.destroyed || pool.closed) {
	        pool = new Pool(origin, {
	          pipelining: opts.pipelining,
	          connections: opts.connections,
	          connect: async (connectOpts, callback) => {
	            try {
	              const url = new URL(origin);
	              const targetHost = url.hostname;
	              const targetPort = parseInt(url.port) || (url.protocol === 'https:' ? 443 : 80);

	              debug('establishing SOCKS5 connection to', targetHost, targetPort);

	              // Create SOCKS5 tunnel
	              const socket = await this.createSocks5Connection(targetHost, targetPort);

	              // Handle TLS if needed
	              let finalSocket = socket;
	              if (url.protocol === 'https:') {
	                if (!tls) {
	                  tls = require('node:tls');
	                }
	                debug('upgrading to TLS');
	                finalSocket = tls.connect({
	                  ...this[kRequestTls],
	                  socket,
	                  servername: this[kRequestTls]?.servername || targetHost
	                });

	                await new Promise((resolve, reject) => {
	                  finalSocket.once('secureConnect', resolve);
	                  finalSocket.once('error', reject);
	                });
	              }

	              callback(null, finalSocket);
	            } catch (err) {
	              debug('SOCKS5 connection error:', err);
	              callback(err);
	            }
	          }
	        });
	        this[kPools].set(originKey, pool);
	      }

	      // Dispatch the request through the per-origin pool
	      return pool[kDispatch](opts, handler)
	    } catch (err) {
	      debug('dispatch error:', err);
	      if (typeof handler.onResponseError === 'function') {
	        handler.onResponseError(null, err);
	        return false
	      } else if (typeof handler.onError === 'function') {
	        handler.onError(err);
	        return false
	      } else {
	        throw err
	      }
	    }
	  }

	  async [kClose] () {
	    const closePromises = [];
	    for (const pool of this[kPools].values()) {
	      closePromises.push(pool.close());
	    }
	    this[kPools].clear();
	    await Promise.all(closePromises);
	  }

	  async [kDestroy] (err) {
	    const destroyPromises = [];
	    for (const pool of this[kPools].values()) {
	      destroyPromises.push(pool.destroy(err));
	    }
	    this[kPools].clear();
	    await Promise.all(destroyPromises);
	  }
	}

	socks5ProxyAgent = Socks5ProxyAgent;
	return socks5ProxyAgent;
}

var proxyAgent;
var hasRequiredProxyAgent;

function requireProxyAgent () {
	if (hasRequiredProxyAgent) return proxyAgent;
	hasRequiredProxyAgent = 1;

	const { kProxy, kClose, kDestroy, kDispatch } = requireSymbols();
	const Agent = requireAgent();
	const Pool = requirePool();
	const DispatcherBase = requireDispatcherBase();
	const { InvalidArgumentError, RequestAbortedError, SecureProxyConnectionError } = requireErrors();
	const buildConnector = requireConnect();
	const Client = requireClient();
	const { channels } = requireDiagnostics();
	const Socks5ProxyAgent = requireSocks5ProxyAgent();

	const kAgent = Symbol('proxy agent');
	const kClient = Symbol('proxy client');
	const kProxyHeaders = Symbol('proxy headers');
	const kRequestTls = Symbol('request tls settings');
	const kProxyTls = Symbol('proxy tls settings');
	const kConnectEndpoint = Symbol('connect endpoint function');
	const kTunnelProxy = Symbol('tunnel proxy');

	function defaultProtocolPort (protocol) {
	  return protocol === 'https:' ? 443 : 80
	}

	function defaultFactory (origin, opts) {
	  return new Pool(origin, opts)
	}

	const noop = () => {};

	function defaultAgentFactory (origin, opts) {
	  if (opts.connections === 1) {
	    return new Client(origin, opts)
	  }
	  return new Pool(origin, opts)
	}

	class Http1ProxyWrapper extends DispatcherBase {
	  #client

	  constructor (proxyUrl, { headers = {}, connect, factory }) {
	    if (!proxyUrl) {
	      throw new InvalidArgumentError('Proxy URL is mandatory')
	    }

	    super();

	    this[kProxyHeaders] = headers;
	    if (factory) {
	      this.#client = factory(proxyUrl, { connect });
	    } else {
	      this.#client = new Client(proxyUrl, { connect });
	    }
	  }

	  [kDispatch] (opts, handler) {
	    const onHeaders = handler.onHeaders;
	    handler.onHeaders = function (statusCode, data, resume) {
	      if (statusCode === 407) {
	        if (typeof handler.onError === 'function') {
	          handler.onError(new InvalidArgumentError('Proxy Authentication Required (407)'));
	        }
	        return
	      }
	      if (onHeaders) onHeaders.call(this, statusCode, data, resume);
	    };

	    // Rewrite request as an HTTP1 Proxy request, without tunneling.
	    const {
	      origin,
	      path = '/',
	      headers = {}
	    } = opts;

	    opts.path = origin + path;

	    if (!('host' in headers) && !('Host' in headers)) {
	      const { host } = new URL(origin);
	      headers.host = host;
	    }
	    opts.headers = { ...this[kProxyHeaders], ...headers };

	    return this.#client[kDispatch](opts, handler)
	  }

	  [kClose] () {
	    return this.#client.close()
	  }

	  [kDestroy] (err) {
	    return this.#client.destroy(err)
	  }
	}

	class ProxyAgent extends DispatcherBase {
	  constructor (opts) {
	    if (!opts || (typeof opts === 'object' && !(opts instanceof URL) && !opts.uri)) {
	      throw new InvalidArgumentError('Proxy uri is mandatory')
	    }

	    const { clientFactory = defaultFactory } = opts;
	    if (typeof clientFactory !== 'function') {
	      throw new InvalidArgumentError('Proxy opts.clientFactory must be a function.')
	    }

	    const { proxyTunnel = true } = opts;

	    super();

	    const url = this.#getUrl(opts);
	    const { href, origin, port, protocol, username, password, hostname: proxyHostname } = url;

	    this[kProxy] = { uri: href, protocol };
	    this[kRequestTls] = opts.requestTls;
	    this[kProxyTls] = opts.proxyTls;
	    this[kProxyHeaders] = opts.headers || {};
	    this[kTunnelProxy] = proxyTunnel;

	    if (opts.auth && opts.token) {
	      throw new InvalidArgumentError('opts.auth cannot be used in combination with opts.token')
	    } else if (opts.auth) {
	      /* @deprecated in favour of opts.token */
	      this[kProxyHeaders]['proxy-authorization'] = `Basic ${opts.auth}`;
	    } else if (opts.token) {
	      this[kProxyHeaders]['proxy-authorization'] = opts.token;
	    } else if (username && password) {
	      this[kProxyHeaders]['proxy-authorization'] = `Basic ${Buffer.from(`${decodeURIComponent(username)}:${decodeURIComponent(password)}`).toString('base64')}`;
	    }

	    const connect = buildConnector({ ...opts.proxyTls });
	    this[kConnectEndpoint] = buildConnector({ ...opts.requestTls });

	    const agentFactory = opts.factory || defaultAgentFactory;
	    const factory = (origin, options) => {
	      const { protocol } = new URL(origin);

	      // Handle SOCKS5 proxy
	      if (this[kProxy].protocol === 'socks5:' || this[kProxy].protocol === 'socks:') {
	        return new Socks5ProxyAgent(this[kProxy].uri, {
	          headers: this[kProxyHeaders],
	          connect,
	          factory: agentFactory,
	          username: opts.username || username,
	          password: opts.password || password,
	          proxyTls: opts.proxyTls,
	          requestTls: opts.requestTls
	        })
	      }

	      if (!this[kTunnelProxy] && protocol === 'http:' && this[kProxy].protocol === 'http:') {
	        return new Http1ProxyWrapper(this[kProxy].uri, {
	          headers: this[kProxyHeaders],
	          connect,
	          factory: agentFactory
	        })
	      }
	      return agentFactory(origin, options)
	    };

	    // For SOCKS5 proxies, we don't need a client to the proxy itself
	    // The SOCKS5 connection is handled within Socks5ProxyAgent
	    if (protocol === 'socks5:' || protocol === 'socks:') {
	      this[kClient] = null;
	    } else {
	      this[kClient] = clientFactory(url, { connect });
	    }

	    this[kAgent] = new Agent({
	      ...opts,
	      factory,
	      connect: async (opts, callback) => {
	        // SOCKS5 proxies handle their own connections via Socks5ProxyAgent,
	        // so this connect function should never be called for them.
	        if (!this[kClient]) {
	          callback(new InvalidArgumentError('Cannot establish tunnel connection without a proxy client'));
	          return
	        }

	        let requestedPath = opts.host;
	        if (!opts.port) {
	          requestedPath += `:${defaultProtocolPort(opts.protocol)}`;
	        }
	        try {
	          const connectParams = {
	            origin,
	            port,
	            path: requestedPath,
	            signal: opts.signal,
	            headers: {
	              ...this[kProxyHeaders],
	              host: opts.host,
	              ...(opts.connections == null || opts.connections > 0 ? { 'proxy-connection': 'keep-alive' } : {})
	            },
	            servername: this[kProxyTls]?.servername || proxyHostname
	          };
	          const { socket, statusCode } = await this[kClient].connect(connectParams);
	          if (statusCode !== 200) {
	            socket.on('error', noop).destroy();
	            callback(new RequestAbortedError(`Proxy response (${statusCode}) !== 200 when HTTP Tunneling`));
	            return
	          }

	          if (channels.proxyConnected.hasSubscribers) {
	            channels.proxyConnected.publish({
	              socket,
	              connectParams
	            });
	          }

	          if (opts.protocol !== 'https:') {
	            callback(null, socket);
	            return
	          }
	          let servername;
	          if (this[kRequestTls]) {
	            servername = this[kRequestTls].servername;
	          } else {
	            servername = opts.servername;
	          }
	          this[kConnectEndpoint]({ ...opts, servername, httpSocket: socket }, callback);
	        } catch (err) {
	          if (err.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
	            // Throw a custom error to avoid loop in client.js#connect
	            callback(new SecureProxyConnectionError(err));
	          } else {
	            callback(err);
	          }
	        }
	      }
	    });
	  }

	  dispatch (opts, handler) {
	    const headers = buildHeaders(opts.headers);
	    throwIfProxyAuthIsSent(headers);

	    if (headers && !('host' in headers) && !('Host' in headers)) {
	      const { host } = new URL(opts.origin);
	      headers.host = host;
	    }

	    return this[kAgent].dispatch(
	      {
	        ...opts,
	        headers
	      },
	      handler
	    )
	  }

	  /**
	   * @param {import('../../types/proxy-agent').ProxyAgent.Options | string | URL} opts
	   * @returns {URL}
	   */
	  #getUrl (opts) {
	    if (typeof opts === 'string') {
	      return new URL(opts)
	    } else if (opts instanceof URL) {
	      return opts
	    } else {
	      return new URL(opts.uri)
	    }
	  }

	  [kClose] () {
	    const promises = [this[kAgent].close()];
	    if (this[kClient]) {
	      promises.push(this[kClient].close());
	    }
	    return Promise.all(promises)
	  }

	  [kDestroy] () {
	    const promises = [this[kAgent].destroy()];
	    if (this[kClient]) {
	      promises.push(this[kClient].destroy());
	    }
	    return Promise.all(promises)
	  }
	}

	/**
	 * @param {string[] | Record<string, string>} headers
	 * @returns {Record<string, string>}
	 */
	function buildHeaders (headers) {
	  // When using undici.fetch, the headers list is stored
	  // as an array.
	  if (Array.isArray(headers)) {
	    /** @type {Record<string, string>} */
	    const headersPair = {};

	    for (let i = 0; i < headers.length; i += 2) {
	      headersPair[headers[i]] = headers[i + 1];
	    }

	    return headersPair
	  }

	  return headers
	}

	/**
	 * @param {Record<string, string>} headers
	 *
	 * Previous versions of ProxyAgent suggests the Proxy-Authorization in request headers
	 * Nevertheless, it was changed and to avoid a security vulnerability by end users
	 * this check was created.
	 * It should be removed in the next major version for performance reasons
	 */
	function throwIfProxyAuthIsSent (headers) {
	  const existProxyAuth = headers && Object.keys(headers)
	    .find((key) => key.toLowerCase() === 'proxy-authorization');
	  if (existProxyAuth) {
	    throw new InvalidArgumentError('Proxy-Authorization should be sent in ProxyAgent constructor')
	  }
	}

	proxyAgent = ProxyAgent;
	return proxyAgent;
}

var envHttpProxyAgent;
var hasRequiredEnvHttpProxyAgent;

function requireEnvHttpProxyAgent () {
	if (hasRequiredEnvHttpProxyAgent) return envHttpProxyAgent;
	hasRequiredEnvHttpProxyAgent = 1;

	const DispatcherBase = requireDispatcherBase();
	const { kClose, kDestroy, kClosed, kDestroyed, kDispatch, kNoProxyAgent, kHttpProxyAgent, kHttpsProxyAgent } = requireSymbols();
	const ProxyAgent = requireProxyAgent();
	const Agent = requireAgent();

	const DEFAULT_PORTS = {
	  'http:': 80,
	  'https:': 443
	};

	class EnvHttpProxyAgent extends DispatcherBase {
	  #noProxyValue = null
	  #noProxyEntries = null
	  #opts = null

	  constructor (opts = {}) {
	    super();
	    this.#opts = opts;

	    const { httpProxy, httpsProxy, noProxy, ...agentOpts } = opts;

	    this[kNoProxyAgent] = new Agent(agentOpts);

	    const HTTP_PROXY = httpProxy ?? process.env.http_proxy ?? process.env.HTTP_PROXY;
	    if (HTTP_PROXY) {
	      this[kHttpProxyAgent] = new ProxyAgent({ ...agentOpts, uri: HTTP_PROXY });
	    } else {
	      this[kHttpProxyAgent] = this[kNoProxyAgent];
	    }

	    const HTTPS_PROXY = httpsProxy ?? process.env.https_proxy ?? process.env.HTTPS_PROXY;
	    if (HTTPS_PROXY) {
	      this[kHttpsProxyAgent] = new ProxyAgent({ ...agentOpts, uri: HTTPS_PROXY });
	    } else {
	      this[kHttpsProxyAgent] = this[kHttpProxyAgent];
	    }

	    this.#parseNoProxy();
	  }

	  [kDispatch] (opts, handler) {
	    const url = new URL(opts.origin);
	    const agent = this.#getProxyAgentForUrl(url);
	    return agent.dispatch(opts, handler)
	  }

	  [kClose] () {
	    return Promise.all([
	      this[kNoProxyAgent].close(),
	      !this[kHttpProxyAgent][kClosed] && this[kHttpProxyAgent].close(),
	      !this[kHttpsProxyAgent][kClosed] && this[kHttpsProxyAgent].close()
	    ])
	  }

	  [kDestroy] (err) {
	    return Promise.all([
	      this[kNoProxyAgent].destroy(err),
	      !this[kHttpProxyAgent][kDestroyed] && this[kHttpProxyAgent].destroy(err),
	      !this[kHttpsProxyAgent][kDestroyed] && this[kHttpsProxyAgent].destroy(err)
	    ])
	  }

	  #getProxyAgentForUrl (url) {
	    let { protocol, host: hostname, port } = url;

	    // Stripping ports in this way instead of using parsedUrl.hostname to make
	    // sure that the brackets around IPv6 addresses are kept.
	    hostname = hostname.replace(/:\d*$/, '').toLowerCase();
	    port = Number.parseInt(port, 10) || DEFAULT_PORTS[protocol] || 0;
	    if (!this.#shouldProxy(hostname, port)) {
	      return this[kNoProxyAgent]
	    }
	    if (protocol === 'https:') {
	      return this[kHttpsProxyAgent]
	    }
	    return this[kHttpProxyAgent]
	  }

	  #shouldProxy (hostname, port) {
	    if (this.#noProxyChanged) {
	      this.#parseNoProxy();
	    }

	    if (this.#noProxyEntries.length === 0) {
	      return true // Always proxy if NO_PROXY is not set or empty.
	    }
	    if (this.#noProxyValue === '*') {
	      return false // Never proxy if wildcard is set.
	    }

	    for (let i = 0; i < this.#noProxyEntries.length; i++) {
	      const entry = this.#noProxyEntries[i];
	      if (entry.port && entry.port !== port) {
	        continue // Skip if ports don't match.
	      }
	      // Don't proxy if the hostname is equal with the no_proxy host.
	      if (hostname === entry.hostname) {
	        return false
	      }
	      // Don't proxy if the hostname is the subdomain of the no_proxy host.
	      // Reference - https://github.com/denoland/deno/blob/6fbce91e40cc07fc6da74068e5cc56fdd40f7b4c/ext/fetch/proxy.rs#L485
	      if (hostname.slice(-(entry.hostname.length + 1)) === `.${entry.hostname}`) {
	        return false
	      }
	    }

	    return true
	  }

	  #parseNoProxy () {
	    const noProxyValue = this.#opts.noProxy ?? this.#noProxyEnv;
	    const noProxySplit = noProxyValue.split(/[,\s]/);
	    const noProxyEntries = [];

	    for (let i = 0; i < noProxySplit.length; i++) {
	      const entry = noProxySplit[i];
	      if (!entry) {
	        continue
	      }
	      const parsed = entry.match(/^(.+):(\d+)$/);
	      noProxyEntries.push({
	        // strip leading dot or asterisk with dot
	        hostname: (parsed ? parsed[1] : entry).replace(/^\*?\./, '').toLowerCase(),
	        port: parsed ? Number.parseInt(parsed[2], 10) : 0
	      });
	    }

	    this.#noProxyValue = noProxyValue;
	    this.#noProxyEntries = noProxyEntries;
	  }

	  get #noProxyChanged () {
	    if (this.#opts.noProxy !== undefined) {
	      return false
	    }
	    return this.#noProxyValue !== this.#noProxyEnv
	  }

	  get #noProxyEnv () {
	    return process.env.no_proxy ?? process.env.NO_PROXY ?? ''
	  }
	}

	envHttpProxyAgent = EnvHttpProxyAgent;
	return envHttpProxyAgent;
}

var envHttpProxyAgentExports = requireEnvHttpProxyAgent();
var EnvHttpProxyAgentClass = /*@__PURE__*/getDefaultExportFromCjs(envHttpProxyAgentExports);

var dispatcherExports = requireDispatcher();
var DispatcherClass = /*@__PURE__*/getDefaultExportFromCjs(dispatcherExports);

var api$1 = {};

var apiRequest = {exports: {}};

var readable;
var hasRequiredReadable;

function requireReadable () {
	if (hasRequiredReadable) return readable;
	hasRequiredReadable = 1;

	const assert = require$$0$1;
	const { Readable } = require$$1;
	const { RequestAbortedError, NotSupportedError, InvalidArgumentError, AbortError } = requireErrors();
	const util = requireUtil$1();
	const { ReadableStreamFrom } = requireUtil$1();

	const kConsume = Symbol('kConsume');
	const kReading = Symbol('kReading');
	const kBody = Symbol('kBody');
	const kAbort = Symbol('kAbort');
	const kContentType = Symbol('kContentType');
	const kContentLength = Symbol('kContentLength');
	const kUsed = Symbol('kUsed');
	const kBytesRead = Symbol('kBytesRead');

	const noop = () => {};

	/**
	 * @class
	 * @extends {Readable}
	 * @see https://fetch.spec.whatwg.org/#body
	 */
	class BodyReadable extends Readable {
	  /**
	   * @param {object} opts
	   * @param {(this: Readable, size: number) => void} opts.resume
	   * @param {() => (void | null)} opts.abort
	   * @param {string} [opts.contentType = '']
	   * @param {number} [opts.contentLength]
	   * @param {number} [opts.highWaterMark = 64 * 1024]
	   */
	  constructor ({
	    resume,
	    abort,
	    contentType = '',
	    contentLength,
	    highWaterMark = 64 * 1024 // Same as nodejs fs streams.
	  }) {
	    super({
	      autoDestroy: true,
	      read: resume,
	      highWaterMark
	    });

	    this._readableState.dataEmitted = false;

	    this[kAbort] = abort;

	    /** @type {Consume | null} */
	    this[kConsume] = null;

	    /** @type {number} */
	    this[kBytesRead] = 0;

	    /** @type {ReadableStream|null} */
	    this[kBody] = null;

	    /** @type {boolean} */
	    this[kUsed] = false;

	    /** @type {string} */
	    this[kContentType] = contentType;

	    /** @type {number|null} */
	    this[kContentLength] = Number.isFinite(contentLength) ? contentLength : null;

	    /**
	     * Is stream being consumed through Readable API?
	     * This is an optimization so that we avoid checking
	     * for 'data' and 'readable' listeners in the hot path
	     * inside push().
	     *
	     * @type {boolean}
	     */
	    this[kReading] = false;
	  }

	  /**
	   * @param {Error|null} err
	   * @param {(error:(Error|null)) => void} callback
	   * @returns {void}
	   */
	  _destroy (err, callback) {
	    if (!err && !this._readableState.endEmitted) {
	      err = new RequestAbortedError();
	    }

	    if (err) {
	      this[kAbort]();
	    }

	    // Workaround for Node "bug". If the stream is destroyed in same
	    // tick as it is created, then a user who is waiting for a
	    // promise (i.e micro tick) for installing an 'error' listener will
	    // never get a chance and will always encounter an unhandled exception.
	    if (!this[kUsed]) {
	      setImmediate(callback, err);
	    } else {
	      callback(err);
	    }
	  }

	  /**
	   * @param {string|symbol} event
	   * @param {(...args: any[]) => void} listener
	   * @returns {this}
	   */
	  on (event, listener) {
	    if (event === 'data' || event === 'readable') {
	      this[kReading] = true;
	      this[kUsed] = true;
	    }
	    return super.on(event, listener)
	  }

	  /**
	   * @param {string|symbol} event
	   * @param {(...args: any[]) => void} listener
	   * @returns {this}
	   */
	  addListener (event, listener) {
	    return this.on(event, listener)
	  }

	  /**
	   * @param {string|symbol} event
	   * @param {(...args: any[]) => void} listener
	   * @returns {this}
	   */
	  off (event, listener) {
	    const ret = super.off(event, listener);
	    if (event === 'data' || event === 'readable') {
	      this[kReading] = (
	        this.listenerCount('data') > 0 ||
	        this.listenerCount('readable') > 0
	      );
	    }
	    return ret
	  }

	  /**
	   * @param {string|symbol} event
	   * @param {(...args: any[]) => void} listener
	   * @returns {this}
	   */
	  removeListener (event, listener) {
	    return this.off(event, listener)
	  }

	  /**
	   * @param {Buffer|null} chunk
	   * @returns {boolean}
	   */
	  push (chunk) {
	    if (chunk) {
	      this[kBytesRead] += chunk.length;
	      if (this[kConsume]) {
	        consumePush(this[kConsume], chunk);
	        return this[kReading] ? super.push(chunk) : true
	      }
	    }

	    return super.push(chunk)
	  }

	  /**
	   * Consumes and returns the body as a string.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-text
	   * @returns {Promise<string>}
	   */
	  text () {
	    return consume(this, 'text')
	  }

	  /**
	   * Consumes and returns the body as a JavaScript Object.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-json
	   * @returns {Promise<unknown>}
	   */
	  json () {
	    return consume(this, 'json')
	  }

	  /**
	   * Consumes and returns the body as a Blob
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-blob
	   * @returns {Promise<Blob>}
	   */
	  blob () {
	    return consume(this, 'blob')
	  }

	  /**
	   * Consumes and returns the body as an Uint8Array.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-bytes
	   * @returns {Promise<Uint8Array>}
	   */
	  bytes () {
	    return consume(this, 'bytes')
	  }

	  /**
	   * Consumes and returns the body as an ArrayBuffer.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-arraybuffer
	   * @returns {Promise<ArrayBuffer>}
	   */
	  arrayBuffer () {
	    return consume(this, 'arrayBuffer')
	  }

	  /**
	   * Not implemented
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-formdata
	   * @throws {NotSupportedError}
	   */
	  async formData () {
	    // TODO: Implement.
	    throw new NotSupportedError()
	  }

	  /**
	   * Returns true if the body is not null and the body has been consumed.
	   * Otherwise, returns false.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-bodyused
	   * @readonly
	   * @returns {boolean}
	   */
	  get bodyUsed () {
	    return util.isDisturbed(this)
	  }

	  /**
	   * @see https://fetch.spec.whatwg.org/#dom-body-body
	   * @readonly
	   * @returns {ReadableStream}
	   */
	  get body () {
	    if (!this[kBody]) {
	      this[kBody] = ReadableStreamFrom(this);
	      if (this[kConsume]) {
	        // TODO: Is this the best way to force a lock?
	        this[kBody].getReader(); // Ensure stream is locked.
	        assert(this[kBody].locked);
	      }
	    }
	    return this[kBody]
	  }

	  /**
	   * Dumps the response body by reading `limit` number of bytes.
	   * @param {object} opts
	   * @param {number} [opts.limit = 131072] Number of bytes to read.
	   * @param {AbortSignal} [opts.signal] An AbortSignal to cancel the dump.
	   * @returns {Promise<null>}
	   */
	  dump (opts) {
	    const signal = opts?.signal;

	    if (signal != null && (typeof signal !== 'object' || !('aborted' in signal))) {
	      return Promise.reject(new InvalidArgumentError('signal must be an AbortSignal'))
	    }

	    const limit = opts?.limit && Number.isFinite(opts.limit)
	      ? opts.limit
	      : 128 * 1024;

	    if (signal?.aborted) {
	      return Promise.reject(signal.reason ?? new AbortError())
	    }

	    if (this._readableState.closeEmitted) {
	      return Promise.resolve(null)
	    }

	    return new Promise((resolve, reject) => {
	      if (
	        (this[kContentLength] && (this[kContentLength] > limit)) ||
	        this[kBytesRead] > limit
	      ) {
	        this.destroy(new AbortError());
	      }

	      if (signal) {
	        const onAbort = () => {
	          this.destroy(signal.reason ?? new AbortError());
	        };
	        signal.addEventListener('abort', onAbort);
	        this
	          .on('close', function () {
	            signal.removeEventListener('abort', onAbort);
	            if (signal.aborted) {
	              reject(signal.reason ?? new AbortError());
	            } else {
	              resolve(null);
	            }
	          });
	      } else {
	        this.on('close', resolve);
	      }

	      this
	        .on('error', noop)
	        .on('data', () => {
	          if (this[kBytesRead] > limit) {
	            this.destroy();
	          }
	        })
	        .resume();
	    })
	  }

	  /**
	   * @param {BufferEncoding} encoding
	   * @returns {this}
	   */
	  setEncoding (encoding) {
	    if (Buffer.isEncoding(encoding)) {
	      this._readableState.encoding = encoding;
	    }
	    return this
	  }
	}

	/**
	 * @see https://streams.spec.whatwg.org/#readablestream-locked
	 * @param {BodyReadable} bodyReadable
	 * @returns {boolean}
	 */
	function isLocked (bodyReadable) {
	  // Consume is an implicit lock.
	  return bodyReadable[kBody]?.locked === true || bodyReadable[kConsume] !== null
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#body-unusable
	 * @param {BodyReadable} bodyReadable
	 * @returns {boolean}
	 */
	function isUnusable (bodyReadable) {
	  return util.isDisturbed(bodyReadable) || isLocked(bodyReadable)
	}

	/**
	 * @typedef {'text' | 'json' | 'blob' | 'bytes' | 'arrayBuffer'} ConsumeType
	 */

	/**
	 * @template {ConsumeType} T
	 * @typedef {T extends 'text' ? string :
	 *           T extends 'json' ? unknown :
	 *           T extends 'blob' ? Blob :
	 *           T extends 'arrayBuffer' ? ArrayBuffer :
	 *           T extends 'bytes' ? Uint8Array :
	 *           never
	 * } ConsumeReturnType
	 */
	/**
	 * @typedef {object} Consume
	 * @property {ConsumeType} type
	 * @property {BodyReadable} stream
	 * @property {((value?: any) => void)} resolve
	 * @property {((err: Error) => void)} reject
	 * @property {number} length
	 * @property {Buffer[]} body
	 */

	/**
	 * @template {ConsumeType} T
	 * @param {BodyReadable} stream
	 * @param {T} type
	 * @returns {Promise<ConsumeReturnType<T>>}
	 */
	function consume (stream, type) {
	  assert(!stream[kConsume]);

	  return new Promise((resolve, reject) => {
	    if (isUnusable(stream)) {
	      const rState = stream._readableState;
	      if (rState.destroyed && rState.closeEmitted === false) {
	        stream
	          .on('error', reject)
	          .on('close', () => {
	            reject(new TypeError('unusable'));
	          });
	      } else {
	        reject(rState.errored ?? new TypeError('unusable'));
	      }
	    } else {
	      queueMicrotask(() => {
	        stream[kConsume] = {
	          type,
	          stream,
	          resolve,
	          reject,
	          length: 0,
	          body: []
	        };

	        stream
	          .on('error', function (err) {
	            consumeFinish(this[kConsume], err);
	          })
	          .on('close', function () {
	            if (this[kConsume].body !== null) {
	              consumeFinish(this[kConsume], new RequestAbortedError());
	            }
	          });

	        consumeStart(stream[kConsume]);
	      });
	    }
	  })
	}

	/**
	 * @param {Consume} consume
	 * @returns {void}
	 */
	function consumeStart (consume) {
	  if (consume.body === null) {
	    return
	  }

	  const { _readableState: state } = consume.stream;

	  if (state.bufferIndex) {
	    const start = state.bufferIndex;
	    const end = state.buffer.length;
	    for (let n = start; n < end; n++) {
	      consumePush(consume, state.buffer[n]);
	    }
	  } else {
	    for (const chunk of state.buffer) {
	      consumePush(consume, chunk);
	    }
	  }

	  if (state.endEmitted) {
	    consumeEnd(this[kConsume], this._readableState.encoding);
	  } else {
	    consume.stream.on('end', function () {
	      consumeEnd(this[kConsume], this._readableState.encoding);
	    });
	  }

	  consume.stream.resume();

	  while (consume.stream.read() != null) {
	    // Loop
	  }
	}

	/**
	 * @param {Buffer[]} chunks
	 * @param {number} length
	 * @param {BufferEncoding} [encoding='utf8']
	 * @returns {string}
	 */
	function chunksDecode (chunks, length, encoding) {
	  if (chunks.length === 0 || length === 0) {
	    return ''
	  }
	  const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
	  const bufferLength = buffer.length;

	  // Skip BOM.
	  const start =
	    bufferLength > 2 &&
	    buffer[0] === 0xef &&
	    buffer[1] === 0xbb &&
	    buffer[2] === 0xbf
	      ? 3
	      : 0;
	  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') {
	    return buffer.utf8Slice(start, bufferLength)
	  } else {
	    return buffer.subarray(start, bufferLength).toString(encoding)
	  }
	}

	/**
	 * @param {Buffer[]} chunks
	 * @param {number} length
	 * @returns {Uint8Array}
	 */
	function chunksConcat (chunks, length) {
	  if (chunks.length === 0 || length === 0) {
	    return new Uint8Array(0)
	  }
	  if (chunks.length === 1) {
	    // fast-path
	    return new Uint8Array(chunks[0])
	  }
	  const buffer = new Uint8Array(Buffer.allocUnsafeSlow(length).buffer);

	  let offset = 0;
	  for (let i = 0; i < chunks.length; ++i) {
	    const chunk = chunks[i];
	    buffer.set(chunk, offset);
	    offset += chunk.length;
	  }

	  return buffer
	}

	/**
	 * @param {Consume} consume
	 * @param {BufferEncoding} encoding
	 * @returns {void}
	 */
	function consumeEnd (consume, encoding) {
	  const { type, body, resolve, stream, length } = consume;

	  try {
	    if (type === 'text') {
	      resolve(chunksDecode(body, length, encoding));
	    } else if (type === 'json') {
	      resolve(JSON.parse(chunksDecode(body, length, encoding)));
	    } else if (type === 'arrayBuffer') {
	      resolve(chunksConcat(body, length).buffer);
	    } else if (type === 'blob') {
	      resolve(new Blob(body, { type: stream[kContentType] }));
	    } else if (type === 'bytes') {
	      resolve(chunksConcat(body, length));
	    }

	    consumeFinish(consume);
	  } catch (err) {
	    stream.destroy(err);
	  }
	}

	/**
	 * @param {Consume} consume
	 * @param {Buffer} chunk
	 * @returns {void}
	 */
	function consumePush (consume, chunk) {
	  consume.length += chunk.length;
	  consume.body.push(chunk);
	}

	/**
	 * @param {Consume} consume
	 * @param {Error} [err]
	 * @returns {void}
	 */
	function consumeFinish (consume, err) {
	  if (consume.body === null) {
	    return
	  }

	  if (err) {
	    consume.reject(err);
	  } else {
	    consume.resolve();
	  }

	  // Reset the consume object to allow for garbage collection.
	  consume.type = null;
	  consume.stream = null;
	  consume.resolve = null;
	  consume.reject = null;
	  consume.length = 0;
	  consume.body = null;
	}

	readable = {
	  Readable: BodyReadable,
	  chunksDecode
	};
	return readable;
}

var hasRequiredApiRequest;

function requireApiRequest () {
	if (hasRequiredApiRequest) return apiRequest.exports;
	hasRequiredApiRequest = 1;

	const assert = require$$0$1;
	const { AsyncResource } = require$$1$4;
	const { Readable } = requireReadable();
	const { InvalidArgumentError, RequestAbortedError } = requireErrors();
	const util = requireUtil$1();

	function noop () {}

	class RequestHandler extends AsyncResource {
	  constructor (opts, callback) {
	    if (!opts || typeof opts !== 'object') {
	      throw new InvalidArgumentError('invalid opts')
	    }

	    const { signal, method, opaque, body, onInfo, responseHeaders, highWaterMark } = opts;

	    try {
	      if (typeof callback !== 'function') {
	        throw new InvalidArgumentError('invalid callback')
	      }

	      if (highWaterMark != null && (!Number.isFinite(highWaterMark) || highWaterMark < 0)) {
	        throw new InvalidArgumentError('invalid highWaterMark')
	      }

	      if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') {
	        throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget')
	      }

	      if (method === 'CONNECT') {
	        throw new InvalidArgumentError('invalid method')
	      }

	      if (onInfo && typeof onInfo !== 'function') {
	        throw new InvalidArgumentError('invalid onInfo callback')
	      }

	      super('UNDICI_REQUEST');
	    } catch (err) {
	      if (util.isStream(body)) {
	        util.destroy(body.on('error', noop), err);
	      }
	      throw err
	    }

	    this.method = method;
	    this.responseHeaders = responseHeaders || null;
	    this.opaque = opaque || null;
	    this.callback = callback;
	    this.res = null;
	    this.abort = null;
	    this.body = body;
	    this.trailers = {};
	    this.context = null;
	    this.onInfo = onInfo || null;
	    this.highWaterMark = highWaterMark;
	    this.reason = null;
	    this.removeAbortListener = null;

	    if (signal?.aborted) {
	      this.reason = signal.reason ?? new RequestAbortedError();
	    } else if (signal) {
	      this.removeAbortListener = util.addAbortListener(signal, () => {
	        this.reason = signal.reason ?? new RequestAbortedError();
	        if (this.res) {
	          util.destroy(this.res.on('error', noop), this.reason);
	        } else if (this.abort) {
	          this.abort(this.reason);
	        }
	      });
	    }
	  }

	  onConnect (abort, context) {
	    if (this.reason) {
	      abort(this.reason);
	      return
	    }

	    assert(this.callback);

	    this.abort = abort;
	    this.context = context;
	  }

	  onHeaders (statusCode, rawHeaders, resume, statusMessage) {
	    const { callback, opaque, abort, context, responseHeaders, highWaterMark } = this;

	    const headers = responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);

	    if (statusCode < 200) {
	      if (this.onInfo) {
	        this.onInfo({ statusCode, headers });
	      }
	      return
	    }

	    const parsedHeaders = responseHeaders === 'raw' ? util.parseHeaders(rawHeaders) : headers;
	    const contentType = parsedHeaders['content-type'];
	    const contentLength = parsedHeaders['content-length'];
	    const res = new Readable({
	      resume,
	      abort,
	      contentType,
	      contentLength: this.method !== 'HEAD' && contentLength
	        ? Number(contentLength)
	        : null,
	      highWaterMark
	    });

	    if (this.removeAbortListener) {
	      res.on('close', this.removeAbortListener);
	      this.removeAbortListener = null;
	    }

	    this.callback = null;
	    this.res = res;
	    if (callback !== null) {
	      try {
	        this.runInAsyncScope(callback, null, null, {
	          statusCode,
	          statusText: statusMessage,
	          headers,
	          trailers: this.trailers,
	          opaque,
	          body: res,
	          context
	        });
	      } catch (err) {
	        // If the callback throws synchronously, we need to handle it
	        // Remove reference to res to allow res being garbage collected
	        this.res = null;

	        // Destroy the response stream
	        util.destroy(res.on('error', noop), err);

	        // Use queueMicrotask to re-throw the error so it reaches uncaughtException
	        queueMicrotask(() => {
	          throw err
	        });
	      }
	    }
	  }

	  onData (chunk) {
	    return this.res.push(chunk)
	  }

	  onComplete (trailers) {
	    util.parseHeaders(trailers, this.trailers);
	    this.res.push(null);
	  }

	  onError (err) {
	    const { res, callback, body, opaque } = this;

	    if (callback) {
	      // TODO: Does this need queueMicrotask?
	      this.callback = null;
	      queueMicrotask(() => {
	        this.runInAsyncScope(callback, null, err, { opaque });
	      });
	    }

	    if (res) {
	      this.res = null;
	      // Ensure all queued handlers are invoked before destroying res.
	      queueMicrotask(() => {
	        util.destroy(res.on('error', noop), err);
	      });
	    }

	    if (body) {
	      this.body = null;

	      if (util.isStream(body)) {
	        body.on('error', noop);
	        util.destroy(body, err);
	      }
	    }

	    if (this.removeAbortListener) {
	      this.removeAbortListener();
	      this.removeAbortListener = null;
	    }
	  }
	}

	function request (opts, callback) {
	  if (callback === undefined) {
	    return new Promise((resolve, reject) => {
	      request.call(this, opts, (err, data) => {
	        return err ? reject(err) : resolve(data)
	      });
	    })
	  }

	  try {
	    const handler = new RequestHandler(opts, callback);

	    this.dispatch(opts, handler);
	  } catch (err) {
	    if (typeof callback !== 'function') {
	      throw err
	    }
	    const opaque = opts?.opaque;
	    queueMicrotask(() => callback(err, { opaque }));
	  }
	}

	apiRequest.exports = request;
	apiRequest.exports.RequestHandler = RequestHandler;
	return apiRequest.exports;
}

var abortSignal;
var hasRequiredAbortSignal;

function requireAbortSignal () {
	if (hasRequiredAbortSignal) return abortSignal;
	hasRequiredAbortSignal = 1;

	const { addAbortListener } = requireUtil$1();
	const { RequestAbortedError } = requireErrors();

	const kListener = Symbol('kListener');
	const kSignal = Symbol('kSignal');

	function abort (self) {
	  if (self.abort) {
	    self.abort(self[kSignal]?.reason);
	  } else {
	    self.reason = self[kSignal]?.reason ?? new RequestAbortedError();
	  }
	  removeSignal(self);
	}

	function addSignal (self, signal) {
	  self.reason = null;

	  self[kSignal] = null;
	  self[kListener] = null;

	  if (!signal) {
	    return
	  }

	  if (signal.aborted) {
	    abort(self);
	    return
	  }

	  self[kSignal] = signal;
	  self[kListener] = () => {
	    abort(self);
	  };

	  addAbortListener(self[kSignal], self[kListener]);
	}

	function removeSignal (self) {
	  if (!self[kSignal]) {
	    return
	  }

	  if ('removeEventListener' in self[kSignal]) {
	    self[kSignal].removeEventListener('abort', self[kListener]);
	  } else {
	    self[kSignal].removeListener('abort', self[kListener]);
	  }

	  self[kSignal] = null;
	  self[kListener] = null;
	}

	abortSignal = {
	  addSignal,
	  removeSignal
	};
	return abortSignal;
}

var apiStream;
var hasRequiredApiStream;

function requireApiStream () {
	if (hasRequiredApiStream) return apiStream;
	hasRequiredApiStream = 1;

	const assert = require$$0$1;
	const { finished } = require$$1;
	const { AsyncResource } = require$$1$4;
	const { InvalidArgumentError, InvalidReturnValueError } = requireErrors();
	const util = requireUtil$1();
	const { addSignal, removeSignal } = requireAbortSignal();

	function noop () {}

	class StreamHandler extends AsyncResource {
	  constructor (opts, factory, callback) {
	    if (!opts || typeof opts !== 'object') {
	      throw new InvalidArgumentError('invalid opts')
	    }

	    const { signal, method, opaque, body, onInfo, responseHeaders } = opts;

	    try {
	      if (typeof callback !== 'function') {
	        throw new InvalidArgumentError('invalid callback')
	      }

	      if (typeof factory !== 'function') {
	        throw new InvalidArgumentError('invalid factory')
	      }

	      if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') {
	        throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget')
	      }

	      if (method === 'CONNECT') {
	        throw new InvalidArgumentError('invalid method')
	      }

	      if (onInfo && typeof onInfo !== 'function') {
	        throw new InvalidArgumentError('invalid onInfo callback')
	      }

	      super('UNDICI_STREAM');
	    } catch (err) {
	      if (util.isStream(body)) {
	        util.destroy(body.on('error', noop), err);
	      }
	      throw err
	    }

	    this.responseHeaders = responseHeaders || null;
	    this.opaque = opaque || null;
	    this.factory = factory;
	    this.callback = callback;
	    this.res = null;
	    this.abort = null;
	    this.context = null;
	    this.trailers = null;
	    this.body = body;
	    this.onInfo = onInfo || null;

	    if (util.isStream(body)) {
	      body.on('error', (err) => {
	        this.onError(err);
	      });
	    }

	    addSignal(this, signal);
	  }

	  onConnect (abort, context) {
	    if (this.reason) {
	      abort(this.reason);
	      return
	    }

	    assert(this.callback);

	    this.abort = abort;
	    this.context = context;
	  }

	  onHeaders (statusCode, rawHeaders, resume, statusMessage) {
	    const { factory, opaque, context, responseHeaders } = this;

	    const headers = responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);

	    if (statusCode < 200) {
	      if (this.onInfo) {
	        this.onInfo({ statusCode, headers });
	      }
	      return
	    }

	    this.factory = null;

	    if (factory === null) {
	      return
	    }

	    const res = this.runInAsyncScope(factory, null, {
	      statusCode,
	      headers,
	      opaque,
	      context
	    });

	    if (
	      !res ||
	      typeof res.write !== 'function' ||
	      typeof res.end !== 'function' ||
	      typeof res.on !== 'function'
	    ) {
	      throw new InvalidReturnValueError('expected Writable')
	    }

	    // TODO: Avoid finished. It registers an unnecessary amount of listeners.
	    finished(res, { readable: false }, (err) => {
	      const { callback, res, opaque, trailers, abort } = this;

	      this.res = null;
	      if (err || !res?.readable) {
	        util.destroy(res, err);
	      }

	      this.callback = null;
	      this.runInAsyncScope(callback, null, err || null, { opaque, trailers });

	      if (err) {
	        abort();
	      }
	    });

	    res.on('drain', resume);

	    this.res = res;

	    const needDrain = res.writableNeedDrain !== undefined
	      ? res.writableNeedDrain
	      : res._writableState?.needDrain;

	    return needDrain !== true
	  }

	  onData (chunk) {
	    const { res } = this;

	    return res ? res.write(chunk) : true
	  }

	  onComplete (trailers) {
	    const { res } = this;

	    removeSignal(this);

	    if (!res) {
	      return
	    }

	    this.trailers = util.parseHeaders(trailers);

	    res.end();
	  }

	  onError (err) {
	    const { res, callback, opaque, body } = this;

	    removeSignal(this);

	    this.factory = null;

	    if (res) {
	      this.res = null;
	      util.destroy(res, err);
	    } else if (callback) {
	      this.callback = null;
	      queueMicrotask(() => {
	        this.runInAsyncScope(callback, null, err, { opaque });
	      });
	    }

	    if (body) {
	      this.body = null;
	      util.destroy(body, err);
	    }
	  }
	}

	function stream (opts, factory, callback) {
	  if (callback === undefined) {
	    return new Promise((resolve, reject) => {
	      stream.call(this, opts, factory, (err, data) => {
	        return err ? reject(err) : resolve(data)
	      });
	    })
	  }

	  try {
	    const handler = new StreamHandler(opts, factory, callback);

	    this.dispatch(opts, handler);
	  } catch (err) {
	    if (typeof callback !== 'function') {
	      throw err
	    }
	    const opaque = opts?.opaque;
	    queueMicrotask(() => callback(err, { opaque }));
	  }
	}

	apiStream = stream;
	return apiStream;
}

var apiPipeline;
var hasRequiredApiPipeline;

function requireApiPipeline () {
	if (hasRequiredApiPipeline) return apiPipeline;
	hasRequiredApiPipeline = 1;

	const {
	  Readable,
	  Duplex,
	  PassThrough
	} = require$$1;
	const assert = require$$0$1;
	const { AsyncResource } = require$$1$4;
	const {
	  InvalidArgumentError,
	  InvalidReturnValueError,
	  RequestAbortedError
	} = requireErrors();
	const util = requireUtil$1();
	const { addSignal, removeSignal } = requireAbortSignal();

	function noop () {}

	const kResume = Symbol('resume');

	class PipelineRequest extends Readable {
	  constructor () {
	    super({ autoDestroy: true });

	    this[kResume] = null;
	  }

	  _read () {
	    const { [kResume]: resume } = this;

	    if (resume) {
	      this[kResume] = null;
	      resume();
	    }
	  }

	  _destroy (err, callback) {
	    this._read();

	    callback(err);
	  }
	}

	class PipelineResponse extends Readable {
	  constructor (resume) {
	    super({ autoDestroy: true });
	    this[kResume] = resume;
	  }

	  _read () {
	    this[kResume]();
	  }

	  _destroy (err, callback) {
	    if (!err && !this._readableState.endEmitted) {
	      err = new RequestAbortedError();
	    }

	    callback(err);
	  }
	}

	class PipelineHandler extends AsyncResource {
	  constructor (opts, handler) {
	    if (!opts || typeof opts !== 'object') {
	      throw new InvalidArgumentError('invalid opts')
	    }

	    if (typeof handler !== 'function') {
	      throw new InvalidArgumentError('invalid handler')
	    }

	    const { signal, method, opaque, onInfo, responseHeaders } = opts;

	    if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') {
	      throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget')
	    }

	    if (method === 'CONNECT') {
	      throw new InvalidArgumentError('invalid method')
	    }

	    if (onInfo && typeof onInfo !== 'function') {
	      throw new InvalidArgumentError('invalid onInfo callback')
	    }

	    super('UNDICI_PIPELINE');

	    this.opaque = opaque || null;
	    this.responseHeaders = responseHeaders || null;
	    this.handler = handler;
	    this.abort = null;
	    this.context = null;
	    this.onInfo = onInfo || null;

	    this.req = new PipelineRequest().on('error', noop);

	    this.ret = new Duplex({
	      readableObjectMode: opts.objectMode,
	      autoDestroy: true,
	      read: () => {
	        const { body } = this;

	        if (body?.resume) {
	          body.resume();
	        }
	      },
	      write: (chunk, encoding, callback) => {
	        const { req } = this;

	        if (req.push(chunk, encoding) || req._readableState.destroyed) {
	          callback();
	        } else {
	          req[kResume] = callback;
	        }
	      },
	      destroy: (err, callback) => {
	        const { body, req, res, ret, abort } = this;

	        if (!err && !ret._readableState.endEmitted) {
	          err = new RequestAbortedError();
	        }

	        if (abort && err) {
	          abort();
	        }

	        util.destroy(body, err);
	        util.destroy(req, err);
	        util.destroy(res, err);

	        removeSignal(this);

	        callback(err);
	      }
	    }).on('prefinish', () => {
	      const { req } = this;

	      // Node < 15 does not call _final in same tick.
	      req.push(null);
	    });

	    this.res = null;

	    addSignal(this, signal);
	  }

	  onConnect (abort, context) {
	    const { res } = this;

	    if (this.reason) {
	      abort(this.reason);
	      return
	    }

	    assert(!res, 'pipeline cannot be retried');

	    this.abort = abort;
	    this.context = context;
	  }

	  onHeaders (statusCode, rawHeaders, resume) {
	    const { opaque, handler, context } = this;

	    if (statusCode < 200) {
	      if (this.onInfo) {
	        const headers = this.responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
	        this.onInfo({ statusCode, headers });
	      }
	      return
	    }

	    this.res = new PipelineResponse(resume);

	    let body;
	    try {
	      this.handler = null;
	      const headers = this.responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
	      body = this.runInAsyncScope(handler, null, {
	        statusCode,
	        headers,
	        opaque,
	        body: this.res,
	        context
	      });
	    } catch (err) {
	      this.res.on('error', noop);
	      throw err
	    }

	    if (!body || typeof body.on !== 'function') {
	      throw new InvalidReturnValueError('expected Readable')
	    }

	    body
	      .on('data', (chunk) => {
	        const { ret, body } = this;

	        if (!ret.push(chunk) && body.pause) {
	          body.pause();
	        }
	      })
	      .on('error', (err) => {
	        const { ret } = this;

	        util.destroy(ret, err);
	      })
	      .on('end', () => {
	        const { ret } = this;

	        ret.push(null);
	      })
	      .on('close', () => {
	        const { ret } = this;

	        if (!ret._readableState.ended) {
	          util.destroy(ret, new RequestAbortedError());
	        }
	      });

	    this.body = body;
	  }

	  onData (chunk) {
	    const { res } = this;
	    return res.push(chunk)
	  }

	  onComplete (trailers) {
	    const { res } = this;
	    res.push(null);
	  }

	  onError (err) {
	    const { ret } = this;
	    this.handler = null;
	    util.destroy(ret, err);
	  }
	}

	function pipeline (opts, handler) {
	  try {
	    const pipelineHandler = new PipelineHandler(opts, handler);
	    this.dispatch({ ...opts, body: pipelineHandler.req }, pipelineHandler);
	    return pipelineHandler.ret
	  } catch (err) {
	    return new PassThrough().destroy(err)
	  }
	}

	apiPipeline = pipeline;
	return apiPipeline;
}

var apiUpgrade;
var hasRequiredApiUpgrade;

function requireApiUpgrade () {
	if (hasRequiredApiUpgrade) return apiUpgrade;
	hasRequiredApiUpgrade = 1;

	const { InvalidArgumentError, SocketError } = requireErrors();
	const { AsyncResource } = require$$1$4;
	const assert = require$$0$1;
	const util = requireUtil$1();
	const { kHTTP2Stream } = requireSymbols();
	const { addSignal, removeSignal } = requireAbortSignal();

	class UpgradeHandler extends AsyncResource {
	  constructor (opts, callback) {
	    if (!opts || typeof opts !== 'object') {
	      throw new InvalidArgumentError('invalid opts')
	    }

	    if (typeof callback !== 'function') {
	      throw new InvalidArgumentError('invalid callback')
	    }

	    const { signal, opaque, responseHeaders } = opts;

	    if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') {
	      throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget')
	    }

	    super('UNDICI_UPGRADE');

	    this.responseHeaders = responseHeaders || null;
	    this.opaque = opaque || null;
	    this.callback = callback;
	    this.abort = null;
	    this.context = null;

	    addSignal(this, signal);
	  }

	  onConnect (abort, context) {
	    if (this.reason) {
	      abort(this.reason);
	      return
	    }

	    assert(this.callback);

	    this.abort = abort;
	    this.context = null;
	  }

	  onHeaders () {
	    throw new SocketError('bad upgrade', null)
	  }

	  onUpgrade (statusCode, rawHeaders, socket) {
	    assert(socket[kHTTP2Stream] === true ? statusCode === 200 : statusCode === 101);

	    const { callback, opaque, context } = this;

	    removeSignal(this);

	    this.callback = null;
	    const headers = this.responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
	    this.runInAsyncScope(callback, null, null, {
	      headers,
	      socket,
	      opaque,
	      context
	    });
	  }

	  onError (err) {
	    const { callback, opaque } = this;

	    removeSignal(this);

	    if (callback) {
	      this.callback = null;
	      queueMicrotask(() => {
	        this.runInAsyncScope(callback, null, err, { opaque });
	      });
	    }
	  }
	}

	function upgrade (opts, callback) {
	  if (callback === undefined) {
	    return new Promise((resolve, reject) => {
	      upgrade.call(this, opts, (err, data) => {
	        return err ? reject(err) : resolve(data)
	      });
	    })
	  }

	  try {
	    const upgradeHandler = new UpgradeHandler(opts, callback);
	    const upgradeOpts = {
	      ...opts,
	      method: opts.method || 'GET',
	      upgrade: opts.protocol || 'Websocket'
	    };

	    this.dispatch(upgradeOpts, upgradeHandler);
	  } catch (err) {
	    if (typeof callback !== 'function') {
	      throw err
	    }
	    const opaque = opts?.opaque;
	    queueMicrotask(() => callback(err, { opaque }));
	  }
	}

	apiUpgrade = upgrade;
	return apiUpgrade;
}

var apiConnect;
var hasRequiredApiConnect;

function requireApiConnect () {
	if (hasRequiredApiConnect) return apiConnect;
	hasRequiredApiConnect = 1;

	const assert = require$$0$1;
	const { AsyncResource } = require$$1$4;
	const { InvalidArgumentError, SocketError } = requireErrors();
	const util = requireUtil$1();
	const { addSignal, removeSignal } = requireAbortSignal();

	class ConnectHandler extends AsyncResource {
	  constructor (opts, callback) {
	    if (!opts || typeof opts !== 'object') {
	      throw new InvalidArgumentError('invalid opts')
	    }

	    if (typeof callback !== 'function') {
	      throw new InvalidArgumentError('invalid callback')
	    }

	    const { signal, opaque, responseHeaders } = opts;

	    if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') {
	      throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget')
	    }

	    super('UNDICI_CONNECT');

	    this.opaque = opaque || null;
	    this.responseHeaders = responseHeaders || null;
	    this.callback = callback;
	    this.abort = null;

	    addSignal(this, signal);
	  }

	  onConnect (abort, context) {
	    if (this.reason) {
	      abort(this.reason);
	      return
	    }

	    assert(this.callback);

	    this.abort = abort;
	    this.context = context;
	  }

	  onHeaders () {
	    throw new SocketError('bad connect', null)
	  }

	  onUpgrade (statusCode, rawHeaders, socket) {
	    const { callback, opaque, context } = this;

	    removeSignal(this);

	    this.callback = null;

	    let headers = rawHeaders;
	    // Indicates is an HTTP2Session
	    if (headers != null) {
	      headers = this.responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
	    }

	    this.runInAsyncScope(callback, null, null, {
	      statusCode,
	      headers,
	      socket,
	      opaque,
	      context
	    });
	  }

	  onError (err) {
	    const { callback, opaque } = this;

	    removeSignal(this);

	    if (callback) {
	      this.callback = null;
	      queueMicrotask(() => {
	        this.runInAsyncScope(callback, null, err, { opaque });
	      });
	    }
	  }
	}

	function connect (opts, callback) {
	  if (callback === undefined) {
	    return new Promise((resolve, reject) => {
	      connect.call(this, opts, (err, data) => {
	        return err ? reject(err) : resolve(data)
	      });
	    })
	  }

	  try {
	    const connectHandler = new ConnectHandler(opts, callback);
	    const connectOptions = { ...opts, method: 'CONNECT' };

	    this.dispatch(connectOptions, connectHandler);
	  } catch (err) {
	    if (typeof callback !== 'function') {
	      throw err
	    }
	    const opaque = opts?.opaque;
	    queueMicrotask(() => callback(err, { opaque }));
	  }
	}

	apiConnect = connect;
	return apiConnect;
}

var hasRequiredApi;

function requireApi () {
	if (hasRequiredApi) return api$1;
	hasRequiredApi = 1;

	api$1.request = requireApiRequest();
	api$1.stream = requireApiStream();
	api$1.pipeline = requireApiPipeline();
	api$1.upgrade = requireApiUpgrade();
	api$1.connect = requireApiConnect();
	return api$1;
}

var apiExports = requireApi();
var api = /*@__PURE__*/getDefaultExportFromCjs(apiExports);

var connectExports = requireConnect();
var connector = /*@__PURE__*/getDefaultExportFromCjs(connectExports);

// What undici's index does: the request/stream/pipeline/connect methods on every dispatcher (a proxy
// agent opens its CONNECT tunnels with `connect`).
Object.assign(DispatcherClass.prototype, api);
const Agent = AgentClass;
const EnvHttpProxyAgent = EnvHttpProxyAgentClass;
const buildConnector = connector;
/** undici's `request(url, { dispatcher, ... })`, for a URL and an explicit dispatcher. */
function request(url, options) {
    const { dispatcher, ...rest } = options;
    return dispatcher.request({ ...rest, origin: url.origin, path: `${url.pathname}${url.search}` });
}

/**
 * A token service's JSON answer. Text that is not JSON is never quoted (`JSON.parse`'s message
 * repeats the start of the body, which may be an echoed password or Authorization header).
 */
function parseTokenAnswer(bytes, what) {
    try {
        const body = JSON.parse(bytes.toString('utf8'));
        if (body && typeof body === 'object')
            return body;
    }
    catch {
        // Reported below without the body.
    }
    throw new ProtocolError(`${what} answered 200 with a body that is not a JSON object (${bytes.length} bytes, not shown)`);
}

const RESPONSE_LIMIT = 1024 * 1024;
/**
 * The OAuth2 refresh-token exchange of the distribution token spec (oauth.md): `POST` to the realm a
 * form `grant_type=refresh_token&refresh_token=...&service=...&scope=...&client_id=gcr-mirror`, answered
 * with `access_token`. Used for Docker config entries holding an `identitytoken` (Azure ACR).
 * The refresh token goes in the body only, never in a URL or a message.
 */
async function exchangeRefreshToken(realm, service, scopes, refreshToken, dispatcher, onRequest) {
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: 'gcr-mirror' });
    if (service)
        form.set('service', service);
    if (scopes.length)
        form.set('scope', scopes.join(' '));
    const url = realm;
    const info = { method: 'POST', url: describeUrl(url.toString()) };
    const response = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
        dispatcher
    });
    onRequest?.({ method: 'POST', url: info.url, status: response.statusCode });
    if (response.statusCode === 401) {
        await discard(response.body);
        throw new CredentialsRefusedError(`${url.host}: the token service refused the identity token (401); log in again (az acr login) or check the username and password`, 401, info);
    }
    if (response.statusCode === 403) {
        await discard(response.body);
        throw new AuthError(`${url.host}: the token service denied ${scopes.join(' ')} to the identity token (403): no access to this repository`, 403, info);
    }
    if (response.statusCode !== 200) {
        await discard(response.body);
        throw new RegistryError(`${url.host}: token service ${info.url} answered ${response.statusCode}`, response.statusCode, info);
    }
    const body = parseTokenAnswer(await readLimited(response.body, response.headers, RESPONSE_LIMIT, 'token response'), `${url.host}: token service ${info.url}`);
    if (!body.access_token)
        throw new ProtocolError(`${url.host}: token service ${info.url} answered without an access_token`);
    return { value: body.access_token, expiresIn: body.expires_in };
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/;
/**
 * Parses a `WWW-Authenticate` header (RFC 7235): one or more challenges, each a scheme followed by
 * `name=value` or `name="quoted \"value\""` parameters separated by commas. Parameter names are
 * lowercased. Unparseable tails are ignored rather than thrown: a registry's odd header must not
 * break a run that may not need auth at all.
 */
function parseWwwAuthenticate(header) {
    const challenges = [];
    let rest = header.trim();
    let current;
    while (rest.length > 0) {
        rest = rest.replace(/^[\s,]+/, '');
        const name = TOKEN.exec(rest)?.[0];
        if (!name)
            break;
        const afterName = rest.slice(name.length).replace(/^\s*/, '');
        if (current && afterName.startsWith('=')) {
            const [value, tail] = readValue(afterName.slice(1).replace(/^\s*/, ''));
            current.params[name.toLowerCase()] = value;
            rest = tail;
            continue;
        }
        current = { scheme: name.toLowerCase(), params: {} };
        challenges.push(current);
        rest = afterName;
    }
    return challenges;
}
/** Reads a token or quoted string; returns it and the text after it. */
function readValue(text) {
    if (!text.startsWith('"')) {
        const token = /^[^\s,]*/.exec(text)[0];
        return [token, text.slice(token.length)];
    }
    let value = '';
    for (let i = 1; i < text.length; i++) {
        const char = text[i];
        if (char === '\\' && i + 1 < text.length)
            value += text[++i];
        else if (char === '"')
            return [value, text.slice(i + 1)];
        else
            value += char;
    }
    return [value, ''];
}

const TOKEN_RESPONSE_LIMIT = 1024 * 1024;
const DEFAULT_TOKEN_SECONDS = 60;
/** A refused token younger than this was refused for want of a right, not for its age. */
const TOKEN_RENEW_AFTER_MS = 60_000;
/**
 * Signs requests to one registry origin. Learns the scheme from the first 401's `WWW-Authenticate`
 * (then signs ahead of time, sparing a round trip per request): Basic sends the credentials; Bearer
 * fetches a token per scope set (`repository:NAME:pull[,push]`) from the realm the registry named,
 * only over HTTPS unless the registry itself is plain HTTP, and caches it until shortly before it expires.
 * Concurrent requests for one scope share one token request. The credentials and every token issued
 * are registered with the redactor (`util/redact`) before anything could quote them.
 */
class Authenticator {
    options;
    challenge;
    tokens = new Map();
    constructor(options) {
        this.options = options;
        addCredentials(options.credentials);
    }
    /**
     * The `Authorization` value for a request needing `scopes`, or undefined before any challenge.
     * A token fetch is shared by the requests that need it: `signal` ends this caller's wait, not the fetch.
     */
    async authorization(scopes, signal) {
        const challenge = this.challenge;
        if (!challenge)
            return undefined;
        if (challenge.scheme === 'basic')
            return this.basic();
        if (challenge.scheme !== 'bearer')
            return undefined;
        return `Bearer ${(await untilAborted(this.token(challenge, scopes), signal)).value}`;
    }
    /**
     * Takes a 401's `WWW-Authenticate`; true when the request should be retried with new
     * authorization, false when retrying can't help (credentials already sent and refused).
     */
    async onUnauthorized(header, scopes, sent) {
        const challenges = parseWwwAuthenticate(header ?? '');
        const challenge = challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
        if (!challenge)
            return false;
        const known = this.challenge && JSON.stringify(this.challenge) === JSON.stringify(challenge);
        if (challenge.scheme === 'basic' && /^Bearer\s/i.test(sent ?? ''))
            return this.tokenRefused(scopes, sent);
        this.challenge = challenge;
        if (!sent)
            return true;
        if (challenge.scheme === 'bearer') {
            // A token that was refused (expired, or for other scopes): fetch a fresh one once.
            const key = scopeKey(scopes);
            const cached = await this.tokens.get(key)?.catch(() => undefined);
            if (cached && `Bearer ${cached.value}` === sent) {
                this.tokens.delete(key);
                return true;
            }
        }
        return !known;
    }
    /**
     * A token the registry's own service issued, answered with a Basic challenge: Harbor's v2auth
     * middleware does so for every refused request that carried an Authorization header
     * (goharbor/harbor src/server/middleware/v2auth/auth.go, getChallenge: `Basic realm="harbor"`).
     * The bearer flow is kept (switching to Basic would turn a missing right into a "wrong password"):
     * a token older than a minute is fetched again once, in case it expired; otherwise the refusal stands.
     */
    async tokenRefused(scopes, sent) {
        const key = scopeKey(scopes);
        const cached = await this.tokens.get(key)?.catch(() => undefined);
        if (!cached || `Bearer ${cached.value}` !== sent || Date.now() - cached.fetchedAt < TOKEN_RENEW_AFTER_MS)
            return false;
        this.tokens.delete(key);
        return true;
    }
    basic() {
        const credentials = this.options.credentials;
        if (!credentials)
            throw this.needCredentials('basic authentication');
        return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    }
    token(challenge, scopes) {
        const key = scopeKey(scopes);
        const cached = this.tokens.get(key);
        if (cached) {
            return cached.then((token) => (token.refreshAt > Date.now() ? token : (this.tokens.delete(key), this.token(challenge, scopes))));
        }
        const fetched = this.fetchToken(challenge, scopes);
        this.tokens.set(key, fetched);
        fetched.catch(() => this.tokens.delete(key));
        return fetched;
    }
    async fetchToken(challenge, scopes) {
        const realm = this.realm(challenge);
        const identityToken = this.options.credentials?.identityToken;
        if (identityToken) {
            const started = Date.now();
            const token = await exchangeRefreshToken(realm, challenge.params.service, scopes, identityToken, this.options.dispatcher, this.options.onRequest);
            addSecret(token.value);
            const lifetime = (token.expiresIn && token.expiresIn > 0 ? token.expiresIn : DEFAULT_TOKEN_SECONDS) * 1000;
            return { value: token.value, fetchedAt: started, refreshAt: started + lifetime * 0.8 };
        }
        if (challenge.params.service)
            realm.searchParams.set('service', challenge.params.service);
        for (const scope of scopes)
            realm.searchParams.append('scope', scope);
        const credentials = this.options.credentials;
        if (credentials)
            realm.searchParams.set('account', credentials.username);
        const headers = { accept: 'application/json' };
        if (credentials)
            headers.authorization = this.basic();
        const started = Date.now();
        const response = await request(realm, { method: 'GET', headers, dispatcher: this.options.dispatcher });
        this.options.onRequest?.({ method: 'GET', url: describeUrl(realm.toString()), status: response.statusCode });
        const info = { method: 'GET', url: describeUrl(realm.toString()) };
        if (response.statusCode === 403 && credentials) {
            await discard(response.body);
            throw new AuthError(`${this.host}: the token service denied "${credentials.username}" ${scopes.join(' ')} (403): no access to this repository`, 403, info);
        }
        if (response.statusCode === 401 || response.statusCode === 403) {
            await discard(response.body);
            throw credentials
                ? new CredentialsRefusedError(`${this.host}: the token service refused the credentials of "${credentials.username}" (${response.statusCode}); check the username and password`, response.statusCode, info)
                : this.needCredentials(`a token for ${scopes.join(' ')}`);
        }
        if (response.statusCode !== 200) {
            await discard(response.body);
            throw new RegistryError(`${this.host}: token service ${info.url} answered ${response.statusCode}`, response.statusCode, info);
        }
        const body = parseTokenAnswer(await readLimited(response.body, response.headers, TOKEN_RESPONSE_LIMIT, 'token response'), `${this.host}: token service ${info.url}`);
        const value = body.token || body.access_token;
        if (!value)
            throw new ProtocolError(`${this.host}: token service ${info.url} answered without a token`);
        addSecret(value);
        const lifetime = (body.expires_in && body.expires_in > 0 ? body.expires_in : DEFAULT_TOKEN_SECONDS) * 1000;
        return { value, fetchedAt: started, refreshAt: started + lifetime * 0.8 };
    }
    /** The realm to ask for tokens: an absolute URL, HTTPS unless the registry is itself plain HTTP. */
    realm(challenge) {
        let realm;
        try {
            realm = new URL(challenge.params.realm ?? '');
        }
        catch {
            throw new ProtocolError(`${this.host}: the registry named no usable token realm ("${challenge.params.realm ?? ''}")`);
        }
        const registryIsHttps = this.options.origin.startsWith('https:');
        if (realm.protocol !== 'https:' && (registryIsHttps || realm.protocol !== 'http:')) {
            throw new ProtocolError(`${this.host}: refusing token realm ${describeUrl(realm.toString())}: it must use HTTPS like the registry`);
        }
        return realm;
    }
    needCredentials(what) {
        return new AuthError(`${this.host}: ${what} needs credentials and none were given`, 401, { method: 'GET', url: this.options.origin });
    }
    get host() {
        return new URL(this.options.origin).host;
    }
}
function scopeKey(scopes) {
    return [...scopes].sort().join(' ');
}

/** Redirects followed per request at most. */
const MAX_REDIRECTS = 5;
/**
 * Where a 3xx answer sends the request next, or undefined when it is not a redirect to follow.
 * Refuses schemes other than HTTP(S), a step down from HTTPS to plain HTTP, and more than
 * {@link MAX_REDIRECTS} hops. Credentials never follow: the transport signs each hop for its own
 * origin (see `AuthRounds`), so a storage host or another registry gets none of the registry's.
 */
function redirectTarget(method, current, status, headers, hops) {
    const location = header(headers, 'location');
    if (status < 300 || status >= 400 || !location)
        return undefined;
    const where = `${current.origin}${current.pathname}`;
    if (hops > MAX_REDIRECTS)
        throw new ProtocolError(`${method} ${where}: more than ${MAX_REDIRECTS} redirects`);
    const next = new URL(location, current);
    if (next.protocol !== 'https:' && next.protocol !== 'http:')
        throw new ProtocolError(`${where}: refusing redirect to ${next.protocol}`);
    if (current.protocol === 'https:' && next.protocol === 'http:')
        throw new ProtocolError(`${where}: refusing redirect from HTTPS to plain HTTP`);
    return next;
}
/**
 * Scopes for a registry another one redirected to (registry.k8s.io sends clients to regional
 * registries): `pull` on the repository its path names, anonymously; none for storage URLs.
 */
function foreignScopes(url) {
    const name = /^\/v2\/(.+)\/(?:manifests|blobs|tags)\//.exec(url.pathname)?.[1];
    return name ? [`repository:${name}:pull`] : [];
}

/** Challenges answered per hop before a 401 is final. */
const MAX_AUTH_ROUNDS = 2;
/**
 * The auth stage: one Authenticator per origin (the registry's own with the credentials, every other
 * origin anonymous), signing each hop and answering 401 challenges (a bearer token fetched or renewed,
 * basic credentials sent) for at most {@link MAX_AUTH_ROUNDS} rounds per hop.
 */
class AuthRounds {
    options;
    authenticators = new Map();
    ownOrigin;
    constructor(options) {
        this.options = options;
        this.ownOrigin = new URL(options.origin).origin;
    }
    /** The credentials that go to `url`'s origin: the registry's own only. */
    credentialsFor(url) {
        return url.origin === this.ownOrigin ? this.options.credentials : undefined;
    }
    /** Signs a hop to `url` for `scopes` (the request's; used on the registry's own origin only). */
    async sign(url, scopes, signal) {
        const hopScopes = url.origin === this.ownOrigin ? scopes : foreignScopes(url);
        return { authorization: await this.authenticator(url.origin).authorization(hopScopes, signal), scopes: hopScopes };
    }
    /** Takes a 401 to a signed hop; true when the hop should be sent again with new authorization. */
    challenged(url, headers, signed) {
        return this.authenticator(url.origin).onUnauthorized(header(headers, 'www-authenticate'), signed.scopes, signed.authorization);
    }
    authenticator(origin) {
        let authenticator = this.authenticators.get(origin);
        if (!authenticator) {
            authenticator = new Authenticator({
                origin,
                credentials: origin === this.ownOrigin ? this.options.credentials : undefined,
                dispatcher: this.options.dispatcher,
                onRequest: this.options.onRequest
            });
            this.authenticators.set(origin, authenticator);
        }
        return authenticator;
    }
}

/** The `access` claim of a bearer token when it is a JWT (Docker Hub, Harbor, GHCR, distribution's token servers); undefined otherwise. */
function tokenAccess(authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    const payload = token?.split('.');
    if (!payload || payload.length !== 3)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload[1], 'base64url').toString('utf8'));
        return Array.isArray(claims.access) ? claims.access : undefined;
    }
    catch {
        return undefined;
    }
}
/** The actions a token grants on a repository, as `pull` / `pull,push` / `nothing`; undefined when the token says nothing readable. */
function grantedActions(authorization, repository) {
    const access = tokenAccess(authorization);
    if (!access)
        return undefined;
    const actions = access.filter((entry) => entry.type === 'repository' && entry.name === repository).flatMap((entry) => entry.actions ?? []);
    return actions.length ? [...new Set(actions)].join(',') : 'nothing';
}
const PUSH_METHODS = new Set(['POST', 'PUT', 'PATCH']);
/** The repository and actions of the first repository scope. */
function scopeParts(scopes) {
    const scope = scopes.find((s) => s.startsWith('repository:'));
    if (!scope)
        return { actions: scopes.map((s) => s.split(':').pop()).join(',') || 'access' };
    const parts = scope.split(':');
    return { repository: parts.slice(1, -1).join(':'), actions: parts[parts.length - 1] };
}
/** The typed error for a 401, 403 or 404 answer; undefined for other statuses. */
function refusalError(refusal) {
    const { status, code, what, info, scopes, credentials, authorization } = refusal;
    const { repository, actions } = scopeParts(scopes);
    const pushing = PUSH_METHODS.has(info.method);
    const wanted = !repository ? `${actions} (catalog)` : pushing || info.method === 'DELETE' ? 'push' : 'pull';
    if (status === 404) {
        // Harbor answers any request to a project that does not exist with 404 NOT_FOUND "project NAME not found"
        // (goharbor/harbor src/server/middleware/v2auth/auth.go: the project lookup fails before any right is checked).
        const project = /^project (\S+) not found/.exec(refusal.detail ?? '')?.[1];
        if (project) {
            return new NotFoundError(`${what}: Harbor project ${project} does not exist; create it (Projects > New project, or POST /api/v2.0/projects)`, status, info, code);
        }
        if (pushing && repository && (code === 'NAME_UNKNOWN' || code === 'NOT_FOUND' || code === undefined)) {
            return new RepositoryMissingError(`${what}: repository ${repository} does not exist and the registry does not create it on push (a Harbor project, an ECR repository or a namespace may need creating first)`, status, info, code);
        }
        return new NotFoundError(what, status, info, code);
    }
    if (status !== 401 && status !== 403)
        return undefined;
    if (!credentials)
        return new AuthError(`${what}: no credentials given to ${actions}`, status, info, code);
    // ECR's passwords are tokens that last 12 hours; an old one is refused with 401 or 403 and this message
    // (AWS ECR User Guide, "Troubleshooting": "Your authorization token has expired. Reauthenticate and try again.").
    if (/authorization token has expired/i.test(refusal.detail ?? '')) {
        return new CredentialsRefusedError(`${what}: the registry token of "${credentials.username}" has expired (ECR tokens last 12 hours); get a new one with aws ecr get-login-password just before the run`, status, info, code);
    }
    const insufficient = parseWwwAuthenticate(refusal.challenge ?? '').some((c) => c.params.error === 'insufficient_scope');
    const viaToken = /^Bearer\s/i.test(authorization ?? '');
    if (status === 401 && !viaToken && !insufficient && code !== 'DENIED') {
        return new CredentialsRefusedError(`${what}: the registry refused the credentials of "${credentials.username}"; check the username and password`, status, info, code);
    }
    // Harbor refuses a token its own service issued with `Basic realm="harbor"` and says why in the body
    // (goharbor/harbor v2auth getChallenge); the credentials were good, the right is missing.
    const basicAfterToken = viaToken && parseWwwAuthenticate(refusal.challenge ?? '').some((c) => c.scheme === 'basic');
    if (basicAfterToken && repository) {
        return new AuthError(`${what}: "${credentials.username}" has no ${wanted} right on ${repository}`, status, info, code);
    }
    const granted = repository ? grantedActions(authorization, repository) : undefined;
    const where = repository ? ` to ${repository}` : '';
    const token = granted ? ` (its token grants ${granted})` : '';
    // GitLab's token service grants nothing for a path more than two levels below the project
    // (gitlab-org/gitlab ContainerRegistry::Path#valid?, checked by ContainerRegistryAuthenticationService;
    // docs "Naming convention for your container images": at most three levels, the project's image included).
    const gitlab = parseWwwAuthenticate(refusal.challenge ?? '').some((c) => /\/jwt\/auth$/.test(c.params.realm ?? ''));
    if (gitlab && granted === 'nothing' && repository) {
        return new AuthError(`${what}: GitLab granted "${credentials.username}" nothing on ${repository} (${repository.split('/').length} levels): GitLab allows at most two levels below the project path; flatten the names (--flatten always) if this one is deeper, else grant ${wanted} access`, status, info, code);
    }
    return new AuthError(`${what}: "${credentials.username}" has no ${wanted} access${where}${token}`, status, info, code);
}

/** Words registries use to refuse schema 1 in their error bodies (Docker Hub, GHCR, distribution's detail). */
const SCHEMA1_REFUSED = /schema\s*(v|version\s*)?1\b[^"]*\b(unsupported|not supported|deprecated|disabled)/i;
/**
 * `refused` for an answer that will not change however often it is asked, where the status alone
 * would say "transient": a registry refusing a schema 1 manifest. The reference registry 2.8 without
 * `compatibility.schema1.enabled` answers such a PUT `500` with `{"errors":[{"code":"UNKNOWN",
 * "message":"unknown error","detail":{}}]}` (its `ErrSchemaV1Unsupported`, "manifest schema v1
 * unsupported", only reaches its log); other registries say it in the body. Undefined otherwise.
 */
function schema1RefusalKind(failed) {
    if (SCHEMA1_REFUSED.test(failed.body))
        return 'refused';
    const pushedSchema1 = failed.method === 'PUT' && failed.contentType !== undefined && isSchema1(failed.contentType.split(';')[0].trim());
    if (pushedSchema1 && failed.status === 500 && (failed.code === undefined || failed.code === 'UNKNOWN'))
        return 'refused';
    return undefined;
}

const ERROR_BODY_LIMIT = 64 * 1024;
/** Reads an error body (at most 64 KiB); nothing when it is not the spec's JSON. */
async function readErrorBody(body, headers) {
    try {
        const text = (await readLimited(body, headers, ERROR_BODY_LIMIT, 'error body')).toString('utf8');
        const parsed = JSON.parse(text);
        return { code: parsed.errors?.[0]?.code, detail: parsed.errors?.[0]?.message || undefined, text };
    }
    catch {
        abandon(body);
        return {};
    }
}
/**
 * Turns an error status into a typed error carrying the status, the spec's code, the registry's own
 * message (`detail`), `Retry-After` and, for refusals, the actions that were needed, as fields; the
 * message is one line built from them. Refusals (401, 403, 404) are told apart by `refusalError`;
 * other statuses take their kind from the status (see `RegistryError`), except answers that will
 * not change although the status says transient (`schema1RefusalKind`).
 */
function mapError(status, headers, body, context) {
    const { info, scopes } = context;
    // The registry's own words, as one line with no secret in it (a registry may echo the Authorization header).
    const detail = body.detail === undefined ? undefined : printable(redact(body.detail.slice(0, 400)));
    const code = body.code === undefined ? undefined : printable(body.code.slice(0, 80));
    const what = `${info.method} ${info.url}: ${status}${code ? ` ${code}` : ''}${detail ? ` (${detail.slice(0, 200)})` : ''}`;
    const refused = refusalError({
        status,
        code,
        what,
        info,
        scopes,
        credentials: context.credentials,
        authorization: context.authorization,
        challenge: header(headers, 'www-authenticate'),
        detail
    });
    const kind = schema1RefusalKind({ method: info.method, contentType: context.contentType, status, code, body: body.text ?? '' });
    const error = refused ?? new RegistryError(what, status, info, code, retryAfterSeconds(headers), kind);
    if (refused && status !== 404)
        error.access = scopes.map((s) => s.split(':').pop()).join(',') || 'access';
    error.detail = detail;
    return error;
}

/**
 * A test-only hook: lets end-to-end tests reach stand-ins under real host names (docker.io,
 * ghcr.io, ...) without touching /etc/hosts. `GCR_MIRROR_TEST_RESOLVE='ghcr.io=127.0.0.1:8443,...'`
 * sends connections for each named host to the given address, keeping the name for TLS (SNI and
 * certificate checks) and the `Host` header. Honoured only with `GCR_MIRROR_TEST=1`; otherwise undefined.
 */
function testConnector(env = process.env, tls = {}) {
    if (env.GCR_MIRROR_TEST !== '1' || !env.GCR_MIRROR_TEST_RESOLVE)
        return undefined;
    const routes = new Map();
    for (const entry of env.GCR_MIRROR_TEST_RESOLVE.split(',')) {
        const match = /^\s*([^=\s]+)=([^:\s]+):(\d+)\s*$/.exec(entry);
        if (match)
            routes.set(match[1].toLowerCase(), { hostname: match[2], port: match[3] });
    }
    const connect = buildConnector({ ...tls });
    return (options, callback) => connect({ ...options, ...routes.get(options.hostname.toLowerCase()) }, callback);
}

/** Node's codes for a certificate chain that does not lead to a trusted CA (what an inspecting proxy's certificates give). */
const UNTRUSTED = new Set([
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_GET_ISSUER_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'CERT_UNTRUSTED'
]);
const PROBE_TIMEOUT_MS = 3_000;
/** The code of an untrusted-chain failure somewhere in an error's causes; undefined for other errors. */
function untrustedChainCode(error) {
    for (let e = error; e && typeof e === 'object'; e = e.cause) {
        if (typeof e.code === 'string' && UNTRUSTED.has(e.code))
            return e.code;
    }
    return undefined;
}
/**
 * Who issued the certificate `url`'s host presents, read over a second connection that does not check
 * it (nothing is sent on it): behind an inspecting proxy that is the proxy's CA, the name the user
 * needs to find the CA file. Direct connections only (a CONNECT proxy's tunnel is not opened here);
 * undefined when it can't be read within {@link PROBE_TIMEOUT_MS}.
 */
function certificateIssuer(url, env = process.env) {
    const connect = testConnector(env, { rejectUnauthorized: false }) ?? buildConnector({ rejectUnauthorized: false });
    const port = url.port || '443';
    return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(undefined), PROBE_TIMEOUT_MS);
        connect({ hostname: url.hostname, host: url.host, protocol: 'https:', port, servername: url.hostname, localAddress: null, httpSocket: undefined }, (error, socket) => {
            clearTimeout(timer);
            if (error || !socket)
                return resolve(undefined);
            const issuer = socket.getPeerCertificate?.()?.issuer;
            socket.destroy();
            const name = issuer &&
                ['CN', 'O', 'OU']
                    .filter((k) => issuer[k])
                    .map((k) => `${k}=${issuer[k]}`)
                    .join(', ');
            // The remote chooses these bytes: one printable line, bounded.
            resolve(name ? printable(name.slice(0, 200)) : undefined);
        });
    });
}

/**
 * Sends one request through the dispatcher (the connection pool, proxy-aware where configured). A
 * failure to connect or a dropped connection is a `NetworkError` (transient) with a short reason; an
 * aborted exchange rethrows the abort reason (the per-tag timeout), which is never retried; a proxy that
 * refuses the tunnel (4xx to CONNECT) is `refused`, not retried.
 */
async function exchange(dispatcher, url, ex, info) {
    try {
        // undici closes the connection after every HEAD unless told not to (`reset: false`): registries
        // send no body with HEAD, so keep it alive like the other requests.
        return await request(url, { method: ex.method, headers: ex.headers, body: ex.body, dispatcher, reset: false, signal: ex.signal });
    }
    catch (error) {
        ex.signal?.throwIfAborted();
        const proxyStatus = Number(/Proxy response \((\d{3})\)/.exec(error.message ?? '')?.[1]);
        if (proxyStatus >= 400 && proxyStatus < 500) {
            const why = proxyStatus === 401 || proxyStatus === 407 ? 'check the credentials in the proxy URL' : 'the proxy does not allow this host or port';
            throw new MirrorError('refused', `${info.method} ${info.url}: the proxy refused the tunnel (${proxyStatus}): ${why} (HTTPS_PROXY, HTTP_PROXY; NO_PROXY to bypass it)`, {
                cause: error
            });
        }
        const untrusted = url.protocol === 'https:' ? untrustedChainCode(error) : undefined;
        if (untrusted) {
            // Not retried: the same chain comes back. Behind a TLS-inspecting proxy the issuer is the proxy's CA.
            const issuer = await certificateIssuer(url);
            throw new MirrorError('refused', `${info.method} ${info.url}: the certificate is not trusted (${untrusted}${issuer ? `, issued by "${issuer}"` : ''}); ` +
                'if a proxy inspects TLS here, trust its CA with --ca-file FILE or NODE_EXTRA_CA_CERTS=FILE', { cause: error });
        }
        throw new NetworkError(`${info.method} ${info.url}: ${networkReason(error)}`, info, error);
    }
}
/** A short reason for a network failure. */
function networkReason(error) {
    const err = error;
    const code = err.cause?.code ?? err.code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return 'host not found';
    if (code === 'ECONNREFUSED')
        return 'connection refused (is the registry running and the port right?)';
    // The pool's waits are the run's tightest limit (see createDispatcher's waitMs).
    if (code === 'UND_ERR_HEADERS_TIMEOUT')
        return 'no answer in time: the connection was accepted and nothing came back';
    if (code === 'UND_ERR_BODY_TIMEOUT')
        return 'the answer stalled before its end';
    // Messages may quote the URL: drop query strings (signed URLs, upload state).
    // Proxy URLs may carry credentials: never quote them.
    return redact((err.cause?.message ?? err.message ?? String(error)).replace(/\?[^\s'"]+/g, ''));
}

/** A 429 asking to wait longer than this is not waited for: the run stops starting tags instead. */
const SHORT_WAIT_SECONDS = 30;
/** The leading number of a rate-limit header: Docker Hub sends `76;w=21600`, the IETF draft and others `76`. */
function leadingNumber(value) {
    const match = value === undefined ? null : /^\s*(\d+)/.exec(value);
    return match ? Number(match[1]) : undefined;
}
/**
 * Reads `ratelimit-remaining` / `ratelimit-limit` (Docker Hub's pull limit, the IETF RateLimit
 * header fields draft) or `x-ratelimit-remaining` / `x-ratelimit-limit` (Quay, the GitHub API) of
 * an answer and tells `observer` when there is one.
 */
function observeRateLimit(headers, origin, observer) {
    if (!observer)
        return;
    const remaining = leadingNumber(header(headers, 'ratelimit-remaining') ?? header(headers, 'x-ratelimit-remaining'));
    if (remaining === undefined)
        return;
    const limit = leadingNumber(header(headers, 'ratelimit-limit') ?? header(headers, 'x-ratelimit-limit'));
    observer({ remaining, ...(limit === undefined ? {} : { limit }), origin });
}
/** True for a rate-limit refusal that asks to wait beyond a short wait: not worth retrying within this run. */
function isLongRateLimit(error) {
    const retryAfter = error?.retryAfter;
    return kindOf(error) === 'rate-limited' && retryAfter !== undefined && retryAfter > SHORT_WAIT_SECONDS;
}

/** The TLS options of every connection: the CAs to trust and whether to check certificates. */
function tlsOptions(network) {
    const env = network.env ?? process.env;
    const options = {};
    // An explicit `ca` replaces Node's store, NODE_EXTRA_CA_CERTS included: add them back.
    if (network.caPem)
        options.ca = [...rootCertificates, ...extraCertificates(env), network.caPem];
    if (network.tlsVerify === false)
        options.rejectUnauthorized = false;
    return options;
}
function extraCertificates(env) {
    if (!env.NODE_EXTRA_CA_CERTS)
        return [];
    try {
        return [readRegularFileSync(env.NODE_EXTRA_CA_CERTS).toString('utf8')];
    }
    catch {
        return []; // Node itself warns about an unreadable NODE_EXTRA_CA_CERTS at startup.
    }
}
/**
 * The connection pool of one registry (and its token realms and listing APIs), built once and handed
 * down: keep-alive, bounded header and body waits, the TLS options above, and, when the environment
 * names a proxy, undici's EnvHttpProxyAgent (CONNECT tunnels for HTTPS, `NO_PROXY` honoured; loopback
 * hosts are proxied too unless `NO_PROXY` lists them).
 */
function createDispatcher(network = {}, connections = 16) {
    const env = network.env ?? process.env;
    const tls = tlsOptions(network);
    const wait = network.waitMs ?? Infinity;
    const pool = { connections, keepAliveTimeout: 30_000, headersTimeout: Math.min(60_000, wait), bodyTimeout: Math.min(120_000, wait) };
    const connect = testConnector(env, tls) ?? tls;
    const proxies = proxyEnv(env);
    if (!usesProxy(proxies))
        return new Agent({ ...pool, connect });
    return new EnvHttpProxyAgent({
        ...pool,
        connect,
        requestTls: tls,
        proxyTls: tls,
        httpProxy: proxies.httpProxy ?? '',
        httpsProxy: proxies.httpsProxy ?? proxies.httpProxy ?? '',
        noProxy: proxies.noProxy ?? ''
    });
}

/**
 * Sends requests to one registry, built once per registry from small stages: the network exchange
 * (`stages/network`, with the request's `signal` reaching undici), the auth rounds (`stages/auth-rounds`:
 * an authenticator per origin, credentials only to the registry's own), redirects (`stages/redirects`:
 * no credentials across origins, no HTTPS-to-HTTP), error mapping (`stages/error-mapping`: typed
 * errors with structured fields), and around them the one retry helper (`util/retry`: 408, 429, 5xx
 * and dropped connections, backoff with jitter, `Retry-After`), after go-containerregistry's
 * `pkg/v1/remote/transport` round-trippers.
 */
class Transport {
    options;
    dispatcher;
    ownsDispatcher;
    auth;
    policy;
    constructor(options) {
        this.options = options;
        this.ownsDispatcher = !options.dispatcher;
        this.dispatcher = options.dispatcher ?? createDispatcher({}, options.connections);
        this.auth = new AuthRounds({
            origin: options.origin,
            credentials: options.credentials,
            dispatcher: this.dispatcher,
            onRequest: options.onRequest
        });
        this.policy = {
            backoffMs: options.backoffMs ?? 200,
            maxDelayMs: options.maxDelayMs ?? 30_000,
            retryable: (error) => isRetryable(error) && !isLongRateLimit(error),
            retryAfterMs: (error) => (error instanceof MirrorError && error.retryAfter !== undefined ? error.retryAfter * 1000 : undefined),
            onRetry: ({ error, attempt, attempts, delayMs }) => options.onRetry?.(`${error.message}; attempt ${attempt} of ${attempts}, retrying in ${Math.round(delayMs)} ms`)
        };
    }
    /** The origin requests go to. */
    get origin() {
        return this.options.origin;
    }
    /** Sends a request; resolves to an accepted response whose body the caller consumes, throws a typed error otherwise. */
    send(req) {
        return this.retrying(req, () => this.sendOnce(req));
    }
    /** Sends a request and reads its whole body (at most `limit` bytes); a body cut short is retried like a failed request. */
    read(req, limit, what) {
        return this.retrying(req, async () => {
            const response = await this.sendOnce(req);
            try {
                return { ...response, bytes: await readLimited(response.body, response.headers, limit, what) };
            }
            catch (error) {
                req.signal?.throwIfAborted();
                if (error instanceof TooLargeError)
                    throw error;
                throw new NetworkError(`${req.method} ${describeUrl(response.url)}: body cut short (${networkReason(error)})`, { method: req.method, url: response.url }, error);
            }
        });
    }
    /** Closes the pool it made (a pool handed in is closed by its owner), abandoning requests still waiting on a registry that stopped answering. */
    async close() {
        if (this.ownsDispatcher)
            await this.dispatcher.destroy();
    }
    retrying(req, once) {
        const attempts = req.body instanceof Readable ? 1 : (this.options.attempts ?? 5);
        return retry(once, { ...this.policy, attempts, signal: req.signal });
    }
    /** One attempt: hops through auth rounds and redirects until an answer or an error. */
    async sendOnce(req) {
        let url = new URL(req.url, this.options.origin);
        const follow = req.followRedirects ?? (req.method === 'GET' || req.method === 'HEAD');
        const replayable = !(req.body instanceof Readable);
        for (let hops = 0, round = 0;;) {
            const signed = await this.auth.sign(url, req.scopes, req.signal);
            const headers = { ...req.headers };
            if (signed.authorization)
                headers.authorization = signed.authorization;
            const info = { method: req.method, url: describeUrl(url.toString()) };
            const response = await exchange(this.dispatcher, url, { method: req.method, headers, body: req.body, signal: req.signal }, info);
            const status = response.statusCode;
            this.options.onRequest?.({ method: req.method, url: info.url, status });
            observeRateLimit(response.headers, url.origin, this.options.onRateLimit);
            if (status === 401 && replayable && round < MAX_AUTH_ROUNDS) {
                round++;
                if (await this.auth.challenged(url, response.headers, signed)) {
                    await discard(response.body);
                    continue;
                }
                // The registry's own words say why (Harbor: "unauthorized to access repository: ..., action: push"; ECR: an expired token).
                throw mapError(status, response.headers, await readErrorBody(response.body, response.headers), {
                    info,
                    scopes: signed.scopes,
                    credentials: this.auth.credentialsFor(url),
                    authorization: signed.authorization
                });
            }
            const next = follow ? redirectTarget(req.method, url, status, response.headers, hops + 1) : undefined;
            if (next) {
                await discard(response.body);
                url = next;
                hops++;
                round = 0;
                continue;
            }
            if ((req.accept ?? []).includes(status) || (status >= 200 && status < 300 && !req.accept)) {
                return { status, headers: response.headers, body: response.body, url: url.toString() };
            }
            const body = await readErrorBody(response.body, response.headers);
            throw mapError(status, response.headers, body, {
                info,
                scopes: signed.scopes,
                credentials: this.auth.credentialsFor(url),
                authorization: signed.authorization,
                contentType: req.headers?.['content-type']
            });
        }
    }
}

/**
 * Statuses that say "no referrers API here" (distribution-spec v1.1, "Unavailable Referrers API":
 * a registry with the API never answers 404 for a repository that exists; distribution 2.8 answers
 * `404 page not found`). 405 and 501 are how some proxies and older registries refuse an unknown route.
 */
const ABSENT = [404, 405, 501];
/**
 * Every referrer of `digest` in `repository` from the referrers API, `GET /v2/NAME/referrers/DIGEST`
 * (distribution-spec v1.1, "Listing Referrers"), following `Link: <...>; rel="next"` pages within
 * the listing bounds (their signal carries the tag's timeout and the run's stop); undefined when the registry has no referrers API. All artifact types are asked
 * for: no `artifactType` filter is sent, so `OCI-Filters-Applied` never needs reading.
 */
async function listReferrers(transport, repository, digest, scopes, bounds = LISTING_DEFAULTS) {
    const what = `referrers of ${repository}@${digest}`;
    const found = new Map();
    let absent = false;
    await followPages(new URL(`/v2/${repository}/referrers/${digest}`, transport.origin).toString(), what, async (url, signal) => {
        const response = await transport.read({
            method: 'GET',
            url,
            scopes,
            headers: { accept: MediaType.OciIndex },
            accept: [200, ...ABSENT],
            signal
        }, MAX_MANIFEST_BYTES, what);
        if (response.status !== 200) {
            absent = true;
            return undefined;
        }
        for (const descriptor of parseReferrersIndex(response.bytes, what))
            found.set(descriptor.digest, descriptor);
        return nextLink(response.headers, response.url);
    }, bounds);
    return absent ? undefined : [...found.values()];
}

/**
 * A registry spoken to over the distribution API: reads and writes images by repository path
 * (relative to the registry root). Knows nothing of mirroring; see ImageSource and ImageTarget.
 */
class RegistryClient {
    options;
    name;
    /** The distribution API deletes manifests, not tags. */
    deletesByDigest = true;
    /** One connection pool (proxy-aware) for the registry, its token realms and its listing APIs. */
    dispatcher;
    transport;
    access;
    /** Tag listings fetched while discovering (gcr.io), handed out once by listTags. */
    listed = new Map();
    /** Transports to the vendor APIs listers use (Docker Hub, GitHub, Quay), by origin. */
    apis = new Map();
    constructor(options) {
        this.options = options;
        this.name = options.host;
        this.access = options.access ?? 'pull';
        this.dispatcher = createDispatcher(options.network, options.connections);
        this.transport = new Transport({
            origin: registryOrigin(options.host, options.insecure),
            credentials: options.credentials,
            dispatcher: this.dispatcher,
            onRequest: options.onRequest,
            onRetry: options.onRetry,
            onRateLimit: options.onRateLimit,
            attempts: options.attempts,
            backoffMs: options.backoffMs
        });
    }
    /**
     * Repositories equal to or under `prefix`, listed the way this registry allows (see listerFor:
     * `_catalog`, gcr.io's `child` walk, or the Quay, Docker Hub and GitHub APIs). Tag listings
     * fetched on the way are kept for listTags.
     */
    async listRepositories(prefix) {
        if (prefix && !isValidRepositoryPath(prefix))
            throw new ProtocolError(`"${prefix.slice(0, 140)}" is not a valid repository name`);
        const listing = await listerFor(this.name)(this.listerContext(), prefix);
        for (const [name, tags] of listing.tags ?? [])
            this.listed.set(name, tags);
        return listing.repositories;
    }
    async listTags(repository, options = {}) {
        const name = this.repository(repository);
        const cached = this.listed.get(name);
        if (cached) {
            this.listed.delete(name);
            return cached.tags;
        }
        // The run's stop and the caller's signal (a tag's timeout) both end the listing.
        const bounds = this.options.listing ?? LISTING_DEFAULTS;
        const joined = deadlineSignal(undefined, [bounds.signal, options.signal]);
        const listing = await listTags(this.transport, name, this.scopes(name), true, { ...bounds, signal: joined.signal }).finally(joined.dispose);
        if (!listing)
            throw new NotFoundError(`${this.name}/${name}: repository not found`, 404, { method: 'GET', url: `${this.name}/v2/${name}/tags/list` });
        return listing.tags;
    }
    headManifest(repository, reference, options = {}) {
        const name = this.repository(repository);
        return headManifest(this.transport, name, this.reference(reference), this.scopes(name), options.signal);
    }
    getManifest(repository, reference, options = {}) {
        const name = this.repository(repository);
        return getManifest(this.transport, name, this.reference(reference), this.scopes(name), options.signal);
    }
    putManifest(repository, reference, manifest, options = {}) {
        const name = this.repository(repository);
        return putManifest(this.transport, name, this.reference(reference), manifest, this.scopes(name), options.signal);
    }
    /** The referrers API's answer for `digest` (every page), undefined when the registry has no referrers API. */
    listReferrers(repository, digest, options = {}) {
        const name = this.repository(repository);
        // Asked inside a tag's copy, after its push: the tag's own signal bounds it, not the run's listing
        // stop (a SIGTERM lets tags in flight finish; cutting this short failed tags already pushed).
        const bounds = { ...(this.options.listing ?? LISTING_DEFAULTS), signal: options.signal };
        return listReferrers(this.transport, name, assertDigest(digest), this.scopes(name), bounds);
    }
    /** `DELETE /v2/NAME/manifests/DIGEST` (the `delete` action on the repository): removes every tag pointing at `digest`. */
    deleteTag(repository, _tag, digest) {
        const name = this.repository(repository);
        return deleteManifest(this.transport, name, assertDigest(digest), [repositoryScope(name, 'pull,push,delete')]);
    }
    hasBlob(repository, digest, options = {}) {
        const name = this.repository(repository);
        return hasBlob(this.transport, name, assertDigest(digest), this.scopes(name), options.signal);
    }
    getBlob(repository, digest, options = {}) {
        const name = this.repository(repository);
        return getBlob(this.transport, name, assertDigest(digest), this.scopes(name), options.signal);
    }
    mountOrStart(repository, digest, fromRepository, options = {}) {
        const name = this.repository(repository);
        const from = this.repository(fromRepository);
        // A mount from the repository itself (is the blob here already?) needs no scope beyond its own.
        const scopes = from === name ? this.scopes(name) : [...this.scopes(name), repositoryScope(from, 'pull')];
        return mountOrStart(this.transport, name, assertDigest(digest), from, scopes, options.signal);
    }
    cancelUpload(repository, session) {
        const name = this.repository(repository);
        return cancelUpload(this.transport, session, this.scopes(name));
    }
    hasTags(repository, options = {}) {
        const name = this.repository(repository);
        return hasTags(this.transport, name, this.scopes(name), options.signal);
    }
    putBlob(repository, digest, size, body, options = {}) {
        const name = this.repository(repository);
        return putBlob(this.transport, name, assertDigest(digest), size, body, this.scopes(name), options);
    }
    /**
     * `GET /v2/` signed for `repository`: fails fast on an unknown host, a refused connection or refused
     * credentials; a client with push access then opens and cancels an upload to `repository`, so a
     * missing push right or a repository that must be created first shows before any copy.
     */
    async checkAccess(repository, options = {}) {
        const name = this.repository(repository);
        const response = await this.transport.send({ method: 'GET', url: '/v2/', scopes: this.scopes(name), signal: options.signal });
        await discard(response.body);
    }
    /** Proves push access to `repository` by opening an upload and cancelling it (nothing is written). */
    async checkPush(repository, options = {}) {
        const name = this.repository(repository);
        await probePush(this.transport, name, this.scopes(name), options.signal);
    }
    /** Closes the connection pool. */
    async close() {
        await this.dispatcher.destroy();
    }
    listerContext() {
        return {
            host: this.name,
            registry: this.transport,
            credentials: this.options.credentials,
            scopes: (repository) => this.scopes(repository),
            listing: this.options.listing ?? LISTING_DEFAULTS,
            api: (origin) => {
                let api = this.apis.get(origin);
                if (!api) {
                    const { onRequest, onRetry, onRateLimit, attempts, backoffMs } = this.options;
                    api = new Transport({ origin, dispatcher: this.dispatcher, onRequest, onRetry, onRateLimit, attempts, backoffMs });
                    this.apis.set(origin, api);
                }
                return api;
            }
        };
    }
    scopes(repository) {
        return [repositoryScope(repository, this.access)];
    }
    /** A validated repository path as this registry names it (`library/` on Docker Hub). */
    repository(path) {
        if (!isValidRepositoryPath(path))
            throw new ProtocolError(`"${path.slice(0, 140)}" is not a valid repository name`);
        return qualifyRepository(this.name, path);
    }
    reference(reference) {
        if (isValidTag(reference) || isValidDigest(reference))
            return reference;
        throw new ProtocolError(`"${reference.slice(0, 140)}" is neither a valid tag nor a digest`);
    }
}

/** How long a credential helper may take before it is killed (docker's helpers answer in milliseconds; a keychain prompt never comes on a runner). */
const HELPER_TIMEOUT_MS = 5_000;
/** Path of Docker's `config.json`: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
function dockerConfigPath(env = process.env) {
    return join$1(env.DOCKER_CONFIG || join$1(home(env), '.docker'), 'config.json');
}
function home(env) {
    return env.HOME || homedir();
}
/**
 * The files read, in the order containers-auth.json(5) gives for podman, skopeo and buildah: the
 * explicit override (`REGISTRY_AUTH_FILE`) or else the primary file
 * `$XDG_RUNTIME_DIR/containers/auth.json`; then `${XDG_CONFIG_HOME:-~/.config}/containers/auth.json`;
 * then Docker's `config.json` (`$DOCKER_CONFIG` or `~/.docker`, as docker itself reads it). A file
 * that answers ends the search, as in containers/image `pkg/docker/config` (GetCredentials): so a
 * `podman login` wins over an older `docker login` for the same registry, and a runner with only
 * docker/login-action's `config.json` behaves as before.
 */
function authFilePlaces(env = process.env) {
    const places = [];
    if (env.REGISTRY_AUTH_FILE)
        places.push({ path: env.REGISTRY_AUTH_FILE, via: 'REGISTRY_AUTH_FILE', namespaced: true });
    else if (env.XDG_RUNTIME_DIR)
        places.push({ path: join$1(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'), via: '$XDG_RUNTIME_DIR', namespaced: true });
    const configHome = env.XDG_CONFIG_HOME || join$1(home(env), '.config');
    places.push({ path: join$1(configHome, 'containers', 'auth.json'), via: env.XDG_CONFIG_HOME ? '$XDG_CONFIG_HOME' : '~/.config', namespaced: true });
    places.push({ path: dockerConfigPath(env), via: env.DOCKER_CONFIG ? '$DOCKER_CONFIG' : '~/.docker', namespaced: false });
    return places;
}
/**
 * The keys an entry for `repository` (a path below `host`, may be empty) may be stored under, most
 * specific first: `host/ns/repo`, `host/ns`, then the host's own keys. containers-auth.json(5): "the
 * most specific match wins" (`quay.io/user/image` before `quay.io/user` before `quay.io`).
 */
function entryKeys(host, repository, namespaced) {
    const hostKeys = credentialKeys(host);
    if (!namespaced || !repository)
        return hostKeys;
    const parts = repository.split('/').filter(Boolean);
    const hub = hostKeys.includes('docker.io') ? 'docker.io' : host;
    const deeper = parts.map((_, i) => `${hub}/${parts.slice(0, parts.length - i).join('/')}`);
    return [...deeper, ...hostKeys];
}
/**
 * The credentials stored for `host` (and the repository path below it), and where they came from.
 * Files as {@link authFilePlaces} orders them; within one file docker's rule: a credential helper
 * named for the registry in `credHelpers` wins, then `credsStore`, then `auths`
 * (docker/cli `cli/config/configfile/file.go` GetCredentialsStore: a configured helper replaces the
 * file store, whose `auths` entries then hold no secret). A helper that answers nothing lets the
 * search go on; one that does not answer within {@link HELPER_TIMEOUT_MS} is killed and ends the
 * run with a UsageError that names it (docker and podman stop on a failing helper too).
 */
function findCredentials(host, repository = '', env = process.env) {
    const searched = [];
    for (const place of authFilePlaces(env)) {
        searched.push(`${place.path} (${place.via})`);
        const file = readAuthFile(place.path);
        if (!file)
            continue;
        const hostKeys = credentialKeys(host);
        const helperKey = hostKeys.find((key) => file.credHelpers?.[key]);
        const helper = helperKey ? file.credHelpers[helperKey] : file.credsStore;
        if (helper) {
            const credentials = fromHelper(helper, hostKeys[0], env, place.path);
            if (credentials)
                return { credentials, from: `${place.path} (docker-credential-${helper})`, searched };
            continue;
        }
        for (const key of entryKeys(host, repository, place.namespaced)) {
            const credentials = fromEntry(file.auths?.[key]);
            if (credentials)
                return { credentials, from: `${place.path} (key ${key})`, searched };
        }
    }
    return { searched };
}
function readAuthFile(path) {
    try {
        const parsed = JSON.parse(readRegularFileSync(path).toString('utf8'));
        return parsed && typeof parsed === 'object' ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** An `auths` entry: `auth` as base64 `user:password`, or `username`/`password`, or an `identitytoken` (az acr login). */
function fromEntry(entry) {
    if (!entry)
        return undefined;
    if (entry.identitytoken)
        return { ...userOf(entry), identityToken: entry.identitytoken };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0)
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (entry.username && entry.password)
        return { username: entry.username, password: entry.password };
    return undefined;
}
/** The user an `identitytoken` entry names (its `auth` or `username`), for messages; the token is what signs in. */
function userOf(entry) {
    const decoded = entry.auth ? Buffer.from(entry.auth, 'base64').toString('utf8') : '';
    const username = entry.username || decoded.slice(0, Math.max(0, decoded.indexOf(':'))) || '<token>';
    return { username, password: '' };
}
/**
 * Asks `docker-credential-<helper> get` for a server's credentials (the docker-credential-helpers
 * protocol: the server on stdin, `{"ServerURL","Username","Secret"}` on stdout, a non-zero exit for
 * "credentials not found"). Bounded by {@link HELPER_TIMEOUT_MS}, then killed.
 */
function fromHelper(helper, server, env, file) {
    if (!/^[A-Za-z0-9_.-]+$/.test(helper))
        return undefined;
    const command = `docker-credential-${helper}`;
    const result = spawnSync(command, ['get'], { input: server, env, encoding: 'utf8', timeout: HELPER_TIMEOUT_MS, killSignal: 'SIGKILL' });
    if (result.error?.code === 'ETIMEDOUT') {
        throw new UsageError(`${command} (named in ${file}) did not answer for ${server} within ${HELPER_TIMEOUT_MS / 1000} s and was killed; fix the helper or remove it from that file`);
    }
    if (result.status !== 0 || !result.stdout)
        return undefined;
    try {
        const { Username, Secret } = JSON.parse(result.stdout);
        // Helpers answer `<token>` as the user when the secret is an identity (refresh) token (docker-credential-helpers).
        if (Username === '<token>' && Secret)
            return { username: Username, password: '', identityToken: Secret };
        return Username && Secret ? { username: Username, password: Secret } : undefined;
    }
    catch {
        return undefined;
    }
}

/**
 * Opens the store behind a spec: a registry client, or an OCI layout directory. Errors of the store
 * are marked with its role (`sideOf`), for failure reports that say which end was at fault.
 */
function openEndpoint(spec, options) {
    if (spec.kind === 'oci') {
        const store = new OciLayout(spec.path, { images: options.role === 'source' ? options.images : undefined });
        return { ...spec, store: sidedStore(store, options.role), hasCredentials: false, close: async () => undefined };
    }
    // Options and environment first; else the files podman, skopeo and docker log in to (registry/credentials),
    // keyed by the namespace (and the one repository a source names) for per-namespace auth.json entries.
    const path = [spec.namespace, options.role === 'source' && options.images?.length === 1 ? options.images[0] : ''].filter(Boolean).join('/');
    const lookup = options.credentials ? { credentials: options.credentials, from: 'options', searched: [] } : findCredentials(spec.registry, path);
    const credentials = lookup.credentials;
    const client = new RegistryClient({
        host: spec.registry,
        insecure: options.insecureRegistries,
        credentials,
        access: options.role === 'target' ? 'pull,push' : 'pull',
        onRequest: options.onRequest,
        onRetry: options.onRetry,
        onRateLimit: options.onRateLimit,
        connections: options.connections,
        listing: options.listing,
        network: options.network
    });
    return {
        ...spec,
        store: sidedStore(client, options.role),
        hasCredentials: credentials !== undefined,
        credentialsFrom: lookup.from,
        credentialsSearched: lookup.searched,
        close: () => client.close()
    };
}

/**
 * The error for a run that selected no tag at all (an empty or misspelt namespace, filters that
 * match nothing anywhere): a scheduled job must not stay green doing nothing, so it fails (exit 1)
 * with one line saying what was listed and filtered. A shard left empty while the namespace has
 * repositories is not an error: the other shards have them. Undefined when something was selected.
 */
function nothingSelected(stats, selected, options, where) {
    if (selected > 0)
        return undefined;
    if (stats.repositories === 0 && stats.repositoriesBeforeShard > 0)
        return undefined;
    if (stats.repositories === 0)
        return new MirrorError('not-found', `listed 0 repositories under ${where}; nothing to mirror`);
    const repositories = `${stats.repositories} ${stats.repositories === 1 ? 'repository' : 'repositories'}`;
    if (stats.tags === 0)
        return new MirrorError('not-found', `0 tags listed in ${repositories} under ${where}; nothing to mirror`);
    const filters = describeFilters(options);
    return new MirrorError('not-found', (w) => `${stats.tags} tags listed in ${repositories} under ${where}, none matched ${filters(w)}`);
}
function describeFilters(options) {
    return (w) => {
        const parts = [];
        for (const pattern of options.includeTags)
            parts.push(`${w.option('include-tags')} ${pattern.source}`);
        for (const pattern of options.excludeTags)
            parts.push(`${w.option('exclude-tags')} ${pattern.source}`);
        if (options.semver)
            parts.push(`${w.option('semver')} ${options.semver}`);
        if (options.excludePrerelease)
            parts.push(w.option('exclude-prerelease'));
        if (options.latest !== undefined)
            parts.push(`${w.option('latest')} ${options.latest}`);
        return parts.join(', ') || 'the filters';
    };
}
/**
 * The error for a run whose `--platforms` left every selected tag out (each `platform-not-selected`):
 * it selected nothing as surely as filters that match no tag, so it fails the same way (exit 1),
 * naming the platforms the tags offer. Undefined when any tag was copied, found, would be copied or failed.
 */
function noPlatformSelected(images, options, where) {
    if (options.platforms.length === 0 || images.length === 0 || images.some((image) => image.reason !== 'platform-not-selected'))
        return undefined;
    const offered = [...new Set(images.flatMap((image) => image.platforms ?? []))].sort();
    const wanted = options.platforms.map((p) => [p.os, p.architecture, p.variant].filter(Boolean).join('/')).join(',');
    const tags = `${images.length} ${images.length === 1 ? 'tag' : 'tags'}`;
    return new MirrorError('not-found', (w) => `${tags} selected under ${where}, none has a platform in ${w.option('platforms')} ${wanted}${offered.length ? ` (they offer ${offered.join(', ')})` : ''}; nothing to mirror`);
}

/**
 * Decides when a run stops starting tags for a registry's rate limit (Docker Hub's pull limit,
 * gcr.io quota, Quay): when an answer says `floor` requests or fewer are left, or a request ends
 * rate-limited (a 429 asking to wait beyond a short wait, or retried to the end). The run then ends
 * like the time budget: tags in flight finish, the rest are left for the next run, none is failed.
 */
class RateLimitGate {
    floor;
    /** Why the gate closed; undefined while open. */
    reason;
    constructor(floor) {
        this.floor = floor;
    }
    /** Takes what an answer said of its rate limit. */
    observe = (state) => {
        if (state.remaining <= this.floor) {
            this.reason ??= `${new URL(state.origin).host} has ${state.remaining}${state.limit === undefined ? '' : ` of ${state.limit}`} requests left (floor ${this.floor})`;
        }
    };
    /** True (and the gate closed) when `error` is a rate limit: the tag is left for the next run, not failed. */
    hit(error) {
        if (kindOf(error) !== 'rate-limited')
            return false;
        this.reason ??= errorMessage(error);
        return true;
    }
    get closed() {
        return this.reason !== undefined;
    }
}

/** Decides whether a target needs flattening: `auto` flattens for the registries of REGISTRY_RULES (one level below the namespace). */
function shouldFlatten(mode, registry) {
    if (mode === 'always')
        return true;
    if (mode === 'never')
        return false;
    return registryRule(registry) !== undefined;
}
const join = (namespace, path) => (namespace ? `${namespace}/${path}` : path);
/**
 * Names the target of every source repository, then resolves collisions deterministically:
 * among sources landing on one name, the one whose path is already that name (not flattened) keeps
 * it, else the lexicographically first; each other gets `SEPARATOR` + the first 8 hex digits of the
 * sha256 of its relative source path appended.
 */
function nameRepositories(relatives, rules) {
    const base = (relative) => join(rules.namespace, rules.flatten ? relative.split('/').join(rules.separator) : relative);
    const groups = new Map();
    for (const relative of [...new Set(relatives)].sort()) {
        const target = base(relative);
        groups.set(target, [...(groups.get(target) ?? []), relative]);
    }
    const repositories = [];
    const collisions = [];
    const taken = new Set(groups.keys());
    for (const [target, sources] of groups) {
        if (sources.length === 1) {
            repositories.push({ relative: sources[0], target });
            continue;
        }
        const keeper = sources.find((relative) => join(rules.namespace, relative) === target) ?? sources[0];
        repositories.push({ relative: keeper, target });
        const renamed = [];
        for (const relative of sources.filter((s) => s !== keeper)) {
            const suffix = createHash('sha256').update(relative).digest('hex').slice(0, 8);
            let candidate = `${target}${rules.separator}${suffix}`;
            for (let n = 2; taken.has(candidate); n++)
                candidate = `${target}${rules.separator}${suffix}${rules.separator}${n}`;
            taken.add(candidate);
            repositories.push({ relative, target: candidate });
            renamed.push(`${relative} -> ${candidate}`);
        }
        collisions.push({
            target,
            sources,
            resolution: `${keeper} keeps ${target}; ${renamed.join('; ')}`
        });
    }
    repositories.sort((a, b) => (a.relative < b.relative ? -1 : 1));
    return { repositories, collisions };
}

/** How deep indexes are followed below a tag (an index in an index is depth 2); deeper is refused, not guessed. */
const MAX_INDEX_DEPTH = 8;
/** How many indexes one repository's walk reads at most (a bound on what a hostile registry can make it do). */
const MAX_INDEXES_READ = 50_000;
const SUBJECT_OF = { sig: 'signature subject', att: 'attestation subject', sbom: 'SBOM subject', '': 'referrers subject' };
/**
 * Why each digest of `wanted` (the HEADs of the manifests about to be deleted) must stay in
 * `repository`: the first remaining tag found holding it, in words (`mirror/app:1.0 lists it (index
 * child)`). A remaining tag holds the children of its index at any depth, the subject its companion
 * tag names (`sha256-<hex>.sig`, `.att`, `.sbom`, and the referrers fallback tag `sha256-<hex>`), and
 * the referrers its fallback tag lists; a held subject holds its own children in turn. Only indexes
 * are read (GET); a digest whose media type no HEAD told is asked by digest (HEAD). Each digest is
 * read once, so a cycle ends the walk; it stops once every wanted digest is held, and throws past
 * MAX_INDEX_DEPTH or MAX_INDEXES_READ (the caller then deletes nothing).
 */
async function heldDigests(store, repository, remaining, wanted, limit) {
    const held = new Map();
    const wantedTypes = new Map(wanted.map((d) => [d.digest, d.mediaType]));
    const hold = (digest, why) => {
        if (wantedTypes.has(digest) && !held.has(digest))
            held.set(digest, why);
    };
    const knownTypes = new Map([...wantedTypes, ...remaining.flatMap((t) => (t.mediaType ? [[t.digest, t.mediaType]] : []))]);
    let level = [];
    for (const { tag, digest, mediaType } of remaining) {
        const companion = COMPANION_TAG.exec(tag);
        level.push({ digest, mediaType, holder: tag, root: companion && !companion[2] ? 'fallback' : 'tag' });
        if (!companion)
            continue;
        const subject = `sha256:${companion[1]}`;
        hold(subject, `${repository}:${tag} names it (${SUBJECT_OF[companion[2] ?? '']})`);
        level.push({ digest: subject, mediaType: knownTypes.get(subject), holder: tag, root: 'subject' });
    }
    const seen = new Set();
    let read = 0;
    const childrenOf = async (node, depth) => {
        const mediaType = node.mediaType ?? (await store.headManifest(repository, node.digest))?.mediaType;
        if (!mediaType || !isIndexType(mediaType))
            return [];
        if (depth >= MAX_INDEX_DEPTH)
            throw new Error(`${repository}:${node.holder} nests indexes deeper than ${MAX_INDEX_DEPTH} levels`);
        if (++read > MAX_INDEXES_READ)
            throw new Error(`${repository}: its tags hold more than ${MAX_INDEXES_READ} indexes`);
        try {
            const manifest = await store.getManifest(repository, node.digest);
            return manifestContent(manifest.bytes, manifest.mediaType).children;
        }
        catch (error) {
            // Gone since its tag was listed, or never there (a child an index lists but the target lacks): it holds nothing.
            if (kindOf(error) === 'not-found')
                return [];
            throw error;
        }
    };
    for (let depth = 0; level.length > 0 && held.size < wantedTypes.size; depth++) {
        const nodes = level.filter((node) => !seen.has(node.digest) && seen.add(node.digest));
        const children = await mapBounded(nodes, limit.concurrency, (node) => limit(() => childrenOf(node, depth)));
        level = nodes.flatMap((node, i) => children[i].map((child) => {
            hold(child.digest, `${repository}:${node.holder} ${relation(node, depth)}`);
            return { digest: child.digest, mediaType: child.mediaType, holder: node.holder, root: node.root };
        }));
    }
    return held;
}
/** How a node's remaining tag holds the node's children, in words. */
function relation(node, depth) {
    if (node.root === 'subject')
        return 'holds it (in the index of the subject it names)';
    if (node.root === 'fallback' && depth === 0)
        return 'lists it (referrer)';
    return depth === 0 ? 'lists it (index child)' : `holds it (index child, ${depth + 1} levels down)`;
}

/**
 * The ledger entries of this mirror (source and target prefixes) whose tag is gone from the source:
 * not in its repository's listing, or, when repositories are discovered, in a repository no longer
 * there. A repository whose listing failed, or one the run did not look at, prunes nothing.
 */
function findPruneCandidates(entries, scope) {
    const sourcePrefix = `${scope.source}/`;
    const candidates = [];
    for (const entry of entries) {
        if (!entry.source.startsWith(sourcePrefix) || !entry.target.startsWith(`${scope.target}/`) || !entry.target.startsWith(`${scope.targetRegistry}/`))
            continue;
        const rest = entry.source.slice(sourcePrefix.length);
        const colon = rest.lastIndexOf(':');
        const [repository, tag] = [rest.slice(0, colon), rest.slice(colon + 1)];
        if (colon <= 0 || !scope.inScope(repository))
            continue;
        const listed = scope.listed.get(repository);
        if (listed ? listed.has(tag) : !scope.discovered || scope.discovered.has(repository))
            continue;
        const target = entry.target.slice(scope.targetRegistry.length + 1);
        const targetTag = target.slice(target.lastIndexOf(':') + 1);
        if (targetTag !== tag)
            continue;
        candidates.push({ entry, repository, tag, targetRepository: target.slice(0, target.lastIndexOf(':')) });
    }
    return candidates;
}
/**
 * Deletes each candidate's target tag, checking first that it is still this mirror's: a tag the
 * target no longer has, or that now points elsewhere (someone else pushed it), is left alone and
 * forgotten. Where the target deletes by digest (registries), a digest another tag of the
 * repository still points at is not deleted (that would take the other tag along), nor one a
 * remaining tag holds (an index child, a companion tag's subject, a fallback tag's referrer: see
 * heldDigests), which would leave that tag unpullable; both stay in the ledger, to be looked at
 * again. Indexes are deleted first; after one could not be, nothing more of its repository is (it
 * stays and may list the rest). An OCI layout only loses the tag's index.json entry (blobs stay), so
 * nothing it holds goes.
 * In a dry run the same checks run and nothing changes. A failure to delete is a `failed` result,
 * never thrown.
 */
async function executePrune(candidates, store, ledger, options) {
    const limit = createLimiter(options.concurrency);
    const byRepository = new Map();
    for (const candidate of candidates)
        byRepository.set(candidate.targetRepository, [...(byRepository.get(candidate.targetRepository) ?? []), candidate]);
    const results = [];
    const result = (candidate, fields) => ({
        source: candidate.entry.source,
        target: candidate.entry.target,
        digest: candidate.entry.targetDigest ?? candidate.entry.digest,
        repository: candidate.repository,
        tag: candidate.tag,
        error: null,
        ...fields
    });
    const forget = (candidate) => {
        if (!options.dryRun)
            ledger.remove(candidate.entry.source);
    };
    for (const [repository, group] of byRepository) {
        try {
            const ours = [];
            for (const candidate of group) {
                const head = await limit(() => store.headManifest(repository, candidate.tag));
                const expected = candidate.entry.targetDigest ?? candidate.entry.digest;
                if (!head || head.digest !== expected) {
                    forget(candidate);
                    results.push(result(candidate, { status: 'skipped', reason: head ? 'target-changed' : 'gone-from-target' }));
                }
                else
                    ours.push({ candidate, head });
            }
            const kept = new Map();
            if (ours.length > 0 && store.deletesByDigest) {
                const pruned = new Set(ours.map((c) => c.candidate.tag));
                const others = (await store.listTags(repository)).filter((t) => !pruned.has(t.tag));
                const remaining = await Promise.all(others.map(async ({ tag, digest }) => {
                    if (digest)
                        return { tag, digest };
                    const head = await limit(() => store.headManifest(repository, tag));
                    return head && { tag, digest: head.digest, mediaType: head.mediaType };
                })).then((tags) => tags.filter((t) => t !== undefined));
                for (const { tag, digest } of remaining) {
                    if (!kept.has(digest))
                        kept.set(digest, { reason: 'digest-shared', why: `${repository}:${tag} points at the same digest` });
                }
                const held = await heldDigests(store, repository, remaining, ours.map((c) => c.head).filter((head) => !kept.has(head.digest)), limit);
                for (const [digest, why] of held)
                    kept.set(digest, { reason: 'referenced', why });
            }
            const deleted = new Map();
            // Indexes go first, and nothing after one that could not be deleted: it stays, and may list what came after.
            const holds = (head) => store.deletesByDigest === true && isIndexType(head.mediaType);
            let stuck;
            for (const { candidate, head } of [...ours].sort((a, b) => Number(holds(b.head)) - Number(holds(a.head)))) {
                const digest = candidate.entry.targetDigest ?? candidate.entry.digest;
                const keep = kept.get(digest);
                if (keep) {
                    results.push(result(candidate, { status: 'skipped', ...keep }));
                    continue;
                }
                if (options.dryRun) {
                    results.push(result(candidate, { status: 'skipped', reason: 'dry-run', planned: 'prune', why: 'gone from the source' }));
                    continue;
                }
                if (stuck) {
                    results.push(result(candidate, { status: 'failed', error: `did not delete ${candidate.entry.target}: ${stuck} could not be deleted and may list it` }));
                    continue;
                }
                try {
                    if (!store.deleteTag)
                        throw new Error(`${store.name} cannot delete tags`);
                    const work = deleted.get(digest) ?? store.deleteTag(repository, candidate.tag, digest);
                    deleted.set(digest, work);
                    await work;
                    ledger.remove(candidate.entry.source);
                    results.push(result(candidate, { status: 'pruned', why: 'gone from the source' }));
                }
                catch (error) {
                    results.push(result(candidate, { status: 'failed', error: `cannot delete ${candidate.entry.target}: ${errorMessage(error)}` }));
                    if (holds(head))
                        stuck = `${repository}:${candidate.tag}`;
                }
            }
        }
        catch (error) {
            for (const candidate of group.filter((c) => !results.some((r) => r.source === c.entry.source))) {
                results.push(result(candidate, { status: 'failed', error: `cannot check ${candidate.entry.target}: ${errorMessage(error)}` }));
            }
        }
    }
    return results.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

/**
 * True when `repository` belongs to the shard. The share is a hash of the name, so it is stable when
 * repositories are added or removed, and N shards together cover every repository exactly once.
 */
function inShard(repository, shard) {
    if (!shard || shard.count <= 1)
        return true;
    const bucket = createHash('sha256').update(repository).digest().readUInt32BE(0) % shard.count;
    return bucket === shard.index - 1;
}

/** How long after the first SIGINT/SIGTERM a shell ends the process even if tags are still in flight. */
const HARD_EXIT_MS = 10_000;
/**
 * Ends the process at once, as `signal` would have without a handler: the default action is
 * restored and the signal raised again (exit status 128 + N: 130, 143). Not `process.exit`, which
 * waits for Node's file system threads: one stuck opening a FIFO or on a hung mount would hold the
 * exit forever. Touches no file: the ledger on disk already holds every finished tag, and the lock
 * left behind is taken over by the next run (its pid is gone).
 */
function exitBySignal(signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    process.exit(128 + constants$4.signals[signal]);
}
/**
 * The share of `--max-duration` that discovery and planning may take: the rest is left to copying,
 * so a budgeted run always copies something (planning 3,000 repositories took a 20 s budget whole,
 * run after run, and mirrored nothing).
 */
const PLANNING_SHARE = 0.5;
/**
 * The signal discovery and planning run under: it aborts when the shell stops the run (SIGINT,
 * SIGTERM) or when {@link PLANNING_SHARE} of `--max-duration` has passed, so listing and planning are
 * bounded like copying and leave copying its time. Built on deadlineSignal: a signal from
 * `AbortSignal.any([AbortSignal.timeout(ms)])` never fires on Node 20 once a collection has run.
 */
function listingStop(stop, maxDurationMs) {
    return deadlineSignal(maxDurationMs === undefined ? undefined : Math.round(maxDurationMs * PLANNING_SHARE), [stop], () => new Error('time budget reached'))
        .signal;
}
/**
 * The bound of a request outside any tag's copy (a preflight, a planning HEAD): the run's `stop` and
 * `ms` (`--tag-timeout`), retries included. Without it a registry that accepts the connection and
 * never answers held the run for five attempts of undici's header timeout whatever the limits said.
 */
function boundedBy(stop, ms) {
    const seconds = Math.max(1, Math.round(ms / 1000));
    return (what, send) => withinDeadline(ms, [stop], send, () => new MirrorError('transient', (w) => `${what}: no answer within ${seconds} s (${w.option('tag-timeout')})`));
}
/** A limiter whose tasks do not start once `signal` has aborted (they reject with its reason). */
function stoppableLimiter(concurrency, signal) {
    const limit = createLimiter(concurrency);
    const stoppable = (task) => limit(() => {
        signal.throwIfAborted();
        return task();
    });
    return Object.assign(stoppable, { concurrency });
}

/**
 * The repositories in the order this run lists them: from `start` (the first one a run whose listing
 * was cut short did not reach, kept in the ledger) to the end, then from the beginning. A budgeted
 * run that can't list everything then goes on where the last one stopped instead of listing the
 * same first repositories every time and never reaching the others. `repositories` are sorted by name.
 */
function rotateFrom(repositories, start) {
    if (start === undefined)
        return repositories;
    const at = repositories.findIndex((repository) => repository.relative >= start);
    return at <= 0 ? repositories : [...repositories.slice(at), ...repositories.slice(0, at)];
}
/** Where the next run starts listing: the first of `ordered` not listed, undefined when every one was. */
function resumePoint(ordered, unlisted) {
    return ordered.find((repository) => unlisted.has(repository.relative))?.relative;
}

/** How one side's registry is reached: the run's extra CAs, the side's certificate check, the proxies of the environment. */
function sideNetwork(options, role) {
    return {
        caPem: options.caPem,
        tlsVerify: role === 'source' ? options.sourceTlsVerify : options.targetTlsVerify,
        waitMs: Math.min(options.tagTimeoutMs, options.listing.requestTimeoutMs, options.maxDurationMs ?? Infinity)
    };
}
/** What a run says about its connections before it starts: the proxies (credentials redacted), and a warning per side whose certificates go unchecked. */
function networkNotices(options, words) {
    const notices = [];
    const proxies = describeProxies(proxyEnv());
    if (proxies)
        notices.push({ level: 'info', message: proxies });
    for (const role of ['source', 'target']) {
        const spec = options[role];
        if (spec.kind !== 'registry' || sideNetwork(options, role).tlsVerify !== false)
            continue;
        notices.push({
            level: 'warning',
            message: `${words.option(`${role}-tls-verify`)} false: TLS certificates of ${spec.registry} are not checked; anyone on the path can read and change what is copied`
        });
    }
    return notices;
}

/** Registry error codes (distribution spec, Docker Hub, GHCR) for a manifest the target won't store. */
const MANIFEST_REFUSED = new Set(['MANIFEST_INVALID', 'MANIFEST_UNVERIFIED', 'UNSUPPORTED', 'MANIFEST_BLOB_UNKNOWN']);
/** The docker CLI prints the registry's words; these are the ones its errors are made of. */
const DOCKER_PATTERNS = [
    [/toomanyrequests|rate limit/i, 'rate-limit'],
    [/unauthorized: incorrect username or password|authentication required|unauthorized/i, 'unauthorized'],
    [/denied/i, 'denied'],
    [/name invalid|invalid reference format|repository name must be lowercase/i, 'name-invalid'],
    [/manifest unknown|not found/i, 'not-found'],
    [/schema 1|manifest invalid/i, 'manifest-refused'],
    [/connection refused|no such host|i\/o timeout|tls:|EOF/, 'network']
];
/** The registry's answer an error carries, or wraps as its cause (a referrer's failure names its tag). */
function answerOf(error) {
    for (let e = error; e instanceof Error; e = e.cause)
        if (e instanceof RegistryError)
            return e;
    return undefined;
}
/** The kind of a failure from the error's own kind, refined by what the registry answered. */
function kindOfFailure(error) {
    const status = answerOf(error)?.status;
    const code = answerOf(error)?.code;
    switch (kindOf(error)) {
        case 'auth-refused':
            return 'credentials-refused';
        case 'access-denied':
            return status === 401 ? 'unauthorized' : 'denied';
        case 'not-found':
            return answerOf(error) instanceof RepositoryMissingError ? 'repository-missing' : 'not-found';
        case 'digest-mismatch':
            return 'corrupt';
        case 'too-large':
            return 'too-large';
        case 'protocol':
            return 'protocol';
        case 'rate-limited':
            return 'rate-limit';
        case 'transient':
            return status !== undefined && status >= 500 ? 'server-error' : 'network';
        case 'refused':
            if (code === 'NAME_INVALID')
                return 'name-invalid';
            if (code === 'DENIED')
                return 'denied';
            if ((code && MANIFEST_REFUSED.has(code)) || status === 415)
                return 'manifest-refused';
            return 'refused';
    }
    if (error instanceof DockerCommandError)
        return DOCKER_PATTERNS.find(([pattern]) => pattern.test(error.detail))?.[1] ?? 'other';
    return 'other';
}
/**
 * Classifies the error a tag failed with. The side comes from the store that raised it (stores are
 * opened marked with their role, `sidedStore`); content that does not match its digest is always
 * the source's.
 */
function classifyFailure(error, timedOut = false) {
    const kind = timedOut ? 'timeout' : kindOfFailure(error);
    const side = kind === 'corrupt' ? 'source' : sideOf(error);
    const answer = timedOut ? undefined : answerOf(error);
    const registry = answer ? { status: answer.status, ...(answer.code ? { code: answer.code } : {}) } : {};
    return { ...(side ? { side } : {}), kind, ...registry };
}
/**
 * True when the source answered 404 for the tag's own manifest (by tag or by its digest): the tag
 * was deleted between listing and copy, which is skipped (`source-gone`), not failed. A missing
 * child or blob of a tag still there is a broken source and stays a failure.
 */
function isSourceGone(error, job) {
    const answer = answerOf(error);
    if (!(answer instanceof NotFoundError) || sideOf(error) !== 'source')
        return false;
    return [job.tag, job.digest].some((reference) => answer.request.url.endsWith(`/manifests/${reference}`));
}

/** The repository-missing refusal an error is or wraps (a PreflightError's error, a blob's failure with its cause). */
function missingOf(error) {
    for (let e = error instanceof PreflightError ? error.error : error; e instanceof Error; e = e.cause)
        if (e instanceof RepositoryMissingError)
            return e;
    return undefined;
}
/**
 * Push access of a run, proved once, and the target repositories found missing. A repository that
 * does not exist where the registry does not create one on push (ECR's 404 NAME_UNKNOWN "The
 * repository with name 'x' does not exist in the registry with id '...'") fails that repository's
 * tags only; refused credentials or a missing push right still end the run before any copy.
 */
class TargetRepositories {
    probe;
    first;
    /** The repository the probe asks about (the first tag's, then, after it was found missing, the next writer's). */
    asked;
    /** Probes by repository: run once under the run's signal, whichever tag waits (a success is kept). */
    probes;
    /** Missing repositories, with the refusal that said so. */
    missing = new Map();
    /**
     * `probe` proves push access to a repository; its failures that are not a missing repository end
     * the run (a PreflightError). The first probe asks about `first` (the run's first tag's), whichever
     * tag comes to write first, so the run's outcome does not depend on timing.
     */
    constructor(probe, scope, first) {
        this.probe = probe;
        this.first = first;
        this.probes = new SharedWork(scope);
    }
    /**
     * Resolves when tags of `repository` may be written; `signal` bounds this caller's wait alone.
     * Throws the refusal of a repository found missing (a failure of that tag alone), or the probe's
     * error that ends the run. A probe that found its repository missing proves nothing for the
     * others: the next one asks about its own (at most one probe per missing repository, then none).
     */
    async writable(repository, signal) {
        for (;;) {
            const known = this.missing.get(repository);
            if (known)
                throw known;
            const asked = (this.asked ??= this.next(repository));
            try {
                await this.probes.run(asked, signal, (own) => this.probe(asked, own));
                return;
            }
            catch (error) {
                const missing = missingOf(error);
                if (!missing)
                    throw error;
                this.missing.set(asked, missing);
                if (this.asked === asked)
                    this.asked = undefined;
            }
        }
    }
    /** `first` when not asked yet, else `repository`. */
    next(repository) {
        const asked = this.first ?? repository;
        this.first = undefined;
        return asked;
    }
    /** Notes a tag's failure: a write refused because its repository is missing makes the repository's next tags fail at once. */
    note(repository, error) {
        const missing = missingOf(error);
        if (missing && !this.missing.has(repository))
            this.missing.set(repository, missing);
    }
    /** The repositories found missing (paths within the target registry), sorted. */
    names() {
        return [...this.missing.keys()].sort();
    }
}

/**
 * Times the copy phase of a run: which tags are in flight since when, how many finished and how
 * long they took, for an ETA that neither counts the planning time nor the ledger hits.
 */
class CopyClock {
    total;
    concurrency;
    now;
    started;
    inFlight = new Map();
    done = 0;
    busyMs = 0;
    constructor(total, concurrency, now = Date.now) {
        this.total = total;
        this.concurrency = concurrency;
        this.now = now;
        this.started = now();
    }
    /** A tag starts copying. */
    start(tag) {
        this.inFlight.set(tag, this.now());
    }
    /** A tag ended (copied, found on the target, failed) or was left for the next run (`counted` false). */
    end(tag, counted = true) {
        const started = this.inFlight.get(tag);
        this.inFlight.delete(tag);
        if (!counted || started === undefined)
            return;
        this.done++;
        this.busyMs += this.now() - started;
    }
    snapshot() {
        const now = this.now();
        return {
            total: this.total,
            done: this.done,
            busyMs: this.busyMs,
            inFlightMs: [...this.inFlight.values()].map((started) => now - started),
            concurrency: this.concurrency,
            elapsedMs: now - this.started
        };
    }
}
/**
 * Milliseconds until the copy phase ends, or undefined before the first tag finished. Each tag left
 * is expected to take as long as the finished ones did on average (their time is mostly bytes
 * moved); tags in flight are credited with the time they already ran; the tags left are dealt to
 * the copy slots as they free up (`concurrency` at once), so the last round counts whole. Exact for
 * uniform tags, whatever the concurrency, the planning time and the share of ledger hits.
 */
function estimateRemainingMs(copy) {
    if (copy.done === 0)
        return undefined;
    const perTag = copy.busyMs / copy.done;
    const slots = Math.max(1, copy.concurrency);
    // When each slot is free again (0: free now), soonest first; each is within one tag's time.
    const free = [...copy.inFlightMs.map((age) => Math.max(perTag - age, 0)), ...Array(Math.max(slots - copy.inFlightMs.length, 0)).fill(0)].sort((x, y) => x - y);
    const queued = Math.max(copy.total - copy.done - copy.inFlightMs.length, 0);
    // Tags of equal length go round the slots in the order they free up: every slot takes `rounds`,
    // the first `extra` one more.
    const rounds = Math.floor(queued / free.length);
    const extra = queued % free.length;
    const busiest = copy.inFlightMs.length > 0 || rounds > 0 ? free[free.length - 1] + rounds * perTag : 0;
    return Math.max(busiest, extra > 0 ? free[extra - 1] + (rounds + 1) * perTag : 0);
}
/** One progress line: tags done/left, bytes, the copy rate, ETA. Shared by the CLI and the action. */
function progressLine(progress) {
    const seconds = Math.max(progress.copy.elapsedMs / 1000, 0.001);
    const rate = progress.bytes / seconds;
    const left = progress.tagsTotal - progress.tagsDone;
    const remaining = left > 0 ? estimateRemainingMs(progress.copy) : undefined;
    const eta = remaining === undefined ? '' : `, ETA ${remaining < 1000 ? '<1s' : formatDuration(remaining)}`;
    return `${progress.tagsDone}/${progress.tagsTotal} tags, ${left} left, ${formatBytes(progress.bytes)} at ${formatBytes(rate)}/s${eta}`;
}

/** The fields of `landed` worth recording: a target digest that differs from `digest`, a media type, platforms. */
function landedFields(landed, digest) {
    return {
        ...(landed.targetDigest && landed.targetDigest !== digest ? { targetDigest: landed.targetDigest } : {}),
        ...(landed.mediaType ? { mediaType: landed.mediaType } : {}),
        ...(landed.platforms?.length ? { platforms: [...landed.platforms] } : {})
    };
}
/** The engine's view of a planned tag: repository paths and the contract's reference strings. */
function copyJobOf(planned) {
    return {
        sourceRepository: repositoryPath(planned.source),
        targetRepository: repositoryPath(planned.target),
        tag: planned.source.tag,
        digest: planned.digest,
        sourceRef: formatTagRef(planned.source),
        targetRef: formatTagRef(planned.target),
        ...(planned.repair === undefined ? {} : { repair: true })
    };
}
/** The report entry of a tag, rendered to the contract's strings. */
function tagResult(tag, status, ending) {
    return {
        source: formatTagRef(tag.source),
        target: formatTagRef(tag.target),
        digest: tag.digest,
        status,
        bytes: ending.bytes ?? 0,
        error: ending.error ?? null,
        ...(ending.reason ? { reason: ending.reason } : {}),
        repository: tag.source.repository,
        tag: tag.source.tag,
        durationMs: ending.durationMs,
        ...(status === 'failed' && tag.digest === null ? {} : { isNew: tag.isNew }),
        ...landedFields(ending.landed ?? {}, tag.digest),
        ...(ending.convertedFrom ? { convertedFrom: ending.convertedFrom } : {}),
        ...(ending.referrers ? { referrers: ending.referrers } : {}),
        ...(ending.cause ? { cause: ending.cause } : {})
    };
}

/** With `sample`, every recorded tag is checked fully once in this many runs. */
const VERIFY_PERIOD = 7;
/** The rotation's share of a source reference: a stable hash of it, modulo {@link VERIFY_PERIOD}. */
function shareOf(source) {
    return createHash('sha256').update(source).digest().readUInt32BE(0) % VERIFY_PERIOD;
}
/**
 * The checks of run number `round`. `full`: every tag fully. `sample`: fully the tags whose share
 * is `round` modulo {@link VERIFY_PERIOD} (so each tag once in that many consecutive runs), and in
 * each target repository none of whose tags is in that share, one canary (a different one each run).
 */
function chooseChecks(tags, mode, round) {
    const full = tags.map(() => mode === 'full');
    const canary = tags.map(() => false);
    if (mode !== 'sample')
        return { full, canary };
    const byRepository = new Map();
    tags.forEach((tag, i) => {
        full[i] = shareOf(tag.source) === round % VERIFY_PERIOD;
        byRepository.set(tag.repository, [...(byRepository.get(tag.repository) ?? []), i]);
    });
    for (const indexes of byRepository.values()) {
        if (indexes.some((i) => full[i]))
            continue;
        const sorted = [...indexes].sort((a, b) => (tags[a].source < tags[b].source ? -1 : 1));
        canary[sorted[round % sorted.length]] = true;
    }
    return { full, canary };
}
/**
 * Checks recorded tags on the target (see {@link chooseChecks}) with HEADs: the tag, then every
 * child manifest and blob the ledger's graph lists; a manifest missing from the graph (an older
 * ledger, a tag the target already had) is read from the target once and recorded. A repository
 * where a check finds something missing has all its tags checked fully. A check that cannot reach
 * the target leaves its tag as recorded (one warning for all), never a repair.
 */
async function verifyRecorded(tags, run) {
    const outcome = { verified: 0, broken: new Map() };
    if (run.mode === 'off' || tags.length === 0)
        return outcome;
    const plan = chooseChecks(tags, run.mode, run.round);
    const checker = new TargetChecker(run);
    const done = new Set();
    const unreachable = [];
    const check = async (i, full) => {
        try {
            const why = full ? await checker.tag(tags[i]) : await checker.tagOnly(tags[i]);
            done.add(i);
            outcome.verified++;
            if (why)
                outcome.broken.set(i, why);
        }
        catch (error) {
            if (!run.signal.aborted)
                unreachable.push(error);
        }
    };
    await Promise.all(tags.map((_, i) => (plan.full[i] || plan.canary[i] ? check(i, plan.full[i]) : undefined)));
    // A repository that lost something may have lost more (a wiped registry): check all of it.
    const damaged = new Set([...outcome.broken.keys()].map((i) => tags[i].repository));
    await Promise.all(tags.map((tag, i) => (damaged.has(tag.repository) && !outcome.broken.has(i) && !plan.full[i] ? retry(i) : undefined)));
    if (unreachable.length > 0) {
        run.warn(`verify: ${unreachable.length} tags could not be checked on the target and stay as recorded (${errorMessage(unreachable[0])})`);
    }
    return outcome;
    function retry(i) {
        if (done.has(i))
            outcome.verified--;
        return check(i, true);
    }
}
/** HEADs on the target, each asked once per run however many tags share the digest. */
class TargetChecker {
    run;
    present = new Map();
    read = new Map();
    constructor(run) {
        this.run = run;
    }
    /** Why the target does not serve the tag at its digest, or undefined when it does. */
    async tagOnly(tag) {
        const head = await this.run.limit(() => this.run.target.headManifest(tag.repository, tag.tag, { signal: this.run.signal }));
        if (!head)
            return `the target lost the tag`;
        if (head.digest !== tag.digest)
            return `the target tag points at ${head.digest}, not ${tag.digest}`;
        return undefined;
    }
    /** Why the tag is broken on the target (the tag, a child manifest or a blob lost), or undefined when it is whole. */
    async tag(tag) {
        return (await this.tagOnly(tag)) ?? this.manifest(tag.repository, tag.digest, true, new Set());
    }
    async manifest(repository, digest, top, path) {
        // Digests are checked, so a cycle can only come from a ledger edited by hand: stop there.
        if (path.has(digest))
            return undefined;
        let node = this.run.ledger.node(digest);
        if (!node) {
            node = await this.node(repository, digest);
            if (!node)
                return `the target lost ${top ? 'manifest' : 'child manifest'} ${digest}`;
        }
        else if (!top && !(await this.has('manifest', repository, digest))) {
            return `the target lost child manifest ${digest}`;
        }
        const below = new Set(path).add(digest);
        const whys = await Promise.all([
            ...node.manifests.map((child) => this.manifest(repository, child, false, below)),
            ...node.blobs.map(async (blob) => ((await this.has('blob', repository, blob)) ? undefined : `the target lost blob ${blob}`))
        ]);
        return whys.find((why) => why !== undefined);
    }
    /** A manifest read from the target once (it is not in the graph yet) and recorded; undefined when it is gone. */
    node(repository, digest) {
        const key = `${repository}@${digest}`;
        let work = this.read.get(key);
        if (!work) {
            const { target, signal, ledger } = this.run;
            work = this.run
                .limit(async () => {
                if (!target.getManifest)
                    return { manifests: [], blobs: [] };
                const manifest = await target.getManifest(repository, digest, { signal });
                const content = manifestContent(manifest.bytes, manifest.mediaType);
                return { manifests: content.children.map((child) => child.digest), blobs: content.blobs.map((blob) => blob.digest) };
            })
                .then((node) => {
                if (target.getManifest)
                    ledger.addNodes([[digest, node]]);
                return node;
            }, (error) => {
                if (kindOf(error) === 'not-found')
                    return undefined;
                throw error;
            });
            this.read.set(key, work);
        }
        return work;
    }
    has(kind, repository, digest) {
        const key = `${kind} ${repository}@${digest}`;
        let work = this.present.get(key);
        if (!work) {
            const { target, signal } = this.run;
            work = this.run.limit(async () => kind === 'blob' ? target.hasBlob(repository, digest, { signal }) : (await target.headManifest(repository, digest, { signal }))?.digest === digest);
            this.present.set(key, work);
        }
        return work;
    }
}
/** Verifies the run's ledger hits (see {@link verifyRecorded}), hands each to `intact` or `broken`, and resolves to the number checked. */
async function verifyLedgerHits(hits, run) {
    const tags = hits.map((hit) => ({
        source: formatTagRef(hit.source),
        repository: repositoryPath(hit.target),
        tag: hit.target.tag,
        digest: hit.previous?.targetDigest ?? hit.digest
    }));
    const round = run.mode === 'sample' && hits.length > 0 ? run.round() : 0;
    const { verified, broken } = await verifyRecorded(tags, { ...run, round });
    hits.forEach((hit, i) => {
        const why = broken.get(i);
        if (why === undefined)
            run.intact(hit);
        else
            run.broken(hit, why);
    });
    return verified;
}

const PROGRESS_INTERVAL_MS = 5_000;
/** Runs a step that comes before the first copy; its failure becomes a PreflightError of `side`, with a hint. */
async function preflight(side, endpoint, step) {
    try {
        return await step();
    }
    catch (error) {
        throw new PreflightError(error, { side, hint: preflightHint(error, side, endpoint) });
    }
}
/**
 * Mirrors the selected tags of the source namespace into the target: discover, filter, name, plan
 * (ledger first: a tag whose source digest equals the ledger's costs no target request), then copy
 * new tags before updated ones, recording each finished tag in the ledger at once.
 * Throws before any copy for bad input (UsageError) or a store that can't be listed or written
 * (PreflightError, with the side and a hint); per-tag failures are reported, never thrown.
 */
async function runSync(options, hooks = {}, deps = {}) {
    const startedAt = new Date();
    const log = hooks.log ?? (() => undefined);
    const stop = listingStop(hooks.signal, options.maxDurationMs);
    await checkLocalPaths(options);
    const owned = deps.ledger ? undefined : await Ledger.load(options.stateFile, { warn: (message) => log('warning', message), readOnly: options.dryRun });
    const ledger = deps.ledger ?? owned;
    for (const spec of [options.source, options.target])
        if (spec.kind === 'registry' && spec.notice)
            log('info', spec.notice);
    const gate = new RateLimitGate(options.rateLimitFloor);
    const open = (spec, role, credentials) => openEndpoint(spec, {
        role,
        insecureRegistries: options.insecureRegistries,
        credentials,
        onRequest: deps.onRequest,
        onRetry: (message) => log('debug', `retrying: ${message}`),
        onRateLimit: gate.observe,
        connections: Math.max(8, options.blobConcurrency * 2, options.headConcurrency),
        listing: { ...options.listing, signal: stop, onSkipped: (message) => log('warning', message) },
        images: options.images,
        network: sideNetwork(options, role)
    });
    for (const notice of networkNotices(options, hooks.words ?? CLI_WORDS))
        log(notice.level, notice.message);
    const source = open(options.source, 'source', options.sourceCredentials);
    const target = open(options.target, 'target', options.targetCredentials);
    // The run's shared work (blobs, manifests, the push probe) ends with the run, not with the tag that started it.
    const scope = new WorkScope();
    const engine = await createEngine(options, source, target, log, hooks.onStreamed, scope);
    const words = hooks.words ?? CLI_WORDS;
    const adviseOnName = onceNameHint((advice) => log('warning', advice(words)));
    const images = [];
    let remaining = 0;
    let bytes = 0;
    /** Why tags are being left for the next run: the first of a rate limit, a stop or the time budget. */
    let leftBy;
    try {
        const stats = { repositories: 0, repositoriesBeforeShard: 0, tags: 0 };
        // Named images skip discovery, so check the source answers before listing each of them.
        const relatives = await preflight('source', source, async () => {
            const first = joinPath(source.namespace, options.images[0] ?? '');
            if (options.images.length > 0)
                await boundedBy(stop, options.tagTimeoutMs)(source.display, async (signal) => source.store.checkAccess?.(first, { signal }));
            const all = await discoverRepositories(source.store, source.namespace, options.images);
            stats.repositoriesBeforeShard = all.length;
            return all.filter((r) => inShard(r, options.shard));
        }).catch((error) => {
            if (!stop.aborted)
                throw error;
            log('info', 'time budget or stop reached while discovering repositories; the next run carries on');
            return [];
        });
        stats.repositories = relatives.length;
        const { repositories, collisions } = nameRepositories(relatives, {
            namespace: target.namespace,
            flatten: shouldFlatten(options.flatten, target.registry),
            separator: options.separator
        });
        for (const collision of collisions)
            log('warning', `name collision on ${collision.target}: ${collision.resolution}`);
        const listed = new Map();
        // Listing starts where the last cut-short listing stopped, and the next run is told where this one did.
        const ordered = rotateFrom(repositories, ledger.resumeAt());
        const unlisted = new Set();
        const hits = [];
        const jobs = await plan(ordered, { options, source, target, ledger, hooks, gate, stop, images, stats, listed, unlisted, hits });
        if (ordered.length > 0 && !options.dryRun)
            ledger.setResumeAt(resumePoint(ordered, unlisted));
        // The planning stop also fires while tags are copied (at half the budget): what counts for prune is whether it cut the listing.
        const listedAll = !stop.aborted;
        const verified = await verifyLedgerHits(hits, {
            mode: options.verify,
            round: () => deps.verifyRound ?? ledger.verifyRound(),
            target: target.store,
            ledger,
            limit: stoppableLimiter(options.headConcurrency, stop),
            signal: stop,
            warn: (message) => log('warning', message),
            intact: (hit) => {
                const result = tagResult(hit, 'skipped', { reason: 'ledger', durationMs: 0, landed: { targetDigest: hit.previous?.targetDigest } });
                images.push(result);
                hooks.onImage?.(result);
            },
            broken: (hit, why) => jobs.push({ ...hit, repair: why })
        });
        const empty = gate.closed || stop.aborted ? undefined : nothingSelected(stats, jobs.length + images.length, options, source.display);
        if (empty)
            throw empty;
        // Wrong target credentials or an unreachable target: one clear error before any copy, not one per tag.
        // A run with nothing to copy sends the target nothing.
        // Not under the planning stop, which may have ended planning already: the shell's signal and --tag-timeout bound the preflights.
        const preflightBound = boundedBy(hooks.signal, options.tagTimeoutMs);
        // A dry run checks it too: it is the real run minus writes.
        if (jobs.length > 0) {
            const firstTarget = repositoryPath(jobs[0].target);
            await preflight('target', target, () => preflightBound(target.display, async (signal) => target.store.checkAccess?.(firstTarget, { signal })));
        }
        // Push access is proved once, just before the first tag that needs a write: a run that finds
        // everything on the target writes nothing, and a missing push right still ends it before any
        // copy. A target repository that does not exist fails its own tags only (see TargetRepositories).
        const targetRepositories = new TargetRepositories((repository, signal) => preflight('target', target, () => boundedBy(signal, options.tagTimeoutMs)(target.display, async (bounded) => target.store.checkPush?.(repository, { signal: bounded }))), scope, jobs.length > 0 ? repositoryPath(jobs[0].target) : undefined);
        if (jobs.length > 0 && !options.dryRun)
            hooks.onCopyPhase?.();
        const tagRun = { engine, ledger, options, words, onError: adviseOnName, gate, repositories: targetRepositories, scope };
        const total = jobs.length + images.length;
        const clock = new CopyClock(jobs.length, options.concurrency);
        const progress = () => hooks.onProgress?.({ tagsTotal: total, tagsDone: images.length, bytes, elapsedMs: Date.now() - startedAt.getTime(), copy: clock.snapshot() });
        const ticker = setInterval(progress, PROGRESS_INTERVAL_MS);
        ticker.unref();
        const deadline = options.maxDurationMs === undefined ? Infinity : startedAt.getTime() + options.maxDurationMs;
        const limit = createLimiter(options.concurrency);
        const pendingPerRepo = new Map();
        for (const job of jobs)
            pendingPerRepo.set(job.repository.relative, (pendingPerRepo.get(job.repository.relative) ?? 0) + 1);
        for (const [repository, count] of pendingPerRepo)
            hooks.onRepositoryStart?.(repository, count);
        /** What ended the run early (a refusal of the first write, a ledger that can't be written): every tag in flight stops. */
        let fatal;
        /** Tags recorded in the ledger by this run's copies (copied, or found on the target). */
        let recorded = 0;
        try {
            const tasks = Promise.all(jobs.map((job) => limit(async () => {
                if (fatal)
                    return;
                if (gate.closed)
                    leftBy ??= { reason: 'rate-limit', detail: gate.reason };
                else if (hooks.signal?.aborted)
                    leftBy ??= { reason: 'signal' };
                else if (Date.now() >= deadline)
                    leftBy ??= { reason: 'budget', budgetMs: options.maxDurationMs };
                clock.start(job);
                const result = leftBy ? undefined : await copyOne(job, tagRun);
                clock.end(job, result !== undefined);
                // A tag the rate limit stopped is left too (copyOne returns nothing for it).
                if (!result && gate.closed)
                    leftBy ??= { reason: 'rate-limit', detail: gate.reason };
                if (!result) {
                    remaining++;
                }
                else {
                    bytes += result.bytes;
                    images.push(result);
                    hooks.onImage?.(result);
                    if (result.status === 'copied' || result.reason === 'target-has-it')
                        recorded++;
                    if (result.status !== 'failed' && !options.dryRun)
                        await ledger.commit();
                    progress();
                }
                const left = (pendingPerRepo.get(job.repository.relative) ?? 1) - 1;
                pendingPerRepo.set(job.repository.relative, left);
                if (left === 0)
                    hooks.onRepositoryEnd?.(job.repository.relative);
            }).catch((error) => {
                // The first fatal error ends the run: every tag in flight and all shared work stop now.
                fatal ??= { error };
                scope.end(error);
            })));
            // Every started tag settles before the run goes on; after a fatal error every tag is stopping, so the wait is bounded.
            const stopped = new Promise((resolve) => scope.signal.addEventListener('abort', () => resolve(), { once: true }));
            await Promise.race([tasks, stopped.then(() => settledWithin(tasks))]);
            if (fatal)
                throw stoppedAfter(fatal.error, recorded);
        }
        finally {
            clearInterval(ticker);
        }
        const noPlatform = remaining === 0 ? noPlatformSelected(images, options, source.display) : undefined;
        if (noPlatform)
            throw noPlatform;
        if (gate.closed)
            log('info', `rate limit reached: ${remaining} tags left for the next run (${gate.reason})`);
        else if (remaining > 0)
            log('info', `time budget or stop reached: ${remaining} tags left for the next run`);
        // Pruning looks only at repositories this run listed (or, when discovering, that are gone); a
        // listing cut short by the time budget or a stop proves nothing gone.
        const pruned = options.prune && listedAll && !gate.closed
            ? await executePrune(findPruneCandidates(ledger.entries(), {
                source: source.display,
                target: target.display,
                targetRegistry: target.registry,
                listed,
                discovered: options.images.length > 0 ? undefined : new Set(relatives),
                inScope: (repository) => inShard(repository, options.shard)
            }), target.store, ledger, { dryRun: options.dryRun, concurrency: options.concurrency })
            : undefined;
        for (const result of pruned ?? [])
            if (result.status === 'failed')
                log('warning', `prune: ${result.error}`);
        const missingRepositories = targetRepositories.names().map((repository) => joinPath(target.registry, repository));
        if (missingRepositories.length > 0)
            log('warning', `missing on the target, so their tags failed: ${missingRepositories.join(', ')}; create these repositories, then run again`);
        const report = {
            source: source.display,
            target: target.display,
            copied: images.filter((i) => i.status === 'copied').length,
            skipped: images.filter((i) => i.status === 'skipped').length,
            failed: images.filter((i) => i.status === 'failed').length,
            images: images.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)),
            collisions,
            remaining,
            ...(gate.closed ? { rateLimited: gate.reason } : {}),
            ...(remaining > 0 && leftBy ? { stop: leftBy } : {}),
            startedAt: startedAt.toISOString(),
            finishedAt: new Date().toISOString(),
            bytes,
            dryRun: options.dryRun,
            engine: options.engine,
            ...(pruned ? { pruned } : {}),
            verified,
            repaired: images.filter((i) => i.reason === 'repaired').length,
            ...(missingRepositories.length > 0 ? { missingRepositories } : {})
        };
        if (options.report)
            await writeReport(options.report, report);
        return report;
    }
    finally {
        await endRun({
            scope,
            close: () => Promise.allSettled([engine.close(), source.close(), target.close()]),
            save: options.dryRun ? undefined : () => ledger.save(),
            release: owned && (() => owned.release())
        });
    }
}
/**
 * The error a run ends with when a refusal stopped it. Before any tag was recorded it is the
 * PreflightError itself (exit 2: nothing done, fix the input); after, the run did part of its work,
 * so it says so and exits 1 as failed tags do, the recorded tags kept in the ledger.
 */
function stoppedAfter(error, recorded) {
    if (!(error instanceof PreflightError) || recorded === 0)
        return error;
    const tags = recorded === 1 ? '1 tag' : `${recorded} tags`;
    return new MirrorError(error.kind, (w) => `${error.render(w)}; the run stopped there, after ${tags} recorded in the ledger`, {
        cause: error,
        side: error.side
    });
}
/**
 * Lists and filters every repository's tags (bounded concurrency), compares each with the ledger,
 * and returns the tags to copy, new ones first; the rest goes into `run` (see PlanRun).
 */
async function plan(repositories, run) {
    const { options, source, target, ledger, hooks, gate, stop, images, stats, listed, unlisted, hits } = run;
    // Tag listings are small requests like the digest checks: the same wide window (500 repositories at
    // 50 ms took 7.9 s listed 8 at once).
    const listLimit = createLimiter(Math.max(options.concurrency, options.headConcurrency));
    const headLimit = stoppableLimiter(options.headConcurrency, stop);
    const bounded = boundedBy(stop, options.tagTimeoutMs);
    const jobs = [];
    const report = (result) => {
        images.push(result);
        hooks.onImage?.(result);
    };
    await Promise.all(repositories.map((repository) => listLimit(async () => {
        const started = Date.now();
        // Naming puts the target namespace in front of every target path.
        const targetRelative = target.namespace ? repository.target.slice(target.namespace.length + 1) : repository.target;
        const refs = (tag) => ({
            source: { registry: source.registry, namespace: source.namespace, repository: repository.relative, tag },
            target: { registry: target.registry, namespace: target.namespace, repository: targetRelative, tag }
        });
        const failRepository = (tag, error, cause) => report(tagResult({ ...refs(tag), digest: null, isNew: false }, 'failed', { error, cause, durationMs: Date.now() - started }));
        if (stop.aborted) {
            unlisted.add(repository.relative);
            return;
        }
        let listing;
        try {
            // Unlisted companions are asked for only beside digests this run copies: a ledger hit costs nothing.
            const probe = (selected) => options.referrers && !isLedgerHit(ledger, refs(selected.tag), selected.digest);
            listing = await selectRepositoryTags(source.store, joinPath(source.namespace, repository.relative), options, headLimit, probe, bounded);
        }
        catch (error) {
            if (gate.hit(error))
                return;
            if (stop.aborted) {
                unlisted.add(repository.relative);
                return;
            }
            // The line that shows this failure names the repository already (`FAILED REPOSITORY:*`); so do many errors.
            const named = joinPath(source.display, repository.relative);
            failRepository('*', errorMessage(error).replace(`${named}: `, ''), classifyFailure(error));
            return;
        }
        stats.tags += listing.listed;
        listed.set(repository.relative, new Set(listing.listedTags));
        // Deleted at the source since the listing: nothing to copy, nothing to record.
        for (const tag of listing.vanished)
            report(tagResult({ ...refs(tag), digest: null, isNew: false }, 'skipped', { reason: 'source-gone', durationMs: 0 }));
        for (const { tag, digest } of listing.selected) {
            const job = { ...refs(tag), digest, repository, isNew: false };
            const entry = ledger.get(formatTagRef(job.source));
            if (entry && isLedgerHit(ledger, job, digest)) {
                hits.push({ ...job, previous: entry });
            }
            else {
                job.isNew = !entry;
                job.previous = entry;
                jobs.push(job);
            }
        }
    })));
    if (unlisted.size > 0) {
        hooks.log?.('info', `time budget or stop reached while listing: ${unlisted.size} repositories not listed; the next run starts with them`);
    }
    const order = (job) => `${job.isNew ? 0 : 1}${formatTagRef(job.source)}`;
    return jobs.sort((a, b) => (order(a) < order(b) ? -1 : 1));
}
/** True when the ledger holds this tag at this digest, mirrored to this target: nothing to ask or copy. */
function isLedgerHit(ledger, tag, digest) {
    const entry = ledger.get(formatTagRef(tag.source));
    return entry !== undefined && entry.digest === digest && entry.target === formatTagRef(tag.target);
}
/** What a dry run would do with a tag, and why in words. */
function plannedAction(job) {
    if (job.repair !== undefined)
        return { planned: 'repair', why: job.repair };
    const previous = job.previous;
    if (!previous)
        return { planned: 'copy', why: 'new tag' };
    if (previous.digest !== job.digest)
        return { planned: 'update', why: `source moved from ${previous.digest}` };
    return { planned: 'update', why: `target changed from ${previous.target}` };
}
/**
 * Copies one planned tag (or finds the target already has it), records it, and throws only when the
 * target refuses the run's first write (a PreflightError); other failures are told to `run.onError`.
 * Undefined when a rate limit or the run's early end stopped it: the tag is left for the next run.
 * The tag's signal ends at its deadline (`--tag-timeout`), when the run ends early, and when the tag
 * is done: shared work it was still waiting for then goes on only for the tags that wait for it.
 */
async function copyOne(planned, run) {
    const { engine, ledger, options, words, onError, gate, repositories, scope } = run;
    const started = Date.now();
    const job = copyJobOf(planned);
    const done = new AbortController();
    const { signal } = deadlineSignal(options.tagTimeoutMs, [scope.signal, done.signal]);
    const end = (status, ending) => tagResult(planned, status, { ...ending, durationMs: Date.now() - started });
    // The engine's work for this tag, counted as the run's until it settles (it may outlive a tag that timed out).
    const tracked = (work) => {
        scope.track(work);
        return untilAborted(work, signal);
    };
    try {
        const present = planned.isNew ? await tracked(engine.targetHas(job, signal)) : undefined;
        if (present) {
            ledger.record({ source: job.sourceRef, digest: job.digest, target: job.targetRef, ...landedFields(present, job.digest) });
            return end('skipped', { reason: 'target-has-it', landed: { targetDigest: present.targetDigest } });
        }
        if (options.dryRun) {
            const skip = engine.wouldSkip && (await tracked(engine.wouldSkip(job, signal)));
            if (skip)
                return end('skipped', { reason: skip.skipped, landed: { platforms: skip.platforms } });
            return { ...end('skipped', { reason: 'dry-run' }), ...plannedAction(planned) };
        }
        await repositories.writable(job.targetRepository, signal);
        const outcome = await tracked(engine.copy(job, signal));
        if (outcome.skipped)
            return end('skipped', { reason: outcome.skipped, landed: { platforms: outcome.platforms } });
        const landed = landedFields(outcome, job.digest);
        ledger.record({ source: job.sourceRef, digest: job.digest, target: job.targetRef, ...landed });
        if (outcome.graph)
            ledger.addNodes(outcome.graph);
        return end('copied', {
            bytes: outcome.bytes,
            landed,
            convertedFrom: outcome.convertedFrom,
            referrers: outcome.referrers,
            reason: planned.repair === undefined ? undefined : 'repaired'
        });
    }
    catch (error) {
        // The run ended early (another tag's fatal error): this tag is not a failure of its own.
        if (scope.signal.aborted)
            return undefined;
        // No push right: the whole run ends (before any copy: exit 2), not one failure per tag.
        if (error instanceof PreflightError)
            throw error;
        if (gate.hit(error))
            return undefined;
        if (signal.aborted) {
            // Its own deadline: whatever was in flight was cut by it, so the side of that is no cause.
            const what = error === signal.reason ? '' : `: ${errorMessage(error, words)}`;
            return end('failed', { error: `timed out after ${options.tagTimeoutMs} ms${what}`, cause: classifyFailure(undefined, true) });
        }
        // Deleted at the source since the listing: skipped, not recorded.
        if (isSourceGone(error, job))
            return end('skipped', { reason: 'source-gone' });
        repositories.note(job.targetRepository, error);
        onError(error);
        return end('failed', { error: errorMessage(error, words), cause: classifyFailure(error) });
    }
    finally {
        done.abort();
    }
}

/**
 * Runs the mirrors of a config file one after the other with one ledger (the run-wide
 * `state-file`, a section per mirror keyed by its id) and one time budget, and writes one report:
 * the totals and every tag of all mirrors, plus `mirrors`, each mirror's report. A mirror that fails as a whole (its source can't
 * be listed, say) counts as one failure and the next one still runs; a stop signal ends the run.
 */
async function runMirrors(entries, hooks = {}, deps = {}, words) {
    const shared = entries[0].options;
    for (const entry of entries)
        await checkLocalPaths(entry.options);
    const ledger = deps.ledger ?? (await Ledger.load(shared.stateFile, { warn: (message) => hooks.log?.('warning', message), readOnly: shared.dryRun }));
    try {
        return await runAll(entries, ledger, hooks, deps, words);
    }
    finally {
        if (!deps.ledger)
            await ledger.release();
    }
}
async function runAll(entries, ledger, hooks, deps, words) {
    const startedAt = new Date();
    const shared = entries[0].options;
    const deadline = shared.maxDurationMs === undefined ? undefined : startedAt.getTime() + shared.maxDurationMs;
    const mirrors = [];
    for (const entry of entries) {
        const options = { ...entry.options, report: undefined, maxDurationMs: deadline === undefined ? undefined : Math.max(1, deadline - Date.now()) };
        if (hooks.signal?.aborted)
            break;
        hooks.log?.('info', `mirror ${mirrorHeading(entry.name, options.source.display, options.target.display)}`);
        try {
            mirrors.push({ name: entry.name, ...(await runSync(options, hooks, { ...deps, ledger: ledger.section(entry.name) })) });
        }
        catch (error) {
            const message = errorMessage(error, words);
            hooks.log?.('error', `mirror ${entry.name}: ${message}`);
            const now = new Date();
            const run = { source: options.source.display, target: options.target.display, dryRun: options.dryRun, engine: options.engine };
            mirrors.push({ name: entry.name, ...failedRunReport(run, message, now, now) });
        }
    }
    const sum = (field) => mirrors.reduce((total, m) => total + m[field], 0);
    const pruned = mirrors.flatMap((m) => m.pruned ?? []);
    const missingRepositories = [...new Set(mirrors.flatMap((m) => m.missingRepositories ?? []))].sort();
    const report = {
        source: mirrors.map((m) => m.source).join(', '),
        target: mirrors.map((m) => m.target).join(', '),
        copied: sum('copied'),
        skipped: sum('skipped'),
        failed: sum('failed'),
        images: mirrors.flatMap((m) => m.images),
        collisions: mirrors.flatMap((m) => m.collisions),
        remaining: sum('remaining'),
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        bytes: sum('bytes'),
        dryRun: shared.dryRun,
        engine: shared.engine,
        ...(mirrors.some((m) => m.pruned) ? { pruned } : {}),
        verified: mirrors.reduce((total, m) => total + (m.verified ?? 0), 0),
        repaired: mirrors.reduce((total, m) => total + (m.repaired ?? 0), 0),
        ...(missingRepositories.length > 0 ? { missingRepositories } : {}),
        mirrors
    };
    if (!shared.dryRun)
        await ledger.save();
    if (shared.report)
        await writeReport(shared.report, report);
    return report;
}

/** How much the CLI logs to stderr: each level includes the ones before it. */
const LOG_LEVELS = ['error', 'warn', 'info', 'debug'];
/** How the CLI writes its lines: `text` for people, `json` one object a line for log collectors. */
const LOG_FORMATS = ['text', 'json'];
/** The shells `gcr-mirror completion` writes a script for. */
const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'];
/** Flags of the CLI alone; the sync options come from the option table. */
const CLI_FLAGS = {
    config: {
        type: 'string',
        file: true,
        help: 'YAML file of several mirrors (defaults, then a list of mirrors with their own options); see README'
    },
    'source-password-stdin': { type: 'boolean', help: 'read the source password or token from stdin (as docker login --password-stdin)' },
    'target-password-stdin': { type: 'boolean', help: 'read the target password or token from stdin (as docker login --password-stdin)' },
    'log-level': { type: 'string', choices: LOG_LEVELS, help: `what goes to stderr: ${LOG_LEVELS.join(', ')} (default: info)` },
    verbose: { type: 'boolean', short: 'v', help: 'same as --log-level debug' },
    'log-format': { type: 'string', choices: LOG_FORMATS, help: 'text, or json: one JSON object a line, for log collectors (default: text)' },
    quiet: { type: 'boolean', help: 'no progress lines' },
    help: { type: 'boolean', short: 'h', help: 'show this help' },
    version: { type: 'boolean', help: 'print the version' }
};
/** Every flag: the option table's (lists repeatable), then the CLI's own. */
const FLAGS = {
    ...Object.fromEntries(OPTION_TABLE.map((option) => [
        option.name,
        {
            type: option.kind === 'flag' ? 'boolean' : 'string',
            ...(option.kind === 'list' || option.kind === 'lines' ? { multiple: true } : {}),
            ...(option.choices ? { choices: option.choices } : {}),
            ...(option.file ? { file: true } : {}),
            help: option.default && option.kind !== 'flag' ? `${option.help} (default: ${option.default})` : option.help
        }
    ])),
    ...CLI_FLAGS
};
/** The widest `--help` line: it reads in a terminal of 100 columns without wrapping. */
const HELP_WIDTH = 100;
/** `text` cut into lines of at most `width` characters at spaces (a longer word stays whole). */
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else {
            line = line ? `${line} ${word}` : word;
        }
    }
    return [...lines, line];
}
/** The CLI's help text, at most HELP_WIDTH columns: usage, commands, every flag, every exit status. */
function helpText() {
    const column = 30;
    const flagLines = Object.entries(FLAGS).flatMap(([name, flag]) => {
        const left = `  ${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.type === 'string' ? ' VALUE' : ''}`;
        const [first, ...rest] = wrap(flag.help, HELP_WIDTH - column);
        const head = left.length < column ? [`${left.padEnd(column)}${first}`] : [left, `${' '.repeat(column)}${first}`];
        return [...head, ...rest.map((line) => `${' '.repeat(column)}${line}`)];
    });
    const paragraph = (text) => wrap(text, HELP_WIDTH);
    return [
        'Usage: gcr-mirror sync --source REGISTRY/NAMESPACE --target REGISTRY/NAMESPACE [options]',
        '       gcr-mirror sync --config FILE [options]',
        `       gcr-mirror completion ${COMPLETION_SHELLS.join('|')}`,
        '',
        ...paragraph('Mirrors every selected tag of a registry namespace, keeping digests, copying only what changed.'),
        '',
        'Commands:',
        `  ${'sync'.padEnd(column - 2)}mirror (the options below)`,
        `  ${'completion SHELL'.padEnd(column - 2)}print a completion script: source <(gcr-mirror completion bash)`,
        '',
        'Options:',
        ...flagLines,
        '',
        ...paragraph(`Booleans: --FLAG, or --FLAG=VALUE and valued options with ${BOOLEAN_SPELLINGS}. Durations take a unit: 45s, 90m, 5h, 1h30m.`),
        '',
        'Exit status:',
        '  0    every selected tag is mirrored',
        '  1    some tags failed (the others are done and recorded), or the run selected no tag',
        '  2    bad usage or input, or a registry refused the run, before any copy',
        '  130  stopped by SIGINT (Ctrl-C); finished tags are recorded',
        '  143  stopped by SIGTERM; finished tags are recorded'
    ].join('\n');
}
/**
 * Takes `--FLAG=VALUE` of boolean flags out of argv (node's parseArgs takes no value for a boolean),
 * VALUE in the one grammar of every shell ({@link parseBoolean}); anything else is refused naming it.
 */
function booleanAssignments(argv) {
    const args = [];
    const given = [];
    for (const [i, arg] of argv.entries()) {
        if (arg === '--') {
            args.push(...argv.slice(i));
            break;
        }
        const match = /^--([^=]+)=([\s\S]*)$/.exec(arg);
        if (!match || FLAGS[match[1]]?.type !== 'boolean') {
            args.push(arg);
            continue;
        }
        const [, name, text] = match;
        const value = parseBoolean(text);
        if (value === undefined)
            throw new UsageError(`--${name}=${quoted(text, 40)}: expected --${name} or --${name}=VALUE, VALUE ${BOOLEAN_SPELLINGS}`);
        given.push([name, value]);
    }
    return { args, given };
}
/** Refuses a flag that takes one value given more than once (list flags may repeat: `--images a --images b`). */
function assertNotRepeated(tokens, given) {
    const counts = new Map();
    for (const name of [...tokens.filter((t) => t.kind === 'option').map((t) => t.name), ...given.map(([name]) => name)]) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    for (const [name, count] of counts) {
        if (count > 1 && !FLAGS[name]?.multiple) {
            throw new UsageError(`--${name} is given ${count} times; it takes one value (only list options such as --images may repeat)`);
        }
    }
}
/** Parses `sync [options]`; throws UsageError for unknown commands or flags, a bad boolean value, or a one-value flag repeated. */
function parseCli(argv) {
    let values;
    let positionals;
    const { args, given } = booleanAssignments(argv);
    try {
        const options = Object.fromEntries(Object.entries(FLAGS).map(([name, flag]) => [
            name,
            { type: flag.type, ...('multiple' in flag ? { multiple: true } : {}), ...('short' in flag ? { short: flag.short } : {}) }
        ]));
        const parsed = parseArgs({ args, options: options, allowPositionals: true, strict: true, tokens: true });
        ({ values, positionals } = parsed);
        assertNotRepeated(parsed.tokens, given);
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        throw new UsageError(`${parseArgsMessage(error)}; see gcr-mirror --help`);
    }
    for (const [name, value] of given)
        values[name] = value;
    const output = cliOutput(values);
    if (values.help)
        return { command: 'help', options: {}, ...output };
    if (values.version)
        return { command: 'version', options: {}, ...output };
    const [command, ...extra] = positionals;
    if (command === 'completion')
        return { command: 'completion', options: {}, shell: completionShell(extra), ...output };
    if (command !== 'sync') {
        const guess = command && closest(command, ['sync', 'completion']);
        throw new UsageError(command
            ? `unknown command ${quoted(command, 40)}: expected sync${guess ? ` (did you mean ${guess}?)` : ''}; see gcr-mirror --help`
            : 'missing command: gcr-mirror sync --source ... --target ...; see --help');
    }
    if (extra.length)
        throw new UsageError(`unexpected argument ${quoted(extra[0], 40)}; options start with --, see gcr-mirror --help`);
    const options = Object.fromEntries(OPTION_TABLE.map((option) => [option.key, values[option.name]]));
    return {
        command: 'sync',
        ...output,
        ...(typeof values.config === 'string' ? { config: values.config } : {}),
        ...passwordStdin(values, options),
        options
    };
}
/** `--quiet`, `--log-level` (or `-v`) and `--log-format`, checked. */
function cliOutput(values) {
    const pick = (name, allowed, fallback) => {
        const value = values[name];
        if (typeof value !== 'string')
            return fallback;
        const word = value.trim().toLowerCase();
        if (!allowed.includes(word))
            throw new UsageError(`--${name} ${quoted(value, 40)}: expected one of ${allowed.join(', ')}`);
        return word;
    };
    const level = pick('log-level', LOG_LEVELS, 'info');
    if (values.verbose === true && typeof values['log-level'] === 'string' && level !== 'debug') {
        throw new UsageError(`-v (--verbose) means --log-level debug; it does not go with --log-level ${level}`);
    }
    return { quiet: values.quiet === true, logLevel: values.verbose === true ? 'debug' : level, logFormat: pick('log-format', LOG_FORMATS, 'text') };
}
/** `--SIDE-password-stdin`: stdin holds one password, so one side, and not beside `--SIDE-password`. */
function passwordStdin(values, options) {
    const sides = ['source', 'target'].filter((side) => values[`${side}-password-stdin`] === true);
    if (sides.length === 0)
        return {};
    if (sides.length > 1) {
        throw new UsageError('--source-password-stdin and --target-password-stdin do not go together: stdin holds one password (give the other with GCR_MIRROR_*_PASSWORD)');
    }
    const side = sides[0];
    if (options[`${side}Password`])
        throw new UsageError(`--${side}-password and --${side}-password-stdin do not go together: give the password once`);
    return { passwordStdin: side };
}
/** The shell of `completion SHELL`. */
function completionShell(args) {
    const [shell, ...extra] = args;
    if (!shell || !COMPLETION_SHELLS.includes(shell)) {
        throw new UsageError(`completion ${shell ? quoted(shell, 40) : 'needs a shell'}: expected completion ${COMPLETION_SHELLS.join('|')}`);
    }
    if (extra.length)
        throw new UsageError(`unexpected argument ${quoted(extra[0], 40)} after completion ${shell}`);
    return shell;
}
/** node:util parseArgs errors, shortened to what the user typed wrong. */
function parseArgsMessage(error) {
    const option = /'(-[^']*)'/.exec(error.message)?.[1];
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
        const guess = option.startsWith('--') ? closest(option.slice(2).split('=')[0], Object.keys(FLAGS)) : undefined;
        return `unknown option ${printable(option)}${guess ? ` (did you mean --${guess}?)` : ''}`;
    }
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
        return /ambiguous/.test(error.message) ? `${option} needs a value; write ${option}=VALUE for values starting with -` : `${option} needs a value`;
    }
    return error.message.split('\n')[0].replace(/\.$/, '');
}

/** The commands the CLI takes, for completion. */
const COMMANDS = ['sync', 'completion'];
/** A flag's help cut to its first clause: completion menus show one short line. */
function summary(flag) {
    const text = flag.help
        .split(';')[0]
        .replace(/\s*\([^)]*\)/g, '')
        .trim();
    return text.length > 70 ? `${text.slice(0, 69)}\u2026` : text;
}
/** Every flag as completion sees it: `--name` (and `-x`), what its value completes to. */
function flags() {
    return Object.entries(FLAGS).map(([name, flag]) => ({ name, flag }));
}
function bash() {
    const cases = flags()
        .filter(({ flag }) => flag.type === 'string')
        .map(({ name, flag }) => {
        const reply = flag.choices
            ? `COMPREPLY=($(compgen -W "${flag.choices.join(' ')}" -- "$cur"))`
            : flag.file
                ? 'COMPREPLY=($(compgen -f -- "$cur"))'
                : 'COMPREPLY=()';
        return `    --${name}) ${reply}; return ;;`;
    });
    const words = flags().flatMap(({ name, flag }) => [`--${name}`, ...(flag.short ? [`-${flag.short}`] : [])]);
    return [
        '# bash completion for gcr-mirror: source <(gcr-mirror completion bash)',
        '_gcr_mirror() {',
        '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
        '  if [ "$COMP_CWORD" -eq 1 ]; then',
        `    COMPREPLY=($(compgen -W "${COMMANDS.join(' ')} --help --version" -- "$cur")); return`,
        '  fi',
        '  if [ "${COMP_WORDS[1]}" = completion ]; then',
        `    COMPREPLY=($(compgen -W "${COMPLETION_SHELLS.join(' ')}" -- "$cur")); return`,
        '  fi',
        '  case "$prev" in',
        ...cases,
        '  esac',
        `  COMPREPLY=($(compgen -W "${words.join(' ')}" -- "$cur"))`,
        '}',
        'complete -F _gcr_mirror gcr-mirror',
        ''
    ].join('\n');
}
/** Text inside a zsh `_arguments` spec in single quotes: brackets and colons escaped. */
const zshText = (text) => text.replace(/'/g, `'\\''`).replace(/([[\]:\\])/g, '\\$1');
function zsh() {
    const specs = flags().map(({ name, flag }) => {
        const names = flag.short ? `(-${flag.short} --${name})'{-${flag.short},--${name}}'` : `--${name}`;
        const action = flag.type === 'boolean' ? '' : `:${name}:${flag.choices ? `(${flag.choices.join(' ')})` : flag.file ? '_files' : ' '}`;
        return `    '${flag.multiple ? '*' : ''}${names}[${zshText(summary(flag))}]${action}'`;
    });
    return [
        '#compdef gcr-mirror',
        '# zsh completion for gcr-mirror: source <(gcr-mirror completion zsh), or save as _gcr-mirror in $fpath',
        '_gcr_mirror() {',
        '  _arguments -s \\',
        `    '1:command:(${COMMANDS.join(' ')})' \\`,
        `    '2:shell:(${COMPLETION_SHELLS.join(' ')})' \\`,
        specs.join(' \\\n'),
        '}',
        'compdef _gcr_mirror gcr-mirror',
        ''
    ].join('\n');
}
/** Text inside a fish single-quoted string. */
const fishText = (text) => text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
function fish() {
    const lines = flags().map(({ name, flag }) => {
        const short = flag.short ? ` -s ${flag.short}` : '';
        const value = flag.type === 'boolean' ? '' : flag.choices ? ` -x -a '${flag.choices.join(' ')}'` : flag.file ? ' -r -F' : ' -x';
        return `complete -c gcr-mirror${short} -l ${name}${value} -d '${fishText(summary(flag))}'`;
    });
    return [
        '# fish completion for gcr-mirror: gcr-mirror completion fish | source',
        'complete -c gcr-mirror -f',
        `complete -c gcr-mirror -n __fish_use_subcommand -a '${COMMANDS.join(' ')}'`,
        `complete -c gcr-mirror -n '__fish_seen_subcommand_from completion' -a '${COMPLETION_SHELLS.join(' ')}'`,
        ...lines,
        ''
    ].join('\n');
}
/** The completion script for `shell`, generated from the CLI's flags (the option table and the CLI's own). */
function completionScript(shell) {
    return { bash, zsh, fish }[shell]();
}

/** Clears the terminal line the cursor is on. */
const CLEAR = '\r\x1b[K';
/** A terminal redraws the live line at most this often. */
const REDRAW_MS = 100;
/**
 * Renders progress and log lines on a stream. On a terminal: one live line rewritten in place,
 * cut to the terminal's width (a wrapped line could not be cleared), and every log line printed on
 * its own line: the live line is cleared, the log line printed, the live line drawn again. Anywhere
 * else (CI logs, files, pipes): plain lines with no escape codes, progress at most every
 * `intervalMs`. With `quiet`, no progress at all. Log lines are shown through `forDisplay` (secrets
 * redacted, control characters escaped): a registry's text cannot drive the terminal.
 */
function createProgressRenderer(stream, options = {}) {
    const intervalMs = options.intervalMs ?? 10_000;
    const now = options.now ?? Date.now;
    const live = stream.isTTY === true;
    let last = -Infinity;
    let line;
    const fit = (text) => {
        // A terminal that reports no size (0 columns, as a pseudo-terminal may) is taken as 80 wide.
        const width = (stream.columns || 80) - 1;
        return text.length > width ? `${text.slice(0, Math.max(width - 1, 0))}\u2026` : text;
    };
    return {
        update(progress) {
            if (options.quiet)
                return;
            const at = now();
            if (at - last < (live ? REDRAW_MS : intervalMs))
                return;
            last = at;
            if (live) {
                line = fit(progressLine(progress));
                stream.write(`${CLEAR}${line}`);
            }
            else {
                stream.write(`${progressLine(progress)}\n`);
            }
        },
        log(raw) {
            const text = forDisplay(raw);
            if (line === undefined) {
                stream.write(`${text}\n`);
                return;
            }
            stream.write(`${CLEAR}${text}\n${line}`);
        },
        done() {
            if (line !== undefined)
                stream.write(CLEAR);
            line = undefined;
        }
    };
}

const RANK = Object.fromEntries(LOG_LEVELS.map((level, i) => [level, i]));
const LEVEL_OF = { debug: 'debug', info: 'info', warning: 'warn', error: 'error' };
/** One JSON object a line, secrets redacted (JSON escapes control characters itself). */
function jsonLine(level, message, fields = {}, now = new Date()) {
    return redact(JSON.stringify({ time: now.toISOString(), level, message, ...fields }));
}
/**
 * The CLI's stderr: `--log-level` drops what is below it (progress counts as info), `--log-format
 * json` writes each line as one JSON object (`time`, `level`, `message`, and fields such as the
 * failed tag's `source`, `error`, `cause`) and progress as a `progress` object every `intervalMs`.
 */
function createCliLog(stream, output, options = {}) {
    const shown = (level) => RANK[level] <= RANK[output.logLevel];
    const quiet = output.quiet || !shown('info');
    if (output.logFormat === 'text') {
        const renderer = createProgressRenderer(stream, { quiet, intervalMs: options.intervalMs, now: options.now });
        return {
            log: (level, message) => {
                if (shown(LEVEL_OF[level]))
                    renderer.log(`${level === 'info' ? '' : `${level}: `}${message}`);
            },
            failed: (image) => {
                if (shown('error'))
                    renderer.log(`failed ${image.source}: ${image.error}`);
            },
            update: (progress) => renderer.update(progress),
            done: () => renderer.done()
        };
    }
    const now = options.now ?? Date.now;
    const intervalMs = options.intervalMs ?? 10_000;
    let last = -Infinity;
    const write = (level, message, fields) => {
        stream.write(`${jsonLine(level, message, fields, new Date(now()))}\n`);
    };
    return {
        log: (level, message, fields) => {
            if (shown(LEVEL_OF[level]))
                write(LEVEL_OF[level], message, fields);
        },
        failed: (image) => write('error', `failed ${image.source}: ${image.error}`, { source: image.source, error: image.error, cause: image.cause }),
        update: (progress) => {
            if (quiet || now() - last < intervalMs)
                return;
            last = now();
            write('info', progressLine(progress), { progress });
        },
        done: () => undefined
    };
}

/** A password is short: more than this on stdin is not one. */
const MAX_BYTES = 64 * 1024;
/** Stdin that stays open without an end (a pipe whose writer hangs) is given up after this long. */
const WAIT_MS = 30_000;
/**
 * Reads a password or token from stdin, as `docker login --password-stdin` does: everything up to
 * the end of input, the trailing line break dropped. A terminal (nothing piped in), empty input,
 * input longer than 64 KiB or no end within 30 s is a UsageError naming `flag`.
 */
async function readStdinSecret(stream, flag, waitMs = WAIT_MS) {
    if (stream.isTTY)
        throw new UsageError(`${flag}: stdin is a terminal; pipe the password in, e.g. printf %s "$TOKEN" | gcr-mirror sync ... ${flag}`);
    const chunks = [];
    let size = 0;
    const text = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new UsageError(`${flag}: stdin did not end within ${waitMs / 1000} s; pipe the password in and close it`)), waitMs);
        const finish = (error) => {
            clearTimeout(timer);
            stream.off('data', onData);
            stream.off('end', onEnd);
            stream.off('error', onError);
            stream.pause();
            if (error)
                reject(error);
            else
                resolve(Buffer.concat(chunks).toString('utf8'));
        };
        const onData = (chunk) => {
            const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
            size += buffer.length;
            if (size > MAX_BYTES)
                return finish(new UsageError(`${flag}: stdin holds more than ${MAX_BYTES / 1024} KiB; expected one password or token`));
            chunks.push(buffer);
        };
        const onEnd = () => finish();
        const onError = (error) => finish(new UsageError(`${flag}: stdin cannot be read (${error.message})`));
        stream.on('data', onData);
        stream.on('end', onEnd);
        stream.on('error', onError);
        stream.resume();
    });
    const password = text.replace(/\r?\n$/, '');
    if (!password)
        throw new UsageError(`${flag}: stdin is empty; expected the password or token`);
    return password;
}

/** Writes lines to stdout as `forDisplay` shows them, or each line as a JSON object with `--log-format json`. */
function out(text, format = 'text') {
    if (format === 'json')
        for (const line of text.split('\n'))
            process.stdout.write(`${jsonLine('info', line)}\n`);
    else
        process.stdout.write(`${forDisplay(text)}\n`);
}
/**
 * Runs the CLI with `argv` (without node and script) and resolves to the exit status. Writes the
 * summary to stdout, progress and errors to stderr, every line through `forDisplay` (secrets
 * redacted, control characters escaped). SIGINT/SIGTERM stop new work; the ledger, saved after
 * every finished tag, stays valid; a second signal, or 10 s, ends the process at once.
 */
async function runCli(argv, env = process.env, stdin = process.stdin) {
    let stopSignal;
    const controller = new AbortController();
    // GCR_MIRROR_DEBUG (a boolean) is --log-level debug for runs that cannot change their command line.
    const debugEnv = parseBoolean(env.GCR_MIRROR_DEBUG ?? '') === true;
    let output = { quiet: true, logLevel: debugEnv ? 'debug' : 'info', logFormat: 'text' };
    // Every stderr line goes through the log, so none is lost under the live progress line.
    let progress = createCliLog(process.stderr, output);
    const onSignal = (signal) => {
        if (stopSignal)
            exitBySignal(signal);
        stopSignal = signal;
        progress.log('info', `${signal}: finishing tags in flight, starting no new ones (send again to exit now)`);
        controller.abort();
        // The last resort: whatever the run is waiting on (a FIFO, a hung mount), it ends within seconds.
        setTimeout(() => exitBySignal(signal), HARD_EXIT_MS).unref();
    };
    const startedAt = new Date();
    /** What is known of the run when it fails early: its raw options, then its validated ones. */
    let known = {};
    try {
        const cli = parseCli(argv);
        known = { raw: cli.options };
        output = { quiet: cli.quiet, logLevel: debugEnv && cli.logLevel === 'info' ? 'debug' : cli.logLevel, logFormat: cli.logFormat };
        if (cli.command === 'completion') {
            process.stdout.write(completionScript(cli.shell));
            return ExitCode.Ok;
        }
        if (cli.command === 'help') {
            out(helpText());
            return ExitCode.Ok;
        }
        if (cli.command === 'version') {
            process.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
            return ExitCode.Ok;
        }
        if (cli.passwordStdin) {
            cli.options[`${cli.passwordStdin}Password`] = await readStdinSecret(stdin, `--${cli.passwordStdin}-password-stdin`);
        }
        // The YAML parser is loaded only for --config (a chunk of its own in the bundle).
        const entries = cli.config ? await (await import('./chunks/cli-config-file.js')).loadConfig(cli.config, cli.options, env, CLI_WORDS) : undefined;
        const options = entries ? undefined : parseSyncOptions(cli.options, env);
        known = { raw: cli.options, options: options ?? entries?.[0].options };
        progress = createCliLog(process.stderr, output);
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
        const hooks = {
            signal: controller.signal,
            log: (level, message) => progress.log(level, message),
            onImage: (image) => {
                if (image.status === 'failed')
                    progress.failed(image);
            },
            onProgress: cli.quiet ? undefined : (p) => progress.update(p),
            onCopyPhase: heapForCopies,
            onStreamed: youngCollections()
        };
        const version = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
        progress.log('debug', `gcr-mirror ${version} on Node.js ${process.version}`);
        // -v shows every request (without its query: upload locations can hold signed tokens).
        const deps = output.logLevel === 'debug'
            ? { onRequest: (r) => progress.log('debug', `${r.method} ${r.url.split('?')[0]} ${r.status}`) }
            : {};
        const report = entries ? await runMirrors(entries, hooks, deps) : await runSync(options, hooks, deps);
        progress.done();
        const parts = 'mirrors' in report ? report.mirrors : [{ name: '', ...report }];
        for (const part of parts) {
            if (part.dryRun)
                out(formatPlan(part), output.logFormat);
            out(formatSummary(part), output.logFormat);
            if (part.error)
                out(`  FAILED ${part.name}: ${part.error}`, output.logFormat);
        }
        if (stopSignal)
            return stopSignal === 'SIGINT' ? ExitCode.Interrupted : ExitCode.Terminated;
        return report.failed > 0 ? ExitCode.TagsFailed : ExitCode.Ok;
    }
    catch (error) {
        // Bad input and failures before the first copy (PreflightError) exit 2, anything later 1.
        progress.done();
        const code = exitCodeOf(error);
        await reportEarlyFailure(known, error, startedAt);
        const stack = code !== ExitCode.Usage && output.logLevel === 'debug' ? String(error.stack) : undefined;
        if (output.logFormat === 'json') {
            process.stderr.write(`${jsonLine('error', errorMessage(error), { exitCode: code, ...(stack ? { stack } : {}) })}\n`);
        }
        else {
            process.stderr.write(`${forDisplay(`gcr-mirror: ${errorMessage(error)}`)}\n`);
            if (stack)
                process.stderr.write(`${forDisplay(stack)}\n`);
        }
        return code;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
/**
 * Writes `--report` for a run that ended before it had a report (bad input, refused credentials,
 * an unreachable registry): the one-line error, no tag, one failure; skipped when the report path
 * itself is what was wrong with the input.
 */
async function reportEarlyFailure(known, error, startedAt) {
    const { raw, options } = known;
    if (error instanceof UsageError && /--report\b/.test(errorMessage(error)))
        return;
    const run = {
        source: options?.source.display ?? raw?.source,
        target: options?.target.display ?? raw?.target,
        dryRun: options?.dryRun,
        engine: options?.engine
    };
    await writeFailedRunReport(options?.report ?? raw?.report, failedRunReport(run, errorMessage(error), startedAt), options?.stateFile ?? raw?.stateFile);
}

// undici parses HTTP with llhttp compiled to WebAssembly; V8's optimising tier compiles that module
// in the background on the first request, which costs ~35 MB of peak RSS and CPU for no gain in a
// short-lived CLI. The baseline compiler alone is enough.
setFlagsFromString('--liftoff-only');
heapForChecks();
process.exitCode = await runCli(process.argv.slice(2));
