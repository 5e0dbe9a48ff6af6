/**
 * The text side of image references: the contract's strings (`REGISTRY/NAMESPACE/REPOSITORY:TAG`)
 * that ledgers, reports and metadata records hold are made by `formatImageRef` (image-ref.ts) and
 * read back here.
 */

/** Joins non-empty path parts with `/`: a namespace and a repository below it, a folder and a file. */
export function joinPath(...parts: string[]): string {
  return parts.filter(Boolean).join('/')
}

/**
 * Reads the text of a tag back into its repository and tag, given the text it lies under: a store
 * (`REGISTRY`, `oci:PATH`; the repository is then its whole path) or an endpoint (`REGISTRY/NAMESPACE`,
 * as reports name endpoints; the path below the namespace). The one way stored strings (ledger
 * entries, report entries, metadata records) come back in. Undefined when the text is not a tag under it.
 */
export function splitTagRef(text: string, under: string): { repository: string; tag: string } | undefined {
  const prefix = under ? `${under}/` : ''
  const at = text.indexOf('@', prefix.length)
  if (at > prefix.length && text.startsWith(prefix)) return { repository: text.slice(prefix.length, at), tag: text.slice(at + 1) }
  const colon = text.lastIndexOf(':')
  if (!text.startsWith(prefix) || colon <= prefix.length) return undefined
  const repository = text.slice(prefix.length, colon)
  const tag = text.slice(colon + 1)
  return tag && !tag.includes('/') ? { repository, tag } : undefined
}
