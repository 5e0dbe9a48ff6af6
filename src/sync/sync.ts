import { CLI_WORDS } from '../oci/errors'
import { WorkScope } from '../util/shared-work'
import { makePlan } from './plan/plan'
import { inShard } from './plan/shard'
import { copyTags } from './run/copy-tags'
import { checkLocalPaths } from './run/local-paths'
import { networkNotices, sideNetwork } from './run/network'
import { createEngine } from './run/open-engine'
import { openEndpoint, type Endpoint } from './run/open-endpoint'
import { RateLimitGate } from './run/rate-limit-gate'
import type { SharedReads } from './run/shared-reads'
import { endRun } from './run/run-end'
import { stoppableLimiter } from './run/run-stop'
import { deadlineSignal } from '../util/deadline'
import { Ledger, type LedgerView } from './state/ledger'
import { resumePoint } from './state/resume'
import { listingWindow, PassProgress } from './state/pass-progress'
import { checkTargetAccess } from './target/target-access'
import { executePrune, findPruneCandidates } from './target/prune'
import { missingLine } from './target/provisioning'
import { HitVerifier } from './target/verify'
import { onceNameHint } from './report/hints'
import { noPlatformSelected, nothingSelected } from './report/nothing-selected'
import { writeReport } from './report/report'
import { RunResults } from './report/run-results'
import { assembleReport } from './report/assemble-report'
import { tagResult } from './report/tag-result'
import type { ListedTags, Plan, PlannedJob } from './plan/plan'
import type { PruneResult, RunStop, SyncHooks, SyncOptions, SyncReport } from './types'

/** Dependencies a shell may provide instead of the defaults. */
export interface SyncDeps {
  /** A ledger already loaded (the action restores it from the cache); else `options.stateFile` is loaded. */
  ledger?: LedgerView
  /** Observes every HTTP request (tests, benchmarks). */
  onRequest?: (event: { method: string; url: string; status: number }) => void
  /** The run's number for `--verify sample`'s rotation (the action's run number); else the ledger counts runs. */
  verifyRound?: number
  /** Reads of a registry source shared with the mirrors copying it into other targets at the same time (`--target` repeated). */
  reads?: SharedReads
}

/**
 * Mirrors the selected tags of the source namespace into the target: plan (discover, filter, name,
 * list; a tag whose source digest equals the ledger's costs no target request) and copy at once,
 * each repository's tags handed over as soon as it is listed (what the ledger says is there
 * verified first; new tags before updated ones among those listed so far; each finished tag
 * recorded at once), then prune, report.
 * Throws before any copy for bad input (UsageError) or a store that can't be listed or written
 * (PreflightError, with the side and a hint); per-tag failures are reported, never thrown.
 */
