import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

import { j as joinPath, s as splitTagRef, p as printable, a as formatImageRef, i as isValidDigest } from './index-image-ref.js';
import { l as landedFields, r as retry } from './index-retry.js';
import { createHash } from 'node:crypto';
import { f as redact } from './index-redact.js';
import { createGitHubClient } from './index-github-client.js';
import { c as count } from './index-count.js';
import 'node:timers/promises';
import 'fs';
import 'os';
import 'http';
import 'https';
import './index-proxy-agent.js';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import './index-_commonjsHelpers.js';
import 'node:module';
import './index-dispatcher.js';
import 'node:tls';
import './index-proxy-env.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:path';
import 'node:os';

/**
 * A failure to read or write the metadata repository, with a one-line message naming the
 * repository and what to do. The mirror itself is unaffected: shells report it after the ledger
 * is saved.
 */
class MetadataError extends Error {
    status;
    name = 'MetadataError';
    constructor(message, 
    /** The HTTP status GitHub answered, when the failure came from the API. */
    status) {
        super(message);
        this.status = status;
    }
}

const RECORD_FORMAT = 'gcr-mirror-metadata';
/** Folder (inside the metadata folder) holding the records: a folder per namespace, a file per group of repositories. */
const RECORDS_FOLDER = 'records';
/** Folder of the single-file records written before the split (`namespaces/<namespace>.json`): still read, replaced on the next commit. */
const LEGACY_RECORDS_FOLDER = 'namespaces';
const RECORD_VERSION = 1;
/**
 * Files a namespace's record is split into. A commit rewrites only the groups whose tags changed,
 * so one new tag in a 6,000-tag namespace commits about a 64th of the record; reading a whole
 * record (restoring a lost ledger) stays at most 64 blob requests, well inside GitHub's hourly
 * request allowance for a workflow token (1,000).
 */
const RECORD_GROUPS = 64;
/** Code-point order, the one order used for every sorted list in the metadata. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A path's segments made safe for file names: empty, `.` and `..` dropped, characters outside `[A-Za-z0-9._-]` (a port's colon) replaced by `_`. */
function safeSegments(path) {
    return path
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
        .map((segment) => segment.replace(/[^A-Za-z0-9._-]/g, '_'));
}
/**
 * Path of a namespace's single-file record as written before the split: `namespaces/<namespace>.json`,
 * one folder level per path segment. Read so a metadata repository written by an earlier version
 * keeps working; the next commit moves it into the groups (see groupPath) and deletes it.
 */
function legacyRecordPath(source) {
    return `${LEGACY_RECORDS_FOLDER}/${safeSegments(source).join('/') || '_'}.json`;
}
/**
 * Folder of a namespace's record: `records/<namespace>`, its segments joined by `+` (never in a safe
 * segment), so one namespace is one folder and a nested namespace never lands inside another's.
 */
function namespaceFolder(source) {
    return `${RECORDS_FOLDER}/${safeSegments(source).join('+') || '_'}`;
}
/**
 * The file holding a repository's tags: `records/<namespace>/<group>.json`, the group (two hex
 * digits, `00`-`3f`) taken from a hash of the repository path, so it never moves. Each file is a
 * record of the namespace holding only its group's repositories (same format as a whole record).
 */
