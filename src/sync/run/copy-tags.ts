import type { Engine } from '../../engines/engine'
import { errorMessage, MirrorError, PreflightError, type Words } from '../../oci/errors'
import { untilAborted } from '../../util/abortable'
import { deadlineSignal } from '../../util/deadline'
import { createLimiter } from '../../util/limit'
import type { WorkScope } from '../../util/shared-work'
import type { PlannedJob } from '../plan/plan'
import { classifyFailure, isSourceGone } from '../report/failure'
import type { RunResults } from '../report/run-results'
import { copyJobOf, landedFields, tagResult, type Ending } from '../report/tag-result'
import type { LedgerView } from '../state/ledger'
import type { TargetRepositories } from '../target/target-repositories'
import type { ImageResult, ImageStatus, RunStop, SyncHooks, SyncOptions } from '../types'
import { CopyClock } from './progress'
import { pullsOf, type RateLimitGate } from './rate-limit-gate'
import { settledWithin } from './run-end'

const PROGRESS_INTERVAL_MS = 5_000

/** What every tag of one run shares: the engine, the ledger, the options and the run's gates. */
export interface CopyContext {
  engine: Engine
  ledger: LedgerView
  options: SyncOptions
  hooks: SyncHooks
  words: Words
  /** Sees every failure first (the run's one hint for a name the target refuses). */
  onError: (error: unknown) => void
  gate: RateLimitGate
  /** Push access, proved once before the run's first write, and the target repositories found missing. */
  repositories: TargetRepositories
  /** The run's work: it ends every tag in flight when the run ends early. */
  scope: WorkScope
  results: RunResults
  /** When the run started (ms since the epoch): the time budget and progress count from it. */
  startedAt: number
}

/** How the copies ended: the tags left for the next run, and why. */
export interface Copies {
  remaining: number
  leftBy?: RunStop
}

/**
 * Copies the planned tags, `--concurrency` at once, recording each finished tag in the ledger at
 * once. Tags are left for the next run once a rate limit, the shell's signal or the time budget
 * says so. The first fatal error (a refusal of the first write, a ledger that can't be written)
 * stops every tag in flight and all shared work, and is thrown once they settled.
 */
export async function copyTags(jobs: PlannedJob[], context: CopyContext): Promise<Copies> {
  const { ledger, options, hooks, gate, scope, results, startedAt } = context
  const total = jobs.length + results.images.length
  const clock = new CopyClock(jobs.length, options.concurrency)
  const progress = (): void =>
    hooks.onProgress?.({ tagsTotal: total, tagsDone: results.images.length, bytes: results.bytes, elapsedMs: Date.now() - startedAt, copy: clock.snapshot() })
  const ticker = setInterval(progress, PROGRESS_INTERVAL_MS)
  ticker.unref()
  const deadline = options.maxDurationMs === undefined ? Infinity : startedAt + options.maxDurationMs
  const limit = createLimiter(options.concurrency)
  const pendingPerRepo = new Map<string, number>()
  for (const job of jobs) pendingPerRepo.set(job.relative, (pendingPerRepo.get(job.relative) ?? 0) + 1)
  for (const [repository, count] of pendingPerRepo) hooks.onRepositoryStart?.(repository, count)
  const copies: Copies = { remaining: 0 }
  /** What ended the run early: every tag in flight stops. */
  let fatal: { error: unknown } | undefined
  /** Tags recorded in the ledger by this run's copies (copied, or found on the target). */
  let recorded = 0
  /** Why the next tag is left for the next run, if it is. */
  const leaving = async (): Promise<RunStop | undefined> => {
    if (copies.leftBy) return copies.leftBy
    if (!(await gate.admit())) return { reason: 'rate-limit', detail: gate.reason }
    if (hooks.signal?.aborted) return { reason: 'signal' }
    if (Date.now() >= deadline) return { reason: 'budget', budgetMs: options.maxDurationMs }
    return undefined
  }
  try {
    const tasks = Promise.all(
      jobs.map((job) =>
        limit(async () => {
          if (fatal) return
          const why = await leaving()
          copies.leftBy ??= why
          clock.start(job)
          const result = copies.leftBy ? undefined : await copyOne(job, context)
          clock.end(job, result !== undefined)
          // A tag the rate limit stopped is left too (copyOne returns nothing for it).
          if (!result && gate.closed && gate.waitMs() === undefined) copies.leftBy ??= { reason: 'rate-limit', detail: gate.reason }
          if (result?.status === 'copied') gate.settle(pullsOf(result.platforms))
          if (!result) {
            copies.remaining++
          } else {
            results.add(result)
            if (result.status === 'copied' || result.reason === 'target-has-it') recorded++
            if (result.status !== 'failed' && !options.dryRun) await ledger.commit()
            progress()
          }
          const left = (pendingPerRepo.get(job.relative) ?? 1) - 1
          pendingPerRepo.set(job.relative, left)
          if (left === 0) hooks.onRepositoryEnd?.(job.relative)
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
  return copies
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

/** What a dry run would do with a tag, and why in words. */
function plannedAction(job: PlannedJob): Pick<ImageResult, 'planned' | 'why'> {
  if (job.repair !== undefined) return { planned: 'repair', why: job.repair }
  const previous = job.previous
  if (!previous) return { planned: 'copy', why: 'new tag' }
  if (previous.digest !== job.digest) return { planned: 'update', why: `source moved from ${previous.digest}` }
  return { planned: 'update', why: `target changed from ${previous.target}` }
}

/**
 * Copies one planned tag (or finds the target already has it), records it, and throws only when the
 * target refuses the run's first write (a PreflightError); other failures are told to `run.onError`.
 * Undefined when a rate limit or the run's early end stopped it: the tag is left for the next run.
 * The tag's signal ends at its deadline (`--tag-timeout`), when the run ends early, and when the tag
 * is done: shared work it was still waiting for then goes on only for the tags that wait for it.
 */
async function copyOne(planned: PlannedJob, run: CopyContext): Promise<ImageResult | undefined> {
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
    const outcome = await repositories.write(job.target.repository, signal, () => tracked(engine.copy(job, signal)))
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
    repositories.note(job.target.repository, error)
    onError(error)
    return end('failed', { error: errorMessage(error, words), cause: classifyFailure(error) })
  } finally {
    done.abort()
  }
}
