import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCorpus, manifestDigest, pushImage, randomLayer, type Corpus } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

/**
 * The engine end to end, as a user runs it: `node dist/cli.js sync` between two real registries.
 * The corpus has nested repositories, multi-arch OCI indexes with attestations, Docker manifest
 * lists, shared base layers and dozens of tags.
 */
describe('gcr-mirror sync between two registries', () => {
  let source: TestRegistry
  let target: TestRegistry
  let targetProxy: TestProxy
  let corpus: Corpus
  let dir: string

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    targetProxy = await startProxy(target.url)
    dir = await mkdtemp(join(tmpdir(), 'cli-sync-'))
    corpus = await buildCorpus(source, {
      namespace: 'corp',
      repositories: 6,
      tagsPerRepo: 6,
      layersPerImage: 2,
      layerSize: 4096,
      sharedBaseLayers: 2,
      nested: true,
      multiArchEvery: 3
    })
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop(), targetProxy?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('mirrors every tag with identical digests, then reruns with no request to the target', async () => {
    const state = join(dir, 'state.json')
    const report = join(dir, 'report.json')
    const args = ['sync', '--source', `${source.host}/corp`, '--target', `${targetProxy.host}/mirror`, '--state-file', state, '--report', report, '--quiet']

    const first = await runCli(args)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    const firstReport = await readJson(report)
    expect(firstReport.copied).toBe(corpus.images.length)
    expect(firstReport.failed).toBe(0)
    expect(corpus.images.length).toBeGreaterThanOrEqual(30)
    for (const image of corpus.images) {
      const relative = image.repository.slice('corp/'.length)
      expect(await manifestDigest(target, `mirror/${relative}`, image.tag), `${image.repository}:${image.tag}`).toBe(image.digest)
      const entry = firstReport.images.find((i: { source: string }) => i.source === `${source.host}/${image.repository}:${image.tag}`)
      expect(entry).toMatchObject({ status: 'copied', digest: image.digest, target: `${targetProxy.host}/mirror/${relative}:${image.tag}`, error: null })
    }
    expect(firstReport.images.some((i: { platforms?: string[] }) => (i.platforms?.length ?? 0) >= 2)).toBe(true)

    targetProxy.reset()
    // --verify off: the ledger alone decides (the default samples the target; see verify.test.ts).
    const second = await runCli([...args, '--verify', 'off'])
    expect(second.code).toBe(0)
    const secondReport = await readJson(report)
    expect(secondReport).toMatchObject({ copied: 0, failed: 0, skipped: corpus.images.length })
    expect(targetProxy.requests).toEqual([])
  })

  it('keeps going when one tag fails, reports it, and exits 1', async () => {
    const base = randomLayer(2048, 7)
    await pushImage(source, 'broken/app', 'good', { layers: [base] })
    const bad = await pushImage(source, 'broken/app', 'bad', { layers: [randomLayer(3000, 8)] })
    // Make one blob unreadable on the source: the tag that needs it must fail alone.
    const missing = bad.blobs.find((digest) => digest !== undefined && !digest.includes(base.toString('hex').slice(0, 8)))!
    await rm(join(source.dataDir, 'docker/registry/v2/blobs/sha256', missing.slice(7, 9), missing.slice(7)), { recursive: true, force: true })

    const report = join(dir, 'broken.json')
    const run = await runCli(['sync', '--source', `${source.host}/broken`, '--target', `${target.host}/broken-mirror`, '--report', report, '--quiet'])
    expect(run.code).toBe(1)
    const result = await readJson(report)
    expect(result.copied).toBe(1)
    expect(result.failed).toBe(1)
    const failed = result.images.find((i: { status: string }) => i.status === 'failed')
    expect(failed.source).toBe(`${source.host}/broken/app:bad`)
    expect(failed.error).toMatch(/\S/)
    expect(run.stdout).toContain(`FAILED ${source.host}/broken/app:bad`)
  })

  it('rejects bad input with exit 2 and a one-line message before any copy, and still writes --report with the error', async () => {
    const report = join(dir, 'bad-input.json')
    const run = await runCli(['sync', '--source', `${source.host}/corp`, '--target', `${target.host}/x`, '--semver', 'nope', '--report', report])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('--semver "nope"')
    expect(await manifestDigest(target, 'x/app', 'latest')).toBeUndefined()
    const written = await readJson(report)
    expect(written).toMatchObject({ copied: 0, skipped: 0, failed: 1, images: [], target: `${target.host}/x` })
    expect(written.error).toMatch(/^--semver "nope": not a semver range/)
  })

  it('logs one JSON object a line with --log-format json, at the chosen level', async () => {
    const args = ['sync', '--source', `${source.host}/corp`, '--target', `${target.host}/json`, '--log-format', 'json', '--dry-run']
    const run = await runCli([...args, '-v'])
    expect(run.code, run.stderr).toBe(0)
    const lines = [...run.stderr.trim().split('\n'), ...run.stdout.trim().split('\n')].map((line) => JSON.parse(line) as { level: string; message: string })
    expect(lines.some((line) => line.level === 'debug')).toBe(true)
    expect(lines.find((line) => /would copy \d+/.test(line.message))).toMatchObject({ level: 'info' })
    const quiet = await runCli([...args, '--log-level', 'error'])
    expect(quiet.stderr).toBe('')
  })
})
