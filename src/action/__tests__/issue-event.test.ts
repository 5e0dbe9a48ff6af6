import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import { UsageError } from '../../oci/errors'
import { readRequestEvent } from '../issue-event'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'issue-event-'))
})

/** The environment of a run started by `name` with this payload. */
async function eventEnv(name: string, payload: unknown): Promise<NodeJS.ProcessEnv> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`)
  await writeFile(path, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path }
}

const issue = (fields: Record<string, unknown> = {}) => ({ number: 7, state: 'open', body: 'nginx:1.25', labels: [{ name: 'mirror-request' }], ...fields })

describe('readRequestEvent', () => {
  it.each(['opened', 'edited', 'reopened'])('reads the issue of an issues event (%s)', async (action) => {
    const env = await eventEnv('issues', { action, issue: issue(), changes: action === 'edited' ? { body: { from: 'x' } } : undefined })
    expect(await readRequestEvent(env)).toEqual({ kind: 'issue', issue: { number: 7, action, body: 'nginx:1.25', labels: ['mirror-request'] } })
  })

  it('reads a null body as empty', async () => {
    expect(await readRequestEvent(await eventEnv('issues', { action: 'opened', issue: issue({ body: null }) }))).toMatchObject({ issue: { body: '' } })
  })

  it('asks nothing of an issue closed, labelled, or edited in its title only', async () => {
    expect(await readRequestEvent(await eventEnv('issues', { action: 'opened', issue: issue({ state: 'closed' }) }))).toEqual({
      kind: 'nothing',
      why: 'issue #7 is closed; reopen it to ask again'
    })
    expect(await readRequestEvent(await eventEnv('issues', { action: 'labeled', issue: issue() }))).toMatchObject({ kind: 'nothing' })
    expect(await readRequestEvent(await eventEnv('issues', { action: 'edited', issue: issue(), changes: { title: { from: 'x' } } }))).toEqual({
      kind: 'nothing',
      why: 'issue #7: only its title changed'
    })
  })

  it('reads the images input of a workflow_dispatch run', async () => {
    expect(await readRequestEvent(await eventEnv('workflow_dispatch', { inputs: { images: 'nginx:1.25\nalpine' } }))).toEqual({
      kind: 'dispatch',
      images: 'nginx:1.25\nalpine'
    })
  })

  it.each([
    [
      'push',
      {},
      'images-from issue: the workflow runs on "push"; expected an issues event (opened, edited, reopened) or workflow_dispatch with an images input'
    ],
    ['issues', { action: 'opened' }, 'the issues event payload has no issue number'],
    ['issues', { action: 'opened', issue: { number: '7; rm -rf /' } }, 'the issues event payload has no issue number'],
    ['issues', [], 'is not a JSON object'],
    ['issues', 'not json', 'cannot be read'],
    ['workflow_dispatch', { inputs: {} }, 'the workflow_dispatch run has no images input']
  ])('refuses a %s event it cannot answer (%j)', async (name, payload, message) => {
    const env = await eventEnv(name, payload)
    await expect(readRequestEvent(env)).rejects.toThrow(UsageError)
    await expect(readRequestEvent(env)).rejects.toThrow(message)
  })

  it('reads the payload as a file, never waiting on a FIFO put in its place', async () => {
    const fifo = join(dir, 'fifo')
    execFileSync('mkfifo', [fifo])
    await expect(readRequestEvent({ GITHUB_EVENT_NAME: 'issues', GITHUB_EVENT_PATH: fifo })).rejects.toThrow('is a FIFO, not a regular file')
    await expect(readRequestEvent({ GITHUB_EVENT_NAME: 'issues' })).rejects.toThrow('GITHUB_EVENT_PATH is empty')
  })
})
