import { createHash } from 'node:crypto'
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

const join = (namespace: string, path: string): string => (namespace ? `${namespace}/${path}` : path)

/**
 * Names the target of every source repository, then resolves collisions deterministically:
 * among sources landing on one name, the one whose path is already that name (not flattened) keeps
 * it, else the lexicographically first; each other gets `SEPARATOR` + the first 8 hex digits of the
 * sha256 of its relative source path appended.
 */
export function nameRepositories(relatives: string[], rules: NamingRules): { repositories: NamedRepository[]; collisions: Collision[] } {
  const flattened = (relative: string): boolean => rules.flatten && relative.split('/').length > (rules.keepLevels ?? 1)
  const base = (relative: string): string => join(rules.namespace, flattened(relative) ? relative.split('/').join(rules.separator) : relative)
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
    const keeper = sources.find((relative) => join(rules.namespace, relative) === target) ?? sources[0]
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
