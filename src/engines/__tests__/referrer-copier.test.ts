import { describe, expect, it } from 'vitest'
import { multiArchImage, singleImage, type Image } from '../../layout/__tests__/images'
import { sha256Digest } from '../../oci/digest'
import { MirrorError } from '../../oci/errors'
import { MediaType } from '../../oci/media-types'
import type { RawManifest } from '../../oci/model'
import { mergeReferrersIndex, parseReferrersIndex, referrersTag, subjectOf } from '../../oci/referrers'
import { MemoryRegistry, type MemoryRegistryOptions } from '../../testing/memory-registry'
import type { CopyJob } from '../engine'
import { RegistryEngine } from '../registry-engine'

const EMPTY = Buffer.from('{}')

/** An OCI artifact (a signature, an SBOM) whose subject is `subject`. */
function referrer(subject: RawManifest, text: string, artifactType = 'application/vnd.example.signature'): Image {
  const layerBytes = Buffer.from(text)
  const config = { bytes: EMPTY, descriptor: { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha256Digest(EMPTY), size: EMPTY.length } }
  const layer = { bytes: layerBytes, descriptor: { mediaType: 'application/octet-stream', digest: sha256Digest(layerBytes), size: layerBytes.length } }
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      artifactType,
      config: config.descriptor,
      layers: [layer.descriptor],
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.bytes.length }
    })
  )
  return { top: { bytes, mediaType: MediaType.OciManifest, digest: sha256Digest(bytes) }, children: [], blobs: [config, layer] }
}

const descriptor = (m: RawManifest) => ({ mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, artifactType: 'application/vnd.example.signature' })

/** The referrers index (fallback tag) listing `referrers`. */
function fallbackIndex(referrers: Image[]): RawManifest {
  const bytes = mergeReferrersIndex(
    undefined,
    referrers.map((r) => descriptor(r.top)),
    'test'
  )!
  return { bytes, mediaType: MediaType.OciIndex, digest: sha256Digest(bytes) }
}

/** Puts a referrer into a repository by digest only, as a referrer lives. */
function seedUntagged(registry: MemoryRegistry, image: Image, repository = REPO): void {
  for (const blob of image.blobs) registry.seedBlob(repository, blob.bytes)
  registry.seedManifest(repository, image.top)
}

const REPO = 'team/app'
const TARGET_REPO = 'mirror/team/app'

const job = (tag: string, digest: string): CopyJob => ({
  source: { registry: 'src', repository: REPO, tag },
  target: { registry: 'dst', repository: TARGET_REPO, tag },
  tag,
  digest,
  sourceRef: `src/${REPO}:${tag}`,
  targetRef: `dst/${TARGET_REPO}:${tag}`
})

/** A source with `image` under v1 and `referrers` of it (listed by its API, or by the fallback tag without one), a target, an engine copying referrers. */
function setup(image: Image, referrers: Image[], source: MemoryRegistryOptions, target: MemoryRegistryOptions) {
  const src = new MemoryRegistry({ name: 'src', ...source })
  src.seed(REPO, 'v1', image)
  const bySubject = new Map<string, Image[]>()
  for (const r of referrers) {
    seedUntagged(src, r)
    const subject = subjectOf(r.top)!
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), r])
  }
  if (!source.referrersApi) for (const [subject, listed] of bySubject) src.seedManifest(REPO, fallbackIndex(listed), referrersTag(subject))
  const dst = new MemoryRegistry({ name: 'dst', ...target })
  const engine = new RegistryEngine(src, dst, { blobConcurrency: 4, referrers: true })
  return { source: src, target: dst, engine }
}

const signal = (): AbortSignal => new AbortController().signal

/** The digests the target's fallback tag of `subject` lists. */
const listedOnTarget = (target: MemoryRegistry, subject: string): string[] | undefined => {
  const index = target.manifest(TARGET_REPO, referrersTag(subject))
  return index && parseReferrersIndex(index.bytes, 'target').map((d) => d.digest)
}

