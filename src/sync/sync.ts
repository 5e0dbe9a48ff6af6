import { setMaxListeners } from 'node:events'
import type { Engine } from '../engines/engine'
import { formatTagRef, joinPath, repositoryPath } from '../oci/reference'
import { CLI_WORDS, errorMessage, PreflightError, type Side, type Words } from '../oci/errors'
import { createLimiter } from '../util/limit'
import { untilAborted } from '../util/abortable'
import { discoverRepositories, selectRepositoryTags } from './discover'
import { onceNameHint, preflightHint } from './hints'
import { createEngine } from './open-engine'
import { openEndpoint, type Endpoint } from './open-endpoint'
import { Ledger, type LedgerEntry, type LedgerView } from './ledger'
import { checkLocalPaths } from './local-paths'
import { nothingSelected, type ListingStats } from './nothing-selected'
import { pullsOf, RateLimitGate } from './rate-limit-gate'
import { nameRepositories, shouldFlatten, type NamedRepository } from './naming'
import { executePrune, findPruneCandidates } from './prune'
import { inShard } from './shard'
import { listingStop, stoppableLimiter } from './run-stop'
import { networkNotices, sideNetwork } from './network'
import { writeReport } from './report'
import { classifyFailure, type FailureCause } from './failure'
import { CopyClock } from './progress'
import { copyJobOf, landedFields, tagResult, type Ending, type PlannedTag } from './tag-result'
import type { ImageResult, ImageStatus, RunStop, SyncHooks, SyncOptions, SyncReport } from './types'

/** Dependencies a shell may provide instead of the defaults. */
export interface SyncDeps {
  /** A ledger already loaded (the action restores it from the cache); else `options.stateFile` is loaded. */
  ledger?: LedgerView
  /** Observes every HTTP request (tests, benchmarks). */
  onRequest?: (event: { method: string; url: string; status: number }) => void
}

/** A tag planned for copying, with its repository's names. */
interface PlannedJob extends PlannedTag {
  repository: NamedRepository
  /** The ledger's entry when this is an update. */
  previous?: LedgerEntry
}

const PROGRESS_INTERVAL_MS = 5_000

/** Runs a step that comes before the first copy; its failure becomes a PreflightError of `side`, with a hint. */
async function preflight<T>(side: Side, endpoint: Endpoint, step: () => Promise<T>): Promise<T> {
  try {
    return await step()
  } catch (error) {
    throw new PreflightError(error, { side, hint: preflightHint(error, side, endpoint) })
  }
}

/**
 * Mirrors the selected tags of the source namespace into the target: discover, filter, name, plan
 * (ledger first: a tag whose source digest equals the ledger's costs no target request), then copy
 * new tags before updated ones, recording each finished tag in the ledger at once.
 * Throws before any copy for bad input (UsageError) or a store that can't be listed or written
 * (PreflightError, with the side and a hint); per-tag failures are reported, never thrown.
 */
