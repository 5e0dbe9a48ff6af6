import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

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
/** Content whose digest or size is not what its descriptor says (retried: transfers can corrupt). */
class DigestMismatchError extends MirrorError {
    name = 'DigestMismatchError';
    constructor(message, details) {
        super('digest-mismatch', message, details);
    }
}
/** An answer larger than gcr-mirror accepts for its kind (manifests, JSON documents). */
class TooLargeError extends MirrorError {
    name = 'TooLargeError';
    constructor(message, details) {
        super('too-large', message, details);
    }
}
/** An answer gcr-mirror refuses to follow (bad digest, name, realm or redirect). */
class ProtocolError extends MirrorError {
    name = 'ProtocolError';
    constructor(message, details) {
        super('protocol', message, details);
    }
}
/**
 * The target refused an index because it could not find or read a manifest the index lists
 * (`400 DIGEST_INVALID` or `MANIFEST_BLOB_UNKNOWN` to the index's PUT). distribution answers so
 * while that child is being written again at the same moment (see `registry/manifest-put.ts`):
 * worth checking the children and one more PUT, not a failure of the content.
 */
class ChildUnknownError extends MirrorError {
    name = 'ChildUnknownError';
    constructor(message, details) {
        super('refused', message, details);
    }
}
/**
 * A failure met before the first copy (options, endpoints, listing, target preflight): the run
 * did nothing, so shells treat it as bad input (exit 2). Keeps the kind and side of its cause.
 */
class PreflightError extends MirrorError {
    error;
    name = 'PreflightError';
    constructor(error, details = {}) {
        const cause = error instanceof MirrorError ? error : undefined;
        super(cause?.kind ?? kindOf(error) ?? 'protocol', error instanceof Error ? error.message : String(error), {
            cause: error,
            side: details.side ?? cause?.side,
            hint: details.hint,
            retryAfter: cause?.retryAfter,
            status: cause?.status,
            code: cause?.code
        });
        this.error = error;
    }
    render(words = CLI_WORDS) {
        const text = this.error instanceof MirrorError ? this.error.render(words) : this.message;
        return this.hint ? `${text}; ${this.hint(words)}` : text;
    }
}
/** Error codes of connections that dropped or stalled (Node and undici). */
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'UND_ERR_SOCKET',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
    'ERR_STREAM_PREMATURE_CLOSE'
]);
/** The kind of any error: a MirrorError's own, `transient` for dropped connections, else undefined. */
function kindOf(error) {
    if (error instanceof MirrorError)
        return error.kind;
    const err = error;
    return TRANSIENT_CODES.has(err?.code ?? '') || TRANSIENT_CODES.has(err?.cause?.code ?? '') ? 'transient' : undefined;
}
const RETRYABLE_KINDS = new Set(['transient', 'rate-limited', 'digest-mismatch']);
/**
 * True for failures worth another attempt: timeouts, throttling, 5xx, dropped connections, corrupt
 * transfers; never one its maker marked `final` (see ErrorDetails).
 */
function isRetryable(error) {
    const kind = kindOf(error);
    return kind !== undefined && RETRYABLE_KINDS.has(kind) && !(error instanceof MirrorError && error.final);
}
/** The wait an error asks for before another attempt (its `Retry-After`), in ms; undefined when it asks none. */
function retryAfterMs(error) {
    return error instanceof MirrorError && error.retryAfter !== undefined ? error.retryAfter * 1000 : undefined;
}
/** One-line message of any error in a shell's words, without stack. */
function errorMessage(error, words = CLI_WORDS) {
    const message = error instanceof MirrorError ? error.render(words) : error instanceof Error ? error.message : String(error);
    return message.split('\n')[0];
}
/** The end of the mirror an error came from, as the error (or the error it wraps) says. */
function sideOf(error) {
    for (let e = error; e instanceof Error; e = e.cause)
        if (e instanceof MirrorError && e.side)
            return e.side;
    return undefined;
}
/**
 * The store boundary: an error a store of `side` raised, with its side set when its maker could not
 * know it (a layout's, a digest check's). An error that names a side keeps it; a dropped connection
 * Node or undici raised becomes a `transient` MirrorError of the same message with it as `cause`;
 * anything else (an abort reason) passes unchanged.
 */
function onSide(error, side) {
    if (error instanceof MirrorError) {
        error.side ??= side;
        return error;
    }
    if (error instanceof Error && kindOf(error) === 'transient')
        return new MirrorError('transient', error.message, { cause: error, side });
    return error;
}

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
 * Secrets shorter than this are not searched for: they would blank ordinary words of every message.
 * (Their base64 `user:pass` form, always longer, still is.)
 */
const MIN_SECRET_LENGTH = 4;
/** Every secret registered (what listeners have been told). */
const secrets = new Set();
/**
 * Secrets made of token characters (tokens, base64, most passwords): looked up per run of such
 * characters in a text, so a run that issues thousands of tokens costs a Set lookup per word, not a
 * regular expression over every token.
 */
const tokens = new Set();
/** The few others (passwords with spaces, `@`, `%`...): one regular expression, rebuilt when one is added. */
const others = new Set();
const listeners = [];
let othersPattern;
const TOKEN_CHARS = /^[A-Za-z0-9._~+/-]+=*$/;
/** Runs of token characters in a text (with the `=` padding of base64). */
const TOKEN_RUNS = /[A-Za-z0-9._~+/-]+=*/g;
/** What a sentence may put around a token: `token abc.` */
const EDGE_PUNCTUATION = /^([._~+/-]*)(.*?)([._~+/-]*)$/s;
/** Registers a secret (and its URL-encoded form): from now on `redact` replaces it, and listeners are told. */
function addSecret(secret) {
    if (!secret)
        return;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
        if (secrets.has(form))
            continue;
        secrets.add(form);
        // The runner's masking takes any length; the text search only secrets long enough not to blank words.
        for (const listener of listeners)
            listener(form);
        if (form.length < MIN_SECRET_LENGTH)
            continue;
        if (TOKEN_CHARS.test(form)) {
            tokens.add(form);
        }
        else {
            others.add(form);
            othersPattern = undefined;
        }
    }
}
/** Registers the secrets of credentials: the password, the identity token, the base64 `user:pass` of a Basic header. */
function addCredentials(credentials) {
    if (!credentials)
        return;
    addSecret(credentials.password);
    addSecret(credentials.identityToken);
    if (credentials.password) {
        const basic = Buffer.from(`${credentials.username}:${credentials.password}`);
        addSecret(basic.toString('base64'));
        addSecret(basic.toString('base64').replace(/=+$/, ''));
    }
}
/** Tells `listener` of every secret registered so far and of each one registered later. */
function onSecret(listener) {
    listeners.push(listener);
    for (const secret of secrets)
        listener(secret);
}
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

export { addCredentials as A, onSide as B, CLI_WORDS as C, DigestMismatchError as D, IMAGE_REF_FORMS as I, MirrorError as M, ProtocolError as P, TooLargeError as T, UsageError as U, isValidRepositoryPath as a, addSecret as b, isLoopback as c, isDockerHub as d, redact as e, forDisplay as f, parseImageRef as g, formatImageRef as h, isValidHost as i, joinPath as j, kindOf as k, errorMessage as l, redactedJson as m, normalizeRegistryHost as n, onSecret as o, printable as p, quoted as q, registryIdentity as r, sideOf as s, splitTagRef as t, isValidDigest as u, PreflightError as v, isRetryable as w, retryAfterMs as x, ChildUnknownError as y, isValidTag as z };
