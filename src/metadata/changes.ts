import type { LedgerEntry } from '../sync/ledger'
import type { ImageResult, SyncReport } from '../sync/types'
import { compareText, type TagRecord } from './record'

/** One tag the mirror holds, as this run knows it. */
export interface TagChange {
  /** Source repository relative to the source namespace. */
  repository: string
  tag: string
  /** Target repository, without tag. */
  target: string
  record: TagRecord
  /** True when this run copied the tag (or, in a dry run, would copy it). */
  copied: boolean
}

/** What one run tells the metadata about one namespace pair. */
export interface RunChanges {
  source: string
  target: string
  /** Sorted by repository, then tag. */
  tags: TagChange[]
}

/**
 * Collects what the mirror holds for the report's namespace pair: every ledger entry under it (so
 * tags mirrored before the metadata was enabled are recorded too) and the tags copied by this run,
 * which count as added or updated. In a dry run, tags the run would copy stand for copied ones.
 * Times come from the ledger entry, else `now`.
 */
export function collectChanges(report: SyncReport, ledger: LedgerEntry[], now: Date, dryRun: boolean): RunChanges {
  const stamp = now.toISOString()
  const byKey = new Map<string, TagChange>()
  const bySource = new Map(ledger.map((entry) => [entry.source, entry]))
  for (const entry of ledger) {
    const names = splitNames(report, entry.source, entry.target)
    if (names) byKey.set(entry.source, { ...names, record: tagRecord(entry, entry), copied: false })
  }
  for (const image of report.images) {
    if (!image.digest || !(image.status === 'copied' || (dryRun && image.reason === 'dry-run'))) continue
    const names = splitNames(report, image.source, image.target)
    if (!names) continue
    const entry = bySource.get(image.source)
    const times =
      entry?.digest === image.digest && entry.target === image.target ? entry : { firstMirrored: entry?.firstMirrored ?? stamp, lastMirrored: stamp }
    byKey.set(image.source, { ...names, record: tagRecord({ ...image, digest: image.digest }, times), copied: true })
  }
  const tags = [...byKey.values()].sort((a, b) => compareText(a.repository, b.repository) || compareText(a.tag, b.tag))
  return { source: report.source, target: report.target, tags }
}

/**
 * Splits `SOURCE_NS/repo:tag` and `TARGET_NS/...:tag` into the relative repository, the tag and the
 * target repository; undefined when the references are not under the report's namespaces.
 */
function splitNames(report: SyncReport, source: string, target: string): Pick<TagChange, 'repository' | 'tag' | 'target'> | undefined {
  const sourcePrefix = report.source ? `${report.source}/` : ''
  const targetPrefix = report.target ? `${report.target}/` : ''
  const colon = source.lastIndexOf(':')
  if (!source.startsWith(sourcePrefix) || !target.startsWith(targetPrefix) || colon <= sourcePrefix.length) return undefined
  const tag = source.slice(colon + 1)
  const repository = source.slice(sourcePrefix.length, colon)
  if (!tag || tag.includes('/') || !target.endsWith(`:${tag}`)) return undefined
  return { repository, tag, target: target.slice(0, -tag.length - 1) }
}

type Described = Pick<ImageResult, 'targetDigest' | 'mediaType' | 'platforms'> & { digest: string }

function tagRecord(described: Described, times: Pick<TagRecord, 'firstMirrored' | 'lastMirrored'>): TagRecord {
  return {
    digest: described.digest,
    ...(described.targetDigest && described.targetDigest !== described.digest ? { targetDigest: described.targetDigest } : {}),
    ...(described.mediaType ? { mediaType: described.mediaType } : {}),
    ...(described.platforms?.length ? { platforms: [...described.platforms] } : {}),
    firstMirrored: times.firstMirrored,
    lastMirrored: times.lastMirrored
  }
}
