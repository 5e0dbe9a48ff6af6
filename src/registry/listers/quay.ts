import { ProtocolError } from '../../oci/errors'
import { isValidRepositoryPath } from '../../oci/names'
import { followPages, withCursor } from '../pages'
import { malformed, readApiPage } from './api-page'
import { keepListedName } from '../listing-bounds'
import { underPrefix, type ListerContext, type RepositoryListing } from './lister'

/**
 * A page of Quay's `listRepos` (`GET /api/v1/repository`, Red Hat Quay API reference, "listRepos";
 * https://docs.quay.io/api/swagger/): `repositories` with `namespace` and `name`, and `next_page`,
 * a token passed back as the `next_page` query parameter, absent on the last page.
 */
interface QuayPage {
  repositories?: Array<{ namespace?: string; name?: string }>
  next_page?: string
}

/**
 * quay.io: its anonymous `_catalog` answers an empty list, so the namespace is listed with Quay's
 * API, `/api/v1/repository?namespace=NS&public=true`, page by page. With source credentials the
 * password is sent as the API's OAuth bearer token (it then also lists private repositories).
 */
export async function listQuay(context: ListerContext, prefix: string): Promise<RepositoryListing> {
  const namespace = prefix.split('/')[0]
  if (!namespace) throw new ProtocolError(`${context.host}: Quay lists repositories per namespace; name one (${context.host}/NAMESPACE)`)
  const api = context.api(context.registry.origin)
  const first = new URL('/api/v1/repository', api.origin)
  first.searchParams.set('namespace', namespace)
  first.searchParams.set('public', 'true')
  const headers: Record<string, string> = context.credentials ? { authorization: `Bearer ${context.credentials.password}` } : {}
  const what = `${context.host} repositories of ${namespace}`
  const why = context.credentials
    ? 'the Quay API takes an OAuth access token (an application token with repo:read) as the password'
    : 'pass an OAuth access token as the source password'
  const repositories: string[] = []
  await followPages(
    first.toString(),
    what,
    async (url, signal) => {
      const answer = await readApiPage<QuayPage>(api, url, headers, what, why, signal)
      if (!answer) return undefined
      const page = answer.page
      if (!Array.isArray(page.repositories)) throw malformed(what, 'repositories')
      for (const repository of page.repositories) {
        const path = `${repository.namespace ?? namespace}/${repository.name ?? ''}`
        if (!keepListedName(path, isValidRepositoryPath(path), what, context.listing)) continue
        if (underPrefix(path, prefix)) repositories.push(path)
      }
      return page.next_page ? withCursor(first, 'next_page', page.next_page) : undefined
    },
    context.listing
  )
  return { repositories: [...new Set(repositories)].sort() }
}
