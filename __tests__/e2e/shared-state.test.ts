import { access, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCorpus, type Corpus } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli, startCli, type CliRun } from './cli'

interface ReportImage {
  status: string
  source: string
  target: string
}

/** The sources a ledger file holds (it must be whole, in our format). */
async function ledgerSources(path: string): Promise<Set<string>> {
  const ledger = JSON.parse(await readFile(path, 'utf8')) as { format: string; entries: Array<{ source: string }> }
  expect(ledger.format).toBe('gcr-mirror-ledger')
  return new Set(ledger.entries.map((entry) => entry.source))
}

/** The REPOSITORY:TAG names an OCI layout's index.json holds. */
async function layoutNames(layout: string): Promise<Set<string>> {
  const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ annotations?: Record<string, string> }> }
  return new Set(index.manifests.map((m) => m.annotations?.['org.opencontainers.image.ref.name'] ?? ''))
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false
  )

/** Waits (bounded) until `path` exists. */
async function waitFor(path: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms
  while (!(await exists(path))) {
    if (Date.now() > until) throw new Error(`${path} did not appear within ${ms} ms`)
    await sleep(20)
  }
}

/**
 * Issue 14, "Nothing lost": two runs at once sharing a state file, or writing one `oci:` layout.
 * Before the state lock and the layout's merge-on-save, 24 of 48 entries vanished here.
 */
