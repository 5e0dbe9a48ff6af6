/**
 * The image model shared by everything that reads or writes images: the registry client, the OCI
 * image layout, the engines, and the sync domain that drives them.
 */
import type { Readable } from 'node:stream'

/** A user name and password (or access token) for a registry. */
export interface Credentials {
  username: string
  password: string
  /**
   * An OAuth2 refresh token (`identitytoken` in Docker's config.json, as `az acr login` stores it):
   * exchanged at the token realm for access tokens instead of sending the password.
   */
  identityToken?: string
}

/** An OCI content descriptor. */
export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  platform?: Platform
  annotations?: Record<string, string>
  artifactType?: string
  urls?: string[]
}

export interface Platform {
  architecture: string
  os: string
  variant?: string
  'os.version'?: string
}

/** A manifest as fetched: the exact bytes (never re-serialised), its media type and digest. */
export interface RawManifest {
  bytes: Buffer
  mediaType: string
  digest: string
}

/** A tag as listed, with its digest when the registry lists digests in bulk (gcr.io). */
export interface TagInfo {
  tag: string
  digest?: string
  /** Upload or creation time in ms since the epoch, where the registry says (gcr.io). */
  created?: number
}

/** A blob body being read: a stream and its size when known. */
export interface BlobStream {
  stream: Readable
  size?: number
}

/** Per-call options: `signal` (the per-tag timeout) aborts the call's requests, closing their sockets. */
export interface CallOptions {
  signal?: AbortSignal
}

/** Read access to images, by repository name relative to the store's root. */
export interface ImageSource {
  /** A stable display name, e.g. `127.0.0.1:5001` or `oci:./mirror`. */
  readonly name: string
  /** Repositories whose name equals `prefix` or starts with `prefix/` (empty prefix: all). */
  listRepositories(prefix: string): Promise<string[]>
  /** Every tag of a repository, with digests where they come for free. */
  listTags(repository: string, options?: CallOptions): Promise<TagInfo[]>
  /** The current descriptor of a tag or digest without fetching the manifest (HEAD); undefined if absent. */
  headManifest(repository: string, reference: string, options?: CallOptions): Promise<Descriptor | undefined>
  /** The manifest bytes. Throws NotFoundError when absent. */
  getManifest(repository: string, reference: string, options?: CallOptions): Promise<RawManifest>
  /** Opens a blob for reading. The caller verifies the digest while streaming. */
  getBlob(repository: string, digest: string, options?: CallOptions): Promise<BlobStream>
  /** Fails with a clear error when the store can't be reached or read (wrong credentials, unknown host). */
  checkAccess?(repository: string, options?: CallOptions): Promise<void>
  /**
   * The referrers of a manifest from the store's referrers API (`GET /v2/NAME/referrers/DIGEST`,
   * every page), undefined when the store has none (404): then the fallback tag `sha256-<hex>` holds them.
   */
  listReferrers?(repository: string, digest: string, options?: CallOptions): Promise<Descriptor[] | undefined>
}

/** What a manifest push told: `subject` is the `OCI-Subject` header, sent by a store that lists the pushed referrer itself. */
export interface ManifestPut {
  subject?: string
}

/** How a mount-or-start request ended: mounted, or an upload session (URL) to put the blob into. */
export type UploadStart = { mounted: true } | { mounted: false; session: string }

/** Write access to images, by repository name relative to the store's root. */
export interface ImageTarget {
  readonly name: string
  /** True when the blob is already in this repository. */
  hasBlob(repository: string, digest: string, options?: CallOptions): Promise<boolean>
  /**
   * Mount-or-start: one request that mounts `digest` from `fromRepository`, or opens the upload
   * session (when the store can't mount it) that {@link putBlob} then puts it into.
   */
  mountOrStart?(repository: string, digest: string, fromRepository: string, options?: CallOptions): Promise<UploadStart>
  /** Cancels an upload session `mountOrStart` opened and the caller no longer needs (best effort). */
  cancelUpload?(repository: string, session: string): Promise<void>
  /**
   * True when the repository lists any tag (absent: the store can't tell cheaply). A repository
   * without tags needs no HEAD before a write: what is in it came from this run or a killed one.
   */
  hasTags?(repository: string, options?: CallOptions): Promise<boolean>
  /** Uploads a blob from a stream (into `session` when given); the stream is verified against `digest` by the caller. */
  putBlob(repository: string, digest: string, size: number, body: Readable, options?: CallOptions & { session?: string }): Promise<void>
  /** The digest a tag points at now, undefined when absent (HEAD). */
  headManifest(repository: string, reference: string, options?: CallOptions): Promise<Descriptor | undefined>
  /** Pushes manifest bytes under a tag or digest reference. */
  putManifest(repository: string, reference: string, manifest: RawManifest, options?: CallOptions): Promise<ManifestPut | void>
  /** Reads a manifest back (the referrers fallback index is read, extended and pushed again). Throws NotFoundError when absent. */
  getManifest?(repository: string, reference: string, options?: CallOptions): Promise<RawManifest>
  /** As ImageSource.listReferrers: tells whether the target lists referrers itself. */
  listReferrers?(repository: string, digest: string, options?: CallOptions): Promise<Descriptor[] | undefined>
  /** Fails with a clear error when the store can't be reached or written (wrong credentials, unknown host). */
  checkAccess?(repository: string, options?: CallOptions): Promise<void>
  /** The token realm a registry names when asked anonymously (what tells a self-hosted GitLab); undefined when it names none. */
  tokenRealm?(options?: CallOptions): Promise<string | undefined>
  /** Fails with a clear error when `repository` can't be pushed to (asked once, before the first write of a run). */
  checkPush?(repository: string, options?: CallOptions): Promise<void>
  /** Forgets what it knew of the access to `path` and below (tokens), after it was created (a repository, a project). */
  forgetAccess?(path: string): void
  /**
   * Removes `repository:tag`, which points at `digest` (`--prune`). A registry can only delete the
   * manifest by digest, which takes every tag pointing at it along: `deletesByDigest` says so.
   */
  deleteTag?(repository: string, tag: string, digest: string): Promise<void>
  readonly deletesByDigest?: boolean
}
