import { joinPath } from '../../oci/reference'
import type { Plan } from '../plan/plan'
import type { Copies } from '../run/copy-tags'
import type { Endpoint } from '../run/open-endpoint'
import type { RateLimitGate } from '../run/rate-limit-gate'
import type { PruneResult, RunStop, SyncOptions, SyncReport } from '../types'
import type { RunResults } from './run-results'

/** Everything the report is made of, once the run's work is done. */
export interface RunEnd {
  options: SyncOptions
  source: Endpoint
  target: Endpoint
  plan: Plan
  results: RunResults
  copies: Copies
  gate: RateLimitGate
  startedAt: Date
  pruned?: PruneResult[]
  verified: number
  /** Why the listing stopped before the repositories in `plan.unlisted`; undefined when it listed them all. */
  listingCut?: RunStop
}

/** The run's report (the contract's `report.json`). */
export function assembleReport(end: RunEnd): SyncReport {
  const { options, source, target, plan, results, copies, gate, startedAt, pruned, verified, listingCut } = end
  const unlisted = plan.unlisted.size
  const stop = (copies.remaining > 0 ? copies.leftBy : undefined) ?? (unlisted > 0 ? listingCut : undefined)
  const missingRepositories = (copies.repositories?.names() ?? []).map((repository) => joinPath(target.registry, repository))
  return {
    source: source.display,
    target: target.display,
    copied: results.count('copied'),
    skipped: results.count('skipped'),
    failed: results.count('failed'),
    images: results.sorted(),
    collisions: plan.collisions,
    remaining: copies.remaining,
    ...(unlisted > 0 ? { unlisted } : {}),
    ...(gate.closed ? { rateLimited: gate.reason } : {}),
    ...(stop ? { stop } : {}),
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    bytes: results.bytes,
    dryRun: options.dryRun,
    engine: options.engine,
    ...(pruned ? { pruned } : {}),
    verified,
    repaired: results.images.filter((i) => i.reason === 'repaired').length,
    ...(missingRepositories.length > 0 ? { missingRepositories } : {})
  }
}
