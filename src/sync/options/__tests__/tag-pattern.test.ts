import { describe, expect, it } from 'vitest'
import { compileTagPattern } from '../tag-pattern'

/** A tag a registry may list (41 characters, within the tag grammar) that makes backtracking engines explode on nested quantifiers. */
const HOSTILE = `${'1.'.repeat(20)}x`

describe('tag patterns (RE2, linear time)', () => {
  // Patterns users write, and the nested-quantifier ones that pin a backtracking engine on HOSTILE.
  const patterns = [
    '^(\\d+\\.?)+$',
    '^(\\d+|\\.)*$',
    '^([0-9]+\\.)+[0-9]+$',
    '^v?\\d+\\.\\d+\\.\\d+$',
    '^(latest|stable)$',
    '-alpine$',
    '^[\\w.-]+$',
    '(?i)^RC'
  ]

  it.each(patterns)('%s against a hostile tag finishes in milliseconds', (source) => {
    const pattern = compileTagPattern(source)
    const started = performance.now()
    for (let i = 0; i < 10; i++) pattern.test(HOSTILE)
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('matches like a JavaScript RegExp for the patterns users write', () => {
    const tags = ['v1.2.3', '1.2.3', 'latest', 'stable', '3.19-alpine', 'RC1', 'rc2', HOSTILE]
    for (const source of patterns.filter((p) => !p.startsWith('(?i)'))) {
      const js = new RegExp(source)
      expect(
        tags.map((t) => compileTagPattern(source).test(t)),
        source
      ).toEqual(tags.map((t) => js.test(t)))
    }
    expect(compileTagPattern('(?i)^RC').test('rc2')).toBe(true)
  })

  it.each(['(a)\\1', '(?<x>a)\\k<x>', '(?=v)v', '(?!x)v', '(?<=v)1', '(?<!v)1'])('refuses %s (backreference or lookaround) by name', (source) => {
    expect(() => compileTagPattern(source)).toThrow(/backreferences .* and lookaround .* are not supported: tag patterns use RE2 syntax/)
  })

  it('says what is wrong with a broken pattern', () => {
    expect(() => compileTagPattern('(v1')).toThrow(/missing closing \): `\(v1` \(tag patterns use RE2 syntax\)/)
  })
})
