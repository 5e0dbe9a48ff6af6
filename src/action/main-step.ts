import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionsCache } from './actions-cache'
import { ACTION_WORDS, getInputs, loadConfigFile, readRequestInputs, type ActionInputs } from './context'
import { ledgerLocation, restoreLedger, saveLedger, type ActionLog, type CacheStore } from './ledger-cache'
import { createReporter } from './reporter'
import { markLedgerSaved, markLedgerSaveFailed, saveLedgerState } from './state-helper'
import { writeJobSummary } from './summary'
import type { publishMetadata, readMetadataLedger } from '../metadata'
import type { GitHubClient } from '../metadata/github-client'
import type { Ledger, LedgerEntry } from '../sync/state/ledger'
import { describeLeft, failedRunReport, formatSummary, writeFailedRunReport } from '../sync/report/report'
import { exitBySignal, HARD_EXIT_MS } from '../sync/run/run-stop'
import { errorMessage } from '../oci/errors'
import { runMirrors, type MirrorReport } from '../sync/run/run-mirrors'
import { runSync } from '../sync/sync'
import type { SyncReport } from '../sync/types'
import { formatDuration } from '../util/duration'
import { forDisplay } from '../util/printable'

/** What the action calls out to; tests replace some of it. */
export interface ActionDeps {
  cache: CacheStore
  runSync: typeof runSync
  runMirrors: typeof runMirrors
  readMetadataLedger: typeof readMetadataLedger
  publishMetadata: typeof publishMetadata
  /** The client an issue is answered with (`images-from: issue`; default: the metadata publisher's client). */
  github?: (token: string) => GitHubClient
}

// The metadata publisher (Octokit and its plugins) and the issue requests are loaded only by a run that
// uses them (chunks of their own in the bundle): parsing code a run never calls costs start-up time
// and memory held to the end of the step (issue 26).
const metadata = (): Promise<typeof import('../metadata')> => import('../metadata')

const defaults: ActionDeps = {
  cache: actionsCache,
  runSync,
  runMirrors,
  readMetadataLedger: async (options) => (await metadata()).readMetadataLedger(options),
  publishMetadata: async (options) => (await metadata()).publishMetadata(options)
}

/** The ledger's messages in the log (the functions named, not the module: see the reporter's `log`). */
const coreLog: ActionLog = { info: (message) => core.info(message), warning: (message) => core.warning(message) }

/** A run's report: one mirror's, or a config run's with each mirror's. */
type RunReport = SyncReport & { mirrors?: MirrorReport[] }

/** The ledger entries the metadata record holds for the run's sources (a config mirror's in its section). */
async function metadataLedger(inputs: ActionInputs, deps: ActionDeps): Promise<LedgerEntry[]> {
  const metadata = inputs.metadata!
  const read = (source: string): Promise<LedgerEntry[]> => deps.readMetadataLedger({ ...metadata, source, log: core.debug })
  if (!inputs.mirrors) return read(inputs.options.source.display)
  const sections = await Promise.all(
    inputs.mirrors.map(async (mirror) => (await read(mirror.options.source.display)).map((entry) => ({ ...entry, section: mirror.name })))
  )
  return sections.flat()
}

/**
 * Restores the ledger (cache, else the metadata record), runs the sync, and saves the ledger
 * whatever happened. Once the ledger is ready its location is handed to the post step, which saves
 * it if this step never gets to.
 */
async function mirror(inputs: ActionInputs, deps: ActionDeps, signal: AbortSignal): Promise<{ report: RunReport; ledger: Ledger }> {
  const { options, metadata, mirrors } = inputs
  const location = ledgerLocation(options.stateFile, inputs.mirrorId)
  const restored = await restoreLedger(location, {
    cache: inputs.cache ? deps.cache : undefined,
    fallback: metadata && (() => metadataLedger(inputs, deps)),
    fallbackName: metadata && `the metadata record in ${metadata.repo}`,
    readOnly: options.dryRun,
    log: coreLog
  })
  if (restored.cached) saveLedgerState({ path: location.path, key: location.key, digest: restored.digest })
  const reporter = createReporter(signal)
  try {
    // The workflow's run number turns --verify sample's rotation: a no-op run leaves the cached ledger unchanged.
    const runNumber = Number(process.env.GITHUB_RUN_NUMBER)
    const using = { ledger: restored.ledger, ...(Number.isSafeInteger(runNumber) && runNumber > 0 ? { verifyRound: runNumber } : {}) }
    const report = mirrors ? await deps.runMirrors(mirrors, reporter.hooks, using, ACTION_WORDS) : await deps.runSync(options, reporter.hooks, using)
    return { report, ledger: restored.ledger }
  } finally {
    reporter.finish()
    if (restored.cached) {
      if ((await saveLedger(location, restored.ledger, restored.digest, deps.cache, coreLog)) === 'failed') markLedgerSaveFailed()
      else markLedgerSaved()
    }
  }
}

