import { isIndexType, manifestContent } from '../../engines/manifest-content'
import { COMPANION_TAG } from '../../oci/companions'
import { kindOf } from '../../oci/errors'
import type { Descriptor, ImageSource } from '../../oci/model'
import { mapBounded, type Limiter } from '../../util/limit'

/** How deep indexes are followed below a tag (an index in an index is depth 2); deeper is refused, not guessed. */
export const MAX_INDEX_DEPTH = 8

/** How many indexes one repository's walk reads at most (a bound on what a hostile registry can make it do). */
export const MAX_INDEXES_READ = 50_000

/** A tag of the target repository that stays, with its digest and, when a HEAD said it, its media type. */
export interface RemainingTag {
  tag: string
  digest: string
  mediaType?: string
}

/** What the walk reads of the target: HEADs for media types, GETs of indexes. */
export type ManifestReader = Pick<ImageSource, 'headManifest' | 'getManifest'>

const SUBJECT_OF: Record<string, string> = { sig: 'signature subject', att: 'attestation subject', sbom: 'SBOM subject', '': 'referrers subject' }

/** A manifest the walk reached: which remaining tag holds it and how (`tag` itself, the `subject` it names, or a `fallback` tag's index). */
interface Node {
  digest: string
  mediaType?: string
  holder: string
  root: 'tag' | 'subject' | 'fallback'
}

/**
 * Why each digest of `wanted` (the HEADs of the manifests about to be deleted) must stay in
 * `repository`: the first remaining tag found holding it, in words (`mirror/app:1.0 lists it (index
 * child)`). A remaining tag holds the children of its index at any depth, the subject its companion
 * tag names (`sha256-<hex>.sig`, `.att`, `.sbom`, and the referrers fallback tag `sha256-<hex>`), and
 * the referrers its fallback tag lists; a held subject holds its own children in turn. Only indexes
 * are read (GET); a digest whose media type no HEAD told is asked by digest (HEAD). Each digest is
 * read once, so a cycle ends the walk; it stops once every wanted digest is held, and throws past
 * MAX_INDEX_DEPTH or MAX_INDEXES_READ (the caller then deletes nothing).
 */
export async function heldDigests(
  store: ManifestReader,
  repository: string,
  remaining: RemainingTag[],
  wanted: Descriptor[],
  limit: Limiter
): Promise<Map<string, string>> {
  const held = new Map<string, string>()
  const wantedTypes = new Map(wanted.map((d) => [d.digest, d.mediaType]))
  const hold = (digest: string, why: string): void => {
    if (wantedTypes.has(digest) && !held.has(digest)) held.set(digest, why)
  }
  const knownTypes = new Map([...wantedTypes, ...remaining.flatMap((t): Array<[string, string]> => (t.mediaType ? [[t.digest, t.mediaType]] : []))])

  let level: Node[] = []
  for (const { tag, digest, mediaType } of remaining) {
    const companion = COMPANION_TAG.exec(tag)
    level.push({ digest, mediaType, holder: tag, root: companion && !companion[2] ? 'fallback' : 'tag' })
    if (!companion) continue
    const subject = `sha256:${companion[1]}`
    hold(subject, `${repository}:${tag} names it (${SUBJECT_OF[companion[2] ?? '']})`)
    level.push({ digest: subject, mediaType: knownTypes.get(subject), holder: tag, root: 'subject' })
  }

  const seen = new Set<string>()
  let read = 0
  const childrenOf = async (node: Node, depth: number): Promise<Descriptor[]> => {
    const mediaType = node.mediaType ?? (await store.headManifest(repository, node.digest))?.mediaType
    if (!mediaType || !isIndexType(mediaType)) return []
    if (depth >= MAX_INDEX_DEPTH) throw new Error(`${repository}:${node.holder} nests indexes deeper than ${MAX_INDEX_DEPTH} levels`)
    if (++read > MAX_INDEXES_READ) throw new Error(`${repository}: its tags hold more than ${MAX_INDEXES_READ} indexes`)
    try {
      const manifest = await store.getManifest(repository, node.digest)
      return manifestContent(manifest.bytes, manifest.mediaType).children
    } catch (error) {
      // Gone since its tag was listed, or never there (a child an index lists but the target lacks): it holds nothing.
      if (kindOf(error) === 'not-found') return []
      throw error
    }
  }
  for (let depth = 0; level.length > 0 && held.size < wantedTypes.size; depth++) {
    const nodes = level.filter((node) => !seen.has(node.digest) && seen.add(node.digest))
    const children = await mapBounded(nodes, limit.concurrency, (node) => limit(() => childrenOf(node, depth)))
    level = nodes.flatMap((node, i) =>
      children[i].map((child) => {
        hold(child.digest, `${repository}:${node.holder} ${relation(node, depth)}`)
        return { digest: child.digest, mediaType: child.mediaType, holder: node.holder, root: node.root }
      })
    )
  }
  return held
}

/** How a node's remaining tag holds the node's children, in words. */
function relation(node: Node, depth: number): string {
  if (node.root === 'subject') return 'holds it (in the index of the subject it names)'
  if (node.root === 'fallback' && depth === 0) return 'lists it (referrer)'
  return depth === 0 ? 'lists it (index child)' : `holds it (index child, ${depth + 1} levels down)`
}
