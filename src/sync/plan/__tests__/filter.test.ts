import { describe, expect, it } from 'vitest'
import { isPrerelease, selectTags, tagVersion, type TagFilter } from '../filter'

const tags = (...names: string[]) => names.map((tag) => ({ tag }))
const none: TagFilter = { includeTags: [], excludeTags: [], excludePrerelease: false }
const pick = (filter: Partial<TagFilter>, ...names: string[]) => selectTags(tags(...names), { ...none, ...filter }).map((t) => t.tag)

describe('tagVersion', () => {
  it.each([
    ['1.2.3', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    ['v1.2.3-rc.1', '1.2.3-rc.1'],
    ['1.2.3+build.5', '1.2.3']
  ])('reads %s as %s', (tag, version) => expect(tagVersion(tag)?.version).toBe(version))
  it.each(['latest', '1.2', 'stable-1.2.3', 'sha256-abc.sig', 'vv1.2.3'])('does not read %s as a version', (tag) => expect(tagVersion(tag)).toBeNull())
})

describe('isPrerelease', () => {
  it.each(['1.2.3-rc.1', 'v2.0.0-alpha', 'latest-beta', 'nightly', '1.2-rc1', 'dev'])('%s is a pre-release', (t) => expect(isPrerelease(t)).toBe(true))
  it.each(['1.2.3', 'v1.0.0', 'latest', 'stable', 'devel-tools-1.0'])('%s is not', (t) => expect(isPrerelease(t)).toBe(false))
})

describe('selectTags', () => {
  it('keeps everything with no rules', () => expect(pick({}, 'a', 'b')).toEqual(['a', 'b']))
  it('include regexes: a tag is kept when any matches', () =>
    expect(pick({ includeTags: [/^v1\./, /^latest$/] }, 'v1.0.0', 'v2.0.0', 'latest', 'latest-old')).toEqual(['v1.0.0', 'latest']))
  it('exclude wins over include', () => expect(pick({ includeTags: [/^v/], excludeTags: [/-debug$/] }, 'v1', 'v1-debug', 'x')).toEqual(['v1']))
  it('semver range keeps versions in range and drops non-versions', () =>
    expect(pick({ semver: '>=1.2.0 <2' }, '1.1.9', 'v1.2.0', '1.9.9', '2.0.0', 'latest')).toEqual(['v1.2.0', '1.9.9']))
  it('semver range includes pre-releases unless excluded', () => {
    expect(pick({ semver: '^1.0.0' }, '1.1.0-rc.1', '1.0.0')).toEqual(['1.1.0-rc.1', '1.0.0'])
    expect(pick({ semver: '^1.0.0', excludePrerelease: true }, '1.1.0-rc.1', '1.0.0')).toEqual(['1.0.0'])
  })
  it('exclude-prerelease drops pre-release names too', () =>
    expect(pick({ excludePrerelease: true }, 'latest', 'canary', 'v1.0.0-beta.2', 'v1.0.0')).toEqual(['latest', 'v1.0.0']))
  it('latest N keeps the N highest versions, newest first', () =>
    expect(pick({ latest: 2 }, 'v1.0.0', 'v1.10.0', 'v1.9.0', 'latest', '0.1.0')).toEqual(['v1.10.0', 'v1.9.0']))
  it('latest applies after the other rules', () => expect(pick({ latest: 1, excludePrerelease: true }, '2.0.0-rc.1', '1.5.0', '1.4.0')).toEqual(['1.5.0']))
})
