import { listTags, type TagListing } from '../tags'
import { listCatalog } from '../catalog'
import { checkCount } from '../listing-bounds'
import type { ListerContext, RepositoryListing } from './lister'

/** Sub-repositories walked at once. */
const WALK_CONCURRENCY = 8

/**
 * gcr.io, apart from the standard listing as go-containerregistry's `pkg/v1/google` keeps it:
 * gcr.io refuses `_catalog` to most callers, but its `tags/list` names each repository's
 * sub-repositories (`child`) and lists digests in bulk (`manifest`), so the namespace is walked
 * breadth first, one request per repository, each listing kept for the tag step.
 */
export async function listGoogle(context: ListerContext, prefix: string): Promise<RepositoryListing> {
  if (!prefix) return { repositories: (await listCatalog(context.registry, context.host, '', context.listing)).sort() }
  const listing = await listTags(context.registry, prefix, context.scopes(prefix), true, context.listing)
  return listing ? walkChildren(context, prefix, listing) : { repositories: [] }
}

/** Walks a `child`-listing registry from `root` (whose listing is given); repositories with tags are returned. */
export async function walkChildren(context: ListerContext, root: string, rootListing: TagListing): Promise<RepositoryListing> {
  const repositories: string[] = []
  const tags = new Map<string, TagListing>()
  let level: Array<[string, TagListing]> = [[root, rootListing]]
  while (level.length > 0) {
    const next: string[] = []
    for (const [name, listing] of level) {
      if (listing.tags.length > 0) {
        repositories.push(name)
        tags.set(name, listing)
      }
      next.push(...(listing.children ?? []))
    }
    checkCount(repositories.length + next.length, context.listing.maxRepositories, `${context.host}/${root}`, 'repositories', 'max-repositories')
    level = []
    for (let i = 0; i < next.length; i += WALK_CONCURRENCY) {
      const batch = next.slice(i, i + WALK_CONCURRENCY)
      const listings = await Promise.all(batch.map((name) => listTags(context.registry, name, context.scopes(name), true, context.listing)))
      batch.forEach((name, j) => listings[j] && level.push([name, listings[j]]))
    }
  }
  return { repositories: repositories.sort(), tags }
}
