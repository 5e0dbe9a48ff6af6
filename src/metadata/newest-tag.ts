import { compareText, type TagRecord } from './record'

/** A tag read as a version: `3.9`, `v1.11.1`, `1.30.0-rc.1`, `20240101`; `latest` or `sha-1a2b` are not. */
interface VersionTag {
  tag: string
  numbers: number[]
  /** Has a suffix such as `-rc.1`: ranks below the same numbers without one. */
  prerelease: boolean
}

function versionTag(tag: string): VersionTag | undefined {
  const match = /^v?(\d+(?:\.\d+)*)([-+].*)?$/.exec(tag)
  return match ? { tag, numbers: match[1].split('.').map(Number), prerelease: match[2] !== undefined && !match[2].startsWith('+') } : undefined
}

function compareVersions(a: VersionTag, b: VersionTag): number {
  for (let i = 0; i < Math.max(a.numbers.length, b.numbers.length); i++) {
    const difference = (a.numbers[i] ?? 0) - (b.numbers[i] ?? 0)
    if (difference !== 0) return difference
  }
  return Number(b.prerelease) - Number(a.prerelease) || compareText(a.tag, b.tag)
}

/**
 * The tag a reader most likely wants: the highest release version, else the highest pre-release,
 * else (no version tags) the most recently first-mirrored tag. Ties are broken by name, so the
 * answer depends only on the record.
 */
export function newestTag(tags: Map<string, TagRecord>): string | undefined {
  if (tags.size === 0) return undefined
  const versions = [...tags.keys()].flatMap((tag) => versionTag(tag) ?? [])
  const releases = versions.filter((version) => !version.prerelease)
  const candidates = releases.length > 0 ? releases : versions
  if (candidates.length > 0) return highest(candidates, compareVersions).tag
  const entries = [...tags].map(([tag, record]) => ({ tag, firstMirrored: record.firstMirrored }))
  return highest(entries, (a, b) => compareText(a.firstMirrored, b.firstMirrored) || compareText(a.tag, b.tag)).tag
}

function highest<T>(items: T[], compare: (a: T, b: T) => number): T {
  return items.reduce((best, next) => (compare(next, best) > 0 ? next : best))
}
