import { hidesCompanions } from '../../oci/companions'
import { errorMessage } from '../../oci/errors'
import { formatImageRef } from '../../oci/image-ref'
import { joinPath } from '../../oci/reference'
import { createLimiter } from '../../util/limit'
import { discoverRepositories, selectRepositoryTags } from './discover'
import { listedTargetTag, selectListedTags } from './list-plan'
import { mapRepository, mapTag, nameRepositories, type MappedTag, type NamedRepository } from './naming'
import { flattenRule } from './flatten-rule'
import { inShard } from './shard'
import { preflight } from '../run/preflight'
import { boundedBy, stoppableLimiter } from '../run/run-stop'
import { repositoryRef } from '../options/endpoint'
import type { Endpoint } from '../run/open-endpoint'
import type { RateLimitGate } from '../run/rate-limit-gate'
import { passFrom } from '../state/resume'
import type { LedgerEntry, LedgerView } from '../state/ledger'
import type { PassProgress } from '../state/pass-progress'
import { classifyFailure, type FailureCause } from '../report/failure'
import type { ListingStats } from '../report/nothing-selected'
import { tagResult, type PlannedTag } from '../report/tag-result'
import type { Collision, ImageResult, SyncHooks, SyncOptions } from '../types'

/** A tag planned for copying. */
export interface PlannedJob extends PlannedTag {
  /** The ledger's entry when this is an update. */
  previous?: LedgerEntry
}

/** One repository's listing, handed over as soon as it is listed: its tags to copy and those the ledger holds. */
export interface ListedTags {
  /** Tags to copy. */
  jobs: PlannedJob[]
  /** Tags the ledger holds at their source digest, for verification. */
  hits: PlannedJob[]
}

/** What planning reads: the run's options, ends, ledger and gates, and where what it finds goes. */
export interface PlanContext {
  options: SyncOptions
  source: Endpoint
  target: Endpoint
  ledger: LedgerView
  hooks: SyncHooks
  gate: RateLimitGate
  /** The listing's stop: a signal or the time budget. */
  stop: AbortSignal
  /** Counts the tags handed over without a result; a budgeted run lists only while its window has room. */
  progress: PassProgress
  /** Takes the results planning meets: tags gone since the listing, repositories that could not be listed. */
  report: (result: ImageResult) => void
  /**
   * Checks a repository's ledger hits as soon as it is listed (not called for a repository with no
   * tag selected) and resolves to its tags to copy; the repository's listing slot is held meanwhile.
   */
  verify: (listed: ListedTags) => Promise<PlannedJob[]>
  /**
   * Takes each repository's tags to copy, in listing order, as soon as it and every repository
   * before it were listed and verified, while later ones are still listed.
   */
  handOver: (jobs: PlannedJob[]) => void
}

/** A run's plan once listed: what was listed and what was not (the tags went to {@link PlanContext.handOver}). */
export interface Plan {
  /** The source repositories selected (relative to the source namespace), after sharding. */
  relatives: string[]
  /** This run's share of the pass, with their target names, in listing order: from where the last run stopped to the end (see passFrom). */
  repositories: NamedRepository[]
  /** True when this run goes on with a pass an earlier run began (it lists no repository before its resume point). */
  continues: boolean
  collisions: Collision[]
  /** Every tag name listed, per repository (for --prune). */
  listed: Map<string, Set<string>>
  /** The repositories the stop or the rate limit left unlisted. */
  unlisted: Set<string>
  stats: ListingStats
}

/**
 * Plans a run: discovers the source repositories (or checks the named ones answer), keeps the
 * shard's, names them on the target, lists and filters every repository's tags, compares each with
 * the ledger and hands each repository's over as soon as it is listed. Resolves once every
 * repository was listed and handed over. A stop during discovery plans nothing; during listing,
 * plans what was listed.
 */
