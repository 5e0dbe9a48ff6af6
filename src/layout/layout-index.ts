import { MediaType } from '../oci/media-types'
import { type Descriptor } from '../oci/model'
import { LayoutError } from './errors'
import { formatRefName, REF_NAME } from './ref-name'

/** The parsed `index.json` of a layout. Fields other than `manifests` are kept as found. */
export interface LayoutIndex {
  schemaVersion: number
  mediaType?: string
  manifests: Descriptor[]
  [field: string]: unknown
}

/** The index.json of a new layout. */
export function emptyIndex(): LayoutIndex {
  return { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] }
}

/** Parses index.json text; `where` names the file in errors. */
export function parseIndex(text: string, where: string): LayoutIndex {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new LayoutError(`${where}: not JSON (${(error as Error).message})`, 'protocol')
  }
  const index = json as Partial<LayoutIndex> | null
  if (typeof index !== 'object' || index === null || Array.isArray(index) || !Array.isArray(index.manifests ?? [])) {
    throw new LayoutError(`${where}: not an image index (expected an object with a manifests array)`, 'protocol')
  }
  return { ...index, schemaVersion: index.schemaVersion ?? 2, manifests: index.manifests ?? [] }
}

/**
 * The index with `repository:tag` pointing at `target` (mediaType, digest, size): the first entry
 * of that name is replaced in place, later duplicates dropped, a new name appended. Returns the
 * same object when the entry is already there, so callers can skip the write.
 */
export function withTag(index: LayoutIndex, repository: string, tag: string, target: Descriptor): LayoutIndex {
  const name = formatRefName(repository, tag)
  const entry: Descriptor = { mediaType: target.mediaType, digest: target.digest, size: target.size, annotations: { [REF_NAME]: name } }
  const named = index.manifests.filter((descriptor) => descriptor.annotations?.[REF_NAME] === name)
  const current = named[0]
  if (named.length === 1 && current.mediaType === entry.mediaType && current.digest === entry.digest && current.size === entry.size) {
    return index
  }
  const manifests = current
    ? index.manifests.flatMap((descriptor) => (descriptor === current ? [entry] : named.includes(descriptor) ? [] : [descriptor]))
    : [...index.manifests, entry]
  return { ...index, manifests }
}

/** The index without any entry named `repository:tag`; the same object when there is none. */
export function withoutTag(index: LayoutIndex, repository: string, tag: string): LayoutIndex {
  const name = formatRefName(repository, tag)
  const manifests = index.manifests.filter((descriptor) => descriptor.annotations?.[REF_NAME] !== name)
  return manifests.length === index.manifests.length ? index : { ...index, manifests }
}
