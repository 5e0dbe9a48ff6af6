import { MediaType } from '../registry/types'

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
