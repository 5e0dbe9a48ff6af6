/**
 * Docker image manifest schema 1: its identity. A signed schema 1 manifest (`+prettyjws`) is a JSON
 * Web Signature in "pretty" form: the manifest JSON with a `signatures` array spliced in before its
 * closing brace. Registries identify it by the digest of the JWS payload (the manifest without
 * `signatures`), not of the bytes served, and re-sign it on every GET, so two GETs give different
 * bytes and one digest. Each signature's `protected` header (base64url JSON) says how to rebuild the
 * payload: the first `formatLength` bytes of the document, then the base64url `formatTail`
 * (distribution `manifest/schema1`, libtrust `ParsePrettySignature`).
 */
import { digestOf } from './digest'
import { ProtocolError } from './errors'
import { MediaType } from './media-types'

/** True for both schema 1 media types (signed and unsigned). */
export function isSchema1(mediaType: string): boolean {
  return mediaType === MediaType.DockerSchema1 || mediaType === MediaType.DockerSchema1Signed
}

interface ProtectedHeader {
  formatLength?: unknown
  formatTail?: unknown
}

/**
 * The JWS payload of a schema 1 manifest: the bytes its digest is computed over. A manifest with
 * no `signatures` is its own payload. Throws a ProtocolError when the signatures disagree on the
 * payload or their protected headers are malformed.
 */
export function schema1Payload(bytes: Buffer): Buffer {
  let json: { signatures?: Array<{ protected?: unknown }> }
  try {
    json = JSON.parse(bytes.toString('utf8')) as typeof json
  } catch (error) {
    throw new ProtocolError(`schema 1 manifest is not JSON (${(error as Error).message})`)
  }
  const signatures = Array.isArray(json?.signatures) ? json.signatures : []
  if (signatures.length === 0) return bytes
  let payload: Buffer | undefined
  for (const signature of signatures) {
    const next = payloadOf(bytes, signature?.protected)
    if (payload && !payload.equals(next)) throw new ProtocolError('schema 1 manifest: its signatures sign different payloads')
    payload = next
  }
  return payload!
}

function payloadOf(bytes: Buffer, protectedField: unknown): Buffer {
  if (typeof protectedField !== 'string') throw new ProtocolError('schema 1 manifest: a signature has no protected header')
  let header: ProtectedHeader
  try {
    header = JSON.parse(Buffer.from(protectedField, 'base64url').toString('utf8')) as ProtectedHeader
  } catch {
    throw new ProtocolError('schema 1 manifest: a protected header is not base64url JSON')
  }
  const length = header.formatLength
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || length > bytes.length || typeof header.formatTail !== 'string') {
    throw new ProtocolError('schema 1 manifest: a protected header has no valid formatLength and formatTail')
  }
  return Buffer.concat([bytes.subarray(0, length), Buffer.from(header.formatTail, 'base64url')])
}

/**
 * The digest a registry gives manifest bytes of `mediaType`, with the algorithm `like` names:
 * of the JWS payload for schema 1, of the bytes for everything else.
 */
export function manifestDigest(bytes: Buffer, mediaType: string, like = 'sha256:'): string {
  return digestOf(isSchema1(mediaType) ? schema1Payload(bytes) : bytes, like)
}
