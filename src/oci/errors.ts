/**
 * One vocabulary of failures for every store (registry, OCI layout, docker daemon) and every shell.
 * An error says what *kind* of failure it is; `isRetryable` and `exitCodeOf` decide from the kind
 * alone, so a corrupt blob read from a layout is retried exactly like one read from a registry.
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
 * - `transient`: timeouts, dropped connections, 5xx: worth another attempt.
 */
export type ErrorKind =
  'usage' | 'not-found' | 'auth-refused' | 'access-denied' | 'digest-mismatch' | 'too-large' | 'protocol' | 'refused' | 'rate-limited' | 'transient'

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
  side?: Side
  /** What the user can do, in the words of the shell that prints it. */
  hint?: Wording
}

/** The base of every gcr-mirror error: a kind, a one-line message, and optional details. */
export class MirrorError extends Error {
  override name = 'MirrorError'
  readonly retryAfter?: number
  readonly side?: Side
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
      retryAfter: cause?.retryAfter
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

/** True for failures worth another attempt: timeouts, throttling, 5xx, dropped connections, corrupt transfers. */
export function isRetryable(error: unknown): boolean {
  const kind = kindOf(error)
  return kind !== undefined && RETRYABLE_KINDS.has(kind)
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

/** Sides recorded for errors raised without one (registry and layout errors, Node's own). */
const sides = new WeakMap<object, Side>()

/**
 * Records that `error` came from `side` and returns it. An error that already has a side (its own
 * or a recorded one) keeps it, unless `force`: an error of the source's bytes that surfaced while
 * the target was being written to stays the source's.
 */
export function markSide<T>(error: T, side: Side, force = false): T {
  if (typeof error === 'object' && error !== null && (force || sideOf(error) === undefined)) sides.set(error, side)
  return error
}

/** The end of the mirror an error came from: the one recorded by markSide, else the error's own. */
export function sideOf(error: unknown): Side | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  return sides.get(error) ?? (error instanceof MirrorError ? error.side : undefined)
}

/**
 * `store` with every error its methods throw or reject with marked as coming from `side` (errors
 * that have a side keep it), so a failure report can say which end was at fault.
 */
export function sidedStore<T extends object>(store: T, side: Side): T {
  return new Proxy(store, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target)
      if (typeof value !== 'function') return value
      return (...args: unknown[]): unknown => {
        try {
          const result: unknown = value.apply(target, args)
          return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(markSide(error, side))) : result
        } catch (error) {
          throw markSide(error, side)
        }
      }
    }
  })
}
