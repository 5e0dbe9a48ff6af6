import { ProtocolError } from '../../oci/errors'
import { isValidRepositoryPath } from '../../oci/names'
import { nextLink } from '../http'
import { followPages } from '../pages'
import { readApiPage } from './api-page'
import { keepListedName } from '../listing-bounds'
import { underPrefix, type ListerContext, type RepositoryListing } from './lister'

/** The GitHub REST API. */
export const GITHUB_API_ORIGIN = 'https://api.github.com'

/**
 * One package of "List packages for an organization" / "List packages for a user" (GitHub REST API,
 * https://docs.github.com/rest/packages/packages): `name` (may hold `/`), `package_type`, `owner.login`,
 * `visibility`; pages follow the `Link` header's `rel="next"`. Needs a token with `read:packages`.
 */
interface GitHubPackage {
  name?: string
  package_type?: string
}

/**
 * ghcr.io has no catalog: an owner's container packages are listed through the GitHub REST API,
 * `/orgs/OWNER/packages?package_type=container` (then `/users/OWNER/packages` when OWNER is a user),
 * with the source password as the token.
 */
export async function listGitHub(context: ListerContext, prefix: string): Promise<RepositoryListing> {
  const owner = prefix.split('/')[0]
  if (!owner) throw new ProtocolError('ghcr.io has no catalog; name an owner (ghcr.io/OWNER)')
  const api = context.api(GITHUB_API_ORIGIN)
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' }
  if (context.credentials) headers.authorization = `Bearer ${context.credentials.password}`
  const what = `ghcr.io packages of ${owner}`
  const why = context.credentials ? 'the token needs the read:packages scope' : 'pass a GitHub token with read:packages as the source password'
  const repositories: string[] = []
  for (const kind of ['orgs', 'users']) {
    const first = new URL(`/${kind}/${encodeURIComponent(owner)}/packages`, GITHUB_API_ORIGIN)
    first.searchParams.set('package_type', 'container')
    first.searchParams.set('per_page', '100')
    let found = false
    await followPages(
      first.toString(),
      what,
      async (url, signal) => {
        const answer = await readApiPage<GitHubPackage[]>(api, url, headers, what, why, signal)
        if (!answer) return undefined
        found = true
        const packages = answer.page
        if (!Array.isArray(packages)) throw new ProtocolError(`${what}: the GitHub API did not answer a list of packages`)
        for (const item of packages) {
          if (item.package_type !== undefined && item.package_type !== 'container') continue
          const path = `${owner}/${(item.name ?? '').toLowerCase()}`
          if (!keepListedName(path, isValidRepositoryPath(path), what, context.listing)) continue
          if (underPrefix(path, prefix)) repositories.push(path)
        }
        return nextLink(answer.headers, answer.url)
      },
      context.listing
    )
    if (found) break
  }
  return { repositories: [...new Set(repositories)].sort() }
}
