import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCorpus, getManifest, manifestDigest, pushImage, randomLayer, type Corpus } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

interface Manifest {
  manifests?: Array<{ digest: string }>
  config?: { digest: string }
  layers?: Array<{ digest: string }>
}

/**
 * Checks, straight on the target registry, that a tag is a whole image: every child manifest and
 * every blob present and hashing to its digest. Returns the number of blobs checked.
 */
async function assertWholeImage(registry: TestRegistry, repository: string, reference: string): Promise<number> {
  const manifest = await getManifest(registry, repository, reference)
  expect(manifest, `${repository}@${reference}`).toBeDefined()
  const json = JSON.parse(manifest!.bytes.toString('utf8')) as Manifest
  let blobs = 0
  for (const child of json.manifests ?? []) blobs += await assertWholeImage(registry, repository, child.digest)
  for (const blob of [json.config, ...(json.layers ?? [])].filter((b) => b !== undefined)) {
    const response = await fetch(`${registry.url}/v2/${repository}/blobs/${blob.digest}`)
    expect(response.status, `${repository} blob ${blob.digest}`).toBe(200)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(blob.digest)
    blobs++
  }
  return blobs
}

/**
 * A day of flaky registries: a fault-injecting proxy on each side (resets mid-body, 5xx, 429 with
 * Retry-After, truncated and slow bodies, corrupted blob bytes). Every tag ends mirrored with the
 * source's digest or failed cleanly with its reason; the target never serves a broken image.
 */
