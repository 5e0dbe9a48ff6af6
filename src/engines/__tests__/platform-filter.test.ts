import { describe, expect, it } from 'vitest'
import { sha256Digest } from '../../oci/digest'
import { MediaType } from '../../oci/media-types'
import type { RawManifest } from '../../oci/model'
import { configPlatform, filterIndex, parsePlatform, platformMatches } from '../platform-filter'

const d = (n: number): string => `sha256:${String(n).padStart(64, '0')}`
const image = (n: number, os: string, architecture: string, variant?: string) => ({
  mediaType: MediaType.OciManifest,
  digest: d(n),
  size: 100 + n,
  platform: { os, architecture, ...(variant ? { variant } : {}) }
})
const attestation = (n: number, of: number) => ({
  mediaType: MediaType.OciManifest,
  digest: d(n),
  size: 50,
  platform: { os: 'unknown', architecture: 'unknown' },
  annotations: { 'vnd.docker.reference.digest': d(of), 'vnd.docker.reference.type': 'attestation-manifest' }
})
const index = (manifests: unknown[], extra: Record<string, unknown> = {}): RawManifest => {
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests, ...extra }))
  return { bytes, mediaType: MediaType.OciIndex, digest: sha256Digest(bytes) }
}
const wanted = (...texts: string[]) => texts.map((t) => parsePlatform(t)!)

describe('parsePlatform', () => {
  it('reads os/arch and os/arch/variant, lowercased', () => {
    expect(parsePlatform('linux/amd64')).toEqual({ os: 'linux', architecture: 'amd64' })
    expect(parsePlatform(' Linux/ARM/v7 ')).toEqual({ os: 'linux', architecture: 'arm', variant: 'v7' })
  })
  it('refuses other shapes', () => {
    for (const text of ['linux', 'linux/', '/amd64', 'a/b/c/d', 'linux/amd 64', '']) expect(parsePlatform(text), text).toBeUndefined()
  })
})

describe('platformMatches', () => {
  it('matches any variant when the spec names none, else the exact variant', () => {
    expect(platformMatches({ os: 'linux', architecture: 'arm64', variant: 'v8' }, wanted('linux/arm64'))).toBe(true)
    expect(platformMatches({ os: 'linux', architecture: 'arm', variant: 'v6' }, wanted('linux/arm/v7'))).toBe(false)
    expect(platformMatches({ os: 'linux', architecture: 'arm', variant: 'v7' }, wanted('linux/arm/v7'))).toBe(true)
    expect(platformMatches({ os: 'windows', architecture: 'amd64' }, wanted('linux/amd64'))).toBe(false)
  })
})

describe('filterIndex', () => {
  const full = index(
    [image(1, 'linux', 'amd64'), attestation(11, 1), image(2, 'linux', 'arm64', 'v8'), attestation(12, 2), image(3, 'linux', 's390x'), attestation(13, 3)],
    {
      annotations: { 'org.opencontainers.image.created': 'x' }
    }
  )

  it('keeps the wanted platforms and their attestations, drops the rest with theirs, keeps other fields', () => {
    const result = filterIndex(full, wanted('linux/amd64', 'linux/arm64'))
    expect(result.kind).toBe('filtered')
    if (result.kind !== 'filtered') return
    const json = JSON.parse(result.manifest.bytes.toString())
    expect(json.manifests.map((m: { digest: string }) => m.digest)).toEqual([d(1), d(11), d(2), d(12)])
    expect(json.annotations).toEqual({ 'org.opencontainers.image.created': 'x' })
    expect(json.mediaType).toBe(MediaType.OciIndex)
    expect(result.dropped.map((m) => m.digest)).toEqual([d(3), d(13)])
    expect(result.manifest.digest).toBe(sha256Digest(result.manifest.bytes))
    expect(result.manifest.digest).not.toBe(full.digest)
    expect(result.manifest.mediaType).toBe(MediaType.OciIndex)
  })

  it('returns the source bytes untouched when every platform is wanted', () => {
    const result = filterIndex(full, wanted('linux/amd64', 'linux/arm64', 'linux/s390x'))
    expect(result).toEqual({ kind: 'unchanged', manifest: full })
  })

  it('says no-match when no platform is wanted', () => {
    expect(filterIndex(full, wanted('windows/amd64')).kind).toBe('no-match')
  })

  it('keeps platform-less artifact entries, and drops an attestation whose subject is dropped', () => {
    const artifact = { mediaType: MediaType.OciManifest, digest: d(20), size: 10, artifactType: 'application/spdx+json' }
    const result = filterIndex(index([image(1, 'linux', 'amd64'), image(2, 'linux', 'arm', 'v7'), attestation(12, 2), artifact]), wanted('linux/amd64'))
    expect(result.kind).toBe('filtered')
    if (result.kind === 'filtered')
      expect(JSON.parse(result.manifest.bytes.toString()).manifests.map((m: { digest: string }) => m.digest)).toEqual([d(1), d(20)])
  })
})

describe('configPlatform', () => {
  it('reads os, architecture and variant of an image config; none for artifacts', () => {
    expect(configPlatform(Buffer.from(JSON.stringify({ os: 'linux', architecture: 'arm', variant: 'v7', rootfs: {} })))).toEqual({
      os: 'linux',
      architecture: 'arm',
      variant: 'v7'
    })
    expect(configPlatform(Buffer.from('{"architecture":"","os":""}'))).toBeUndefined()
    expect(configPlatform(Buffer.from('{}'))).toBeUndefined()
    expect(configPlatform(Buffer.from('not json'))).toBeUndefined()
  })
})
