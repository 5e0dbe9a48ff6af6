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

export { ChildUnknownError as C, DigestMismatchError as D, MirrorError as M, ProtocolError as P, TooLargeError as T, UsageError as U, PreflightError as a, retryAfterMs as b, addSecret as c, addCredentials as d, errorMessage as e, redact as f, CLI_WORDS as g, onSecret as h, isRetryable as i, kindOf as k, onSide as o, redactedJson as r, sideOf as s };