function groupPath(source, repository) {
    const group = createHash('sha256').update(repository).digest()[0] % RECORD_GROUPS;
    return `${namespaceFolder(source)}/${group.toString(16).padStart(2, '0')}.json`;
}
/** An empty record for a namespace pair. */
function emptyRecord(source, target) {
    return { source, target, repositories: new Map() };
}
/** Serialises a record: sorted repositories and tags, fixed key order, one tag per line. */
function serializeRecord(record) {
    const repositories = [...record.repositories.values()]
        .sort((a, b) => compareText(a.repository, b.repository))
        .map((repository) => {
        const tags = [...repository.tags.entries()].sort(([a], [b]) => compareText(a, b)).map(([tag, entry]) => `        ${JSON.stringify(tagJson(tag, entry))}`);
        return [
            '    {',
            `      "repository": ${JSON.stringify(repository.repository)},`,
            `      "source": ${JSON.stringify(joinPath(record.source, repository.repository))},`,
            `      "target": ${JSON.stringify(repository.target)},`,
            `      "tags": ${list(tags, '      ')}`,
            '    }'
        ].join('\n');
    });
    return [
        '{',
        `  "format": ${JSON.stringify(RECORD_FORMAT)},`,
        `  "version": ${RECORD_VERSION},`,
        `  "source": ${JSON.stringify(record.source)},`,
        `  "target": ${JSON.stringify(record.target)},`,
        `  "repositories": ${list(repositories, '  ')}`,
        '}',
        ''
    ].join('\n');
}
/** A JSON array of rendered, indented items, one per line, closed at `indent`. */
function list(items, indent) {
    return items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n${indent}]`;
}
function tagJson(tag, entry) {
    return {
        tag,
        digest: entry.digest,
        ...(entry.targetTag ? { targetTag: entry.targetTag } : {}),
        ...landedFields(entry, entry.digest),
        firstMirrored: entry.firstMirrored,
        lastMirrored: entry.lastMirrored
    };
}
/** Why a record file could not be read; the caller names the file and repository. */
class RecordFormatError extends Error {
    name = 'RecordFormatError';
}
/** Parses a record file; throws a RecordFormatError for anything that is not our format. */
function parseRecord(text) {
    // Untyped JSON, checked field by field below.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new RecordFormatError('not valid JSON');
    }
    if (!data || data.format !== RECORD_FORMAT || !Array.isArray(data.repositories) || typeof data.source !== 'string' || typeof data.target !== 'string') {
        throw new RecordFormatError(`not a gcr-mirror metadata record (expected {"format":"${RECORD_FORMAT}",...})`);
    }
    if (typeof data.version !== 'number' || data.version > RECORD_VERSION) {
        throw new RecordFormatError(`record version ${String(data.version)} is newer than this gcr-mirror understands`);
    }
    const record = emptyRecord(data.source, data.target);
    for (const repository of data.repositories) {
        if (typeof repository?.repository !== 'string' || typeof repository.target !== 'string' || !Array.isArray(repository.tags)) {
            throw new RecordFormatError(`corrupt repository ${JSON.stringify(repository).slice(0, 120)}`);
        }
        const tags = new Map();
        for (const tag of repository.tags) {
            if (typeof tag?.tag !== 'string' || typeof tag.digest !== 'string' || typeof tag.firstMirrored !== 'string' || typeof tag.lastMirrored !== 'string') {
                throw new RecordFormatError(`corrupt tag of ${repository.repository}: ${JSON.stringify(tag).slice(0, 120)}`);
            }
            tags.set(tag.tag, {
                digest: tag.digest,
                ...(typeof tag.targetTag === 'string' ? { targetTag: tag.targetTag } : {}),
                ...(typeof tag.targetDigest === 'string' ? { targetDigest: tag.targetDigest } : {}),
                ...(typeof tag.mediaType === 'string' ? { mediaType: tag.mediaType } : {}),
                ...(Array.isArray(tag.platforms) ? { platforms: tag.platforms.map(String) } : {}),
                firstMirrored: tag.firstMirrored,
                lastMirrored: tag.lastMirrored
            });
        }
        record.repositories.set(repository.repository, { repository: repository.repository, target: repository.target, tags });
    }
    return record;
}

/**
 * Collects what the mirror holds for the report's namespace pair: every ledger entry under it (so
 * tags mirrored before the metadata was enabled are recorded too) and the tags copied by this run,
 * which count as added or updated. In a dry run, tags the run would copy stand for copied ones.
 * Times come from the ledger entry, else `now`.
 */
function collectChanges(report, ledger, now, dryRun) {
    const stamp = now.toISOString();
    const byKey = new Map();
    const bySource = new Map(ledger.map((entry) => [entry.source, entry]));
    for (const entry of ledger) {
        const names = splitNames(report, entry.source, entry.target);
        if (names) {
            const { targetTag, ...change } = names;
            byKey.set(entry.source, { ...change, record: tagRecord(entry, entry, targetTag), copied: false });
        }
    }
    for (const image of report.images) {
        if (!image.digest || !(image.status === 'copied' || (dryRun && image.reason === 'dry-run')))
            continue;
        const names = splitNames(report, image.source, image.target);
        if (!names)
            continue;
        const entry = bySource.get(image.source);
        const times = entry?.digest === image.digest && entry.target === image.target ? entry : { firstMirrored: entry?.firstMirrored ?? stamp, lastMirrored: stamp };
        const { targetTag, ...change } = names;
        byKey.set(image.source, { ...change, record: tagRecord({ ...image, digest: image.digest }, times, targetTag), copied: true });
    }
    const tags = [...byKey.values()].sort((a, b) => compareText(a.repository, b.repository) || compareText(a.tag, b.tag));
    return { source: report.source, target: report.target, tags };
}
/**
 * The relative repository, the tag and the target repository of a ledger entry or result, when both
 * references are under the report's namespaces and name the same tag.
 */
function splitNames(report, source, target) {
    const from = splitTagRef(source, report.source);
    const to = splitTagRef(target, report.target);
    if (!from || !to)
        return undefined;
    // An image list may land a tag under another name (a digest entry, --fold-into): the record keeps it.
    return { repository: from.repository, tag: from.tag, target: joinPath(report.target, to.repository), ...(to.tag === from.tag ? {} : { targetTag: to.tag }) };
}
function tagRecord(described, times, targetTag) {
    return {
        digest: described.digest,
        ...(targetTag ? { targetTag } : {}),
        ...landedFields(described, described.digest),
        firstMirrored: times.firstMirrored,
        lastMirrored: times.lastMirrored
    };
}

/**
 * The GitHub git database endpoints of one repository (refs, commits, trees, blobs), plus the
 * contents API for the first commit of an empty repository, where GitHub refuses git database
 * writes. Every failure becomes a MetadataError with a one-line message naming the repository.
 */
class GitDatabase {
    client;
    owner;
    repo;
    constructor(client, owner, repo) {
        this.client = client;
        this.owner = owner;
        this.repo = repo;
    }
    /** `owner/name`, for messages. */
    get label() {
        return `${this.owner}/${this.repo}`;
    }
    /** The repository's default branch. */
    async defaultBranch() {
        const { data } = await this.call('read the repository', () => this.client.rest.repos.get(this.params()));
        return data.default_branch;
    }
    /** The head of a branch. */
    async branchHead(branch) {
        try {
            const { data } = await this.call(`read branch ${branch}`, () => this.client.rest.git.getRef({ ...this.params(), ref: `heads/${branch}` }));
            return { kind: 'commit', sha: data.object.sha };
        }
        catch (error) {
            if (error instanceof MetadataError && error.status === 404)
                return { kind: 'missing' };
            if (error instanceof MetadataError && error.status === 409)
                return { kind: 'empty-repository' };
            throw error;
        }
    }
    /** The root tree of a commit. */
    async commitTree(sha) {
        const { data } = await this.call(`read commit ${sha}`, () => this.client.rest.git.getCommit({ ...this.params(), commit_sha: sha }));
        return data.tree.sha;
    }
    /** A tree's entries, the whole subtree when `recursive`; a truncated listing is an error. */
    async listTree(sha, recursive) {
        const { data } = await this.call(`read tree ${sha}`, () => this.client.rest.git.getTree({ ...this.params(), tree_sha: sha, ...(recursive ? { recursive: 'true' } : {}) }));
        if (data.truncated)
            throw new MetadataError(`metadata-repo ${this.label}: tree ${sha} is too large for the GitHub API to list; use a smaller metadata-path`);
        return data.tree.flatMap((entry) => (entry.path && entry.type && entry.sha ? [{ path: entry.path, type: entry.type, sha: entry.sha }] : []));
    }
    /** A blob's text (UTF-8). */
    async readBlob(sha) {
        const { data } = await this.call(`read blob ${sha}`, () => this.client.rest.git.getBlob({ ...this.params(), file_sha: sha }));
        return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
    }
    /** Stores a text as a blob (sent base64, so the bytes are exact); returns its sha. */
    async createBlob(content) {
        const { data } = await this.call('create a blob', () => this.client.rest.git.createBlob({ ...this.params(), content: Buffer.from(redact(content), 'utf8').toString('base64'), encoding: 'base64' }));
        return data.sha;
    }
    /** A new tree: `base` (if any) with these files added, replaced or deleted (nested paths allowed). */
    async createTree(base, files) {
        const tree = files.map((file) => ({
            ...file,
            ...('content' in file ? { content: redact(file.content) } : {}),
            mode: '100644',
            type: 'blob'
        }));
        const { data } = await this.call('create a tree', () => this.client.rest.git.createTree({ ...this.params(), tree, ...(base ? { base_tree: base } : {}) }));
        return data.sha;
    }
    /** A new commit; no parents makes a root commit. */
    async createCommit(message, tree, parents) {
        const { data } = await this.call('create a commit', () => this.client.rest.git.createCommit({ ...this.params(), message: redact(message), tree, parents }));
        return data.sha;
    }
    /** Moves a branch to a descendant commit, never forcing; false when the branch moved meanwhile. */
    async moveBranch(branch, sha) {
        return this.refUpdate(`update branch ${branch}`, () => this.client.rest.git.updateRef({ ...this.params(), ref: `heads/${branch}`, sha, force: false }));
    }
    /** Creates a branch; false when it appeared meanwhile. */
    async createBranch(branch, sha) {
        return this.refUpdate(`create branch ${branch}`, () => this.client.rest.git.createRef({ ...this.params(), ref: `refs/heads/${branch}`, sha }));
    }
    /** Commits one file with the contents API: the only way to give an empty repository its first commit. */
    async createFirstFile(branch, path, content, message) {
        await this.call(`create ${path}`, () => this.client.rest.repos.createOrUpdateFileContents({
            ...this.params(),
            path,
            branch,
            message: redact(message),
            content: Buffer.from(redact(content), 'utf8').toString('base64')
        }));
    }
    params() {
        return { owner: this.owner, repo: this.repo };
    }
    async refUpdate(what, request) {
        try {
            await this.call(what, request);
            return true;
        }
        catch (error) {
            if (error instanceof MetadataError && (error.status === 409 || error.status === 422))
                return false;
            throw error;
        }
    }
    /** Runs a request, turning its failure into a MetadataError that says what to do. */
    async call(what, request) {
        try {
            return await request();
        }
        catch (error) {
            throw this.describe(what, error);
        }
    }
    describe(what, error) {
        const failure = error;
        const status = typeof failure.status === 'number' ? failure.status : undefined;
        let detail = typeof failure.response?.data?.message === 'string' ? failure.response.data.message : (failure.message ?? String(error)).split('\n')[0];
        const where = `metadata-repo ${this.label}`;
        detail = printable(redact(detail));
        switch (status) {
            case undefined:
                return new MetadataError(`${where}: cannot ${what}: ${detail}`);
            case 401:
                return new MetadataError(`${where}: GitHub API refused the token (401 ${detail}); check the github-token input`, status);
            case 403:
                return new MetadataError(`${where}: the token may not ${what} (403 ${detail}); grant the workflow \`permissions: contents: write\` or pass a github-token that can write to ${this.label}`, status);
            case 404:
                return new MetadataError(`${where}: cannot ${what} (404 ${detail}): the repository does not exist or the token cannot see it`, status);
            default:
                return new MetadataError(`${where}: cannot ${what} (${status} ${detail})`, status);
        }
    }
}

