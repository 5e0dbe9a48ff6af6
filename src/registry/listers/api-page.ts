import { ListingRefusedError } from '../catalog'
import { AuthError, RegistryError } from '../errors'
import type { Headers } from '../http'
import type { Transport } from '../transport'
import { API_PAGE_LIMIT } from './lister'

/**
 * Reads one JSON page of a registry vendor's API (Quay, Docker Hub, GitHub): undefined on 404 (no
 * such namespace), a ListingRefusedError naming `what` and `why` on 401/403, the parsed body otherwise.
 */
export async function readApiPage<T>(
  transport: Transport,
  url: string,
  headers: Record<string, string>,
  what: string,
  why: string,
  signal?: AbortSignal
): Promise<{ page: T; headers: Headers; url: string } | undefined> {
  let response
  try {
    response = await transport.read(
      { method: 'GET', url, scopes: [], headers: { accept: 'application/json', ...headers }, accept: [200, 404], signal },
      API_PAGE_LIMIT,
      what
    )
  } catch (error) {
    if (error instanceof AuthError) {
      throw new ListingRefusedError(`${what}: the API answered ${error.status}; ${why}`, error.status, error.request, error.code)
    }
    throw error
  }
  if (response.status === 404) return undefined
  try {
    return { page: JSON.parse(response.bytes.toString('utf8')) as T, headers: response.headers, url: response.url }
  } catch {
    throw new ListingRefusedError(`${what}: the API answered with something that is not JSON`, 200, { method: 'GET', url: response.url }, undefined, {
      kind: 'protocol'
    })
  }
}

/** The error for a page that lacks the field a listing needs. */
export function malformed(what: string, field: string): RegistryError {
  return new ListingRefusedError(`${what}: the API's answer has no "${field}" list`, 200, { method: 'GET', url: what }, undefined, { kind: 'protocol' })
}
