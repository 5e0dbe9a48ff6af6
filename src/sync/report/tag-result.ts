import type { CopyJob } from '../../engines/engine'
import type { MappedTag } from '../plan/naming'
import type { FailureCause } from './failure'
import type { ImageResult, ImageStatus, Landed } from '../types'

/** The fields of `landed` worth recording: a target digest that differs from `digest`, a media type, platforms. */
export function landedFields(landed: Landed, digest: string | null): Landed {
  return {
    ...(landed.targetDigest && landed.targetDigest !== digest ? { targetDigest: landed.targetDigest } : {}),
    ...(landed.mediaType ? { mediaType: landed.mediaType } : {}),
    ...(landed.platforms?.length ? { platforms: [...landed.platforms] } : {})
  }
}

/** A tag of this run, mapped once (where it is read and written, with their texts), and the source digest planned. */
export interface PlannedTag extends MappedTag {
  digest: string
  /** True when the ledger had no entry for it (a new tag, not an update). */
  isNew: boolean
  /** Set when the ledger holds the tag but `--verify` found the target lacking (part of) it: why, in words. */
  repair?: string
}

/** The engine's view of a planned tag: its references and the texts made when it was planned. */
export function copyJobOf(planned: PlannedTag): CopyJob {
  return {
    source: planned.source,
    target: planned.target,
    tag: planned.tag,
    digest: planned.digest,
    sourceRef: planned.sourceText,
    targetRef: planned.targetText,
    ...(planned.repair === undefined ? {} : { repair: true })
  }
}

/** How one tag ended, besides its status. */
export interface Ending {
  bytes?: number
  error?: string
  /** Why a tag was skipped: `ledger`, `target-has-it`, `dry-run`. */
  reason?: string
  durationMs: number
  landed?: Landed
  /** The source media type when a conversion landed (schema 1 pushed as Docker v2). */
  convertedFrom?: string
  /** OCI referrers copied with the tag. */
  referrers?: number
  /** Why a failed tag failed. */
  cause?: FailureCause
}

/** The report entry of a tag, with the contract's strings made when it was mapped. */
export function tagResult(tag: MappedTag & Pick<PlannedTag, 'isNew'> & { digest: string | null }, status: ImageStatus, ending: Ending): ImageResult {
  return {
    source: tag.sourceText,
    target: tag.targetText,
    digest: tag.digest,
    status,
    bytes: ending.bytes ?? 0,
    error: ending.error ?? null,
    ...(ending.reason ? { reason: ending.reason } : {}),
    repository: tag.relative,
    tag: tag.tag,
    durationMs: ending.durationMs,
    ...(status === 'failed' && tag.digest === null ? {} : { isNew: tag.isNew }),
    ...landedFields(ending.landed ?? {}, tag.digest),
    ...(ending.convertedFrom ? { convertedFrom: ending.convertedFrom } : {}),
    ...(ending.referrers ? { referrers: ending.referrers } : {}),
    ...(ending.cause ? { cause: ending.cause } : {})
  }
}
