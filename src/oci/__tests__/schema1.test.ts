import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sha256Digest } from '../digest'
import { ProtocolError } from '../errors'
import { MediaType } from '../media-types'
import { isSchema1, manifestDigest, schema1Payload } from '../schema1'

/** A signed schema 1 manifest as the reference registry 2.8 served it (written by `skopeo copy --format v2s1`). */
const signed = readFileSync(join(import.meta.dirname, 'schema1-signed.json'))
/** The Docker-Content-Digest the registry answered with for it. */
const REGISTRY_DIGEST = 'sha256:967aa9349abaff14a48a43299980559df60eebc7eaa0c58f9149ddbd1deb02e8'

/** Re-signs like a registry does on GET: same payload, another signature block. */
function resign(bytes: Buffer): Buffer {
  const json = JSON.parse(bytes.toString('utf8')) as { signatures: Array<{ signature: string }> }
  const payload = schema1Payload(bytes)
  const tail = payload.subarray(payload.length - 1)
  const body = payload.subarray(0, payload.length - 1)
  const header = Buffer.from(JSON.stringify({ formatLength: body.length, formatTail: tail.toString('base64url'), time: '2030-01-01T00:00:00Z' })).toString(
    'base64url'
  )
  const signatures = [{ ...json.signatures[0], signature: 'AAAA', protected: header }]
  return Buffer.concat([body, Buffer.from(`,"signatures":${JSON.stringify(signatures)}`), tail])
}

describe('schema 1 digests', () => {
  it('is the digest of the JWS payload, as the registry computes it', () => {
    expect(sha256Digest(signed)).not.toBe(REGISTRY_DIGEST)
    expect(manifestDigest(signed, MediaType.DockerSchema1Signed)).toBe(REGISTRY_DIGEST)
    expect(schema1Payload(signed).toString('utf8')).not.toContain('signatures')
  })

  it('stays the same when the manifest is re-signed', () => {
    const again = resign(signed)
    expect(again.equals(signed)).toBe(false)
    expect(manifestDigest(again, MediaType.DockerSchema1Signed)).toBe(REGISTRY_DIGEST)
  })

  it('is the digest of the bytes for an unsigned schema 1 manifest and for every other type', () => {
    const unsigned = schema1Payload(signed)
    expect(manifestDigest(unsigned, MediaType.DockerSchema1)).toBe(sha256Digest(unsigned))
    expect(manifestDigest(signed, MediaType.OciManifest)).toBe(sha256Digest(signed))
    expect(isSchema1(MediaType.DockerSchema1)).toBe(true)
    expect(isSchema1(MediaType.DockerManifest)).toBe(false)
  })

  it('refuses signatures whose protected headers are broken or disagree', () => {
    const json = JSON.parse(signed.toString('utf8')) as { signatures: Array<Record<string, string>> }
    const withSignatures = (signatures: unknown[]): Buffer => Buffer.from(JSON.stringify({ ...json, signatures }))
    expect(() => schema1Payload(withSignatures([{ protected: 'not base64 json' }]))).toThrow(ProtocolError)
    const header = (length: number): string => Buffer.from(JSON.stringify({ formatLength: length, formatTail: 'fQ' })).toString('base64url')
    expect(() => schema1Payload(withSignatures([{ protected: header(10) }, { protected: header(20) }]))).toThrow(/different payloads/)
    expect(() => schema1Payload(withSignatures([{ protected: header(1e9) }]))).toThrow(/formatLength/)
  })
})
