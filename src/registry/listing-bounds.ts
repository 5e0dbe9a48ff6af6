import { MirrorError, type Wording } from '../oci/errors'
import { quoted } from '../util/printable'
import { deadlineSignal } from '../util/deadline'

/**
 * Limits every listing obeys (a catalog, one repository's tags, a child walk, a vendor API),
 * whatever the registry: a registry that keeps adding pages, lists without end or trickles bytes is
 * cut off with a clear error instead of growing memory or time without bound.
 */
export interface ListingLimits {
  /** Pages one listing may take. */
  maxPages: number
  /** Tags one repository may list. */
  maxTags: number
  /** Repositories one run may list. */
  maxRepositories: number
  /** Total time of one listing request, body included (not only until the headers). */
  requestTimeoutMs: number
}

/** The documented defaults (README, "Limits"). */
export const LISTING_DEFAULTS: ListingLimits = { maxPages: 10_000, maxTags: 100_000, maxRepositories: 10_000, requestTimeoutMs: 120_000 }

/** What listings run under: the limits, the run's stop signal (SIGTERM, `--max-duration`), and who hears of names skipped. */
export interface ListingBounds extends ListingLimits {
  signal?: AbortSignal
  /** Told of each listed name skipped because the grammar does not allow it (a warning of the run). */
  onSkipped?: (message: string) => void
}

/**
 * True for a listed name the grammar allows. A name it does not (`v1\x1b[2J`, a tag with a newline)
 * could be no image anyone can pull: it is skipped, and `bounds.onSkipped` told, with the name escaped
 * and shortened so it cannot drive a terminal or the job log.
 */
export function keepListedName(name: string, valid: boolean, what: string, bounds: ListingBounds): boolean {
  if (!valid) bounds.onSkipped?.(`${what}: skipping ${quoted(name, 140)}, which the distribution spec's grammar does not allow`)
  return valid
}

/** A listing that went past one of its limits. */
export class ListingLimitError extends MirrorError {
  override name = 'ListingLimitError'
  constructor(message: string | Wording) {
    super('too-large', message)
  }
}

/**
 * Runs one listing request with a signal that aborts on the run's stop (its reason kept) or when
 * the request, body included, outlives `bounds.requestTimeoutMs`: a trickling body is cut off like
 * a silent one. Pages are followed by followPages (src/registry/pages.ts), which calls this.
 */
export async function withDeadline<T>(what: string, bounds: ListingBounds, send: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const seconds = Math.round(bounds.requestTimeoutMs / 1000)
  const deadline = deadlineSignal(
    bounds.requestTimeoutMs,
    [bounds.signal],
    () => new MirrorError('transient', (w) => `${what}: no complete answer within ${seconds} s (${w.option('list-timeout')})`)
  )
  try {
    return await send(deadline.signal)
  } finally {
    deadline.dispose()
  }
}

/** Throws when a listing holds more than `limit` items of `noun` (tags, repositories). */
export function checkCount(count: number, limit: number, what: string, noun: string, option: string): void {
  if (count > limit) {
    throw new ListingLimitError(
      (w) => `${what}: more than ${limit} ${noun}; raise ${w.option(option)} or narrow the run (${w.option('images')}, ${w.option('shard')})`
    )
  }
}
