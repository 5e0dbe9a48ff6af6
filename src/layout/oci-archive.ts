import { MAX_MANIFEST_BYTES } from '../oci/media-types'
import type { ArchiveContents } from './archive-source'
import { LayoutError } from './errors'
import { parseIndex } from './layout-index'
import type { TarIndex } from './tar-index'

/** index.json's own size limit: an index listing thousands of tags stays far below it. */
const MAX_INDEX_BYTES = 64 * 1024 * 1024
const BLOB_MEMBER = /^blobs\/sha256\/([a-f0-9]{64})$/

/**
 * An `oci-archive:` file: a tar of an OCI image layout (`podman save --format oci-archive`,
 * `skopeo copy ... oci-archive:`, `ctr export`, and `docker save` from Docker 25 on, which writes a
 * layout beside its manifest.json). Needs `oci-layout` (1.x) and `index.json`; every
 * `blobs/sha256/<hex>` member is hashed once here and must match its name, so a damaged blob is
 * refused before any copy.
 */
export async function readOciArchive(tar: TarIndex, where: string): Promise<ArchiveContents> {
  if (!tar.member('index.json')) {
    const hint = tar.member('manifest.json') ? ' (it holds a manifest.json: read a docker save archive with docker-archive:)' : ''
    throw new LayoutError(`${where}: holds no index.json, so it is not an OCI archive${hint}`)
  }
  if (!tar.member('oci-layout')) throw new LayoutError(`${where}: holds no oci-layout file, so it is not an OCI archive`)
  let version: unknown
  try {
    version = (JSON.parse((await tar.read('oci-layout', 4096)).toString('utf8')) as { imageLayoutVersion?: unknown } | null)?.imageLayoutVersion
  } catch {
    version = undefined
  }
  if (typeof version !== 'string' || !version.startsWith('1.'))
    throw new LayoutError(`${where}: oci-layout says imageLayoutVersion ${JSON.stringify(version)}, not 1.x`)
  const index = parseIndex((await tar.read('index.json', MAX_INDEX_BYTES)).toString('utf8'), `${where}: index.json`)
  const blobs = new Map<string, string>()
  for (const name of tar.names()) {
    const hex = BLOB_MEMBER.exec(name)?.[1]
    if (!hex) continue
    const { digest } = await tar.hash(name)
    if (digest !== `sha256:${hex}`) throw new LayoutError(`${where}: ${name} does not match its digest (its bytes hash to ${digest})`)
    blobs.set(digest, name)
  }
  for (const entry of index.manifests) {
    if (!blobs.has(entry.digest)) throw new LayoutError(`${where}: index.json lists ${entry.digest}, which is not in blobs/`)
    if (entry.size > MAX_MANIFEST_BYTES) throw new LayoutError(`${where}: index.json lists ${entry.digest} of ${entry.size} bytes, over the manifest limit`)
  }
  return { entries: index.manifests, manifests: new Map(), blobs }
}
