import { basename, extname } from 'node:path'
import type { Readable } from 'node:stream'
import { MAX_MANIFEST_BYTES, manifestMediaType } from '../oci/media-types'
import type { BlobStream, Descriptor, ImageSource, ImageTarget, RawManifest, TagInfo } from '../oci/model'
import { sha256Digest } from '../oci/digest'
import { describeUnnamed, nameAsRepository, nameEntries, type LayoutNames } from './entry-names'
import { LayoutDigestError, LayoutError, LayoutNotFoundError } from './errors'
import { TarIndex } from './tar-index'

/** What an archive holds once read: named entries, and where each manifest and blob comes from. */
export interface ArchiveContents {
  /** The archive's images as index.json entries (named by `org.opencontainers.image.ref.name` or containerd's annotation). */
  entries: Descriptor[]
  /** Manifests made while reading (a docker-archive holds none of its own), by digest. */
  manifests: Map<string, RawManifest>
  /** The archive member holding each blob (and each stored manifest), by digest: verified when the archive was read. */
  blobs: Map<string, string>
}

/** Reads an indexed archive into its contents; `where` names the archive in errors. */
export type ArchiveReader = (tar: TarIndex, where: string) => Promise<ArchiveContents>

/** The two archive formats, as skopeo names them (containers-transports(5)). */
export type ArchiveFormat = 'oci-archive' | 'docker-archive'

type Opened = { tar: TarIndex; contents: ArchiveContents; names: LayoutNames }

/**
 * An image archive file (`oci-archive:FILE.tar`, `docker-archive:FILE.tar`) as a read-only source.
 * The tar is indexed once (headers only, see TarIndex) and every blob streamed from its offset: nothing
 * is unpacked to disk. The whole archive is checked when first listed, before any copy: a file that
 * is not a tar, one cut short, a member path leaving the archive, a missing index.json or
 * manifest.json, or a blob whose bytes are not its digest is a LayoutError naming the file.
 * Entries are named as in a layout (see nameEntries); bare tags belong to `--images`' one name, else
 * to the archive file's name (`alpine.tar` -> `alpine`).
 */
export class ArchiveSource implements ImageSource, ImageTarget {
  readonly name: string
  private opened?: Promise<Opened>

  constructor(
    private readonly path: string,
    format: ArchiveFormat,
    private readonly reader: ArchiveReader,
    private readonly options: { images?: readonly string[] } = {}
  ) {
    this.name = `${format}:${path}`
  }

  async listRepositories(prefix: string): Promise<string[]> {
    const { contents, names } = await this.open()
    if (names.named.length === 0) {
      if (contents.entries.length === 0) throw new LayoutError(`${this.name}: holds no images`)
      throw new LayoutError(
        (w) =>
          `${this.name}: ${describeUnnamed(contents.entries.length, names)}; none with a name this run can use: name them with ${w.option('images')} NAME (bare tags then go to NAME, unnamed entries as NAME:digest-<hex>)`
      )
    }
    const repositories = new Set(names.named.map((entry) => entry.repository))
    return [...repositories].filter((name) => !prefix || name === prefix || name.startsWith(`${prefix}/`)).sort()
  }

