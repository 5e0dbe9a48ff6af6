import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCorpus, manifestDigest, type Corpus } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli, startCli } from './cli'

/** Parses a ledger file as the CLI would: it must always be whole, valid JSON in our format. */
async function ledgerSources(path: string): Promise<Set<string>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return new Set()
  }
  const ledger = JSON.parse(text) as { format: string; entries: Array<{ source: string }> }
  expect(ledger.format).toBe('gcr-mirror-ledger')
  return new Set(ledger.entries.map((entry) => entry.source))
}

/** The `section source` pairs a killed run made durable: the ledger file's entries and every whole line of its journal. */
async function durableEntries(path: string): Promise<Set<string>> {
  const read = (file: string): Promise<string> => readFile(file, 'utf8').catch(() => '')
  type Entry = { section?: string; source: string }
  const file = await read(path)
  const entries: Entry[] = file ? (JSON.parse(file) as { entries: Entry[] }).entries : []
  for (const journal of [`${path}.journal.old`, `${path}.journal`]) {
    const lines = (await read(journal)).split('\n')
    lines.pop() // a line a kill cut short
    entries.push(...lines.map((line) => JSON.parse(line) as Entry))
  }
  return new Set(entries.map((entry) => `${entry.section ?? ''} ${entry.source}`))
}

/** The sources a killed run made durable, outside any section. */
async function durableSources(path: string): Promise<Set<string>> {
  return new Set([...(await durableEntries(path))].filter((key) => key.startsWith(' ')).map((key) => key.slice(1)))
}

/** Waits until the run writing `path` has made more than `count` tags durable (bounded: a loaded machine is slow, not stuck). */
async function durableMoreThan(path: string, count: number): Promise<void> {
  const giveUp = Date.now() + 60_000
  while (Date.now() < giveUp && (await durableSources(path)).size <= count) await sleep(50)
}

/**
 * Interruption: SIGKILL at random points of a long sync, several times, leaves a valid ledger each
 * time, and the rerun completes without copying anything a killed run had finished. SIGTERM (a
 * cancelled workflow) stops new work, saves the ledger and exits non-zero.
 */
