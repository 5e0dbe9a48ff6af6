import { sha256Digest } from '../oci/digest'
import { MAX_MANIFEST_BYTES, MediaType } from '../oci/media-types'
import type { Descriptor, RawManifest } from '../oci/model'
import type { ArchiveContents } from './archive-source'
import { LayoutError } from './errors'
import { REF_NAME } from './ref-name'
import type { TarIndex } from './tar-index'

const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json'
const DOCKER_LAYER = 'application/vnd.docker.image.rootfs.diff.tar'
const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip'
/** A member named by its own digest: `blobs/sha256/<hex>` (Docker 25+), `<hex>.json` or `<hex>.tar` (podman, older docker). */
const NAMED_BY_DIGEST = /^(?:blobs\/sha256\/([a-f0-9]{64})|([a-f0-9]{64})\.(?:json|tar))$/

/** One image of a docker-archive's manifest.json. */
export interface DockerArchiveImage {
  Config: string
  RepoTags: string[]
  Layers: string[]
}

/** A layer as stored in the archive: its digest, size and whether it is gzip-compressed. */
export interface StoredLayer {
  digest: string
  size: number
  gzip: boolean
}

/**
 * The Docker v2 schema 2 manifest of an image a docker-archive holds (it has no registry manifest
 * of its own): the config, and the layers as stored (uncompressed tar, or gzip as newer docker
 * saves them). Its digest is new, as skopeo's is when it reads the same archive.
 */
export function dockerArchiveManifest(config: { digest: string; size: number }, layers: StoredLayer[]): RawManifest {
  const json = {
    schemaVersion: 2,
    mediaType: MediaType.DockerManifest,
    config: { mediaType: DOCKER_CONFIG, size: config.size, digest: config.digest },
    layers: layers.map((layer) => ({ mediaType: layer.gzip ? DOCKER_LAYER_GZIP : DOCKER_LAYER, size: layer.size, digest: layer.digest }))
  }
  const bytes = Buffer.from(JSON.stringify(json, null, 3))
  return { bytes, mediaType: MediaType.DockerManifest, digest: sha256Digest(bytes) }
}

/** manifest.json parsed and checked: an array of images, each with a config path, layer paths and tags. */
export function parseDockerManifestJson(text: string, where: string): DockerArchiveImage[] {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new LayoutError(`${where}: manifest.json is not JSON (${(error as Error).message})`)
  }
  const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')
  if (!Array.isArray(json)) throw new LayoutError(`${where}: manifest.json is not a list of images`)
  return json.map((item: unknown, position) => {
    const image = item as Partial<Record<keyof DockerArchiveImage, unknown>> | null
    if (typeof image !== 'object' || image === null || typeof image.Config !== 'string' || !isStrings(image.Layers)) {
      throw new LayoutError(`${where}: manifest.json image ${position + 1} has no Config path and Layers list`)
    }
    if (image.RepoTags != null && !isStrings(image.RepoTags))
      throw new LayoutError(`${where}: manifest.json image ${position + 1} has RepoTags that are not names`)
    return { Config: image.Config, Layers: image.Layers, RepoTags: image.RepoTags ?? [] }
  })
}

/**
 * A `docker-archive:` file: what `docker save` and `podman save --format docker-archive` (and
 * `skopeo copy ... docker-archive:`) write: manifest.json naming each image's config, layer tarballs
 * and RepoTags, both in the legacy layout (`<id>/layer.tar`, possibly symbolic links) and Docker 25+'s
 * (`blobs/sha256/<hex>`). Every config and layer is hashed once: a member named by a digest must
 * match it, and an uncompressed layer must be the config's `diff_id` at its place. Each image gets a
 * Docker v2 manifest (dockerArchiveManifest); each RepoTag an entry, an image without tags one unnamed entry.
 */
export async function readDockerArchive(tar: TarIndex, where: string): Promise<ArchiveContents> {
  if (!tar.member('manifest.json')) {
    const hint = tar.member('index.json') ? ' (it holds an index.json: read an OCI archive with oci-archive:)' : ''
    throw new LayoutError(`${where}: holds no manifest.json, so it is not a docker save archive${hint}`)
  }
  const images = parseDockerManifestJson((await tar.read('manifest.json', MAX_MANIFEST_BYTES)).toString('utf8'), where)
  const blobs = new Map<string, string>()
  const manifests = new Map<string, RawManifest>()
  const entries: Descriptor[] = []
  const hashed = new Map<string, { digest: string; head: Buffer }>()
  const hash = async (member: string): Promise<{ digest: string; head: Buffer }> => {
    if (!tar.member(member)) throw new LayoutError(`${where}: manifest.json names ${member}, which is not in the archive`)
    let known = hashed.get(member)
    if (!known) {
      known = await tar.hash(member)
      const match = NAMED_BY_DIGEST.exec(member)
      const named = match && `sha256:${match[1] ?? match[2]}`
      if (named && named !== known.digest) throw new LayoutError(`${where}: ${member} does not match its digest (its bytes hash to ${known.digest})`)
      hashed.set(member, known)
      blobs.set(known.digest, member)
    }
    return known
  }
  for (const image of images) {
    const configBytes = await tar.read(image.Config, MAX_MANIFEST_BYTES).catch((error: unknown) => {
      if (!tar.member(image.Config)) throw new LayoutError(`${where}: manifest.json names ${image.Config}, which is not in the archive`)
      throw error
    })
    const config = { digest: (await hash(image.Config)).digest, size: configBytes.length }
    const diffIds = diffIdsOf(configBytes, image.Config, where)
    if (diffIds.length !== image.Layers.length) {
      throw new LayoutError(`${where}: ${image.Config} lists ${diffIds.length} layers, manifest.json ${image.Layers.length}`)
    }
    const layers: StoredLayer[] = []
    for (const [position, member] of image.Layers.entries()) {
      const { digest, head } = await hash(member)
      const gzip = head[0] === 0x1f && head[1] === 0x8b
      if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) {
        throw new LayoutError(`${where}: ${member} is zstd-compressed, which a Docker v2 manifest cannot name`)
      }
      if (!gzip && digest !== diffIds[position])
        throw new LayoutError(`${where}: ${member} does not match ${diffIds[position]}, layer ${position + 1} of ${image.Config}`)
      layers.push({ digest, size: tar.member(member)!.size, gzip })
    }
    const manifest = dockerArchiveManifest(config, layers)
    manifests.set(manifest.digest, manifest)
    const descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length }
    if (image.RepoTags.length === 0) entries.push(descriptor)
    for (const name of image.RepoTags) entries.push({ ...descriptor, annotations: { [REF_NAME]: name } })
  }
  return { entries, manifests, blobs }
}

/** The `rootfs.diff_ids` of an image config. */
function diffIdsOf(config: Buffer, member: string, where: string): string[] {
  let json: { rootfs?: { diff_ids?: unknown } } | null
  try {
    json = JSON.parse(config.toString('utf8')) as typeof json
  } catch {
    throw new LayoutError(`${where}: ${member} is not an image config (not JSON)`)
  }
  const ids = json?.rootfs?.diff_ids
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string'))
    throw new LayoutError(`${where}: ${member} is not an image config (no rootfs.diff_ids)`)
  return ids as string[]
}
