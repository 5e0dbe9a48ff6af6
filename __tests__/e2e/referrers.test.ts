import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getManifest, manifestDigest, pushBlob, pushImage, pushIndex, pushManifest, randomLayer } from '../harness/fixtures'
import { startProxy } from '../harness/proxy'
import { startReferrersStandin, type ReferrersStandin } from '../harness/referrers-standin'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const EMPTY = 'application/vnd.oci.empty.v1+json'
const SIG = 'application/vnd.dev.cosign.artifact.sig.v1+json'
const SBOM = 'application/spdx+json'

interface Pushed {
  digest: string
  size: number
}

const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`
const fallbackTag = (digest: string): string => digest.replace(':', '-')

/** Pushes an OCI 1.1 artifact (empty config, one layer) by digest; with `subject`, a referrer of it. */
async function pushArtifact(registry: TestRegistry, repository: string, artifactType: string, content: string, subject?: Pushed): Promise<Pushed> {
  const config = Buffer.from('{}')
  const layer = Buffer.from(content)
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType,
      config: { mediaType: EMPTY, digest: await pushBlob(registry, repository, config), size: config.length },
      layers: [{ mediaType: artifactType, digest: await pushBlob(registry, repository, layer), size: layer.length }],
      ...(subject ? { subject: { mediaType: OCI_MANIFEST, digest: subject.digest, size: subject.size } } : {}),
      annotations: { 'org.opencontainers.image.created': '2026-12-01T00:00:00Z' }
    })
  )
  await pushManifest(registry, repository, sha256(bytes), bytes, OCI_MANIFEST)
  return { digest: sha256(bytes), size: bytes.length }
}

/** The descriptor a referrers list holds for an artifact pushed by pushArtifact. */
const entryOf = (artifact: Pushed, artifactType: string): Record<string, unknown> => ({
  mediaType: OCI_MANIFEST,
  digest: artifact.digest,
  size: artifact.size,
  artifactType,
  annotations: { 'org.opencontainers.image.created': '2026-12-01T00:00:00Z' }
})

/** The referrers API's answer of a stand-in. */
async function referrersOf(standin: ReferrersStandin, repository: string, digest: string, query = ''): Promise<{ digests: string[]; headers: Headers }> {
  const response = await fetch(`${standin.url}/v2/${repository}/referrers/${digest}${query}`)
  expect(response.status).toBe(200)
  const index = (await response.json()) as { manifests: Array<{ digest: string }> }
  return { digests: index.manifests.map((m) => m.digest).sort(), headers: response.headers }
}

/** The digests a fallback tag index lists on a registry (none when the tag is absent). */
async function fallbackList(registry: TestRegistry, repository: string, subject: string): Promise<string[] | undefined> {
  const found = await getManifest(registry, repository, fallbackTag(subject))
  if (!found) return undefined
  return (JSON.parse(found.bytes.toString()) as { manifests: Array<{ digest: string }> }).manifests.map((m) => m.digest).sort()
}

/**
 * OCI 1.1 referrers (issue 12, "Signatures and referrers"; distribution-spec v1.1 "Listing
 * Referrers", "Pushing Manifests with Subject", "Referrers Tag Schema"). Registry 2.8 has no
 * referrers API, so the API side is a stand-in in front of a real 2.8 (harness/referrers-standin.ts);
 * the plain side is 2.8 itself, where referrers live in the fallback tag `sha256-<hex>`.
 */
describe('OCI referrers', () => {
  let sourceRegistry: TestRegistry
  let apiSource: ReferrersStandin
  let targetRegistry: TestRegistry
  let apiTarget: ReferrersStandin
  let plainTarget: TestRegistry
  let plainSource: TestRegistry
  let dir: string
  let image: Pushed
  let signature: Pushed
  let sbom: Pushed
  let sbomSignature: Pushed
  let multi: { digest: string; children: string[] }
  let childSbom: Pushed

  beforeAll(async () => {
    ;[sourceRegistry, targetRegistry, plainTarget, plainSource] = await Promise.all([startRegistry(), startRegistry(), startRegistry(), startRegistry()])
    // Pages of one referrer: the client must follow Link headers.
    apiSource = await startReferrersStandin(sourceRegistry, { pageSize: 1 })
    apiTarget = await startReferrersStandin(targetRegistry)
    const source = apiSource.registry
    const pushed = await pushImage(source, 'app/web', 'v1', { layers: [randomLayer(700, 1201)], mediaType: 'oci' })
    image = { digest: pushed.digest, size: pushed.size }
    signature = await pushArtifact(source, 'app/web', SIG, '{"critical":{"image":{}}}', image)
    sbom = await pushArtifact(source, 'app/web', SBOM, '{"spdxVersion":"SPDX-2.3"}', image)
    // A signature of the SBOM: a referrer's referrer.
    sbomSignature = await pushArtifact(source, 'app/web', SIG, '{"critical":{"sbom":{}}}', sbom)
    multi = await pushIndex(source, 'app/web', 'multi', {
      images: [
        { layers: [randomLayer(300, 1202)], platform: { os: 'linux', architecture: 'amd64' } },
        { layers: [randomLayer(300, 1203)], platform: { os: 'linux', architecture: 'arm64' } }
      ]
    })
    const child = (await getManifest(source, 'app/web', multi.children[0]))!
    childSbom = await pushArtifact(source, 'app/web', SBOM, '{"spdxVersion":"SPDX-2.3","child":1}', { digest: multi.children[0], size: child.bytes.length })
    dir = await mkdtemp(join(tmpdir(), 'referrers-'))
  })

  afterAll(async () => {
    await Promise.allSettled([apiSource?.stop(), apiTarget?.stop()])
    await Promise.allSettled([sourceRegistry?.stop(), targetRegistry?.stop(), plainTarget?.stop(), plainSource?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  /** What the last sync printed on stdout (the summary). */
  let printed = ''
  const sync = async (source: string, target: string, name: string, extra: string[] = []): Promise<any> => {
    const report = join(dir, `${name}.json`)
    const run = await runCli([
      'sync',
      '--source',
      source,
      '--target',
      target,
      '--report',
      report,
      '--state-file',
      join(dir, `${name}.state.json`),
      '--quiet',
      ...extra
    ])
    expect(run.code, run.stderr).toBe(0)
    printed = run.stdout
    return readJson(report)
  }
  const tagOf = (report: any, tag: string): any => report.images.find((i: { tag: string }) => i.tag === tag)

  it('copies referrers API to referrers API: the target lists the same referrers, at every depth and for index children', async () => {
    apiSource.reset()
    const report = await sync(`${apiSource.host}/app`, `${apiTarget.host}/m`, 'api-api')
    expect(tagOf(report, 'v1')).toMatchObject({ status: 'copied', referrers: 3 })
    expect(tagOf(report, 'multi')).toMatchObject({ status: 'copied', referrers: 1 })
    expect(printed).toContain(': copied 2 (with 4 referrers), skipped 0, failed 0')
    expect((await referrersOf(apiTarget, 'm/web', image.digest)).digests).toEqual([signature.digest, sbom.digest].sort())
    expect((await referrersOf(apiTarget, 'm/web', sbom.digest)).digests).toEqual([sbomSignature.digest])
    expect((await referrersOf(apiTarget, 'm/web', multi.children[0])).digests).toEqual([childSbom.digest])
    // The descriptors are the source's: digests, sizes, artifactType, annotations.
    const listed = (await (await fetch(`${apiTarget.url}/v2/m/web/referrers/${image.digest}`)).json()) as { manifests: unknown[] }
    expect(listed.manifests).toEqual(expect.arrayContaining([entryOf(signature, SIG), entryOf(sbom, SBOM)]))
    // The target answered OCI-Subject, so no fallback tag was written.
    expect(await manifestDigest(targetRegistry, 'm/web', fallbackTag(image.digest))).toBeUndefined()
    // The stand-in filters as the spec says, and says so.
    const filtered = await referrersOf(apiTarget, 'm/web', image.digest, `?artifactType=${encodeURIComponent(SBOM)}`)
    expect(filtered.digests).toEqual([sbom.digest])
    expect(filtered.headers.get('oci-filters-applied')).toBe('artifactType')
    expect((await fetch(`${apiTarget.url}/v2/m/web/referrers/sha256:zz`)).status).toBe(400)
    // Asked once per subject (pages aside): v1, its 2 referrers and the SBOM's signature; the index,
    // its 2 children and the child's SBOM.
    const asked = apiSource.requests.filter((r) => r.path.includes('/referrers/'))
    const subjects = asked.map((r) => r.path.split('?')[0])
    expect(subjects.length - asked.filter((r) => r.path.includes('?')).length).toBe(8)
    expect(new Set(subjects).size).toBe(8)
    console.log(`api->api: ${apiSource.requests.length} source requests (${asked.length} referrers pages), ${apiTarget.requests.length} target requests`)
  })

  it('a rerun with the state file is a no-op: no referrers asked, nothing written', async () => {
    apiSource.reset()
    apiTarget.reset()
    const report = await sync(`${apiSource.host}/app`, `${apiTarget.host}/m`, 'api-api', ['--verify', 'off'])
    expect(report.copied).toBe(0)
    expect(apiSource.requests.filter((r) => r.path.includes('/referrers/'))).toEqual([])
    expect(apiSource.requests.filter((r) => r.method === 'GET' && r.path.includes('/manifests/'))).toEqual([])
    expect(apiTarget.requests).toEqual([])
  })

  it('copies referrers API to a plain registry 2.8 through the fallback tag, which skopeo reads', async () => {
    const report = await sync(`${apiSource.host}/app`, `${plainTarget.host}/m`, 'api-plain')
    expect(tagOf(report, 'v1')).toMatchObject({ status: 'copied', referrers: 3 })
    expect(await fallbackList(plainTarget, 'm/web', image.digest)).toEqual([signature.digest, sbom.digest].sort())
    expect(await fallbackList(plainTarget, 'm/web', sbom.digest)).toEqual([sbomSignature.digest])
    expect(await fallbackList(plainTarget, 'm/web', multi.children[0])).toEqual([childSbom.digest])
    expect(await manifestDigest(plainTarget, 'm/web', signature.digest)).toBe(signature.digest)
    const raw = JSON.parse(
      execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${plainTarget.host}/m/web:${fallbackTag(image.digest)}`], {
        encoding: 'utf8'
      })
    ) as { mediaType: string; manifests: unknown[] }
    expect(raw.mediaType).toBe(OCI_INDEX)
    expect(raw.manifests).toEqual(expect.arrayContaining([entryOf(signature, SIG), entryOf(sbom, SBOM)]))
  })

  it('copies a plain 2.8 source fallback tag index: byte for byte to a plain target, into the API of an API target', async () => {
    const pushed = await pushImage(plainSource, 'k8s/pause', '3.9', { layers: [randomLayer(400, 1204)], mediaType: 'oci' })
    const subject = { digest: pushed.digest, size: pushed.size }
    const sig = await pushArtifact(plainSource, 'k8s/pause', SIG, '{"critical":{"pause":{}}}', subject)
    const doc = await pushArtifact(plainSource, 'k8s/pause', SBOM, '{"spdxVersion":"SPDX-2.3","pause":1}', subject)
    const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [entryOf(sig, SIG), entryOf(doc, SBOM)] }))
    const fallback = await pushManifest(plainSource, 'k8s/pause', fallbackTag(subject.digest), index, OCI_INDEX)

    const plain = await sync(`${plainSource.host}/k8s`, `${plainTarget.host}/k8s`, 'plain-plain', ['--include-tags', '^3\\.9$'])
    expect(tagOf(plain, fallbackTag(subject.digest))).toMatchObject({ status: 'copied', referrers: 2 })
    expect(await manifestDigest(plainTarget, 'k8s/pause', fallbackTag(subject.digest))).toBe(fallback)
    expect(await manifestDigest(plainTarget, 'k8s/pause', doc.digest)).toBe(doc.digest)

    const api = await sync(`${plainSource.host}/k8s`, `${apiTarget.host}/k8s`, 'plain-api', ['--include-tags', '^3\\.9$'])
    expect(api.failed).toBe(0)
    expect((await referrersOf(apiTarget, 'k8s/pause', subject.digest)).digests).toEqual([sig.digest, doc.digest].sort())
  })

  it('makes one fallback tag of a source fallback tag and the API answer, each referrer pushed once', async () => {
    // A source that kept its fallback tag after it gained the API: the tag lists the SBOM, the API lists both.
    const source = apiSource.registry
    const pushed = await pushImage(source, 'app/both', 'v1', { layers: [randomLayer(500, 1205)], mediaType: 'oci' })
    const subject = { digest: pushed.digest, size: pushed.size }
    const sig = await pushArtifact(source, 'app/both', SIG, '{"critical":{"both":{}}}', subject)
    const doc = await pushArtifact(source, 'app/both', SBOM, '{"spdxVersion":"SPDX-2.3","both":1}', subject)
    const legacy = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [entryOf(doc, SBOM)] }))
    await pushManifest(source, 'app/both', fallbackTag(subject.digest), legacy, OCI_INDEX)
    const counting = await startProxy(plainTarget.url)
    try {
      const report = await sync(`${apiSource.host}/app`, `${counting.host}/both`, 'both', ['--images', 'both'])
      expect(report.failed).toBe(0)
      expect(tagOf(report, 'v1')).toMatchObject({ status: 'copied', referrers: 2 })
      expect(tagOf(report, fallbackTag(subject.digest))).toMatchObject({ status: 'copied', referrers: 1 })
      expect(await fallbackList(plainTarget, 'both/both', subject.digest)).toEqual([sig.digest, doc.digest].sort())
      const puts = (digest: string): number => counting.requests.filter((r) => r.method === 'PUT' && r.path.endsWith(`/manifests/${digest}`)).length
      expect([puts(sig.digest), puts(doc.digest)]).toEqual([1, 1])
      expect(puts(fallbackTag(subject.digest))).toBeLessThanOrEqual(2)
    } finally {
      await counting.stop()
    }
  })

  it('copies no referrer with --referrers false', async () => {
    apiSource.reset()
    const report = await sync(`${apiSource.host}/app`, `${apiTarget.host}/off`, 'off', ['--referrers', 'false', '--images', 'web'])
    console.log(`--referrers false: ${apiSource.requests.length} source requests`)
    expect(tagOf(report, 'v1')).toMatchObject({ status: 'copied' })
    expect(tagOf(report, 'v1').referrers).toBeUndefined()
    expect((await referrersOf(apiTarget, 'off/web', image.digest)).digests).toEqual([])
    expect(await manifestDigest(targetRegistry, 'off/web', signature.digest)).toBeUndefined()
  })

  it('stores referrers in an OCI layout target as manifests and the fallback tag entry', async () => {
    const layout = join(dir, 'layout')
    await sync(`${apiSource.host}/app`, `oci:${layout}`, 'layout', ['--include-tags', '^v1$'])
    const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as {
      manifests: Array<{ digest: string; annotations?: Record<string, string> }>
    }
    const names = index.manifests.map((m) => m.annotations?.['org.opencontainers.image.ref.name'])
    expect(names).toEqual(expect.arrayContaining(['web:v1', `web:${fallbackTag(image.digest)}`]))
    await expect(readFile(join(layout, 'blobs', 'sha256', signature.digest.slice(7)))).resolves.toBeDefined()
    // And back out of the layout: its fallback tag entry is a companion tag, the referrers it lists come along.
    const back = await sync(`oci:${layout}`, `${plainTarget.host}/from-layout`, 'from-layout')
    expect(back.failed).toBe(0)
    expect(await fallbackList(plainTarget, 'from-layout/web', image.digest)).toEqual([signature.digest, sbom.digest].sort())
    expect(await manifestDigest(plainTarget, 'from-layout/web', sbom.digest)).toBe(sbom.digest)
  })
})
