import type { LedgerEntry } from '../sync/state/ledger'
import { joinPath, splitTagRef } from '../oci/reference'
import { landedFields } from '../sync/report/tag-result'
import type { Landed, SyncReport } from '../sync/types'
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
    if (names) {
      const { targetTag, ...change } = names
      byKey.set(entry.source, { ...change, record: tagRecord(entry, entry, targetTag), copied: false })
    }
  }
  for (const image of report.images) {
    if (!image.digest || !(image.status === 'copied' || (dryRun && image.reason === 'dry-run'))) continue
    const names = splitNames(report, image.source, image.target)
    if (!names) continue
    const entry = bySource.get(image.source)
    const times =
      entry?.digest === image.digest && entry.target === image.target ? entry : { firstMirrored: entry?.firstMirrored ?? stamp, lastMirrored: stamp }
    const { targetTag, ...change } = names
    byKey.set(image.source, { ...change, record: tagRecord({ ...image, digest: image.digest }, times, targetTag), copied: true })
  }
  const tags = [...byKey.values()].sort((a, b) => compareText(a.repository, b.repository) || compareText(a.tag, b.tag))
  return { source: report.source, target: report.target, tags }
}

/**
 * The relative repository, the tag and the target repository of a ledger entry or result, when both
 * references are under the report's namespaces and name the same tag.
 */
function splitNames(
  report: SyncReport,
  source: string,
  target: string
): (Pick<TagChange, 'repository' | 'tag' | 'target'> & { targetTag?: string }) | undefined {
  const from = splitTagRef(source, report.source)
  const to = splitTagRef(target, report.target)
  if (!from || !to) return undefined
  // An image list may land a tag under another name (a digest entry, --fold-into): the record keeps it.
  return { repository: from.repository, tag: from.tag, target: joinPath(report.target, to.repository), ...(to.tag === from.tag ? {} : { targetTag: to.tag }) }
}

function tagRecord(described: Landed & { digest: string }, times: Pick<TagRecord, 'firstMirrored' | 'lastMirrored'>, targetTag?: string): TagRecord {
  return {
    digest: described.digest,
    ...(targetTag ? { targetTag } : {}),
    ...landedFields(described, described.digest),
    firstMirrored: times.firstMirrored,
    lastMirrored: times.lastMirrored
  }
}
