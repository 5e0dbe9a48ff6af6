import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, pushIndex, randomLayer, type Platform, type PushedIndex } from '../harness/fixtures'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

const PLATFORMS: Platform[] = [
  { os: 'linux', architecture: 'amd64' },
  { os: 'linux', architecture: 'arm64', variant: 'v8' },
  { os: 'linux', architecture: 's390x' }
]

/** What another implementation (skopeo) reads from the target: the raw manifest bytes. */
function skopeoRaw(
  registry: TestRegistry,
  reference: string
): { bytes: Buffer; json: { manifests?: Array<{ digest: string; platform?: Platform; annotations?: Record<string, string> }> } } {
  const bytes = execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/${reference}`])
  return { bytes, json: JSON.parse(bytes.toString()) }
}

/**
 * `--platforms` end to end: a three-platform OCI index with buildkit attestations, a Docker manifest
 * list and single-platform images, mirrored between two real registries with two of the platforms.
 */
describe('gcr-mirror sync --platforms', () => {
  let source: TestRegistry
  let target: TestRegistry
  let dir: string
  let oci: PushedIndex
  let docker: PushedIndex
  let amd64: string

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    dir = await mkdtemp(join(tmpdir(), 'platforms-'))
    const images = PLATFORMS.map((platform, i) => ({ platform, layers: [randomLayer(2048, 100 + i)] }))
    oci = await pushIndex(source, 'corp/app', 'v1', { images, mediaType: 'oci', attestation: true })
    docker = await pushIndex(source, 'corp/app', 'v1-docker', {
      images: images.map((im, i) => ({ ...im, layers: [randomLayer(2048, 200 + i)] })),
      mediaType: 'docker'
    })
    amd64 = (await pushImage(source, 'corp/app', 'amd64-only', { layers: [randomLayer(1024, 300)], platform: PLATFORMS[0] })).digest
    await pushImage(source, 'corp/app', 'armv7-only', { layers: [randomLayer(1024, 301)], platform: { os: 'linux', architecture: 'arm', variant: 'v7' } })
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('writes filtered indexes (attestations of dropped platforms dropped), reports and records the new digests', async () => {
    const state = join(dir, 'state.json')
    const report = join(dir, 'report.json')
    const args = ['sync', '--source', `${source.host}/corp`, '--target', `${target.host}/mirror`, '--platforms', 'linux/amd64,linux/arm64']
    const run = await runCli([...args, '--state-file', state, '--report', report, '--quiet'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const result = await readJson(report)
    const byTag = (tag: string) => result.images.find((i: { tag: string }) => i.tag === tag)

    // OCI index: amd64 and arm64/v8 with their attestations; s390x and its attestation gone.
    const ociRaw = skopeoRaw(target, 'mirror/app:v1')
    expect(ociRaw.json.manifests!.map((m) => m.digest)).toEqual(oci.children.slice(0, 4))
    expect(ociRaw.json.manifests!.filter((m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest')).toHaveLength(2)
    const ociTargetDigest = await manifestDigest(target, 'mirror/app', 'v1')
    expect(ociTargetDigest).not.toBe(oci.digest)
    expect(byTag('v1')).toMatchObject({ status: 'copied', digest: oci.digest, targetDigest: ociTargetDigest, platforms: ['linux/amd64', 'linux/arm64/v8'] })
    for (const dropped of oci.children.slice(4)) expect(await manifestDigest(target, 'mirror/app', dropped)).toBeUndefined()

    // Docker manifest list: the same two platforms.
    const dockerRaw = skopeoRaw(target, 'mirror/app:v1-docker')
    expect(dockerRaw.json.manifests!.map((m) => m.platform!.architecture)).toEqual(['amd64', 'arm64'])
    expect(byTag('v1-docker')).toMatchObject({ status: 'copied', digest: docker.digest, targetDigest: await manifestDigest(target, 'mirror/app', 'v1-docker') })
    expect(byTag('v1-docker').targetDigest).not.toBe(docker.digest)

    // Single-platform images: a wanted one keeps its digest; another platform is skipped with a reason.
    expect(byTag('amd64-only')).toMatchObject({ status: 'copied', digest: amd64 })
    expect(byTag('amd64-only').targetDigest).toBeUndefined()
    expect(await manifestDigest(target, 'mirror/app', 'amd64-only')).toBe(amd64)
    expect(byTag('armv7-only')).toMatchObject({ status: 'skipped', reason: 'platform-not-selected', platforms: ['linux/arm/v7'] })
    expect(await manifestDigest(target, 'mirror/app', 'armv7-only')).toBeUndefined()

    const ledger = await readJson(state)
    expect(ledger.entries.find((e: { source: string }) => e.source.endsWith('/corp/app:v1'))).toMatchObject({
      digest: oci.digest,
      targetDigest: ociTargetDigest
    })
    expect(run.stdout).toContain(`changed digest ${target.host}/mirror/app:v1`)

    // Rerun with the ledger: nothing copied, the target digest still reported.
    const again = await runCli([...args, '--state-file', state, '--report', report, '--quiet'])
    expect(again.code).toBe(0)
    const second = await readJson(report)
    expect(second.copied).toBe(0)
    expect(second.images.find((i: { tag: string }) => i.tag === 'v1')).toMatchObject({ status: 'skipped', reason: 'ledger', targetDigest: ociTargetDigest })

    // Without a ledger the target is recognised as having the filtered index.
    const fresh = await runCli([...args, '--report', report, '--quiet'])
    expect(fresh.code).toBe(0)
    const third = await readJson(report)
    expect(third.copied).toBe(0)
    expect(third.images.find((i: { tag: string }) => i.tag === 'v1')).toMatchObject({
      status: 'skipped',
      reason: 'target-has-it',
      targetDigest: ociTargetDigest
    })
  })

  it('keeps digests byte for byte without --platforms', async () => {
    const run = await runCli([
      'sync',
      '--source',
      `${source.host}/corp`,
      '--target',
      `${target.host}/full`,
      '--images',
      'app',
      '--include-tags',
      '^v1$',
      '--quiet'
    ])
    expect(run.code).toBe(0)
    expect(skopeoRaw(target, 'full/app:v1').json.manifests).toHaveLength(6)
    expect(await manifestDigest(target, 'full/app', 'v1')).toBe(oci.digest)
  })

  it('fails (exit 1) a run whose --platforms leave out every selected tag, naming what the tags offer, dry run or not', async () => {
    const args = ['sync', '--source', `${source.host}/corp`, '--target', `${target.host}/ppc`, '--platforms', 'linux/ppc64le', '--quiet']
    for (const extra of [[], ['--dry-run']]) {
      const run = await runCli([...args, ...extra])
      expect(run.code, run.stderr).toBe(1)
      expect(run.stderr.trim()).toMatch(
        /^gcr-mirror: 4 tags selected under 127\.0\.0\.1:\d+\/corp, none has a platform in --platforms linux\/ppc64le \(they offer linux\/amd64, linux\/arm\/v7, linux\/arm64\/v8, linux\/s390x\); nothing to mirror$/
      )
    }
    expect(await manifestDigest(target, 'ppc/app', 'amd64-only')).toBeUndefined()
  })

  it('previews what the real run does: a dry run leaves out the tags --platforms leaves out', async () => {
    const report = join(dir, 'dry.json')
    const args = ['sync', '--source', `${source.host}/corp`, '--target', `${target.host}/dry`, '--platforms', 'linux/amd64', '--quiet']
    const run = await runCli([...args, '--dry-run', '--report', report])
    expect(run.code, run.stderr).toBe(0)
    const planned = (await readJson(report)).images.map((i: { tag: string; reason: string }) => `${i.tag} ${i.reason}`).sort()
    expect(planned).toEqual(['amd64-only dry-run', 'armv7-only platform-not-selected', 'v1 dry-run', 'v1-docker dry-run'])
    expect(run.stdout).not.toMatch(/would copy +app:armv7-only/)
    expect(run.stdout).toMatch(/would copy +app:amd64-only/)
  })

  it('refuses a malformed platform with exit 2, naming the option', async () => {
    const run = await runCli(['sync', '--source', `${source.host}/corp`, '--target', `${target.host}/x`, '--platforms', 'linux'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--platforms "linux": expected OS\/ARCH\[\/VARIANT\]/)
  })
})
