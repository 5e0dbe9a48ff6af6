import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

import { g as getState, i as info, w as warning } from './chunks/post-core.js';
import { randomBytes, createHash } from 'node:crypto';
import { resolve, dirname, join, basename } from 'node:path';
import { utimes, readFile, unlink, open, stat, lstat, readlink, readdir, rm, mkdir, rename } from 'node:fs/promises';
import { readFileSync, unlinkSync, realpathSync, constants } from 'node:fs';
import { hostname, homedir } from 'node:os';
import { setTimeout } from 'node:timers/promises';
import { isAscii, isUtf8 } from 'node:buffer';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:module';
import 'string_decoder';
import 'child_process';
import 'timers';

/**
 * `@actions/cache`, loaded on first use: with the Azure SDK it brings, it is the largest part of the
 * action's bundle (a chunk of its own, dist/chunks/index-cache.js), and a run with `cache: false` or
 * a dry run never needs it.
 */
const cache = () => import('./chunks/post-cache.js');
/**
 * `@actions/cache` as the ledger uses it. `npx @github/local-action` replaces the module with stubs
 * that have no `isFeatureAvailable` and keep entries in the folder `LOCAL_ACTION_CACHE_PATH` names:
 * there the cache is available when that folder (and `LOCAL_ACTION_WORKSPACE`) is set.
 */
const actionsCache = {
    isFeatureAvailable: async () => {
        const { isFeatureAvailable } = await cache();
        return typeof isFeatureAvailable === 'function' ? isFeatureAvailable() : Boolean(process.env.LOCAL_ACTION_CACHE_PATH && process.env.LOCAL_ACTION_WORKSPACE);
    },
    restoreCache: async (paths, primaryKey, restoreKeys) => (await cache()).restoreCache(paths, primaryKey, restoreKeys),
    saveCache: async (paths, key) => (await cache()).saveCache(paths, key)
};

/** A file being written by its creator (created, not yet filled) is not stale before this. */
const FILLING_MS = 10_000;
/** How often a waiter looks again. */
const POLL_MS = 25;
const thisHost = hostname();
/** The locks this process holds, by path: taking one again shares it (counted). */
const held = new Map();
let exitHook = false;
/**
 * A lock file (`PATH.lock`): created with O_EXCL holding the pid, host and start time of its holder.
 * A lock whose holder is gone is stale and taken over: on this host when its pid is dead or now
 * names another process (its start time differs), from another host when its file has not been
 * refreshed within `staleMs`. Taking over goes through a second short lock (`PATH.lock.takeover`),
 * so two runs finding the same stale lock never both get it. Held locks are removed at process exit.
 */
