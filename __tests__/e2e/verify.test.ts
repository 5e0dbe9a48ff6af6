import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, pushIndex, randomLayer, type PushedImage, type PushedIndex } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { shareOf, VERIFY_PERIOD } from '../../src/sync/target/verify'
import { readJson, runCli } from './cli'

interface Image {
  source: string
  status: string
  reason?: string
  planned?: string
  why?: string
}
interface Report {
  copied: number
  skipped: number
  failed: number
  verified: number
  repaired: number
  images: Image[]
}

/**
 * `--verify` end to end (issue 21, item 2): a mirror's target loses a tag, a layer, a child manifest
 * of an index, or everything (distribution 2.8 with deletes enabled, counted through a proxy);
 * reruns notice it and copy it again, and skopeo reads every tag back from the target afterwards.
 */
describe('gcr-mirror sync --verify', () => {
  let source: TestRegistry
  let target: TestRegistry
  let proxy: TestProxy
  let dir: string
  let state: string
  let reportPath: string
  let tagless: PushedImage
  let layered: PushedImage
  let index: PushedIndex
  const repositories = ['tagless', 'layered', 'index', 'steady']

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    proxy = await startProxy(target.url)
    dir = await mkdtemp(join(tmpdir(), 'verify-'))
    state = join(dir, 'state.json')
    reportPath = join(dir, 'report.json')
    tagless = await pushImage(source, 'corp/tagless', 'v1', { layers: [randomLayer(2048, 701)] })
    layered = await pushImage(source, 'corp/layered', 'v1', { layers: [randomLayer(2048, 702), randomLayer(1024, 703)] })
    index = await pushIndex(source, 'corp/index', 'v1', {
      images: [
        { layers: [randomLayer(1024, 704)], platform: { os: 'linux', architecture: 'amd64' } },
        { layers: [randomLayer(1024, 705)], platform: { os: 'linux', architecture: 'arm64' } }
      ]
    })
    for (const tag of ['v1', 'v2', 'v3']) await pushImage(source, 'corp/steady', tag, { layers: [randomLayer(1024, 710 + tag.length + Number(tag[1]))] })
    const first = await sync('--verify', 'off')
    expect(first.copied).toBe(6)
  }, 120_000)

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop(), proxy?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  async function sync(...extra: string[]): Promise<Report> {
    const run = await runCli([
      'sync',
      '--source',
      `${source.host}/corp`,
      '--target',
      `${proxy.host}/mirror`,
      '--state-file',
      state,
      '--report',
      reportPath,
      '--quiet',
      ...extra
    ])
    expect(run.code, run.stderr).toBe(0)
    return readJson<Report>(reportPath)
  }

  const repaired = (report: Report): string[] =>
    report.images
      .filter((i) => i.reason === 'repaired')
      .map((i) => i.source.slice(`${source.host}/corp/`.length))
      .sort()

  /** The three kinds of damage: the tag, a layer blob, a child manifest of the index. */
  async function damage(): Promise<void> {
    await rm(join(target.dataDir, 'docker/registry/v2/repositories/mirror/tagless/_manifests/tags/v1'), { recursive: true })
    expect((await fetch(`${target.url}/v2/mirror/layered/blobs/${layered.blobs[1]}`, { method: 'DELETE' })).status).toBe(202)
    expect((await fetch(`${target.url}/v2/mirror/index/manifests/${index.children[1]}`, { method: 'DELETE' })).status).toBe(202)
    expect(await manifestDigest(target, 'mirror/tagless', 'v1')).toBeUndefined()
    expect((await fetch(`${target.url}/v2/mirror/layered/blobs/${layered.blobs[1]}`, { method: 'HEAD' })).status).toBe(404)
  }

  /** skopeo reads every tag back from the target, every platform, every blob. */
  function readBack(): void {
    for (const [repository, tag] of [['tagless', 'v1'], ['layered', 'v1'], ['index', 'v1'], ...['v1', 'v2', 'v3'].map((t) => ['steady', t])]) {
      execFileSync(
        'skopeo',
        [
          'copy',
          '--all',
          '--quiet',
          '--src-tls-verify=false',
          `docker://${target.host}/mirror/${repository}:${tag}`,
          `oci:${join(dir, 'back')}:${repository}-${tag}`
        ],
        {
          stdio: 'pipe'
        }
      )
    }
  }

  it('off: a no-op rerun sends the target nothing', async () => {
    proxy.reset()
    const report = await sync('--verify', 'off')
    expect(report).toMatchObject({ copied: 0, skipped: 6, verified: 0, repaired: 0 })
    expect(proxy.requests).toEqual([])
  })

  it('sample: a no-op rerun costs one HEAD per repository plus the rotating share', async () => {
    proxy.reset()
    const report = await sync()
    const round = (await readJson<{ verifyRound: number }>(state)).verifyRound
    const share = report.images.filter((i) => shareOf(i.source) === round % VERIFY_PERIOD).map((i) => i.source)
    expect(report).toMatchObject({ copied: 0, failed: 0, repaired: 0 })
    expect(proxy.requests.every((r) => r.method === 'HEAD')).toBe(true)
    // By tag: a canary in each repository none of whose tags is in the share, and every tag of the share.
    const byTag = proxy.requests.filter((r) => /\/manifests\/v\d$/.test(r.path))
    const repositoriesInShare = new Set(share.map((s) => s.split('/').at(-1)!.split(':')[0]))
    expect(byTag).toHaveLength(share.length + repositories.filter((r) => !repositoriesInShare.has(r)).length)
    expect(report.verified).toBe(byTag.length)
    // By digest (children, blobs): only for the share (1 config + layers each; the index: 2 children with 2 blobs).
    const blobsOf: Record<string, number> = { tagless: 2, layered: 3, index: 6, steady: 2 }
    const byDigest = proxy.requests.length - byTag.length
    expect(byDigest).toBe(share.reduce((sum, s) => sum + blobsOf[s.split('/').at(-1)!.split(':')[0]], 0))
    console.log(`verify sample no-op: ${proxy.requests.length} target requests for 6 recorded tags in 4 repositories (share ${share.length})`)
  })

  it('sample (the default) repairs a lost tag at once, a lost layer and a lost child manifest within 7 runs', async () => {
    await damage()
    const first = await sync()
    // A canary is checked in every repository whose tags are not in this run's share: tagless has one tag only.
    expect(repaired(first)).toContain('tagless:v1')
    expect(first.images.find((i) => i.source.endsWith('/tagless:v1'))).toMatchObject({ status: 'copied', reason: 'repaired' })
    const all = new Set(repaired(first))
    for (let run = 2; run <= VERIFY_PERIOD && all.size < 3; run++) for (const tag of repaired(await sync())) all.add(tag)
    expect([...all].sort()).toEqual(['index:v1', 'layered:v1', 'tagless:v1'])
    expect(await manifestDigest(target, 'mirror/tagless', 'v1')).toBe(tagless.digest)
    readBack()
  }, 120_000)

  it('full repairs all three in one run; a dry run reports the repairs it would make', async () => {
    await damage()
    const dry = await sync('--verify', 'full', '--dry-run')
    expect(dry.images.filter((i) => i.planned === 'repair').map((i) => i.source.split('/').at(-1))).toEqual(['index:v1', 'layered:v1', 'tagless:v1'])
    expect(dry.images.find((i) => i.source.endsWith('/layered:v1'))?.why).toBe(`the target lost blob ${layered.blobs[1]}`)
    expect(dry.images.find((i) => i.source.endsWith('/index:v1'))?.why).toBe(`the target lost child manifest ${index.children[1]}`)
    expect(dry.images.find((i) => i.source.endsWith('/tagless:v1'))?.why).toBe('the target lost the tag')
    expect(await manifestDigest(target, 'mirror/tagless', 'v1')).toBeUndefined()

    const report = await sync('--verify', 'full')
    expect(repaired(report)).toEqual(['index:v1', 'layered:v1', 'tagless:v1'])
    expect(report).toMatchObject({ verified: 6, repaired: 3, failed: 0 })
    readBack()
    // Whole again: the next full check repairs nothing.
    expect(await sync('--verify', 'full')).toMatchObject({ verified: 6, repaired: 0 })
  }, 120_000)

  it('a wiped target is noticed by the next default run, which checks and repairs everything', async () => {
    await rm(join(target.dataDir, 'docker'), { recursive: true, force: true })
    const run = await runCli(['sync', '--source', `${source.host}/corp`, '--target', `${proxy.host}/mirror`, '--state-file', state, '--report', reportPath])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/verified 6, repaired 6/)
    const report = await readJson<Report>(reportPath)
    expect(report).toMatchObject({ copied: 6, repaired: 6, failed: 0 })
    readBack()
  }, 120_000)
})
