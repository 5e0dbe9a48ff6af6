import { sha256Digest } from '../oci/digest'
import { MirrorError } from '../oci/errors'
import { MediaType } from '../oci/media-types'
import type { RawManifest } from '../oci/model'

/**
 * `--format docker`: OCI image manifests and indexes rewritten with Docker media types, for targets
 * that refuse OCI (old ECR, Harbor < 2, old Quay). Pure: bytes in, bytes out. Blobs are unchanged
 * (same digests), so layers and configs copy as they are; the manifests get new digests.
 * Docker schema 2 has no annotations, `subject` or `artifactType`, so they are dropped; an index's
 * attestation manifests (platform unknown/unknown) are dropped, Docker manifest lists can't hold them.
 */

/** The config media type of a Docker v2 manifest. */
export const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json'

/** OCI layer media types and their Docker equivalents. */
export const LAYER_TYPES: Record<string, string> = {
  'application/vnd.oci.image.layer.v1.tar+gzip': 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  'application/vnd.oci.image.layer.v1.tar': 'application/vnd.docker.image.rootfs.diff.tar',
  'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip': 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip'
}

/** A descriptor as the conversions read it (both formats share its shape). */
export interface Descriptor {
  mediaType?: string
  digest: string
  size: number
  platform?: { os?: string; architecture?: string; variant?: string }
  urls?: string[]
}

/** True for manifests `--format docker` rewrites. */
export function needsDockerFormat(mediaType: string): boolean {
  return mediaType === MediaType.OciManifest || mediaType === MediaType.OciIndex
}

const refuse = (what: string): MirrorError =>
  new MirrorError('refused', `--format docker can't convert ${what}: Docker media types have no equivalent`, { side: 'target' })

/** A converted manifest: its JSON serialised, with its new digest. */
export const raw = (json: unknown, mediaType: string): RawManifest => {
  const bytes = Buffer.from(JSON.stringify(json))
  return { bytes, mediaType, digest: sha256Digest(bytes) }
}

/** An OCI image manifest as a Docker schema 2 manifest (config and layer types mapped; annotations dropped). */
export function toDockerManifest(manifest: RawManifest): RawManifest {
  if (manifest.mediaType !== MediaType.OciManifest) return manifest
  const json = JSON.parse(manifest.bytes.toString('utf8')) as { config: Descriptor; layers: Descriptor[] }
  if (json.config.mediaType !== 'application/vnd.oci.image.config.v1+json') refuseType(`the config type ${json.config.mediaType}`)
  const layers = json.layers.map((layer) => {
    const type = LAYER_TYPES[layer.mediaType ?? '']
    if (!type) refuseType(`the layer type ${layer.mediaType}`)
    return { mediaType: type, digest: layer.digest, size: layer.size, ...(layer.urls ? { urls: layer.urls } : {}) }
  })
  return raw(
    { schemaVersion: 2, mediaType: MediaType.DockerManifest, config: { mediaType: DOCKER_CONFIG, digest: json.config.digest, size: json.config.size }, layers },
    MediaType.DockerManifest
  )
}

function refuseType(what: string): never {
  throw refuse(what)
}

/**
 * An OCI index as a Docker manifest list whose entries point at the converted children
 * (`converted`: source digest to converted manifest). Entries for attestations are dropped.
 */
export function toDockerManifestList(index: RawManifest, converted: ReadonlyMap<string, RawManifest>): RawManifest {
  if (index.mediaType !== MediaType.OciIndex) return index
  const json = JSON.parse(index.bytes.toString('utf8')) as { manifests: Descriptor[] }
  const manifests = imageEntries(index).map((entry) => {
    const child = converted.get(entry.digest)
    if (!child) throw new Error(`toDockerManifestList: ${entry.digest} was not converted`)
    return { mediaType: child.mediaType, digest: child.digest, size: child.bytes.length, ...(entry.platform ? { platform: entry.platform } : {}) }
  })
  if (manifests.length === 0 && json.manifests.length > 0) refuseType('an index of attestations only')
  return raw({ schemaVersion: 2, mediaType: MediaType.DockerManifestList, manifests }, MediaType.DockerManifestList)
}

/** The entries of an index a Docker manifest list keeps: every child but attestations (platform unknown/unknown). */
export function imageEntries(index: RawManifest): Descriptor[] {
  const json = JSON.parse(index.bytes.toString('utf8')) as { manifests: Descriptor[] }
  return json.manifests.filter((entry) => !(entry.platform?.os === 'unknown' && entry.platform?.architecture === 'unknown'))
}
