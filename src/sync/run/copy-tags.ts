import type { Engine } from '../../engines/engine'
import { errorMessage, MirrorError, PreflightError, type Words } from '../../oci/errors'
import { untilAborted } from '../../util/abortable'
import { deadlineSignal } from '../../util/deadline'
import type { WorkScope } from '../../util/shared-work'
import type { PlannedJob } from '../plan/plan'
import { classifyFailure, isSourceGone } from '../report/failure'
import type { RunResults } from '../report/run-results'
import { copyJobOf, landedFields, tagResult, type Ending } from '../report/tag-result'
import type { LedgerView } from '../state/ledger'
import type { TargetRepositories } from '../target/target-repositories'
import type { ImageResult, ImageStatus, RunStop, SyncHooks, SyncOptions } from '../types'
import { JobQueue } from './job-queue'
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
  /**
   * Checks the target before the run's first copy (see checkTargetAccess), given the first tag's
   * repository, and resolves to the run's push-access gate; asked once, when the first tag starts.
   */
  access: (first: string) => Promise<TargetRepositories>
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
  /** The run's push-access gate (the target repositories found missing); undefined when no tag started. */
  repositories?: TargetRepositories
}

/** The copies of a run, fed by its listing: tags are handed over as repositories are listed, copied as they come. */
export interface TagCopies {
  /** Hands over one repository's tags, all at once: each starts when a copy slot is free (see JobQueue). */
  add(jobs: readonly PlannedJob[]): void
  /** No more tags come: {@link done} settles once those handed over are copied or left. */
  end(): void
  /** How the copies ended; rejects with the first fatal error once every tag in flight settled. */
  done: Promise<Copies>
}

/**
 * Copies the tags handed over, `--concurrency` at once, recording each finished tag in the ledger at
 * once; starts at once and waits for tags until {@link TagCopies.end}. Tags are left for the next run
 * once a rate limit, the shell's signal or the time budget says so. The target is checked when the
 * first tag starts. The first fatal error (a target that refuses the run, a refusal of the first
 * write, a ledger that can't be written) stops every tag in flight and all shared work (the listing
 * listens to the same signal), and is thrown once they settled.
 */
export function copyTags(context: CopyContext): TagCopies {
  const { ledger, options, hooks, gate, scope, results, startedAt } = context
  const queue = new JobQueue()
  const clock = new CopyClock(0, options.concurrency)
  /** Tags handed over that have no result yet: waiting, in flight, or left for the next run. */
  let open = 0
  const progress = (): void =>
    hooks.onProgress?.({
      tagsTotal: results.images.length + open,
      tagsDone: results.images.length,
      bytes: results.bytes,
      elapsedMs: Date.now() - startedAt,
      copy: clock.snapshot()
    })
  /** Progress every few seconds once tags come (before that, the shell tells of the listing). */
  let ticker: NodeJS.Timeout | undefined
  const deadline = options.maxDurationMs === undefined ? Infinity : startedAt + options.maxDurationMs
  const pendingPerRepo = new Map<string, number>()
  const copies: Copies = { remaining: 0 }
  /** The target's check and push-access gate, asked for by the first tag that starts. */
  let access: Promise<TargetRepositories> | undefined
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
  const copyNext = async (job: PlannedJob): Promise<void> => {
    const why = await leaving()
    copies.leftBy ??= why
    let result: ImageResult | undefined
    if (!copies.leftBy) {
      if (!access) {
        if (!options.dryRun) hooks.onCopyPhase?.()
        access = context.access(job.target.repository)
      }
      const repositories = (copies.repositories = await access)
      clock.start(job)
      result = await copyOne(job, context, repositories)
      clock.end(job, result !== undefined)
    }
    // A tag the rate limit stopped is left too (copyOne returns nothing for it).
    if (!result && gate.closed && gate.waitMs() === undefined) copies.leftBy ??= { reason: 'rate-limit', detail: gate.reason }
    if (result?.status === 'copied') gate.settle(pullsOf(result.platforms))
    if (!result) {
      copies.remaining++
    } else {
      open--
      results.add(result)
      if (result.status === 'copied' || result.reason === 'target-has-it') recorded++
      if (result.status !== 'failed' && !options.dryRun) await ledger.commit()
      progress()
    }
    const left = (pendingPerRepo.get(job.relative) ?? 1) - 1
    pendingPerRepo.set(job.relative, left)
    if (left === 0) hooks.onRepositoryEnd?.(job.relative)
  }
  /** One copy slot: takes the next tag until none is left or the run ended early. */
  const slot = async (): Promise<void> => {
    while (!fatal) {
      const job = await queue.take()
      if (!job || fatal) return
      await copyNext(job).catch((error: unknown) => {
        // The first fatal error ends the run: every tag in flight and all shared work stop now.
        fatal ??= { error }
        scope.end(error)
      })
    }
  }
  const run = async (): Promise<Copies> => {
    try {
      const slots = Promise.all(Array.from({ length: options.concurrency }, slot))
      // Every started tag settles before the run goes on; after a fatal error every tag is stopping, so the wait is bounded.
      const stopped = new Promise<void>((resolve) => scope.signal.addEventListener('abort', () => resolve(), { once: true }))
      await Promise.race([slots, stopped.then(() => settledWithin(slots))])
      if (fatal) throw stoppedAfter(fatal.error, recorded)
      return copies
    } finally {
      clearInterval(ticker)
    }
  }
  return {
    add: (jobs) => {
      // After a fatal error the listing is stopping: what it still hands over is not started.
      if (fatal) return
      const counts = new Map<string, number>()
      for (const job of jobs) counts.set(job.relative, (counts.get(job.relative) ?? 0) + 1)
      for (const [repository, count] of counts) {
        pendingPerRepo.set(repository, (pendingPerRepo.get(repository) ?? 0) + count)
        hooks.onRepositoryStart?.(repository, count)
      }
      open += jobs.length
      clock.add(jobs.length)
      queue.add(jobs)
      if (!ticker && jobs.length > 0) {
        ticker = setInterval(progress, PROGRESS_INTERVAL_MS)
        ticker.unref()
      }
    },
    end: () => queue.close(),
    done: run()
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
async function copyOne(planned: PlannedJob, run: CopyContext, repositories: TargetRepositories): Promise<ImageResult | undefined> {
  const { engine, ledger, options, words, onError, gate, scope } = run
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
