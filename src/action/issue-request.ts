import * as core from '@actions/core'
import { ACTION_WORDS, type RequestInputs } from './context'
import { answerIssue, NoAnswerError } from './issue-api'
import { extractCandidates } from './issue-body'
import { readRequestEvent } from './issue-event'
import { renderReply, replySucceeded, type Reply, type ReplyRow } from './issue-reply'
import { screenRequest } from './screen-request'
import type { GitHubClient } from '../metadata/github-client'
import { errorMessage, UsageError } from '../oci/errors'
import { formatImageRef, type ImageRef } from '../oci/image-ref'
import { describeStop } from '../sync/report/report'
import type { ImageResult, SyncReport } from '../sync/types'
import { forDisplay } from '../util/printable'

/** What answering a request calls out to. */
export interface RequestDeps {
  /** Mirrors these images (full references) as the action's run does (outputs, job summary, metadata) and returns its report. */
  mirror(images: string[]): Promise<SyncReport>
  /** A GitHub client for the token. */
  github(token: string): GitHubClient
}

/** The longest failure message a reply quotes (the report file has it whole). */
const MAX_WHY = 300

/** The reply row of a skipped tag, by the reason it was skipped. */
const SKIPPED: Record<string, ReplyRow['status']> = { ledger: 'ledger', 'target-has-it': 'on-target', 'dry-run': 'would-mirror' }

const cut = (text: string): string => (text.length > MAX_WHY ? `${text.slice(0, MAX_WHY - 1)}…` : text)

/**
 * The report's result for a requested reference: the tag (or digest) itself, not a companion tag
 * copied with it. A reference with a tag and a digest is reported by its digest (the digest wins).
 */
function resultOf(ref: ImageRef, report: SyncReport): ImageResult | undefined {
  const wanted = [formatImageRef(ref), ...(ref.digest ? [formatImageRef({ ...ref, tag: undefined })] : [])]
  return report.images.find((image) => wanted.includes(image.source))
}

/** One row per requested image, from the run's report. */
export function rowsFromReport(accepted: ImageRef[], report: SyncReport): ReplyRow[] {
  return accepted.map((ref) => {
    const source = formatImageRef(ref)
    const result = resultOf(ref, report)
    if (!result) {
      return report.remaining > 0 || report.unlisted
        ? { source, status: 'left', why: `${describeStop(report.stop)}; edit or reopen the issue to ask again` }
        : { source, status: 'failed', why: 'the run reported nothing for it (no such tag at the source?)' }
    }
    const landed = {
      source,
      target: result.target,
      ...(result.targetDigest || result.digest ? { digest: result.targetDigest ?? result.digest! } : {}),
      ...(result.platforms?.length ? { platforms: result.platforms } : {})
    }
    if (result.status === 'copied') return { ...landed, status: 'mirrored' }
    if (result.status === 'skipped' && result.reason && SKIPPED[result.reason]) return { ...landed, status: SKIPPED[result.reason] }
    const why = result.status === 'failed' ? (result.error ?? 'failed') : `skipped: ${result.why ?? result.reason ?? 'no reason given'}`
    return { source, status: 'failed', why: cut(why) }
  })
}

/** `owner/name` of the repository the workflow runs in. */
function repositoryOf(env: NodeJS.ProcessEnv): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(env.GITHUB_REPOSITORY ?? '')
  if (!match) throw new UsageError('images-from issue: GITHUB_REPOSITORY is not owner/name; the runner sets it')
  return { owner: match[1], repo: match[2] }
}

/** Writes the reply to the job summary too (nothing without a summary file: a local run). */
async function summarize(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(markdown).write()
}

/**
 * Answers the request the run was started for (`images-from: issue`): reads the event, takes the
 * image references from the issue body (or the `images` input of a `workflow_dispatch` run), mirrors
 * the allowed ones, and replies with what became of each, in a comment on the issue (with the label
 * of the outcome, and the issue closed when everything asked for is mirrored) and in the job summary.
 * An error of the mirror run is answered too (each image failed, with the error), then thrown. A
 * reply GitHub refuses fails the step; one it does not answer in time is a warning (see answerIssue).
 */
export async function answerRequest(request: RequestInputs, deps: RequestDeps, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const event = await readRequestEvent(env)
  if (event.kind === 'nothing') {
    core.info(forDisplay(`Nothing to mirror: ${event.why}`))
    return
  }
  const repository = event.kind === 'issue' ? repositoryOf(env) : undefined
  // A workflow_dispatch input is one line in GitHub's form: its entries are separated by commas or spaces.
  const text = extractCandidates(event.kind === 'issue' ? event.issue.body : event.images.split(/[\s,]+/).join('\n'))
  const { accepted, refused } = text.refusal ? { accepted: [], refused: [] } : screenRequest(text.candidates, request.allowedSources, request.maxImages)
  const where = event.kind === 'issue' ? `issue #${event.issue.number}` : 'the images input'
  core.info(forDisplay(`Request in ${where}: ${accepted.length} images to mirror, ${refused.length} refused${text.refusal ? ` (${text.refusal})` : ''}`))

  let rows: ReplyRow[] = []
  let failure: unknown
  let dryRun = false
  if (accepted.length > 0) {
    try {
      const report = await deps.mirror(accepted.map(formatImageRef))
      dryRun = report.dryRun
      rows = rowsFromReport(accepted, report)
    } catch (error) {
      failure = error
      rows = accepted.map((ref) => ({ source: formatImageRef(ref), status: 'failed' }))
    }
  }
  const reply: Reply = {
    rows,
    refused,
    ignoredKeys: text.ignoredKeys,
    ...(text.refusal ? { refusal: text.refusal } : {}),
    ...(failure === undefined ? {} : { error: errorMessage(failure, ACTION_WORDS) })
  }
  const markdown = renderReply(reply)
  await summarize(markdown).catch((error: unknown) => core.warning(forDisplay(`Job summary not written: ${errorMessage(error, ACTION_WORDS)}`)))
  if (event.kind === 'issue') {
    const done = replySucceeded(reply)
    const [label, other] = done ? [request.mirroredLabel, request.failedLabel] : [request.failedLabel, request.mirroredLabel]
    try {
      await answerIssue(deps.github(request.token), repository!, event.issue.number, {
        body: markdown,
        ...(dryRun ? {} : { label }),
        unlabel: !dryRun && event.issue.labels.includes(other) ? [other] : [],
        close: done && !dryRun
      })
      core.info(`Answered issue #${event.issue.number}${dryRun ? '' : `: labelled ${label}${done ? ', closed' : ''}`}`)
    } catch (error) {
      const status = (error as { status?: number }).status
      const hint = status === 403 || status === 404 ? ' (the workflow needs permissions: issues: write)' : ''
      const message = `Issue #${event.issue.number} not answered: ${errorMessage(error, ACTION_WORDS)}${hint}`
      // GitHub slow to answer is no fault of the workflow: the mirror's result stands (and is in the job summary).
      if (error instanceof NoAnswerError) core.warning(forDisplay(`${message}; the mirror's result stands (see the job summary)`))
      else if (failure === undefined) throw new Error(message)
      else core.error(forDisplay(message))
    }
  }
  if (failure !== undefined) throw failure
}
