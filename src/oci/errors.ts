/**
 * One vocabulary of failures for every store (registry, OCI layout, docker daemon) and every shell.
 * An error says what *kind* of failure it is, and carries as plain fields what its maker knew: the
 * side (source or target), the registry's HTTP status and error code. `isRetryable` and `exitCodeOf`
 * decide from these alone, so a corrupt blob read from a layout is retried exactly like one read
 * from a registry, and a failure report (`sync/failure.ts`) only reads them.
 */

/**
 * What went wrong, independent of the store that failed:
 * - `usage`: bad options or input, found before any copy (exit 2);
 * - `not-found`: the repository, manifest, blob or layout is not there;
 * - `auth-refused`: the credentials were refused (wrong username or password);
 * - `access-denied`: valid or anonymous credentials without the right needed (pull, push, catalog);
 * - `digest-mismatch`: content whose digest or size is not what its descriptor says;
 * - `too-large`: an answer larger than gcr-mirror accepts for its kind;
 * - `protocol`: an answer gcr-mirror refuses to follow (bad digest, name, realm, redirect, JSON);
 * - `refused`: the store understood and will not take this content (unsupported media type, bad name);
 * - `rate-limited`: the registry asked to slow down (429, quota);
 * - `transient`: timeouts, dropped connections, 5xx: worth another attempt;
 * - `unknown`: a failure a tool reported in words gcr-mirror does not recognise (never retried).
 */
export type ErrorKind =
  'usage' | 'not-found' | 'auth-refused' | 'access-denied' | 'digest-mismatch' | 'too-large' | 'protocol' | 'refused' | 'rate-limited' | 'transient' | 'unknown'

/** Which end of the mirror a failure belongs to. */
export type Side = 'source' | 'target'

/** How a shell names its options: the CLI says `--target-username`, the action `target-username`. */
export interface Words {
  option(name: string): string
}

/** The CLI's words, also the default text of every message. */
export const CLI_WORDS: Words = { option: (name) => `--${name}` }

/** A message that names options, rendered in the words of the shell that prints it. */
export type Wording = (words: Words) => string

/** Extra facts an error may carry, for decisions and messages (never credentials). */
export interface ErrorDetails {
  cause?: unknown
  /** Seconds the store asked to wait before another attempt (`Retry-After`). */
  retryAfter?: number
  /** The end of the mirror whose store failed, when its maker knows it. */
  side?: Side
  /** The registry's HTTP status, when a registry answered. */
  status?: number
  /** The registry's error code (`MANIFEST_UNKNOWN`, `DENIED`, ...), when its answer had one. */
  code?: string
  /** True when no further attempt is worth it although the kind is retryable (see `MirrorError.final`). */
  final?: boolean
  /** What the user can do, in the words of the shell that prints it. */
  hint?: Wording
}

/** The base of every gcr-mirror error: a kind, a one-line message, and optional details. */
export class MirrorError extends Error {
  override name = 'MirrorError'
  readonly retryAfter?: number
  /**
   * Which end failed. Set at construction where the maker knows it (the registry transport, the
   * blob copier for the source's bytes, the docker engine); else once by the store boundary, {@link onSide}.
   */
  side?: Side
  readonly status?: number
  readonly code?: string
  /**
   * True when no retry layer should try again although the kind is retryable: a 429 at the
   * rate-limit floor or asking a long wait (set at construction), or a request the transport
   * already retried as far as its policy allows (set when it gives up), so the blob copier's
   * whole-transfer retry does not multiply the transport's attempts.
   */
  final?: boolean
  readonly hint?: Wording
  private readonly wording?: Wording

  constructor(
    readonly kind: ErrorKind,
    message: string | Wording,
    details: ErrorDetails = {}
  ) {
    super(typeof message === 'string' ? message : message(CLI_WORDS), details.cause === undefined ? undefined : { cause: details.cause })
    if (typeof message !== 'string') this.wording = message
    this.retryAfter = details.retryAfter
    this.side = details.side
    this.status = details.status
    this.code = details.code
    this.final = details.final
    this.hint = details.hint
  }

  /** The message (and hint) in the words of a shell. */
  render(words: Words = CLI_WORDS): string {
    const text = this.wording ? this.wording(words) : this.message
    return this.hint ? `${text}; ${this.hint(words)}` : text
  }
}

/** Bad usage or input, found before any copy starts: the CLI exits 2, the action fails the step. */
export class UsageError extends MirrorError {
  override name = 'UsageError'
  constructor(message: string | Wording, details?: ErrorDetails) {
    super('usage', message, details)
  }
}

/** Content whose digest or size is not what its descriptor says (retried: transfers can corrupt). */
export class DigestMismatchError extends MirrorError {
  override name = 'DigestMismatchError'
  constructor(message: string, details?: ErrorDetails) {
    super('digest-mismatch', message, details)
  }
}