describe('faults on both sides', () => {
  let source: TestRegistry
  let target: TestRegistry
  let sourceProxy: TestProxy
  let targetProxy: TestProxy
  let corpus: Corpus
  let dir: string

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    corpus = await buildCorpus(source, {
      namespace: 'flaky',
      repositories: 4,
      tagsPerRepo: 5,
      layersPerImage: 3,
      layerSize: 64 * 1024,
      sharedBaseLayers: 1,
      nested: true,
      multiArchEvery: 4,
      seed: 11
    })
    sourceProxy = await startProxy(source.url, {
      faults: { rate: 0.08, seed: 1, retryAfterSeconds: 1, kinds: ['reset', '500', '502', '503', '429', 'truncate', 'slow', 'corrupt'] }
    })
    targetProxy = await startProxy(target.url, { faults: { rate: 0.08, seed: 2, retryAfterSeconds: 1, kinds: ['reset', '500', '502', '503', '429', 'slow'] } })
    dir = await mkdtemp(join(tmpdir(), 'faults-'))
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop(), sourceProxy?.stop(), targetProxy?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('mirrors every tag exactly or fails it cleanly, and a rerun finishes the rest', async () => {
    const state = join(dir, 'state.json')
    const report = join(dir, 'report.json')
    const args = [
      'sync',
      '--source',
      `${sourceProxy.host}/flaky`,
      '--target',
      `${targetProxy.host}/mirror`,
      '--state-file',
      state,
      '--report',
      report,
      '--quiet',
      '--tag-timeout',
      '2m'
    ]
    const env = { GCR_MIRROR_DEBUG: '1' }
    const first = await runCli(args, env)
    expect([0, 1]).toContain(first.code)
    const firstReport = await readJson(report)
    // A blob whose last retry met a 429 stops the run on a rate limit: its tag and the rest are `remaining`.
    expect(firstReport.copied + firstReport.failed + firstReport.skipped + firstReport.remaining).toBe(corpus.images.length)
    const faulted = sourceProxy.requests.filter((r) => r.fault).length + targetProxy.requests.filter((r) => r.fault).length
    expect(faulted).toBeGreaterThan(5)
    // Retries are logged (debug) and bounded: the run ended.
    expect(first.stderr).toMatch(/retrying: .*attempt 1 of 5, retrying in \d+ ms/)

    for (const image of firstReport.images as Array<{ status: string; source: string; error: string | null; digest: string }>) {
      if (image.status === 'failed') expect(image.error).toMatch(/\S/)
    }
    // Whatever the target serves under a tag is a whole image with the source's digest.
    for (const image of corpus.images) {
      const relative = image.repository.slice('flaky/'.length)
      const served = await manifestDigest(target, `mirror/${relative}`, image.tag)
      if (served === undefined) continue
      expect(served, `${image.repository}:${image.tag}`).toBe(image.digest)
      expect(await assertWholeImage(target, `mirror/${relative}`, image.tag)).toBeGreaterThan(0)
    }

    sourceProxy.setFaults(undefined)
    targetProxy.setFaults(undefined)
    const second = await runCli(args)
    expect(second.code, second.stderr).toBe(0)
    const secondReport = await readJson(report)
    expect(secondReport.failed).toBe(0)
    expect(secondReport.copied).toBe(firstReport.failed + firstReport.remaining)
    for (const image of corpus.images) {
      expect(await manifestDigest(target, `mirror/${image.repository.slice('flaky/'.length)}`, image.tag)).toBe(image.digest)
    }
  })

  it('never pushes an image whose source lies about a blob', async () => {
    const honest = await pushImage(source, 'liar/app', 'honest', { layers: [randomLayer(4096, 21)] })
    const lying = await pushImage(source, 'liar/app', 'lying', { layers: [randomLayer(4096, 22)] })
    const lie = lying.blobs[lying.blobs.length - 1]
    const proxy = await startProxy(source.url, { faults: { rate: 1, kinds: ['corrupt'], only: (req) => req.path.endsWith(lie) } })
    try {
      const report = join(dir, 'liar.json')
      const run = await runCli(['sync', '--source', `${proxy.host}/liar`, '--target', `${target.host}/liar-mirror`, '--report', report, '--quiet'])
      expect(run.code).toBe(1)
      const result = await readJson(report)
      const failed = result.images.find((i: { status: string }) => i.status === 'failed')
      expect(failed.source).toBe(`${proxy.host}/liar/app:lying`)
      expect(failed.error).toMatch(/hashes to|digest/)
      expect(await manifestDigest(target, 'liar-mirror/app', 'honest')).toBe(honest.digest)
      expect(await manifestDigest(target, 'liar-mirror/app', 'lying')).toBeUndefined()
      const blob = await fetch(`${target.url}/v2/liar-mirror/app/blobs/${lie}`, { method: 'HEAD' })
      expect(blob.status).toBe(404)
      const retries = proxy.requests.filter((r) => r.path.endsWith(lie) && r.method === 'GET').length
      expect(retries).toBeGreaterThan(1)
      expect(retries).toBeLessThanOrEqual(5)
    } finally {
      await proxy.stop()
    }
    expect(JSON.parse(await readFile(join(dir, 'liar.json'), 'utf8')).copied).toBe(1)
  })

  it('bounds the time spent on a tag whose registry stops answering', async () => {
    await pushImage(source, 'stuck/app', 'ok', { layers: [randomLayer(2048, 51)] })
    const stuck = await pushImage(source, 'stuck/app', 'stuck', { layers: [randomLayer(2048, 52)] })
    const layer = stuck.blobs[stuck.blobs.length - 1]
    const proxy = await startProxy(source.url, { faults: { rate: 1, kinds: ['stall'], only: (req) => req.method === 'GET' && req.path.endsWith(layer) } })
    try {
      const report = join(dir, 'stuck.json')
      const started = Date.now()
      const run = await runCli([
        'sync',
        '--source',
        `${proxy.host}/stuck`,
        '--target',
        `${target.host}/stuck-mirror`,
        '--report',
        report,
        '--quiet',
        '--tag-timeout',
        '3s'
      ])
      expect(Date.now() - started).toBeLessThan(30_000)
      expect(run.code).toBe(1)
      const result = await readJson(report)
      expect(result.copied).toBe(1)
      expect(result.images.find((i: { status: string }) => i.status === 'failed').error).toMatch(/timed out after 3000 ms/)
      expect(await manifestDigest(target, 'stuck-mirror/app', 'stuck')).toBeUndefined()
    } finally {
      await proxy.stop()
    }
  })
})
