import { errorMessage } from '../oci/errors'
import { formatImageRef, IMAGE_REF_FORMS, parseImageRef, type ImageRef } from '../oci/image-ref'
import { formatAllowedSource, isAllowed, type AllowedSource } from './allowed-sources'

/** An entry of a request that is not mirrored, as written, and why. */
export interface Refusal {
  text: string
  why: string
}

/** A request sorted into what is mirrored and what is refused. */
export interface ScreenedRequest {
  /** References to mirror, each once, with a tag or digest (`latest` when the entry named neither), at most `maxImages`. */
  accepted: ImageRef[]
  refused: Refusal[]
}

/** The name parseImageRef gives an entry in its message, cut off again to leave only the problem. */
const ENTRY = 'entry'

/** parseImageRef's problem with an entry, without the entry (quoted first) and the accepted forms (said once in the reply). */
function problemOf(error: unknown): string {
  return errorMessage(error)
    .replace(new RegExp(`^${ENTRY} "(?:[^"\\\\]|\\\\.)*": `), '')
    .replace(`; expected ${IMAGE_REF_FORMS}`, '')
}

/**
 * Sorts a request's entries: each is parsed by `parseImageRef` alone (anything else about it is
 * refused, never interpreted), then must be under an allowed source; an entry naming its own target
 * (hub-mirror's `SOURCE$NAME`, gcr-mirror's `SOURCE => TARGET`) is refused, since targets follow the
 * mirror's naming. An entry with neither tag nor digest means `:latest`, as with `docker pull` (a
 * request never asks for every tag of a repository). Repeats are mirrored once; entries beyond
 * `maxImages` are refused by name.
 */
export function screenRequest(candidates: string[], allowed: AllowedSource[], maxImages: number): ScreenedRequest {
  const accepted: ImageRef[] = []
  const seen = new Set<string>()
  const refused: Refusal[] = []
  for (const text of candidates) {
    if (text.includes('$') || text.includes('=>')) {
      refused.push({ text, why: 'names its own target; a request cannot choose target names' })
      continue
    }
    let ref: ImageRef
    try {
      ref = parseImageRef(text, ENTRY)
    } catch (error) {
      refused.push({ text, why: `not an image reference: ${problemOf(error)}` })
      continue
    }
    if (!isAllowed(ref, allowed)) {
      refused.push({ text, why: `${ref.registry}/${ref.repository} is not under an allowed source (${allowed.map(formatAllowedSource).join(', ')})` })
      continue
    }
    const pinned: ImageRef = ref.tag === undefined && ref.digest === undefined ? { ...ref, tag: 'latest' } : ref
    const key = formatImageRef(pinned)
    if (seen.has(key)) continue
    if (accepted.length >= maxImages) {
      refused.push({ text, why: `beyond the limit of ${maxImages} images a request; ask for it in another request` })
      continue
    }
    seen.add(key)
    accepted.push(pinned)
  }
  return { accepted, refused }
}
