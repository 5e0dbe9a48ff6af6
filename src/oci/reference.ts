/**
 * A tag as it travels from plan to copy to report to ledger to metadata: parsed once into its parts,
 * rendered to the contract's strings (`REGISTRY/NAMESPACE/REPOSITORY:TAG`) only at the edges.
 */
export interface TagRef {
  /** `gcr.io`, `127.0.0.1:5001`, or `oci:PATH` for a layout. */
  registry: string
  /** The endpoint's namespace (`google-containers`), '' at a registry's root. */
  namespace: string
  /** The repository below the namespace (`pause`, `team/app`). */
  repository: string
  /** The tag, or a digest (`sha256:...`) for an image named by digest (rendered after `@`). */
  tag: string
}

/** Joins non-empty path parts with `/`. */
export function joinPath(...parts: string[]): string {
  return parts.filter(Boolean).join('/')
}

/** The repository path within its registry: `NAMESPACE/REPOSITORY`. */
export function repositoryPath(ref: TagRef): string {
  return joinPath(ref.namespace, ref.repository)
}

/** The contract's text of a tag: `REGISTRY/NAMESPACE/REPOSITORY:TAG` (`@DIGEST` for a digest: a tag never holds `:`). */
export function formatTagRef(ref: TagRef): string {
  return `${joinPath(ref.registry, ref.namespace, ref.repository)}${ref.tag.includes(':') ? '@' : ':'}${ref.tag}`
}

/**
 * Reads the contract's text of a tag back into its repository and tag, given the endpoint text it is
 * under (`REGISTRY/NAMESPACE`, as reports name endpoints): the edge where stored strings come in
 * (ledger entries, metadata records). Undefined when the text is not a tag under it.
 */
export function splitTagRef(text: string, under: string): Pick<TagRef, 'repository' | 'tag'> | undefined {
  const prefix = under ? `${under}/` : ''
  const at = text.indexOf('@', prefix.length)
  if (at > prefix.length && text.startsWith(prefix)) return { repository: text.slice(prefix.length, at), tag: text.slice(at + 1) }
  const colon = text.lastIndexOf(':')
  if (!text.startsWith(prefix) || colon <= prefix.length) return undefined
  const repository = text.slice(prefix.length, colon)
  const tag = text.slice(colon + 1)
  return tag && !tag.includes('/') ? { repository, tag } : undefined
}
