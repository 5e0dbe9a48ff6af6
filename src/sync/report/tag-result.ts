import type { CopyJob } from '../../engines/engine'
import { formatTagRef, repositoryPath, type TagRef } from '../../oci/reference'
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

/** A tag of this run, parsed once: where it is read and written, and the source digest planned. */
export interface PlannedTag {
  source: TagRef
  target: TagRef
  digest: string
  /** True when the ledger had no entry for it (a new tag, not an update). */
  isNew: boolean
  /** Set when the ledger holds the tag but `--verify` found the target lacking (part of) it: why, in words. */
  repair?: string
}

/** The engine's view of a planned tag: repository paths and the contract's reference strings. */
export function copyJobOf(planned: PlannedTag): CopyJob {
  return {
    sourceRepository: repositoryPath(planned.source),
    targetRepository: repositoryPath(planned.target),
    tag: planned.source.tag,
    ...(planned.target.tag === planned.source.tag ? {} : { targetTag: planned.target.tag }),
    digest: planned.digest,
    sourceRef: formatTagRef(planned.source),
    targetRef: formatTagRef(planned.target),
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

/** The report entry of a tag, rendered to the contract's strings. */
export function tagResult(tag: Pick<PlannedTag, 'source' | 'target' | 'isNew'> & { digest: string | null }, status: ImageStatus, ending: Ending): ImageResult {
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
  }
}