describe('ReferrerCopier (through RegistryEngine, referrers on)', () => {
  const image = singleImage('signed')
  const signature = referrer(image.top, 'signature')

  it('copies a referrer after its subject where both registries have the referrers API: no fallback tag written', async () => {
    const { source, target, engine } = setup(image, [signature], { referrersApi: true }, { referrersApi: true })
    const outcome = await engine.copy(job('v1', image.top.digest), signal())
    expect(outcome.referrers).toBe(1)
    expect(target.manifest(TARGET_REPO, signature.top.digest)).toEqual(signature.top)
    for (const blob of signature.blobs) expect(target.blob(TARGET_REPO, blob.descriptor.digest)).toBeDefined()
    expect(target.tagged(TARGET_REPO, referrersTag(image.top.digest))).toBeUndefined()
    const log = target.log()
    expect(log.indexOf(`putManifest ${TARGET_REPO} v1`)).toBeLessThan(log.indexOf(`putManifest ${TARGET_REPO} ${signature.top.digest}`))
    // The subject's referrers, then the signature's own (none).
    expect(source.requests.filter((r) => r.call === 'listReferrers').map((r) => r.reference)).toEqual([image.top.digest, signature.top.digest])
    const size = (i: Image): number => i.top.bytes.length + i.blobs.reduce((sum, b) => sum + b.bytes.length, 0)
    expect(outcome.bytes).toBe(size(image) + size(signature))
  })

  it('writes the fallback tag on a target without the API, extending what it lists, never overwriting it', async () => {
    const { target, engine } = setup(image, [signature], { referrersApi: true }, {})
    const theirs = referrer(image.top, 'a signature only the target has')
    seedUntagged(target, theirs, TARGET_REPO)
    target.seedManifest(TARGET_REPO, fallbackIndex([theirs]), referrersTag(image.top.digest))
    expect((await engine.copy(job('v1', image.top.digest), signal())).referrers).toBe(1)
    expect(listedOnTarget(target, image.top.digest)).toEqual([theirs.top.digest, signature.top.digest])
  })

  it('leaves the fallback tag of a source without the API to its own companion job, which copies it with the same digest', async () => {
    const { source, target, engine } = setup(image, [signature], {}, {})
    const tag = referrersTag(image.top.digest)
    await engine.copy(job('v1', image.top.digest), signal())
    expect(source.requests.some((r) => r.reference === tag)).toBe(false)
    expect(target.manifest(TARGET_REPO, signature.top.digest)).toBeUndefined()

    const index = source.manifest(REPO, tag)!
    const outcome = await engine.copy(job(tag, index.digest), signal())
    expect(outcome).toMatchObject({ referrers: 1, mediaType: MediaType.OciIndex })
    expect(outcome.targetDigest).toBeUndefined()
    expect(target.manifest(TARGET_REPO, tag)).toEqual(index)
    expect(target.manifest(TARGET_REPO, signature.top.digest)).toEqual(signature.top)
  })

  it('copies referrers of referrers (a signature of an SBOM of the image)', async () => {
    const sbom = referrer(image.top, 'sbom', 'application/spdx+json')
    const sbomSignature = referrer(sbom.top, 'signature of the sbom')
    const { target, engine } = setup(image, [sbom, sbomSignature], { referrersApi: true }, { referrersApi: true })
    expect((await engine.copy(job('v1', image.top.digest), signal())).referrers).toBe(2)
    for (const r of [sbom, sbomSignature]) expect(target.manifest(TARGET_REPO, r.top.digest)).toEqual(r.top)
  })

  it("copies the referrers of an index's children", async () => {
    const multi = multiArchImage('multi')
    const attestation = referrer(multi.children[1], 'attestation of arm64')
    const { target, engine } = setup(multi, [attestation], { referrersApi: true }, {})
    expect((await engine.copy(job('v1', multi.top.digest), signal())).referrers).toBe(1)
    expect(target.manifest(TARGET_REPO, attestation.top.digest)).toEqual(attestation.top)
    expect(listedOnTarget(target, multi.children[1].digest)).toEqual([attestation.top.digest])
  })

  it('fails the tag with one explained error when the target refuses a referrer, naming the option that leaves them out', async () => {
    const { target, engine } = setup(image, [signature], { referrersApi: true }, { referrersApi: true })
    target.inject({ call: 'putManifest', reference: signature.top.digest, fail: 'refused' })
    const failure = await engine.copy(job('v1', image.top.digest), signal()).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(MirrorError)
    expect((failure as MirrorError).kind).toBe('refused')
    expect((failure as MirrorError).render()).toMatch(/^referrers of src\/team\/app:v1: .*injected refused.*; --referrers false leaves referrers out$/)
    // The tag itself was pushed before its referrers.
    expect(target.tagged(TARGET_REPO, 'v1')).toBe(image.top.digest)
  })
})
