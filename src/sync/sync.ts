import type { Engine } from '../engines/engine'
import { formatTagRef, joinPath, repositoryPath } from '../oci/reference'
import { hidesCompanions } from '../oci/companions'
import { CLI_WORDS, errorMessage, MirrorError, PreflightError, type Side, type Words } from '../oci/errors'
import { createLimiter } from '../util/limit'
import { untilAborted } from '../util/abortable'
import { deadlineSignal } from '../util/deadline'
import { WorkScope } from '../util/shared-work'
import { endRun, settledWithin } from './run-end'
import { discoverRepositories, selectRepositoryTags } from './discover'
import { onceNameHint, preflightHint } from './hints'
import { createEngine } from './open-engine'
import { openEndpoint, type Endpoint } from './open-endpoint'
import { Ledger, type LedgerEntry, type LedgerView } from './ledger'
import { checkLocalPaths } from './local-paths'
import { noPlatformSelected, nothingSelected, type ListingStats } from './nothing-selected'
import { pullsOf, RateLimitGate } from './rate-limit-gate'
import { nameRepositories, shouldFlatten, type NamedRepository } from './naming'
import { executePrune, findPruneCandidates } from './prune'
import { inShard } from './shard'
import { boundedBy, listingStop, stoppableLimiter } from './run-stop'
import { resumePoint, rotateFrom } from './resume'
import { networkNotices, sideNetwork } from './network'
import { writeReport } from './report'
import { classifyFailure, isSourceGone, type FailureCause } from './failure'
import { TargetRepositories } from './target-repositories'
import { missingLine, repositoryCreator } from './provisioning'
import { CopyClock } from './progress'
import { copyJobOf, landedFields, tagResult, type Ending, type PlannedTag } from './tag-result'
import { verifyLedgerHits } from './verify'
import type { ImageResult, ImageStatus, RunStop, SyncHooks, SyncOptions, SyncReport } from './types'

/** Dependencies a shell may provide instead of the defaults. */
export interface SyncDeps {
  /** A ledger already loaded (the action restores it from the cache); else `options.stateFile` is loaded. */
  ledger?: LedgerView
  /** Observes every HTTP request (tests, benchmarks). */
  onRequest?: (event: { method: string; url: string; status: number }) => void
  /** The run's number for `--verify sample`'s rotation (the action's run number); else the ledger counts runs. */
  verifyRound?: number
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
  const owned = deps.ledger ? undefined : await Ledger.load(options.stateFile, { warn: (message) => log('warning', message), readOnly: options.dryRun })
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
  // The run's shared work (blobs, manifests, the push probe) ends with the run, not with the tag that started it.
  const scope = new WorkScope()
  const engine = await createEngine(options, source, target, log, hooks.onStreamed, scope)
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
      const first = joinPath(source.namespace, options.images[0] ?? '')
      if (options.images.length > 0)
        await boundedBy(stop, options.tagTimeoutMs)(source.display, async (signal) => source.store.checkAccess?.(first, { signal }))
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
    // Listing starts where the last cut-short listing stopped, and the next run is told where this one did.
    const ordered = rotateFrom(repositories, ledger.resumeAt())
    const unlisted = new Set<string>()
    const hits: PlannedJob[] = []
    const jobs = await plan(ordered, { options, source, target, ledger, hooks, gate, stop, images, stats, listed, unlisted, hits })
    if (ordered.length > 0 && !options.dryRun) ledger.setResumeAt(resumePoint(ordered, unlisted))
    // The planning stop also fires while tags are copied (at half the budget): what counts for prune is whether it cut the listing.
    const listedAll = !stop.aborted
    const verified = await verifyLedgerHits(hits, {
      mode: options.verify,
      round: () => deps.verifyRound ?? ledger.verifyRound(),
      target: target.store,
      ledger,
      limit: stoppableLimiter(options.headConcurrency, stop),
      signal: stop,
      warn: (message) => log('warning', message),
      intact: (hit) => {
        const result = tagResult(hit, 'skipped', { reason: 'ledger', durationMs: 0, landed: { targetDigest: hit.previous?.targetDigest } })
        images.push(result)
        hooks.onImage?.(result)
      },
      broken: (hit, why) => jobs.push({ ...hit, repair: why })
    })
    const empty = gate.closed || stop.aborted ? undefined : nothingSelected(stats, jobs.length + images.length, options, source.display)
    if (empty) throw empty
    // Wrong target credentials or an unreachable target: one clear error before any copy, not one per tag.
    // A run with nothing to copy sends the target nothing.
    // Not under the planning stop, which may have ended planning already: the shell's signal and --tag-timeout bound the preflights.
    const preflightBound = boundedBy(hooks.signal, options.tagTimeoutMs)
    // A dry run checks it too: it is the real run minus writes.
    if (jobs.length > 0) {
      const firstTarget = repositoryPath(jobs[0].target)
      await preflight('target', target, () => preflightBound(target.display, async (signal) => target.store.checkAccess?.(firstTarget, { signal })))
    }
    // Push access is proved once, just before the first tag that needs a write: a run that finds
    // everything on the target writes nothing, and a missing push right still ends it before any
    // copy. A target repository that does not exist fails its own tags only (see TargetRepositories).
    const targetRepositories = new TargetRepositories(
      (repository, signal) =>
        preflight('target', target, () =>
          boundedBy(signal, options.tagTimeoutMs)(target.display, async (bounded) => target.store.checkPush?.(repository, { signal: bounded }))
        ),
      scope,
      jobs.length > 0 ? repositoryPath(jobs[0].target) : undefined,
      options.createRepositories ? repositoryCreator(options, target.registry, log, (path) => target.store.forgetAccess?.(path)) : undefined
    )
    if (jobs.length > 0 && !options.dryRun) hooks.onCopyPhase?.()
    const tagRun: TagRun = { engine, ledger, options, words, onError: adviseOnName, gate, repositories: targetRepositories, scope }
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
    /** What ended the run early (a refusal of the first write, a ledger that can't be written): every tag in flight stops. */
    let fatal: { error: unknown } | undefined
    /** Tags recorded in the ledger by this run's copies (copied, or found on the target). */
    let recorded = 0

