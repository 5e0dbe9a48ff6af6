import { describe, expect, it } from 'vitest'
import { sha256Digest } from '../../oci/digest'
import { MediaType } from '../../oci/media-types'
import type { RawManifest } from '../../oci/model'
import { toDockerManifest } from '../docker-format'
import { listEntries, needsOciFormat, toOciIndex, toOciManifest } from '../oci-format'

const d = (c: string): string => `sha256:${c.repeat(64)}`
const raw = (json: unknown): RawManifest => {
  const bytes = Buffer.from(JSON.stringify(json))
  return { bytes, mediaType: (json as { mediaType: string }).mediaType, digest: sha256Digest(bytes) }
}
const image = raw({
  schemaVersion: 2,
  mediaType: MediaType.DockerManifest,
  config: { mediaType: 'application/vnd.docker.container.image.v1+json', digest: d('a'), size: 10 },
  layers: [
    { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', digest: d('b'), size: 20 },
    { mediaType: 'application/vnd.docker.image.rootfs.diff.tar', digest: d('c'), size: 30 },
    { mediaType: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip', digest: d('d'), size: 40, urls: ['https://example.com/l'] }
  ]
})

describe('--format oci conversion', () => {
  it('maps a Docker schema 2 manifest to an OCI image manifest, blobs unchanged, a new digest', () => {
    const oci = toOciManifest(image)
    expect(oci.mediaType).toBe(MediaType.OciManifest)
    expect(oci.digest).toBe(sha256Digest(oci.bytes))
    expect(oci.digest).not.toBe(image.digest)
    expect(JSON.parse(oci.bytes.toString())).toEqual({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: d('a'), size: 10 },
      layers: [
        { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: d('b'), size: 20 },
        { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: d('c'), size: 30 },
        { mediaType: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip', digest: d('d'), size: 40, urls: ['https://example.com/l'] }
      ]
    })
  })

  it('is the reverse of --format docker: converting back gives the Docker bytes media types', () => {
    const back = toDockerManifest(toOciManifest(image))
    expect(JSON.parse(back.bytes.toString())).toEqual(JSON.parse(image.bytes.toString()))
  })

  it('maps a manifest list to an OCI index of the converted children, platforms kept', () => {
    const list = raw({
      schemaVersion: 2,
      mediaType: MediaType.DockerManifestList,
      manifests: [
        { mediaType: MediaType.DockerManifest, digest: image.digest, size: image.bytes.length, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }
      ]
    })
    expect(listEntries(list).map((entry) => entry.digest)).toEqual([image.digest])
    const child = toOciManifest(image)
    const index = toOciIndex(list, new Map([[image.digest, child]]))
    expect(index.mediaType).toBe(MediaType.OciIndex)
    expect(JSON.parse(index.bytes.toString())).toEqual({
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: [
        { mediaType: MediaType.OciManifest, digest: child.digest, size: child.bytes.length, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }
      ]
    })
    expect(() => toOciIndex(list, new Map())).toThrow(/was not converted/)
  })

  it('leaves OCI manifests as they are, and refuses what OCI media types cannot say', () => {
    expect(needsOciFormat(MediaType.OciManifest)).toBe(false)
    expect(needsOciFormat(MediaType.DockerManifestList)).toBe(true)
    const oci = toOciManifest(image)
    expect(toOciManifest(oci)).toBe(oci)
    const odd = raw({ ...JSON.parse(image.bytes.toString()), layers: [{ mediaType: 'application/x-custom', digest: d('e'), size: 1 }] })
    expect(() => toOciManifest(odd)).toThrow("--format oci can't convert the layer type application/x-custom: OCI media types have no equivalent")
  })
})
