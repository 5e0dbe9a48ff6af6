import { describe, expect, it } from 'vitest'
import { ProtocolError } from '../errors'
import { MediaType } from '../media-types'
import { mergeReferrersIndex, parseReferrersIndex, referrersTag, subjectOf } from '../referrers'

const A = `sha256:${'a'.repeat(64)}`
const B = `sha256:${'b'.repeat(64)}`
const sig = { mediaType: MediaType.OciManifest, digest: A, size: 500, artifactType: 'application/vnd.dev.cosign.artifact.sig.v1+json' }
const sbom = { mediaType: MediaType.OciManifest, digest: B, size: 600, artifactType: 'application/spdx+json', annotations: { k: 'v' } }
const index = (manifests: unknown, extra: Record<string, unknown> = {}): Buffer =>
  Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests, ...extra }))

describe('parseReferrersIndex', () => {
  it('reads the descriptors of a referrers index, artifactType and annotations kept', () => {
    expect(parseReferrersIndex(index([sig, sbom]), 'x')).toEqual([sig, sbom])
  })

  it('reads an empty list and an index without a mediaType field', () => {
    expect(parseReferrersIndex(index([]), 'x')).toEqual([])
    expect(parseReferrersIndex(Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [sig] })), 'x')).toEqual([sig])
  })

  it.each([
    ['not JSON', Buffer.from('<html>'), 'x: not JSON'],
    ['an image manifest', Buffer.from(JSON.stringify({ schemaVersion: 2, layers: [] })), 'x: not an image index'],
    ['a Docker manifest list', index([sig], { mediaType: MediaType.DockerManifestList }), 'not application/vnd.oci.image.index.v1+json'],
    ['an invalid digest', index([{ ...sig, digest: 'sha256:zz' }]), 'x, entry 0: invalid digest'],
    ['a missing size', index([{ ...sig, size: undefined }]), 'x, entry 0: invalid size'],
    ['a missing media type', index([sbom, { ...sig, mediaType: '' }]), 'x, entry 1: no media type'],
    ['a null entry', index([null]), 'x, entry 0: not a descriptor']
  ])('refuses %s', (_what, bytes, message) => {
    expect(() => parseReferrersIndex(bytes, 'x')).toThrow(ProtocolError)
    expect(() => parseReferrersIndex(bytes, 'x')).toThrow(message)
  })
})

describe('referrersTag', () => {
  it('is the digest with a dash, truncated as the referrers tag schema says', () => {
    expect(referrersTag(A)).toBe(`sha256-${'a'.repeat(64)}`)
    expect(referrersTag(`sha512:${'c'.repeat(128)}`)).toBe(`sha512-${'c'.repeat(64)}`)
    expect(referrersTag('test+algorithm+using+algorithm+separators:alsoSome=InTheEncoded')).toBe('test-algorithm-using-algorithm-s-alsoSome-InTheEncoded')
  })
})

describe('subjectOf', () => {
  const manifest = (json: unknown) => ({ bytes: Buffer.from(JSON.stringify(json)), mediaType: MediaType.OciManifest, digest: A })
  it('names the subject of a referrer, nothing for other manifests', () => {
    expect(subjectOf(manifest({ subject: { digest: B, size: 1, mediaType: MediaType.OciManifest } }))).toBe(B)
    expect(subjectOf(manifest({ layers: [] }))).toBeUndefined()
    expect(subjectOf({ ...manifest({}), bytes: Buffer.from('not json') })).toBeUndefined()
  })
})

describe('mergeReferrersIndex', () => {
  it('starts a new OCI index when the target has none', () => {
    expect(JSON.parse(mergeReferrersIndex(undefined, [sig], 'x')!.toString())).toEqual({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [sig] })
  })

  it('keeps what the index lists (fields and entries) and appends what it lacks, once', () => {
    const current = index([sbom], { annotations: { kept: 'yes' } })
    const merged = JSON.parse(mergeReferrersIndex(current, [sig, sbom, sig], 'x')!.toString())
    expect(merged).toEqual({ schemaVersion: 2, mediaType: MediaType.OciIndex, annotations: { kept: 'yes' }, manifests: [sbom, sig] })
  })

  it('says no write is needed when every referrer is listed', () => {
    expect(mergeReferrersIndex(index([sig, sbom]), [sbom], 'x')).toBeUndefined()
  })

  it('refuses to overwrite a fallback tag that is not an image index', () => {
    expect(() => mergeReferrersIndex(Buffer.from(JSON.stringify({ schemaVersion: 2, layers: [] })), [sig], 'app:sha256-aa')).toThrow(
      'app:sha256-aa: not an image index'
    )
  })
})
