import { describe, expect, it } from 'vitest'
import type { Descriptor } from '../../oci/model'
import { LayoutError } from '../errors'
import { emptyIndex, parseIndex, withTag } from '../layout-index'
import { REF_NAME } from '../ref-name'

const digest = (n: number): string => `sha256:${String(n).repeat(64).slice(0, 64)}`
const target = (n: number): Descriptor => ({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: digest(n), size: n })
const named = (n: number, name: string): Descriptor => ({ ...target(n), annotations: { [REF_NAME]: name } })

describe('index.json', () => {
  it('parses an index, keeping unknown fields, and refuses what is not one', () => {
    const index = parseIndex(JSON.stringify({ schemaVersion: 2, annotations: { a: 'b' }, manifests: [named(1, 'app:v1')] }), 'index.json')
    expect(index.annotations).toEqual({ a: 'b' })
    expect(parseIndex('{"schemaVersion":2}', 'index.json').manifests).toEqual([])
    expect(() => parseIndex('[]', 'x/index.json')).toThrow(LayoutError)
    expect(() => parseIndex('{"manifests":{}}', 'x/index.json')).toThrow(/x\/index.json: not an image index/)
    expect(() => parseIndex('{', 'x/index.json')).toThrow(/x\/index.json: not JSON/)
  })

  it('adds a tag, moves it in place dropping duplicates, and leaves an unchanged index as is', () => {
    const start = { ...emptyIndex(), manifests: [named(1, 'app:v1'), named(2, 'app:v2'), named(3, 'app:v1')] }
    const added = withTag(start, 'app', 'v3', target(4))
    expect(added.manifests).toEqual([...start.manifests, named(4, 'app:v3')])
    const moved = withTag(start, 'app', 'v1', target(5))
    expect(moved.manifests).toEqual([named(5, 'app:v1'), named(2, 'app:v2')])
    expect(withTag(moved, 'app', 'v1', target(5))).toBe(moved)
    expect(start.manifests).toHaveLength(3)
  })
})
