import { describe, expect, it } from 'vitest'
import {
  groupPath,
  legacyRecordPath,
  namespaceFolder,
  parseRecord,
  RECORD_GROUPS,
  RecordFormatError,
  serializeRecord,
  type NamespaceRecord,
  type TagRecord
} from '../record'
import { digest } from './fixtures'

const tag = (seed: string, extra: Partial<TagRecord> = {}): TagRecord => ({
  digest: digest(seed),
  firstMirrored: '2026-01-01T00:00:00.000Z',
  lastMirrored: '2026-01-02T00:00:00.000Z',
  ...extra
})

function record(order: 'forward' | 'backward'): NamespaceRecord {
  const names = order === 'forward' ? ['a', 'b/c'] : ['b/c', 'a']
  const tags = order === 'forward' ? ['1.0', '10', '2.0'] : ['2.0', '10', '1.0']
  return {
    source: 'gcr.io/ns',
    target: 'ghcr.io/me',
    repositories: new Map(
      names.map((name) => [name, { repository: name, target: `ghcr.io/me/${name}`, tags: new Map(tags.map((t) => [t, tag(`${name}:${t}`)])) }])
    )
  }
}

describe('record', () => {
  it('serialises deterministically, sorted, one tag per line', () => {
    const text = serializeRecord(record('forward'))
    expect(serializeRecord(record('backward'))).toBe(text)
    expect(text.endsWith('}\n')).toBe(true)
    const tagLines = text.split('\n').filter((line) => line.includes('"tag"'))
    expect(tagLines).toHaveLength(6)
    expect(tagLines.slice(0, 3).map((line) => JSON.parse(line.replace(/,$/, '')).tag)).toEqual(['1.0', '10', '2.0'])
    expect(JSON.parse(text).repositories.map((r: { repository: string }) => r.repository)).toEqual(['a', 'b/c'])
  })

  it('round-trips through parse, optional fields included', () => {
    const original = record('forward')
    original.repositories
      .get('a')!
      .tags.set('multi', tag('m', { targetDigest: digest('t'), mediaType: 'application/vnd.oci.image.index.v1+json', platforms: ['linux/amd64'] }))
    const text = serializeRecord(original)
    expect(parseRecord(text)).toEqual(original)
    expect(serializeRecord(parseRecord(text))).toBe(text)
  })

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['a foreign file', '{"format":"other","repositories":[]}', /not a gcr-mirror metadata record/],
    ['a newer version', '{"format":"gcr-mirror-metadata","version":9,"source":"s","target":"t","repositories":[]}', /newer/],
    [
      'a corrupt tag',
      '{"format":"gcr-mirror-metadata","version":1,"source":"s","target":"t","repositories":[{"repository":"a","target":"t/a","tags":[{"tag":"x"}]}]}',
      /corrupt tag of a/
    ]
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseRecord(text)).toThrow(RecordFormatError)
    expect(() => parseRecord(text)).toThrow(message)
  })

  it('maps namespaces to a folder of group files inside records/, and reads the single files of earlier versions', () => {
    expect(legacyRecordPath('gcr.io/google-containers')).toBe('namespaces/gcr.io/google-containers.json')
    expect(legacyRecordPath('127.0.0.1:5001/corp/team')).toBe('namespaces/127.0.0.1_5001/corp/team.json')
    expect(legacyRecordPath('oci:../../etc')).toBe('namespaces/oci_../etc.json')
    expect(namespaceFolder('gcr.io/google-containers')).toBe('records/gcr.io+google-containers')
    expect(namespaceFolder('127.0.0.1:5001/corp/team')).toBe('records/127.0.0.1_5001+corp+team')
    // A nested namespace is a folder of its own, never inside its parent's.
    expect(groupPath('gcr.io/a', 'b/c')).toMatch(/^records\/gcr\.io\+a\/[0-3][0-9a-f]\.json$/)
    expect(groupPath('gcr.io/a/b', 'c')).toMatch(/^records\/gcr\.io\+a\+b\//)
    // Stable per repository, spread over the groups.
    const groups = new Set(Array.from({ length: 1000 }, (_, i) => groupPath('gcr.io/x', `image-${i}`)))
    expect(groups.size).toBe(RECORD_GROUPS)
    expect(groupPath('gcr.io/x', 'pause')).toBe(groupPath('gcr.io/x', 'pause'))
  })
})
