import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, randomLayer } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli, startCli } from './cli'

/**
 * Issue 26: runs under --max-duration over a namespace one run cannot finish re-listed it all each
 * time. Now a pass (one sweep of the sorted repositories) is spread over the runs: each goes on where
 * the last stopped (the first repository it did not finish) to the end, and lists only a little
 * ahead of its copies, so the series lists each repository about once.
 */
describe('budgeted runs share a pass', () => {
  const REPOSITORIES = Array.from({ length: 24 }, (_, i) => `r${String(i).padStart(2, '0')}`)
  let source: TestRegistry
  let target: TestRegistry
  let proxy: TestProxy
  let dir: string

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    for (const [i, repository] of REPOSITORIES.entries()) {
      // Two tags in some repositories: a run may stop between a repository's tags.
      await pushImage(source, `ns/${repository}`, 'v1', { layers: [randomLayer(2048, 2700 + i)] })
      if (i % 3 === 0) await pushImage(source, `ns/${repository}`, 'v2', { layers: [randomLayer(2048, 2800 + i)] })
    }
    // 80 ms a request: two tags at once copy a few repositories a second. Each tag takes at least two
    // source round trips one after the other (its manifest, then its blobs), so 32 tags take at least
    // 32 / 2 x 160 ms = 2.56 s: more than one 2 s run however fast the machine is.
    proxy = await startProxy(source.url, { delayMs: 80 })
    dir = await mkdtemp(join(tmpdir(), 'passes-'))
  })

  afterAll(async () => {
    await proxy?.stop()
    await Promise.allSettled([source?.stop(), target?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const tags = REPOSITORIES.flatMap((repository, i) => (i % 3 === 0 ? [`${repository}:v1`, `${repository}:v2`] : [`${repository}:v1`]))
  const args = (name: string, ...extra: string[]): string[] => [
    'sync',
    '--source',
    `${proxy.host}/ns`,
    '--target',
    `${target.host}/${name}`,
    '--state-file',
    join(dir, `${name}.json`),
    '--report',
    join(dir, `${name}-report.json`),
    '--concurrency',
    '2',
    '--referrers',
    'false',
    '--log-level',
    'info',
    ...extra
  ]
  /** Tag listings per repository since the proxy's counts were reset. */
  const listings = (): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const request of proxy.requests) {
      const repository = /^\/v2\/ns\/([^/]+)\/tags\/list/.exec(request.path)?.[1]
      if (repository) counts.set(repository, (counts.get(repository) ?? 0) + 1)
    }
    return counts
  }
  /** Runs budgeted runs until every tag is copied (at most 20); `first` replaces the first run. Returns the runs' logs. */
  const series = async (name: string, first?: () => Promise<string>): Promise<string[]> => {
    const logs: string[] = []
    const copied = new Set<string>()
    while (copied.size < tags.length && logs.length < 20) {
      if (first && logs.length === 0) {
        logs.push(await first())
      } else {
        const run = await runCli(args(name, '--max-duration', '2s'))
        expect(run.code, run.stderr).toBe(0)
        logs.push(run.stderr)
      }
      const report = await readJson(join(dir, `${name}-report.json`))
      for (const image of report.images as Array<{ status: string; repository: string; tag: string }>) {
        if (image.status === 'copied') copied.add(`${image.repository}:${image.tag}`)
      }
      // A run that left work says so: tags not started, or repositories it did not list (not in `remaining`).
      if (copied.size < tags.length) {
        expect(report.remaining + (report.unlisted ?? 0)).toBeGreaterThan(0)
        expect(['budget', 'signal']).toContain(report.stop?.reason)
      }
    }
    expect([...copied].sort()).toEqual(tags)
    return logs
  }
  const mirrored = async (name: string): Promise<void> => {
    for (const tag of tags) {
      const [repository, reference] = tag.split(':')
      expect(await manifestDigest(target, `${name}/${repository}`, reference), tag).toBe(await manifestDigest(source, `ns/${repository}`, reference))
    }
  }

  it('reaches every tag over several runs, listing each repository about once; the run after the pass starts a new one', async () => {
    proxy.reset()
    const logs = await series('series')
    console.log(
      `${tags.length} tags in ${REPOSITORIES.length} repositories mirrored by ${logs.length} runs of a 2 s budget; tag listings: ${[...listings().values()].join(' ')}`
    )
    expect(logs.length).toBeGreaterThanOrEqual(2)
    expect(logs[0]).toContain(`starting a new pass over the ${REPOSITORIES.length} repositories`)
    for (const log of logs.slice(1)) expect(log).toMatch(/going on with the pass the last run stopped at r\d\d: \d+ of 24 repositories left/)
    // Each repository listed once, twice at most (one a budget stopped before its tags were done);
    // a run re-lists only the few it listed ahead of its copies (its window: 2 copy slots and 2 tags waiting).
    const counts = listings()
    expect([...counts.keys()].sort()).toEqual(REPOSITORIES)
    for (const [repository, count] of counts) expect(count, repository).toBeLessThanOrEqual(2)
    const total = [...counts.values()].reduce((a, b) => a + b, 0)
    expect(total).toBeLessThanOrEqual(REPOSITORIES.length + 4 * (logs.length - 1))
    await mirrored('series')
    expect((await readJson(join(dir, 'series.json'))).resume).toBeUndefined()

    // The pass is over: the next run starts a new one and finds every tag in the ledger.
    proxy.reset()
    const again = await runCli(args('series', '--max-duration', '20s'))
    expect(again.code, again.stderr).toBe(0)
    expect(again.stderr).toContain(`starting a new pass over the ${REPOSITORIES.length} repositories`)
    expect(await readJson(join(dir, 'series-report.json'))).toMatchObject({ copied: 0, skipped: tags.length, failed: 0 })
    expect([...listings().values()]).toEqual(REPOSITORIES.map(() => 1))
  })

  it('two targets: each mirror goes on with its own pass (its ledger section), and both reach every tag', async () => {
    const second = await startRegistry()
    try {
      proxy.reset()
      const copied = { series2a: new Set<string>(), series2b: new Set<string>() }
      const name = (target: string): keyof typeof copied => (target.includes('/series2a/') ? 'series2a' : 'series2b')
      let runs = 0
      while ((copied.series2a.size < tags.length || copied.series2b.size < tags.length) && runs < 20) {
        runs++
        const run = await runCli([...args('series2a', '--max-duration', '2s'), '--target', `${second.host}/series2b`])
        expect(run.code, run.stderr).toBe(0)
        const report = await readJson(join(dir, 'series2a-report.json'))
        for (const image of report.images as Array<{ status: string; repository: string; tag: string; target: string }>) {
          if (image.status === 'copied') copied[name(image.target)].add(`${image.repository}:${image.tag}`)
        }
      }
      expect(runs).toBeGreaterThan(1)
      expect([...copied.series2a].sort()).toEqual(tags)
      expect([...copied.series2b].sort()).toEqual(tags)
      // The source is read once for both targets where their passes meet: never more than each pass's share.
      for (const [repository, count] of listings()) expect(count, repository).toBeLessThanOrEqual(4)
      const ledger = await readJson(join(dir, 'series2a.json'))
      expect(ledger.resume).toBeUndefined()
      expect(ledger.entries).toHaveLength(2 * tags.length)
      await mirrored('series2a')
      for (const tag of tags) {
        const [repository, reference] = tag.split(':')
        expect(await manifestDigest(second, `series2b/${repository}`, reference), tag).toBe(await manifestDigest(source, `ns/${repository}`, reference))
      }
    } finally {
      await second.stop()
    }
  })

  it('a SIGTERM mid-series leaves a valid ledger, and the series goes on from it', async () => {
    proxy.reset()
    const logs = await series('term', async () => {
      const { child, done } = startCli(args('term', '--max-duration', '30s'))
      await sleep(1_500)
      child.kill('SIGTERM')
      const run = await done
      expect(run.code, run.stderr).toBe(143)
      // What the stopped run finished is in the ledger, where the next run reads it.
      const ledger = await readJson(join(dir, 'term.json'))
      expect(ledger.format).toBe('gcr-mirror-ledger')
      expect(ledger.entries.length).toBeGreaterThan(0)
      expect(ledger.entries.length).toBeLessThan(tags.length)
      expect(ledger.resume).toEqual({ '': expect.stringMatching(/^r\d\d$/) })
      return run.stderr
    })
    expect(logs[1]).toMatch(/going on with the pass the last run stopped at r\d\d/)
    for (const [repository, count] of listings()) expect(count, repository).toBeLessThanOrEqual(2)
    expect((await readJson(join(dir, 'term.json'))).entries).toHaveLength(tags.length)
    await mirrored('term')
  })
})
