/**
 * An in-memory registry for unit tests of every layer: an ImageSource and ImageTarget that keeps
 * what a distribution registry keeps and answers as one does, with every request counted and any
 * request made to fail, wait or hang. Tests of the engines, the planner and the shells pin request
 * counts and failure paths with it, with no registry binary on the machine.
 */
import { Readable } from 'node:stream'
import { digestOf } from '../oci/digest'
import { MirrorError, type ErrorKind } from '../oci/errors'
import type { BlobStream, CallOptions, Descriptor, ImageSource, ImageTarget, ManifestPut, RawManifest, TagInfo, UploadStart } from '../oci/model'
import { isValidDigest } from '../oci/names'
import { subjectOf } from '../oci/referrers'
import { manifestDigest } from '../oci/schema1'

/** The requests a MemoryRegistry counts: one per method of the store interfaces, as each is one registry request. */
export type Call =
  | 'listRepositories'
  | 'listTags'
  | 'hasTags'
  | 'headManifest'
  | 'getManifest'
  | 'putManifest'
  | 'deleteTag'
  | 'hasBlob'
  | 'getBlob'
  | 'mountOrStart'
  | 'cancelUpload'
  | 'putBlob'
  | 'listReferrers'
  | 'checkAccess'
  | 'checkPush'

/** One request as received: what was asked, of which repository, for which tag or digest. */
export interface Request {
  call: Call
  repository: string
  /** The tag or digest named (for blob calls the digest; for mounts, the digest). */
  reference?: string
  /** A mount's source repository. */
  from?: string
}

/** The optional methods a test can take away, to stand for a store that lacks them (an OCI layout, an old registry). */
export type Capability = 'mountOrStart' | 'cancelUpload' | 'hasTags' | 'getManifest' | 'listReferrers' | 'deleteTag' | 'checkAccess' | 'checkPush'

/** How the registry behaves where registries differ. */
export interface MemoryRegistryOptions {
  /** The store's display name (default `memory`). */
  name?: string
  /**
   * The answer to a mount from the repository itself when the blob is there: `mounts` (201, as
   * distribution 2.8 does), `session` (202, an upload opened: the registry can't tell that way), or
   * `refused` (400 for any self-mount).
   */
  selfMount?: 'mounts' | 'session' | 'refused'
  /** False: a mount from another repository always opens an upload (202), as where mounts are off. Default true. */
  crossMount?: boolean
  /** Serves the referrers API and answers `OCI-Subject` to a manifest with a subject (distribution 3); default false: 404, no API. */
  referrersApi?: boolean
  /** Manifest deletes enabled (distribution's `storage.delete.enabled`); default false: 405 UNSUPPORTED. */
  deletes?: boolean
  /** Optional methods this store does not have. */
  without?: Capability[]
}

/** A failure, wait or hang injected into the requests that match it. */
export interface Fault {
  call: Call
  /** Only requests for this repository. */
  repository?: string
  /** Only requests naming this tag or digest. */
  reference?: string
  /** How many matching requests it applies to (default 1; Infinity for every one). */
  times?: number
  /** Waits this long before answering (cut short by the request's signal). */
  delayMs?: number
  /** Never answers: waits until the request's signal aborts, then rejects with its reason. */
  stall?: boolean
  /** Then fails with an error of this kind (a MemoryRegistryError), or with the error this returns. */
  fail?: ErrorKind | (() => Error)
  /** getBlob only: serves the blob with its first byte changed (same size), as a corrupting network would. */
  corrupt?: boolean
}

/** An error answer, as a registry gives it: a kind of the floor and the spec's error code. */
export class MemoryRegistryError extends MirrorError {
  override name = 'MemoryRegistryError'
  constructor(
    kind: ErrorKind,
    readonly code: string,
    message: string
  ) {
    super(kind, message)
  }
}

/** What a repository links to (content is shared registry-wide, reachable only where linked). */
interface Repository {
  blobs: Set<string>
  manifests: Set<string>
  tags: Map<string, string>
}

/** A test image as seeded: its top manifest, the children of an index, and the bytes of every blob. */
export interface SeedImage {
  top: RawManifest
  children?: RawManifest[]
  blobs: Array<{ bytes: Buffer }>
}

/**
 * A distribution registry in memory. Content-addressed blobs and manifests linked per repository
 * (a blob or manifest is served only from a repository it was pushed or mounted into); tags point
 * at manifests; a manifest push is refused (`MANIFEST_BLOB_UNKNOWN`) while a blob or child it
 * names is missing from the repository, and (`DIGEST_INVALID`) when its bytes are not its digest;
 * blob uploads go through sessions that a mount-or-start opens; errors carry the floor's kinds.
 * `requests` holds every request in order; `inject` adds faults. `seed*` and the read helpers
 * bypass both, for setting up and checking a test.
 */
