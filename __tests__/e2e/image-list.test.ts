import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, pushIndex, randomLayer, type PushedImage, type PushedIndex } from '../harness/fixtures'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runActionMain, runCli } from './cli'

const run = promisify(execFile)

/** The exact manifest bytes a registry serves, as skopeo reads them. */
async function rawManifest(reference: string): Promise<Buffer> {
  const { stdout } = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`], { encoding: 'buffer' })
  return stdout
}

interface ReportImage {
  source: string
  target: string
  digest: string
  status: string
  platforms?: string[]
  error: string | null
}

/** `gcr-mirror sync --images REF... / --images-file FILE` without --source: full references from two registries into one target. */
describe('gcr-mirror sync with an image list', () => {
  let one: TestRegistry
  let two: TestRegistry
  let target: TestRegistry
  let dir: string
  let multi: PushedIndex
  let tool: PushedImage
  let pinned: PushedImage
  let other: PushedImage

  beforeAll(async () => {
    ;[one, two, target] = await Promise.all([startRegistry(), startRegistry(), startRegistry()])
    dir = await mkdtemp(join(tmpdir(), 'image-list-'))
    multi = await pushIndex(one, 'google-containers/pause', '3.9', {
      images: [
        { platform: { os: 'linux', architecture: 'amd64' }, layers: [randomLayer(1024, 700)] },
        { platform: { os: 'linux', architecture: 'arm64' }, layers: [randomLayer(1024, 701)] }
      ]
    })
    await pushImage(one, 'google-containers/pause', '3.8', { layers: [randomLayer(1024, 702)] })
    tool = await pushImage(two, 'team/tool', 'v1', { layers: [randomLayer(1024, 703)] })
    await pushImage(two, 'team/tool', 'v2', { layers: [randomLayer(1024, 704)] })
    pinned = await pushImage(two, 'team/pinned', 'moving', { layers: [randomLayer(1024, 705)] })
    other = await pushImage(one, 'x/app', 'v1', { layers: [randomLayer(1024, 706)] })
    await pushImage(two, 'x/app', 'v1', { layers: [randomLayer(1024, 707)] })
  })

  afterAll(async () => {
    await Promise.allSettled([one?.stop(), two?.stop(), target?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const files = (name: string): { state: string; report: string; list: string } => ({
    state: join(dir, `${name}-ledger.json`),
    report: join(dir, `${name}-report.json`),
    list: join(dir, `${name}.txt`)
  })

  it('mirrors entries of two registries into one target: every platform byte for byte, a digest entry, every tag; a rerun copies nothing', async () => {
    const { state, report, list } = files('mixed')
    await writeFile(
      list,
      [
        '# images from two registries',
        `${one.host}/google-containers/pause:3.9`,
        '',
        `${two.host}/team/tool   # every tag`,
        `${two.host}/team/pinned@${pinned.digest}`
      ].join('\n')
    )
    const args = ['sync', '--target', `${target.host}/mirror`, '--images-file', list, '--state-file', state, '--report', report, '--quiet']
    const first = await runCli(args)
    expect(first.stderr).not.toMatch(/error|warning/)
    expect(first.code).toBe(0)
    const result = await readJson<{ copied: number; failed: number; images: ReportImage[]; mirrors: unknown[] }>(report)
    expect(result).toMatchObject({ copied: 4, failed: 0 })
    expect(result.mirrors).toHaveLength(2)
    const pause = result.images.find((i) => i.source === `${one.host}/google-containers/pause:3.9`)!
    expect(pause).toMatchObject({ target: `${target.host}/mirror/google-containers/pause:3.9`, digest: multi.digest, status: 'copied' })
    expect(pause.platforms).toEqual(['linux/amd64', 'linux/arm64'])
    const copied = await rawManifest(`${target.host}/mirror/google-containers/pause:3.9`)
    expect(copied.equals(await rawManifest(`${one.host}/google-containers/pause:3.9`))).toBe(true)
    expect(`sha256:${createHash('sha256').update(copied).digest('hex')}`).toBe(multi.digest)
    // 3.8 was not listed: only the tag named.
    expect(await manifestDigest(target, 'mirror/google-containers/pause', '3.8')).toBeUndefined()
    expect(await manifestDigest(target, 'mirror/team/tool', 'v1')).toBe(tool.digest)
    expect(await manifestDigest(target, 'mirror/team/tool', 'v2')).toBeDefined()
    // A digest entry lands on sha256_<hex>, not on the referrers fallback tag sha256-<hex>.
    const hex = pinned.digest.slice('sha256:'.length)
    expect(await manifestDigest(target, 'mirror/team/pinned', `sha256_${hex}`)).toBe(pinned.digest)
    expect(result.images.find((i) => i.digest === pinned.digest)!.source).toBe(`${two.host}/team/pinned@${pinned.digest}`)

    const again = await runCli(args)
    expect(again.code).toBe(0)
    expect(await readJson(report)).toMatchObject({ copied: 0, skipped: 4, failed: 0 })
  })

  it('folds every image into one repository, the name in the tag, and resolves a name two registries share', async () => {
    const { state, report } = files('folded')
    const images = [`${one.host}/x/app:v1`, `${two.host}/x/app:v1`, `${two.host}/team/tool:v1 platforms=linux/amd64`].join('\n')
    const result = await runCli([
      'sync',
      '--target',
      `${target.host}/flat`,
      '--images',
      images,
      '--fold-into',
      'images',
      '--state-file',
      state,
      '--report',
      report,
      '--quiet'
    ])
    expect(result.code).toBe(0)
    const json = await readJson<{ copied: number; images: ReportImage[]; collisions: Array<{ target: string; sources: string[]; resolution: string }> }>(report)
    expect(json.copied).toBe(3)
    expect(await manifestDigest(target, 'flat/images', 'x_app_v1')).toBe(other.digest)
    const renamed = `${two.host.replace(':', '-')}_x_app_v1`
    expect(await manifestDigest(target, 'flat/images', renamed)).toBeDefined()
    expect(await manifestDigest(target, 'flat/images', 'team_tool_v1')).toBe(tool.digest)
    expect(json.collisions).toEqual([
      expect.objectContaining({ target: `${target.host}/flat/images:x_app_*`, sources: [`${one.host}/x/app`, `${two.host}/x/app`] })
    ])
    // Reversible from the report: each folded target next to its source.
    expect(json.images.find((i) => i.target === `${target.host}/flat/images:${renamed}`)!.source).toBe(`${two.host}/x/app:v1`)
  })

  it('takes => NAME:TAG and a platform subset per entry', async () => {
    const { state, report } = files('named')
    const entry = `${one.host}/google-containers/pause:3.9 => k8s/pause:arm platforms=linux/arm64`
    const result = await runCli(['sync', '--target', `${target.host}/named`, '--images', entry, '--state-file', state, '--report', report, '--quiet'])
    expect(result.code).toBe(0)
    const json = await readJson<{ images: ReportImage[] }>(report)
    expect(json.images).toEqual([expect.objectContaining({ target: `${target.host}/named/k8s/pause:arm`, status: 'copied', platforms: ['linux/arm64'] })])
    const index = JSON.parse((await rawManifest(`${target.host}/named/k8s/pause:arm`)).toString()) as {
      manifests: Array<{ platform: { architecture: string } }>
    }
    expect(index.manifests.map((m) => m.platform.architecture)).toEqual(['arm64'])
  })

  it('mirrors an image list given to the action through images with source empty', async () => {
    const runner = join(dir, 'runner')
    const report = join(dir, 'action-report.json')
    const images = `${one.host}/x/app:v1\n${two.host}/team/tool:v2`
    const result = await runActionMain({ target: `${target.host}/action`, images, report, 'state-file': join(dir, 'action-ledger.json') }, runner)
    expect(result.code).toBe(0)
    expect(await manifestDigest(target, 'action/x/app', 'v1')).toBe(other.digest)
    expect(await manifestDigest(target, 'action/team/tool', 'v2')).toBeDefined()
    expect(await readJson(report)).toMatchObject({ copied: 2, failed: 0 })
    expect(result.summary).toContain(`${two.host} → ${target.host}/action`)
  })

  it('refuses a bad line of the file naming FILE:LINE and the accepted forms, exit 2, before any copy', async () => {
    const { list, report } = files('bad')
    await writeFile(list, [`${one.host}/google-containers/pause:3.9`, '', 'nginx; rm -rf /'].join('\n'))
    const result = await runCli(['sync', '--target', `${target.host}/bad`, '--images-file', list, '--report', report, '--quiet'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`${list}:3`)
    expect(result.stderr).toMatch(/expected REGISTRY\/REPOSITORY/)
    expect(await manifestDigest(target, 'bad/google-containers/pause', '3.9')).toBeUndefined()
    const options = await runCli(['sync', '--target', `${target.host}/bad`, '--images', `${one.host}/x/app:v1 --source=evil`, '--quiet'])
    expect(options.code).toBe(2)
    expect(options.stderr).toMatch(/"--source=evil" is not understood; an entry is SOURCE \[=> NAME\[:TAG\]\]/)
  })
})
