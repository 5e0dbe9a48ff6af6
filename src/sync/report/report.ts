import { stat } from 'node:fs/promises'
import { writeFileAtomic } from '../../util/atomic-write'
import { resolveFile } from '../../util/local-file'
import { redactedJson } from '../../util/redact'
import { formatBytes, formatDuration } from '../../util/duration'
import type { ImageResult, PruneResult, RunStop, SyncReport } from '../types'
import { count } from '../../util/count'

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

/**
 * A mirror's heading: its name, then its endpoints unless the name says them already (`a -> b`, not
 * `a -> b: a -> b`; an image list's `gcr.io [linux/arm64] -> T`, not `... -> T: gcr.io -> T`).
 */
export function mirrorHeading(name: string, source: string, target: string, arrow = '->'): string {
  const endpoints = `${source} ${arrow} ${target}`
  if (name === defaultMirrorName(source, target)) return endpoints
  const toTarget = ` -> ${target}`
  return name.endsWith(toTarget) ? `${name.slice(0, -toTarget.length)} ${arrow} ${target}` : `${name}: ${endpoints}`
}

/** Writes the report JSON atomically. */
export async function writeReport(path: string, report: SyncReport): Promise<void> {
  await writeFileAtomic(path, `${redactedJson(report, 2)}\n`)
}

/** The report of a run, or of a mirror, that ended as a whole before it had one: no tag, the error. */
export type FailedRunReport = SyncReport & { error: string }

/**
 * The report of a run that ended before it had one (bad input, refused credentials, an unreachable
 * registry): no tag, one failure (the run itself, as a config mirror that fails as a whole counts),
 * and the one-line `error`; the endpoints as far as they are known.
 */
export function failedRunReport(
  run: { source?: string; target?: string; dryRun?: boolean; engine?: SyncReport['engine'] },
  error: string,
  startedAt: Date,
  finishedAt = new Date()
): FailedRunReport {
  return {
    source: run.source ?? '',
    target: run.target ?? '',
    copied: 0,
    skipped: 0,
    failed: 1,
    images: [],
    collisions: [],
    remaining: 0,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    bytes: 0,
    dryRun: run.dryRun ?? false,
    engine: run.engine ?? 'registry',
    error
  }
}

/**
 * Writes the report of a run that failed early to `path`, when `path` can take it: a one-line path
 * to a regular file or none yet, not `stateFile` or its journal or lock (the error may be about the
 * report path itself: a FIFO, a device or the ledger is never replaced). True when it was written;
 * a failure to write is not another error.
 */
export async function writeFailedRunReport(path: string | undefined, report: FailedRunReport, stateFile?: string): Promise<boolean> {
  const file = path?.trim()
  // eslint-disable-next-line no-control-regex
  if (!file || /[\x00-\x1f\x7f]/.test(file)) return false
  const info = await stat(file).catch(() => undefined)
  if (info && !info.isFile()) return false
  // Never over the ledger: the error may be that --report names the state file or one of its own files.
  const resolved = await resolveFile(file).catch(() => undefined)
  const state = stateFile?.trim() ? await resolveFile(stateFile.trim()).catch(() => undefined) : undefined
  if (!resolved || (state && [state, `${state}.journal`, `${state}.journal.old`, `${state}.lock`].includes(resolved))) return false
  return writeReport(file, report).then(
    () => true,
    () => false
  )
}

/**
 * What a run left for the next one, in words: `3 tags`, `3 tags and 120 repositories not listed yet`,
 * `120 repositories not listed yet`; undefined when it left nothing.
 */
export function describeLeft(report: Pick<SyncReport, 'remaining' | 'unlisted'>): string | undefined {
  const parts = []
  if (report.remaining > 0) parts.push(count(report.remaining, 'tag'))
  if (report.unlisted) parts.push(`${count(report.unlisted, 'repository', 'repositories')} not listed yet`)
  return parts.length > 0 ? parts.join(' and ') : undefined
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

/**
 * A prune candidate kept on the target although gone from the source, because another target tag
 * needs its digest (`digest-shared`: it points at it; `referenced`: it holds it). A dry run keeps them too.
 */
export function keptOnTarget(prune: PruneResult): boolean {
  return prune.status === 'skipped' && (prune.reason === 'digest-shared' || prune.reason === 'referenced')
}

/** A human summary of a run: totals, then one line per failure, per naming collision and per prune kept (with why). */
export function formatSummary(report: SyncReport): string {
  const elapsed = Date.parse(report.finishedAt) - Date.parse(report.startedAt)
  const verb = report.dryRun ? 'would copy' : 'copied'
  const wouldCopy = report.images.filter((i) => i.reason === 'dry-run').length
  const referrers = report.images.reduce((sum, i) => sum + (i.referrers ?? 0), 0)
  const left = describeLeft(report)
  const wouldPrune = report.dryRun && report.pruned ? `, would prune ${report.pruned.filter((p) => p.planned === 'prune').length}` : ''
  const lines = [
    `${report.source} -> ${report.target}: ${verb} ${report.dryRun ? wouldCopy : report.copied}${referrers ? ` (with ${referrers} referrers)` : ''}${wouldPrune}, skipped ${report.skipped - wouldCopy}, failed ${report.failed}` +
      `, ${formatBytes(report.bytes)} in ${formatDuration(elapsed)}` +
      (report.verified || report.repaired ? `, verified ${report.verified ?? 0}, repaired ${report.repaired ?? 0}` : '') +
      (left ? `; ${describeStop(report.stop)}: ${left} left for the next run` : '')
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
  for (const prune of pruned.filter(keptOnTarget)) lines.push(`  kept ${prune.target}: ${prune.why}`)
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
