import { listCatalog, ListingRefusedError } from '../catalog'
import { listTags } from '../tags'
import { walkChildren } from './google'
import type { ListerContext, RepositoryListing } from './lister'

/**
 * Any registry of the distribution spec: `/v2/_catalog` filtered to the prefix. Where the catalog
 * is refused or lists nothing under the prefix, the prefix's own `tags/list` decides: a registry
 * that names sub-repositories there (gcr.io's extension, served by mirrors of it too) is walked,
 * a prefix that is itself a repository is listed alone, else the refusal stands.
 */
export async function listStandard(context: ListerContext, prefix: string): Promise<RepositoryListing> {
  let found: string[] = []
  let refusal: unknown
  try {
    found = await listCatalog(context.registry, context.host, prefix, context.listing)
  } catch (error) {
    if (!prefix || !(error instanceof ListingRefusedError)) throw error
    refusal = error
  }
  if (found.length > 0 || !prefix) return { repositories: found.sort() }
  const listing = await listTags(context.registry, prefix, context.scopes(prefix), true, context.listing)
  if (listing?.children) return walkChildren(context, prefix, listing)
  if (refusal) throw refusal
  return { repositories: listing?.tags.length ? [prefix] : [] }
}
