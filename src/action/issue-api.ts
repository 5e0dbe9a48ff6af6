import type { GitHubClient } from '../metadata/github-client'
import { withinDeadline } from '../util/deadline'

/** How an issue is answered. */
export interface IssueAnswer {
  /** The comment, in GitHub markdown. */
  body: string
  /** A label to add (created by GitHub when the repository lacks it); none in a dry run. */
  label?: string
  /** Labels to take off when the issue has them (the other outcome's, from an earlier answer). */
  unlabel: string[]
  /** Close the issue as completed. */
  close: boolean
}

/** The longest one call of an answer may take, retries included (undici alone waits 300 s for an answer's headers). */
export const ISSUE_CALL_TIMEOUT_MS = 30_000

/**
 * A call of an answer GitHub did not answer within {@link ISSUE_CALL_TIMEOUT_MS}. Named `AbortError`
 * as fetch's aborts are: Octokit passes such an error on as it is, where it would wrap any other in
 * an error of status 500 that its retry plugin sends again, on a signal already aborted.
 */
export class NoAnswerError extends Error {
  override readonly name = 'AbortError'
}

/** Sends one call under its own time limit (a timer, not AbortSignal.timeout: see deadlineSignal); `what` names it in the error. */
function bounded<T>(what: string, send: (request: { signal: AbortSignal }) => Promise<T>): Promise<T> {
  const seconds = ISSUE_CALL_TIMEOUT_MS / 1000
  return withinDeadline(
    ISSUE_CALL_TIMEOUT_MS,
    [],
    (signal) => send({ signal }),
    () => new NoAnswerError(`GitHub did not answer ${what} within ${seconds} s`)
  )
}

/**
 * Answers an issue through the REST API: a comment (POST /repos/{owner}/{repo}/issues/{n}/comments),
 * the label (POST .../labels), the other outcome's label removed (DELETE .../labels/{name}), and the
 * issue closed as completed (PATCH .../issues/{n}). The workflow needs `issues: write`. Each call
 * is bounded by {@link ISSUE_CALL_TIMEOUT_MS} (a NoAnswerError past it); the first that fails ends the answer.
 */
export async function answerIssue(client: GitHubClient, repository: { owner: string; repo: string }, number: number, answer: IssueAnswer): Promise<void> {
  const issue = { ...repository, issue_number: number }
  await bounded('the comment', (request) => client.rest.issues.createComment({ ...issue, body: answer.body, request }))
  const { label } = answer
  if (label) await bounded('the label', (request) => client.rest.issues.addLabels({ ...issue, labels: [label], request }))
  for (const name of answer.unlabel) {
    await bounded('the label removal', (request) => client.rest.issues.removeLabel({ ...issue, name, request })).catch((error: { status?: number }) => {
      // Taken off since the event fired: nothing to do.
      if (error.status !== 404) throw error
    })
  }
  if (answer.close) await bounded('the closing', (request) => client.rest.issues.update({ ...issue, state: 'closed', state_reason: 'completed', request }))
}
