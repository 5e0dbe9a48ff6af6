import type { Credentials } from '../../oci/model'
import type { TagListing } from '../tags'
import type { Transport } from '../transport'
import type { ListingBounds } from '../listing-bounds'

/** What a lister may use: the registry's own transport, its credentials, and transports to the service's API hosts. */
export interface ListerContext {
  /** The registry host as the user wrote it (`quay.io`, `docker.io`). */
  host: string
  /** The registry API's transport (signs with the registry's auth flow). */
  registry: Transport
  /** The source credentials, for APIs that take them (a token as the password). */
  credentials?: Credentials
  /** An anonymous transport to another origin of the same service (`https://hub.docker.com`), closed with the client. */
  api(origin: string): Transport
  /** Token scopes to read a repository of the registry. */
  scopes(repository: string): string[]
  /** Limits of every listing (pages, repositories, time per request) and the run's stop signal. */
  listing: ListingBounds
}

/** Repositories found under a namespace, with the tag listings fetched along the way (gcr.io). */
export interface RepositoryListing {
  /** Full repository paths, equal to or under the prefix. */
  repositories: string[]
  /** Tag listings already fetched, by repository, so they need no second request. */
  tags?: Map<string, TagListing>
}

/** Lists the repositories equal to or under `prefix` (a namespace, validated) on one kind of registry. */
export type RepositoryLister = (context: ListerContext, prefix: string) => Promise<RepositoryListing>

/** JSON documents an API listing page may be; larger ones are refused. */
export const API_PAGE_LIMIT = 16 * 1024 * 1024

/** True when `name` is `prefix` or under it. */
export const underPrefix = (name: string, prefix: string): boolean => !prefix || name === prefix || name.startsWith(`${prefix}/`)
