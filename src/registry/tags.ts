import { assertDigest } from '../oci/digest'
import { ProtocolError } from '../oci/errors'
import { nextLink } from './http'
import { checkCount, keepListedName, LISTING_DEFAULTS, type ListingBounds } from './listing-bounds'
import { followPages } from './pages'
import { isValidRepositoryPath, isValidTag } from '../oci/names'
import type { Transport } from './transport'
import type { TagInfo } from '../oci/model'

/** A `tags/list` page can be large (gcr.io's `manifest` map); pages above this are refused. */
export const TAG_PAGE_LIMIT = 64 * 1024 * 1024

/** Tags asked for per page where the registry names no cap of its own. */
const PAGE_SIZE = 1000

/**
 * Hosts whose `tags/list` caps `n` by the service's documentation, where asking for more gets an
 * error or a silently shorter page: Amazon ECR lists at most 1,000 images a page (`maxResults`,
 * "between 1 and 1000", in its ListImages and DescribeImages API). Artifact Registry documents no
 * cap for its Docker API; it, like any registry, may answer fewer than asked with a `Link`, which is
 * followed.
 */
const PAGE_CAPS: ReadonlyArray<{ host: RegExp; cap: number }> = [{ host: /\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/, cap: 1000 }]

/** The `n` to ask `host` (`HOST[:PORT]`) for: the default, never above the host's documented cap. */
export function tagPageSize(host: string): number {
  const name = host.replace(/:\d+$/, '').toLowerCase()
  return Math.min(PAGE_SIZE, ...PAGE_CAPS.filter((entry) => entry.host.test(name)).map((entry) => entry.cap))
}

/** A `tags/list` answer, with gcr.io's extensions. */
interface TagListPage {
  name?: string
  tags?: string[] | null
  /** gcr.io: immediate sub-repositories (names relative to this one). */
  child?: string[]
  /** gcr.io: per digest, its tags and times. */
  manifest?: Record<string, { tag?: string[]; timeCreatedMs?: string; timeUploadedMs?: string }>
}

/** A repository's tags, and its sub-repositories where the registry says (gcr.io). */
export interface TagListing {
  tags: TagInfo[]
  /** Full paths of sub-repositories; undefined when the registry has no `child` extension. */
  children?: string[]
}

/**
 * Lists every tag of a repository, page by page (`n`, then the `Link` header). Where the registry
 * lists digests in bulk (gcr.io's `manifest` map), each tag comes with its digest and upload time,
 * so no request per tag is needed. Tags that break the spec's grammar are skipped with a warning,
 * sub-repositories that do are refused, and
 * the listing keeps within `bounds` (pages, tags, children, time per request).
 */
export async function listTags(
  transport: Transport,
  repository: string,
  scopes: string[],
  accept404 = false,
  bounds: ListingBounds = LISTING_DEFAULTS
): Promise<TagListing | undefined> {
  const tags = new Map<string, TagInfo>()
  let children: string[] | undefined
  let missing = false
  const what = `tags of ${repository}`
  const first = new URL(`/v2/${repository}/tags/list?n=${tagPageSize(new URL(transport.origin).host)}`, transport.origin).toString()
  await followPages(
    first,
    what,
    async (url, signal) => {
      const response = await transport.read(
        { method: 'GET', url, scopes, headers: { accept: 'application/json' }, accept: accept404 ? [200, 404] : undefined, signal },
        TAG_PAGE_LIMIT,
        what
      )
      if (response.status === 404) {
        missing = true
        return undefined
      }
      const page = parsePage(response.bytes, repository)
      for (const tag of page.tags ?? []) if (!tags.has(tag) && keepTag(tag, repository, bounds)) tags.set(tag, { tag })
      for (const [digest, info] of Object.entries(page.manifest ?? {})) {
        const created = Number(info.timeUploadedMs ?? info.timeCreatedMs)
        for (const tag of info.tag ?? []) {
          if (!keepTag(tag, repository, bounds)) continue
          tags.set(tag, { tag, digest: assertDigest(digest, `${repository}:${tag} digest`), created: created > 0 ? created : undefined })
        }
      }
      checkCount(tags.size, bounds.maxTags, what, 'tags', 'max-tags')
      if (page.child) children = [...(children ?? []), ...page.child.map((child) => childPath(repository, child))]
      checkCount(children?.length ?? 0, bounds.maxRepositories, `sub-repositories of ${repository}`, 'repositories', 'max-repositories')
      const next = nextLink(response.headers, response.url)
      return next === undefined ? undefined : { next, servedBy: response.url }
    },
    bounds
  )
  if (missing) return undefined
  return { tags: [...tags.values()], children }
}

function parsePage(bytes: Buffer, repository: string): TagListPage {
  try {
    return JSON.parse(bytes.toString('utf8')) as TagListPage
  } catch {
    throw new ProtocolError(`tags of ${repository}: the registry answered with something that is not JSON`)
  }
}

function keepTag(tag: string, repository: string, bounds: ListingBounds): boolean {
  return keepListedName(tag, typeof tag === 'string' && isValidTag(tag), `tags of ${repository}`, bounds)
}

function childPath(repository: string, child: string): string {
  const path = `${repository}/${child}`
  if (!isValidRepositoryPath(path)) throw new ProtocolError(`${repository}: the registry listed an invalid sub-repository "${child.slice(0, 140)}"`)
  return path
}

/**
 * True when the repository lists at least one tag: one `GET tags/list?n=1` (404 for a repository
 * that does not exist yet). A repository without tags holds only what this run puts there, or
 * what a run killed before its first tag left (found by a self-mount, see BlobCopier).
 */
export async function hasTags(transport: Transport, repository: string, scopes: string[], signal?: AbortSignal): Promise<boolean> {
  const what = `tags of ${repository}`
  const url = new URL(`/v2/${repository}/tags/list?n=1`, transport.origin).toString()
  const response = await transport.read(
    { method: 'GET', url, scopes, headers: { accept: 'application/json' }, accept: [200, 404], signal },
    TAG_PAGE_LIMIT,
    what
  )
  if (response.status === 404) return false
  const page = parsePage(response.bytes, repository)
  return (page.tags ?? []).length > 0 || Object.keys(page.manifest ?? {}).length > 0
}
