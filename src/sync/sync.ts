import type { CopyJob, Engine } from '../engines/engine'
import { CLI_WORDS, errorMessage, PreflightError, type Side, type Words } from '../oci/errors'
import { createLimiter } from '../util/limit'
import { untilAborted } from '../util/abortable'
import { discoverRepositories, joinPath, selectRepositoryTags } from './discover'
import { onceNameHint, preflightHint } from './hints'
import { createEngine } from './open-engine'
import { openEndpoint, type Endpoint } from './open-endpoint'
import { Ledger } from './ledger'
import { nothingSelected, type ListingStats } from './nothing-selected'
import { nameRepositories, shouldFlatten, type NamedRepository } from './naming'
import { inShard } from './shard'
import { writeReport } from './report'
import type { ImageResult, SyncHooks, SyncOptions, SyncReport } from './types'

/** Dependencies a shell may provide instead of the defaults. */
export interface SyncDeps {
  /** A ledger already loaded (the action restores it from the cache); else `options.stateFile` is loaded. */
  ledger?: Ledger
  /** Called with every secret obtained at run time (registry tokens) so shells can mask them. */
  onSecret?: (secret: string) => void
  /** Observes every HTTP request (tests, benchmarks). */
  onRequest?: (event: { method: string; url: string; status: number }) => void
}

/** A tag planned for copying. */
interface PlannedJob extends CopyJob {
  repository: NamedRepository
  isNew: boolean
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
  const ledger = deps.ledger ?? (await Ledger.load(options.stateFile))
  for (const spec of [options.source, options.target]) if (spec.kind === 'registry' && spec.notice) log('info', spec.notice)
  const open = (spec: SyncOptions['source'], role: 'source' | 'target', credentials: SyncOptions['sourceCredentials']): Endpoint =>
    openEndpoint(spec, {
      role,
      insecureRegistries: options.insecureRegistries,
      credentials,
      onSecret: deps.onSecret,
      onRequest: deps.onRequest,
      onRetry: (message) => log('debug', `retrying: ${message}`),
      connections: Math.max(8, options.blobConcurrency * 2)
    })
  const source = open(options.source, 'source', options.sourceCredentials)
  const target = open(options.target, 'target', options.targetCredentials)
  const engine = await createEngine(options, source, target, log)
  const words = hooks.words ?? CLI_WORDS
  const adviseOnName = onceNameHint((advice) => log('warning', advice(words)))
  const images: ImageResult[] = []
  let remaining = 0
  let bytes = 0
  try {
    const stats: ListingStats = { repositories: 0, repositoriesBeforeShard: 0, tags: 0 }
    // Named images skip discovery, so check the source answers before listing each of them.
    const relatives = await preflight('source', source, async () => {
      if (options.images.length > 0) await source.store.checkAccess?.(joinPath(source.namespace, options.images[0]))
      const all = await discoverRepositories(source.store, source.namespace, options.images)
      stats.repositoriesBeforeShard = all.length
      return all.filter((r) => inShard(r, options.shard))
    })
    stats.repositories = relatives.length
    const { repositories, collisions } = nameRepositories(relatives, {
      namespace: target.namespace,
      flatten: shouldFlatten(options.flatten, target.registry),
      separator: options.separator
    })
    for (const collision of collisions) log('warning', `name collision on ${collision.target}: ${collision.resolution}`)

    const jobs = await plan(options, source, target, repositories, ledger, images, hooks, stats)
    const empty = nothingSelected(stats, jobs.length + images.length, options, source.display)
    if (empty) throw empty
    // Wrong target credentials or an unreachable target: one clear error before any copy, not one per tag.
    // A run with nothing to copy sends the target nothing.
    if (jobs.length > 0 && !options.dryRun) await preflight('target', target, async () => target.store.checkAccess?.(jobs[0].targetRepository))
    const total = jobs.length + images.length
    const progress = (): void => hooks.onProgress?.({ tagsTotal: total, tagsDone: images.length, bytes, elapsedMs: Date.now() - startedAt.getTime() })
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
            if (hooks.signal?.aborted || Date.now() >= deadline) {
              remaining++
            } else {
              const result = await copyOne(job, engine, ledger, options, words, adviseOnName)
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
    if (remaining > 0) log('info', `time budget or stop reached: ${remaining} tags left for the next run`)

    const report: SyncReport = {
      source: source.display,
      target: target.display,
      copied: images.filter((i) => i.status === 'copied').length,
      skipped: images.filter((i) => i.status === 'skipped').length,
      failed: images.filter((i) => i.status === 'failed').length,
      images: images.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)),
      collisions,
      remaining,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      bytes,
      dryRun: options.dryRun,
      engine: options.engine
    }
    if (options.report) await writeReport(options.report, report)
    return report
  } finally {
    if (!options.dryRun) await ledger.save()
    await Promise.allSettled([engine.close(), source.close(), target.close()])
  }
}

/**
 * Lists and filters every repository's tags (bounded concurrency), compares each with the ledger,
 * and returns the tags to copy, new ones first. Ledger hits and vanished tags go straight to `images`;
 * `stats` counts the tags listed.
 */