export async function runSync(options: SyncOptions, hooks: SyncHooks = {}, deps: SyncDeps = {}): Promise<SyncReport> {
  const startedAt = new Date()
  const log = hooks.log ?? (() => undefined)
  const stop = listingStop(hooks.signal, options.maxDurationMs)
  await checkLocalPaths(options)
  const owned = deps.ledger ? undefined : await Ledger.load(options.stateFile, { warn: (message) => log('warning', message) })
  const ledger: LedgerView = deps.ledger ?? owned!
  for (const spec of [options.source, options.target]) if (spec.kind === 'registry' && spec.notice) log('info', spec.notice)
  const gate = new RateLimitGate({
    floor: options.rateLimitFloor,
    waitMs: options.rateLimitWaitMs,
    deadline: options.maxDurationMs === undefined ? undefined : startedAt.getTime() + options.maxDurationMs,
    signal: hooks.signal,
    log: (message) => log('info', message)
  })
  const open = (spec: SyncOptions['source'], role: 'source' | 'target', credentials: SyncOptions['sourceCredentials']): Endpoint =>
    openEndpoint(spec, {
      role,
      insecureRegistries: options.insecureRegistries,
      credentials,
      onRequest: deps.onRequest,
      onRetry: (message) => log('debug', `retrying: ${message}`),
      onRateLimit: gate.observe,
      rateLimitReached: gate.rateLimitReached,
      connections: Math.max(8, options.blobConcurrency * 2, options.headConcurrency),
      listing: { ...options.listing, signal: stop, onSkipped: (message) => log('warning', message) },
      images: options.images,
      network: sideNetwork(options, role)
    })
  for (const notice of networkNotices(options, hooks.words ?? CLI_WORDS)) log(notice.level, notice.message)
  const source = open(options.source, 'source', options.sourceCredentials)
  const target = open(options.target, 'target', options.targetCredentials)
  const engine = await createEngine(options, source, target, log, hooks.onStreamed)
  const words = hooks.words ?? CLI_WORDS
  const adviseOnName = onceNameHint((advice) => log('warning', advice(words)))
  const images: ImageResult[] = []
  let remaining = 0
  let bytes = 0
  /** Why tags are being left for the next run: the first of a rate limit, a stop or the time budget. */
  let leftBy: RunStop | undefined
  try {
    const stats: ListingStats = { repositories: 0, repositoriesBeforeShard: 0, tags: 0 }
    // Named images skip discovery, so check the source answers before listing each of them.
    const relatives = await preflight('source', source, async () => {
      if (options.images.length > 0) await source.store.checkAccess?.(joinPath(source.namespace, options.images[0]))
      const all = await discoverRepositories(source.store, source.namespace, options.images)
      stats.repositoriesBeforeShard = all.length
      return all.filter((r) => inShard(r, options.shard))
    }).catch((error: unknown) => {
      if (!stop.aborted) throw error
      log('info', 'time budget or stop reached while discovering repositories; the next run carries on')
      return []
    })
    stats.repositories = relatives.length
    const { repositories, collisions } = nameRepositories(relatives, {
      namespace: target.namespace,
      flatten: shouldFlatten(options.flatten, target.registry),
      separator: options.separator
    })
    for (const collision of collisions) log('warning', `name collision on ${collision.target}: ${collision.resolution}`)

    const listed = new Map<string, Set<string>>()
    const jobs = await plan(repositories, { options, source, target, ledger, hooks, gate, stop, images, stats, listed })
    const empty = gate.closed || stop.aborted ? undefined : nothingSelected(stats, jobs.length + images.length, options, source.display)
    if (empty) throw empty
    // Wrong target credentials or an unreachable target: one clear error before any copy, not one per tag.
    // A run with nothing to copy sends the target nothing.
    if (jobs.length > 0 && !options.dryRun) await preflight('target', target, async () => target.store.checkAccess?.(repositoryPath(jobs[0].target)))
    // Push access is proved once, just before the first tag that needs a write: a run that finds
    // everything on the target writes nothing, and a missing push right still ends it before any copy.
    let pushProbe: Promise<void> | undefined
    const writable = (): Promise<void> => (pushProbe ??= preflight('target', target, async () => target.store.checkPush?.(repositoryPath(jobs[0].target))))
    if (jobs.length > 0 && !options.dryRun) hooks.onCopyPhase?.()
    const tagRun: TagRun = { engine, ledger, options, words, onError: adviseOnName, gate, writable }
    const total = jobs.length + images.length
    const clock = new CopyClock(jobs.length, options.concurrency)
    const progress = (): void =>
      hooks.onProgress?.({ tagsTotal: total, tagsDone: images.length, bytes, elapsedMs: Date.now() - startedAt.getTime(), copy: clock.snapshot() })
    const ticker = setInterval(progress, PROGRESS_INTERVAL_MS)
    ticker.unref()
    const deadline = options.maxDurationMs === undefined ? Infinity : startedAt.getTime() + options.maxDurationMs
    const limit = createLimiter(options.concurrency)
    const pendingPerRepo = new Map<string, number>()
    for (const job of jobs) pendingPerRepo.set(job.repository.relative, (pendingPerRepo.get(job.repository.relative) ?? 0) + 1)
    for (const [repository, count] of pendingPerRepo) hooks.onRepositoryStart?.(repository, count)

    try {
      await Promise.all(
        jobs.map((job) =>
          limit(async () => {
            if (leftBy) {
              // Already leaving the rest for the next run.
            } else if (!(await gate.admit())) leftBy = { reason: 'rate-limit', detail: gate.reason }
            else if (hooks.signal?.aborted) leftBy ??= { reason: 'signal' }
            else if (Date.now() >= deadline) leftBy ??= { reason: 'budget', budgetMs: options.maxDurationMs }
            clock.start(job)
            const result = leftBy ? undefined : await copyOne(job, tagRun)
            clock.end(job, result !== undefined)
            // A tag the rate limit stopped is left too (copyOne returns nothing for it).
            if (!result && gate.closed && gate.waitMs() === undefined) leftBy ??= { reason: 'rate-limit', detail: gate.reason }
            if (result?.status === 'copied') gate.settle(pullsOf(result.platforms))
            if (!result) {
              remaining++
            } else {
              bytes += result.bytes
              images.push(result)
              hooks.onImage?.(result)
              if (result.status !== 'failed' && !options.dryRun) await ledger.commit()
              progress()
            }
            const left = (pendingPerRepo.get(job.repository.relative) ?? 1) - 1
            pendingPerRepo.set(job.repository.relative, left)
            if (left === 0) hooks.onRepositoryEnd?.(job.repository.relative)
          })
        )
      )
    } finally {
      clearInterval(ticker)
    }
    if (gate.closed) log('info', `rate limit reached: ${remaining} tags left for the next run (${gate.reason})`)
    else if (remaining > 0) log('info', `time budget or stop reached: ${remaining} tags left for the next run`)
    // Pruning looks only at repositories this run listed (or, when discovering, that are gone); a
    // listing cut short by the time budget or a stop proves nothing gone.
    const pruned =
      options.prune && !stop.aborted && !gate.closed
        ? await executePrune(
            findPruneCandidates(ledger.entries(), {
              source: source.display,
              target: target.display,
              targetRegistry: target.registry,
              listed,
              discovered: options.images.length > 0 ? undefined : new Set(relatives),
              inScope: (repository) => inShard(repository, options.shard)
            }),
            target.store,
            ledger,
            { dryRun: options.dryRun, concurrency: options.concurrency }
          )
        : undefined
    for (const result of pruned ?? []) if (result.status === 'failed') log('warning', `prune: ${result.error}`)

    const report: SyncReport = {
      source: source.display,
      target: target.display,
      copied: images.filter((i) => i.status === 'copied').length,
      skipped: images.filter((i) => i.status === 'skipped').length,
      failed: images.filter((i) => i.status === 'failed').length,
      images: images.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)),
      collisions,
      remaining,
      ...(gate.closed ? { rateLimited: gate.reason } : {}),
      ...(remaining > 0 && leftBy ? { stop: leftBy } : {}),
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      bytes,
      dryRun: options.dryRun,
      engine: options.engine,
      ...(pruned ? { pruned } : {})
    }
    if (options.report) await writeReport(options.report, report)
    return report
  } finally {
    try {
      if (!options.dryRun) await ledger.save()
    } finally {
      await owned?.release()
      await Promise.allSettled([engine.close(), source.close(), target.close()])
    }
  }
}

