import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushImage, pushIndex, pushManifest, getManifest, randomLayer } from '../harness/fixtures'
import { startRateLimitStandin, type RateLimitStandin } from '../harness/rate-limit-standin'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

const TAGS = Array.from({ length: 12 }, (_, i) => `t${String(i).padStart(2, '0')}`)

/**
 * Rate limits as Docker Hub applies them: every manifest is fetched once per run however many tags
 * point at it, and a run that reaches the floor of `ratelimit-remaining`, or a 429 asking to wait
 * long, stops starting tags, exits 0 and leaves the rest to the next run; no tag fails for it.
 */
describe('rate limits', () => {
  let upstream: TestRegistry
  let limited: RateLimitStandin
  let target: TestRegistry
  let dir: string

  beforeAll(async () => {
    ;[upstream, target] = await Promise.all([startRegistry(), startRegistry()])
    for (const [i, tag] of TAGS.entries()) await pushImage(upstream, 'lim/app', tag, { layers: [randomLayer(256, 700 + i)] })
    await pushImage(upstream, 'lim/many', 'v0', { layers: [randomLayer(256, 799)] })
    const one = (await getManifest(upstream, 'lim/many', 'v0'))!
    for (let i = 1; i < 30; i++) await pushManifest(upstream, 'lim/many', `v${i}`, one.bytes, one.mediaType)
    for (const [i, tag] of ['m1', 'm2', 'm3', 'm4'].entries()) {
      await pushIndex(upstream, 'lim/multi', tag, {
        images: ['amd64', 'arm64', 's390x'].map((architecture, k) => ({
          layers: [randomLayer(128, 900 + 10 * i + k)],
          platform: { os: 'linux', architecture }
        }))
      })
    }
    limited = await startRateLimitStandin(upstream, { budget: 1000, headers: false })
    dir = await mkdtemp(join(tmpdir(), 'rate-'))
  })

  afterAll(async () => {
    await Promise.allSettled([upstream?.stop(), target?.stop(), limited?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const run = async (images: string, state: string, ...extra: string[]) => {
    const report = join(dir, `report-${Math.random().toString(36).slice(2)}.json`)
    const cli = await runCli([
      'sync',
      '--source',
      `${limited.host}/lim`,
      '--target',
      `${target.host}/${state.split('/').pop()!.replace('.json', '')}`,
      '--images',
      images,
      '--state-file',
      state,
      '--report',
      report,
      '--quiet',
      ...extra
    ])
    return { ...cli, report: cli.code === 0 ? await readJson(report) : undefined }
  }

  it('fetches a manifest once for 30 tags pointing at it, digests from HEAD', async () => {
    limited.reset({ budget: 1000, headers: false })
    const result = await run('many', join(dir, 'many.json'))
    expect(result.code, result.stderr).toBe(0)
    expect(result.report.copied).toBe(30)
    expect(limited.manifestGets).toBe(1)
    // One HEAD per tag: the listing says no companion tag (sha256-<hex>, .sig, .att, .sbom) exists, so none is asked for.
    expect(limited.manifestHeads).toBe(30)
  })

  it('stops at the ratelimit-remaining floor, exit 0, the rest left for the next run', async () => {
    limited.reset({ budget: 15, headers: true })
    const state = join(dir, 'floor.json')
    const first = await run('app', state, '--concurrency', '1')
    expect(first.code, first.stderr).toBe(0)
    // 15 allowed, floor 10: the fifth GET leaves 10, so five tags are copied and seven left.
    expect(limited.manifestGets).toBe(5)
    expect(limited.refused).toBe(0)
    expect(first.report.copied).toBe(5)
    expect(first.report.failed).toBe(0)
    expect(first.report.remaining).toBe(7)
    expect(first.stderr).toContain('rate limit reached: 7 tags left for the next run')
    expect((await readJson(state)).entries).toHaveLength(5)

    limited.reset({ budget: 100, headers: true })
    const next = await run('app', state, '--concurrency', '1', '--rate-limit-floor', '0')
    expect(next.code, next.stderr).toBe(0)
    expect(next.report.copied).toBe(7)
    expect(next.report.skipped).toBe(5)
    expect(limited.manifestGets).toBe(7)
  })

  it('stops on a 429 with Retry-After beyond 30 s without waiting or failing the tag', async () => {
    limited.reset({ budget: 5, headers: false, retryAfterSeconds: 3600 })
    const started = Date.now()
    const result = await run('app', join(dir, '429.json'), '--concurrency', '1')
    expect(result.code, result.stderr).toBe(0)
    expect(Date.now() - started).toBeLessThan(60_000)
    expect(limited.refused).toBe(1)
    expect(result.report.copied).toBe(5)
    expect(result.report.failed).toBe(0)
    expect(result.report.remaining).toBe(7)
    expect(result.stderr).toContain('rate limit reached: 7 tags left for the next run')
  })

  it('stops after retrying a 429 without Retry-After, no tag failed', async () => {
    limited.reset({ budget: 3, headers: false })
    const result = await run('app', join(dir, '429-bare.json'), '--concurrency', '1')
    expect(result.code, result.stderr).toBe(0)
    expect(limited.refused).toBe(5)
    expect(result.report.copied).toBe(3)
    expect(result.report.failed).toBe(0)
    expect(result.report.remaining).toBe(9)
  })

  it('counts a multi-platform image as one pull per platform and starts a tag only if it fits above the floor', async () => {
    // Docker Hub: "a pull request for a multi-arch image will count as one pull for each different architecture".
    limited.reset({ budget: 18, headers: true })
    const result = await run('multi', join(dir, 'multi.json'), '--concurrency', '1', '--rate-limit-floor', '10')
    expect(result.code, result.stderr).toBe(0)
    // 18 - 3 = 15, then 12 (the next tag, 3 pulls, would leave 9 < 10): two tags, six pulls, no 429.
    expect(result.report.copied).toBe(2)
    expect(result.report.remaining).toBe(2)
    expect(limited.manifestGets).toBe(6)
    expect(limited.indexGets).toBe(2)
    expect(limited.refused).toBe(0)
    expect(result.stderr).toContain('the next tag needs about 3 pulls, 12 left (floor 10)')
  })

  it('does not retry a 429 once the floor is reached: the tag in flight is left, not failed', async () => {
    // Two pulls left, a three-platform image: the second platform's GET reaches 0 (the floor), the third gets a 429.
    limited.reset({ budget: 2, headers: true })
    const result = await run('multi', join(dir, '429-floor.json'), '--concurrency', '1', '--rate-limit-floor', '0')
    expect(result.code, result.stderr).toBe(0)
    expect(limited.refused).toBe(1)
    expect(result.report.failed).toBe(0)
    expect(result.report.copied).toBe(0)
    expect(result.report.remaining).toBe(4)
  })

  it('waits for a window that reopens within --rate-limit-wait and the budget, and copies every tag', async () => {
    limited.reset({ budget: 4, headers: true, windowSeconds: 2 })
    const started = Date.now()
    const result = await run('app', join(dir, 'wait.json'), '--concurrency', '1', '--rate-limit-floor', '0', '--rate-limit-wait', '10s', '--max-duration', '5m')
    expect(result.code, result.stderr).toBe(0)
    expect(result.report.copied).toBe(12)
    expect(result.report.remaining).toBe(0)
    expect(limited.windows).toBe(3)
    expect(limited.refused).toBe(0)
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_000)
    expect(result.stderr).toMatch(/waiting 2 s for the window to reopen/)
  })

  it('does not wait past --max-duration, nor without --rate-limit-wait', async () => {
    limited.reset({ budget: 4, headers: true, windowSeconds: 30 })
    const started = Date.now()
    const bounded = await run(
      'app',
      join(dir, 'wait-bounded.json'),
      '--concurrency',
      '1',
      '--rate-limit-floor',
      '0',
      '--rate-limit-wait',
      '1m',
      '--max-duration',
      '20s'
    )
    expect(bounded.code, bounded.stderr).toBe(0)
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(bounded.report.copied).toBe(4)
    expect(bounded.report.remaining).toBe(8)
    limited.reset({ budget: 4, headers: true, windowSeconds: 2 })
    const unwaited = await run('app', join(dir, 'wait-none.json'), '--concurrency', '1', '--rate-limit-floor', '0')
    expect(unwaited.report.copied).toBe(4)
    expect(unwaited.report.remaining).toBe(8)
    expect(limited.windows).toBe(1)
  })

  it('reads the window and waits for it under the real Docker Hub host name over TLS', async () => {
    const hub = await startRateLimitStandin(upstream, { budget: 6, headers: true, windowSeconds: 2 }, { docker: true })
    try {
      const report = join(dir, 'hub-report.json')
      const cli = await runCli(
        [
          'sync',
          '--source',
          `${hub.host}/lim`,
          '--target',
          `${target.host}/hub`,
          '--images',
          'app',
          '--state-file',
          join(dir, 'hub.json'),
          '--report',
          report,
          '--rate-limit-floor',
          '2',
          '--rate-limit-wait',
          '5s',
          '--concurrency',
          '1',
          '--quiet'
        ],
        hub.env
      )
      expect(cli.code, cli.stderr).toBe(0)
      expect((await readJson(report)).copied).toBe(12)
      // 4 pulls a window above the floor of 2: three windows, none refused.
      expect(hub.windows).toBe(3)
      expect(hub.refused).toBe(0)
      expect(cli.stderr).toContain('docker.io has 2 of 6 per 2 s requests left (floor 2)')
    } finally {
      await hub.stop()
    }
  })
})