async function plan(
  options: SyncOptions,
  source: Endpoint,
  target: Endpoint,
  repositories: NamedRepository[],
  ledger: Ledger,
  images: ImageResult[],
  hooks: SyncHooks,
  stats: ListingStats
): Promise<PlannedJob[]> {
  const listLimit = createLimiter(options.concurrency)
  const headLimit = createLimiter(options.concurrency * 2)
  const jobs: PlannedJob[] = []
  const sourceRef = (relative: string, tag: string): string => `${joinPath(source.display, relative)}:${tag}`
  await Promise.all(
    repositories.map((repository) =>
      listLimit(async () => {
        const started = Date.now()
        const sourceRepository = joinPath(source.namespace, repository.relative)
        const failRepository = (tag: string, error: string): void => {
          const result: ImageResult = {
            source: sourceRef(repository.relative, tag),
            target: `${joinPath(target.registry, repository.target)}:${tag}`,
            digest: null,
            status: 'failed',
            bytes: 0,
            error,
            repository: repository.relative,
            tag,
            durationMs: Date.now() - started
          }
          images.push(result)
          hooks.onImage?.(result)
        }
        let listing
        try {
          listing = await selectRepositoryTags(source.store, sourceRepository, options, headLimit)
        } catch (error) {
          failRepository('*', `${joinPath(source.display, repository.relative)}: ${errorMessage(error)}`)
          return
        }
        stats.tags += listing.listed
        for (const tag of listing.vanished) failRepository(tag, `tag ${tag} vanished from the source between listing and copy`)
        for (const { tag, digest } of listing.selected) {
          const job: PlannedJob = {
            repository,
            sourceRepository,
            targetRepository: repository.target,
            tag,
            digest,
            sourceRef: sourceRef(repository.relative, tag),
            targetRef: `${joinPath(target.registry, repository.target)}:${tag}`,
            isNew: false
          }
          const entry = ledger.get(job.sourceRef)
          if (entry && entry.digest === digest && entry.target === job.targetRef) {
            const result = skipped(job, 'ledger', entry.targetDigest)
            images.push(result)
            hooks.onImage?.(result)
          } else {
            job.isNew = !entry
            jobs.push(job)
          }
        }
      })
    )
  )
  const order = (job: PlannedJob): string => `${job.isNew ? 0 : 1}${job.sourceRef}`
  return jobs.sort((a, b) => (order(a) < order(b) ? -1 : 1))
}

function skipped(job: PlannedJob, reason: string, targetDigest?: string): ImageResult {
  return {
    source: job.sourceRef,
    target: job.targetRef,
    digest: job.digest,
    status: 'skipped',
    bytes: 0,
    error: null,
    reason,
    repository: job.repository.relative,
    tag: job.tag,
    durationMs: 0,
    isNew: job.isNew,
    ...(targetDigest && targetDigest !== job.digest ? { targetDigest } : {})
  }
}

/** Copies one planned tag (or finds the target already has it), records it, and never throws; failures are told to `onError`. */
async function copyOne(
  job: PlannedJob,
  engine: Engine,
  ledger: Ledger,
  options: SyncOptions,
  words: Words,
  onError: (error: unknown) => void
): Promise<ImageResult> {
  const started = Date.now()
  const base = { source: job.sourceRef, target: job.targetRef, digest: job.digest, repository: job.repository.relative, tag: job.tag, isNew: job.isNew }
  const signal = AbortSignal.timeout(options.tagTimeoutMs)
  try {
    const present = job.isNew ? await untilAborted(engine.targetHas(job, signal), signal) : undefined
    if (present) {
      ledger.record({ source: job.sourceRef, digest: job.digest, target: job.targetRef, ...present })
      return { ...skipped(job, 'target-has-it', present.targetDigest), durationMs: Date.now() - started }
    }
    if (options.dryRun) return { ...skipped(job, 'dry-run'), durationMs: Date.now() - started }
    const outcome = await untilAborted(engine.copy(job, signal), signal)
    if (outcome.skipped) return { ...skipped(job, outcome.skipped), platforms: outcome.platforms, durationMs: Date.now() - started }
    ledger.record({
      source: job.sourceRef,
      digest: job.digest,
      target: job.targetRef,
      ...(outcome.targetDigest ? { targetDigest: outcome.targetDigest } : {}),
      ...(outcome.mediaType ? { mediaType: outcome.mediaType } : {}),
      ...(outcome.platforms?.length ? { platforms: outcome.platforms } : {})
    })
    return {
      ...base,
      status: 'copied',
      bytes: outcome.bytes,
      error: null,
      durationMs: Date.now() - started,
      ...(outcome.targetDigest ? { targetDigest: outcome.targetDigest } : {}),
      ...(outcome.mediaType ? { mediaType: outcome.mediaType } : {}),
      ...(outcome.platforms?.length ? { platforms: outcome.platforms } : {}),
      ...(outcome.convertedFrom ? { convertedFrom: outcome.convertedFrom } : {})
    }
  } catch (error) {
    onError(error)
    const reason = signal.aborted ? `timed out after ${options.tagTimeoutMs} ms: ${errorMessage(error, words)}` : errorMessage(error, words)
    return { ...base, status: 'failed', bytes: 0, error: reason, durationMs: Date.now() - started }
  }
}
