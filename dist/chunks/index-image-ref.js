import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

import { f as redact, U as UsageError } from './index-redact.js';

/**
 * Names as the distribution spec defines them, one copy for every store: repository paths, tags,
 * digests and registry hosts. `docker.io` (also `index.docker.io`, `registry-1.docker.io`,
 * `registry.hub.docker.com`) is one registry, named `docker.io`.
 */
const COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*';
const REPOSITORY_PATH = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const HOST = /^(localhost|\[[0-9a-fA-F:]+\]|[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*)(:\d{1,5})?$/;
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
/** The longest repository name the spec allows (host excluded). */
const MAX_NAME_LENGTH = 255;
/** True for a repository path such as `google-containers/pause` (lowercase components separated by `/`). */
function isValidRepositoryPath(path) {
    return path.length <= MAX_NAME_LENGTH && REPOSITORY_PATH.test(path);
}
/** True for a tag as the spec allows: `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`. */
function isValidTag(tag) {
    return TAG.test(tag);
}
/** True for a `sha256:` (64 hex) or `sha512:` (128 hex) digest. */
function isValidDigest(digest) {
    return DIGEST.test(digest);
}
/** True for `HOST` or `HOST:PORT` (a name, an IPv4 address, or a bracketed IPv6 address). */
function isValidHost(host) {
    const port = /:(\d+)$/.exec(host)?.[1];
    return HOST.test(host) && (port === undefined || Number(port) <= 65535);
}
/** The canonical name of a registry host: every Docker Hub alias becomes `docker.io`, names are lowercased. */
function normalizeRegistryHost(host) {
    const lower = host.toLowerCase();
    return DOCKER_HUB_ALIASES.has(lower) ? 'docker.io' : lower;
}
/** True for Docker Hub under any of its names. */
function isDockerHub(host) {
    return normalizeRegistryHost(host) === 'docker.io';
}
/** The bare host of `HOST[:PORT]`, lowercased: the port (after a name, an IPv4 address or a bracketed IPv6 address) dropped. */
function hostName(host) {
    return host.toLowerCase().replace(/:\d+$/, '');
}
const LOOPBACK_V4 = /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const LOOPBACK_V6 = new Set(['[::1]', '[0:0:0:0:0:0:0:1]']);
/**
 * True for a host (with or without its port) on this machine's loopback interface: `localhost`,
 * the whole of 127.0.0.0/8, and `[::1]`. The one rule for both what is spoken to over plain HTTP
 * (as docker does) and which names are one registry ({@link registryIdentity}).
 */
function isLoopback(host) {
    const name = hostName(host);
    return name === 'localhost' || LOOPBACK_V4.test(name) || LOOPBACK_V6.has(name);
}
/**
 * What a registry host names, whatever alias it is written with: Docker Hub's names become
 * `docker.io`, every loopback name ({@link isLoopback}) one loopback, and a default port (`:443`, or
 * `:80` for a plain-HTTP registry) the bare host. Two hosts with one identity are one registry.
 * Aliases only DNS knows (a name in /etc/hosts) are not resolved.
 */
function registryIdentity(host) {
    const lower = host.toLowerCase();
    const match = /^(.*?)(?::(\d+))?$/.exec(lower);
    const port = match[2] === '443' || match[2] === '80' ? undefined : match[2];
    const name = DOCKER_HUB_ALIASES.has(match[1]) ? 'docker.io' : isLoopback(match[1]) ? 'loopback' : match[1];
    return port === undefined ? name : `${name}:${port}`;
}

/**
 * The text side of image references: the contract's strings (`REGISTRY/NAMESPACE/REPOSITORY:TAG`)
 * that ledgers, reports and metadata records hold are made by `formatImageRef` (image-ref.ts) and
 * read back here.
 */
/** Joins non-empty path parts with `/`: a namespace and a repository below it, a folder and a file. */
function joinPath(...parts) {
    return parts.filter(Boolean).join('/');
}
/**
 * Reads the text of a tag back into its repository and tag, given the text it lies under: a store
 * (`REGISTRY`, `oci:PATH`; the repository is then its whole path) or an endpoint (`REGISTRY/NAMESPACE`,
 * as reports name endpoints; the path below the namespace). The one way stored strings (ledger
 * entries, report entries, metadata records) come back in. Undefined when the text is not a tag under it.
 */
function splitTagRef(text, under) {
    const prefix = under ? `${under}/` : '';
    const at = text.indexOf('@', prefix.length);
    if (at > prefix.length && text.startsWith(prefix))
        return { repository: text.slice(prefix.length, at), tag: text.slice(at + 1) };
    const colon = text.lastIndexOf(':');
    if (!text.startsWith(prefix) || colon <= prefix.length)
        return undefined;
    const repository = text.slice(prefix.length, colon);
    const tag = text.slice(colon + 1);
    return tag && !tag.includes('/') ? { repository, tag } : undefined;
}

/**
 * Text safe to print on a terminal or in a job log: control characters shown as escapes, so a tag
 * name or a registry's message cannot move the cursor, clear the screen, ring the bell, rewrite a
 * line (CR) or start a workflow command on a line of its own.
 */
/** C0 controls but tab, DEL, C1 controls, and the Unicode line separators and bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
/** The same, keeping newlines (text of several lines written on purpose). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
function escape(char) {
    const code = char.codePointAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}
/** One line: every control character (newlines too) as `\xNN` or `\u{NNNN}`. */
function printable(text) {
    return text.replace(CONTROLS, escape);
}
/** Lines: control characters escaped, newlines kept. */
function printableLines(text) {
    return text.replace(CONTROLS_BUT_NEWLINE, escape);
}
/** A value quoted in a one-line message: escaped, and cut to `max` characters. */
function quoted(text, max = 80) {
    const shown = printable(text);
    return `"${shown.length > max ? `${shown.slice(0, max)}\u2026` : shown}"`;
}
/** What a shell prints (stderr, stdout, the job log): secrets redacted, control characters escaped, newlines kept. */
function forDisplay(text) {
    return printableLines(redact(text));
}

/** The longest reference text accepted (a host, a 255-character name, a tag and a sha512 digest fit). */
const MAX_REFERENCE_LENGTH = 512;
/** The forms {@link parseImageRef} accepts, for messages. */
const IMAGE_REF_FORMS = 'REGISTRY/REPOSITORY[:TAG|@sha256:DIGEST] (e.g. gcr.io/google-containers/pause:3.9), or a Docker Hub name (nginx, user/app:1.0)';
/** True when the first path component names a registry host, as docker decides it: a `.` or `:`, or `localhost`. */
const namesHost = (part) => part === 'localhost' || part.includes('.') || part.includes(':') || part.startsWith('[');
/**
 * Parses an image reference as `docker pull` does (distribution's normalised names): a first
 * component that is not a host means Docker Hub (`nginx` is `docker.io/library/nginx`,
 * `user/app` is `docker.io/user/app`); `:TAG`, `@DIGEST`, or both (the digest wins, as with docker).
 * Nothing else is interpreted: no scheme, no credentials, no whitespace, lowercase repositories.
 * Throws a UsageError naming `input` (the option or entry it came from) and the accepted forms.
 */
function parseImageRef(text, input = 'image reference') {
    const fail = (problem) => new UsageError(`${input} "${shown(text)}": ${problem}; expected ${IMAGE_REF_FORMS}`);
    if (text.length === 0)
        throw fail('empty');
    if (text.length > MAX_REFERENCE_LENGTH)
        throw fail(`longer than ${MAX_REFERENCE_LENGTH} characters`);
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    if (/[\s\u0000-\u001f\u007f]/.test(text))
        throw fail('holds whitespace or control characters');
    if (text.includes('://'))
        throw fail('a reference has no scheme');
    const at = text.indexOf('@');
    const named = at < 0 ? text : text.slice(0, at);
    const digest = at < 0 ? undefined : text.slice(at + 1);
    if (digest !== undefined && !isValidDigest(digest))
        throw fail(`"${shown(digest)}" is not a digest (sha256: and 64 hex digits)`);
    const slash = named.indexOf('/');
    const first = slash < 0 ? '' : named.slice(0, slash);
    const [host, rest] = slash >= 0 && namesHost(first) ? [first, named.slice(slash + 1)] : ['docker.io', named];
    if (host.includes('@'))
        throw fail('credentials do not belong in a reference');
    if (!isValidHost(host))
        throw fail(`"${shown(host)}" is not a registry host[:port]`);
    // A tag follows the last `:` after the last `/` (a host's port comes before the first `/`).
    const colon = rest.lastIndexOf(':');
    const [path, tag] = colon > rest.lastIndexOf('/') ? [rest.slice(0, colon), rest.slice(colon + 1)] : [rest, undefined];
    if (tag !== undefined && !isValidTag(tag))
        throw fail(`"${shown(tag)}" is not a tag (letters, digits, _ . -, at most 128)`);
    const registry = normalizeRegistryHost(host);
    const repository = registry === 'docker.io' && !path.includes('/') ? `library/${path}` : path;
    if (!isValidRepositoryPath(repository)) {
        const why = repository.length > MAX_NAME_LENGTH ? `longer than ${MAX_NAME_LENGTH} characters` : 'lowercase letters, digits, and . _ - separators, / between levels';
        throw fail(`"${shown(path)}" is not a repository path (${why})`);
    }
    return { registry, repository, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}
/**
 * The text of a reference: `REGISTRY/REPOSITORY[:TAG][@DIGEST]` (the canonical, fully qualified form;
 * `oci:PATH/REPOSITORY:TAG` for a layout). A tag's text is the contract's string in reports, ledgers
 * and metadata: made once per tag, where it leaves the program.
 */
function formatImageRef(ref) {
    return `${joinPath(ref.registry, ref.repository)}${ref.tag === undefined ? '' : `:${ref.tag}`}${ref.digest === undefined ? '' : `@${ref.digest}`}`;
}
/** Untrusted text as it may appear in a message: control characters escaped, cut at 80 characters. */
function shown(text) {
    const escaped = JSON.stringify(text).slice(1, -1);
    return escaped.length > 80 ? `${escaped.slice(0, 77)}...` : escaped;
}

export { IMAGE_REF_FORMS as I, formatImageRef as a, isValidRepositoryPath as b, isValidTag as c, isDockerHub as d, parseImageRef as e, forDisplay as f, isValidHost as g, isLoopback as h, isValidDigest as i, joinPath as j, normalizeRegistryHost as n, printable as p, quoted as q, registryIdentity as r, splitTagRef as s };
