import { writeFileAtomic } from '../util/atomic-write'
import { formatBytes, formatDuration } from '../util/duration'
import type { ImageResult, SyncReport } from './types'

/** Per-repository totals, for summaries. */
export interface RepositoryTotals {
  repository: string
  target: string
  copied: number
  skipped: number
  failed: number
  bytes: number
  durationMs: number
}

/** Groups results by source repository, sorted by name. */
export function totalsByRepository(images: ImageResult[]): RepositoryTotals[] {
  const totals = new Map<string, RepositoryTotals>()
  for (const image of images) {
    const target = image.target.replace(/:[^:/]*$/, '')
    const entry = totals.get(image.repository) ?? { repository: image.repository, target, copied: 0, skipped: 0, failed: 0, bytes: 0, durationMs: 0 }
    entry[image.status]++
    entry.bytes += image.bytes
    entry.durationMs += image.durationMs
    totals.set(image.repository, entry)
  }
  return [...totals.values()].sort((a, b) => (a.repository < b.repository ? -1 : 1))
}

/** Writes the report JSON atomically. */
export async function writeReport(path: string, report: SyncReport): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(report, null, 2)}\n`)
}

/** A human summary of a run: totals, then one line per failure and per naming collision. */
export function formatSummary(report: SyncReport): string {
  const elapsed = Date.parse(report.finishedAt) - Date.parse(report.startedAt)
  const verb = report.dryRun ? 'would copy' : 'copied'
  const wouldCopy = report.images.filter((i) => i.reason === 'dry-run').length
  const lines = [
    `${report.source} -> ${report.target}: ${verb} ${report.dryRun ? wouldCopy : report.copied}, skipped ${report.skipped - wouldCopy}, failed ${report.failed}` +
      `, ${formatBytes(report.bytes)} in ${formatDuration(elapsed)}` +
      (report.remaining > 0 ? `; ${report.remaining} tags left for the next run` : '')
  ]
  for (const collision of report.collisions) lines.push(`  name collision on ${collision.target}: ${collision.resolution}`)
  for (const image of report.images.filter((i) => i.status === 'failed')) lines.push(`  FAILED ${image.source}: ${image.error}`)
  for (const image of report.images.filter((i) => i.targetDigest && i.targetDigest !== i.digest)) {
    lines.push(`  changed digest ${image.target}: source ${image.digest}, target ${image.targetDigest}`)
  }
  return lines.join('\n')
}
