import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { Readable } from 'node:stream'
import { writeFileAtomic } from '../util/atomic-write'
import type { BlobStream, Descriptor, ImageSource, ImageTarget, RawManifest, TagInfo } from '../oci/model'
import { BlobStore } from './blob-store'
import { sha256Digest } from '../oci/digest'
import { isSha256Digest } from './digest'
import { isMissingFile, LayoutDigestError, LayoutError, LayoutNotFoundError } from './errors'
import { emptyIndex, findTag, parseIndex, taggedEntries, withoutTag, withTag, type LayoutIndex } from './layout-index'
import { manifestMediaType, MAX_MANIFEST_BYTES } from '../oci/media-types'
import { isSchema1, manifestDigest } from '../oci/schema1'
import { isValidRepositoryPath as isRepository, isValidTag as isTag } from '../oci/names'

const LAYOUT_FILE = 'oci-layout'
const INDEX_FILE = 'index.json'

/**
 * An OCI image layout directory (`oci:PATH`) holding a whole mirror namespace: every repository
 * shares `blobs/sha256`, and each tag is an index.json entry whose
 * `org.opencontainers.image.ref.name` is `REPOSITORY:TAG` (see `formatRefName`), so
 * `skopeo inspect oci:PATH:team/app:v1` finds it. Entries carry the manifest's real media type;
 * skopeo 1.9 only looks up entries of OCI media types, so Docker-typed tags are readable here
 * (and by spec-following tools) but not addressable with skopeo 1.9.
 *
 * As a source, a missing directory is a {@link LayoutError}; as a target it is created (an
 * existing non-empty directory that is not a layout is refused). Blobs appear under their final
 * name only complete and verified. index.json is rewritten atomically, one change at a time per
 * instance; one process should write a layout at a time. No blob is ever deleted: a moved or
 * pruned tag leaves its manifest in `blobs`.
 */
export class OciLayout implements ImageSource, ImageTarget {
  readonly name: string
  private readonly root: string
  private readonly blobs: BlobStore
  /** index.json as last read or written; undefined inside when there is no layout yet. */
  private index?: Promise<LayoutIndex | undefined>
  private created?: Promise<void>
  private indexWrites: Promise<unknown> = Promise.resolve()

  constructor(path: string) {
    this.name = `oci:${path}`
    this.root = resolve(path)
    this.blobs = new BlobStore(this.root)
  }

  async listRepositories(prefix: string): Promise<string[]> {
    const entries = taggedEntries(await this.requireIndex())
    const names = new Set(entries.map((entry) => entry.repository))
    return [...names].filter((name) => !prefix || name === prefix || name.startsWith(`${prefix}/`)).sort()
  }

