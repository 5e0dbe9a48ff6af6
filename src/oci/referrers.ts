/**
 * OCI 1.1 referrers (distribution-spec v1.1, "Listing Referrers" and "Referrers Tag Schema"): a
 * referrer is a manifest whose `subject` names another manifest (a signature, an SBOM, an
 * attestation). The referrers API and the fallback tag `sha256-<hex>` both answer an image index
 * whose `manifests` are the referrers' descriptors, each with its `artifactType` and annotations.
 */
import { ProtocolError } from './errors'
import { MediaType } from './media-types'
import type { Descriptor, RawManifest } from './model'
import { isValidDigest } from './names'

/** How deep referrers of referrers are followed (a signature of an SBOM of an image is depth 2). */
export const MAX_REFERRER_DEPTH = 3

interface IndexJson {
  schemaVersion?: unknown
  mediaType?: unknown
  manifests?: unknown
}

/**
 * The descriptors of a referrers index (an API answer or a fallback tag's manifest), checked:
 * an object with a `manifests` array of descriptors with a valid digest, a media type and a size.
 * Throws ProtocolError naming `what` for anything else; the spec says a client should stop rather
 * than overwrite a fallback tag that holds something other than an image index.
 */
export function parseReferrersIndex(bytes: Buffer, what: string): Descriptor[] {
  let json: IndexJson
  try {
    json = JSON.parse(bytes.toString('utf8')) as IndexJson
  } catch {
    throw new ProtocolError(`${what}: not JSON`)
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !Array.isArray(json.manifests)) {
    throw new ProtocolError(`${what}: not an image index (no manifests list)`)
  }
  if (json.mediaType !== undefined && json.mediaType !== MediaType.OciIndex) {
    throw new ProtocolError(`${what}: an index of media type ${String(json.mediaType).slice(0, 100)}, not ${MediaType.OciIndex}`)
  }
  return json.manifests.map((entry: unknown, i) => checkDescriptor(entry, `${what}, entry ${i}`))
}

function checkDescriptor(entry: unknown, what: string): Descriptor {
  const d = entry as Partial<Descriptor> | null
  if (typeof d !== 'object' || d === null) throw new ProtocolError(`${what}: not a descriptor`)
  if (typeof d.digest !== 'string' || !isValidDigest(d.digest)) throw new ProtocolError(`${what}: invalid digest`)
  if (typeof d.mediaType !== 'string' || !d.mediaType) throw new ProtocolError(`${what}: no media type`)
  if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) throw new ProtocolError(`${what}: invalid size`)
  return d as Descriptor
}

/** The fallback tag of a digest (`sha256:<hex>` is `sha256-<hex>`; the spec truncates algorithm and hex to 32 and 64 characters). */
export function referrersTag(digest: string): string {
  const [algorithm, encoded] = digest.split(':', 2)
  return `${algorithm.slice(0, 32)}-${encoded.slice(0, 64)}`.replace(/[^a-zA-Z0-9_.-]/g, '-')
}

/** The digest a manifest's `subject` names, undefined when it has none (not a referrer). */
export function subjectOf(manifest: RawManifest): string | undefined {
  try {
    const subject = (JSON.parse(manifest.bytes.toString('utf8')) as { subject?: { digest?: unknown } }).subject
    return typeof subject?.digest === 'string' ? subject.digest : undefined
  } catch {
    return undefined
  }
}

/**
 * The image index that lists `referrers`: `current`'s fields and entries kept and the ones it lacks
 * (by digest) appended; undefined when nothing is missing (no write needed). Without `current`, a
 * new OCI index of `referrers`.
 */
export function mergeReferrersIndex(current: Buffer | undefined, referrers: Descriptor[], what: string): Buffer | undefined {
  if (!current) return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: referrers }))
  const listed = new Set(parseReferrersIndex(current, what).map((d) => d.digest))
  const missing = referrers.filter((d) => !listed.has(d.digest) && listed.add(d.digest))
  if (missing.length === 0) return undefined
  const json = JSON.parse(current.toString('utf8')) as { manifests: unknown[] }
  return Buffer.from(JSON.stringify({ ...json, manifests: [...json.manifests, ...missing] }))
}
