/**
 * The issues endpoints of the GitHub REST API, for the stand-in of github-api.ts (`routes`): a
 * comment (POST /issues/{n}/comments), labels (POST /issues/{n}/labels, DELETE /issues/{n}/labels/{name}),
 * the state (PATCH /issues/{n}) and the issue itself (GET /issues/{n}), on issues kept in memory, with
 * GitHub's limits (a comment of at most 65,536 characters, labels of at most 50).
 */
import { ApiError, type ApiRoute } from './github-api'

/** One issue of the stand-in, as the tests inspect it. */
export interface StandInIssue {
  number: number
  body: string
  state: 'open' | 'closed'
  state_reason: string | null
  labels: string[]
  comments: string[]
}

/** The issues, and the routes to give startGitHubApi. */
export interface IssuesStandIn {
  issues: Map<number, StandInIssue>
  routes: ApiRoute[]
  /** Adds an open issue. */
  open(number: number, body: string, labels?: string[]): StandInIssue
  /** Issues whose comment POST is read and never answered (GitHub stalling): the client's own bound has to end it. */
  stalled: Set<number>
}

/** GitHub's limit on a comment's body, in characters. */
const MAX_COMMENT = 65_536

/** An issue as the API returns it. */
const issueJson = (issue: StandInIssue) => ({
  number: issue.number,
  body: issue.body,
  state: issue.state,
  state_reason: issue.state_reason,
  labels: issue.labels.map((name) => ({ name })),
  comments: issue.comments.length
})

/** Issues endpoints over issues kept in memory. */
export function issuesStandIn(): IssuesStandIn {
  const issues = new Map<number, StandInIssue>()
  const stalled = new Set<number>()
  const find = (number: string): StandInIssue => {
    const issue = issues.get(Number(number))
    if (!issue) throw new ApiError(404, 'Not Found')
    return issue
  }
  const routes: ApiRoute[] = [
    {
      method: 'GET',
      pattern: /^\/issues\/(\d+)$/,
      handle: async ([number]) => [200, issueJson(find(number))]
    },
    {
      method: 'POST',
      pattern: /^\/issues\/(\d+)\/comments$/,
      handle: async ([number], body) => {
        const issue = find(number)
        if (stalled.has(issue.number)) return new Promise<never>(() => undefined)
        if (typeof body.body !== 'string' || body.body === '') throw new ApiError(422, 'Validation Failed: body is required')
        if (body.body.length > MAX_COMMENT) throw new ApiError(422, `Validation Failed: body is too long (maximum is ${MAX_COMMENT} characters)`)
        issue.comments.push(body.body)
        return [201, { id: issue.comments.length, body: body.body }]
      }
    },
    {
      method: 'POST',
      pattern: /^\/issues\/(\d+)\/labels$/,
      handle: async ([number], body) => {
        const issue = find(number)
        const labels: unknown = body.labels
        if (!Array.isArray(labels) || !labels.every((label) => typeof label === 'string' && label.length > 0 && label.length <= 50)) {
          throw new ApiError(422, 'Validation Failed: labels')
        }
        for (const label of labels as string[]) if (!issue.labels.includes(label)) issue.labels.push(label)
        return [200, issue.labels.map((name) => ({ name }))]
      }
    },
    {
      method: 'DELETE',
      pattern: /^\/issues\/(\d+)\/labels\/(.+)$/,
      handle: async ([number, name]) => {
        const issue = find(number)
        if (!issue.labels.includes(name)) throw new ApiError(404, 'Label does not exist')
        issue.labels = issue.labels.filter((label) => label !== name)
        return [200, issue.labels.map((label) => ({ name: label }))]
      }
    },
    {
      method: 'PATCH',
      pattern: /^\/issues\/(\d+)$/,
      handle: async ([number], body) => {
        const issue = find(number)
        if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') throw new ApiError(422, 'Validation Failed: state')
        if (body.state) issue.state = body.state
        if (body.state_reason !== undefined) issue.state_reason = body.state_reason
        return [200, issueJson(issue)]
      }
    }
  ]
  const open = (number: number, body: string, labels: string[] = []): StandInIssue => {
    const issue: StandInIssue = { number, body, state: 'open', state_reason: null, labels: [...labels], comments: [] }
    issues.set(number, issue)
    return issue
  }
  return { issues, routes, open, stalled }
}
