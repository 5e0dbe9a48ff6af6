import type { GitHubClient } from '../metadata/github-client'

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

/**
 * Answers an issue through the REST API: a comment (POST /repos/{owner}/{repo}/issues/{n}/comments),
 * the label (POST .../labels), the other outcome's label removed (DELETE .../labels/{name}), and the
 * issue closed as completed (PATCH .../issues/{n}). The workflow needs `issues: write`.
 */
export async function answerIssue(client: GitHubClient, repository: { owner: string; repo: string }, number: number, answer: IssueAnswer): Promise<void> {
  const issue = { ...repository, issue_number: number }
  await client.rest.issues.createComment({ ...issue, body: answer.body })
  if (answer.label) await client.rest.issues.addLabels({ ...issue, labels: [answer.label] })
  for (const name of answer.unlabel) {
    await client.rest.issues.removeLabel({ ...issue, name }).catch((error: { status?: number }) => {
      // Taken off since the event fired: nothing to do.
      if (error.status !== 404) throw error
    })
  }
  if (answer.close) await client.rest.issues.update({ ...issue, state: 'closed', state_reason: 'completed' })
}