describe('interruption', () => {
  let source: TestRegistry
  let target: TestRegistry
  let slowTarget: TestProxy
  let corpus: Corpus
  let dir: string

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    corpus = await buildCorpus(source, {
      namespace: 'long',
      repositories: 6,
      tagsPerRepo: 6,
      layersPerImage: 2,
      layerSize: 32 * 1024,
      sharedBaseLayers: 1,
      seed: 5
    })
    // Slow responses stretch the run so that kills land in the middle of it.
    slowTarget = await startProxy(target.url, { faults: { rate: 0.5, seed: 3, kinds: ['slow'] } })
    dir = await mkdtemp(join(tmpdir(), 'interrupt-'))
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop(), slowTarget?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  /** A run of the long corpus into `NAME` through the slow target, two tags at once, with its own state file and report. */
  const longRun = (name: string): { state: string; report: string; args: string[] } => {
    const state = join(dir, `${name}.json`)
    const report = join(dir, `${name}-report.json`)
    const args = ['sync', '--source', `${source.host}/long`, '--target', `${slowTarget.host}/${name}`, '--state-file', state, '--report', report, '--quiet']
    return { state, report, args: [...args, '--concurrency', '2'] }
  }

  it('survives SIGKILL at random points: valid ledger every time, and the rerun re-copies nothing finished', async () => {
    const { state, report, args } = longRun('killed')
    let kills = 0
    // Each run is killed at a different point after it has finished a tag of its own: the points do
    // not depend on how fast the machine is.
    for (const delay of [0, 300, 700]) {
      const before = (await durableSources(state)).size
      const { child, done } = startCli(args)
      await durableMoreThan(state, before)
      await sleep(delay)
      child.kill('SIGKILL')
      const run = await done
      if (run.signal === 'SIGKILL') kills++
      await ledgerSources(state)
    }
    expect(kills).toBeGreaterThan(0)
    const finished = await durableSources(state)
    expect(finished.size).toBeGreaterThan(0)
    expect(finished.size).toBeLessThan(corpus.images.length)

    const rerun = await runCli(args)
    expect(rerun.code, rerun.stderr).toBe(0)
    const result = await readJson(report)
    expect(result.copied + result.skipped).toBe(corpus.images.length)
    const copiedAgain = result.images.filter((i: { status: string; source: string }) => i.status === 'copied' && finished.has(i.source))
    expect(copiedAgain).toEqual([])
    for (const image of corpus.images) {
      expect(await manifestDigest(target, `killed/${image.repository.slice('long/'.length)}`, image.tag)).toBe(image.digest)
    }
  })

  it('stops on SIGTERM: no new tags, ledger saved, exit 143, and the next run carries on', async () => {
    const { state, report, args } = longRun('term')
    const { child, done } = startCli(args)
    // Stopped once copying is under way: a tag is durable.
    await durableMoreThan(state, 0)
    child.kill('SIGTERM')
    const run = await done
    expect(run.code).toBe(143)
    expect(run.stderr).toContain('SIGTERM')
    const stopped = await readJson(report)
    expect(stopped.remaining).toBeGreaterThan(0)
    const saved = await ledgerSources(state)
    expect(saved.size).toBe(stopped.copied)

    const next = await runCli(args)
    expect(next.code).toBe(0)
    const finished = await readJson(report)
    expect(finished.copied).toBe(corpus.images.length - saved.size)
    expect(finished.skipped).toBe(saved.size)
  })

  it('stops a run into two targets on SIGTERM: both mirrors stop, each section holds what it copied, exit 143; the next run carries on', async () => {
    const state = join(dir, 'two-targets.json')
    const report = join(dir, 'two-targets-report.json')
    const targets = ['--target', `${slowTarget.host}/two-a`, '--target', `${slowTarget.host}/two-b`]
    const args = ['sync', '--source', `${source.host}/long`, ...targets, '--state-file', state, '--report', report, '--quiet', '--concurrency', '2']
    const { child, done } = startCli(args)
    let durable = new Set<string>()
    const giveUp = Date.now() + 60_000
    while (Date.now() < giveUp && durable.size === 0) {
      await sleep(25)
      durable = await durableEntries(state)
    }
    child.kill('SIGTERM')
    const run = await done
    expect(run.code, run.stderr).toBe(143)
    const stopped = await readJson(report)
    expect(stopped.remaining).toBeGreaterThan(0)
    const saved = await durableEntries(state)
    for (const part of stopped.mirrors as Array<{ name: string; copied: number }>) {
      expect([...saved].filter((key) => key.startsWith(`${part.name} `)).length, part.name).toBe(part.copied)
    }

    const next = await runCli(args)
    expect(next.code, next.stderr).toBe(0)
    const finished = await readJson(report)
    expect(finished.copied + finished.skipped).toBe(2 * corpus.images.length)
    expect(finished.skipped).toBe(saved.size)
  })

  it('a config run killed in its second mirror keeps every finished tag of both sections (same source, two targets); the rerun re-copies none', async () => {
    const state = join(dir, 'config-killed.json')
    const report = join(dir, 'config-killed-report.json')
    const config = join(dir, 'config-killed.yml')
    const mirror = (name: string) => [`  - name: ${name}`, `    source: ${source.host}/long`, `    target: ${slowTarget.host}/config-${name}`]
    await writeFile(
      config,
      ['defaults:', `  state-file: ${state}`, `  report: ${report}`, '  concurrency: 2', 'mirrors:', ...mirror('a'), ...mirror('b')].join('\n')
    )
    const { child, done } = startCli(['sync', '--config', config, '--quiet'])
    // Killed as soon as the second mirror has made a tag durable (the first mirror alone takes about
    // 25 s through the slow target on a quiet machine: the wait is bounded by time, not by polls).
    let durable = new Set<string>()
    const giveUp = Date.now() + 80_000
    while (Date.now() < giveUp && ![...durable].some((key) => key.startsWith('b '))) {
      await sleep(25)
      durable = await durableEntries(state)
    }
    child.kill('SIGKILL')
    expect((await done).signal).toBe('SIGKILL')
    const finished = await durableEntries(state)
    const inSection = (name: string) => [...finished].filter((key) => key.startsWith(`${name} `)).length
    expect(inSection('a')).toBe(corpus.images.length)
    expect(inSection('b')).toBeGreaterThan(0)
    expect(inSection('b')).toBeLessThan(corpus.images.length)

    const rerun = await runCli(['sync', '--config', config, '--quiet'])
    expect(rerun.code, rerun.stderr).toBe(0)
    const result = await readJson(report)
    for (const part of result.mirrors as Array<{ name: string; images: Array<{ status: string; source: string; reason?: string }> }>) {
      expect(part.images.filter((i) => i.status === 'copied' && finished.has(`${part.name} ${i.source}`))).toEqual([])
      // A tag the kill caught after its manifest landed but before it was recorded is found on the target, not copied again.
      const unfinished = part.images.filter((i) => !finished.has(`${part.name} ${i.source}`))
      expect(unfinished.filter((i) => i.status !== 'copied' && !(i.status === 'skipped' && i.reason === 'target-has-it'))).toEqual([])
    }
    expect(result.copied + result.skipped).toBe(2 * corpus.images.length)
    expect(result.copied).toBeGreaterThan(0)
    for (const name of ['a', 'b']) {
      for (const image of corpus.images) {
        expect(await manifestDigest(target, `config-${name}/${image.repository.slice('long/'.length)}`, image.tag)).toBe(image.digest)
      }
    }
  })
})
