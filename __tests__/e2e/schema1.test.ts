import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasDockerd, startDockerd, type Dockerd } from '../harness/dockerd'
import { manifestDigest, pushImage, randomLayer } from '../harness/fixtures'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { tarLayer } from '../harness/tar-layer'
import { readJson, runCli } from './cli'

const SCHEMA1 = 'application/vnd.docker.distribution.manifest.v1+prettyjws'
const DOCKER_V2 = 'application/vnd.docker.distribution.manifest.v2+json'
const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

interface ReportImage {
  tag: string
  status: string
  digest: string
  targetDigest?: string
  mediaType?: string
  convertedFrom?: string
  reason?: string
  error: string | null
}

/** A manifest as a registry serves it to a client that accepts schema 1: bytes, type and Docker-Content-Digest. */
async function fetchManifest(registry: TestRegistry, repository: string, reference: string): Promise<{ bytes: Buffer; mediaType: string; digest: string }> {
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${reference}`, { headers: { accept: `${SCHEMA1}, ${DOCKER_V2}` } })
  expect(response.status).toBe(200)
  return {
    bytes: Buffer.from(await response.arrayBuffer()),
    mediaType: response.headers.get('content-type')!,
    digest: response.headers.get('docker-content-digest')!
  }
}

const skopeo = (...args: string[]): string => execFileSync('skopeo', args, { encoding: 'utf8' })

/**
 * Docker schema 1 sources (old gcr.io/google-containers and registry.k8s.io tags): a reference
 * registry with schema 1 enabled holds a tag that `skopeo copy --format v2s1` wrote, beside a v2
 * tag. Mirrored into a default registry (which refuses schema 1 with a 500) the tag lands converted
 * to Docker v2, readable by skopeo and pullable by docker, with the same layers and diff_ids as the
 * image it was made from; into a schema-1-accepting registry it lands unchanged.
 */
describe('schema 1 sources', () => {
  let source: TestRegistry
  let plain: TestRegistry
  let legacy: TestRegistry
  let dir: string
  const tars = [tarLayer('a.txt', randomLayer(5000, 31)), tarLayer('b.txt', randomLayer(7000, 32))]
  const gzipped = tars.map((tar) => gzipSync(tar))
  let schema1Digest: string

  beforeAll(async () => {
    ;[source, plain, legacy] = await Promise.all([startRegistry({ schema1: true }), startRegistry(), startRegistry({ schema1: true })])
    // The image schema 1 is made from: two layers and an empty ENV step between them.
    await pushImage(source, 'build/pause', 'v2', {
      mediaType: 'docker',
      layers: gzipped,
      config: {
        rootfs: { type: 'layers', diff_ids: tars.map(sha256) },
        created: '2016-05-04T00:00:03Z',
        history: [
          { created: '2016-05-04T00:00:01Z', created_by: 'ADD a.txt /' },
          { created: '2016-05-04T00:00:02Z', created_by: 'ENV X=1', empty_layer: true },
          { created: '2016-05-04T00:00:03Z', created_by: 'ADD b.txt /' }
        ]
      }
    })
    skopeo(
      'copy',
      '--quiet',
      '--format',
      'v2s1',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${source.host}/build/pause:v2`,
      `docker://${source.host}/legacy/pause:3.0`
    )
    await pushImage(source, 'legacy/pause', '3.1', {
      mediaType: 'docker',
      layers: [gzipped[0]],
      config: { rootfs: { type: 'layers', diff_ids: [sha256(tars[0])] } }
    })
    const served = await fetchManifest(source, 'legacy/pause', '3.0')
    expect(served.mediaType).toBe(SCHEMA1)
    schema1Digest = served.digest
    // The registry re-signs on every GET: the bytes differ, the digest (of the JWS payload) does not.
    const again = await fetchManifest(source, 'legacy/pause', '3.0')
    expect(again.bytes.equals(served.bytes)).toBe(false)
    expect(again.digest).toBe(schema1Digest)
    expect(sha256(served.bytes)).not.toBe(schema1Digest)
    dir = await mkdtemp(join(tmpdir(), 'schema1-'))
  }, 120_000)

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), plain?.stop(), legacy?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const sync = (target: TestRegistry, name: string, extra: string[] = []): { args: string[]; report: string; state: string } => {
    const report = join(dir, `${name}-report.json`)
    const state = join(dir, `${name}-state.json`)
    const args = [
      'sync',
      '--source',
      `${source.host}/legacy`,
      '--target',
      `${target.host}/mirror`,
      '--report',
      report,
      '--state-file',
      state,
      '--quiet',
      ...extra
    ]
    return { args, report, state }
  }

  it('converts to Docker v2 where the target refuses schema 1, records it, and a rerun copies nothing', async () => {
    const { args, report, state } = sync(plain, 'convert')
    const first = await runCli(args)
    expect(first.code, first.stderr + first.stdout).toBe(0)
    const result = await readJson(report)
    expect(result).toMatchObject({ copied: 2, failed: 0 })
    const converted = (result.images as ReportImage[]).find((image) => image.tag === '3.0')!
    expect(converted).toMatchObject({ status: 'copied', digest: schema1Digest, mediaType: DOCKER_V2, convertedFrom: SCHEMA1 })
    expect(converted.targetDigest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(await manifestDigest(plain, 'mirror/pause', '3.0')).toBe(converted.targetDigest)
    expect(JSON.stringify(result)).not.toContain('hashes to')

    // skopeo reads the conversion: the layers of the image schema 1 was made from, oldest first, and their diff_ids.
    const inspected = JSON.parse(skopeo('inspect', '--tls-verify=false', `docker://${plain.host}/mirror/pause:3.0`)) as { Layers: string[] }
    expect(inspected.Layers).toEqual(gzipped.map(sha256))
    const config = JSON.parse(skopeo('inspect', '--config', '--tls-verify=false', `docker://${plain.host}/mirror/pause:3.0`)) as {
      rootfs: { diff_ids: string[] }
      history: Array<{ created_by?: string; empty_layer?: boolean }>
      architecture: string
    }
    expect(config.rootfs.diff_ids).toEqual(tars.map(sha256))
    // The newest step's command is not in schema 1 (its v1Compatibility is the image config, without container_config).
    expect(config.history.map((h) => [h.created_by, h.empty_layer ?? false])).toEqual([
      ['ADD a.txt /', false],
      ['ENV X=1', true],
      [undefined, false]
    ])
    expect(config.architecture).toBe('amd64')

    const ledger = await readJson(state)
    expect(ledger.entries.find((e: { source: string }) => e.source.endsWith(':3.0'))).toMatchObject({
      digest: schema1Digest,
      targetDigest: converted.targetDigest
    })

    const again = await runCli(args)
    expect(again.code, again.stderr).toBe(0)
    expect(await readJson(report)).toMatchObject({ copied: 0, skipped: 2, failed: 0 })
  })

  it('pushes schema 1 unchanged where the target accepts it', async () => {
    const { args, report } = sync(legacy, 'keep-accepting')
    const run = await runCli(args)
    expect(run.code, run.stderr).toBe(0)
    const result = await readJson(report)
    expect(result).toMatchObject({ copied: 2, failed: 0 })
    const image = (result.images as ReportImage[]).find((i) => i.tag === '3.0')!
    expect(image).toMatchObject({ status: 'copied', digest: schema1Digest, mediaType: SCHEMA1 })
    expect(image.targetDigest).toBeUndefined()
    const landed = await fetchManifest(legacy, 'mirror/pause', '3.0')
    expect(landed).toMatchObject({ mediaType: SCHEMA1, digest: schema1Digest })
  })

  it('--schema1 keep fails the tag on a refusing target without retrying; skip leaves it out', async () => {
    const kept = sync(plain, 'keep-refused', ['--schema1', 'keep', '--images', 'pause'])
    const started = Date.now()
    const run = await runCli(kept.args.map((a) => a.replace('/mirror', '/kept')))
    expect(run.code).toBe(1)
    // A refusal is not retried: five attempts with backoff would take seconds.
    expect(Date.now() - started).toBeLessThan(15_000)
    const failed = ((await readJson(kept.report)).images as ReportImage[]).find((i) => i.tag === '3.0')!
    expect(failed.status).toBe('failed')
    expect(failed.error).toMatch(/refuses schema 1 manifests.*--schema1 convert/)

    const skipped = sync(plain, 'skip', ['--schema1', 'skip'])
    const skip = await runCli(skipped.args.map((a) => a.replace('/mirror', '/skipped')))
    expect(skip.code, skip.stderr).toBe(0)
    const images = (await readJson(skipped.report)).images as ReportImage[]
    expect(images.find((i) => i.tag === '3.0')).toMatchObject({ status: 'skipped', reason: 'schema1' })
    expect(images.find((i) => i.tag === '3.1')).toMatchObject({ status: 'copied' })
    expect(await manifestDigest(plain, 'skipped/pause', '3.0')).toBeUndefined()
  })

  it('rejects an unknown --schema1 value before any copy', async () => {
    const run = await runCli(sync(plain, 'bad', ['--schema1', 'drop']).args)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--schema1 "drop": expected one of convert, keep, skip')
  })

  describe.skipIf(!hasDockerd())('through a Docker daemon', () => {
    let daemon: Dockerd
    beforeAll(async () => {
      daemon = await startDockerd()
    }, 90_000)
    afterAll(async () => {
      await daemon?.stop()
    })

    it('docker pulls the converted image, with the diff_ids of the image it came from', async () => {
      const { args } = sync(plain, 'docker-pull', ['--images', 'pause'])
      const run = await runCli(args.map((a) => a.replace('/mirror', '/pulled')))
      expect(run.code, run.stderr).toBe(0)
      const env = { ...process.env, DOCKER_HOST: daemon.host }
      const ref = `${plain.host}/pulled/pause:3.0`
      execFileSync('docker', ['pull', '--quiet', ref], { env })
      const layers = JSON.parse(execFileSync('docker', ['image', 'inspect', '--format', '{{json .RootFS.Layers}}', ref], { env, encoding: 'utf8' })) as string[]
      expect(layers).toEqual(tars.map(sha256))
    })
  })
})