/** What planning reads (the run's options, ends, ledger, gates) and fills in (results, counts, names listed). */
interface PlanRun {
  options: SyncOptions
  source: Endpoint
  target: Endpoint
  ledger: LedgerView
  hooks: SyncHooks
  gate: RateLimitGate
  /** The listing's stop: a signal or the time budget. */
  stop: AbortSignal
  /** Filled in: ledger hits, vanished tags and repositories that could not be listed, as results. */
  images: ImageResult[]
  /** Filled in: the tags listed. */
  stats: ListingStats
  /** Filled in: every tag name listed, per repository (for --prune). */
  listed: Map<string, Set<string>>
}

/**
 * Lists and filters every repository's tags (bounded concurrency), compares each with the ledger,
 * and returns the tags to copy, new ones first; the rest goes into `run` (see PlanRun).
 */
async function plan(repositories: NamedRepository[], run: PlanRun): Promise<PlannedJob[]> {
  const { options, source, target, ledger, hooks, gate, stop, images, stats, listed } = run
  // Tag listings are small requests like the digest checks: the same wide window (500 repositories at
  // 50 ms took 7.9 s listed 8 at once).
  const listLimit = createLimiter(Math.max(options.concurrency, options.headConcurrency))
  const headLimit = stoppableLimiter(options.headConcurrency, stop)
  let unlisted = 0
  const jobs: PlannedJob[] = []
  const report = (result: ImageResult): void => {
    images.push(result)
    hooks.onImage?.(result)
  }
  await Promise.all(
    repositories.map((repository) =>
      listLimit(async () => {
        const started = Date.now()
        // Naming puts the target namespace in front of every target path.
        const targetRelative = target.namespace ? repository.target.slice(target.namespace.length + 1) : repository.target
        const refs = (tag: string): Pick<PlannedTag, 'source' | 'target'> => ({
          source: { registry: source.registry, namespace: source.namespace, repository: repository.relative, tag },
          target: { registry: target.registry, namespace: target.namespace, repository: targetRelative, tag }
        })
        const failRepository = (tag: string, error: string, cause: FailureCause): void =>
          report(tagResult({ ...refs(tag), digest: null, isNew: false }, 'failed', { error, cause, durationMs: Date.now() - started }))
        if (stop.aborted) {
          unlisted++
          return
        }
        let listing
        try {
          // Unlisted companions are asked for only beside digests this run copies: a ledger hit costs nothing.
          const probe = (selected: { tag: string; digest: string }): boolean => options.referrers && !isLedgerHit(ledger, refs(selected.tag), selected.digest)
          listing = await selectRepositoryTags(source.store, joinPath(source.namespace, repository.relative), options, headLimit, probe)
        } catch (error) {
          if (gate.hit(error)) return
          if (stop.aborted) {
            unlisted++
            return
          }
          failRepository('*', `${joinPath(source.display, repository.relative)}: ${errorMessage(error)}`, classifyFailure(error))
          return
        }
        stats.tags += listing.listed
        listed.set(repository.relative, new Set(listing.listedTags))
        for (const tag of listing.vanished) {
          failRepository(tag, `tag ${tag} vanished from the source between listing and copy`, { side: 'source', kind: 'vanished' })
        }
        for (const { tag, digest } of listing.selected) {
          const job: PlannedJob = { ...refs(tag), digest, repository, isNew: false }
          const entry = ledger.get(formatTagRef(job.source))
          if (entry && isLedgerHit(ledger, job, digest)) {
            report(tagResult(job, 'skipped', { reason: 'ledger', durationMs: 0, landed: { targetDigest: entry.targetDigest } }))
          } else {
            job.isNew = !entry
            job.previous = entry
            jobs.push(job)
          }
        }
      })
    )
  )
  if (unlisted > 0) hooks.log?.('info', `time budget or stop reached while listing: ${unlisted} repositories not listed; the next run carries on`)
  const order = (job: PlannedJob): string => `${job.isNew ? 0 : 1}${formatTagRef(job.source)}`
  return jobs.sort((a, b) => (order(a) < order(b) ? -1 : 1))
}

