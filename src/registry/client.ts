import type { Readable } from 'node:stream'
import type { RequestObserver } from './auth'
import * as blobs from './blobs'
import { discard } from './http'
import { assertDigest } from '../oci/digest'
import { NotFoundError } from './errors'
import { ProtocolError, type Side } from '../oci/errors'
import * as manifests from './manifests'
import { isValidDigest, isValidRepositoryPath, isValidTag } from '../oci/names'
import { qualifyRepository, registryOrigin } from './reference'
import { repositoryScope, type Access } from './scope'
import { hasTags, listTags, type TagListing } from './tags'
import { LISTING_DEFAULTS, type ListingBounds } from './listing-bounds'
import { listerFor, type ListerContext } from './listers'
import { Transport } from './transport'
import { request } from './undici'
import { parseWwwAuthenticate } from './www-authenticate'
import { deadlineSignal } from '../util/deadline'
import type { RateLimitObserver } from './rate-limit'
import type { BlobStream, CallOptions, Credentials, Descriptor, ImageSource, ImageTarget, ManifestPut, RawManifest, TagInfo, UploadStart } from '../oci/model'
import { listReferrers } from './referrers'
import { hidesCompanions, isCompanionTag } from '../oci/companions'
import { createDispatcher, type NetworkOptions } from './dispatcher'
import type { Dispatcher } from 'undici'

/** Options of a RegistryClient. */
export interface RegistryClientOptions {
  /** `HOST[:PORT]` as the user wrote it (`docker.io` is Docker Hub). */
  host: string
  /** Hosts spoken to over plain HTTP besides loopback. */
  insecure?: readonly string[]
  credentials?: Credentials
  /** `pull,push` for a target: one token per repository covers every request. */
  access?: Access
  /** The end of the mirror this registry is: every error its transports make names it (see `MirrorError.side`). */
  side?: Side
  /** Keep-alive connections per origin. */
  connections?: number
  onRequest?: RequestObserver
  /** Told about every retried request. */
  onRetry?: (message: string) => void
  /** Told about every answer that says how much of a rate limit is left. */
  onRateLimit?: RateLimitObserver
  /** True once the run's rate-limit floor is reached: a 429 is then not retried. */
  rateLimitReached?: () => boolean
  /** Limits of every listing, and the run's stop signal. */
  listing?: ListingBounds
  /** Proxies, extra CAs and certificate checks of this registry's connections. */
  network?: NetworkOptions
  /** Retry tuning (tests). */
  attempts?: number
  backoffMs?: number
}

/**
 * A registry spoken to over the distribution API: reads and writes images by repository path
 * (relative to the registry root). Knows nothing of mirroring; see ImageSource and ImageTarget.
 */
export class RegistryClient implements ImageSource, ImageTarget {
  readonly name: string
  /** The distribution API deletes manifests, not tags. */
  readonly deletesByDigest = true
  /** One connection pool (proxy-aware) for the registry, its token realms and its listing APIs. */
  private readonly dispatcher: Dispatcher
  private readonly transport: Transport
  private readonly access: Access
  /** Tag listings fetched while discovering (gcr.io), handed out once by listTags. */
  private readonly listed = new Map<string, TagListing>()
  /** Transports to the vendor APIs listers use (Docker Hub, GitHub, Quay), by origin. */
  private readonly apis = new Map<string, Transport>()
  /**
   * Per repository this run listed in full, the companion tags (`sha256-<hex>[.sig|.att|.sbom]`) the
   * listing named: a HEAD of any other one is answered "absent" without a request (see headManifest).
   */
  private readonly listedCompanions = new Map<string, Set<string>>()

  constructor(private readonly options: RegistryClientOptions) {
    this.name = options.host
    this.access = options.access ?? 'pull'
    this.dispatcher = createDispatcher(options.network, options.connections)
    this.transport = new Transport({
      origin: registryOrigin(options.host, options.insecure),
      credentials: options.credentials,
      side: options.side,
      dispatcher: this.dispatcher,
      onRequest: options.onRequest,
      onRetry: options.onRetry,
      onRateLimit: options.onRateLimit,
      rateLimitReached: options.rateLimitReached,
      attempts: options.attempts,
      backoffMs: options.backoffMs
    })
  }

