import type { ImageSource, TagInfo } from '../../oci/model'
import { mapBounded, type Limiter } from '../../util/limit'
import { selectTags, type TagFilter } from './filter'
import { COMPANION_TAG, companionTags } from '../../oci/companions'
import type { Bounded } from '../run/run-stop'

/** A tag selected for mirroring, with the digest it points at now. */
export interface SelectedTag {
  tag: string
  digest: string
}

/**
 * The repositories to mirror, relative to the source namespace: the explicit list when given,
 * else every repository under the namespace (nested ones included), sorted.
 */
export async function discoverRepositories(source: ImageSource, namespace: string, images: string[]): Promise<string[]> {
  if (images.length > 0) return [...new Set(images)].sort()
  const found = await source.listRepositories(namespace)
  const relative = found.map((repository) => (namespace ? repository.slice(namespace.length + 1) : repository)).filter((path) => path.length > 0)
  return [...new Set(relative)].sort()
}

/**
 * Lists a repository's tags, applies the filter, and resolves each selected tag's digest: taken
 * from the listing when the registry gives digests in bulk (gcr.io), else from a manifest HEAD
 * (never a GET, which Docker Hub counts as a pull). Signature, attestation and SBOM tags of a
 * selected digest (`sha256-<hex>.sig` ...) come along even when the filter would drop them, so a
 * mirror keeps its images verifiable; for the selected tags `probeCompanions` accepts, the companion
 * tags the listing omits (and the referrers fallback tag `sha256-<hex>`) are asked for by tag (HEAD)
 * and kept when present; every HEAD goes through `bounded` (the run's stop and `--tag-timeout`). Tags that vanished since listing are returned in `vanished`, the number of tags listed in `listed`,
 * and every tag listed (selected or not) in `listedTags`.
 */
export async function selectRepositoryTags(
  source: Pick<ImageSource, 'listTags' | 'headManifest'>,
  repository: string,
  filter: TagFilter,
  headLimit: Limiter,
  probeCompanions: (selected: SelectedTag) => boolean = () => false,
  bounded: Bounded = (_what, send) => send(new AbortController().signal)
): Promise<{ selected: SelectedTag[]; vanished: string[]; listed: number; listedTags: string[] }> {
  const tags: TagInfo[] = await source.listTags(repository)
  const vanished: string[] = []
  const resolve = async (chosen: TagInfo[]): Promise<SelectedTag[]> => {
    // At most the limiter's width waits per repository: 10,000 tags are not 10,000 pending calls.
    const resolved = await mapBounded(chosen, headLimit.concurrency, async ({ tag, digest }) => {
      if (digest) return { tag, digest }
      const head = await headLimit(() => bounded(`HEAD ${repository}:${tag}`, (signal) => source.headManifest(repository, tag, { signal })))
      if (!head) vanished.push(tag)
      return head ? { tag, digest: head.digest } : undefined
    })
    return resolved.filter((t): t is SelectedTag => t !== undefined)
  }
  const selected = await resolve(selectTags(tags, filter))
  const names = new Set(selected.map((t) => t.tag))
  const digests = new Set(selected.map((t) => t.digest))
  const companions = tags.filter((t) => {
    const match = COMPANION_TAG.exec(t.tag)
    return match !== null && !names.has(t.tag) && digests.has(`sha256:${match[1]}`)
  })
  const listedNames = new Set(tags.map((t) => t.tag))
  const probed = new Set(selected.filter(probeCompanions).map((t) => t.digest))
  const unlisted = [...probed].flatMap(companionTags).filter((tag) => !listedNames.has(tag))
  const heads = await mapBounded(unlisted, headLimit.concurrency, async (tag) => {
    const head = await headLimit(() => bounded(`HEAD ${repository}:${tag}`, (signal) => source.headManifest(repository, tag, { signal })))
    return head ? { tag, digest: head.digest } : undefined
  })
  const found = heads.filter((t): t is SelectedTag => t !== undefined)
  return { selected: [...selected, ...(await resolve(companions)), ...found], vanished, listed: tags.length, listedTags: tags.map((t) => t.tag) }
}
