import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushBlob, pushImage, pushManifest, randomLayer } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readJson, runCli } from './cli'

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'

/**
 * Signatures and the referrers fallback as registry.k8s.io serves them: the companion tags
 * (`sha256-<hex>.sig`, the OCI 1.1 fallback index `sha256-<hex>`) are left out of the tag listing
 * and answer 404 by digest, yet exist by tag. They are found by tag, copied by tag after their
 * subject, and the referrer the fallback index lists comes along as its child.
 */
describe('companion tags and the referrers fallback', () => {
  let upstream: TestRegistry
  let target: TestRegistry
  let region: TestProxy
  let dir: string
  let subject: string
  let signature: string
  let referrer: string
  let fallback: string
  const hidden = new Set<string>()

  beforeAll(async () => {
    ;[upstream, target] = await Promise.all([startRegistry(), startRegistry()])
    subject = (await pushImage(upstream, 'k8s/pause', '3.9', { layers: [randomLayer(512, 901)], mediaType: 'oci' })).digest
    const hex = subject.slice('sha256:'.length)
    const config = Buffer.from('{}')
    const configDigest = await pushBlob(upstream, 'k8s/pause', config)
    const artifact = async (layer: Buffer, layerType: string, extra: Record<string, unknown>): Promise<{ bytes: Buffer }> => {
      const layerDigest = await pushBlob(upstream, 'k8s/pause', layer)
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
    signature = await pushManifest(upstream, 'k8s/pause', `sha256-${hex}.sig`, sig.bytes, OCI_MANIFEST)
    const sbom = await artifact(Buffer.from('{"spdxVersion":"SPDX-2.3"}'), 'application/spdx+json', {
      artifactType: 'application/spdx+json',
      subject: { mediaType: OCI_MANIFEST, digest: subject, size: 0 }
    })
    referrer = await pushManifest(upstream, 'k8s/pause', `sha256:${createHash('sha256').update(sbom.bytes).digest('hex')}`, sbom.bytes, OCI_MANIFEST)
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [{ mediaType: OCI_MANIFEST, digest: referrer, size: sbom.bytes.length, artifactType: 'application/spdx+json' }]
      })
    )
    fallback = await pushManifest(upstream, 'k8s/pause', `sha256-${hex}`, index, OCI_INDEX)
    for (const digest of [signature, fallback]) hidden.add(digest)
    // The region: companion tags left out of tags/list, companions by digest 404.
    region = await startProxy(upstream.url, {
      rewrite: async (req, response) => {
        if (/\/tags\/list/.test(req.path) && response.status === 200) {
          const page = JSON.parse(response.body.toString()) as { name: string; tags: string[] }
          return { status: 200, body: Buffer.from(JSON.stringify({ ...page, tags: page.tags.filter((t) => !t.startsWith('sha256-')) })) }
        }
        const byDigest = /\/manifests\/(sha256:[a-f0-9]{64})$/.exec(req.path)
        if (byDigest && hidden.has(byDigest[1]))
          return { status: 404, body: Buffer.from('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}') }
        return undefined
      }
    })
    dir = await mkdtemp(join(tmpdir(), 'companions-'))
  })

  afterAll(async () => {
    await Promise.allSettled([upstream?.stop(), target?.stop(), region?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('copies companions the listing omits, by tag, with the fallback index and its referrer', async () => {
    const report = join(dir, 'report.json')
    const run = await runCli([
      'sync',
      '--source',
      `${region.host}/k8s`,
      '--target',
      `${target.host}/m`,
      '--include-tags',
      '^3\\.9$',
      '--report',
      report,
      '--quiet'
    ])
    expect(run.code, run.stderr).toBe(0)
    const result = await readJson(report)
    const hex = subject.slice('sha256:'.length)
    expect(result.images.map((i: { tag: string }) => i.tag).sort()).toEqual(['3.9', `sha256-${hex}`, `sha256-${hex}.sig`])
    expect(result.copied).toBe(3)
    expect(await manifestDigest(target, 'm/pause', `sha256-${hex}.sig`)).toBe(signature)
    expect(await manifestDigest(target, 'm/pause', `sha256-${hex}`)).toBe(fallback)
    expect(await manifestDigest(target, 'm/pause', referrer)).toBe(referrer)
    // Read by tag: no GET of a companion by digest reached the region.
    expect(region.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/manifests/${signature}`))).toEqual([])
  })

  it('leaves them out with --referrers false', async () => {
    const report = join(dir, 'off.json')
    const run = await runCli([
      'sync',
      '--source',
      `${region.host}/k8s`,
      '--target',
      `${target.host}/off`,
      '--include-tags',
      '^3\\.9$',
      '--referrers',
      'false',
      '--report',
      report,
      '--quiet'
    ])
    expect(run.code, run.stderr).toBe(0)
    expect((await readJson(report)).images.map((i: { tag: string }) => i.tag)).toEqual(['3.9'])
  })
})
