import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDockerd, hasDockerd, type Dockerd } from '../harness/dockerd'
import { manifestDigest, pushImage, pushIndex, randomLayer } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { tarLayer } from '../harness/tar-layer'
import { readJson, runCli } from './cli'

const layer = (name: string, seed: number): Buffer => tarLayer(name, randomLayer(4096, seed))

interface ReportImage {
  source: string
  status: string
  digest: string
  targetDigest?: string
  tag: string
}

/**
 * Both engines where their guarantees overlap (single-platform images): every selected tag lands,
 * the report and ledger say so, a rerun copies nothing. Then what only the docker engine does:
 * pull/tag/push through a real daemon on a private socket, login with --password-stdin, a multi-arch
 * image reported as changed, local images removed.
 */
describe.skipIf(!hasDockerd())('engines: registry and docker', () => {
  let daemon: Dockerd
  let source: TestRegistry
  let target: TestRegistry
  let sourceProxy: TestProxy
  let dir: string
  const digests: Record<string, string> = {}
  let multiDigest: string

  beforeAll(async () => {
    ;[daemon, source, target] = await Promise.all([startDockerd(), startRegistry(), startRegistry({ auth: 'basic' })])
    sourceProxy = await startProxy(source.url)
    const base = layer('base', 1)
    for (const [i, tag] of ['v1', 'v2'].entries()) {
      digests[tag] = (await pushImage(source, 'corp/app', tag, { layers: [base, layer(`own-${tag}`, 10 + i)], mediaType: 'docker' })).digest
    }
    multiDigest = (
      await pushIndex(source, 'corp/multi', 'v1', {
        mediaType: 'docker',
        images: [
          { platform: { os: 'linux', architecture: 'amd64' }, layers: [base, layer('amd64', 20)] },
          { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }, layers: [base, layer('arm64', 21)] }
        ]
      })
    ).digest
    dir = await mkdtemp(join(tmpdir(), 'engines-'))
  }, 180_000)

  afterAll(async () => {
    await Promise.allSettled([daemon?.stop(), source?.stop(), target?.stop(), sourceProxy?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const credentials = (): Record<string, string> => ({ GCR_MIRROR_TARGET_USERNAME: target.username!, GCR_MIRROR_TARGET_PASSWORD: target.password! })

  describe.each(['registry', 'docker'] as const)('%s engine', (engine) => {
    it('mirrors single-platform tags, records them, and reruns without copying', async () => {
      const dockerConfig = join(dir, `${engine}-docker-config`)
      await mkdir(dockerConfig)
      const env = { ...credentials(), DOCKER_HOST: daemon.host, DOCKER_CONFIG: dockerConfig }
      const state = join(dir, `${engine}-state.json`)
      const report = join(dir, `${engine}-report.json`)
      const args = [
        'sync',
        '--engine',
        engine,
        '--source',
        `${sourceProxy.host}/corp`,
        '--images',
        'app',
        '--target',
        `${target.host}/${engine}`,
        '--state-file',
        state,
        '--report',
        report,
        '--quiet'
      ]
      const first = await runCli(args, env)
      expect(first.code, first.stderr).toBe(0)
      const result = await readJson(report)
      expect(result).toMatchObject({ copied: 2, failed: 0, engine })
      for (const image of result.images as ReportImage[]) {
        expect(image.digest).toBe(digests[image.tag])
        expect(await manifestDigest(target, `${engine}/app`, image.tag)).toBe(image.targetDigest ?? image.digest)
      }
      const ledger = await readJson(state)
      expect(ledger.entries.map((e: { source: string }) => e.source).sort()).toEqual([`${sourceProxy.host}/corp/app:v1`, `${sourceProxy.host}/corp/app:v2`])

      sourceProxy.reset()
      const again = await runCli(args, env)
      expect(again.code).toBe(0)
      expect(await readJson(report)).toMatchObject({ copied: 0, skipped: 2 })
      expect(sourceProxy.requests.filter((r) => r.method === 'GET' && r.path !== '/v2/' && !r.path.includes('/tags/list'))).toEqual([])

      const everything = [first.stdout, first.stderr, again.stdout, await readFile(report, 'utf8'), await readFile(state, 'utf8')].join('\n')
      expect(everything).not.toContain(target.password!)
    })
  })

  it('docker engine: a multi-arch image lands as one platform, reported with the digest that landed, warned once', async () => {
    const dockerConfig = join(dir, 'multi-docker-config')
    await mkdir(dockerConfig)
    const report = join(dir, 'multi.json')
    const state = join(dir, 'multi-state.json')
    const env = { ...credentials(), DOCKER_HOST: daemon.host, DOCKER_CONFIG: dockerConfig }
    const args = [
      'sync',
      '--engine',
      'docker',
      '--source',
      `${source.host}/corp`,
      '--images',
      'multi',
      '--target',
      `${target.host}/docker`,
      '--report',
      report,
      '--state-file',
      state,
      '--quiet'
    ]
    const run = await runCli(args, env)
    expect(run.code, run.stderr).toBe(0)
    const [image] = (await readJson(report)).images as ReportImage[]
    expect(image.digest).toBe(multiDigest)
    expect(image.targetDigest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(image.targetDigest).not.toBe(multiDigest)
    expect(await manifestDigest(target, 'docker/multi', 'v1')).toBe(image.targetDigest)
    expect(run.stderr.match(/different digest/g)).toHaveLength(1)
    expect((await readJson(state)).entries[0]).toMatchObject({ digest: multiDigest, targetDigest: image.targetDigest })

    const again = await runCli(args, env)
    expect(await readJson(report)).toMatchObject({ copied: 0, skipped: 1 })
    expect(again.code).toBe(0)

    const images = spawnSync('docker', ['-H', daemon.host, 'images', '-q'], { encoding: 'utf8' })
    expect(images.status).toBe(0)
    expect(images.stdout.trim()).toBe('')
  })

  it('docker engine: one failing tag does not stop the others', async () => {
    const report = join(dir, 'partial.json')
    const run = await runCli(
      [
        'sync',
        '--engine',
        'docker',
        '--source',
        `${source.host}/corp`,
        '--images',
        'app,missing',
        '--target',
        `${target.host}/partial`,
        '--report',
        report,
        '--quiet'
      ],
      { ...credentials(), DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(dir, 'registry-docker-config') }
    )
    expect(run.code).toBe(1)
    expect(await readJson(report)).toMatchObject({ copied: 2, failed: 1 })
  })
})