    try {
      const tasks = Promise.all(
        jobs.map((job) =>
          limit(async () => {
            if (fatal) return
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
              if (result.status === 'copied' || result.reason === 'target-has-it') recorded++
              if (result.status !== 'failed' && !options.dryRun) await ledger.commit()
              progress()
            }
            const left = (pendingPerRepo.get(job.repository.relative) ?? 1) - 1
            pendingPerRepo.set(job.repository.relative, left)
            if (left === 0) hooks.onRepositoryEnd?.(job.repository.relative)
          }).catch((error: unknown) => {
            // The first fatal error ends the run: every tag in flight and all shared work stop now.
            fatal ??= { error }
            scope.end(error)
          })
        )
      )
      // Every started tag settles before the run goes on; after a fatal error every tag is stopping, so the wait is bounded.
      const stopped = new Promise<void>((resolve) => scope.signal.addEventListener('abort', () => resolve(), { once: true }))
      await Promise.race([tasks, stopped.then(() => settledWithin(tasks))])
      if (fatal) throw stoppedAfter(fatal.error, recorded)
    } finally {
      clearInterval(ticker)
    }
    const noPlatform = remaining === 0 ? noPlatformSelected(images, options, source.display) : undefined
    if (noPlatform) throw noPlatform
    if (gate.closed) log('info', `rate limit reached: ${remaining} tags left for the next run (${gate.reason})`)
    else if (remaining > 0) log('info', `time budget or stop reached: ${remaining} tags left for the next run`)
    // Pruning looks only at repositories this run listed (or, when discovering, that are gone); a
    // listing cut short by the time budget or a stop proves nothing gone.
    const pruned =
      options.prune && listedAll && !gate.closed
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
    const missingRepositories = targetRepositories.names().map((repository) => joinPath(target.registry, repository))
    if (missingRepositories.length > 0) log('warning', missingLine(target.registry, targetRepositories, options.createRepositories))

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
      ...(pruned ? { pruned } : {}),
      verified,
      repaired: images.filter((i) => i.reason === 'repaired').length,
      ...(missingRepositories.length > 0 ? { missingRepositories } : {})
    }
    if (options.report) await writeReport(options.report, report)
    return report
  } finally {
    await endRun({
      scope,
      close: () => Promise.allSettled([engine.close(), source.close(), target.close()]),
      save: options.dryRun ? undefined : () => ledger.save(),
      release: owned && (() => owned.release())
    })
  }
}