export class MemoryRegistry implements ImageSource, ImageTarget {
  readonly name: string
  /** As every distribution registry: a tag goes by deleting its manifest, with every tag on it. */
  readonly deletesByDigest = true
  /** Every request received, in order (reset with `resetRequests`). */
  readonly requests: Request[] = []
  private readonly blobs = new Map<string, Buffer>()
  private readonly manifests = new Map<string, RawManifest>()
  private readonly repositories = new Map<string, Repository>()
  /** Open upload sessions: URL -> repository. */
  private readonly sessions = new Map<string, string>()
  private readonly faults: Array<Fault & { left: number }> = []
  private uploads = 0

  constructor(private readonly options: MemoryRegistryOptions = {}) {
    this.name = options.name ?? 'memory'
    for (const capability of options.without ?? []) Object.defineProperty(this, capability, { value: undefined })
  }

  /** Makes the next matching requests fail, wait or hang (see Fault). */
  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 })
  }

  /** Requests of `call` (optionally for `repository`) received so far. */
  count(call: Call, repository?: string): number {
    return this.requests.filter((r) => r.call === call && (repository === undefined || r.repository === repository)).length
  }

  /** Requests received so far, as `call repository[ reference]` lines (for asserting order). */
  log(): string[] {
    return this.requests.map((r) => [r.call, r.repository, r.reference, r.from && `from ${r.from}`].filter(Boolean).join(' '))
  }

  resetRequests(): void {
    this.requests.length = 0
  }

  /** Upload sessions opened and neither used nor cancelled. */
  get openSessions(): number {
    return this.sessions.size
  }

  // Setting up and checking a test: no request counted, no fault applied, nothing checked.

  /** Puts `bytes` into `repository` as a blob; its descriptor. */
  seedBlob(repository: string, bytes: Buffer, mediaType = 'application/octet-stream'): Descriptor {
    const digest = digestOf(bytes, 'sha256:')
    this.blobs.set(digest, Buffer.from(bytes))
    this.repository(repository).blobs.add(digest)
    return { mediaType, digest, size: bytes.length }
  }

  /** Puts a manifest into `repository`, under `tag` when given. */
  seedManifest(repository: string, manifest: RawManifest, tag?: string): void {
    this.manifests.set(manifest.digest, { ...manifest, bytes: Buffer.from(manifest.bytes) })
    const repo = this.repository(repository)
    repo.manifests.add(manifest.digest)
    if (tag) repo.tags.set(tag, manifest.digest)
  }

  /** Puts a whole image into `repository` under `tag`: blobs, children, then the top. */
  seed(repository: string, tag: string, image: SeedImage): void {
    for (const blob of image.blobs) this.seedBlob(repository, blob.bytes)
    for (const child of image.children ?? []) this.seedManifest(repository, child)
    this.seedManifest(repository, image.top, tag)
  }

  /** The digest `tag` points at in `repository`, if any. */
  tagged(repository: string, tag: string): string | undefined {
    return this.repositories.get(repository)?.tags.get(tag)
  }

  /** The manifest `reference` (tag or digest) names in `repository`, if any. */
  manifest(repository: string, reference: string): RawManifest | undefined {
    const digest = this.resolve(repository, reference)
    return digest ? this.manifests.get(digest) : undefined
  }

  /** The bytes of a blob linked into `repository`, if any. */
  blob(repository: string, digest: string): Buffer | undefined {
    return this.repositories.get(repository)?.blobs.has(digest) ? this.blobs.get(digest) : undefined
  }

  // ImageSource and ImageTarget: each call is one counted request.

  async listRepositories(prefix: string): Promise<string[]> {
    await this.receive({ call: 'listRepositories', repository: prefix })
    return [...this.repositories]
      .filter(([name, repo]) => repo.manifests.size > 0 && (!prefix || name === prefix || name.startsWith(`${prefix}/`)))
      .map(([name]) => name)
      .sort()
  }

  async listTags(repository: string, options?: CallOptions): Promise<TagInfo[]> {
    await this.receive({ call: 'listTags', repository }, options)
    const repo = this.repositories.get(repository)
    if (!repo) throw this.error('not-found', 'NAME_UNKNOWN', `repository ${repository} not known`)
    return [...repo.tags.keys()].sort().map((tag) => ({ tag }))
  }

  async hasTags(repository: string, options?: CallOptions): Promise<boolean> {
    await this.receive({ call: 'hasTags', repository }, options)
    return (this.repositories.get(repository)?.tags.size ?? 0) > 0
  }

  async headManifest(repository: string, reference: string, options?: CallOptions): Promise<Descriptor | undefined> {
    await this.receive({ call: 'headManifest', repository, reference }, options)
    const manifest = this.manifest(repository, reference)
    return manifest && { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length }
  }

  async getManifest(repository: string, reference: string, options?: CallOptions): Promise<RawManifest> {
    await this.receive({ call: 'getManifest', repository, reference }, options)
    const manifest = this.manifest(repository, reference)
    if (!manifest) throw this.error('not-found', 'MANIFEST_UNKNOWN', `manifest ${repository}:${reference} unknown`)
    return { ...manifest, bytes: Buffer.from(manifest.bytes) }
  }

  async putManifest(repository: string, reference: string, manifest: RawManifest, options?: CallOptions): Promise<ManifestPut> {
    await this.receive({ call: 'putManifest', repository, reference }, options)
    const digest = manifestDigest(manifest.bytes, manifest.mediaType)
    if (digest !== manifest.digest || (isValidDigest(reference) && reference !== digest))
      throw this.error('refused', 'DIGEST_INVALID', `manifest ${repository}@${reference}: the bytes are ${digest}`)
    const repo = this.repositories.get(repository)
    const { blobs, children } = references(manifest.bytes)
    const missing = [...blobs.filter((d) => !repo?.blobs.has(d)), ...children.filter((d) => !repo?.manifests.has(d))]
    if (missing.length > 0) throw this.error('refused', 'MANIFEST_BLOB_UNKNOWN', `manifest ${repository}:${reference} names ${missing[0]}, unknown here`)
    this.seedManifest(repository, manifest, isValidDigest(reference) ? undefined : reference)
    const subject = subjectOf(manifest)
    return this.options.referrersApi && subject ? { subject } : {}
  }

  async deleteTag(repository: string, tag: string, digest: string): Promise<void> {
    await this.receive({ call: 'deleteTag', repository, reference: tag })
    if (!this.options.deletes) throw this.error('refused', 'UNSUPPORTED', 'the operation is unsupported (deletes are not enabled)')
    const repo = this.repositories.get(repository)
    if (!repo?.manifests.delete(digest)) throw this.error('not-found', 'MANIFEST_UNKNOWN', `manifest ${repository}@${digest} unknown`)
    for (const [name, target] of repo.tags) if (target === digest) repo.tags.delete(name)
  }

  async hasBlob(repository: string, digest: string, options?: CallOptions): Promise<boolean> {
    await this.receive({ call: 'hasBlob', repository, reference: digest }, options)
    return this.blob(repository, digest) !== undefined
  }

  async getBlob(repository: string, digest: string, options?: CallOptions): Promise<BlobStream> {
    const fault = await this.receive({ call: 'getBlob', repository, reference: digest }, options)
    const bytes = this.blob(repository, digest)
    if (!bytes) throw this.error('not-found', 'BLOB_UNKNOWN', `blob ${repository}@${digest} unknown`)
    const served = Buffer.from(bytes)
    if (fault?.corrupt && served.length > 0) served[0] ^= 0xff
    return { stream: Readable.from([served]), size: served.length }
  }

  async mountOrStart(repository: string, digest: string, fromRepository: string, options?: CallOptions): Promise<UploadStart> {
    await this.receive({ call: 'mountOrStart', repository, reference: digest, from: fromRepository }, options)
    const self = fromRepository === repository
    if (self && this.options.selfMount === 'refused') throw this.error('refused', 'UNSUPPORTED', `no mount of ${repository} from itself`)
    const mountable = self ? this.options.selfMount !== 'session' : this.options.crossMount !== false
    if (mountable && this.blob(fromRepository, digest)) {
      this.repository(repository).blobs.add(digest)
      return { mounted: true }
    }
    return { mounted: false, session: this.open(repository) }
  }

  async cancelUpload(repository: string, session: string): Promise<void> {
    await this.receive({ call: 'cancelUpload', repository })
    if (this.sessions.get(session) !== repository) throw this.error('not-found', 'BLOB_UPLOAD_UNKNOWN', `upload ${session} unknown`)
    this.sessions.delete(session)
  }

  async putBlob(repository: string, digest: string, size: number, body: Readable, options: CallOptions & { session?: string } = {}): Promise<void> {
    await this.receive({ call: 'putBlob', repository, reference: digest }, options)
    const session = options.session ?? this.open(repository)
    if (this.sessions.get(session) !== repository) throw this.error('not-found', 'BLOB_UPLOAD_UNKNOWN', `upload ${session} unknown`)
    const bytes = await readAll(body, options.signal)
    // A failed upload leaves its session as a registry would; only a completed one closes it.
    if ((size >= 0 && bytes.length !== size) || digestOf(bytes, digest) !== digest)
      throw this.error('refused', 'DIGEST_INVALID', `blob ${repository}@${digest}: ${bytes.length} bytes that are ${digestOf(bytes, digest)}`)
    this.sessions.delete(session)
    this.seedBlob(repository, bytes)
  }

  async listReferrers(repository: string, digest: string, options?: CallOptions): Promise<Descriptor[] | undefined> {
    await this.receive({ call: 'listReferrers', repository, reference: digest }, options)
    if (!this.options.referrersApi) return undefined
    return [...(this.repositories.get(repository)?.manifests ?? [])]
      .map((d) => this.manifests.get(d)!)
      .filter((m) => subjectOf(m) === digest)
      .map(referrerDescriptor)
  }

  async checkAccess(repository: string): Promise<void> {
    await this.receive({ call: 'checkAccess', repository })
  }

  async checkPush(repository: string): Promise<void> {
    await this.receive({ call: 'checkPush', repository })
  }

  /** Counts a request and applies the first fault that matches it; resolves to that fault. */
  private async receive(request: Request, options?: CallOptions): Promise<Fault | undefined> {
    this.requests.push(request)
    // A request is answered later, never in the caller's own turn, as over a socket.
    await Promise.resolve()
    const signal = options?.signal
    signal?.throwIfAborted()
    const fault = this.faults.find(
      (f) =>
        f.left > 0 &&
        f.call === request.call &&
        (f.repository ?? request.repository) === request.repository &&
        (f.reference ?? request.reference) === request.reference
    )
    if (!fault) return undefined
    fault.left--
    if (fault.delayMs) await wait(fault.delayMs, signal)
    if (fault.stall) await wait(Infinity, signal)
    if (typeof fault.fail === 'function') throw fault.fail()
    if (fault.fail) throw this.error(fault.fail, 'INJECTED', `${request.call} ${request.repository}: injected ${fault.fail} failure`)
    return fault
  }

  private repository(name: string): Repository {
    let repo = this.repositories.get(name)
    if (!repo) {
      repo = { blobs: new Set(), manifests: new Set(), tags: new Map() }
      this.repositories.set(name, repo)
    }
    return repo
  }

  private resolve(repository: string, reference: string): string | undefined {
    const repo = this.repositories.get(repository)
    const digest = isValidDigest(reference) ? reference : repo?.tags.get(reference)
    return digest && repo?.manifests.has(digest) ? digest : undefined
  }

  private open(repository: string): string {
    const session = `memory://${this.name}/v2/${repository}/blobs/uploads/${++this.uploads}`
    this.sessions.set(session, repository)
    return session
  }

  private error(kind: ErrorKind, code: string, message: string): MemoryRegistryError {
    return new MemoryRegistryError(kind, code, `${this.name}: ${message} (${code})`)
  }
}