/** Commits the run to the metadata repository; a failure counts like a failed tag (see `fail-on-error`). */
async function recordMetadata(inputs: ActionInputs, report: RunReport, ledger: Ledger, deps: ActionDeps): Promise<void> {
  const metadata = inputs.metadata
  if (!metadata) return
  await core.group(`Metadata: ${metadata.repo}`, async () => {
    try {
      await deps.publishMetadata({ ...metadata, report, ledger: ledger.entries(), dryRun: inputs.options.dryRun, log: core.info })
    } catch (error) {
      fail(inputs, `Metadata not recorded in ${metadata.repo}: ${errorMessage(error, ACTION_WORDS)}`)
    }
  })
}

function fail(inputs: ActionInputs, message: string): void {
  if (inputs.failOnError) core.setFailed(forDisplay(message))
  else core.warning(forDisplay(message))
}

/** The step's outputs, from a run's report: the counts and where the report is. */
function setOutputs(report: SyncReport, reportPath: string): void {
  core.setOutput('copied', report.copied)
  core.setOutput('skipped', report.skipped)
  core.setOutput('failed', report.failed)
  core.setOutput('remaining', report.remaining)
  core.setOutput('report', reportPath)
}

/**
 * A run that ended before it had a report (bad input, refused credentials, an unreachable registry)
 * still sets every output (no tag, one failure: the run) and writes the report with the error, so a
 * later step that reads `failed` or the report sees what happened. The report goes where the inputs
 * put it, else (inputs that could not be read) to the `report` input or RUNNER_TEMP/gcr-mirror/report.json.
 */
async function reportEarlyFailure(inputs: ActionInputs | undefined, message: string, startedAt: Date): Promise<void> {
  const options = inputs?.options
  const path = options?.report ?? (core.getInput('report').trim() || join(process.env.RUNNER_TEMP || tmpdir(), 'gcr-mirror', 'report.json'))
  const run = options
    ? { source: options.source.display, target: options.target.display, dryRun: options.dryRun, engine: options.engine }
    : { source: core.getInput('source').trim(), target: core.getInput('target').trim() }
  const report = failedRunReport(run, message, startedAt)
  // Not over the report path the error is about (a FIFO, the ledger).
  const written = /^Input error: report\b/.test(message) ? false : await writeFailedRunReport(path, report, options?.stateFile ?? core.getInput('state-file'))
  setOutputs(report, written ? path : '')
}

/**
 * The action's main step: reads and validates every input, mirrors, then sets the outputs, writes
 * the job summary, records the metadata, and ends with a notice when tags are left for the next
 * run. Failed tags fail the step when `fail-on-error` is true. With `images-from: issue` the images
 * come from the request the run was started for, which is answered (see answerRequest).
 * SIGINT/SIGTERM (a cancelled job)
 * stop new tags; the ledger keeps every finished one; a second signal, or 10 s, ends the step at once.
 */
export async function run(deps: ActionDeps = defaults): Promise<void> {
  const controller = new AbortController()
  const stop = (signal: 'SIGINT' | 'SIGTERM'): void => {
    // A second signal, or 10 s after the first, ends the step whatever it waits on; the post step saves the ledger.
    if (controller.signal.aborted) exitBySignal(signal)
    core.warning(`${signal}: finishing the tags in flight, starting no new ones`)
    controller.abort()
    setTimeout(() => exitBySignal(signal), HARD_EXIT_MS).unref()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  const startedAt = new Date()
  let inputs: ActionInputs | undefined
  /** The whole run once the inputs are read: mirror, outputs, job summary, metadata, notices. */
  const mirrorRun = async (read: ActionInputs): Promise<RunReport> => {
    inputs = read
    const { report, ledger } = await mirror(read, deps, controller.signal)
    setOutputs(report, read.options.report)
    for (const part of report.mirrors ?? [report]) core.info(forDisplay(formatSummary(part)))
    // The mirror is done and the report written: a summary that can't be written is only a warning.
    await writeJobSummary(report, read.options.report).catch((error: unknown) =>
      core.warning(forDisplay(`Job summary not written: ${errorMessage(error, ACTION_WORDS)}`))
    )
    await recordMetadata(read, report, ledger, deps)

    const left = describeLeft(report)
    if (report.rateLimited) {
      core.notice(`rate limit reached: ${left ?? '0 tags'} left for the next run (${report.rateLimited})`, { title: 'Tags left for the next run' })
    } else if (left) {
      const why = controller.signal.aborted ? 'The run was stopped' : `The time budget (${formatDuration(read.options.maxDurationMs ?? 0)}) ran out`
      core.notice(`${why}: ${left} left; the next run carries on from the saved ledger`, { title: 'Tags left for the next run' })
    }
    if (report.failed > 0) fail(read, `${report.failed} tags failed to mirror; see the annotations and the job summary`)
    return report
  }
  try {
    const request = readRequestInputs()
    if (request) {
      // The images of the request take the place of the images input; the other inputs are read as always.
      const { answerRequest } = await import('./issue-request')
      let github = deps.github
      if (!github) {
        const { createGitHubClient } = await import('../metadata/github-client')
        github = (token) => createGitHubClient(token, undefined, core.info)
      }
      await answerRequest(request, { mirror: (images) => mirrorRun(getInputs(process.env, undefined, images)), github })
    } else {
      await mirrorRun(getInputs(process.env, await loadConfigFile()))
    }
  } catch (error) {
    const message = errorMessage(error, ACTION_WORDS)
    core.setFailed(forDisplay(message))
    await reportEarlyFailure(inputs, message, startedAt)
  } finally {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
}
