import { errorMessage, type Words } from '../../oci/errors'
import type { MirrorEntry } from '../options/mirror-entry'
import { Ledger } from '../state/ledger'
import { checkLocalPaths } from './local-paths'
import { summedProgress } from './progress-sum'
import { SharedReads } from './shared-reads'
import { failedRunReport, mirrorHeading, writeReport } from '../report/report'
import { runSync, type SyncDeps } from '../sync'
import type { SyncHooks, SyncReport } from '../types'

/** One mirror's part of a config run: its report, or the error that stopped it. */
export type MirrorReport = SyncReport & { name: string; error?: string }

/** The report of a config run: the contract's fields summed over the mirrors, and each mirror's own report. */
export type MultiMirrorReport = SyncReport & { mirrors: MirrorReport[] }

/** The entries in runs: those sharing a `readGroup` (one source into several targets) together, in the order first seen. */
function readGroups(entries: MirrorEntry[]): MirrorEntry[][] {
  const groups = new Map<string | MirrorEntry, MirrorEntry[]>()
  for (const entry of entries) {
    const key = entry.readGroup ?? entry
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }
  return [...groups.values()]
}

/**
 * Runs the mirrors of a config file one after the other with one ledger (the run-wide
 * `state-file`, a section per mirror keyed by its id) and one time budget, and writes one report:
 * the totals and every tag of all mirrors, plus `mirrors`, each mirror's report. A mirror that fails as a whole (its source can't
 * be listed, say) counts as one failure and the next one still runs; a stop signal ends the run.
 */
export async function runMirrors(
  entries: MirrorEntry[],
  hooks: SyncHooks = {},
  deps: Omit<SyncDeps, 'ledger'> & { ledger?: Ledger } = {},
  words?: Words
): Promise<MultiMirrorReport> {
  const shared = entries[0].options
  for (const entry of entries) await checkLocalPaths(entry.options)
  const ledger = deps.ledger ?? (await Ledger.load(shared.stateFile, { warn: (message) => hooks.log?.('warning', message), readOnly: shared.dryRun }))
  try {
    return await runAll(entries, ledger, hooks, deps, words)
  } finally {
    if (!deps.ledger) await ledger.release()
  }
}

async function runAll(entries: MirrorEntry[], ledger: Ledger, hooks: SyncHooks, deps: Omit<SyncDeps, 'ledger'>, words?: Words): Promise<MultiMirrorReport> {
  const startedAt = new Date()
  const shared = entries[0].options
  const deadline = shared.maxDurationMs === undefined ? undefined : startedAt.getTime() + shared.maxDurationMs
  const reports = new Map<MirrorEntry, MirrorReport>()
  const runOne = async (entry: MirrorEntry, entryHooks: SyncHooks, reads?: SharedReads): Promise<void> => {
    const options = { ...entry.options, report: undefined, maxDurationMs: deadline === undefined ? undefined : Math.max(1, deadline - Date.now()) }
    hooks.log?.('info', `mirror ${mirrorHeading(entry.name, options.source.display, options.target.display)}`)
    try {
      reports.set(entry, { name: entry.name, ...(await runSync(options, entryHooks, { ...deps, ledger: ledger.section(entry.name), reads })) })
    } catch (error) {
      const message = errorMessage(error, words)
      hooks.log?.('error', `mirror ${entry.name}: ${message}`)
      const now = new Date()
      const run = { source: options.source.display, target: options.target.display, dryRun: options.dryRun, engine: options.engine }
      reports.set(entry, { name: entry.name, ...failedRunReport(run, message, now, now) })
    }
  }
  for (const group of readGroups(entries)) {
    if (hooks.signal?.aborted) break
    if (group.length === 1) {
      await runOne(group[0], hooks)
      continue
    }
    // One source into several targets: the mirrors run at once and read each blob of it once.
    // The collector is paced by the bytes downloaded (the ones allocated), not by each target's upload of them.
    const reads = new SharedReads(undefined, hooks.onStreamed)
    try {
      // One progress line for the group: the sum of its mirrors'.
      const progress = hooks.onProgress ? summedProgress(group.length, hooks.onProgress) : undefined
      await Promise.all(group.map((entry, i) => runOne(entry, { ...hooks, onStreamed: undefined, onProgress: progress?.[i] }, reads)))
    } finally {
      await reads.close()
    }
  }
  const mirrors = entries.flatMap((entry) => reports.get(entry) ?? [])
  const sum = (field: 'copied' | 'skipped' | 'failed' | 'remaining' | 'bytes'): number => mirrors.reduce((total, m) => total + m[field], 0)
  const pruned = mirrors.flatMap((m) => m.pruned ?? [])
  const missingRepositories = [...new Set(mirrors.flatMap((m) => m.missingRepositories ?? []))].sort()
  const report: MultiMirrorReport = {
    source: mirrors.map((m) => m.source).join(', '),
    target: mirrors.map((m) => m.target).join(', '),
    copied: sum('copied'),
    skipped: sum('skipped'),
    failed: sum('failed'),
    images: mirrors.flatMap((m) => m.images),
    collisions: [...entries.flatMap((entry) => entry.collisions ?? []), ...mirrors.flatMap((m) => m.collisions)],
    remaining: sum('remaining'),
    ...(mirrors.some((m) => m.unlisted) ? { unlisted: mirrors.reduce((total, m) => total + (m.unlisted ?? 0), 0) } : {}),
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    bytes: sum('bytes'),
    dryRun: shared.dryRun,
    engine: shared.engine,
    ...(mirrors.some((m) => m.pruned) ? { pruned } : {}),
    verified: mirrors.reduce((total, m) => total + (m.verified ?? 0), 0),
    repaired: mirrors.reduce((total, m) => total + (m.repaired ?? 0), 0),
    ...(missingRepositories.length > 0 ? { missingRepositories } : {}),
    mirrors
  }
  if (!shared.dryRun) await ledger.save()
  if (shared.report) await writeReport(shared.report, report)
  return report
}
