import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { expect } from 'vitest'
import { MediaType } from '../../oci/media-types'
import { type Descriptor, type ImageSource, type ImageTarget, type RawManifest } from '../../oci/model'

/** A blob of a test image: its bytes and descriptor. */
export interface Blob {
  bytes: Buffer
  descriptor: Descriptor
}

/** A test image tree: the top manifest, child manifests of an index, and every blob. */
export interface Image {
  top: RawManifest
  children: RawManifest[]
  blobs: Blob[]
}

const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

const blob = (mediaType: string, bytes: Buffer): Blob => ({ bytes, descriptor: { mediaType, digest: sha256(bytes), size: bytes.length } })

const manifest = (mediaType: string, json: object): RawManifest => {
  const bytes = Buffer.from(JSON.stringify(json, null, 3))
  return { bytes, mediaType, digest: sha256(bytes) }
}

const reference = (m: RawManifest, platform?: Descriptor['platform']): Descriptor => ({
  mediaType: m.mediaType,
  digest: m.digest,
  size: m.bytes.length,
  ...(platform && { platform })
})

/** A single-platform image whose layer holds `text`, in OCI or Docker media types. */
export function singleImage(text: string, architecture = 'amd64', docker = false): Image {
  const content = Buffer.from(`${text}\n`.repeat(50))
  const layer = blob(docker ? 'application/vnd.docker.image.rootfs.diff.tar.gzip' : 'application/vnd.oci.image.layer.v1.tar+gzip', gzipSync(content))
  const config = blob(
    docker ? 'application/vnd.docker.container.image.v1+json' : 'application/vnd.oci.image.config.v1+json',
    Buffer.from(JSON.stringify({ architecture, os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [sha256(content)] } }))
  )
  const top = manifest(docker ? MediaType.DockerManifest : MediaType.OciManifest, {
    schemaVersion: 2,
    mediaType: docker ? MediaType.DockerManifest : MediaType.OciManifest,
    config: config.descriptor,
    layers: [layer.descriptor]
  })
  return { top, children: [], blobs: [config, layer] }
}

/** A two-platform (amd64, arm64) image: an OCI index, or a Docker manifest list. */
export function multiArchImage(text: string, docker = false): Image {
  const platforms = (['amd64', 'arm64'] as const).map((architecture) => ({ architecture, image: singleImage(`${text} ${architecture}`, architecture, docker) }))
  const mediaType = docker ? MediaType.DockerManifestList : MediaType.OciIndex
  const top = manifest(mediaType, {
    schemaVersion: 2,
    mediaType,
    manifests: platforms.map(({ architecture, image }) => reference(image.top, { architecture, os: 'linux' }))
  })
  return { top, children: platforms.map((p) => p.image.top), blobs: platforms.flatMap((p) => p.image.blobs) }
}

/** Pushes an image the way the copy engine does: blobs, children by digest, then the tag. */
export async function pushImage(target: ImageTarget, repository: string, tag: string, image: Image): Promise<void> {
  await Promise.all(image.blobs.map((b) => target.putBlob(repository, b.descriptor.digest, b.bytes.length, Readable.from([b.bytes]))))
  await Promise.all(image.children.map((child) => target.putManifest(repository, child.digest, child)))
  await target.putManifest(repository, tag, image.top)
}

/** Expects every manifest and blob of `image` to read back from `store` byte for byte. */
export async function expectReadable(store: ImageSource, repository: string, tag: string, image: Image): Promise<void> {
  expect(await store.getManifest(repository, tag)).toEqual(image.top)
  expect(await store.headManifest(repository, tag)).toEqual({ mediaType: image.top.mediaType, digest: image.top.digest, size: image.top.bytes.length })
  for (const child of image.children) expect(await store.getManifest(repository, child.digest)).toEqual(child)
  for (const blob of image.blobs) {
    const read = await store.getBlob(repository, blob.descriptor.digest)
    expect(read.size).toBe(blob.bytes.length)
    const chunks: Buffer[] = []
    for await (const chunk of read.stream) chunks.push(chunk as Buffer)
    expect(sha256(Buffer.concat(chunks))).toBe(blob.descriptor.digest)
  }
}
