/**
 * Release helpers for .github/workflows/release.yml:
 * - `npx tsx scripts/release-notes.ts v1.2.3` checks that the tag is a semantic version equal to
 *   package.json's and prints the CHANGELOG.md section of that version (Keep a Changelog:
 *   `## [1.2.3] - 2026-12-01` up to the next `## ` heading);
 * - `npx tsx scripts/release-notes.ts --major v1.2.3` prints the major tag to move (`v1`), or nothing
 *   when the release is a pre-release or older than a release of that major already tagged
 *   (`git tag --list`), so a backported patch never moves `v1` back.
 * Exits 1 with one line on stderr naming what is wrong.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import semver from 'semver'

/** `v1.2.3` or `v1.2.3-rc.1` (semver 2.0.0, build metadata refused: a tag names one build). */
const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$/

/** A release tag taken apart. */
export interface ReleaseTag {
  /** The version without the `v`. */
  version: string
  /** `v1`: the tag that follows the newest release of this major version. */
  major: string
  prerelease: boolean
}

/** Parses a release tag; throws naming the tag and the accepted form. */
export function parseTag(tag: string): ReleaseTag {
  const match = TAG.exec(tag)
  if (!match) throw new Error(`tag ${JSON.stringify(tag)} is not a release tag: expected vMAJOR.MINOR.PATCH, e.g. v1.2.3 or v1.3.0-rc.1`)
  return { version: tag.slice(1), major: `v${match[1]}`, prerelease: match[4] !== undefined }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The body of the changelog section of `version`: the lines after `## [version]` (or `## version`),
 * up to the next level-2 heading or link definitions at the end, trimmed. Throws when the section
 * is missing or empty.
 */
export function changelogSection(changelog: string, version: string): string {
  const lines = changelog.split(/\r?\n/)
  const heading = new RegExp(`^##\\s+\\[?${escapeRegExp(version)}\\]?(\\s|$)`)
  const start = lines.findIndex((line) => heading.test(line))
  if (start < 0) throw new Error(`CHANGELOG.md has no section for ${version}: add "## [${version}] - YYYY-MM-DD" (rename [Unreleased])`)
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((line) => /^##\s/.test(line) || /^\[[^\]]+\]:\s/.test(line))
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim()
  if (body === '') throw new Error(`CHANGELOG.md's section for ${version} is empty: say what changed`)
  return body
}

/** Checks the tag against package.json's version and returns the release notes. */
export function releaseNotes(tag: string, packageVersion: string, changelog: string): { tag: ReleaseTag; notes: string } {
  const parsed = parseTag(tag)
  if (parsed.version !== packageVersion) {
    throw new Error(`tag ${tag} does not match package.json's version ${packageVersion}: set "version": "${parsed.version}", rebuild dist/ and tag again`)
  }
  return { tag: parsed, notes: changelogSection(changelog, parsed.version) }
}

/**
 * The major tag (`v1`) to point at this release, or undefined: pre-releases never move it, nor does
 * a release older than another release of the same major among `tags`.
 */
export function majorTagToMove(tag: string, tags: string[]): string | undefined {
  const release = parseTag(tag)
  if (release.prerelease) return undefined
  const newer = tags.some((other) => {
    const parsed = TAG.test(other) ? parseTag(other) : undefined
    return parsed !== undefined && !parsed.prerelease && parsed.major === release.major && semver.gt(parsed.version, release.version)
  })
  return newer ? undefined : release.major
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(import.meta.dirname, '..')
  const [first = '', second = ''] = process.argv.slice(2)
  try {
    if (first === '--major') {
      const tags = execFileSync('git', ['tag', '--list', 'v*'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean)
      process.stdout.write(`${majorTagToMove(second, tags) ?? ''}\n`)
    } else {
      const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
      process.stdout.write(`${releaseNotes(first, version, readFileSync(join(root, 'CHANGELOG.md'), 'utf8')).notes}\n`)
    }
  } catch (error) {
    process.stderr.write(`release-notes: ${(error as Error).message}\n`)
    process.exitCode = 1
  }
}
