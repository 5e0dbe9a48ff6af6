import { MediaType, MAX_MANIFEST_BYTES } from '../oci/media-types'
import type { Descriptor } from '../oci/model'
import { parseReferrersIndex } from '../oci/referrers'
import { nextLink } from './http'
import { LISTING_DEFAULTS, type ListingBounds } from './listing-bounds'
import { followPages } from './pages'
import type { Transport } from './transport'

/**
 * Statuses that say "no referrers API here" (distribution-spec v1.1, "Unavailable Referrers API":
 * a registry with the API never answers 404 for a repository that exists; distribution 2.8 answers
 * `404 page not found`). 405 and 501 are how some proxies and older registries refuse an unknown route.
 */
const ABSENT = [404, 405, 501]

/**
 * Every referrer of `digest` in `repository` from the referrers API, `GET /v2/NAME/referrers/DIGEST`
 * (distribution-spec v1.1, "Listing Referrers"), following `Link: <...>; rel="next"` pages within
 * the listing bounds (their signal carries the tag's timeout and the run's stop); undefined when the registry has no referrers API. All artifact types are asked
 * for: no `artifactType` filter is sent, so `OCI-Filters-Applied` never needs reading.
 */
export async function listReferrers(
  transport: Transport,
  repository: string,
  digest: string,
  scopes: string[],
  bounds: ListingBounds = LISTING_DEFAULTS
): Promise<Descriptor[] | undefined> {
  const what = `referrers of ${repository}@${digest}`
  const found = new Map<string, Descriptor>()
  let absent = false
  await followPages(
    new URL(`/v2/${repository}/referrers/${digest}`, transport.origin).toString(),
    what,
    async (url, signal) => {
      const response = await transport.read(
        {
          method: 'GET',
          url,
          scopes,
          headers: { accept: MediaType.OciIndex },
          accept: [200, ...ABSENT],
          signal
        },
        MAX_MANIFEST_BYTES,
        what
      )
      if (response.status !== 200) {
        absent = true
        return undefined
      }
      for (const descriptor of parseReferrersIndex(response.bytes, what)) found.set(descriptor.digest, descriptor)
      const next = nextLink(response.headers, response.url)
      return next === undefined ? undefined : { next, servedBy: response.url }
    },
    bounds
  )
  return absent ? undefined : [...found.values()]
}