/**
 * The error a run ends with when a refusal stopped it. Before any tag was recorded it is the
 * PreflightError itself (exit 2: nothing done, fix the input); after, the run did part of its work,
 * so it says so and exits 1 as failed tags do, the recorded tags kept in the ledger.
 */
function stoppedAfter(error: unknown, recorded: number): unknown {
  if (!(error instanceof PreflightError) || recorded === 0) return error
  const tags = recorded === 1 ? '1 tag' : `${recorded} tags`
  return new MirrorError(error.kind, (w) => `${error.render(w)}; the run stopped there, after ${tags} recorded in the ledger`, {
    cause: error,
    side: error.side
  })
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
  /** Filled in: ledger hits, tags gone since listing and repositories that could not be listed, as results. */
  images: ImageResult[]
  /** Filled in: the tags listed. */
  stats: ListingStats
  /** Filled in: every tag name listed, per repository (for --prune). */
  listed: Map<string, Set<string>>
  /** Filled in: the tags the ledger holds at their source digest, for verification. */
  hits: PlannedJob[]
  /** Filled in: the repositories the stop left unlisted. */
  unlisted: Set<string>
}

/**
 * Lists and filters every repository's tags (bounded concurrency), compares each with the ledger,
 * and returns the tags to copy, new ones first; the rest goes into `run` (see PlanRun).
 */
async function plan(repositories: NamedRepository[], run: PlanRun): Promise<PlannedJob[]> {
  const { options, source, target, ledger, hooks, gate, stop, images, stats, listed, unlisted, hits } = run
  // Tag listings are small requests like the digest checks: the same wide window (500 repositories at
  // 50 ms took 7.9 s listed 8 at once).
  const listLimit = createLimiter(Math.max(options.concurrency, options.headConcurrency))
  const headLimit = stoppableLimiter(options.headConcurrency, stop)
  const bounded = boundedBy(stop, options.tagTimeoutMs)
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
          unlisted.add(repository.relative)
          return
        }
        let listing
        try {
          // Unlisted companions are asked for only from a source whose listing hides them, beside digests
          // this run copies: elsewhere the listing says which exist, and a ledger hit costs nothing.
          const probe = (selected: { tag: string; digest: string }): boolean =>
            options.referrers && hidesCompanions(source.registry) && !isLedgerHit(ledger, refs(selected.tag), selected.digest)
          listing = await selectRepositoryTags(source.store, joinPath(source.namespace, repository.relative), options, headLimit, probe, bounded)
        } catch (error) {
          if (gate.hit(error)) return
          if (stop.aborted) {
            unlisted.add(repository.relative)
            return
          }
          // The line that shows this failure names the repository already (`FAILED REPOSITORY:*`); so do many errors.
          const named = joinPath(source.display, repository.relative)
          failRepository('*', errorMessage(error).replace(`${named}: `, ''), classifyFailure(error))
          return
        }
        stats.tags += listing.listed
        listed.set(repository.relative, new Set(listing.listedTags))
        // Deleted at the source since the listing: nothing to copy, nothing to record.
        for (const tag of listing.vanished) report(tagResult({ ...refs(tag), digest: null, isNew: false }, 'skipped', { reason: 'source-gone', durationMs: 0 }))
        for (const { tag, digest } of listing.selected) {
          const job: PlannedJob = { ...refs(tag), digest, repository, isNew: false }
          const entry = ledger.get(formatTagRef(job.source))
          if (entry && isLedgerHit(ledger, job, digest)) {
            hits.push({ ...job, previous: entry })
          } else {
            job.isNew = !entry
            job.previous = entry
            jobs.push(job)
          }
        }
      })
    )
  )
  if (unlisted.size > 0) {
    hooks.log?.('info', `time budget or stop reached while listing: ${unlisted.size} repositories not listed; the next run starts with them`)
  }
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
  if (job.repair !== undefined) return { planned: 'repair', why: job.repair }
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
  /** Push access, proved once before the run's first write, and the target repositories found missing. */
  repositories: TargetRepositories
  /** The run's work: it ends every tag in flight when the run ends early. */
  scope: WorkScope
}

