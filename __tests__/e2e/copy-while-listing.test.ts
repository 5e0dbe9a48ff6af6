import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushImage, randomLayer, type PushedImage } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

/** How long the proxy holds the last repository's listing when no blob read comes to release it. */
const HOLD_MS = 40_000

/**
 * Copy while listing (issue 26, item 2): a repository's tags are copied as soon as it is listed,
 * while later repositories are still listed. The source proxy holds the listing of the last
 * repository until the first blob is read (or {@link HOLD_MS}): a run that listed everything before
 * its first copy would wait out the hold; one that streams reads a blob of an earlier repository
 * meanwhile. No timing decides the outcome: only the order of requests.
 */
describe('copy while listing', () => {
  let source: TestRegistry
  let target: TestRegistry
  let refusing: TestRegistry
  let proxy: TestProxy
  let dir: string
  const pushed = new Map<string, PushedImage>()
  const repositories = ['a-first', 'm-middle', 'z-last']
  /** Why the held listing went on: a blob read, or the hold ran out. */
  let released: 'blob' | 'timeout' | undefined
  /** What holds the last repository's listing: the first blob read, nothing but the hold's end, or no hold. */
  let hold: 'until-blob' | 'whole' | 'none' = 'until-blob'
  let blobRead: () => void = () => undefined
  /** Ends a hold still waiting when the tests end. */
  const holds = new AbortController()

  beforeAll(async () => {
    ;[source, target, refusing] = await Promise.all([startRegistry(), startRegistry(), startRegistry({ auth: 'basic' })])
    dir = await mkdtemp(join(tmpdir(), 'copy-while-listing-'))
    for (const [i, repository] of repositories.entries()) {
      pushed.set(repository, await pushImage(source, `corp/${repository}`, 'v1', { layers: [randomLayer(4096, 2600 + i)] }))
    }
    proxy = await startProxy(source.url, {
      // Sees each request as it arrives and lets it through.
      answer: ({ method, path }) => {
        if (method === 'GET' && /\/blobs\/sha256:/.test(path)) blobRead()
        return undefined
      },
      rewrite: async ({ path }) => {
        if (hold === 'none' || !path.startsWith('/v2/corp/z-last/tags/list')) return undefined
        const blob = new Promise<'blob'>((resolve) => (blobRead = () => hold === 'until-blob' && resolve('blob')))
        released = await Promise.race([blob, sleep(HOLD_MS, 'timeout' as const, { signal: holds.signal })]).catch(() => undefined)
        return undefined
      }
    })
  }, 120_000)

  afterAll(async () => {
    holds.abort()
    await Promise.allSettled([source?.stop(), target?.stop(), refusing?.stop(), proxy?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const sync = (targetHost: string, name: string, ...extra: string[]): string[] => [
    'sync',
    '--source',
    `${proxy.host}/corp`,
    '--target',
    `${targetHost}/${name}`,
    '--state-file',
    join(dir, `${name}.json`),
    '--report',
    join(dir, `${name}-report.json`),
    '--quiet',
    ...extra
  ]

  it("reads the first repository's blobs while the last one is still listed, and copies every tag", async () => {
    released = undefined
    proxy.reset()
    const run = await runCli(sync(target.host, 'mirror'))
    expect(run.code, run.stderr).toBe(0)
    expect(released).toBe('blob')
    // The blob that released the listing is one of an earlier repository: the last one was not listed yet.
    const firstBlob = proxy.requests.find((r) => r.method === 'GET' && /\/blobs\/sha256:/.test(r.path))
    expect(firstBlob?.path).not.toContain('z-last')
    const report = await readJson(join(dir, 'mirror-report.json'))
    expect(report).toMatchObject({ copied: 3, skipped: 0, failed: 0, remaining: 0 })
    // The target serves each tag at its source digest, as skopeo reads it.
    for (const repository of repositories) {
      const manifest = execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${target.host}/mirror/${repository}:v1`])
      expect(`sha256:${createHash('sha256').update(manifest).digest('hex')}`).toBe(pushed.get(repository)!.digest)
    }
  })

  it('ends the run, listing included, when the target refuses it at the first copy (exit 2)', async () => {
    released = undefined
    const started = Date.now()
    const run = await runCli(sync(refusing.host, 'refused', '--target-username', 'nobody', '--target-password', 'wrong'))
    expect(run.code, run.stderr).toBe(2)
    expect(run.stderr).toMatch(/target/i)
    // The held listing was let go when the run ended, not waited out.
    expect(released).toBeUndefined()
    expect(Date.now() - started).toBeLessThan(HOLD_MS / 2)
  })

  it('with --max-duration: copies what was listed within the budget and prunes nothing; the next run goes on with the pass at the rest, the one after starts a new pass and prunes', async () => {
    const args = (...extra: string[]): string[] => sync(target.host, 'budget', '--prune', ...extra)
    const report = join(dir, 'budget-report.json')
    const state = join(dir, 'budget.json')
    hold = 'until-blob'
    const old = await pushImage(source, 'corp/a-first', 'old', { layers: [randomLayer(2048, 2610)] })
    expect((await runCli(args())).code).toBe(0)
    expect(await readJson(report)).toMatchObject({ copied: 4, failed: 0 })
    // The source loses a tag and gains one; the last repository's listing then outlasts the budget.
    const response = await fetch(`${source.url}/v2/corp/a-first/manifests/${old.digest}`, { method: 'DELETE' })
    expect(response.status).toBe(202)
    const v2 = await pushImage(source, 'corp/a-first', 'v2', { layers: [randomLayer(2048, 2611)] })
    hold = 'whole'
    const cut = await runCli(args('--max-duration', '6s', '--log-level', 'info'))
    expect(cut.code, cut.stderr).toBe(0)
    expect(cut.stderr).toContain('time budget or stop reached while listing: 1 repositories not listed; the next run starts with them')
    const cutReport = await readJson(report)
    expect(cutReport).toMatchObject({ copied: 1, skipped: 2, failed: 0, remaining: 0 })
    expect(cutReport.images.find((i: { tag: string }) => i.tag === 'v2')).toMatchObject({ repository: 'a-first', status: 'copied', digest: v2.digest })
    // A cut listing proves nothing gone: no prune, the tag still served.
    expect(cutReport.pruned).toBeUndefined()
    const kept = execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${target.host}/budget/a-first:old`])
    expect(`sha256:${createHash('sha256').update(kept).digest('hex')}`).toBe(old.digest)
    expect((await readJson(state)).resume).toEqual({ '': 'z-last' })

    hold = 'none'
    // The next run goes on with the pass: it lists only the repository left (never those the pass finished),
    // and a-first, not listed, proves nothing gone.
    const rest = await runCli(args('--log-level', 'info'))
    expect(rest.code, rest.stderr).toBe(0)
    expect(rest.stderr).toContain('going on with the pass the last run stopped at z-last: 1 of 3 repositories left')
    const restReport = await readJson(report)
    expect(restReport).toMatchObject({ copied: 0, skipped: 1, failed: 0 })
    expect(restReport.images).toEqual([expect.objectContaining({ repository: 'z-last', tag: 'v1', status: 'skipped' })])
    expect(restReport.pruned ?? []).toEqual([])
    expect((await readJson(state)).resume).toBeUndefined()
    // The pass is over: the next run starts a new one, lists every repository and prunes the tag gone.
    const next = await runCli(args('--log-level', 'debug'))
    expect(next.code, next.stderr).toBe(0)
    expect(next.stderr).toContain('starting a new pass over the 3 repositories')
    const nextReport = await readJson(report)
    expect(nextReport).toMatchObject({ copied: 0, skipped: 4, failed: 0 })
    expect(nextReport.pruned).toEqual([expect.objectContaining({ tag: 'old', status: 'pruned' })])
    expect((await readJson(state)).resume).toBeUndefined()
  })
})