/** Validates the inputs and resolves the branch (one request when no branch is given). */
async function openLocation(options, log) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(options.repo.trim());
    if (!match)
        throw new MetadataError(`metadata-repo ${options.repo}: expected owner/name, e.g. octo-org/mirror-metadata`);
    if (!options.token)
        throw new MetadataError(`metadata-repo ${options.repo}: no github-token; pass one with write access to the repository`);
    const segments = (options.path ?? '').split('/').filter((segment) => segment !== '' && segment !== '.');
    if (segments.includes('..'))
        throw new MetadataError(`metadata-path ${options.path}: must stay inside the repository (no ..)`);
    const db = new GitDatabase(createGitHubClient(options.token, options.apiUrl, log), match[1], match[2]);
    const branch = options.branch?.trim() || (await db.defaultBranch());
    return { db, branch, folder: segments.join('/') };
}

/** Folder (inside the metadata folder) of the changelog's past months, `changelog/YYYY-MM.md`. */
const CHANGELOG_FOLDER = 'changelog';
const HEADER = '# Changelog\n\nNewest run first: the tags each run added and updated. Earlier months: [changelog/](changelog/).\n\n';
/** The header written before months were rolled out, recognised so it is replaced, not kept as text of its own. */
const OLD_HEADER = '# Changelog\n\nNewest run first: the tags each run added and updated.\n\n';
/**
 * CHANGELOG.md may grow to this size within a month; past it, it keeps only its newest sections up
 * to KEEP_BYTES (at least one) and the rest move to their month's file. The gap between the two
 * means a month's file is rewritten once per ~12 KB of new sections, not on every run.
 */
