import { ArchiveSource, OciLayout, readDockerArchive, readOciArchive } from '../../layout'
import { RegistryClient } from '../../registry/client'
import { findCredentials } from '../../registry/credentials'
import { sidedStore } from '../../oci/sided-store'
import type { NetworkOptions } from '../../registry/dispatcher'
import type { Credentials, ImageSource, ImageTarget } from '../../oci/model'
import type { RateLimitObserver } from '../../registry/rate-limit'
import { repositoryRef, type EndpointSpec } from '../options/endpoint'
import type { ListingBounds } from '../../registry/listing-bounds'

/** An opened endpoint: its spec and the store that reads and writes it. */
export type Endpoint = EndpointSpec & {
  store: ImageSource & ImageTarget
  /** True when credentials were found for this side (options, environment, podman's auth.json or Docker's config.json). */
  hasCredentials: boolean
  /** Where the credentials came from, for messages when they are refused (`--target-username`, a file and its key). */
  credentialsFrom?: string
  /** The files looked in when none were given, for the message when a registry wants some. */
  credentialsSearched?: string[]
  close(): Promise<void>
}

/** Options an endpoint needs to open a store. */
export interface OpenOptions {
  /** A source is only read; a target is read and written (`pull,push` tokens). */
  role: 'source' | 'target'
  insecureRegistries: string[]
  credentials?: Credentials
  onRequest?: (event: { method: string; url: string; status: number }) => void
  /** Told about every retried request (logged at debug level). */
  onRetry?: (message: string) => void
  /** Told about every answer that says how much of a rate limit is left. */
  onRateLimit?: RateLimitObserver
  /** True once the run's rate-limit floor is reached: a 429 is then not retried. */
  rateLimitReached?: () => boolean
  connections?: number
  /** Limits of every listing, and the run's stop signal. */
  listing?: ListingBounds
  /** The run's `--images`: a layout source puts its bare tags and unnamed entries in the one it names. */
  images?: string[]
  /** Proxies, extra CAs and certificate checks. */
  network?: NetworkOptions
}

/**
 * Opens the store behind a spec: a registry client, an OCI layout directory, or an image archive file. Errors of the store
 * name its role (`MirrorError.side`: set by the registry transport, else at the store boundary, `sidedStore`), for failure reports that say which end was at fault.
 */
export function openEndpoint(spec: EndpointSpec, options: OpenOptions): Endpoint {
  if (spec.kind === 'oci') {
    const store = new OciLayout(spec.path, { images: options.role === 'source' ? options.images : undefined })
    return { ...spec, store: sidedStore(store, options.role), hasCredentials: false, close: async () => undefined }
  }
  if (spec.kind === 'archive') {
    const reader = spec.format === 'oci-archive' ? readOciArchive : readDockerArchive
    const store = new ArchiveSource(spec.path, spec.format, reader, { images: options.images })
    return { ...spec, store: sidedStore(store, options.role), hasCredentials: false, close: async () => undefined }
  }
  // Options and environment first; else the files podman, skopeo and docker log in to (registry/credentials),
  // keyed by the namespace (and the one repository a source names) for per-namespace auth.json entries.
  const path = repositoryRef(spec, options.role === 'source' && options.images?.length === 1 ? options.images[0] : '').repository
  const lookup = options.credentials ? { credentials: options.credentials, from: 'options', searched: [] } : findCredentials(spec.registry, path)
  const credentials = lookup.credentials
  const client = new RegistryClient({
    host: spec.registry,
    insecure: options.insecureRegistries,
    credentials,
    access: options.role === 'target' ? 'pull,push' : 'pull',
    side: options.role,
    onRequest: options.onRequest,
    onRetry: options.onRetry,
    onRateLimit: options.onRateLimit,
    rateLimitReached: options.rateLimitReached,
    connections: options.connections,
    listing: options.listing,
    network: options.network
  })
  return {
    ...spec,
    store: sidedStore(client, options.role),
    hasCredentials: credentials !== undefined,
    credentialsFrom: lookup.from,
    credentialsSearched: lookup.searched,
    close: () => client.close()
  }
}
