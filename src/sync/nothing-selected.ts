import { MirrorError, type Wording } from '../oci/errors'
import type { SyncOptions } from './types'

/** What a run listed before filtering: repositories (after sharding) and their tags. */
export interface ListingStats {
  repositories: number
  /** Repositories listed before `--shard` kept its share. */
  repositoriesBeforeShard: number
  tags: number
}

/**
 * The error for a run that selected no tag at all (an empty or misspelt namespace, filters that
 * match nothing anywhere): a scheduled job must not stay green doing nothing, so it fails (exit 1)
 * with one line saying what was listed and filtered. A shard left empty while the namespace has
 * repositories is not an error: the other shards have them. Undefined when something was selected.
 */
export function nothingSelected(stats: ListingStats, selected: number, options: SyncOptions, where: string): MirrorError | undefined {
  if (selected > 0) return undefined
  if (stats.repositories === 0 && stats.repositoriesBeforeShard > 0) return undefined
  if (stats.repositories === 0) return new MirrorError('not-found', `listed 0 repositories under ${where}; nothing to mirror`)
  const repositories = `${stats.repositories} ${stats.repositories === 1 ? 'repository' : 'repositories'}`
  if (stats.tags === 0) return new MirrorError('not-found', `0 tags listed in ${repositories} under ${where}; nothing to mirror`)
  const filters = describeFilters(options)
  return new MirrorError('not-found', (w) => `${stats.tags} tags listed in ${repositories} under ${where}, none matched ${filters(w)}`)
}

function describeFilters(options: SyncOptions): Wording {
  return (w) => {
    const parts: string[] = []
    for (const pattern of options.includeTags) parts.push(`${w.option('include-tags')} ${pattern.source}`)
    for (const pattern of options.excludeTags) parts.push(`${w.option('exclude-tags')} ${pattern.source}`)
    if (options.semver) parts.push(`${w.option('semver')} ${options.semver}`)
    if (options.excludePrerelease) parts.push(w.option('exclude-prerelease'))
    if (options.latest !== undefined) parts.push(`${w.option('latest')} ${options.latest}`)
    return parts.join(', ') || 'the filters'
  }
}