  /**
   * Repositories equal to or under `prefix`, listed the way this registry allows (see listerFor:
   * `_catalog`, gcr.io's `child` walk, or the Quay, Docker Hub and GitHub APIs). Tag listings
   * fetched on the way are kept for listTags.
   */
  async listRepositories(prefix: string): Promise<string[]> {
    if (prefix && !isValidRepositoryPath(prefix)) throw new ProtocolError(`"${prefix.slice(0, 140)}" is not a valid repository name`)
    const listing = await listerFor(this.name)(this.listerContext(), prefix)
    for (const [name, tags] of listing.tags ?? []) this.listed.set(name, tags)
    return listing.repositories
  }

  async listTags(repository: string, options: CallOptions = {}): Promise<TagInfo[]> {
    const name = this.repository(repository)
    const cached = this.listed.get(name)
    if (cached) {
      this.listed.delete(name)
      return this.noteCompanions(name, cached.tags)
    }
    // The run's stop and the caller's signal (a tag's timeout) both end the listing.
    const bounds: ListingBounds = this.options.listing ?? LISTING_DEFAULTS
    const joined = deadlineSignal(undefined, [bounds.signal, options.signal])
    const listing = await listTags(this.transport, name, this.scopes(name), true, { ...bounds, signal: joined.signal }).finally(joined.dispose)
    if (!listing) throw new NotFoundError(`${this.name}/${name}: repository not found`, 404, { method: 'GET', url: `${this.name}/v2/${name}/tags/list` })
    return this.noteCompanions(name, listing.tags)
  }

  /**
   * A companion tag the repository's full listing this run did not name is absent, unasked: the
   * referrers of an index's children are looked for by their fallback tags (`sha256-<hex>`), which
   * a registry that lists every tag has already said do not exist. Registries known to leave
   * companion tags out of their listings (see hidesCompanions) are asked.
   */
  async headManifest(repository: string, reference: string, options: CallOptions = {}): Promise<Descriptor | undefined> {
    const name = this.repository(repository)
    if (isCompanionTag(reference) && this.listedCompanions.get(name)?.has(reference) === false) return undefined
    return manifests.headManifest(this.transport, name, this.reference(reference), this.scopes(name), options.signal)
  }

  /** Keeps which companion tags a full listing of `name` named (nothing where the registry hides them); resolves to the tags. */
  private noteCompanions(name: string, tags: TagInfo[]): TagInfo[] {
    if (!hidesCompanions(this.name)) this.listedCompanions.set(name, new Set(tags.map((t) => t.tag).filter(isCompanionTag)))
    return tags
  }

  getManifest(repository: string, reference: string, options: CallOptions = {}): Promise<RawManifest> {
    const name = this.repository(repository)
    return manifests.getManifest(this.transport, name, this.reference(reference), this.scopes(name), options.signal)
  }

  putManifest(repository: string, reference: string, manifest: RawManifest, options: CallOptions = {}): Promise<ManifestPut> {
    const name = this.repository(repository)
    // A companion tag this run writes exists from now on, whatever the listing said.
    if (isCompanionTag(reference)) this.listedCompanions.get(name)?.add(reference)
    return manifests.putManifest(this.transport, name, this.reference(reference), manifest, this.scopes(name), options.signal)
  }

  /** The referrers API's answer for `digest` (every page), undefined when the registry has no referrers API. */
  listReferrers(repository: string, digest: string, options: CallOptions = {}): Promise<Descriptor[] | undefined> {
    const name = this.repository(repository)
    // Asked inside a tag's copy, after its push: the tag's own signal bounds it, not the run's listing
    // stop (a SIGTERM lets tags in flight finish; cutting this short failed tags already pushed).
    const bounds = { ...(this.options.listing ?? LISTING_DEFAULTS), signal: options.signal }
    return listReferrers(this.transport, name, assertDigest(digest), this.scopes(name), bounds)
  }

  /** `DELETE /v2/NAME/manifests/DIGEST` (the `delete` action on the repository): removes every tag pointing at `digest`. */
  deleteTag(repository: string, _tag: string, digest: string): Promise<void> {
    const name = this.repository(repository)
    return manifests.deleteManifest(this.transport, name, assertDigest(digest), [repositoryScope(name, 'pull,push,delete')])
  }

  hasBlob(repository: string, digest: string, options: CallOptions = {}): Promise<boolean> {
    const name = this.repository(repository)
    return blobs.hasBlob(this.transport, name, assertDigest(digest), this.scopes(name), options.signal)
  }