/**
 * Copies one planned tag (or finds the target already has it), records it, and throws only when the
 * target refuses the run's first write (a PreflightError); other failures are told to `run.onError`.
 * Undefined when a rate limit or the run's early end stopped it: the tag is left for the next run.
 * The tag's signal ends at its deadline (`--tag-timeout`), when the run ends early, and when the tag
 * is done: shared work it was still waiting for then goes on only for the tags that wait for it.
 */
async function copyOne(planned: PlannedJob, run: TagRun): Promise<ImageResult | undefined> {
  const { engine, ledger, options, words, onError, gate, repositories, scope } = run
  const started = Date.now()
  const job = copyJobOf(planned)
  const done = new AbortController()
  const { signal } = deadlineSignal(options.tagTimeoutMs, [scope.signal, done.signal])
  const end = (status: ImageStatus, ending: Omit<Ending, 'durationMs'>): ImageResult =>
    tagResult(planned, status, { ...ending, durationMs: Date.now() - started })
  // The engine's work for this tag, counted as the run's until it settles (it may outlive a tag that timed out).
  const tracked = <T>(work: Promise<T>): Promise<T> => {
    scope.track(work)
    return untilAborted(work, signal)
  }
  try {
    const present = planned.isNew ? await tracked(engine.targetHas(job, signal)) : undefined
    if (present) {
      ledger.record({ source: job.sourceRef, digest: job.digest, target: job.targetRef, ...landedFields(present, job.digest) })
      return end('skipped', { reason: 'target-has-it', landed: { targetDigest: present.targetDigest } })
    }
    if (options.dryRun) {
      const skip = engine.wouldSkip && (await tracked(engine.wouldSkip(job, signal)))
      if (skip) return end('skipped', { reason: skip.skipped, landed: { platforms: skip.platforms } })
      return { ...end('skipped', { reason: 'dry-run' }), ...plannedAction(planned) }
    }
    const outcome = await repositories.write(job.targetRepository, signal, () => tracked(engine.copy(job, signal)))
    if (outcome.skipped) return end('skipped', { reason: outcome.skipped, landed: { platforms: outcome.platforms } })
    const landed = landedFields(outcome, job.digest)
    ledger.record({ source: job.sourceRef, digest: job.digest, target: job.targetRef, ...landed })
    if (outcome.graph) ledger.addNodes(outcome.graph)
    return end('copied', {
      bytes: outcome.bytes,
      landed,
      convertedFrom: outcome.convertedFrom,
      referrers: outcome.referrers,
      reason: planned.repair === undefined ? undefined : 'repaired'
    })
  } catch (error) {
    // The run ended early (another tag's fatal error): this tag is not a failure of its own.
    if (scope.signal.aborted) return undefined
    // No push right: the whole run ends (before any copy: exit 2), not one failure per tag.
    if (error instanceof PreflightError) throw error
    if (gate.hit(error)) return undefined
    if (signal.aborted) {
      // Its own deadline: whatever was in flight was cut by it, so the side of that is no cause.
      const what = error === signal.reason ? '' : `: ${errorMessage(error, words)}`
      return end('failed', { error: `timed out after ${options.tagTimeoutMs} ms${what}`, cause: classifyFailure(undefined, true) })
    }
    // Deleted at the source since the listing: skipped, not recorded.
    if (isSourceGone(error, job)) return end('skipped', { reason: 'source-gone' })
    repositories.note(job.targetRepository, error)
    onError(error)
    return end('failed', { error: errorMessage(error, words), cause: classifyFailure(error) })
  } finally {
    done.abort()
  }
}