const MAX_BYTES = 16 * 1024;
const KEEP_BYTES = 4 * 1024;
/** "12 tags added, 3 updated", "1 tag added", "2 tags updated"; empty when nothing was copied. */
function changeSummary(added, updated) {
    const tags = (n) => count(n, 'tag');
    if (added && updated)
        return `${tags(added)} added, ${updated} updated`;
    if (added)
        return `${tags(added)} added`;
    return updated ? `${tags(updated)} updated` : '';
}
/** One run's section: its time and namespaces, then per repository the tags added and updated. */
function renderRunSection(source, target, added, updated, now) {
    const byRepository = new Map();
    const note = (change, kind) => {
        const entry = byRepository.get(change.repository) ?? { added: [], updated: [] };
        entry[kind].push(change.tag);
        byRepository.set(change.repository, entry);
    };
    for (const change of added)
        note(change, 'added');
    for (const change of updated)
        note(change, 'updated');
    const time = `${now.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
    const lines = [`## ${time} \u00b7 ${source} \u2192 ${target}`, '', `${changeSummary(added.length, updated.length)}.`, ''];
    for (const [repository, tags] of [...byRepository].sort(([a], [b]) => compareText(a, b))) {
        const parts = [
            ...(tags.added.length ? [`added ${tags.added.map((tag) => `\`${tag}\``).join(', ')}`] : []),
            ...(tags.updated.length ? [`updated ${tags.updated.map((tag) => `\`${tag}\``).join(', ')}`] : [])
        ];
        lines.push(`- \`${repository}\`: ${parts.join('; ')}`);
    }
    return `${lines.join('\n')}\n`;
}
/** A section's month (`YYYY-MM` from its `## YYYY-MM-DD ...` heading); undefined for text of another origin. */
const monthOf = (section) => /^## (\d{4}-\d{2})-\d{2} /.exec(section)?.[1];
/** A changelog body split into its sections (each starting `## `), and any text before the first (a file of another origin). */
function splitSections(body) {
    const parts = body.split(/\n(?=## )/);
    const lead = parts[0].startsWith('## ') ? '' : parts.shift();
    return { lead, sections: parts };
}
/** The path of a month's changelog file, relative to the metadata folder. */
function monthPath(month) {
    return `${CHANGELOG_FOLDER}/${month}.md`;
}
const monthHeader = (month) => `# Changelog, ${month}\n\nNewest run first: the tags each run added and updated. Later runs: [CHANGELOG.md](../CHANGELOG.md).\n\n`;
/**
 * Puts a run's section on top of the changelog found on the branch and keeps CHANGELOG.md bounded:
 * it holds the newest month's sections only, and when those pass MAX_BYTES, only the newest up to
 * KEEP_BYTES; the sections that leave go on top of their month's file (`changelog/YYYY-MM.md`,
 * read through `readMonth`). Text of another origin at the start of the file stays at its end.
 * Returns the files to write: `CHANGELOG.md` and every month file that changed.
 */
async function addSection(existing, section, readMonth) {
    const body = existing === undefined
        ? ''
        : existing.startsWith(HEADER)
            ? existing.slice(HEADER.length)
            : existing.startsWith(OLD_HEADER)
                ? existing.slice(OLD_HEADER.length)
                : existing;
    const { lead, sections } = splitSections(body);
    const all = [section, ...sections];
    const newest = monthOf(section);
    const current = all.filter((text) => monthOf(text) === undefined || monthOf(text) === newest);
    const size = (texts) => texts.reduce((sum, text) => sum + Buffer.byteLength(text) + 1, 0);
    let kept = current;
    if (size(current) > MAX_BYTES) {
        kept = [section];
        for (const text of current.slice(1))
            if (monthOf(text) === undefined || size([...kept, text]) <= KEEP_BYTES)
                kept.push(text);
    }
    const keep = new Set(kept);
    const moved = new Map();
    for (const text of all) {
        const month = monthOf(text);
        if (keep.has(text) || month === undefined)
            continue;
        moved.set(month, [...(moved.get(month) ?? []), text]);
    }
    const files = new Map([['CHANGELOG.md', `${HEADER}${kept.join('\n')}${lead ? `\n${lead}` : ''}`]]);
    for (const [month, texts] of moved) {
        const path = monthPath(month);
        const before = await readMonth(path);
        const header = monthHeader(month);
        const rest = before === undefined ? '' : before.startsWith(header) ? before.slice(header.length) : before;
        files.set(path, `${header}${texts.join('\n')}${rest ? `\n${rest}` : ''}`);
    }
    return files;
}

/** The git object id of a text stored as a blob, to tell unchanged files without reading them. */
function blobSha(content) {
    const bytes = Buffer.from(content, 'utf8');
    return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * Reads and parses the record at `path` (relative to the metadata folder) in a snapshot; undefined
 * when there is none. A file that is not a record is a MetadataError naming it: it is never
 * overwritten silently.
 */
async function loadRecord(location, snapshot, read, path) {
    const sha = snapshot.blobs.get(path);
    if (!sha)
        return undefined;
    try {
        return parseRecord(await read(sha));
    }
    catch (error) {
        if (!(error instanceof RecordFormatError))
            throw error;
        throw new MetadataError(`metadata-repo ${location.db.label}: ${joinPath(location.folder, path)} on branch ${location.branch}: ${error.message}; fix or remove the file`);
    }
}

/**
 * Applies a run's changes to the record found on the branch, tag by tag, so a run (or a shard)
 * only ever touches the tags it knows: re-applied to a newer head after a race, it merges with
 * what landed meanwhile instead of overwriting it. Per tag the more recently mirrored version
 * wins and the earliest first-mirrored time is kept. A tag copied to a different target
 * repository than the record's moves that repository: its old tags no longer describe the target.
 * The input record is not modified.
 */
function mergeChanges(existing, changes) {
    const record = emptyRecord(changes.source, changes.target);
    for (const [name, repository] of existing?.repositories ?? [])
        record.repositories.set(name, { ...repository, tags: new Map(repository.tags) });
    const added = [];
    const updated = [];
    for (const change of changes.tags) {
        let repository = record.repositories.get(change.repository);
        if (repository && repository.target !== change.target) {
            if (!change.copied)
                continue;
            repository = undefined;
        }
        if (!repository) {
            repository = { repository: change.repository, target: change.target, tags: new Map() };
            record.repositories.set(change.repository, repository);
        }
        const current = repository.tags.get(change.tag);
        if (change.copied)
            (current ? updated : added).push(change);
        repository.tags.set(change.tag, current ? mergeTag(current, change.record) : change.record);
    }
    return { record, added, updated };
}
function mergeTag(current, incoming) {
    const newer = incoming.lastMirrored > current.lastMirrored ? incoming : current;
    const firstMirrored = incoming.firstMirrored < current.firstMirrored ? incoming.firstMirrored : current.firstMirrored;
    return { ...newer, firstMirrored };
}

/**
 * The metadata folder's README: per namespace pair, where its record is. It depends only on the
 * pairs (no tag counts, no run time), so it changes only when a namespace is added or moved, and a
 * run that records one tag never rewrites it; the record's files carry every tag.
 */
function renderReadme(namespaces) {
    const sorted = [...namespaces].sort((a, b) => compareText(a.source, b.source));
    const lines = [
        '# Container image mirror',
        '',
        'What the mirror holds, written by gcr-mirror after every run that changed something.',
        'Each namespace has a JSON record with every tag, its digest and when it was mirrored, split into',
        'files by group of repositories (`records/NAMESPACE/00.json` to `3f.json`; a repository is always',
        'in the same group); [CHANGELOG.md](CHANGELOG.md) lists the tags each run added and updated.',
        ''
    ];
    if (sorted.length === 0)
        lines.push('Nothing is mirrored yet.', '');
    for (const entry of sorted)
        lines.push(`## ${entry.source} \u2192 ${entry.target}`, '', `Record: [${entry.path}](${entry.path})`, '');
    return lines.join('\n');
}

/**
 * Computes the metadata files from what is on the branch and the run's changes (one per mirror of
 * the run): each namespace's record merged tag by tag, group file by group file (see groupPath),
 * the README from the namespace pairs, the CHANGELOG with this run's sections on top (bounded: see
 * addSection). A group file is read and written only when the run copied a tag in it, or it does
 * not exist yet, so one new tag costs one group, not the whole record; a namespace still in the
 * single file of earlier versions is read whole, written as groups, and its old file deleted.
 * Only files whose bytes change are kept, so an unchanged mirror plans nothing. A pure function of
 * the snapshot (read through `read`) and the changes: after a race it is simply computed again on
 * the new head.
 */
async function planCommit(location, snapshot, read, runs, now) {
    const groups = new Map();
    const files = new Map();
    const sections = [];
    const pairs = new Map();
    let [added, updated] = [0, 0];
    const load = async (path, source) => {
        const record = await loadRecord(location, snapshot, read, path);
        if (record && record.source !== source) {
            throw new MetadataError(`metadata-repo ${location.db.label}: ${joinPath(location.folder, path)} holds the record of ${record.source}, not ${source}; move it aside`);
        }
        return record;
    };
    for (const changes of runs) {
        const legacyPath = legacyRecordPath(changes.source);
        const legacy = await load(legacyPath, changes.source);
        if (legacy)
            files.set(legacyPath, null);
        const byGroup = new Map();
        for (const repository of legacy?.repositories.keys() ?? [])
            byGroup.set(groupPath(changes.source, repository), []);
        for (const change of changes.tags) {
            const path = groupPath(changes.source, change.repository);
            const list = byGroup.get(path);
            if (list)
                list.push(change);
            else
                byGroup.set(path, [change]);
        }
        let recorded = false;
        const runAdded = [];
        const runUpdated = [];
        for (const [path, tags] of byGroup) {
            if (!legacy && snapshot.blobs.has(path) && !groups.has(path) && !tags.some((tag) => tag.copied))
                continue;
            let existing = groups.get(path) ?? (await load(path, changes.source));
            if (legacy)
                existing = withLegacy(existing, legacy, (repository) => groupPath(changes.source, repository) === path);
            const merged = mergeChanges(existing, { ...changes, tags });
            if (!existing && merged.record.repositories.size === 0)
                continue;
            groups.set(path, merged.record);
            recorded = true;
            runAdded.push(...merged.added);
            runUpdated.push(...merged.updated);
        }
        if (recorded || hasRecord(snapshot, changes.source))
            pairs.set(changes.source, changes.target);
        added += runAdded.length;
        updated += runUpdated.length;
        if (runAdded.length + runUpdated.length > 0)
            sections.push(renderRunSection(changes.source, changes.target, runAdded, runUpdated, now));
    }
    const summary = changeSummary(added, updated);
    const pairLines = runs.map((changes) => `${changes.source} -> ${changes.target}\n`).join('');
    const message = `mirror: ${summary || `update the record of ${runs.map((changes) => changes.source).join(', ')}`}\n\n${pairLines}`;
    if (groups.size === 0 && files.size === 0)
        return { files: new Map(), message };
    for (const [path, record] of groups)
        files.set(path, serializeRecord(record));
    files.set('README.md', renderReadme(await namespaces(snapshot, read, pairs, location)));
    const section = sections.length > 0 ? sections.join('\n') : undefined;
    if (section) {
        const text = async (path) => {
            const sha = snapshot.blobs.get(path);
            return sha ? read(sha) : undefined;
        };
        for (const [path, content] of await addSection(await text('CHANGELOG.md'), section, text))
            files.set(path, content);
    }
    for (const [path, content] of files)
        if (content !== null && snapshot.blobs.get(path) === blobSha(content))
            files.delete(path);
    return { files, message, section };
}
/** A group's record with the repositories of a single-file record that belong to it added (the group's own entries win). */
function withLegacy(group, legacy, inGroup) {
    const record = emptyRecord(legacy.source, group?.target ?? legacy.target);
    for (const [name, repository] of legacy.repositories)
        if (inGroup(name))
            record.repositories.set(name, repository);
    for (const [name, repository] of group?.repositories ?? [])
        record.repositories.set(name, repository);
    return record;
}
/** True when the branch holds a record of `source` in either layout. */
function hasRecord(snapshot, source) {
    const folder = `${namespaceFolder(source)}/`;
    return snapshot.blobs.has(legacyRecordPath(source)) || [...snapshot.blobs.keys()].some((path) => path.startsWith(folder));
}
/**
 * Every namespace pair the branch records, with where its record is and how many files it has:
 * this run's from its changes, the others from one file each (a group's or a single-file record's
 * `source` and `target`), so the README never needs the whole record.
 */
async function namespaces(snapshot, read, own, location) {
    /** The first file of each namespace folder. */
    const folders = new Map();
    for (const path of snapshot.blobs.keys()) {
        const match = new RegExp(`^(${RECORDS_FOLDER}/[^/]+)/[^/]+\\.json$`).exec(path);
        if (match && !folders.has(match[1]))
            folders.set(match[1], path);
    }
    const entries = new Map();
    for (const [source, target] of own)
        entries.set(source, { source, target, path: namespaceFolder(source) });
    const ownFolders = new Set([...own.keys()].flatMap((source) => [namespaceFolder(source), legacyRecordPath(source)]));
    const others = [
        ...[...folders].filter(([folder]) => !ownFolders.has(folder)).map(([folder, file]) => ({ path: folder, file })),
        ...[...snapshot.blobs.keys()].filter((path) => path.startsWith(`${LEGACY_RECORDS_FOLDER}/`) && !ownFolders.has(path)).map((path) => ({ path, file: path }))
    ];
    for (const { path, file } of others) {
        const record = await loadRecord(location, snapshot, read, file);
        if (record && !entries.has(record.source))
            entries.set(record.source, { source: record.source, target: record.target, path });
    }
    return [...entries.values()];
}

/** The documents written beside the records. */
const DOCUMENTS = new Set(['README.md', 'CHANGELOG.md']);
/**
 * Reads the branch head and lists the metadata folder: a few small requests whatever the size of
 * the records (ref, commit, one tree per folder level, one recursive listing each of the records,
 * the records of earlier versions and the changelog's months).
 */
async function readSnapshot({ db, branch, folder }) {
    const head = await db.branchHead(branch);
    if (head.kind !== 'commit')
        return { state: head.kind, blobs: new Map() };
    const tree = await db.commitTree(head.sha);
    const snapshot = { state: 'commit', head: head.sha, tree, blobs: new Map() };
    let folderTree = tree;
    for (const segment of folder ? folder.split('/') : []) {
        folderTree = (await db.listTree(folderTree, false)).find((entry) => entry.path === segment && entry.type === 'tree')?.sha;
        if (!folderTree)
            return snapshot;
    }
    const top = await db.listTree(folderTree, false);
    for (const entry of top)
        if (entry.type === 'blob' && DOCUMENTS.has(entry.path))
            snapshot.blobs.set(entry.path, entry.sha);
    for (const [name, suffix] of [
        [RECORDS_FOLDER, '.json'],
        [LEGACY_RECORDS_FOLDER, '.json'],
        [CHANGELOG_FOLDER, '.md']
    ]) {
        const folder = top.find((entry) => entry.path === name && entry.type === 'tree');
        if (!folder)
            continue;
        for (const entry of await db.listTree(folder.sha, true)) {
            if (entry.type === 'blob' && entry.path.endsWith(suffix))
                snapshot.blobs.set(`${name}/${entry.path}`, entry.sha);
        }
    }
    return snapshot;
}
/** Reads blobs by sha, each at most once (an unchanged file costs nothing on a retry). */
function blobReader(db) {
    const cache = new Map();
    return (sha) => {
        let text = cache.get(sha);
        if (!text) {
            text = db.readBlob(sha);
            cache.set(sha, text);
            text.catch(() => cache.delete(sha));
        }
        return text;
    };
}

/** Attempts to land the commit when other writers keep moving the branch. */
const MAX_ATTEMPTS = 8;
const BACKOFF_BASE_MS = 250;
const BACKOFF_MAX_MS = 8_000;
/** Files up to this size travel inside the tree request; larger ones as blobs of their own. */
const INLINE_LIMIT_BYTES = 256 * 1024;
/**
 * Records a run in the metadata repository through the GitHub API (no checkout, no SSH key): one
 * commit when something changed, none otherwise. Reads the branch head, computes the files on it,
 * builds a tree on the head's tree, commits and moves the branch without force. When the branch
 * moved meanwhile (another shard or run committed), it reads the new head, computes the files
 * again (merging, never overwriting) and retries with backoff. A missing branch is created as a
 * new root commit holding only the metadata. Throws a MetadataError; the mirror is unaffected.
 */
async function publishMetadata(options) {
    const log = options.log ?? (() => undefined);
    const now = options.now ?? new Date();
    const dryRun = Boolean(options.dryRun || options.report.dryRun);
    const mirrors = options.report.mirrors?.filter((mirror) => !mirror.error);
    const changes = mirrors
        ? mirrors.map((mirror) => collectChanges(mirror, sectionOf(options.ledger, mirror.name), now, dryRun))
        : [collectChanges(options.report, options.ledger, now, dryRun)];
    const location = await openLocation(options, log);
    const where = `metadata ${location.db.label}@${location.branch}`;
    const read = blobReader(location.db);
    /** The last commit made, in case the branch already points at it (a ref update whose answer was lost). */
    let made;
    const attempt = async () => {
        const snapshot = await readSnapshot(location);
        if (made && snapshot.head === made.sha)
            return made;
        const plan = await planCommit(location, snapshot, read, changes, now);
        const summary = plan.message.split('\n')[0];
        const files = [...plan.files.keys()].map((path) => joinPath(location.folder, path));
        if (plan.files.size === 0) {
            log(`${where}: no change`);
            return { committed: false, message: 'no change', files: [] };
        }
        if (dryRun) {
            log(`${where} (dry run): would commit "${summary}" changing ${files.join(', ')}`);
            if (plan.section)
                log(plan.section.trimEnd());
            return { committed: false, message: summary, files };
        }
        if (snapshot.state === 'empty-repository') {
            await createFirstCommit(location, plan);
            log(`${where}: the repository was empty; created its first commit`);
            throw new BranchMoved(false);
        }
        const sha = await writeCommit(location, snapshot, plan);
        made = { committed: true, sha, message: summary, files };
        if (!(await moveBranch(location, snapshot, sha)))
            throw new BranchMoved(true);
        log(`${where}: committed ${sha.slice(0, 12)} "${summary}"`);
        return made;
    };
    try {
        return await retry(attempt, {
            attempts: MAX_ATTEMPTS,
            backoffMs: BACKOFF_BASE_MS,
            maxDelayMs: BACKOFF_MAX_MS,
            retryable: (error) => error instanceof BranchMoved,
            retryAfterMs: (error) => (error.moved ? undefined : 0),
            onRetry: ({ error, delayMs }) => error.moved && log(`${where}: the branch moved meanwhile; rebuilding on the new head in ${Math.round(delayMs)} ms`)
        });
    }
    catch (error) {
        if (!(error instanceof BranchMoved))
            throw error;
        throw new MetadataError(`metadata-repo ${location.db.label}: branch ${location.branch} kept moving; gave up after ${MAX_ATTEMPTS} attempts`);
    }
}
/** A config mirror's entries: its section, and those of a single-mirror ledger it reads through (see `Ledger.section`). */
function sectionOf(ledger, id) {
    const own = ledger.filter((entry) => entry.section === id);
    const sources = new Set(own.map((entry) => entry.source));
    return [...own, ...ledger.filter((entry) => entry.section === undefined && !sources.has(entry.source))];
}
/** Another attempt is needed: the branch moved under the commit (or the first commit was just made). */
class BranchMoved extends Error {
    moved;
    /** False when the repository was empty and its first commit was just made: try again at once. */
    constructor(moved) {
        super(moved ? 'the branch moved meanwhile' : 'created the first commit');
        this.moved = moved;
    }
}
/** Creates the planned commit (blobs, tree on the head's tree, commit) without moving the branch. */
async function writeCommit({ db, folder }, snapshot, plan) {
    const entries = await Promise.all([...plan.files].map(async ([path, content]) => content === null
        ? { path: joinPath(folder, path), sha: null }
        : Buffer.byteLength(content) <= INLINE_LIMIT_BYTES
            ? { path: joinPath(folder, path), content }
            : { path: joinPath(folder, path), sha: await db.createBlob(content) }));
    const tree = await db.createTree(snapshot.tree, entries);
    return db.createCommit(plan.message, tree, snapshot.head ? [snapshot.head] : []);
}
/** Moves (or creates) the branch to the commit; false when another writer got there first. */
function moveBranch({ db, branch }, snapshot, sha) {
    return snapshot.head ? db.moveBranch(branch, sha) : db.createBranch(branch, sha);
}
/**
 * GitHub refuses git database writes in a repository without commits; its first commit is made
 * with the contents API, holding the README, and the run's commit follows on top of it.
 */
async function createFirstCommit({ db, branch, folder }, plan) {
    const [path, content] = [...plan.files].find(([name, text]) => name === 'README.md' && text !== null) ?? [...plan.files].find(([, text]) => text !== null);
    await db.createFirstFile(branch, joinPath(folder, path), content, 'mirror: create the metadata repository');
}

/**
 * The ledger entries the metadata record holds for one source namespace (its group files, and the
 * single file an earlier version wrote, at most 65 blob reads), sorted by source reference: what the action starts from when the Actions cache has no ledger, instead of copying
 * everything again. Empty when the branch or the record does not exist.
 */
async function readMetadataLedger(options) {
    const location = await openLocation(options, options.log ?? (() => undefined));
    const snapshot = await readSnapshot(location);
    const read = blobReader(location.db);
    // The groups (this version's layout) and the single file of an earlier version; a group's entry wins.
    const folder = `${namespaceFolder(options.source)}/`;
    const paths = [legacyRecordPath(options.source), ...[...snapshot.blobs.keys()].filter((path) => path.startsWith(folder)).sort()];
    const records = await Promise.all(paths.map((path) => loadRecord(location, snapshot, read, path)));
    const repositories = new Map();
    for (const record of records)
        if (record?.source === options.source)
            for (const [name, repository] of record.repositories)
                repositories.set(name, repository);
    const entries = [];
    for (const repository of repositories.values()) {
        for (const [tag, entry] of repository.tags) {
            entries.push({
                // The text the ledger keys a tag by: an image list's digest entries after `@`.
                source: formatImageRef({ registry: options.source, repository: repository.repository, ...(isValidDigest(tag) ? { digest: tag } : { tag }) }),
                digest: entry.digest,
                target: `${repository.target}:${entry.targetTag ?? tag}`,
                ...landedFields(entry, entry.digest),
                firstMirrored: entry.firstMirrored,
                lastMirrored: entry.lastMirrored
            });
        }
    }
    return entries.sort((a, b) => compareText(a.source, b.source));
}

export { MetadataError, publishMetadata, readMetadataLedger };
