import { ProtocolError } from '../oci/errors'
import { LISTING_DEFAULTS, withDeadline, type ListingBounds } from './listing-bounds'

/** Pages one listing may take by default; a registry that keeps answering "next" past this is refused. */
export const MAX_PAGES = LISTING_DEFAULTS.maxPages

/**
 * Follows a paginated listing from `first` (an absolute URL): `fetchPage` reads one page under the
 * signal it is given and returns the next page's URL (absolute or relative to the page), or
 * undefined at the end. Every listing is bounded here, in one place: at most `bounds.maxPages`
 * pages, a page URL seen twice ends the listing with an error (a registry looping on its cursor),
 * a next page on another origin is refused before any request leaves for it, and each page request
 * has a total deadline and stops with the run (see withDeadline).
 */
export async function followPages(
  first: string,
  what: string,
  fetchPage: (url: string, signal: AbortSignal) => Promise<string | undefined>,
  bounds: ListingBounds = LISTING_DEFAULTS
): Promise<void> {
  const origin = new URL(first).origin
  const seen = new Set<string>()
  for (let url: string | undefined = first; url !== undefined;) {
    if (seen.has(url)) throw new ProtocolError(`${what}: the registry sent page ${describe(url)} twice; the listing loops`)
    if (seen.size >= bounds.maxPages) throw new ProtocolError(`${what}: more than ${bounds.maxPages} pages; the listing is refused`)
    seen.add(url)
    const page: string = url
    const next = await withDeadline(what, bounds, (signal) => fetchPage(page, signal))
    if (next === undefined) return
    const resolved: URL = new URL(next, url)
    if (resolved.origin !== origin) throw new ProtocolError(`${what}: the next page is on another host (${resolved.origin}); refused`)
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
