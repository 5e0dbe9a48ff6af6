import { ProtocolError } from '../oci/errors'
import { LISTING_DEFAULTS, withDeadline, type ListingBounds } from './listing-bounds'

/** Pages one listing may take by default; a registry that keeps answering "next" past this is refused. */
export const MAX_PAGES = LISTING_DEFAULTS.maxPages

/** What reading one page found: the next page, and the URL that answered (after the registry's own redirects). */
export interface PageStep {
  /** The next page's URL (absolute, or relative to `servedBy`). */
  next: string
  /** The URL that served the page: another origin only when the registry redirected there. */
  servedBy: string
}

/**
 * Follows a paginated listing from `first` (an absolute URL): `fetchPage` reads one page under the
 * signal it is given and returns the next page's URL (absolute or relative to the page), or a
 * {@link PageStep} naming also who served it, or undefined at the end. Every listing is bounded
 * here, in one place: at most `bounds.maxPages` pages, a page URL seen twice ends the listing with
 * an error (a registry looping on its cursor), a next page on an origin that is neither the
 * listing's own nor one the registry's redirects led to (registry.k8s.io sends every `/v2/` call
 * but blobs to a regional Artifact Registry, whose `Link` names its own host) is refused before
 * any request leaves for it, and each page request has a total deadline and stops with the run
 * (see withDeadline). Credentials never follow: the transport signs each origin for itself.
 */
export async function followPages(
  first: string,
  what: string,
  fetchPage: (url: string, signal: AbortSignal) => Promise<string | PageStep | undefined>,
  bounds: ListingBounds = LISTING_DEFAULTS
): Promise<void> {
  const origins = new Set([new URL(first).origin])
  const seen = new Set<string>()
  for (let url: string | undefined = first; url !== undefined;) {
    if (seen.has(url)) throw new ProtocolError(`${what}: the registry sent page ${describe(url)} twice; the listing loops`)
    if (seen.size >= bounds.maxPages) throw new ProtocolError(`${what}: more than ${bounds.maxPages} pages; the listing is refused`)
    seen.add(url)
    const page: string = url
    const step = await withDeadline(what, bounds, (signal) => fetchPage(page, signal))
    if (step === undefined) return
    const { next, servedBy } = typeof step === 'string' ? { next: step, servedBy: page } : step
    // The page came from an origin we asked (or one the registry redirected us to): its links may stay there.
    origins.add(new URL(servedBy).origin)
    const resolved: URL = new URL(next, servedBy)
    if (!origins.has(resolved.origin)) throw new ProtocolError(`${what}: the next page is on another host (${resolved.origin}); refused`)
    url = resolved.toString()
  }
}

function describe(url: string): string {
  const parsed = new URL(url)
  return `${parsed.pathname}${parsed.search}`.slice(0, 200)
}

/** The URL of the next page of a listing whose cursor is a query parameter: `first` with `name=value`. */
export function withCursor(first: URL, name: string, value: string): string {
  const next = new URL(first)
  next.searchParams.set(name, value)
  return next.toString()
}