/** True when the ledger holds this tag at this digest, mirrored to this target: nothing to ask or copy. */
function isLedgerHit(ledger: LedgerView, tag: Pick<PlannedTag, 'source' | 'target'>, digest: string): boolean {
  const entry = ledger.get(formatTagRef(tag.source))
  return entry !== undefined && entry.digest === digest && entry.target === formatTagRef(tag.target)
}

/** What a dry run would do with a tag, and why in words. */
function plannedAction(job: PlannedJob): Pick<ImageResult, 'planned' | 'why'> {
  const previous = job.previous
  if (!previous) return { planned: 'copy', why: 'new tag' }
  if (previous.digest !== job.digest) return { planned: 'update', why: `source moved from ${previous.digest}` }
  return { planned: 'update', why: `target changed from ${previous.target}` }
}

/** What every tag of one run shares: the engine, the ledger, the options and the run's gates. */
interface TagRun {
  engine: Engine
  ledger: LedgerView
  options: SyncOptions
  words: Words
  /** Sees every failure first (the run's one hint for a name the target refuses). */
  onError: (error: unknown) => void
  gate: RateLimitGate
  /** Proves push access once, before the run's first write. */
  writable: () => Promise<void>
}

/**
 * Copies one planned tag (or finds the target already has it), records it, and throws only when the
 * target refuses the run's first write (a PreflightError); other failures are told to `run.onError`.
 * Undefined when a rate limit stopped it: the tag is left for the next run.
 */
async function copyOne(planned: PlannedJob, run: TagRun): Promise<ImageResult | undefined> {
  const { engine, ledger, options, words, onError, gate, writable } = run
  const started = Date.now()
  const job = copyJobOf(planned)
  const signal = AbortSignal.timeout(options.tagTimeoutMs)
  // Every request of the tag (an index's children and blobs at once) listens to this one signal.
  setMaxListeners(0, signal)
  const end = (status: ImageStatus, ending: Omit<Ending, 'durationMs'>): ImageResult =>
    tagResult(planned, status, { ...ending, durationMs: Date.now() - started })
  try {
    const present = planned.isNew ? await untilAborted(engine.targetHas(job, signal), signal) : undefined
    if (present) {
      ledger.record({ source: job.sourceRef, digest: job.digest, target: job.targetRef, ...landedFields(present, job.digest) })
      return end('skipped', { reason: 'target-has-it', landed: { targetDigest: present.targetDigest } })
    }
    if (options.dryRun) return { ...end('skipped', { reason: 'dry-run' }), ...plannedAction(planned) }
    await writable()
    const outcome = await untilAborted(engine.copy(job, signal), signal)
    if (outcome.skipped) return end('skipped', { reason: outcome.skipped, landed: { platforms: outcome.platforms } })
    const landed = landedFields(outcome, job.digest)
    ledger.record({ source: job.sourceRef, digest: job.digest, target: job.targetRef, ...landed })
    return end('copied', { bytes: outcome.bytes, landed, convertedFrom: outcome.convertedFrom, referrers: outcome.referrers })
  } catch (error) {
    // No push right: the whole run ends before any copy (exit 2), not one failure per tag.
    if (error instanceof PreflightError) throw error
    if (gate.hit(error)) return undefined
    onError(error)
    const message = errorMessage(error, words)
    return end('failed', {
      error: signal.aborted ? `timed out after ${options.tagTimeoutMs} ms: ${message}` : message,
      cause: classifyFailure(error, signal.aborted)
    })
  }
}
