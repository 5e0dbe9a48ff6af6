/**
 * Schema 1 to Docker v2 (schema 2), as containers/image converts (`manifestSchema1.convertToManifestSchema2`
 * and `Schema1.ToSchema2Config`): schema 1 lists `fsLayers` and `history` newest first, one
 * `v1Compatibility` JSON per layer; the v2 image lists its layers oldest first, without the empty
 * (`throwaway`) ones, and a config made from the newest `v1Compatibility` with the history and the
 * layers' `diff_ids` added. Pure: the caller supplies each layer's size and diff_id.
 */
import { sha256Digest } from '../oci/digest'
import { ProtocolError } from '../oci/errors'
import { MediaType } from '../oci/media-types'
import type { RawManifest } from '../oci/model'

/** The media types of a converted image's config and layers. */
export const CONVERTED_CONFIG_TYPE = 'application/vnd.docker.container.image.v1+json'
export const CONVERTED_LAYER_TYPE = 'application/vnd.docker.image.rootfs.diff.tar.gzip'

/** What the conversion needs to know of a layer blob: its size and the sha256 of its uncompressed content. */
export interface LayerFacts {
  size: number
  diffId: string
}

interface V1Compatibility {
  created?: string
  author?: string
  comment?: string
  throwaway?: boolean
  container_config?: { Cmd?: string[] | null } | null
  [field: string]: unknown
}

interface Schema1Entry {
  blobSum: string
  compat: V1Compatibility
  raw: string
}

/** The layers of a schema 1 manifest with their history, oldest first. */
function entries(bytes: Buffer): Schema1Entry[] {
  let json: { fsLayers?: Array<{ blobSum?: unknown }>; history?: Array<{ v1Compatibility?: unknown }> }
  try {
    json = JSON.parse(bytes.toString('utf8')) as typeof json
  } catch (error) {
    throw new ProtocolError(`schema 1 manifest is not JSON (${(error as Error).message})`)
  }
  const layers = json.fsLayers ?? []
  const history = json.history ?? []
  if (!Array.isArray(layers) || !Array.isArray(history) || layers.length === 0 || layers.length !== history.length) {
    throw new ProtocolError(`schema 1 manifest: ${layers.length} fsLayers and ${history.length} history entries; expected as many of each, at least one`)
  }
  return layers
    .map((layer, i) => {
      const raw = history[i]?.v1Compatibility
      if (typeof layer?.blobSum !== 'string' || typeof raw !== 'string')
        throw new ProtocolError(`schema 1 manifest: layer ${i} has no blobSum or v1Compatibility`)
      let compat: V1Compatibility
      try {
        compat = JSON.parse(raw) as V1Compatibility
      } catch {
        throw new ProtocolError(`schema 1 manifest: v1Compatibility of layer ${i} is not JSON`)
      }
      return { blobSum: layer.blobSum, compat, raw }
    })
    .reverse()
}

/** The layer blobs a converted image keeps, oldest first: every `fsLayers` blob not marked `throwaway`. */
export function schema1Layers(bytes: Buffer): string[] {
  return entries(bytes)
    .filter((entry) => !entry.compat.throwaway)
    .map((entry) => entry.blobSum)
}

/** Sorts an object's keys, as Go's encoding/json writes a map (containers/image builds the config as one). */
function sortedKeys(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** Fields of the newest v1Compatibility that describe the v1 layer chain, not the image. */
const DROPPED = ['id', 'parent', 'parent_id', 'layer_id', 'throwaway', 'Size']

/**
 * Converts a schema 1 manifest into a Docker v2 image: the config (to upload as a blob) and the
 * manifest (to push). `layers` gives the size and diff_id of every blob `schema1Layers` names.
 */
export function convertSchema1(bytes: Buffer, layers: ReadonlyMap<string, LayerFacts>): { config: Buffer; configDigest: string; manifest: RawManifest } {
  const all = entries(bytes)
  const kept = all.filter((entry) => !entry.compat.throwaway)
  const facts = kept.map((entry) => {
    const found = layers.get(entry.blobSum)
    if (!found) throw new ProtocolError(`schema 1 conversion: no diff_id for layer ${entry.blobSum}`)
    return { digest: entry.blobSum, ...found }
  })
  const newest = all[all.length - 1]
  const image = JSON.parse(newest.raw) as Record<string, unknown>
  for (const field of DROPPED) delete image[field]
  image.rootfs = { type: 'layers', diff_ids: facts.map((layer) => layer.diffId) }
  image.history = all.map(({ compat }) => {
    const createdBy = (compat.container_config?.Cmd ?? []).join(' ')
    return {
      created: compat.created ?? '0001-01-01T00:00:00Z',
      ...(compat.author ? { author: compat.author } : {}),
      ...(createdBy ? { created_by: createdBy } : {}),
      ...(compat.comment ? { comment: compat.comment } : {}),
      ...(compat.throwaway ? { empty_layer: true } : {})
    }
  })
  const config = Buffer.from(JSON.stringify(sortedKeys(image)))
  const configDigest = sha256Digest(config)
  const manifestBytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.DockerManifest,
      config: { mediaType: CONVERTED_CONFIG_TYPE, size: config.length, digest: configDigest },
      layers: facts.map((layer) => ({ mediaType: CONVERTED_LAYER_TYPE, size: layer.size, digest: layer.digest }))
    })
  )
  return { config, configDigest, manifest: { bytes: manifestBytes, mediaType: MediaType.DockerManifest, digest: sha256Digest(manifestBytes) } }
}
