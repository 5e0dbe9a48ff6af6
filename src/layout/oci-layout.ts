import { mkdir, readdir, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { Readable } from 'node:stream'
import { atomicTempPid, writeFileAtomic } from '../util/atomic-write'
import { NotRegularFileError, readRegularFile, removeLeftTemps } from '../util/local-file'
import { LockFile } from '../util/lock-file'
import type { BlobStream, Descriptor, ImageSource, ImageTarget, RawManifest, TagInfo } from '../oci/model'
import { BlobStore } from './blob-store'
import { sha256Digest } from '../oci/digest'
import { isSha256Digest } from './digest'
import { diskRefusal, isMissingFile, LayoutDigestError, LayoutError, LayoutNotFoundError } from './errors'
import { describeUnnamed, nameAsRepository, nameEntries, type EntryNaming, type LayoutNames } from './entry-names'
import { emptyIndex, parseIndex, withoutTag, withTag, type LayoutIndex } from './layout-index'
import { manifestMediaType, MAX_MANIFEST_BYTES } from '../oci/media-types'
import { isSchema1, manifestDigest } from '../oci/schema1'
import { isValidRepositoryPath as isRepository, isValidTag as isTag } from '../oci/names'

const LAYOUT_FILE = 'oci-layout'
const INDEX_FILE = 'index.json'
/** The short lock every change of index.json is made under, by any run writing the layout. */
const INDEX_LOCK = 'index.json.lock'
/** A run waits this long for another one's index.json change (milliseconds each) before failing the tag. */
const INDEX_LOCK_WAIT_MS = 30_000
/** An index lock from another host untouched this long is stale. */
const INDEX_LOCK_STALE_MS = 60_000

/**
 * An OCI image layout directory (`oci:PATH`) holding a whole mirror namespace: every repository
 * shares `blobs/sha256`, and each tag is an index.json entry whose
 * `org.opencontainers.image.ref.name` is `REPOSITORY:TAG` (see `formatRefName`), so
 * `skopeo inspect oci:PATH:team/app:v1` finds it. Entries carry the manifest's real media type;
 * skopeo 1.9 only looks up entries of OCI media types, so Docker-typed tags are readable here
 * (and by spec-following tools) but not addressable with skopeo 1.9.
 *
 * As a source it also reads layouts other tools wrote (bare tags, full references, containerd names,
 * unnamed entries: see nameEntries).
 *
 * As a source, a missing directory is a {@link LayoutError}; as a target it is created (an
 * existing non-empty directory that is not a layout is refused). Blobs appear under their final
 * name only complete and verified. index.json is changed read-modify-write under a short lock
 * (`index.json.lock`, see LockFile): each change re-reads the file when another run wrote it since,
 * so runs writing one layout at once keep every tag each of them wrote. The first write of a run
 * removes the temporary files a killed run left. No blob is ever deleted: a moved or pruned tag
 * leaves its manifest in `blobs`.
 */
export class OciLayout implements ImageSource, ImageTarget {
  readonly name: string
  private readonly root: string
  private readonly blobs: BlobStore
  /** index.json as last read or written; undefined inside when there is no layout yet. */
  private index?: Promise<LayoutIndex | undefined>
  private created?: Promise<void>
  private indexWrites: Promise<unknown> = Promise.resolve()
  /** index.json's identity (inode, size, mtime) when last read or written: a change means another run wrote it. */
  private seen = ''

  private readonly naming: EntryNaming
  private readonly names = new WeakMap<LayoutIndex, LayoutNames>()

  /** `images`: the `--images` of the run; one name claims the layout's bare tags and unnamed entries (see nameEntries). */
  constructor(path: string, options: { images?: readonly string[] } = {}) {
    this.name = `oci:${path}`
    this.root = resolve(path)
    this.blobs = new BlobStore(this.root)
    this.naming = { images: options.images?.length === 1 ? options.images[0] : undefined, folder: nameAsRepository(basename(this.root)) }
  }

  /**
   * The repositories the layout's entries are named into (see nameEntries). A layout that holds
   * nothing the run can name is a LayoutError saying what it found, never an empty listing.
   */
  async listRepositories(prefix: string): Promise<string[]> {
    const index = await this.requireIndex()
    const names = this.namesOf(index)
    if (names.named.length === 0) {
      if (index.manifests.length === 0) throw new LayoutError(`${this.name}: index.json lists no images`)
      throw new LayoutError(
        (w) =>
          `${this.name}: ${describeUnnamed(index.manifests.length, names)}; none with a name this run can use: name them with ${w.option('images')} NAME (bare tags then go to NAME, unnamed entries as NAME:digest-<hex>)`
      )
    }
    const repositories = new Set(names.named.map((entry) => entry.repository))
    return [...repositories].filter((name) => !prefix || name === prefix || name.startsWith(`${prefix}/`)).sort()
  }

  async listTags(repository: string): Promise<TagInfo[]> {
    const index = await this.requireIndex()
    const names = this.namesOf(index)
    const tags = names.named.filter((entry) => entry.repository === repository).map(({ tag, descriptor }) => ({ tag, digest: descriptor.digest }))
    if (tags.length === 0 && index.manifests.length > 0) {
      const held = [...new Set(names.named.map((entry) => entry.repository))]
      const found = held.length ? `it holds ${held.slice(0, 5).join(', ')}${held.length > 5 ? ', ...' : ''}` : describeUnnamed(index.manifests.length, names)
      throw new LayoutNotFoundError(`${this.name}: no images named ${repository} (${found})`)
    }
    return tags.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))
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
    // A blob the disk refuses fails its tag (kind refused) and leaves no file under its name (BlobStore.write).
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
    const entry = index && this.namesOf(index).named.find((named) => named.repository === repository && named.tag === reference)?.descriptor
    return entry && { descriptor: { mediaType: entry.mediaType, digest: entry.digest, size: entry.size } }
  }

  /** The entries of `index` as this run names them, computed once per index read. */
  private namesOf(index: LayoutIndex): LayoutNames {
    let names = this.names.get(index)
    if (!names) {
      names = nameEntries(index.manifests, this.naming)
      this.names.set(index, names)
    }
    return names
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
      version = (JSON.parse((await readRegularFile(layoutFile)).toString('utf8')) as { imageLayoutVersion?: unknown } | null)?.imageLayoutVersion
    } catch (error) {
      if (isMissingFile(error)) return undefined
      throw new LayoutError(error instanceof NotRegularFileError ? error.message : `${layoutFile}: ${(error as Error).message}`)
    }
    if (typeof version !== 'string' || !version.startsWith('1.')) {
      throw new LayoutError(`${layoutFile}: imageLayoutVersion ${JSON.stringify(version)} is not 1.x`, 'protocol')
    }
    const indexFile = join(this.root, INDEX_FILE)
    try {
      this.seen = await this.identity()
      return parseIndex((await readRegularFile(indexFile)).toString('utf8'), indexFile)
    } catch (error) {
      if (isMissingFile(error)) return emptyIndex()
      if (error instanceof LayoutError) throw error
      throw new LayoutError(error instanceof NotRegularFileError ? error.message : `${indexFile}: cannot be read (${(error as Error).message})`)
    }
  }

  /** index.json's inode, size and modification time ('' when absent): every atomic rewrite changes it. */
  private async identity(): Promise<string> {
    const info = await stat(join(this.root, INDEX_FILE), { bigint: true }).catch(() => undefined)
    return info ? `${info.ino}/${info.size}/${info.mtimeNs}` : ''
  }

  /** Runs `task` holding the layout's index lock; a live run keeping it past the wait fails with a LayoutError. */
  private underIndexLock<T>(task: () => Promise<T>): Promise<T> {
    return LockFile.with(
      join(this.root, INDEX_LOCK),
      { staleMs: INDEX_LOCK_STALE_MS, waitMs: INDEX_LOCK_WAIT_MS },
      (holder) =>
        new LayoutError(
          `${this.name}: another run (pid ${holder.pid} since ${holder.startedAt}) has held ${INDEX_LOCK} for ${INDEX_LOCK_WAIT_MS / 1000} s`,
          'transient'
        ),
      task
    ).catch((error: unknown) => {
      throw diskRefusal(error, `${this.name}: cannot lock ${INDEX_FILE}`)
    })
  }

  /** Makes the directory a layout once per instance, unless it already is one. */
  private create(): Promise<void> {
    this.created ??= this.createLayout().catch((error: unknown) => {
      this.created = undefined
      throw error
    })
    return this.created
  }

  /** Under the index lock (another run may be creating it too): a layout found is used, else one is made. */
  private async createLayout(): Promise<void> {
    if (!(await this.loadIndex())) {
      await mkdir(this.root, { recursive: true }).catch((error: unknown) => {
        throw diskRefusal(error, `${this.name}: cannot create ${this.root}`)
      })
      await this.underIndexLock(async () => {
        this.index = undefined
        if (await this.loadIndex()) return
        const found = (await readdir(this.root)).filter((name) => !isOwnTemp(name))
        if (found.length > 0) throw new LayoutError(`${this.name}: ${this.root} is not empty and not an OCI image layout; refusing to write into it`)
        await mkdir(this.blobs.directory, { recursive: true })
        const index = emptyIndex()
        await writeFileAtomic(join(this.root, INDEX_FILE), JSON.stringify(index))
        await writeFileAtomic(join(this.root, LAYOUT_FILE), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
        this.seen = await this.identity()
        this.index = Promise.resolve(index)
      })
    }
    // What a killed run left: its blobs' and index.json's temporary files (only ours, older than this run).
    await this.blobs.removeLeftTemps()
    await removeLeftTemps(this.root, (name) => atomicTempPid(INDEX_FILE, name) || atomicTempPid(LAYOUT_FILE, name))
  }

  /**
   * Applies `change` to index.json and writes it atomically under the index lock, one change at a
   * time: the file is read again first when another run wrote it since, so no run's entries are lost.
   */
  private updateIndex(change: (index: LayoutIndex) => LayoutIndex): Promise<void> {
    const run = this.indexWrites.then(() =>
      this.underIndexLock(async () => {
        if ((await this.identity()) !== this.seen) this.index = undefined
        const current = await this.requireIndex()
        const next = change(current)
        if (next === current) return
        await writeFileAtomic(join(this.root, INDEX_FILE), JSON.stringify(next)).catch((error: unknown) => {
          throw diskRefusal(error, `${this.name}: cannot write ${INDEX_FILE}`)
        })
        this.seen = await this.identity()
        this.index = Promise.resolve(next)
      })
    )
    this.indexWrites = run.catch(() => undefined)
    return run
  }
}

/** The layout's own short-lived files another run may have in the directory while creating it. */
function isOwnTemp(name: string): boolean {
  return name === INDEX_LOCK || name === `${INDEX_LOCK}.takeover` || atomicTempPid(INDEX_FILE, name) !== false || atomicTempPid(LAYOUT_FILE, name) !== false
}
