import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, randomLayer } from '../harness/fixtures'
import { startProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

/**
 * Failures say which end was at fault and why (issue 15): a source that serves corrupt bytes is named
 * as the source, not as the target's upload; a run a rate limit stopped says so in its report
 * (`stop`) and its summary line, leaves the rest for the next run and succeeds.
 */
describe('failure causes', () => {
  let source: TestRegistry
  let target: TestRegistry
  let dir: string

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    dir = await mkdtemp(join(tmpdir(), 'causes-'))
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('names the source when it serves bytes that do not match a blob digest', async () => {
    const image = await pushImage(source, 'corrupt/app', 'v1', { layers: [randomLayer(8192, 31)] })
    const layer = image.blobs[image.blobs.length - 1]
    const proxy = await startProxy(source.url, { faults: { rate: 1, kinds: ['corrupt'], only: (r) => r.path.endsWith(layer) } })
    try {
      const report = join(dir, 'corrupt.json')
      const run = await runCli(['sync', '--source', `${proxy.host}/corrupt`, '--target', `${target.host}/corrupt`, '--report', report, '--quiet'])
      expect(run.code).toBe(1)
      const [failed] = (await readJson(report)).images
      expect(failed.error).toMatch(
        new RegExp(`^the source served bytes that do not match blob ${layer} of corrupt/app \\(content hashes to sha256:[0-9a-f]{64}\\)$`)
      )
      expect(failed.error).not.toContain(target.host)
      expect(failed.cause).toEqual({ side: 'source', kind: 'corrupt' })
      expect(run.stderr).toContain(`failed ${proxy.host}/corrupt/app:v1: the source served bytes`)
    } finally {
      await proxy.stop()
    }
  })

  it('says why it stopped when a rate limit outlasts the retries, leaving the rest for the next run', async () => {
    const tags = ['v1', 'v2', 'v3']
    for (const repository of ['limit/a', 'limit/b', 'limit/c'])
      for (const [i, tag] of tags.entries()) await pushImage(source, repository, tag, { layers: [randomLayer(2048, repository.length * 10 + i)] })
    // Every manifest push into b is answered 429 (Retry-After: 0, so the retries are quick).
    const limited = await startProxy(target.url, {
      faults: { rate: 1, kinds: ['429'], retryAfterSeconds: 0, only: (r) => r.method === 'PUT' && r.path.startsWith('/v2/limited/b/manifests/') }
    })
    try {
      const state = join(dir, 'limit-state.json')
      const report = join(dir, 'limit.json')
      const args = [
        'sync',
        '--source',
        `${source.host}/limit`,
        '--target',
        `${limited.host}/limited`,
        '--state-file',
        state,
        '--report',
        report,
        '--concurrency',
        '1'
      ]
      const first = await runCli([...args, '--quiet'])
      expect(first.code, first.stderr).toBe(0)
      const result = await readJson(report)
      expect(result).toMatchObject({ copied: 3, failed: 0, remaining: 6, stop: { reason: 'rate-limit' } })
      expect(result.stop.detail).toBe(result.rateLimited)
      expect(result.stop.detail).toContain('429')
      expect(result.images.map((i: { tag: string; repository: string }) => `${i.repository}:${i.tag}`)).toEqual(['a:v1', 'a:v2', 'a:v3'])
      expect(first.stdout).toMatch(/; a rate limit was reached \(.*429.*\): 6 tags left for the next run$/m)

      limited.setFaults(undefined)
      const second = await runCli([...args, '--quiet'])
      expect(second.code, second.stderr).toBe(0)
      // The next run goes on with the pass at the first repository the stopped one did not finish (b):
      // a, finished, is not listed again until the next pass.
      expect(await readJson(report)).toMatchObject({ copied: 6, skipped: 0, failed: 0, remaining: 0 })
      expect(await manifestDigest(target, 'limited/b', 'v3')).toBeDefined()
    } finally {
      await limited.stop()
    }
  })
})