  getBlob(repository: string, digest: string, options: CallOptions = {}): Promise<BlobStream> {
    const name = this.repository(repository)
    return blobs.getBlob(this.transport, name, assertDigest(digest), this.scopes(name), options.signal)
  }

  mountOrStart(repository: string, digest: string, fromRepository: string, options: CallOptions = {}): Promise<UploadStart> {
    const name = this.repository(repository)
    const from = this.repository(fromRepository)
    // A mount from the repository itself (is the blob here already?) needs no scope beyond its own.
    const scopes = from === name ? this.scopes(name) : [...this.scopes(name), repositoryScope(from, 'pull')]
    return blobs.mountOrStart(this.transport, name, assertDigest(digest), from, scopes, options.signal)
  }

  cancelUpload(repository: string, session: string): Promise<void> {
    const name = this.repository(repository)
    return blobs.cancelUpload(this.transport, session, this.scopes(name))
  }

  hasTags(repository: string, options: CallOptions = {}): Promise<boolean> {
    const name = this.repository(repository)
    return hasTags(this.transport, name, this.scopes(name), options.signal)
  }

  putBlob(repository: string, digest: string, size: number, body: Readable, options: CallOptions & { session?: string } = {}): Promise<void> {
    const name = this.repository(repository)
    return blobs.putBlob(this.transport, name, assertDigest(digest), size, body, this.scopes(name), options)
  }

  /**
   * `GET /v2/` signed for `repository`: fails fast on an unknown host, a refused connection or refused
   * credentials; a client with push access then opens and cancels an upload to `repository`, so a
   * missing push right or a repository that must be created first shows before any copy.
   */
  async checkAccess(repository: string, options: CallOptions = {}): Promise<void> {
    const name = this.repository(repository)
    const response = await this.transport.send({ method: 'GET', url: '/v2/', scopes: this.scopes(name), signal: options.signal })
    await discard(response.body)
  }

  /** The realm of the registry's Bearer challenge to an anonymous `GET /v2/` (nothing is signed); undefined when it asks for none. */
  async tokenRealm(options: CallOptions = {}): Promise<string | undefined> {
    const url = new URL('/v2/', registryOrigin(this.options.host, this.options.insecure))
    const response = await request(url, { method: 'GET', dispatcher: this.dispatcher, signal: options.signal })
    await discard(response.body)
    const header = response.headers['www-authenticate']
    const challenges = parseWwwAuthenticate(Array.isArray(header) ? header.join(', ') : (header ?? ''))
    return challenges.find((c) => c.scheme === 'bearer')?.params.realm
  }

  /** Proves push access to `repository` by opening an upload and cancelling it (nothing is written). */
  async checkPush(repository: string, options: CallOptions = {}): Promise<void> {
    const name = this.repository(repository)
    await blobs.probePush(this.transport, name, this.scopes(name), options.signal)
  }

  /** Drops the cached tokens for `path` (a repository or a project) and below, just created on the registry. */
  forgetAccess(path: string): void {
    this.transport.forgetAccess(this.repository(path))
  }

  /** Closes the connection pool. */
  async close(): Promise<void> {
    await this.dispatcher.destroy()
  }

  private listerContext(): ListerContext {
    return {
      host: this.name,
      registry: this.transport,
      credentials: this.options.credentials,
      scopes: (repository) => this.scopes(repository),
      listing: this.options.listing ?? LISTING_DEFAULTS,
      api: (origin) => {
        let api = this.apis.get(origin)
        if (!api) {
          const { side, onRequest, onRetry, onRateLimit, rateLimitReached, attempts, backoffMs } = this.options
          api = new Transport({ origin, side, dispatcher: this.dispatcher, onRequest, onRetry, onRateLimit, rateLimitReached, attempts, backoffMs })
          this.apis.set(origin, api)
        }
        return api
      }
    }
  }

  private scopes(repository: string): string[] {
    return [repositoryScope(repository, this.access)]
  }

  /** A validated repository path as this registry names it (`library/` on Docker Hub). */
  private repository(path: string): string {
    if (!isValidRepositoryPath(path)) throw new ProtocolError(`"${path.slice(0, 140)}" is not a valid repository name`)
    return qualifyRepository(this.name, path)
  }

  private reference(reference: string): string {
    if (isValidTag(reference) || isValidDigest(reference)) return reference
    throw new ProtocolError(`"${reference.slice(0, 140)}" is neither a valid tag nor a digest`)
  }
}
