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

/** True for a companion tag (see COMPANION_TAG). */
export function isCompanionTag(tag: string): boolean {
  return COMPANION_TAG.test(tag)
}

/** The digest whose referrers fallback tag `tag` is (`sha256-<hex>`, no suffix), else undefined. */
export function referrersSubject(tag: string): string | undefined {
  const match = COMPANION_TAG.exec(tag)
  return match && !match[2] ? `sha256:${match[1]}` : undefined
}
