import { createHash } from 'node:crypto'
import { formatImageRef, type ImageRef } from '../../oci/image-ref'
import { isValidDigest } from '../../oci/names'
import { joinPath } from '../../oci/reference'
import { refOnStore, repositoryRef, type EndpointSpec } from '../options/endpoint'
import type { Collision } from '../types'

/** How relative source paths become target repository paths. */
export interface NamingRules {
  /** Target namespace path on the registry (may be empty). */
  namespace: string
  /** Whether to flatten nested paths to one level below the namespace. */
  flatten: boolean
  /** With `flatten`: names of at most this many levels keep their path (GitLab: 2); default 1, every nested name is flattened. */
  keepLevels?: number
  /** Joins the parts of a flattened path. */
  separator: string
}

/** A source repository (relative to the source namespace) and where it lands. */
export interface NamedRepository {
  relative: string
  /** Target repository path on the target registry, namespace included. */
  target: string
}

/**
 * Names the target of every source repository, then resolves collisions deterministically:
 * among sources landing on one name, the one whose path is already that name (not flattened) keeps
 * it, else the lexicographically first; each other gets `SEPARATOR` + the first 8 hex digits of the
 * sha256 of its relative source path appended.
 */
export function nameRepositories(relatives: string[], rules: NamingRules): { repositories: NamedRepository[]; collisions: Collision[] } {
  const flattened = (relative: string): boolean => rules.flatten && relative.split('/').length > (rules.keepLevels ?? 1)
  const base = (relative: string): string => joinPath(rules.namespace, flattened(relative) ? relative.split('/').join(rules.separator) : relative)
  const groups = new Map<string, string[]>()
  for (const relative of [...new Set(relatives)].sort()) {
    const target = base(relative)
    groups.set(target, [...(groups.get(target) ?? []), relative])
  }
  const repositories: NamedRepository[] = []
  const collisions: Collision[] = []
  const taken = new Set(groups.keys())
  for (const [target, sources] of groups) {
    if (sources.length === 1) {
      repositories.push({ relative: sources[0], target })
      continue
    }
    const keeper = sources.find((relative) => joinPath(rules.namespace, relative) === target) ?? sources[0]
    repositories.push({ relative: keeper, target })
    const renamed: string[] = []
    for (const relative of sources.filter((s) => s !== keeper)) {
      const suffix = createHash('sha256').update(relative).digest('hex').slice(0, 8)
      let candidate = `${target}${rules.separator}${suffix}`
      for (let n = 2; taken.has(candidate); n++) candidate = `${target}${rules.separator}${suffix}${rules.separator}${n}`
      taken.add(candidate)
      repositories.push({ relative, target: candidate })
      renamed.push(`${relative} -> ${candidate}`)
    }
    collisions.push({
      target,
      sources,
      resolution: `${keeper} keeps ${target}; ${renamed.join('; ')}`
    })
  }
  repositories.sort((a, b) => (a.relative < b.relative ? -1 : 1))
  return { repositories, collisions }
}

/** A tag mapped source -> target once: both references, and their texts made once (ledger keys, report strings, messages). */
export interface MappedTag {
  /** The source repository relative to the source namespace (the report's `repository`). */
  relative: string
  tag: string
  source: ImageRef
  target: ImageRef
  /** `formatImageRef` of `source` and `target`: the contract's `REGISTRY/NAMESPACE/REPOSITORY:TAG`. */
  sourceText: string
  targetText: string
}

/** A named repository's references (no tag) on the source and the target store: what {@link mapTag} makes each tag's from. */
export interface RepositoryRefs {
  relative: string
  source: ImageRef
  target: ImageRef
}

/** The references of a named repository: the source namespace + its relative path, and the target path naming gave it. */
export function mapRepository(repository: NamedRepository, source: EndpointSpec, target: EndpointSpec): RepositoryRefs {
  return { relative: repository.relative, source: repositoryRef(source, repository.relative), target: refOnStore(target, repository.target) }
}

/** A tag of a mapped repository (`targetTag`: the tag it lands on, when an image list chose another), with both texts made here, once. */
export function mapTag(repository: RepositoryRefs, tag: string, targetTag = tag): MappedTag {
  // An image list may name a digest (read by it, shown after `@`) and land it on a tag of its own.
  const source: ImageRef = isValidDigest(tag) ? { ...repository.source, digest: tag } : { ...repository.source, tag }
  const target: ImageRef = { ...repository.target, tag: targetTag }
  return { relative: repository.relative, tag, source, target, sourceText: formatImageRef(source), targetText: formatImageRef(target) }
}