  async listTags(repository: string): Promise<TagInfo[]> {
    const tags = new Map<string, TagInfo>()
    for (const { repository: name, tag, descriptor } of taggedEntries(await this.requireIndex())) {
      if (name === repository && !tags.has(tag)) tags.set(tag, { tag, digest: descriptor.digest })
    }
    return [...tags.values()].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))
  }

  async headManifest(repository: string, reference: string): Promise<Descriptor | undefined> {
    return (await this.resolve(repository, reference))?.descriptor
  }

  async getManifest(repository: string, reference: string): Promise<RawManifest> {
    await this.requireIndex()
    const found = await this.resolve(repository, reference)
    if (!found) throw new LayoutNotFoundError(`${this.name}: manifest ${repository}:${reference} not found`)
    const bytes = found.bytes ?? (await this.blobs.read(found.descriptor.digest))
    if (!bytes) throw new LayoutNotFoundError(`${this.name}: ${repository}:${reference} points at ${found.descriptor.digest}, which is not in blobs`)
    return { bytes, mediaType: found.descriptor.mediaType, digest: found.descriptor.digest }
  }

  async getBlob(repository: string, digest: string): Promise<BlobStream> {
    await this.requireIndex()
    const blob = await this.blobs.open(digest)
    if (!blob) throw new LayoutNotFoundError(`${this.name}: blob ${digest} (${repository}) not found`)
    return blob
  }

  /** Every repository shares the layout's blobs: true when the blob file exists. */
  async hasBlob(_repository: string, digest: string): Promise<boolean> {
    return (await this.blobs.size(digest)) !== undefined
  }

  /** Every repository shares the layout's blobs, so mounting is checking the blob is there. */
  mountBlob(repository: string, digest: string, _fromRepository: string): Promise<boolean> {
    return this.hasBlob(repository, digest)
  }

  async putBlob(_repository: string, digest: string, size: number, body: Readable): Promise<void> {
    await this.create()
    await this.blobs.write(digest, size, body)
  }

  /**
   * Stores the manifest bytes as a blob (their digest verified), and when `reference` is a tag
   * points `repository:reference` at them in index.json. A digest reference (an index's child)
   * only stores the blob. Schema 1 is refused (kind `refused`, so the engine converts it): its
   * digest is that of its JWS payload, not of its bytes, which a content-addressed store can't hold.
   */
  async putManifest(repository: string, reference: string, manifest: RawManifest): Promise<void> {
    if (!isRepository(repository)) throw new LayoutError(`${this.name}: "${repository}" is not a repository name`)
    if (isSchema1(manifest.mediaType)) {
      throw new LayoutError(
        `${this.name}: an OCI layout holds no schema 1 manifests (${repository}:${reference} is ${manifestDigest(manifest.bytes, manifest.mediaType)})`,
        'refused'
      )
    }
    const digest = sha256Digest(manifest.bytes)
    if (digest !== manifest.digest || (isSha256Digest(reference) && reference !== digest)) {
      throw new LayoutDigestError(`${this.name}: manifest for ${repository}:${reference} (${manifest.digest}) hashes to ${digest}`)
    }
    if (!isSha256Digest(reference) && !isTag(reference)) throw new LayoutError(`${this.name}: "${reference}" is neither a tag nor a sha256 digest`)
    await this.create()
    await this.blobs.write(digest, manifest.bytes.length, Readable.from([manifest.bytes]))
    if (isTag(reference)) {
      await this.updateIndex((index) => withTag(index, repository, reference, { mediaType: manifest.mediaType, digest, size: manifest.bytes.length }))
    }
  }

  /** Removes the index.json entries named `repository:tag` (`--prune`); the blobs stay. */
  async deleteTag(repository: string, tag: string): Promise<void> {
    await this.requireIndex()
    await this.updateIndex((index) => withoutTag(index, repository, tag))
  }

  /**
   * The descriptor a tag or digest resolves to, undefined when absent or when there is no layout.
   * A tag's comes from index.json; a digest's media type from the manifest itself, whose bytes
   * come along then.
   */
  private async resolve(repository: string, reference: string): Promise<{ descriptor: Descriptor; bytes?: Buffer } | undefined> {
    if (isSha256Digest(reference)) {
      const size = await this.blobs.size(reference)
      if (size === undefined || size > MAX_MANIFEST_BYTES) return undefined
      const bytes = await this.blobs.read(reference)
      const mediaType = bytes && manifestMediaType(bytes)
      return mediaType ? { descriptor: { mediaType, digest: reference, size: bytes.length }, bytes } : undefined
    }
    const index = await this.loadIndex()
    const entry = index && findTag(index, repository, reference)
    return entry && { descriptor: { mediaType: entry.mediaType, digest: entry.digest, size: entry.size } }
  }

  /** index.json, or a LayoutError when the directory holds no layout. */
  private async requireIndex(): Promise<LayoutIndex> {
    const index = await this.loadIndex()
    if (!index) throw new LayoutError(`${this.name}: no OCI image layout in ${this.root} (no ${LAYOUT_FILE} file)`, 'not-found')
    return index
  }

  private loadIndex(): Promise<LayoutIndex | undefined> {
    this.index ??= this.readIndex().catch((error: unknown) => {
      this.index = undefined
      throw error
    })
    return this.index
  }

  /** Reads `oci-layout` (undefined when absent) and index.json (empty when absent). */
  private async readIndex(): Promise<LayoutIndex | undefined> {
    const layoutFile = join(this.root, LAYOUT_FILE)
    let version: unknown
    try {
      version = (JSON.parse(await readFile(layoutFile, 'utf8')) as { imageLayoutVersion?: unknown } | null)?.imageLayoutVersion
    } catch (error) {
      if (isMissingFile(error)) return undefined
      throw new LayoutError(`${layoutFile}: ${(error as Error).message}`)
    }
    if (typeof version !== 'string' || !version.startsWith('1.')) {
      throw new LayoutError(`${layoutFile}: imageLayoutVersion ${JSON.stringify(version)} is not 1.x`, 'protocol')
    }
    const indexFile = join(this.root, INDEX_FILE)
    try {
      return parseIndex(await readFile(indexFile, 'utf8'), indexFile)
    } catch (error) {
      if (isMissingFile(error)) return emptyIndex()
      throw error
    }
  }

  /** Makes the directory a layout once per instance, unless it already is one. */
  private create(): Promise<void> {
    this.created ??= this.createLayout().catch((error: unknown) => {
      this.created = undefined
      throw error
    })
    return this.created
  }

  private async createLayout(): Promise<void> {
    if (await this.loadIndex()) return
    const found = await readdir(this.root).catch((error: unknown) => {
      if (isMissingFile(error)) return []
      throw error
    })
    if (found.length > 0) throw new LayoutError(`${this.name}: ${this.root} is not empty and not an OCI image layout; refusing to write into it`)
    await mkdir(this.blobs.directory, { recursive: true })
    const index = emptyIndex()
    await writeFileAtomic(join(this.root, INDEX_FILE), JSON.stringify(index))
    await writeFileAtomic(join(this.root, LAYOUT_FILE), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
    this.index = Promise.resolve(index)
  }

  /** Applies `change` to index.json and writes it atomically, one change at a time so none is lost. */
  private updateIndex(change: (index: LayoutIndex) => LayoutIndex): Promise<void> {
    const run = this.indexWrites.then(async () => {
      const current = await this.requireIndex()
      const next = change(current)
      if (next === current) return
      await writeFileAtomic(join(this.root, INDEX_FILE), JSON.stringify(next))
      this.index = Promise.resolve(next)
    })
    this.indexWrites = run.catch(() => undefined)
    return run
  }
}