/** An answer larger than gcr-mirror accepts for its kind (manifests, JSON documents). */
export class TooLargeError extends MirrorError {
  override name = 'TooLargeError'
  constructor(message: string, details?: ErrorDetails) {
    super('too-large', message, details)
  }
}

/** An answer gcr-mirror refuses to follow (bad digest, name, realm or redirect). */
export class ProtocolError extends MirrorError {
  override name = 'ProtocolError'
  constructor(message: string, details?: ErrorDetails) {
    super('protocol', message, details)
  }
}

/**
 * The target refused an index because it could not find or read a manifest the index lists
 * (`400 DIGEST_INVALID` or `MANIFEST_BLOB_UNKNOWN` to the index's PUT). distribution answers so
 * while that child is being written again at the same moment (see `registry/manifest-put.ts`):
 * worth checking the children and one more PUT, not a failure of the content.
 */
export class ChildUnknownError extends MirrorError {
  override name = 'ChildUnknownError'
  constructor(message: string, details?: ErrorDetails) {
    super('refused', message, details)
  }
}

/**
 * A failure met before the first copy (options, endpoints, listing, target preflight): the run
 * did nothing, so shells treat it as bad input (exit 2). Keeps the kind and side of its cause.
 */
export class PreflightError extends MirrorError {
  override name = 'PreflightError'
  constructor(
    readonly error: unknown,
    details: Pick<ErrorDetails, 'side' | 'hint'> = {}
  ) {
    const cause = error instanceof MirrorError ? error : undefined
    super(cause?.kind ?? kindOf(error) ?? 'protocol', error instanceof Error ? error.message : String(error), {
      cause: error,
      side: details.side ?? cause?.side,
      hint: details.hint,
      retryAfter: cause?.retryAfter,
      status: cause?.status,
      code: cause?.code
    })
  }

  override render(words: Words = CLI_WORDS): string {
    const text = this.error instanceof MirrorError ? this.error.render(words) : this.message
    return this.hint ? `${text}; ${this.hint(words)}` : text
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
])

/** The kind of any error: a MirrorError's own, `transient` for dropped connections, else undefined. */
export function kindOf(error: unknown): ErrorKind | undefined {
  if (error instanceof MirrorError) return error.kind
  const err = error as { code?: string; cause?: { code?: string } } | undefined
  return TRANSIENT_CODES.has(err?.code ?? '') || TRANSIENT_CODES.has(err?.cause?.code ?? '') ? 'transient' : undefined
}

const RETRYABLE_KINDS = new Set<ErrorKind>(['transient', 'rate-limited', 'digest-mismatch'])

/**
 * True for failures worth another attempt: timeouts, throttling, 5xx, dropped connections, corrupt
 * transfers; never one its maker marked `final` (see ErrorDetails).
 */
export function isRetryable(error: unknown): boolean {
  const kind = kindOf(error)
  return kind !== undefined && RETRYABLE_KINDS.has(kind) && !(error instanceof MirrorError && error.final)
}

/** The wait an error asks for before another attempt (its `Retry-After`), in ms; undefined when it asks none. */
export function retryAfterMs(error: unknown): number | undefined {
  return error instanceof MirrorError && error.retryAfter !== undefined ? error.retryAfter * 1000 : undefined
}

/** Exit statuses of a run (the contract's, plus the signal conventions). */
export const ExitCode = { Ok: 0, TagsFailed: 1, Usage: 2, Interrupted: 130, Terminated: 143 } as const

/** The exit status for an error that ended a run: 2 for bad usage and anything before the first copy, else 1. */
export function exitCodeOf(error: unknown): number {
  return error instanceof UsageError || error instanceof PreflightError ? ExitCode.Usage : ExitCode.TagsFailed
}

/** One-line message of any error in a shell's words, without stack. */
export function errorMessage(error: unknown, words: Words = CLI_WORDS): string {
  const message = error instanceof MirrorError ? error.render(words) : error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]
}

/** The end of the mirror an error came from, as the error (or the error it wraps) says. */
export function sideOf(error: unknown): Side | undefined {
  for (let e = error; e instanceof Error; e = e.cause) if (e instanceof MirrorError && e.side) return e.side
  return undefined
}

/**
 * The store boundary: an error a store of `side` raised, with its side set when its maker could not
 * know it (a layout's, a digest check's). An error that names a side keeps it; a dropped connection
 * Node or undici raised becomes a `transient` MirrorError of the same message with it as `cause`;
 * anything else (an abort reason) passes unchanged.
 */
export function onSide(error: unknown, side: Side): unknown {
  if (error instanceof MirrorError) {
    error.side ??= side
    return error
  }
  if (error instanceof Error && kindOf(error) === 'transient') return new MirrorError('transient', error.message, { cause: error, side })
  return error
}
