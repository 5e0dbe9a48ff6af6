import { ProtocolError } from '../oci/errors'

/**
 * A token service's JSON answer. Text that is not JSON is never quoted (`JSON.parse`'s message
 * repeats the start of the body, which may be an echoed password or Authorization header).
 */
export function parseTokenAnswer<T>(bytes: Buffer, what: string): T {
  try {
    const body = JSON.parse(bytes.toString('utf8')) as T | null
    if (body && typeof body === 'object') return body
  } catch {
    // Reported below without the body.
  }
  throw new ProtocolError(`${what} answered 200 with a body that is not a JSON object (${bytes.length} bytes, not shown)`)
}
