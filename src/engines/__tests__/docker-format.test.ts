import { describe, expect, it } from 'vitest'
import { sha256Digest } from '../../oci/digest'
import { MediaType } from '../../oci/media-types'
import type { RawManifest } from '../../oci/model'
import { imageEntries, toDockerManifest, toDockerManifestList } from '../docker-format'

const d = (c: string): string => `sha256:${c.repeat(64)}`
const raw = (json: unknown): RawManifest => {
  const bytes = Buffer.from(JSON.stringify(json))
  return { bytes, mediaType: (json as { mediaType: string }).mediaType, digest: sha256Digest(bytes) }
}
const image = raw({
  schemaVersion: 2,
  mediaType: MediaType.OciManifest,
  config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: d('a'), size: 10 },
  layers: [
    { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: d('b'), size: 20 },
    { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: d('c'), size: 30 }
  ],
  annotations: { 'org.opencontainers.image.created': 'x' }
})

describe('--format docker conversion', () => {
  it('maps an OCI image manifest to Docker schema 2, blobs unchanged, annotations dropped', () => {
    const docker = toDockerManifest(image)
    expect(docker.mediaType).toBe(MediaType.DockerManifest)
    expect(docker.digest).toBe(sha256Digest(docker.bytes))
    expect(docker.digest).not.toBe(image.digest)
    expect(JSON.parse(docker.bytes.toString())).toEqual({
      schemaVersion: 2,
      mediaType: MediaType.DockerManifest,
      config: { mediaType: 'application/vnd.docker.container.image.v1+json', digest: d('a'), size: 10 },
      layers: [
        { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', digest: d('b'), size: 20 },
        { mediaType: 'application/vnd.docker.image.rootfs.diff.tar', digest: d('c'), size: 30 }
      ]
    })
  })
  it('refuses what Docker media types cannot say (zstd layers, artifacts)', () => {
    const zstd = raw({ ...JSON.parse(image.bytes.toString()), layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+zstd', digest: d('b'), size: 1 }] })
    expect(() => toDockerManifest(zstd)).toThrow(/can't convert the layer type application\/vnd.oci.image.layer.v1.tar\+zstd/)
    const artifact = raw({ ...JSON.parse(image.bytes.toString()), config: { mediaType: 'application/vnd.cncf.helm.config.v1+json', digest: d('a'), size: 1 } })
    expect(() => toDockerManifest(artifact)).toThrow(/can't convert the config type/)
  })
  it('maps an OCI index to a manifest list of the converted children, attestations dropped', () => {
    const index = raw({
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: [
        { mediaType: MediaType.OciManifest, digest: image.digest, size: image.bytes.length, platform: { os: 'linux', architecture: 'amd64' } },
        { mediaType: MediaType.OciManifest, digest: d('e'), size: 5, platform: { os: 'unknown', architecture: 'unknown' } }
      ]
    })
    expect(imageEntries(index).map((e) => e.digest)).toEqual([image.digest])
    const child = toDockerManifest(image)
    const list = toDockerManifestList(index, new Map([[image.digest, child]]))
    expect(list.mediaType).toBe(MediaType.DockerManifestList)
    expect(JSON.parse(list.bytes.toString()).manifests).toEqual([
      { mediaType: MediaType.DockerManifest, digest: child.digest, size: child.bytes.length, platform: { os: 'linux', architecture: 'amd64' } }
    ])
  })
  it('leaves Docker manifests as they are', () => {
    const docker = toDockerManifest(image)
    expect(toDockerManifest(docker)).toBe(docker)
  })
})
