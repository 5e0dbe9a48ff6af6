/**
 * Tags that ride along with an image digest: cosign's signature, attestation and SBOM tags
 * (`sha256-<hex>.sig`, `.att`, `.sbom`) and the OCI 1.1 referrers tag-schema fallback index
 * (`sha256-<hex>`, distribution-spec "Referrers Tag Schema"). Registries such as registry.k8s.io
 * serve them by tag only (a request by digest to a regional mirror gets 404), so they are read by tag.
 */
export const COMPANION_TAG = /^sha256-([a-f0-9]{64})(?:\.(sig|att|sbom))?$/

/** The companion tags an image digest may have (none for digests other than sha256). */
export function companionTags(digest: string): string[] {
  const hex = /^sha256:([a-f0-9]{64})$/.exec(digest)?.[1]
  return hex ? [`sha256-${hex}`, `sha256-${hex}.sig`, `sha256-${hex}.att`, `sha256-${hex}.sbom`] : []
}

/**
 * Registries whose tag listing leaves companion tags out although they exist by tag, so the only
 * way to find them is to ask for each by name (a HEAD per possible tag, four per digest).
 * registry.k8s.io: its signatures are pushed by the Kubernetes release process to the Artifact
 * Registry behind it, whose regional listings omit the `sha256-<hex>` tags while the tags answer
 * by name (modelled in __tests__/e2e/companions.test.ts). Every other source lists every tag it has
 * (distribution, gcr.io, Quay, Docker Hub, GHCR, layouts and archives), so its listing already says
 * which companion tags exist and asking for the rest would only collect 404s.
 */
const HIDES_COMPANIONS: ReadonlySet<string> = new Set(['registry.k8s.io'])

/** True when `registry`'s (`host[:port]`) tag listing is known to omit companion tags (see HIDES_COMPANIONS). */
export function hidesCompanions(registry: string): boolean {
  return HIDES_COMPANIONS.has(registry.toLowerCase().replace(/:\d+$/, ''))
}

/** True for a companion tag (see COMPANION_TAG). */
export function isCompanionTag(tag: string): boolean {
  return COMPANION_TAG.test(tag)
}

/** The digest whose referrers fallback tag `tag` is (`sha256-<hex>`, no suffix), else undefined. */
export function referrersSubject(tag: string): string | undefined {
  const match = COMPANION_TAG.exec(tag)
  return match && !match[2] ? `sha256:${match[1]}` : undefined
}