export async function makePlan(context: PlanContext): Promise<Plan> {
  const { options, source, target, ledger, hooks, stop } = context
  const stats: ListingStats = { repositories: 0, repositoriesBeforeShard: 0, tags: 0 }
  // Named images skip discovery, so check the source answers before listing each of them.
  const relatives = await preflight('source', source, async () => {
    const first = repositoryRef(source, options.images[0] ?? '').repository
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
  // GitLab's realm is asked only for names deeper than it allows; an unreachable target shows at its own preflight.
  const realm = (): Promise<string | undefined> =>
    boundedBy(stop, options.tagTimeoutMs)(target.display, async (signal) => target.store.tokenRealm?.({ signal }))
  const { repositories, collisions } = options.list
    ? { repositories: relatives.map((relative) => ({ relative, target: joinPath(target.namespace, options.list!.get(relative)!.target) })), collisions: [] }
    : nameRepositories(relatives, {
        namespace: target.namespace,
        ...(await flattenRule(options.flatten, target.registry, relatives, realm)),
        separator: options.separator
      })
  for (const collision of collisions) hooks.log?.('warning', `name collision on ${collision.target}: ${collision.resolution}`)
  // Listing goes on with the pass where the last run stopped, to the end; or starts a new pass.
  const { ordered, continues } = passFrom(repositories, ledger.resumeAt())
  // Said where a series of runs shares the pass: a run going on with one, or a budgeted run starting one.
  if (continues) {
    hooks.log?.('info', `going on with the pass the last run stopped at ${ordered[0].relative}: ${ordered.length} of ${repositories.length} repositories left`)
  } else if (ordered.length > 0) {
    hooks.log?.(options.maxDurationMs === undefined ? 'debug' : 'info', `starting a new pass over the ${repositories.length} repositories`)
  }
  const plan: Plan = { relatives, repositories: ordered, continues, collisions, listed: new Map(), unlisted: new Set(), stats }
  await listTags(plan, context)
  return plan
}

/**
 * Calls `take` with each index's value in order, as soon as it and every earlier index were given
 * to the function returned (each index once, from 0 on).
 */
function inOrder<T>(take: (value: T) => void): (index: number, value: T) => void {
  const waiting = new Map<number, T>()
  let next = 0
  return (index, value) => {
    waiting.set(index, value)
    while (waiting.has(next)) {
      const ready = waiting.get(next)!
      waiting.delete(next++)
      take(ready)
    }
  }
}

/**
 * Lists and filters every repository's tags (bounded concurrency), compares each with the ledger,
 * hands each repository's tags over, and fills the plan's listed names and unlisted repositories.
 * Repositories are handed over in listing order whichever is listed first: the run's first tag,
 * and so its outcome (a first write the target refuses ends the run), never depends on timing.
 * One slow to list holds back the copies of those after it, which are listed meanwhile.
 */
async function listTags(plan: Plan, context: PlanContext): Promise<void> {
  const { options, source, target, ledger, gate, stop, report, verify, handOver, progress } = context
  const release = inOrder(handOver)
  // Tag listings are small requests like the digest checks: the same wide window (500 repositories at
  // 50 ms took 7.9 s listed 8 at once).
  const listLimit = createLimiter(Math.max(options.concurrency, options.headConcurrency))
  const headLimit = stoppableLimiter(options.headConcurrency, stop)
  const bounded = boundedBy(stop, options.tagTimeoutMs)
  /** Lists one repository and resolves to its tags to copy. */
  const listRepository = async (repository: NamedRepository): Promise<PlannedJob[]> => {
    const started = Date.now()
    // Mapped once per repository; each tag's references and texts once per tag (the companion probe and the plan share them).
    const mapped = mapRepository(repository, source, target)
    const listed = options.list?.get(repository.relative)
    const tags = new Map<string, MappedTag>()
    const refs = (tag: string): MappedTag => {
      const known = tags.get(tag) ?? mapTag(mapped, tag, listed ? listedTargetTag(listed, tag, options.separator) : tag)
      tags.set(tag, known)
      return known
    }
    const failRepository = (tag: string, error: string, cause: FailureCause): void =>
      report(tagResult({ ...refs(tag), digest: null, isNew: false }, 'failed', { error, cause, durationMs: Date.now() - started }))
    if (stop.aborted) {
      plan.unlisted.add(repository.relative)
      return []
    }
    let listing: Awaited<ReturnType<typeof selectRepositoryTags>> & { missing?: string[] }
    try {
      // Unlisted companions are asked for only beside digests this run copies (a ledger hit costs nothing), and only
      // where the listing does not say which exist: named tags of a list, a source whose listing hides them.
      const probe = (selected: { tag: string; digest: string }): boolean =>
        options.referrers && (listed !== undefined || hidesCompanions(source.registry)) && !isLedgerHit(ledger, refs(selected.tag), selected.digest)
      const path = mapped.source.repository
      listing = listed
        ? await selectListedTags(source.store, path, listed, options, headLimit, probe, bounded)
        : await selectRepositoryTags(source.store, path, options, headLimit, probe, bounded)
    } catch (error) {
      if (gate.hit(error) || stop.aborted) {
        plan.unlisted.add(repository.relative)
        return []
      }
      // The line that shows this failure names the repository already (`FAILED REPOSITORY:*`); so do many errors.
      const named = formatImageRef(mapped.source)
      failRepository('*', errorMessage(error).replace(`${named}: `, ''), classifyFailure(error))
      return []
    }
    plan.stats.tags += listing.listed
    plan.listed.set(repository.relative, new Set(listing.listedTags))
    // Deleted at the source since the listing: nothing to copy, nothing to record.
    for (const tag of listing.vanished) report(tagResult({ ...refs(tag), digest: null, isNew: false }, 'skipped', { reason: 'source-gone', durationMs: 0 }))
    // A tag or digest an image list names that the source does not have is a failure of that entry.
    for (const tag of listing.missing ?? []) {
      failRepository(tag, `${refs(tag).sourceText}: not found at the source`, { kind: 'not-found', side: 'source' })
    }
    const found: ListedTags = { jobs: [], hits: [] }
    for (const { tag, digest } of listing.selected) {
      const job: PlannedJob = { ...refs(tag), digest, isNew: false }
      const entry = ledger.get(job.sourceText)
      if (entry && isLedgerHit(ledger, job, digest)) {
        found.hits.push({ ...job, previous: entry })
      } else {
        job.isNew = !entry
        job.previous = entry
        found.jobs.push(job)
      }
    }
    return found.jobs.length > 0 || found.hits.length > 0 ? verify(found) : []
  }
  await Promise.all(
    plan.repositories.map((repository, index) =>
      listLimit(async () => {
        let jobs: PlannedJob[] = []
        // A rate limit leaves the copies' tags without a result: the listing then stops waiting for room.
        await progress.room(stop, () => gate.closed)
        try {
          jobs = await listRepository(repository)
        } finally {
          progress.handed(jobs)
          progress.listed()
          release(index, jobs)
        }
      })
    )
  )
}

/** True when the ledger holds this tag at this digest, mirrored to this target: nothing to ask or copy. */
function isLedgerHit(ledger: LedgerView, tag: MappedTag, digest: string): boolean {
  const entry = ledger.get(tag.sourceText)
  return entry !== undefined && entry.digest === digest && entry.target === tag.targetText
}
