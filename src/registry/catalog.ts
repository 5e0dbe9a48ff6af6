import { CredentialsRefusedError, RegistryError } from './errors'
import { nextLink } from './http'
import { checkCount, keepListedName, LISTING_DEFAULTS, type ListingBounds } from './listing-bounds'
import { followPages } from './pages'
import { isValidRepositoryPath } from '../oci/names'
import { CATALOG_SCOPE } from './scope'
import type { Transport } from './transport'

/** A `_catalog` page above this is refused. */
const CATALOG_PAGE_LIMIT = 16 * 1024 * 1024
const PAGE_SIZE = 1000

/** Statuses with which registries say they won't list (auth, unsupported, absent). */
const REFUSALS = new Set([400, 401, 403, 404, 405, 501])

/**
 * Every repository in the registry's `/v2/_catalog` whose name is `prefix` or under `prefix/`,
 * following pagination within `bounds`. A registry that refuses throws a ListingRefusedError.
 */
export async function listCatalog(transport: Transport, host: string, prefix: string, bounds: ListingBounds = LISTING_DEFAULTS): Promise<string[]> {
  const found: string[] = []
  const what = `${host} catalog`
  const first = new URL(`/v2/_catalog?n=${PAGE_SIZE}`, transport.origin).toString()
  await followPages(
    first,
    what,
    async (url, signal) => {
      let response
      try {
        response = await transport.read(
          { method: 'GET', url, scopes: [CATALOG_SCOPE], headers: { accept: 'application/json' }, signal },
          CATALOG_PAGE_LIMIT,
          what
        )
      } catch (error) {
        if (error instanceof RegistryError && REFUSALS.has(error.status) && !(error instanceof CredentialsRefusedError)) throw refusal(host, prefix, error)
        throw error
      }
      let page: { repositories?: string[] }
      try {
        page = JSON.parse(response.bytes.toString('utf8')) as { repositories?: string[] }
      } catch {
        throw new ListingRefusedError(`${host}: /v2/_catalog answered with something that is not JSON`, 200, { method: 'GET', url: response.url }, undefined, {
          kind: 'protocol'
        })
      }
      for (const name of page.repositories ?? []) {
        if (!keepListedName(name, typeof name === 'string' && isValidRepositoryPath(name), `${host} catalog`, bounds)) continue
        if (!prefix || name === prefix || name.startsWith(`${prefix}/`)) found.push(name)
      }
      checkCount(found.length, bounds.maxRepositories, what, 'repositories', 'max-repositories')
      return nextLink(response.headers, response.url)
    },
    bounds
  )
  return found
}

/** A registry that won't list its repositories (auth, unsupported, absent, not JSON); callers say how to name them instead. */
export class ListingRefusedError extends RegistryError {
  override name = 'ListingRefusedError'
}

function refusal(host: string, prefix: string, error: RegistryError): Error {
  const where = prefix ? `${host}/${prefix}` : host
  return new ListingRefusedError(
    `${host} refuses to list repositories of ${where} (/v2/_catalog answered ${error.status})`,
    error.status,
    error.request,
    error.code
  )
}
