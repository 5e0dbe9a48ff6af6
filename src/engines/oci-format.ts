import { MirrorError } from '../oci/errors'
import { MediaType } from '../oci/media-types'
import type { RawManifest } from '../oci/model'
import { DOCKER_CONFIG, LAYER_TYPES, raw, type Descriptor } from './docker-format'

/**
 * `--format oci`: Docker v2 manifests and manifest lists rewritten with OCI media types, so that
 * tools which only address OCI-typed entries of an `oci:` layout (podman, buildah, skopeo 1.9 answer
 * "no descriptor found" otherwise; umoci refuses to unpack them) can use every tag. The reverse of
 * `--format docker`, pure as it is: blobs are unchanged (same digests), the manifests get new
 * digests. OCI manifests pass through untouched.
 */

const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json'

/** Docker layer media types and their OCI equivalents (LAYER_TYPES read the other way). */
const OCI_LAYER_TYPES: Record<string, string> = Object.fromEntries(Object.entries(LAYER_TYPES).map(([oci, docker]) => [docker, oci]))

/** True for manifests `--format oci` rewrites. */
export function needsOciFormat(mediaType: string): boolean {
  return mediaType === MediaType.DockerManifest || mediaType === MediaType.DockerManifestList
}

function refuseType(what: string): never {
  throw new MirrorError('refused', `--format oci can't convert ${what}: OCI media types have no equivalent`, { side: 'target' })
}

/** A Docker schema 2 manifest as an OCI image manifest (config and layer types mapped). */
export function toOciManifest(manifest: RawManifest): RawManifest {
  if (manifest.mediaType !== MediaType.DockerManifest) return manifest
  const json = JSON.parse(manifest.bytes.toString('utf8')) as { config: Descriptor; layers: Descriptor[] }
  if (json.config.mediaType !== DOCKER_CONFIG) refuseType(`the config type ${json.config.mediaType}`)
  const layers = json.layers.map((layer) => {
    const type = OCI_LAYER_TYPES[layer.mediaType ?? '']
    if (!type) refuseType(`the layer type ${layer.mediaType}`)
    return { mediaType: type, digest: layer.digest, size: layer.size, ...(layer.urls ? { urls: layer.urls } : {}) }
  })
  return raw(
    { schemaVersion: 2, mediaType: MediaType.OciManifest, config: { mediaType: OCI_CONFIG, digest: json.config.digest, size: json.config.size }, layers },
    MediaType.OciManifest
  )
}

/** A Docker manifest list as an OCI index whose entries point at the converted children (`converted`: source digest to converted manifest). */
export function toOciIndex(list: RawManifest, converted: ReadonlyMap<string, RawManifest>): RawManifest {
  if (list.mediaType !== MediaType.DockerManifestList) return list
  const json = JSON.parse(list.bytes.toString('utf8')) as { manifests: Descriptor[] }
  const manifests = json.manifests.map((entry) => {
    const child = converted.get(entry.digest)
    if (!child) throw new Error(`toOciIndex: ${entry.digest} was not converted`)
    return { mediaType: child.mediaType, digest: child.digest, size: child.bytes.length, ...(entry.platform ? { platform: entry.platform } : {}) }
  })
  return raw({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests }, MediaType.OciIndex)
}

/** The entries of a Docker manifest list: every one is converted. */
export function listEntries(list: RawManifest): Descriptor[] {
  return (JSON.parse(list.bytes.toString('utf8')) as { manifests: Descriptor[] }).manifests
}