export async function runSync(options: SyncOptions, hooks: SyncHooks = {}, deps: SyncDeps = {}): Promise<SyncReport> {
  const startedAt = new Date()
  const log = hooks.log ?? (() => undefined)
  const words = hooks.words ?? CLI_WORDS
  // The run's shared work (blobs, manifests, the push probe) ends with the run, not with the tag that
  // started it; a copy's fatal error ends it early, and the listing with it.
  const scope = new WorkScope()
  // Discovery and listing may take the whole budget: a budgeted run lists only a little ahead of its
  // copies (see PassProgress), so its copies are fed to the end and few listed repositories are left.
  const stop = deadlineSignal(options.maxDurationMs, [hooks.signal, scope.signal], () => new Error('time budget reached')).signal
  const progress = new PassProgress(options.maxDurationMs === undefined ? undefined : listingWindow(options.concurrency))
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
  for (const notice of networkNotices(options, words)) log(notice.level, notice.message)
  const source = shareReads(open(options.source, 'source', options.sourceCredentials), deps.reads)
  const target = open(options.target, 'target', options.targetCredentials)
  const engine = await createEngine(options, source, target, log, hooks.onStreamed, scope)
  const results = new RunResults((result) => {
    progress.settled(result.source)
    hooks.onImage?.(result)
  })
  try {
    const onError = onceNameHint((advice) => log('warning', advice(words)))
    const copying = copyTags({
      engine,
      ledger,
      options,
      hooks,
      words,
      onError,
      gate,
      access: (first) => checkTargetAccess(first, { options, target, hooks, scope }),
      scope,
      results,
      startedAt: startedAt.getTime()
    })
    const verifier = new HitVerifier({
      mode: options.verify,
      round: () => deps.verifyRound ?? ledger.verifyRound(),
      target: target.store,
      ledger,
      limit: stoppableLimiter(options.headConcurrency, stop),
      signal: stop,
      warn: (message) => log('warning', message)
    })
    // A repository's ledger hits are verified as soon as it is listed, so what the target lost is copied
    // again with the rest of its tags; they are copied while later repositories are listed.
    const verify = async ({ jobs, hits }: ListedTags): Promise<PlannedJob[]> => {
      const { intact, broken } = await verifier.check(hits)
      for (const hit of intact) results.add(tagResult(hit, 'skipped', { reason: 'ledger', durationMs: 0, landed: hit.previous }))
      return [...jobs, ...broken]
    }
    const listing = makePlan({
      options,
      source,
      target,
      ledger,
      hooks,
      gate,
      stop,
      progress,
      report: (result) => results.add(result),
      verify,
      handOver: copying.add
    })
      // The listing's stop fires after it, too (at the end of the budget): what counts is whether it cut the listing.
      .then((plan) => ({ plan, listedAll: !stop.aborted }))
      .finally(() => copying.end())
    const [listed, copied] = await Promise.allSettled([listing, copying.done])
    // A copy's fatal error stopped the listing too: it is the run's error.
    if (copied.status === 'rejected') throw copied.reason
    if (listed.status === 'rejected') throw listed.reason
    const { plan, listedAll } = listed.value
    const copies = copied.value
    if (plan.unlisted.size > 0) {
      log('info', `time budget or stop reached while listing: ${plan.unlisted.size} repositories not listed; the next run starts with them`)
    }
    // The next run goes on with the pass at the first repository this one did not finish; none: the pass is over.
    if (plan.repositories.length > 0 && !options.dryRun) ledger.setResumeAt(resumePoint(plan.repositories, progress.unfinished(plan.unlisted)))
    const verified = verifier.finish()
    // Nothing handed over means nothing copied: the run selected nothing, unless a limit cut the listing
    // or it listed only the end of a pass (what the pass selected may all be before it).
    const empty =
      gate.closed || !listedAll || plan.continues ? undefined : nothingSelected(plan.stats, results.images.length + copies.remaining, options, source.display)
    if (empty) throw empty
    const noPlatform = copies.remaining === 0 ? noPlatformSelected(results.images, options, source.display) : undefined
    if (noPlatform) throw noPlatform
    if (gate.closed) log('info', `rate limit reached: ${copies.remaining} tags left for the next run (${gate.reason})`)
    else if (copies.remaining > 0) log('info', `time budget or stop reached: ${copies.remaining} tags left for the next run`)
    // Pruning looks only at the repositories this run listed (a tag not in its listing is gone) and, when
    // discovering, at those gone from the catalog; one before the resume point, not listed, proves nothing
    // gone. A listing cut short by the budget or a stop prunes nothing; nor does a run whose budget is spent
    // (the target's listings would be cut too) or that a signal stops.
    const pruned = options.prune && listedAll && !gate.closed && !stop.aborted ? await prune(plan, { options, source, target, ledger }) : undefined
    for (const result of pruned ?? []) if (result.status === 'failed') log('warning', `prune: ${result.error}`)
    const repositories = copies.repositories
    if (repositories && repositories.names().length > 0) {
      log('warning', missingLine(target.registry, repositories, options.createRepositories, options.insecureRegistries))
    }
    const listingCut: RunStop | undefined = listedAll
      ? undefined
      : gate.closed
        ? { reason: 'rate-limit', detail: gate.reason }
        : hooks.signal?.aborted
          ? { reason: 'signal' }
          : { reason: 'budget', budgetMs: options.maxDurationMs }
    const report = assembleReport({ options, source, target, plan, results, copies, gate, startedAt, pruned, verified, listingCut })
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

/** The source endpoint reading through `reads` when it is a registry shared with other mirrors (a local one is read again: it costs no pull). */
function shareReads(source: Endpoint, reads: SharedReads | undefined): Endpoint {
  return reads && source.kind === 'registry' ? { ...source, store: reads.over(source.store) } : source
}

/** Deletes the target tags whose source tags are gone from the repositories this run listed (see findPruneCandidates). */
function prune(plan: Plan, run: { options: SyncOptions; source: Endpoint; target: Endpoint; ledger: LedgerView }): Promise<PruneResult[]> {
  const { options, source, target, ledger } = run
  const candidates = findPruneCandidates(ledger.entries(), {
    source: source.display,
    target: target.display,
    targetRegistry: target.registry,
    listed: plan.listed,
    discovered: options.images.length > 0 ? undefined : new Set(plan.relatives),
    inScope: (repository) => inShard(repository, options.shard)
  })
  return executePrune(candidates, target.store, ledger, { dryRun: options.dryRun, concurrency: options.concurrency })
}
