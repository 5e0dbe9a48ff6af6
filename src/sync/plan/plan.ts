import { errorMessage } from '../../oci/errors'
import { formatTagRef, joinPath } from '../../oci/reference'
import { createLimiter } from '../../util/limit'
import { discoverRepositories, selectRepositoryTags } from './discover'
import { listedTargetTag, selectListedTags } from './list-plan'
import { nameRepositories, shouldFlatten, type NamedRepository } from './naming'
import { inShard } from './shard'
import { preflight } from '../run/preflight'
import { boundedBy, stoppableLimiter } from '../run/run-stop'
import type { Endpoint } from '../run/open-endpoint'
import type { RateLimitGate } from '../run/rate-limit-gate'
import { rotateFrom } from '../state/resume'
import type { LedgerEntry, LedgerView } from '../state/ledger'
import { classifyFailure, type FailureCause } from '../report/failure'
import type { ListingStats } from '../report/nothing-selected'
import { tagResult, type PlannedTag } from '../report/tag-result'
import type { Collision, ImageResult, SyncHooks, SyncOptions } from '../types'

/** A tag planned for copying, with its repository's names. */
export interface PlannedJob extends PlannedTag {
  repository: NamedRepository
  /** The ledger's entry when this is an update. */
  previous?: LedgerEntry
}

/** What planning reads: the run's options, ends, ledger and gates, and where results it meets go. */
export interface PlanContext {
  options: SyncOptions
  source: Endpoint
  target: Endpoint
  ledger: LedgerView
  hooks: SyncHooks
  gate: RateLimitGate
  /** The listing's stop: a signal or half the time budget. */
  stop: AbortSignal
  /** Takes the results planning meets: tags gone since the listing, repositories that could not be listed. */
  report: (result: ImageResult) => void
}

/** A run's plan: what to copy, what the ledger says is there, and what was listed. */
export interface Plan {
  /** The source repositories selected (relative to the source namespace), after sharding. */
  relatives: string[]
  /** Them with their target names, in listing order (resuming where the last cut-short listing stopped). */
  repositories: NamedRepository[]
  collisions: Collision[]
  /** Tags to copy, new ones first. */
  jobs: PlannedJob[]
  /** Tags the ledger holds at their source digest, for verification. */
  hits: PlannedJob[]
  /** Every tag name listed, per repository (for --prune). */
  listed: Map<string, Set<string>>
  /** The repositories the stop left unlisted. */
  unlisted: Set<string>
  stats: ListingStats
}

/**
 * Plans a run: discovers the source repositories (or checks the named ones answer), keeps the
 * shard's, names them on the target, lists and filters every repository's tags and compares each
 * with the ledger. A stop during discovery plans nothing; during listing, plans what was listed.
 */
export async function makePlan(context: PlanContext): Promise<Plan> {
  const { options, source, target, ledger, hooks, stop } = context
  const stats: ListingStats = { repositories: 0, repositoriesBeforeShard: 0, tags: 0 }
  // Named images skip discovery, so check the source answers before listing each of them.
  const relatives = await preflight('source', source, async () => {
    const first = joinPath(source.namespace, options.images[0] ?? '')
    if (options.images.length > 0) await boundedBy(stop, options.tagTimeoutMs)(source.display, async (signal) => source.store.checkAccess?.(first, { signal }))
    const all = await discoverRepositories(source.store, source.namespace, options.images)
    stats.repositoriesBeforeShard = all.length
    return all.filter((r) => inShard(r, options.shard))
  }).catch((error: unknown) => {
    if (!stop.aborted) throw error
    hooks.log?.('info', 'time budget or stop reached while discovering repositories; the next run carries on')
    return []
  })
  stats.repositories = relatives.length
  // An image list's names were given over the whole list (collisions across registries included).
  const { repositories, collisions } = options.list
    ? { repositories: relatives.map((relative) => ({ relative, target: joinPath(target.namespace, options.list!.get(relative)!.target) })), collisions: [] }
    : nameRepositories(relatives, {
        namespace: target.namespace,
        flatten: shouldFlatten(options.flatten, target.registry),
        separator: options.separator
      })
  for (const collision of collisions) hooks.log?.('warning', `name collision on ${collision.target}: ${collision.resolution}`)
  // Listing starts where the last cut-short listing stopped.
  const ordered = rotateFrom(repositories, ledger.resumeAt())
  const plan: Plan = { relatives, repositories: ordered, collisions, jobs: [], hits: [], listed: new Map(), unlisted: new Set(), stats }
  await listTags(plan, context)
  return plan
}