describe('two runs at once', () => {
  let source: TestRegistry
  let target: TestRegistry
  let slow: TestProxy
  let corpus: Corpus
  let dir: string

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    corpus = await buildCorpus(source, { namespace: 'two', repositories: 8, tagsPerRepo: 6, layersPerImage: 2, layerSize: 4096, sharedBaseLayers: 1, seed: 14 })
    // Slow answers keep a run going long enough for the other to start meanwhile.
    slow = await startProxy(target.url, { faults: { rate: 0.5, seed: 4, kinds: ['slow'] } })
    dir = await mkdtemp(join(tmpdir(), 'shared-state-'))
  }, 120_000)

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop(), slow?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const half = (shard: string, targetArg: string, extra: string[]): string[] => [
    'sync',
    '--source',
    `${source.host}/two`,
    '--target',
    targetArg,
    '--shard',
    shard,
    '--quiet',
    '--concurrency',
    '4',
    ...extra
  ]
  const layoutName = (source: string): string => source.slice(`${source.split('/')[0]}/two/`.length)

  it('writing one oci: layout, both keep every tag they wrote (48 of 48)', async () => {
    const layout = join(dir, 'layout')
    const runs = await Promise.all(
      ['1/2', '2/2'].map((shard, i) =>
        runCli(half(shard, `oci:${layout}`, ['--state-file', join(dir, `layout-${i}.json`), '--report', join(dir, `layout-${i}.report.json`)]))
      )
    )
    for (const run of runs) expect(run.code, run.stderr).toBe(0)
    const reports = await Promise.all([0, 1].map((i) => readJson(join(dir, `layout-${i}.report.json`))))
    const written = reports.flatMap((report) => (report.images as ReportImage[]).filter((i) => i.status === 'copied').map((i) => layoutName(i.source)))
    expect(written).toHaveLength(corpus.images.length)
    const names = await layoutNames(layout)
    expect([...names].sort()).toEqual(written.sort())
    // The layout's lock and every temporary file are gone.
    expect((await readdir(layout)).sort()).toEqual(['blobs', 'index.json', 'oci-layout'])
    const rerun = await runCli(half('1/2', `oci:${layout}`, ['--report', join(dir, 'layout-again.json')]))
    expect(rerun.code, rerun.stderr).toBe(0)
    expect((await readJson(join(dir, 'layout-again.json'))).copied).toBe(0)
  })

  it('sharing one state file, every tag a run recorded is in it, or the second run exits 2 naming the first', async () => {
    const state = join(dir, 'shared.json')
    const runs = await Promise.all(
      ['1/2', '2/2'].map((shard, i) => runCli(half(shard, `${slow.host}/shared`, ['--state-file', state, '--report', join(dir, `shared-${i}.report.json`)])))
    )
    const recorded = await ledgerSources(state)
    let finished = 0
    for (const [i, run] of runs.entries()) {
      if (run.code === 2) {
        expect(run.stderr.trim()).toMatch(
          new RegExp(`^gcr-mirror: another run holds ${state} \\(pid \\d+ since \\S+\\); wait for it or use another --state-file$`)
        )
        continue
      }
      expect(run.code, run.stderr).toBe(0)
      finished++
      for (const image of (await readJson(join(dir, `shared-${i}.report.json`))).images as ReportImage[]) expect(recorded).toContain(image.source)
    }
    expect(finished).toBeGreaterThan(0)
    expect(await exists(`${state}.lock`)).toBe(false)
  })

  it('refuses a second run while the first holds the state file, at once and before any copy', async () => {
    const state = join(dir, 'held.json')
    const first = startCli(half('1/2', `${slow.host}/held`, ['--state-file', state]))
    await waitFor(`${state}.lock`)
    const holder = JSON.parse(await readFile(`${state}.lock`, 'utf8')) as { pid: number; startedAt: string }
    expect(holder.pid).toBe(first.child.pid)
    const started = Date.now()
    const second = await runCli(half('2/2', `${target.host}/held-second`, ['--state-file', state]))
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(second.code).toBe(2)
    expect(second.stderr).toBe(
      `gcr-mirror: another run holds ${state} (pid ${holder.pid} since ${holder.startedAt}); wait for it or use another --state-file\n`
    )
    const catalog = (await (await fetch(`${target.url}/v2/_catalog`)).json()) as { repositories: string[] }
    expect(catalog.repositories.filter((r) => r.startsWith('held-second/'))).toEqual([])
    const run: CliRun = await first.done
    expect(run.code, run.stderr).toBe(0)
  })

  it('two runs finding one stale lock at once: exactly one takes it over, the other exits 2 naming it', async () => {
    const state = join(dir, 'stale.json')
    await writeFile(`${state}.lock`, JSON.stringify({ pid: 4_194_304 + 17, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z', token: 'stale' }))
    const runs = await Promise.all(['1/2', '2/2'].map((shard) => runCli(half(shard, `${slow.host}/stale`, ['--state-file', state]))))
    const takeovers = runs.filter((run) => /taking over the lock/.test(run.stderr))
    expect(takeovers).toHaveLength(1)
    const codes = runs.map((run) => run.code).sort()
    expect(codes, runs.map((run) => run.stderr).join('\n')).toEqual([0, 2])
    expect(runs.find((run) => run.code === 2)!.stderr).toMatch(/another run holds .*stale\.json \(pid \d+ since /)
    expect(await exists(`${state}.lock`)).toBe(false)
  })

  it('recovers the lock a SIGKILLed run left: the next run takes it over with a warning and keeps what the killed run finished', async () => {
    const state = join(dir, 'killed.json')
    const args = half('1/2', `${slow.host}/killed`, ['--state-file', state, '--report', join(dir, 'killed.report.json')])
    const killed = startCli(args)
    await waitFor(`${state}.journal`)
    killed.child.kill('SIGKILL')
    expect((await killed.done).signal).toBe('SIGKILL')
    expect(await exists(`${state}.lock`)).toBe(true)
    const next = await runCli(args.filter((a) => a !== '--quiet'))
    expect(next.code, next.stderr).toBe(0)
    expect(next.stderr).toMatch(
      new RegExp(
        `warning: ${state}: taking over the lock ${state}.lock of a run that is gone \\(pid ${killed.child.pid} since \\S+: process ${killed.child.pid} is gone\\)`
      )
    )
    const report = await readJson(join(dir, 'killed.report.json'))
    // The killed run's finished tags were not copied again, and the ledger holds every tag of the shard.
    expect(report.skipped).toBeGreaterThan(0)
    expect((await ledgerSources(state)).size).toBe(report.copied + report.skipped)
    expect(await exists(`${state}.lock`)).toBe(false)
  })
})
