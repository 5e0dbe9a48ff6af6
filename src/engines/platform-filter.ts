import { sha256Digest } from '../oci/digest'
import type { Descriptor, Platform, RawManifest } from '../oci/model'

/** A platform asked for with `--platforms`: `os/arch[/variant]`; without a variant, any variant matches. */
export interface PlatformSpec {
  os: string
  architecture: string
  variant?: string
}

/** The annotations buildkit puts on an attestation manifest: its type, and the digest of the image it describes. */
const REFERENCE_TYPE = 'vnd.docker.reference.type'
const REFERENCE_DIGEST = 'vnd.docker.reference.digest'

/** Parses `os/arch[/variant]`; undefined when the text has another shape. */
export function parsePlatform(text: string): PlatformSpec | undefined {
  const parts = text.trim().split('/')
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[a-z0-9][a-z0-9._-]*$/i.test(part))) return undefined
  const [os, architecture, variant] = parts.map((part) => part.toLowerCase())
  return variant ? { os, architecture, variant } : { os, architecture }
}

/** True when `platform` is one of `wanted` (a spec without a variant matches every variant of its os/arch). */
export function platformMatches(platform: Pick<Platform, 'os' | 'architecture' | 'variant'>, wanted: PlatformSpec[]): boolean {
  const os = platform.os.toLowerCase()
  const architecture = platform.architecture.toLowerCase()
  const variant = platform.variant?.toLowerCase()
  return wanted.some((spec) => spec.os === os && spec.architecture === architecture && (spec.variant === undefined || spec.variant === variant))
}

/** True for an attestation manifest entry of an index (buildkit's in-toto provenance and SBOMs). */
export function isAttestation(entry: Descriptor): boolean {
  return entry.annotations?.[REFERENCE_TYPE] === 'attestation-manifest'
}

/** What filtering an index by platform gives. */
export type IndexFilterResult =
  /** Every platform entry is wanted: the source's bytes, digest kept. */
  | { kind: 'unchanged'; manifest: RawManifest }
  /** Some entries dropped: a new index (new bytes, new digest). */
  | { kind: 'filtered'; manifest: RawManifest; dropped: Descriptor[] }
  /** No platform entry is wanted. */
  | { kind: 'no-match' }

/**
 * Keeps the entries of an OCI index or Docker manifest list whose platform is wanted. An
 * attestation entry (annotation `vnd.docker.reference.type: attestation-manifest`) follows the
 * image its `vnd.docker.reference.digest` names: kept with it, dropped with it. Entries with no
 * platform that are not attestations (artifacts) are kept. When nothing is dropped the source
 * bytes are returned untouched, so the digest stays the source's; otherwise the index is written
 * again with only the kept entries (every other field as it was) and gets a new digest.
 */
export function filterIndex(manifest: RawManifest, wanted: PlatformSpec[]): IndexFilterResult {
  const json = JSON.parse(manifest.bytes.toString('utf8')) as { manifests?: Descriptor[] } & Record<string, unknown>
  const entries = json.manifests ?? []
  const keptImages = new Set<string>()
  let platformEntries = 0
  for (const entry of entries) {
    if (isAttestation(entry) || !entry.platform) continue
    platformEntries++
    if (platformMatches(entry.platform, wanted)) keptImages.add(entry.digest)
  }
  if (platformEntries > 0 && keptImages.size === 0) return { kind: 'no-match' }
  const keep = (entry: Descriptor): boolean =>
    isAttestation(entry) ? keptImages.has(entry.annotations?.[REFERENCE_DIGEST] ?? '') : !entry.platform || keptImages.has(entry.digest)
  const dropped = entries.filter((entry) => !keep(entry))
  if (dropped.length === 0) return { kind: 'unchanged', manifest }
  const bytes = Buffer.from(JSON.stringify({ ...json, manifests: entries.filter(keep) }))
  return { kind: 'filtered', manifest: { bytes, mediaType: manifest.mediaType, digest: sha256Digest(bytes) }, dropped }
}

/** The platform an image config names (`os`, `architecture`, `variant`), undefined when it names none (artifacts). */
export function configPlatform(configBytes: Buffer): PlatformSpec | undefined {
  let json: { os?: unknown; architecture?: unknown; variant?: unknown }
  try {
    json = JSON.parse(configBytes.toString('utf8')) as typeof json
  } catch {
    return undefined
  }
  if (typeof json?.os !== 'string' || typeof json.architecture !== 'string' || !json.os || !json.architecture) return undefined
  return { os: json.os, architecture: json.architecture, ...(typeof json.variant === 'string' && json.variant ? { variant: json.variant } : {}) }
}
