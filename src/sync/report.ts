import { writeFileAtomic } from '../util/atomic-write'
import { redactedJson } from '../util/redact'
import { formatBytes, formatDuration } from '../util/duration'
import type { ImageResult, RunStop, SyncReport } from './types'

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

/** The name a config mirror gets when it has none of its own: `source -> target`. */
export function defaultMirrorName(source: string, target: string): string {
  return `${source} -> ${target}`
}

/** A mirror's heading: its name, then its endpoints unless the name is just them (`a -> b`, not `a -> b: a -> b`). */
export function mirrorHeading(name: string, source: string, target: string, arrow = '->'): string {
  const endpoints = `${source} ${arrow} ${target}`
  return name === defaultMirrorName(source, target) ? endpoints : `${name}: ${endpoints}`
}

/** Writes the report JSON atomically. */
export async function writeReport(path: string, report: SyncReport): Promise<void> {
  await writeFileAtomic(path, `${redactedJson(report, 2)}\n`)
}

/** Why a run left tags for the next one, in words: `the time budget (5h00m) ran out`. */
export function describeStop(stop?: RunStop): string {
  switch (stop?.reason) {
    case 'budget':
      return stop.budgetMs === undefined ? 'the time budget ran out' : `the time budget (${formatDuration(stop.budgetMs)}) ran out`
    case 'signal':
      return 'the run was stopped'
    case 'rate-limit':
      return stop.detail ? `a rate limit was reached (${stop.detail})` : 'a rate limit was reached'
    default:
      return 'the time budget ran out or the run was stopped'
  }
}

/** A human summary of a run: totals, then one line per failure and per naming collision. */
export function formatSummary(report: SyncReport): string {
  const elapsed = Date.parse(report.finishedAt) - Date.parse(report.startedAt)
  const verb = report.dryRun ? 'would copy' : 'copied'
  const wouldCopy = report.images.filter((i) => i.reason === 'dry-run').length
  const referrers = report.images.reduce((sum, i) => sum + (i.referrers ?? 0), 0)
  const lines = [
    `${report.source} -> ${report.target}: ${verb} ${report.dryRun ? wouldCopy : report.copied}${referrers ? ` (with ${referrers} referrers)` : ''}, skipped ${report.skipped - wouldCopy}, failed ${report.failed}` +
      `, ${formatBytes(report.bytes)} in ${formatDuration(elapsed)}` +
      (report.remaining > 0 ? `; ${describeStop(report.stop)}: ${report.remaining} tags left for the next run` : '')
  ]
  for (const collision of report.collisions) lines.push(`  name collision on ${collision.target}: ${collision.resolution}`)
  for (const image of report.images.filter((i) => i.status === 'failed')) lines.push(`  FAILED ${image.source}: ${image.error}`)
  // Only for tags this run copied: a ledger hit's digest changed when it was copied, and was said then.
  for (const image of report.images.filter((i) => i.status === 'copied' && i.targetDigest && i.targetDigest !== i.digest)) {
    lines.push(`  changed digest ${image.target}: source ${image.digest}, target ${image.targetDigest}`)
  }
  const pruned = report.pruned ?? []
  if (pruned.length > 0 && !report.dryRun) {
    const count = (status: string): number => pruned.filter((p) => p.status === status).length
    lines.push(`  pruned ${count('pruned')}, kept ${count('skipped')}, could not delete ${count('failed')}`)
    for (const prune of pruned.filter((p) => p.status === 'failed')) lines.push(`  PRUNE FAILED ${prune.target}: ${prune.error}`)
  }
  return lines.join('\n')
}

/**
 * A dry run's plan, one line per tag it would change: prunes first, then copies and updates, each
 * with the repository and tag (relative to the source namespace), the digest and why.
 */
export function formatPlan(report: SyncReport): string {
  const rows: Array<[string, string, string, string]> = []
  for (const prune of report.pruned ?? [])
    if (prune.planned) rows.push([`would ${prune.planned}`, `${prune.repository}:${prune.tag}`, prune.digest, prune.why ?? ''])
  for (const image of report.images)
    if (image.planned) rows.push([`would ${image.planned}`, `${image.repository}:${image.tag}`, image.digest ?? '', image.why ?? ''])
  if (rows.length === 0) return 'nothing to copy, update or prune'
  const width = Math.max(...rows.map((row) => row[1].length))
  return rows.map(([action, ref, digest, why]) => `${action.padEnd(12)} ${ref.padEnd(width)}  ${digest}  ${why}`).join('\n')
}
