import semver from 'semver'
import type { TagInfo } from '../../oci/model'
import type { TagPattern } from '../options/tag-pattern'

/** The tag selection rules of one run. */
export interface TagFilter {
  /** A tag is kept only if it matches at least one (when any are given). Unanchored: use ^ and $. Linear-time (RE2). */
  includeTags: TagPattern[]
  /** A tag matching any of these is dropped. */
  excludeTags: TagPattern[]
  /** Keep only version tags within this range; non-version tags are dropped when set. */
  semver?: string
  /** Drop pre-releases: versions with a pre-release part, and tags naming alpha/beta/rc/dev/snapshot. */
  excludePrerelease: boolean
  /** Keep the N highest versions (non-version tags are dropped when set). */
  latest?: number
}

const PRERELEASE_WORD = /(^|[._-])(alpha|beta|rc|pre|preview|dev|snapshot|nightly|canary)([._-]?\d*)?($|[._-])/i

/**
 * Reads a tag as a semantic version: `1.2.3`, `v1.2.3`, `1.2.3-rc.1`, `v1.2.3+build`.
 * Tags such as `latest`, `1.2` or `stable-1.2.3` are not versions.
 */
export function tagVersion(tag: string): semver.SemVer | null {
  if (!/^v?\d/.test(tag)) return null
  return semver.parse(tag.startsWith('v') ? tag.slice(1) : tag)
}

/** True when the tag is a pre-release by version or by name. */
export function isPrerelease(tag: string): boolean {
  const version = tagVersion(tag)
  if (version) return version.prerelease.length > 0
  return PRERELEASE_WORD.test(tag)
}

/** Applies the filter; the result keeps the listing order, except `latest`, which returns the newest first. */
export function selectTags<T extends TagInfo>(tags: T[], filter: TagFilter): T[] {
  let kept = tags.filter(
    ({ tag }) =>
      (filter.includeTags.length === 0 || filter.includeTags.some((re) => re.test(tag))) &&
      !filter.excludeTags.some((re) => re.test(tag)) &&
      !(filter.excludePrerelease && isPrerelease(tag))
  )
  if (filter.semver !== undefined) {
    const range = filter.semver
    kept = kept.filter(({ tag }) => {
      const version = tagVersion(tag)
      return version !== null && semver.satisfies(version, range, { includePrerelease: !filter.excludePrerelease })
    })
  }
  if (filter.latest !== undefined) {
    kept = kept
      .map((info) => ({ info, version: tagVersion(info.tag) }))
      .filter((entry): entry is { info: T; version: semver.SemVer } => entry.version !== null)
      .sort((a, b) => semver.rcompare(a.version, b.version) || (a.info.tag < b.info.tag ? -1 : 1))
      .slice(0, filter.latest)
      .map(({ info }) => info)
  }
  return kept
}
