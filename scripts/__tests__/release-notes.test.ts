import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { changelogSection, majorTagToMove, parseTag, releaseNotes } from '../release-notes'

const CHANGELOG = `# Changelog

Intro text.

## [Unreleased]

### Added
- something not released yet

## [1.2.0] - 2026-12-01

### Added
- \`--platforms\`

### Fixed
- a fix

## [1.1.10] - 2026-11-01
- older

## [1.1.1] - 2026-10-01
- oldest

[1.2.0]: https://example.com/compare/v1.1.10...v1.2.0
`

describe('parseTag', () => {
  it('takes a release tag apart', () => {
    expect(parseTag('v1.2.3')).toEqual({ version: '1.2.3', major: 'v1', prerelease: false })
    expect(parseTag('v10.0.0-rc.1')).toEqual({ version: '10.0.0-rc.1', major: 'v10', prerelease: true })
  })

  it.each(['1.2.3', 'v1.2', 'v1', 'v01.2.3', 'v1.2.3+build.5', 'v1.2.3-', 'v1.2.3;rm -rf /', 'refs/tags/v1.2.3'])(
    'refuses %j naming the accepted form',
    (tag) => {
      expect(() => parseTag(tag)).toThrow(`tag ${JSON.stringify(tag)} is not a release tag: expected vMAJOR.MINOR.PATCH`)
    }
  )
})

describe('changelogSection', () => {
  it('returns the section of the version, without the next one or the link definitions', () => {
    expect(changelogSection(CHANGELOG, '1.2.0')).toBe('### Added\n- `--platforms`\n\n### Fixed\n- a fix')
    expect(changelogSection(CHANGELOG, '1.1.1')).toBe('- oldest')
  })

  it('matches the whole version, not a prefix of another one', () => {
    expect(changelogSection(CHANGELOG, '1.1.1')).not.toContain('older')
    expect(() => changelogSection(CHANGELOG, '1.1')).toThrow('CHANGELOG.md has no section for 1.1')
  })

  it('refuses a missing or empty section', () => {
    expect(() => changelogSection(CHANGELOG, '2.0.0')).toThrow('no section for 2.0.0: add "## [2.0.0] - YYYY-MM-DD"')
    expect(() => changelogSection('## [1.0.0] - 2026-01-01\n\n## [0.9.0]\n- x\n', '1.0.0')).toThrow('section for 1.0.0 is empty')
  })

  it('reads CRLF files', () => {
    expect(changelogSection(CHANGELOG.replace(/\n/g, '\r\n'), '1.2.0')).toBe('### Added\n- `--platforms`\n\n### Fixed\n- a fix')
  })
})

describe('releaseNotes', () => {
  it('needs the tag to match package.json', () => {
    expect(releaseNotes('v1.2.0', '1.2.0', CHANGELOG).notes).toContain('`--platforms`')
    expect(() => releaseNotes('v1.2.1', '1.2.0', CHANGELOG)).toThrow(`tag v1.2.1 does not match package.json's version 1.2.0`)
  })
})

describe('majorTagToMove', () => {
  const tags = ['v1', 'v1.0.0', 'v1.1.0', 'v1.10.0', 'v2.0.0-rc.1', 'latest']

  it('moves the major tag to the newest release of that major', () => {
    expect(majorTagToMove('v1.10.1', tags)).toBe('v1')
    expect(majorTagToMove('v1.10.0', tags)).toBe('v1')
    expect(majorTagToMove('v2.0.0', tags)).toBe('v2')
  })

  it('never moves it back for a backported patch, nor for a pre-release', () => {
    expect(majorTagToMove('v1.1.1', tags)).toBeUndefined()
    expect(majorTagToMove('v1.9.0', tags)).toBeUndefined()
    expect(majorTagToMove('v2.0.0-rc.2', tags)).toBeUndefined()
  })
})

describe('the command', () => {
  const script = join(import.meta.dirname, '..', 'release-notes.ts')
  const tsx = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx')

  it("prints this repository's notes for its own version, and one line for a wrong tag", () => {
    const version = JSON.parse(
      execFileSync('node', ['-p', 'JSON.stringify(require("./package.json").version)'], { cwd: join(import.meta.dirname, '..', '..'), encoding: 'utf8' })
    )
    const wrong = spawnSync(tsx, [script, 'v0.0.1'], { encoding: 'utf8' })
    expect(wrong.status).toBe(1)
    expect(wrong.stderr).toBe(
      `release-notes: tag v0.0.1 does not match package.json's version ${version}: set "version": "0.0.1", rebuild dist/ and tag again\n`
    )
    expect(wrong.stdout).toBe('')
  })
})
