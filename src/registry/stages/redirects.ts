import { header, type Headers } from '../http'
import { ProtocolError } from '../../oci/errors'

/** Redirects followed per request at most. */
export const MAX_REDIRECTS = 5

/**
 * Where a 3xx answer sends the request next, or undefined when it is not a redirect to follow.
 * Refuses schemes other than HTTP(S), a step down from HTTPS to plain HTTP, and more than
 * {@link MAX_REDIRECTS} hops. Credentials never follow: the transport signs each hop for its own
 * origin (see `AuthRounds`), so a storage host or another registry gets none of the registry's.
 */
export function redirectTarget(method: string, current: URL, status: number, headers: Headers, hops: number): URL | undefined {
  const location = header(headers, 'location')
  if (status < 300 || status >= 400 || !location) return undefined
  const where = `${current.origin}${current.pathname}`
  if (hops > MAX_REDIRECTS) throw new ProtocolError(`${method} ${where}: more than ${MAX_REDIRECTS} redirects`)
  const next = new URL(location, current)
  if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new ProtocolError(`${where}: refusing redirect to ${next.protocol}`)
  if (current.protocol === 'https:' && next.protocol === 'http:') throw new ProtocolError(`${where}: refusing redirect from HTTPS to plain HTTP`)
  return next
}

/**
 * Scopes for a registry another one redirected to (registry.k8s.io sends every `/v2/` request but
 * blobs to a regional Artifact Registry: kubernetes/registry.k8s.io, cmd/archeio/docs/request-handling.md):
 * `pull` on the repository its path names (manifests, blobs, tags and the referrers API), anonymously;
 * none for storage URLs. A registry that checks scopes refuses a token without it.
 */
export function foreignScopes(url: URL): string[] {
  const name = /^\/v2\/(.+)\/(?:manifests|blobs|tags|referrers)\//.exec(url.pathname)?.[1]
  return name ? [`repository:${name}:pull`] : []
}
