import { UsageError } from '../oci/errors'
import { readRegularFile } from '../util/local-file'
import { quoted } from '../util/printable'

/** The issue a request came in, as the `issues` event describes it. */
export interface RequestIssue {
  number: number
  /** `opened`, `edited` or `reopened`. */
  action: string
  body: string
  /** The issue's labels when the event fired. */
  labels: string[]
}

/**
 * What the workflow run was started for: an issue to answer, the `images` input of a
 * `workflow_dispatch` run (answered in the job summary only), or an event that asks nothing (an
 * issue closed since, a title edit), with why.
 */
export type RequestEvent = { kind: 'issue'; issue: RequestIssue } | { kind: 'dispatch'; images: string } | { kind: 'nothing'; why: string }

/** The `issues` activity types that carry a request. */
export const REQUEST_ACTIONS = ['opened', 'edited', 'reopened']

/** The largest event payload read: far above any real one (GitHub caps an issue body at 65,536 characters). */
const MAX_EVENT_BYTES = 8 * 1024 * 1024

const WANTED = `an issues event (${REQUEST_ACTIONS.join(', ')}) or workflow_dispatch with an images input`

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Reads the event that started the run from `GITHUB_EVENT_NAME` and the payload file at
 * `GITHUB_EVENT_PATH` (read as a file: nothing of it ever reaches a shell). Throws a UsageError for
 * an event that cannot carry a request, or a payload that is not GitHub's.
 */
export async function readRequestEvent(env: NodeJS.ProcessEnv): Promise<RequestEvent> {
  const name = env.GITHUB_EVENT_NAME ?? ''
  if (name !== 'issues' && name !== 'workflow_dispatch') {
    throw new UsageError(`images-from issue: the workflow runs on ${name ? quoted(name) : 'no event (GITHUB_EVENT_NAME is empty)'}; expected ${WANTED}`)
  }
  const path = env.GITHUB_EVENT_PATH
  if (!path) throw new UsageError('images-from issue: GITHUB_EVENT_PATH is empty; the runner sets it to the event payload')
  let payload: unknown
  try {
    const bytes = await readRegularFile(path)
    if (bytes.length > MAX_EVENT_BYTES) throw new Error(`larger than ${MAX_EVENT_BYTES / 1024 / 1024} MiB`)
    payload = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw new UsageError(`images-from issue: the event payload ${quoted(path)} cannot be read (${(error as Error).message})`)
  }
  if (!isObject(payload)) throw new UsageError(`images-from issue: the event payload ${quoted(path)} is not a JSON object`)
  return name === 'issues' ? issueEvent(payload) : dispatchEvent(payload)
}

function issueEvent(payload: Json): RequestEvent {
  const action = typeof payload.action === 'string' ? payload.action : ''
  const issue = payload.issue
  const number = isObject(issue) ? issue.number : undefined
  if (!isObject(issue) || typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
    throw new UsageError('images-from issue: the issues event payload has no issue number')
  }
  if (!REQUEST_ACTIONS.includes(action)) return { kind: 'nothing', why: `issue #${number} was ${quoted(action, 20)}, which asks for nothing` }
  if (issue.state === 'closed') return { kind: 'nothing', why: `issue #${number} is closed; reopen it to ask again` }
  // An edit of the title alone changes no request; GitHub names what changed.
  if (action === 'edited' && isObject(payload.changes) && !('body' in payload.changes)) {
    return { kind: 'nothing', why: `issue #${number}: only its title changed` }
  }
  const labels = Array.isArray(issue.labels) ? issue.labels.flatMap((label) => (isObject(label) && typeof label.name === 'string' ? [label.name] : [])) : []
  return { kind: 'issue', issue: { number, action, body: typeof issue.body === 'string' ? issue.body : '', labels } }
}

function dispatchEvent(payload: Json): RequestEvent {
  const images = isObject(payload.inputs) ? payload.inputs.images : undefined
  if (typeof images !== 'string')
    throw new UsageError('images-from issue: the workflow_dispatch run has no images input; declare one under on.workflow_dispatch.inputs')
  return { kind: 'dispatch', images }
}