class LockFile {
    path;
    holder;
    refresh;
    count = 1;
    constructor(path, holder) {
        this.path = path;
        this.holder = holder;
    }
    /**
     * Takes the lock at `path`, or returns the live holder that has it (after waiting up to `waitMs`).
     * A lock this process already holds is shared: it is removed when every taker has released it.
     */
    static async acquire(path, options) {
        const mineAlready = held.get(path);
        if (mineAlready) {
            mineAlready.count++;
            return mineAlready;
        }
        const deadline = Date.now() + (options.waitMs ?? 0);
        // Bounded even when a stale lock cannot be removed (a directory in its way, say).
        const giveUp = deadline + FILLING_MS;
        for (;;) {
            const mine = await create(path);
            if (mine)
                return LockFile.held(path, mine, options.staleMs);
            const found = await inspect(path, options.staleMs);
            if (found.stale && Date.now() < giveUp) {
                if (await takeOver(path, found.token, options.staleMs))
                    options.onStale?.(found.holder, found.stale);
                continue;
            }
            if (found.missing && Date.now() < giveUp)
                continue;
            if (Date.now() >= deadline)
                return found.holder ?? unknownHolder();
            await setTimeout(POLL_MS);
        }
    }
    /** Runs `task` holding the lock at `path`; throws `busy(holder)` when a live holder keeps it past `waitMs`. */
    static async with(path, options, busy, task) {
        const lock = await LockFile.acquire(path, options);
        if (!(lock instanceof LockFile))
            throw busy(lock);
        try {
            return await task();
        }
        finally {
            await lock.release();
        }
    }
    static held(path, holder, staleMs) {
        const lock = new LockFile(path, holder);
        held.set(path, lock);
        if (!exitHook) {
            exitHook = true;
            process.on('exit', () => {
                for (const lock of held.values())
                    lock.releaseSync();
            });
        }
        // Another host can only tell a live holder by the file's time: touch it well within staleMs.
        lock.refresh = setInterval(() => void utimes(path, new Date(), new Date()).catch(() => undefined), Math.max(1_000, staleMs / 4));
        lock.refresh.unref();
        return lock;
    }
    /** Removes the lock file if it is still this holder's. */
    async release() {
        if (held.get(this.path) !== this || --this.count > 0)
            return;
        held.delete(this.path);
        clearInterval(this.refresh);
        const text = await readFile(this.path, 'utf8').catch(() => '');
        if (parseHolder(text)?.token === this.holder.token)
            await unlink(this.path).catch(() => undefined);
    }
    releaseSync() {
        held.delete(this.path);
        try {
            if (parseHolder(readFileSync(this.path, 'utf8'))?.token === this.holder.token)
                unlinkSync(this.path);
        }
        catch {
            // Gone already, or unreadable: nothing of ours to remove.
        }
    }
}
/** Creates the lock file with O_EXCL; undefined when it exists. */
async function create(path) {
    const holder = {
        pid: process.pid,
        host: thisHost,
        startedAt: new Date().toISOString(),
        ...(procStart(process.pid) ? { procStart: procStart(process.pid) } : {}),
        token: randomBytes(8).toString('hex')
    };
    let handle;
    try {
        handle = await open(path, 'wx', 0o644);
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return undefined;
        throw error;
    }
    try {
        await handle.writeFile(`${JSON.stringify(holder)}\n`);
        await handle.sync();
    }
    catch (error) {
        await handle.close().catch(() => undefined);
        await unlink(path).catch(() => undefined);
        throw error;
    }
    await handle.close();
    return holder;
}
/** Reads a lock file and decides whether its holder is gone. */
async function inspect(path, staleMs) {
    let text;
    let age;
    try {
        ;
        [text, age] = await Promise.all([readFile(path, 'utf8'), stat(path).then((info) => Date.now() - info.mtimeMs)]);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { missing: true };
        throw error;
    }
    const holder = parseHolder(text);
    if (!holder)
        return age > FILLING_MS ? { stale: 'it is empty or not a lock file', token: '' } : {};
    const base = { holder, token: holder.token };
    if (holder.host === thisHost) {
        if (!isAlive(holder.pid))
            return { ...base, stale: `process ${holder.pid} is gone` };
        const start = procStart(holder.pid);
        if (holder.procStart && start && start !== holder.procStart)
            return { ...base, stale: `process ${holder.pid} is another process now` };
        return base;
    }
    return age > staleMs ? { ...base, stale: `not refreshed for ${Math.round(age / 1000)} s by host ${holder.host}` } : base;
}
/** Removes a stale lock under the takeover lock, if it is still the one found; true when it did. */
async function takeOver(path, token, staleMs) {
    const guard = `${path}.takeover`;
    const mine = await create(guard);
    if (!mine) {
        // A takeover left by a process killed in its few milliseconds: stale after FILLING_MS.
        const info = await stat(guard).catch(() => undefined);
        if (info && Date.now() - info.mtimeMs > FILLING_MS)
            await unlink(guard).catch(() => undefined);
        else
            await setTimeout(POLL_MS);
        return false;
    }
    try {
        const again = await inspect(path, staleMs);
        if (!again.stale || again.token !== token)
            return false;
        await unlink(path).catch(() => undefined);
        return true;
    }
    finally {
        await unlink(guard).catch(() => undefined);
    }
}
function parseHolder(text) {
    try {
        const value = JSON.parse(text);
        return value && typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
const unknownHolder = () => ({ pid: 0, host: '?', startedAt: '?', token: '' });
/** Whether a process with this pid exists on this host. */
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** A process's start time in clock ticks since boot (Linux), undefined where /proc can't tell. */
function procStart(pid) {
    try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}

/**
 * The absolute path `path` names once symbolic links are followed: the longest part that exists is
 * resolved by the filesystem, the rest (not created yet) appended as written.
 */
function resolvedPath(path) {
    const absolute = resolve(path);
    try {
        return realpathSync(absolute);
    }
    catch {
        const parent = dirname(absolute);
        return parent === absolute ? absolute : join(resolvedPath(parent), basename(absolute));
    }
}

/** What a path is, in words, when it is not a regular file or a directory (a FIFO, a socket, a device). */
function specialKind(info) {
    if (info.isFIFO())
        return 'a FIFO';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    return undefined;
}
/** A file that is not a regular file where one was expected (code `ENOTREG`). */
class NotRegularFileError extends Error {
    path;
    what;
    code = 'ENOTREG';
    constructor(path, what) {
        super(`${path}: is ${what}, not a regular file`);
        this.path = path;
        this.what = what;
    }
}
/**
 * Reads a regular file. It is opened non-blocking and checked before any read, so a FIFO, socket or
 * device put in a file's place is an error at once ({@link NotRegularFileError}), never a wait.
 */
async function readRegularFile(path) {
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new NotRegularFileError(path, specialKind(info) ?? 'a directory');
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}
/** Symbolic links followed at most this deep (Linux's own limit). */
const MAX_LINKS = 40;
/**
 * The absolute path a file is (or would be) written at: symbolic links followed, dangling ones
 * too (a link to a state file not written yet), then the parent's {@link resolvedPath}. Two paths
 * name the same file exactly when their resolved paths are equal.
 */
async function resolveFile(path) {
    let current = resolve(path);
    for (let links = 0; links < MAX_LINKS; links++) {
        const info = await lstat(current).catch(() => undefined);
        if (!info?.isSymbolicLink())
            return join(resolvedPath(dirname(current)), basename(current));
        current = resolve(dirname(current), await readlink(current));
    }
    return current;
}
/** The start of this process (ms since the epoch): anything older was not written by this run. */
const processStart = () => performance.timeOrigin;
/** Temporary files of a run killed longer ago than this are removed whatever their pid says (another host's). */
const ABANDONED_MS = 60 * 60 * 1000;
/**
 * Removes the temporary files a killed run left in `directory`: names `match` recognises (returning
 * the writer's pid, or undefined when the name holds none), older than this run, and either written
 * by a process that is gone or untouched for an hour. Returns how many it removed; never throws.
 */
async function removeLeftTemps(directory, match) {
    const names = await readdir(directory).catch(() => []);
    let removed = 0;
    for (const name of names) {
        const pid = match(name);
        if (pid === false || pid === process.pid)
            continue;
        const info = await stat(join(directory, name)).catch(() => undefined);
        if (!info?.isFile() || info.mtimeMs >= processStart())
            continue;
        if ((pid !== undefined && !isAlive(pid)) || Date.now() - info.mtimeMs > ABANDONED_MS) {
            await rm(join(directory, name), { force: true });
            removed++;
        }
    }
    return removed;
}

/**
 * Writes a file atomically: the data goes to a temporary file beside it (`NAME.<pid>.<random>.tmp`),
 * is flushed to disk, then renamed over the destination, so a reader (or a run killed at any
 * moment) sees either the old content or the new one, never a part. A symbolic link is written
 * through (the link stays a link). On any failure (a full disk, say) the temporary file is removed
 * and the destination is left as it was.
 */
async function writeFileAtomic(path, data) {
    const final = await resolveFile(path);
    await mkdir(dirname(final), { recursive: true });
    const temp = `${final}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
    const handle = await open(temp, 'wx', 0o600);
    try {
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await rename(temp, final);
    }
    catch (error) {
        await rm(temp, { force: true });
        throw error;
    }
}
/**
 * The pid in the name of a temporary file {@link writeFileAtomic} made for a file named `final`
 * (a basename), false when `name` is not one.
 */
function atomicTempPid(final, name) {
    if (!name.startsWith(`${final}.`) || !name.endsWith('.tmp'))
        return false;
    const match = /^(\d+)\.[0-9a-z]+$/.exec(name.slice(final.length + 1, -4));
    return match ? Number(match[1]) : false;
}

/**
 * The one redactor of the process: every secret in use is registered here as it becomes known
 * (passwords and tokens of the credential options, environment and Docker config, their base64
 * `user:pass` forms, each bearer and refresh token a token service issues, proxy passwords, the
 * metadata publisher's GitHub token), and `redact` replaces them in any text before it is printed or
 * written. Listeners (the action's `core.setSecret`) hear of each secret too, so the runner masks it.
 * Besides the known secrets, `redact` blanks what is a credential by its shape: `Basic`/`Bearer`
 * values, JWTs, the user and password of a URL, signing parameters of a query string.
 */
/** Replaces a secret in text. */
const REDACTED = '***';
/**
 * Secrets made of token characters (tokens, base64, most passwords): looked up per run of such
 * characters in a text, so a run that issues thousands of tokens costs a Set lookup per word, not a
 * regular expression over every token.
 */
const tokens = new Set();
/** The few others (passwords with spaces, `@`, `%`...): one regular expression, rebuilt when one is added. */
const others = new Set();
let othersPattern;
/** Runs of token characters in a text (with the `=` padding of base64). */
const TOKEN_RUNS = /[A-Za-z0-9._~+/-]+=*/g;
/** What a sentence may put around a token: `token abc.` */
const EDGE_PUNCTUATION = /^([._~+/-]*)(.*?)([._~+/-]*)$/s;
/** Credentials by their shape, whoever issued them. */
const SHAPES = [
    // `Authorization` values a server echoes (written as headers are; words such as "basic authentication" stay).
    [/\b(Basic|Bearer)(\s+)(?=[A-Za-z]*[0-9+/=._~-])[A-Za-z0-9._~+/=-]{8,}/g, `$1$2${REDACTED}`],
    // JWTs (registry tokens): base64url JSON header, payload, signature.
    [/\beyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REDACTED],
    // The user and password of a URL (proxy URLs carry them).
    [/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@'"]+@/gi, `$1${REDACTED}@`],
    // Query parameters that sign or authorize a URL (redirects to storage, upload locations).
    [/([?&][^=&\s"'#]*(?:sig|signature|token|credential|secret|password|key|auth)[^=&\s"'#]*=)[^&\s"'#]+/gi, `$1${REDACTED}`]
];
/** The text with every registered secret, and whatever looks like a credential, replaced by `***`. */
function redact(text) {
    if (others.size > 0) {
        othersPattern ??= new RegExp([...others]
            .sort((a, b) => b.length - a.length)
            .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('|'), 'g');
        text = text.replace(othersPattern, REDACTED);
    }
    if (tokens.size > 0)
        text = text.replace(TOKEN_RUNS, redactRun);
    for (const [shape, replacement] of SHAPES)
        text = text.replace(shape, replacement);
    return text;
}
/** A run of token characters: `***` when it is a token, also with sentence punctuation around it. */
function redactRun(run) {
    if (tokens.has(run))
        return REDACTED;
    const [, before, core, after] = EDGE_PUNCTUATION.exec(run);
    return core !== run && tokens.has(core) ? `${before}${REDACTED}${after}` : run;
}
/** JSON of `value` with every string in it redacted (reports, state files, metadata). */
function redactedJson(value, space) {
    return JSON.stringify(value, (_key, v) => (typeof v === 'string' ? redact(v) : v), space);
}

/**
 * The entry lines of the file as loaded, kept as its bytes: a rewrite copies the lines of the entries
 * that are still the ones loaded, byte for byte (unknown fields included) and in runs of consecutive
 * lines, instead of serialising 100,000 entries again; only the entries recorded since are.
 */
class CopiedLines {
    lines;
    keys;
    entries;
    /**
     * `keys[i]` is the key of `entries[i]`, whose line is line `i` of `lines`; the keys are sorted
     * as the file is (strictly: each key once).
     */
    constructor(lines, keys, entries) {
        this.lines = lines;
        this.keys = keys;
        this.entries = entries;
    }
    /**
     * The lines of `keys` (sorted as the file is): runs of the file's bytes for keys whose entry
     * (`current(key)`) is still the one loaded, `line(key)` for the others.
     */
    linesOf(keys, current, line) {
        const { bytes, starts, ends } = this.lines;
        const out = [];
        // The run of file lines [first, next) not yet put out.
        let first = 0;
        let next = 0;
        const flush = () => {
            if (next > first)
                out.push(bytes.subarray(starts[first], ends[next - 1]));
        };
        let j = 0;
        for (const key of keys) {
            // Both lists are sorted: the file's line for `key`, if any, is at or after j.
            while (j < this.keys.length && this.keys[j] < key)
                j++;
            if (j < this.keys.length && this.keys[j] === key && current(key) === this.entries[j]) {
                if (j !== next) {
                    flush();
                    first = j;
                }
                next = ++j;
            }
            else {
                flush();
                first = next;
                out.push(line(key));
            }
        }
        flush();
        return out;
    }
}

/**
 * One vocabulary of failures for every store (registry, OCI layout, docker daemon) and every shell.
 * An error says what *kind* of failure it is, and carries as plain fields what its maker knew: the
 * side (source or target), the registry's HTTP status and error code. `isRetryable` and `exitCodeOf`
 * decide from these alone, so a corrupt blob read from a layout is retried exactly like one read
 * from a registry, and a failure report (`sync/failure.ts`) only reads them.
 */
/** The CLI's words, also the default text of every message. */
const CLI_WORDS = { option: (name) => `--${name}` };
/** The base of every gcr-mirror error: a kind, a one-line message, and optional details. */
class MirrorError extends Error {
    kind;
    name = 'MirrorError';
    retryAfter;
    /**
     * Which end failed. Set at construction where the maker knows it (the registry transport, the
     * blob copier for the source's bytes, the docker engine); else once by the store boundary, {@link onSide}.
     */
    side;
    status;
    code;
    /**
     * True when no retry layer should try again although the kind is retryable: a 429 at the
     * rate-limit floor or asking a long wait (set at construction), or a request the transport
     * already retried as far as its policy allows (set when it gives up), so the blob copier's
     * whole-transfer retry does not multiply the transport's attempts.
     */
    final;
    hint;
    wording;
    constructor(kind, message, details = {}) {
        super(typeof message === 'string' ? message : message(CLI_WORDS), details.cause === undefined ? undefined : { cause: details.cause });
        this.kind = kind;
        if (typeof message !== 'string')
            this.wording = message;
        this.retryAfter = details.retryAfter;
        this.side = details.side;
        this.status = details.status;
        this.code = details.code;
        this.final = details.final;
        this.hint = details.hint;
    }
    /** The message (and hint) in the words of a shell. */
    render(words = CLI_WORDS) {
        const text = this.wording ? this.wording(words) : this.message;
        return this.hint ? `${text}; ${this.hint(words)}` : text;
    }
}
/** Bad usage or input, found before any copy starts: the CLI exits 2, the action fails the step. */
class UsageError extends MirrorError {
    name = 'UsageError';
    constructor(message, details) {
        super('usage', message, details);
    }
}

/** The order of a ledger's entries: sorted by key, kept sorted as keys are added. */
/** Compares two keys by their UTF-16 code units (the order of the file). */
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** The keys as an array when they are already sorted (a file we wrote), else undefined. */
function sortedKeys(keys) {
    const list = [...keys];
    for (let i = 1; i < list.length; i++)
        if (list[i - 1] >= list[i])
            return undefined;
    return list;
}
/** Merges two sorted lists of sources into one, each source once (a list may hold one twice, or both lists one). */
function mergeSorted(a, b) {
    const out = new Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.length || j < b.length) {
        const next = j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
        if (k === 0 || out[k - 1] !== next)
            out[k++] = next;
    }
    out.length = k;
    return out;
}

/** The ledger file's marker, so a foreign or corrupt file is never taken for ours. */
const LEDGER_FORMAT = 'gcr-mirror-ledger';
/** Version 1: entries without sections; version 2: entries may carry `section` (written only then). */
const LEDGER_VERSION = 2;
/** The version of a file without sections. */
const FLAT_VERSION = 1;
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
/** The end of a ledger file's first line as {@link serializeLedger} writes it, entries following one a line. */
const HEAD_END = ',"entries":[';
/** The head of a file as {@link serializeLedger} writes it (either version, a resume point or not), else undefined. */
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
/**
 * Parses a ledger file's bytes into its parts, or throws a UsageError naming the file; accepts only
 * our own format. A file as this version writes it (one entry a line) is parsed line by line, and
 * where each line lies is kept, so the next rewrite copies the lines of unchanged entries; any other
 * spelling is parsed whole.
 */
function parseLedgerFile(bytes, path) {
    return parseByLine(bytes, path) ?? parseWhole(bytes.toString('utf8'), path);
}
const NEWLINE = 0x0a;
const COMMA = 0x2c;
const CLOSE = 0x5d;
/**
 * A file as {@link serializeLedger} writes it, parsed one entry line at a time (no copy of the whole
 * text is made); undefined when it is spelt otherwise or a line is not JSON, for {@link parseWhole}
 * to read or refuse.
 */
function parseByLine(bytes, path) {
    const headEnd = bytes.indexOf(NEWLINE);
    if (headEnd < 0 || bytes[bytes.length - 1] !== NEWLINE)
        return undefined;
    const head = parseHead(bytes.toString('utf8', 0, headEnd));
    if (!head)
        return undefined;
    // ASCII (the usual file) decodes as latin1, a plain copy of the bytes; the same characters either way.
    const ascii = isAscii(bytes);
    const encoding = ascii ? 'latin1' : 'utf8';
    const entries = [];
    const starts = [];
    const ends = [];
    // Lines missing the comma between them parse, but are not copied as runs (that would join them without it).
    let commas = true;
    let comma = false;
    let at = headEnd + 1;
    // The entries end at `]}`, or at `],` when the rotation count or the graph follow (parsed whole).
    while (bytes[at] !== CLOSE) {
        if (at >= bytes.length)
            return undefined;
        if (entries.length > 0 && !comma)
            commas = false;
        const newline = bytes.indexOf(NEWLINE, at);
        comma = bytes[newline - 1] === COMMA;
        const end = comma ? newline - 1 : newline;
        let entry;
        try {
            entry = JSON.parse(bytes.toString(encoding, at, end));
        }
        catch {
            return undefined;
        }
        if (!entry || typeof entry !== 'object')
            return undefined;
        entries.push(entry);
        starts.push(at);
        ends.push(end);
        at = newline + 1;
    }
    // The last entry's line has no comma (the whole file would not be JSON).
    if (comma)
        return undefined;
    const rest = bytes.toString('utf8', at);
    let tail = {};
    if (rest !== ']}\n') {
        if (!rest.startsWith('],'))
            return undefined;
        try {
            tail = JSON.parse(`{${rest.slice(2)}`);
        }
        catch {
            return undefined;
        }
    }
    for (const entry of entries)
        checkEntry(entry, path);
    // Lines are copied byte for byte only when decoding them changed nothing (valid UTF-8).
    const lines = commas && (ascii || isUtf8(bytes)) ? { bytes, starts: Float64Array.from(starts), ends: Float64Array.from(ends) } : undefined;
    return { entries, lines, graph: tail.graph, verifyRound: roundOf(tail.verifyRound), resume: head.resume };
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
/**
 * A ledger file's bytes, deterministic: the head on the first line, one entry a line, then the
 * rotation count and the graph. Older readers take the file whole (not line by line) and ignore
 * the members they do not know.
 */
function serializeLedger(parts) {
    const { lines, sectioned, round, nodes } = parts;
    const resume = parts.resume.size === 0 ? {} : { resume: Object.fromEntries([...parts.resume].sort(([a], [b]) => compareText(a, b))) };
    const head = redactedJson({ format: LEDGER_FORMAT, version: sectioned ? LEDGER_VERSION : FLAT_VERSION, ...resume });
    const pieces = [lines.length === 0 ? `${head.slice(0, -1)},"entries":[]` : `${head.slice(0, -1)},"entries":[\n`];
    lines.forEach((line, i) => pieces.push(line, i < lines.length - 1 ? ',\n' : '\n]'));
    const counted = round > 0 ? `,"verifyRound":${round}` : '';
    pieces.push(nodes.length === 0 ? `${counted}}\n` : `${counted},"graph":{\n${nodes.join(',\n')}\n}}\n`);
    return concatPieces(pieces);
}
/** Text and bytes as one buffer: consecutive texts joined first, so many short lines cost one encoding. */
function concatPieces(pieces) {
    const chunks = [];
    let texts = [];
    for (const piece of pieces) {
        if (typeof piece === 'string') {
            texts.push(piece);
            continue;
        }
        if (texts.length > 0)
            chunks.push(texts.join(''));
        texts = [];
        chunks.push(piece);
    }
    if (texts.length > 0)
        chunks.push(texts.join(''));
    const size = chunks.reduce((total, chunk) => total + (typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length), 0);
    const out = Buffer.allocUnsafe(size);
    let at = 0;
    for (const chunk of chunks) {
        if (typeof chunk === 'string') {
            at += out.write(chunk, at);
        }
        else {
            out.set(chunk, at);
            at += chunk.length;
        }
    }
    // Never a byte of the unset buffer, whatever the encoder did.
    return out.subarray(0, at);
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
const SHA256 = 'sha256:';
const shorten = (digest) => (digest.startsWith(SHA256) ? digest.slice(SHA256.length) : digest);
const expand = (text) => (text.includes(':') ? text : `${SHA256}${text}`);
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

/** A background rewrite waits at least this long after the previous one. */
const REWRITE_INTERVAL_MS = 1_000;
/** The journal beside a ledger file, and the journal a rewrite under way has set aside. */
const journalPath = (path) => `${path}.journal`;
const setAsidePath = (path) => `${path}.journal.old`;
/** A file's text (see {@link readLedgerBytes}). */
async function readLedgerText(file, path) {
    return (await readLedgerBytes(file, path))?.toString('utf8');
}
/**
 * A file's bytes (read from `file`, named `path`), or undefined when it does not exist; any other
 * failure is a UsageError. A FIFO or device is refused at once, never waited on.
 */
async function readLedgerBytes(file, path) {
    try {
        return await readRegularFile(file);
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
/**
 * The ledger's writes: finished tags appended to a journal beside the file (`PATH.journal`, one
 * JSON entry a line, fsynced, concurrent appends grouped into one write), so a SIGKILL loses no
 * finished tag; and the file rewritten atomically (temporary file, then rename) off the tags' path:
 * in the background once the journal holds as many entries as the file (and at most once a
 * second), so the rewrites of a run cost O(N) in all, and by {@link save} at the end. A rewrite
 * sets the journal aside first (`PATH.journal.old`, new appends start a fresh one) and removes it
 * once the file holds it.
 */
class LedgerJournal {
    file;
    content;
    /** Lines waiting for the next journal write. */
    queue = [];
    /** The serial chain of journal writes and rotations; `scheduled` is a write not yet started. */
    io = Promise.resolve();
    scheduled;
    /** The latest journal write (its failure reaches every append waiting on it). */
    appended = Promise.resolve();
    journal;
    journalExists;
    setAsideExists;
    /** Journal lines since the last rewrite began. */
    journalLines;
    /** The file or the journal was written since the load. */
    wroteAny = false;
    existed;
    rewriting;
    lastRewrite = Date.now();
    sizeAtRewrite;
    constructor(file, content, found) {
        this.file = file;
        this.content = content;
        this.existed = found.existed;
        this.journalExists = found.journalExists;
        this.setAsideExists = found.setAsideExists;
        this.journalLines = found.journalLines;
        this.sizeAtRewrite = found.size;
    }
    /** Whether a file or a journal was found at load, or written since. */
    get found() {
        return this.existed;
    }
    /** Whether the file or a journal was written since the load. */
    get wrote() {
        return this.wroteAny;
    }
    /** Whether a journal is on disk, beside the file or set aside. */
    get journaled() {
        return this.journalExists || this.setAsideExists;
    }
    /** Whether a save must write the file even when the ledger lacks nothing: a journal is left, or there is no file yet (a first run writes one, even empty). */
    get pending() {
        return this.journaled || !this.existed;
    }
    /**
     * Appends lines to the journal (one write and one fsync for all appends waiting together).
     * Resolves when they are on disk; may start a background rewrite.
     */
    append(lines) {
        this.queue.push(...lines);
        if (this.queue.length === 0)
            return this.appended;
        if (!this.scheduled) {
            this.scheduled = this.chain(() => this.appendQueued());
            this.appended = this.scheduled;
        }
        return this.scheduled;
    }
    /**
     * Rewrites the file when `needed()` says so (after a background rewrite under way; the caller
     * awaits its appends first); concurrent calls coalesce.
     */
    async save(needed) {
        await this.rewriting?.catch(() => undefined);
        if (!needed())
            return;
        await this.chain(async () => {
            await this.rewriting?.catch(() => undefined);
            if (needed())
                await this.startRewrite();
        });
        await this.rewriting;
    }
    /** Closes the journal once every write before has ended: the writer is not used after. */
    async close() {
        await this.io;
        await this.journal?.close();
        this.journal = undefined;
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
        if (lines.length === 0)
            return;
        if (!this.journal) {
            await mkdir(dirname(this.file), { recursive: true });
            this.journal = await open(journalPath(this.file), 'a', 0o600);
        }
        this.journalExists = true;
        this.wroteAny = true;
        await this.journal.write(lines.join(''));
        await this.journal.datasync();
        this.journalLines += lines.length;
        const due = Date.now() - this.lastRewrite >= REWRITE_INTERVAL_MS && this.journalLines >= Math.max(1, this.sizeAtRewrite);
        // A failed background rewrite loses nothing (the journal holds it); save() tries again and reports.
        if (due && !this.rewriting)
            void this.chain(() => this.startRewrite()).catch(() => undefined);
    }
    /**
     * Sets the journal aside (new appends start a fresh one), snapshots the ledger and writes it in the
     * background; the journal set aside is removed once the file holds it. Runs on the chain.
     */
    async startRewrite() {
        const path = this.file;
        if (this.rewriting)
            return;
        if (this.journalExists && !this.setAsideExists) {
            await this.journal?.close();
            this.journal = undefined;
            await rename(journalPath(path), setAsidePath(path));
            this.journalExists = false;
            this.setAsideExists = true;
            this.journalLines = 0;
        }
        const bytes = this.content.snapshot();
        this.sizeAtRewrite = this.content.count();
        this.lastRewrite = Date.now();
        this.rewriting = (async () => {
            try {
                await writeFileAtomic(path, bytes);
                this.wroteAny = true;
                this.existed = true;
                if (this.setAsideExists) {
                    await rm(setAsidePath(path), { force: true });
                    this.setAsideExists = false;
                }
            }
            catch (error) {
                this.content.lost();
                throw error;
            }
            finally {
                this.rewriting = undefined;
            }
        })();
        this.rewriting.catch(() => undefined);
    }
}

/** A state file lock from another host untouched this long is stale (its holder refreshes it every 2.5 minutes). */
const STATE_LOCK_STALE_MS = 10 * 60 * 1000;
/** The lock a run holds on its state file from load to the end of the run. */
const lockPath = (file) => `${file}.lock`;
/** Takes the state file's lock, or throws the UsageError that names the run holding it. */
async function lockStateFile(path, file, warn) {
    await mkdir(dirname(file), { recursive: true }).catch(() => undefined);
    const lock = await LockFile.acquire(lockPath(file), {
        staleMs: STATE_LOCK_STALE_MS,
        onStale: (holder, why) => warn?.(`${path}: taking over the lock ${lockPath(path)} of a run that is gone (${holder ? describeHolder(holder) : 'unknown'}: ${why})`)
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

/** The map key of an entry: its source reference, behind its section when it has one. */
const keyOf = (source, section) => (section === undefined ? source : `${section}\u0000${source}`);
const entryKey = (entry) => keyOf(entry.source, entry.section);
/** The key of a section's resume point ('' for the section of a single-mirror run). */
const resumeKey = (section) => section ?? '';
/**
 * The state file, owned from load to save: source reference -> digest mirrored -> target reference,
 * per section (one per mirror of a config run; {@link section}); the ledger itself is the section
 * of a single-mirror run, which is what a version 1 file holds.
 *
 * Finished tags cost O(1) each: {@link commit} appends them to the journal (see LedgerJournal),
 * so a SIGKILL loses no finished tag, and the file is rewritten off the tags' path. {@link load}
 * replays the journal. A run that records nothing writes nothing. The file's text is made by
 * serializeLedger and read by parseLedgerFile (ledger-format.ts).
 */
class Ledger {
    path;
    byKey = new Map();
    /** Per section, where the next run starts listing (see LedgerView.resumeAt). */
    resume = new Map();
    /** The JSON line of each entry not copied from the file (recorded, replayed, or read from a file parsed whole), made once for the journal and the rewrites. */
    lines = new Map();
    /** The lines of the entries loaded from the file, copied as they are while unchanged. */
    copied;
    /** Sources in file order when known to be sorted, the sources added since, and whether some were removed since. */
    order;
    added = [];
    removed = false;
    /** Recorded, not yet handed to the journal. */
    unjournaled = [];
    /** The file's writes; none for a ledger without a file or read only. */
    journal;
    /** The file lacks something the ledger holds. */
    unsaved;
    /** What the load found: a file or a journal, and journals. */
    foundAtLoad = false;
    journaledAtLoad = false;
    /** The file's bytes as loaded, until {@link digest} hashes it (the CLI never asks: 100,000 tags, ~0.1 s saved). */
    loadedBytes;
    /** SHA-256 of the file as loaded ('' when there was none), once asked for. */
    loadedDigest;
    /** The state file's lock, held from load to {@link release}. */
    lock;
    graph = new ManifestGraph();
    /** The rotation count as loaded, and this run's once asked for. */
    round = 0;
    roundTaken = false;
    /**
     * A ledger of `entries` that writes `path` (none: nothing is written). {@link load} passes
     * `journal: false` and gives it its journal once it knows the file (`path` with symbolic links
     * followed: the link stays a link) and what is on disk.
     */
    constructor(path, entries = [], { journal = true } = {}) {
        this.path = path;
        for (const entry of entries)
            this.byKey.set(entryKey(entry), entry);
        this.unsaved = this.byKey.size > 0;
        if (path && journal)
            this.journal = this.journalFor(path, { existed: false, journalExists: false, setAsideExists: false, journalLines: 0, size: 0 });
    }
    /**
     * Loads a ledger: the file (read once), then the journal of a run that did not get to rewrite it.
     * A missing file is an empty ledger; an unreadable, corrupt or foreign file is a UsageError (it is
     * never silently discarded).
     *
     * First it takes the state file's lock (`PATH.lock`, see LockFile): a live run holding it
     * is a UsageError naming it (exit 2, before any copy); a lock whose run is gone is taken over with
     * a warning. Then the temporary files of a killed run's rewrites are removed. The lock is held
     * until {@link release} (or the process exits).
     */
    static async load(path, options = {}) {
        if (!path)
            return new Ledger(undefined);
        const file = await resolveFile(path);
        if (options.readOnly)
            return Ledger.read(path, file, undefined, options);
        const lock = await lockStateFile(path, file, options.warn);
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
        const bytes = await readLedgerBytes(file, path);
        const parsed = bytes === undefined ? { entries: [] } : parseLedgerFile(bytes, path);
        const ledger = new Ledger(path, parsed.entries, { journal: false });
        ledger.graph.load(parsed.graph);
        ledger.round = parsed.verifyRound ?? 0;
        for (const [section, repository] of Object.entries(parsed.resume ?? {}))
            ledger.resume.set(section, repository);
        ledger.lock = lock;
        const keys = parsed.entries.map(entryKey);
        ledger.order = sortedKeys(keys);
        if (ledger.order && parsed.lines)
            ledger.copied = new CopiedLines(parsed.lines, keys, parsed.entries);
        ledger.loadedBytes = bytes;
        const size = ledger.size;
        // A rewrite under way when the last run ended set this journal aside: its entries come first.
        const setAside = await readLedgerText(setAsidePath(file), path);
        const journal = await readLedgerText(journalPath(file), path);
        let journalLines = 0;
        for (const [name, lines] of [
            [setAsidePath(path), setAside],
            [journalPath(path), journal]
        ]) {
            if (lines === undefined)
                continue;
            const replayed = parseJournal(lines, name);
            for (const entry of replayed)
                ledger.set(entry);
            journalLines += replayed.length;
        }
        ledger.foundAtLoad = bytes !== undefined || setAside !== undefined || journal !== undefined;
        ledger.journaledAtLoad = setAside !== undefined || journal !== undefined;
        ledger.unsaved = ledger.journaledAtLoad;
        // A dry run's ledger has no journal (no file to write): commit and save do nothing.
        if (!options.readOnly) {
            const found = { existed: ledger.foundAtLoad, journalExists: journal !== undefined, setAsideExists: setAside !== undefined, journalLines, size };
            ledger.journal = ledger.journalFor(file, found);
            // Two journals: write the file now, so the next rewrite can set the journal aside again.
            if (setAside !== undefined)
                await ledger.save();
        }
        return ledger;
    }
    /** The writer of `file`, taking the ledger's text when it rewrites. */
    journalFor(file, found) {
        const content = {
            snapshot: () => {
                const bytes = this.fileBytes();
                this.unsaved = false;
                return bytes;
            },
            lost: () => {
                this.unsaved = true;
            },
            count: () => this.size
        };
        return new LedgerJournal(file, content, found);
    }
    /** Lets the state file go (closes the journal, removes the lock; {@link save} first): the ledger is not used after. */
    async release() {
        try {
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
            this.loadedDigest = this.loadedBytes === undefined ? '' : createHash('sha256').update(this.loadedBytes).digest('hex');
            this.loadedBytes = undefined;
        }
        return this.loadedDigest;
    }
    /** Whether a file or a journal was found at load. */
    get found() {
        return this.journal?.found ?? this.foundAtLoad;
    }
    /**
     * Whether what is on disk differs from a file of digest `digest` (the one a run restored): the
     * journal had entries at load, this ledger wrote since, or the file loaded was another one.
     */
    changedSince(digest) {
        const journaled = this.journal ? this.journal.journaled : this.journaledAtLoad;
        return Boolean(this.journal?.wrote) || journaled || this.digest !== digest;
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
        this.removed = true;
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
    /** The file's text as a rewrite would write it now (see {@link fileBytes}). */
    serialize() {
        return this.fileBytes().toString('utf8');
    }
    /**
     * Serialises deterministically: sorted entries, stable key order, one entry a line. Costs a copy
     * of the file's lines and the lines kept, plus a merge of the sources added since the last time.
     */
    fileBytes() {
        const keys = this.sorted();
        const lines = this.copied
            ? this.copied.linesOf(keys, (key) => this.byKey.get(key), (key) => this.lineOf(key))
            : keys.map((key) => this.lineOf(key));
        const sectioned = [...this.byKey.values()].some((entry) => entry.section !== undefined);
        const nodes = this.graph.size === 0 ? [] : this.graph.lines(keys.map((key) => this.topOf(key)));
        return serializeLedger({ lines, sectioned, resume: this.resume, round: this.round, nodes });
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
    /**
     * Keys in order: the known order without the keys removed since, merged with the (sorted) keys
     * added since; a full sort only when the order is not known (a prune of a large ledger sorts nothing).
     */
    sorted() {
        if (!this.order) {
            this.order = [...this.byKey.keys()].sort(compareText);
        }
        else {
            if (this.removed) {
                const present = (key) => this.byKey.has(key);
                this.order = this.order.filter(present);
                this.added = this.added.filter(present);
            }
            // A key removed and added again is in both lists: the merge keeps it once.
            if (this.added.length > 0)
                this.order = mergeSorted(this.order, this.added.sort(compareText));
        }
        this.added = [];
        this.removed = false;
        return this.order;
    }
    /**
     * Makes every recorded entry durable: appends them to the journal. Resolves when they are on
     * disk; may start a background rewrite.
     */
    commit() {
        const journaled = this.unjournaled;
        this.unjournaled = [];
        if (!this.journal)
            return Promise.resolve();
        return this.journal.append(journaled.map((entry) => `${this.lineOf(entryKey(entry))}\n`));
    }
    /**
     * Writes the file when it lacks anything the ledger holds or does not exist yet (commits first,
     * waits for a background rewrite), then removes the journal; concurrent calls coalesce. Nothing is
     * written otherwise.
     */
    async save() {
        if (!this.journal)
            return;
        const journal = this.journal;
        await this.commit();
        await journal.save(() => this.unsaved || journal.pending);
    }
}

/**
 * The path as handed to the Actions cache, whose entries only match when the path is spelt the same:
 * `~/...` under the home directory (the same on every run of a runner, whatever its temp folder).
 */
function cachePath(path, home = homedir()) {
    return home && path.startsWith(`${home}/`) ? `~/${path.slice(home.length + 1)}` : path;
}
/** An error's message, for a warning. */
const reason = (error) => (error instanceof Error ? error.message : String(error));
/**
 * Saves the ledger's file under `key`, on the ledger's own word: nothing is saved when it has no
 * file or is unchanged since `restoredDigest` (the restored entry stays the newest). The file must be
 * up to date (`ledger.save()`). A failed save is a warning: the mirror itself is done, and the next
 * run falls back as after an eviction.
 */
async function saveLedger(location, ledger, restoredDigest, cache, log) {
    if (!ledger.found)
        return 'missing';
    if (!ledger.changedSince(restoredDigest)) {
        log.info('Ledger unchanged: the cache entry it came from stays current');
        return 'unchanged';
    }
    const failed = (why) => {
        log.warning(`Could not save the ledger to the Actions cache (${why}); the next run falls back as after an eviction`);
        return 'failed';
    };
    try {
        // @actions/cache answers -1 for a save it gave up on (the key reserved by another job, the service refusing): a warning too.
        if ((await cache.saveCache([cachePath(location.path)], location.key)) === -1)
            return failed('the cache service did not take it');
        log.info(`Ledger saved to the Actions cache as ${location.key}`);
        return 'saved';
    }
    catch (error) {
        return failed(reason(error));
    }
}

/** The ledger the post step still has to save, if any; `mainTried` when the main step tried and failed. */
function pendingLedger() {
    const path = getState('ledger-path');
    const saved = getState('ledger-saved');
    if (!path || saved === 'true')
        return undefined;
    return { path, key: getState('ledger-key'), digest: getState('ledger-digest'), mainTried: saved === 'failed' };
}

/**
 * The post step (dist/post.js; `--post src/action/post-step.ts` for `npx @github/local-action`):
 * when the main step did not save the ledger (it failed, was cancelled or timed out), saves what it
 * finished under a key of its own, so the next run carries on from there. Never fails the job.
 */
async function run(cache = actionsCache) {
    try {
        const pending = pendingLedger();
        if (!pending)
            return;
        info(pending.mainTried
            ? 'The main step could not save the ledger to the Actions cache: trying again'
            : 'The main step ended before saving the ledger: saving the tags it finished');
        // The main step may have left finished tags in the ledger's journal: fold them into the file first.
        const ledger = await Ledger.load(pending.path);
        await ledger.save();
        await saveLedger({ path: pending.path, key: `${pending.key}-post` }, ledger, pending.digest, cache, {
            info: (message) => info(message),
            warning: (message) => warning(message)
        });
    }
    catch (error) {
        warning(`Post step: could not save the ledger (${String(error)})`);
    }
}

/** The action's post step (dist/post.js): saves the ledger of a main step that did not finish. */
await run();
