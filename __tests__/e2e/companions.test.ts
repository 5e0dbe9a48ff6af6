import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushBlob, pushImage, pushIndex, pushManifest, randomLayer } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { AR_HOST, AR_PREFIX, K8S_HOST, startRedirectStandins, type RedirectStandins } from '../harness/redirect-standin'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readJson, runCli } from './cli'

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'

const REPOSITORY = `${AR_PREFIX}/k8s/pause`

/**
 * Signatures and the referrers fallback as registry.k8s.io serves them (under its host name, through
 * its Artifact Registry redirect): the companion tags (`sha256-<hex>.sig`, the OCI 1.1 fallback
 * index `sha256-<hex>`) are left out of the tag listing and answer 404 by digest, yet exist by tag.
 * They are found by tag, copied by tag after their subject, and the referrer the fallback index
 * lists comes along as its child.
 */
describe('companion tags and the referrers fallback', () => {
  let upstream: TestRegistry
  let target: TestRegistry
  let standins: RedirectStandins
  let dir: string
  let subject: string
  let signature: string
  let referrer: string
  let fallback: string
  const hidden = new Set<string>()

  beforeAll(async () => {
    ;[upstream, target] = await Promise.all([startRegistry(), startRegistry()])
    subject = (await pushImage(upstream, REPOSITORY, '3.9', { layers: [randomLayer(512, 901)], mediaType: 'oci' })).digest
    const hex = subject.slice('sha256:'.length)
    const config = Buffer.from('{}')
    const configDigest = await pushBlob(upstream, REPOSITORY, config)
    const artifact = async (layer: Buffer, layerType: string, extra: Record<string, unknown>): Promise<{ bytes: Buffer }> => {
      const layerDigest = await pushBlob(upstream, REPOSITORY, layer)
      const bytes = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_MANIFEST,
          config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
          layers: [{ mediaType: layerType, digest: layerDigest, size: layer.length }],
          ...extra
        })
      )
      return { bytes }
    }
    const sig = await artifact(Buffer.from('{"critical":{}}'), 'application/vnd.dev.cosign.simplesigning.v1+json', {})
    signature = await pushManifest(upstream, REPOSITORY, `sha256-${hex}.sig`, sig.bytes, OCI_MANIFEST)
    const sbom = await artifact(Buffer.from('{"spdxVersion":"SPDX-2.3"}'), 'application/spdx+json', {
      artifactType: 'application/spdx+json',
      subject: { mediaType: OCI_MANIFEST, digest: subject, size: 0 }
    })
    referrer = await pushManifest(upstream, REPOSITORY, `sha256:${createHash('sha256').update(sbom.bytes).digest('hex')}`, sbom.bytes, OCI_MANIFEST)
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [{ mediaType: OCI_MANIFEST, digest: referrer, size: sbom.bytes.length, artifactType: 'application/spdx+json' }]
      })
    )
    fallback = await pushManifest(upstream, REPOSITORY, `sha256-${hex}`, index, OCI_INDEX)
    for (const digest of [signature, fallback]) hidden.add(digest)
    standins = await startRedirectStandins(upstream, { pageCap: 100, hiddenCompanions: hidden })
    dir = await mkdtemp(join(tmpdir(), 'companions-'))
  })

  afterAll(async () => {
    await Promise.allSettled([upstream?.stop(), target?.stop(), standins?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('copies companions the listing omits, by tag, with the fallback index and its referrer', async () => {
    const report = join(dir, 'report.json')
    const run = await runCli(
      ['sync', '--source', `${K8S_HOST}/k8s`, '--images', 'pause', '--target', `${target.host}/m`, '--include-tags', '^3\\.9$', '--report', report, '--quiet'],
      standins.env
    )
    expect(run.code, run.stderr).toBe(0)
    const result = await readJson(report)
    const hex = subject.slice('sha256:'.length)
    expect(result.images.map((i: { tag: string }) => i.tag).sort()).toEqual(['3.9', `sha256-${hex}`, `sha256-${hex}.sig`])
    expect(result.copied).toBe(3)
    expect(await manifestDigest(target, 'm/pause', `sha256-${hex}.sig`)).toBe(signature)
    expect(await manifestDigest(target, 'm/pause', `sha256-${hex}`)).toBe(fallback)
    expect(await manifestDigest(target, 'm/pause', referrer)).toBe(referrer)
    // Read by tag: no GET of a companion by digest reached the region.
    const region = standins.requests.filter((r) => r.host === AR_HOST)
    expect(region.filter((r) => r.method === 'GET' && r.path.endsWith(`/manifests/${signature}`))).toEqual([])
    // Asked for by name: this host's listing is known to hide them.
    expect(region.filter((r) => r.method === 'HEAD' && r.path.endsWith(`/manifests/sha256-${hex}.att`))).toHaveLength(1)
  })

  it('leaves them out with --referrers false', async () => {
    const report = join(dir, 'off.json')
    const run = await runCli(
      [
        'sync',
        '--source',
        `${K8S_HOST}/k8s`,
        '--images',
        'pause',
        '--target',
        `${target.host}/off`,
        '--include-tags',
        '^3\\.9$',
        '--referrers',
        'false',
        '--report',
        report,
        '--quiet'
      ],
      standins.env
    )
    expect(run.code, run.stderr).toBe(0)
    expect((await readJson(report)).images.map((i: { tag: string }) => i.tag)).toEqual(['3.9'])
  })
})

/**
 * A source whose tag listing shows every tag (distribution, as gcr.io, Quay and Docker Hub do): the
 * listing says which companion tags exist, so none is asked for by name. A run over N plain tags
 * and a two-platform one (whose children's referrers are looked for by their fallback tags) sends
 * no request for a companion tag; a `.sig` the listing shows is still copied.
 */
describe('companion tags of a complete listing', () => {
  const TAGS = ['1', '2', '3', '4', '5', '6', '7', '8']
  let upstream: TestRegistry
  let target: TestRegistry
  let proxy: TestProxy
  let dir: string
  const digests: string[] = []

  beforeAll(async () => {
    ;[upstream, target] = await Promise.all([startRegistry(), startRegistry()])
    for (const [i, tag] of TAGS.entries()) digests.push((await pushImage(upstream, 'lib/app', tag, { layers: [randomLayer(256, 950 + i)] })).digest)
    const platforms = ['amd64', 'arm64'].map((architecture, i) => ({ layers: [randomLayer(256, 970 + i)], platform: { os: 'linux', architecture } }))
    await pushIndex(upstream, 'lib/multi', 'm1', { images: platforms })
    proxy = await startProxy(upstream.url)
    dir = await mkdtemp(join(tmpdir(), 'companions-listed-'))
  })

  afterAll(async () => {
    await Promise.allSettled([upstream?.stop(), target?.stop(), proxy?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const companionRequests = (): string[] => proxy.requests.filter((r) => /\/manifests\/sha256-/.test(r.path)).map((r) => `${r.method} ${r.path}`)
  const sync = (namespace: string, report: string) =>
    runCli(['sync', '--source', `${proxy.host}/lib`, '--target', `${target.host}/${namespace}`, '--report', report, '--quiet'])

  it('asks for no companion tag when the listing shows none', async () => {
    const report = join(dir, 'none.json')
    const run = await sync('none', report)
    expect(run.code, run.stderr).toBe(0)
    expect((await readJson(report)).copied).toBe(TAGS.length + 1)
    expect(companionRequests()).toEqual([])
  })

  it('copies a .sig tag the listing shows, and asks for no other', async () => {
    const hex = digests[2].slice('sha256:'.length)
    const config = Buffer.from('{}')
    const configDigest = await pushBlob(upstream, 'lib/app', config)
    const layer = Buffer.from('{"critical":{"image":{"docker-manifest-digest":"' + digests[2] + '"}}}')
    const layerDigest = await pushBlob(upstream, 'lib/app', layer)
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
        layers: [{ mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json', digest: layerDigest, size: layer.length }]
      })
    )
    const signature = await pushManifest(upstream, 'lib/app', `sha256-${hex}.sig`, bytes, OCI_MANIFEST)
    proxy.reset()
    const report = join(dir, 'sig.json')
    const run = await sync('sig', report)
    expect(run.code, run.stderr).toBe(0)
    const result = await readJson(report)
    expect(result.copied).toBe(TAGS.length + 2)
    expect(await manifestDigest(target, 'sig/app', `sha256-${hex}.sig`)).toBe(signature)
    // Only the listed tag itself is read: no HEAD of .att, .sbom or a fallback tag that is not there.
    expect(companionRequests().every((r) => r.includes(`/manifests/sha256-${hex}.sig`))).toBe(true)
  })
})
