/** Media types and what manifest bytes say about themselves. */

/** Media types gcr-mirror understands. Anything else is copied byte for byte as an opaque manifest. */
export const MediaType = {
  DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  DockerSchema1: 'application/vnd.docker.distribution.manifest.v1+json',
  DockerSchema1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
  OciManifest: 'application/vnd.oci.image.manifest.v1+json',
  OciIndex: 'application/vnd.oci.image.index.v1+json'
} as const

/** The Accept header sent for manifests: every type above, so the registry never converts. */
export const MANIFEST_ACCEPT = Object.values(MediaType).join(', ')

/** The largest manifest gcr-mirror reads or writes (registries refuse manifests over 4 MiB too). */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024

interface ManifestFields {
  mediaType?: unknown
  schemaVersion?: unknown
  signatures?: unknown
  manifests?: unknown
}

/**
 * The media type of manifest bytes read by digest, where no descriptor says it: the `mediaType`
 * field, else what the shape tells (schema 1, an index with `manifests`, or an OCI image manifest,
 * whose `mediaType` field is optional). Undefined when the bytes are not a JSON object, so not a
 * manifest (a layer, say).
 */
export function manifestMediaType(bytes: Buffer): string | undefined {
  let json: ManifestFields | null
  try {
    json = JSON.parse(bytes.toString('utf8')) as ManifestFields | null
  } catch {
    return undefined
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined
  if (typeof json.mediaType === 'string' && json.mediaType) return json.mediaType
  if (json.schemaVersion === 1) return json.signatures ? MediaType.DockerSchema1Signed : MediaType.DockerSchema1
  return Array.isArray(json.manifests) ? MediaType.OciIndex : MediaType.OciManifest
}