/** The blobs (config, layers but foreign ones, schema 1 fsLayers) and child manifests a manifest names. */
function references(bytes: Buffer): { blobs: string[]; children: string[] } {
  const json = JSON.parse(bytes.toString('utf8')) as {
    manifests?: Descriptor[]
    config?: Descriptor
    layers?: Descriptor[]
    fsLayers?: Array<{ blobSum: string }>
  }
  const layers = (json.layers ?? []).filter((layer) => !layer.urls?.length).map((layer) => layer.digest)
  return {
    blobs: [...(json.config ? [json.config.digest] : []), ...layers, ...(json.fsLayers ?? []).map((layer) => layer.blobSum)],
    children: (json.manifests ?? []).map((child) => child.digest)
  }
}

/** A referrer's entry in the referrers API's answer (distribution-spec v1.1: artifactType, else the config's media type). */
function referrerDescriptor(manifest: RawManifest): Descriptor {
  const json = JSON.parse(manifest.bytes.toString('utf8')) as { artifactType?: string; config?: Descriptor; annotations?: Record<string, string> }
  const artifactType = json.artifactType ?? json.config?.mediaType
  return {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.bytes.length,
    ...(artifactType ? { artifactType } : {}),
    ...(json.annotations ? { annotations: json.annotations } : {})
  }
}

/** Every byte of `body`; rejects with the body's error, or the signal's reason when it aborts first. */
async function readAll(body: Readable, signal?: AbortSignal): Promise<Buffer> {
  const abort = (): void => void body.destroy(signal!.reason as Error)
  signal?.addEventListener('abort', abort, { once: true })
  try {
    const chunks: Buffer[] = []
    for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(chunk)
    return Buffer.concat(chunks)
  } finally {
    signal?.removeEventListener('abort', abort)
  }
}

/** Resolves after `ms` (never, for Infinity); rejects with the signal's reason when it aborts first. */
function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted()
    const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined
    const abort = (): void => {
      clearTimeout(timer)
      reject(signal!.reason as Error)
    }
    function done(): void {
      signal?.removeEventListener('abort', abort)
      resolve()
    }
    signal?.addEventListener('abort', abort, { once: true })
  })
}
