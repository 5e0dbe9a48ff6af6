import type { Readable } from 'node:stream'
import type { RequestObserver } from './auth'
import * as blobs from './blobs'
import { listCatalog, ListingRefusedError } from './catalog'
import { discard } from './http'
import { assertDigest } from '../oci/digest'
import { NotFoundError } from './errors'
import { ProtocolError } from '../oci/errors'
import * as manifests from './manifests'
import { isValidDigest, isValidRepositoryPath, isValidTag } from '../oci/names'
import { qualifyRepository, registryOrigin } from './reference'
import { repositoryScope, type Access } from './scope'
import { listTags, type TagListing } from './tags'
import { Transport } from './transport'
import type { BlobStream, Credentials, Descriptor, ImageSource, ImageTarget, RawManifest, TagInfo } from '../oci/model'

/** Options of a RegistryClient. */
export interface RegistryClientOptions {
  /** `HOST[:PORT]` as the user wrote it (`docker.io` is Docker Hub). */
  host: string
  /** Hosts spoken to over plain HTTP besides loopback. */
  insecure?: readonly string[]
  credentials?: Credentials
  /** `pull,push` for a target: one token per repository covers every request. */
  access?: Access
  /** Keep-alive connections per origin. */
  connections?: number
  onSecret?: (secret: string) => void
  onRequest?: RequestObserver
  /** Told about every retried request. */
  onRetry?: (message: string) => void
  /** Retry tuning (tests). */
  attempts?: number
  backoffMs?: number
}

/** Sub-repositories walked at once when a registry lists them (gcr.io's `child`). */
const WALK_CONCURRENCY = 8

/**
 * A registry spoken to over the distribution API: reads and writes images by repository path
 * (relative to the registry root). Knows nothing of mirroring; see ImageSource and ImageTarget.
 */
export class RegistryClient implements ImageSource, ImageTarget {
  readonly name: string
  private readonly transport: Transport
  private readonly access: Access
  /** Tag listings fetched while discovering (gcr.io), handed out once by listTags. */
  private readonly listed = new Map<string, TagListing>()

  constructor(options: RegistryClientOptions) {
    this.name = options.host
    this.access = options.access ?? 'pull'
    this.transport = new Transport({
      origin: registryOrigin(options.host, options.insecure),
      credentials: options.credentials,
      connections: options.connections,
      onSecret: options.onSecret,
      onRequest: options.onRequest,
      onRetry: options.onRetry,
      attempts: options.attempts,
      backoffMs: options.backoffMs
    })
  }

  /**
   * Repositories equal to or under `prefix`: filtered from `/v2/_catalog` (one request per page);
   * where the registry refuses its catalog or lists nothing there, walked through `tags/list` when it
   * names sub-repositories (gcr.io's `child`: one request per repository, its tags kept for listTags).
   */
  async listRepositories(prefix: string): Promise<string[]> {
    const root = prefix && this.repository(prefix)
    let found: string[] = []
    let refusal: unknown
    try {
      found = await listCatalog(this.transport, this.name, root)
    } catch (error) {
      if (!root || !(error instanceof ListingRefusedError)) throw error
      refusal = error
    }
    if (found.length > 0 || !root) return found.sort()
    const listing = await listTags(this.transport, root, this.scopes(root), true)
    if (listing?.children) return this.walk(root, listing)
    if (refusal) throw refusal
    return listing?.tags.length ? [root] : []
  }

  async listTags(repository: string): Promise<TagInfo[]> {
    const name = this.repository(repository)
    const cached = this.listed.get(name)
    if (cached) {
      this.listed.delete(name)
      return cached.tags
    }
    const listing = await listTags(this.transport, name, this.scopes(name), true)
    if (!listing) throw new NotFoundError(`${this.name}/${name}: repository not found`, 404, { method: 'GET', url: `${this.name}/v2/${name}/tags/list` })
    return listing.tags
  }

  headManifest(repository: string, reference: string): Promise<Descriptor | undefined> {
    const name = this.repository(repository)
    return manifests.headManifest(this.transport, name, this.reference(reference), this.scopes(name))
  }

  getManifest(repository: string, reference: string): Promise<RawManifest> {
    const name = this.repository(repository)
    return manifests.getManifest(this.transport, name, this.reference(reference), this.scopes(name))
  }

  putManifest(repository: string, reference: string, manifest: RawManifest): Promise<void> {
    const name = this.repository(repository)
    return manifests.putManifest(this.transport, name, this.reference(reference), manifest, this.scopes(name))
  }

  hasBlob(repository: string, digest: string): Promise<boolean> {
    const name = this.repository(repository)
    return blobs.hasBlob(this.transport, name, assertDigest(digest), this.scopes(name))
  }

  getBlob(repository: string, digest: string): Promise<BlobStream> {
    const name = this.repository(repository)
    return blobs.getBlob(this.transport, name, assertDigest(digest), this.scopes(name))
  }

  mountBlob(repository: string, digest: string, fromRepository: string): Promise<boolean> {
    const name = this.repository(repository)
    const from = this.repository(fromRepository)
    return blobs.mountBlob(this.transport, name, assertDigest(digest), from, [...this.scopes(name), repositoryScope(from, 'pull')])
  }

  putBlob(repository: string, digest: string, size: number, body: Readable): Promise<void> {
    const name = this.repository(repository)
    return blobs.putBlob(this.transport, name, assertDigest(digest), size, body, this.scopes(name))
  }

  /**
   * `GET /v2/` signed for `repository`: fails fast on an unknown host, a refused connection or refused
   * credentials; a client with push access then opens and cancels an upload to `repository`, so a
   * missing push right or a repository that must be created first shows before any copy.
   */
  async checkAccess(repository: string): Promise<void> {
    const name = this.repository(repository)
    const response = await this.transport.send({ method: 'GET', url: '/v2/', scopes: this.scopes(name) })
    await discard(response.body)
    if (this.access === 'pull,push') await blobs.probePush(this.transport, name, this.scopes(name))
  }

  /** Closes the connection pool. */
  close(): Promise<void> {
    return this.transport.close()
  }

  /** Walks sub-repositories breadth first; keeps each listing for listTags. */
  private async walk(root: string, rootListing: TagListing): Promise<string[]> {
    const found: string[] = []
    let level: Array<[string, TagListing]> = [[root, rootListing]]
    while (level.length > 0) {
      const next: string[] = []
      for (const [name, listing] of level) {
        if (listing.tags.length > 0) {
          found.push(name)
          this.listed.set(name, listing)
        }
        next.push(...(listing.children ?? []))
      }
      level = []
      for (let i = 0; i < next.length; i += WALK_CONCURRENCY) {
        const batch = next.slice(i, i + WALK_CONCURRENCY)
        const listings = await Promise.all(batch.map((name) => listTags(this.transport, name, this.scopes(name), true)))
        batch.forEach((name, j) => listings[j] && level.push([name, listings[j]]))
      }
    }
    return found.sort()
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