/**
 * Lists and filters every repository's tags (bounded concurrency), compares each with the ledger,
 * and fills the plan's jobs (new tags first), hits, listed names and unlisted repositories.
 */
async function listTags(plan: Plan, context: PlanContext): Promise<void> {
  const { options, source, target, ledger, hooks, gate, stop, report } = context
  // Tag listings are small requests like the digest checks: the same wide window (500 repositories at
  // 50 ms took 7.9 s listed 8 at once).
  const listLimit = createLimiter(Math.max(options.concurrency, options.headConcurrency))
  const headLimit = stoppableLimiter(options.headConcurrency, stop)
  const bounded = boundedBy(stop, options.tagTimeoutMs)
  await Promise.all(
    plan.repositories.map((repository) =>
      listLimit(async () => {
        const started = Date.now()
        // Naming puts the target namespace in front of every target path.
        const targetRelative = target.namespace ? repository.target.slice(target.namespace.length + 1) : repository.target
        const listed = options.list?.get(repository.relative)
        const refs = (tag: string): Pick<PlannedTag, 'source' | 'target'> => ({
          source: { registry: source.registry, namespace: source.namespace, repository: repository.relative, tag },
          target: {
            registry: target.registry,
            namespace: target.namespace,
            repository: targetRelative,
            tag: listed ? listedTargetTag(listed, tag, options.separator) : tag
          }
        })
        const failRepository = (tag: string, error: string, cause: FailureCause): void =>
          report(tagResult({ ...refs(tag), digest: null, isNew: false }, 'failed', { error, cause, durationMs: Date.now() - started }))
        if (stop.aborted) {
          plan.unlisted.add(repository.relative)
          return
        }
        let listing: Awaited<ReturnType<typeof selectRepositoryTags>> & { missing?: string[] }
        try {
          // Unlisted companions are asked for only beside digests this run copies: a ledger hit costs nothing.
          const probe = (selected: { tag: string; digest: string }): boolean => options.referrers && !isLedgerHit(ledger, refs(selected.tag), selected.digest)
          const path = joinPath(source.namespace, repository.relative)
          listing = listed
            ? await selectListedTags(source.store, path, listed, options, headLimit, probe, bounded)
            : await selectRepositoryTags(source.store, path, options, headLimit, probe, bounded)
        } catch (error) {
          if (gate.hit(error)) return
          if (stop.aborted) {
            plan.unlisted.add(repository.relative)
            return
          }
          // The line that shows this failure names the repository already (`FAILED REPOSITORY:*`); so do many errors.
          const named = joinPath(source.display, repository.relative)
          failRepository('*', errorMessage(error).replace(`${named}: `, ''), classifyFailure(error))
          return
        }
        plan.stats.tags += listing.listed
        plan.listed.set(repository.relative, new Set(listing.listedTags))
        // Deleted at the source since the listing: nothing to copy, nothing to record.
        for (const tag of listing.vanished) report(tagResult({ ...refs(tag), digest: null, isNew: false }, 'skipped', { reason: 'source-gone', durationMs: 0 }))
        // A tag or digest an image list names that the source does not have is a failure of that entry.
        for (const tag of listing.missing ?? []) {
          failRepository(tag, `${formatTagRef(refs(tag).source)}: not found at the source`, { kind: 'not-found', side: 'source' })
        }
        for (const { tag, digest } of listing.selected) {
          const job: PlannedJob = { ...refs(tag), digest, repository, isNew: false }
          const entry = ledger.get(formatTagRef(job.source))
          if (entry && isLedgerHit(ledger, job, digest)) {
            plan.hits.push({ ...job, previous: entry })
          } else {
            job.isNew = !entry
            job.previous = entry
            plan.jobs.push(job)
          }
        }
      })
    )
  )
  if (plan.unlisted.size > 0) {
    hooks.log?.('info', `time budget or stop reached while listing: ${plan.unlisted.size} repositories not listed; the next run starts with them`)
  }
  const order = (job: PlannedJob): string => `${job.isNew ? 0 : 1}${formatTagRef(job.source)}`
  plan.jobs.sort((a, b) => (order(a) < order(b) ? -1 : 1))
}

/** True when the ledger holds this tag at this digest, mirrored to this target: nothing to ask or copy. */
function isLedgerHit(ledger: LedgerView, tag: Pick<PlannedTag, 'source' | 'target'>, digest: string): boolean {
  const entry = ledger.get(formatTagRef(tag.source))
  return entry !== undefined && entry.digest === digest && entry.target === formatTagRef(tag.target)
}