  async listTags(repository: string): Promise<TagInfo[]> {
    const { names } = await this.open()
    const tags = names.named.filter((entry) => entry.repository === repository).map(({ tag, descriptor }) => ({ tag, digest: descriptor.digest }))
    if (tags.length === 0) {
      const held = [...new Set(names.named.map((entry) => entry.repository))]
      throw new LayoutNotFoundError(
        `${this.name}: no images named ${repository} (it holds ${held.slice(0, 5).join(', ') || 'none'}${held.length > 5 ? ', ...' : ''})`
      )
    }
    return tags.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))
  }

  async headManifest(repository: string, reference: string): Promise<Descriptor | undefined> {
    const { names } = await this.open()
    if (!reference.startsWith('sha256:')) {
      const entry = names.named.find((named) => named.repository === repository && named.tag === reference)?.descriptor
      return entry && { mediaType: entry.mediaType, digest: entry.digest, size: entry.size }
    }
    const manifest = await this.manifestByDigest(reference).catch((error: unknown) => {
      if (error instanceof LayoutNotFoundError) return undefined
      throw error
    })
    return manifest && { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length }
  }

  async getManifest(repository: string, reference: string): Promise<RawManifest> {
    const descriptor = await this.headManifest(repository, reference)
    if (!descriptor) throw new LayoutNotFoundError(`${this.name}: manifest ${repository}:${reference} not found`)
    const manifest = await this.manifestByDigest(descriptor.digest)
    // An entry's own media type wins, as in a layout: the descriptor is what the archive says the tag is.
    return reference.startsWith('sha256:') ? manifest : { ...manifest, mediaType: descriptor.mediaType }
  }

  async getBlob(repository: string, digest: string): Promise<BlobStream> {
    const { tar, contents } = await this.open()
    const member = contents.blobs.get(digest)
    if (!member) throw new LayoutNotFoundError(`${this.name}: blob ${digest} (${repository}) is not in the archive`)
    return { stream: tar.stream(member), size: tar.member(member)!.size }
  }

  /** Reads the archive (once): a run naming its images with `--images` lists nothing, and still refuses a malformed archive before any copy. */
  async checkAccess(): Promise<void> {
    await this.open()
  }

  /** An archive is only read: the blob is never there for a write. */
  async hasBlob(): Promise<boolean> {
    return false
  }

  putBlob(_repository: string, _digest: string, _size: number, body: Readable): Promise<void> {
    body.destroy()
    return Promise.reject(this.readOnly())
  }

  putManifest(): Promise<void> {
    return Promise.reject(this.readOnly())
  }

  private readOnly(): LayoutError {
    return new LayoutError(`${this.name}: an archive is only read; write an OCI layout with oci:DIR`, 'refused')
  }

  /** A manifest by digest: one made while reading, else a stored one (bounded, its bytes verified when the archive was read). */
  private async manifestByDigest(digest: string): Promise<RawManifest> {
    const { tar, contents } = await this.open()
    const made = contents.manifests.get(digest)
    if (made) return made
    const member = contents.blobs.get(digest)
    if (!member) throw new LayoutNotFoundError(`${this.name}: manifest ${digest} is not in the archive`)
    const bytes = await tar.read(member, MAX_MANIFEST_BYTES)
    // The archive may have changed since it was read: the bytes are checked again.
    if (sha256Digest(bytes) !== digest) throw new LayoutDigestError(`${this.name}: ${member} no longer matches ${digest}`)
    const mediaType = manifestMediaType(bytes)
    if (!mediaType) throw new LayoutNotFoundError(`${this.name}: ${digest} is not a manifest`)
    return { bytes, mediaType, digest }
  }

  /** Indexes and reads the archive once; a failure is kept, so every caller gets the same one line. */
  private open(): Promise<Opened> {
    this.opened ??= (async () => {
      const tar = await TarIndex.open(this.path, this.name).catch((error: unknown) => {
        // skopeo's `oci-archive:FILE:NAME` picks one image; a run takes the whole archive, so the name is not part of the path.
        if (error instanceof LayoutError && error.kind === 'not-found' && this.path.includes(':')) {
          throw new LayoutError(`${error.message}; give the file alone (the whole archive is mirrored, so no :NAME after it)`, 'not-found')
        }
        throw error
      })
      const contents = await this.reader(tar, this.name)
      const images = this.options.images?.length === 1 ? this.options.images[0] : undefined
      return { tar, contents, names: nameEntries(contents.entries, { images, folder: nameAsRepository(basename(this.path, extname(this.path))) }) }
    })()
    return this.opened
  }
}
