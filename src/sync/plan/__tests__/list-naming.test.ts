import { describe, expect, it } from 'vitest'
import { parseImageListEntry } from '../../options/image-list'
import { fitTag, listTargetTag, nameListEntries, type ListNamingRules } from '../list-naming'
import { listedTargetTag } from '../list-plan'

const entries = (...texts: string[]) => texts.map((text, i) => parseImageListEntry(text, `list:${i + 1}`))
const rules: ListNamingRules = { namespace: 'm', display: 'reg.io/m', flatten: false, separator: '_' }

describe('nameListEntries', () => {
  it('names each image by its path below its registry; Docker Hub official images without library/', () => {
    const { named, collisions } = nameListEntries(entries('gcr.io/google-containers/pause:3.9', 'nginx', 'user/app'), rules)
    expect(named.map((n) => n.repository)).toEqual(['google-containers/pause', 'nginx', 'user/app'])
    expect(collisions).toEqual([])
  })

  it('flattens with the separator when the target needs it', () => {
    const { named } = nameListEntries(entries('gcr.io/google-containers/pause:3.9'), { ...rules, flatten: true, separator: '-' })
    expect(named[0].repository).toBe('google-containers-pause')
  })

  it('resolves a name two registries share: the first listed keeps it, the other gets its host in front, reported', () => {
    const { named, collisions } = nameListEntries(entries('gcr.io/x/app:1', 'quay.io/x/app:1', 'localhost:5000/x/app', 'gcr.io/x/app:2'), rules)
    expect(named.map((n) => n.repository)).toEqual(['x/app', 'quay.io/x/app', 'localhost-5000/x/app', 'x/app'])
    expect(collisions).toEqual([
      {
        target: 'reg.io/m/x/app',
        sources: ['gcr.io/x/app', 'quay.io/x/app', 'localhost:5000/x/app'],
        resolution: 'gcr.io/x/app keeps reg.io/m/x/app; quay.io/x/app -> reg.io/m/quay.io/x/app; localhost:5000/x/app -> reg.io/m/localhost-5000/x/app'
      }
    ])
    // The same list in another order names by that order: the first listed keeps the name.
    expect(nameListEntries(entries('quay.io/x/app:1', 'gcr.io/x/app:1'), rules).named.map((n) => n.repository)).toEqual(['x/app', 'gcr.io/x/app'])
  })

  it('lets an explicit => NAME keep its name over a derived one, and refuses two sources sent onto one tag', () => {
    const { named } = nameListEntries(entries('gcr.io/a/web:1', 'quay.io/o/site:2 => a/web'), rules)
    expect(named.map((n) => n.repository)).toEqual(['gcr.io/a/web', 'a/web'])
    expect(() => nameListEntries(entries('gcr.io/a:1 => web:v1', 'quay.io/b:2 => web:v1'), rules)).toThrow(/list:2: target web:v1 is also the target of list:1/)
  })

  it('folds every image into one repository, the flattened name in front of the tag', () => {
    const { named } = nameListEntries(entries('gcr.io/google-containers/pause:3.9'), { ...rules, foldInto: 'images' })
    expect(named[0]).toMatchObject({ repository: 'images', fold: 'google-containers_pause' })
    expect(listTargetTag({ tag: '3.9' }, named[0].fold, '_')).toBe('google-containers_pause_3.9')
  })
})

describe('target tags', () => {
  const hex = 'c'.repeat(64)
  it('puts a digest entry on sha256_<hex> (not the referrers fallback tag), or the tag written with it', () => {
    expect(listTargetTag({ digest: `sha256:${hex}` }, undefined, '_')).toBe(`sha256_${hex}`)
    expect(listTargetTag({ tag: '1.0', digest: `sha256:${hex}` }, undefined, '_')).toBe('1.0')
    expect(listTargetTag({ tag: '1.0' }, 'x', '_', 'pinned')).toBe('pinned')
  })

  it('cuts a tag over 128 characters deterministically, with a hash of the whole', () => {
    const long = listTargetTag({ digest: `sha512:${'d'.repeat(128)}` }, 'a'.repeat(40), '_')
    expect(long).toHaveLength(128)
    expect(long).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/)
    expect(long).toBe(listTargetTag({ digest: `sha512:${'d'.repeat(128)}` }, 'a'.repeat(40), '_'))
    expect(long).not.toBe(listTargetTag({ digest: `sha512:${'e'.repeat(128)}` }, 'a'.repeat(40), '_'))
    expect(fitTag('short')).toBe('short')
  })

  it('keeps companion tags under their names in a folded repository', () => {
    const listed = { target: 'images', allTags: true, tags: new Map(), fold: 'x_app' }
    expect(listedTargetTag(listed, 'v1', '_')).toBe('x_app_v1')
    expect(listedTargetTag(listed, `sha256-${hex}.sig`, '_')).toBe(`sha256-${hex}.sig`)
  })
})
