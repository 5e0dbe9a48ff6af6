import type { Descriptor, Platform } from '../oci/model'
import { MediaType } from '../oci/media-types'

/** What a manifest refers to: child manifests (index / list) or blobs (config and layers). */
export interface ManifestContent {
  children: Descriptor[]
  blobs: Descriptor[]
}

interface ManifestJson {
  mediaType?: string
  manifests?: Descriptor[]
  config?: Descriptor
  layers?: Descriptor[]
  fsLayers?: Array<{ blobSum: string }>
}

/** True for Docker manifest lists and OCI indexes. */
export function isIndexType(mediaType: string): boolean {
  return mediaType === MediaType.OciIndex || mediaType === MediaType.DockerManifestList
}

/**
 * Lists what a manifest refers to, in order: children of an index, or config then layers of an image
 * (schema 1 `fsLayers` included, deduplicated). Layers with `urls` (foreign layers) are not copied:
 * registries refuse to hold them and clients fetch them from their URLs.
 */
export function manifestContent(bytes: Buffer, mediaType: string): ManifestContent {
  const json = JSON.parse(bytes.toString('utf8')) as ManifestJson
  if (isIndexType(mediaType) || (json.manifests && !json.layers)) {
    return { children: json.manifests ?? [], blobs: [] }
  }
  const blobs: Descriptor[] = []
  if (json.config) blobs.push(json.config)
  for (const layer of json.layers ?? []) if (!layer.urls?.length) blobs.push(layer)
  for (const layer of json.fsLayers ?? []) blobs.push({ mediaType: 'application/octet-stream', digest: layer.blobSum, size: -1 })
  const seen = new Set<string>()
  return { children: [], blobs: blobs.filter((b) => !seen.has(b.digest) && seen.add(b.digest)) }
}

/** `os/arch[/variant]` for a platform; attestation manifests (`unknown/unknown`) are left out by callers. */
export function platformName(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/')
}
