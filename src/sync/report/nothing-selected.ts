import { MirrorError, type Wording } from '../../oci/errors'
import type { ImageResult, SyncOptions } from '../types'
import { count } from '../../util/count'

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
  const repositories = count(stats.repositories, 'repository', 'repositories')
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

/**
 * The error for a run whose `--platforms` left every selected tag out (each `platform-not-selected`):
 * it selected nothing as surely as filters that match no tag, so it fails the same way (exit 1),
 * naming the platforms the tags offer. Undefined when any tag was copied, found, would be copied or failed.
 */
export function noPlatformSelected(images: ImageResult[], options: SyncOptions, where: string): MirrorError | undefined {
  if (options.platforms.length === 0 || images.length === 0 || images.some((image) => image.reason !== 'platform-not-selected')) return undefined
  const offered = [...new Set(images.flatMap((image) => image.platforms ?? []))].sort()
  const wanted = options.platforms.map((p) => [p.os, p.architecture, p.variant].filter(Boolean).join('/')).join(',')
  const tags = count(images.length, 'tag')
  return new MirrorError(
    'not-found',
    (w) =>
      `${tags} selected under ${where}, none has a platform in ${w.option('platforms')} ${wanted}${offered.length ? ` (they offer ${offered.join(', ')})` : ''}; nothing to mirror`
  )
}
