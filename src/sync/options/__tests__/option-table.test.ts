import { describe, expect, expectTypeOf, it } from 'vitest'
import { OPTION_TABLE, type FilledOptions, type RawSyncOptions } from '../option-table'
import { parseOptionValues, parseSyncOptions } from '../options'

const raw: RawSyncOptions = { source: 'a.io/x', target: 'b.io/y', images: ['a'], concurrency: 4, dryRun: true, referrers: 'false' }

describe('the option table', () => {
  // Type tests: tsc (run over the tests, in CI too) fails on them; at run time they are no-ops. That every
  // field a row fills is a SyncOptions field of its parser's type is checked where they are filled (filledFields).
  it('types a value undefined only when its row has no default (checked by tsc)', () => {
    expectTypeOf<FilledOptions['concurrency']>().toEqualTypeOf<number>()
    expectTypeOf<FilledOptions['latest']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<FilledOptions['engine']>().toEqualTypeOf<'registry' | 'docker'>()
  })

  it('types RawSyncOptions by what shells hand over (checked by tsc)', () => {
    expectTypeOf<RawSyncOptions['platforms']>().toEqualTypeOf<string[] | undefined>()
    expectTypeOf<RawSyncOptions['latest']>().toEqualTypeOf<string | number | undefined>()
    expectTypeOf<RawSyncOptions['dryRun']>().toEqualTypeOf<string | boolean | undefined>()
    expectTypeOf<RawSyncOptions['source']>().toEqualTypeOf<string | undefined>()
  })

  it('gives every row a name and a key of its own', () => {
    expect(new Set(OPTION_TABLE.map((option) => option.name)).size).toBe(OPTION_TABLE.length)
    expect(new Set(OPTION_TABLE.map((option) => option.key)).size).toBe(OPTION_TABLE.length)
  })

  it("parses every row's default, and a default is one of the row's choices", () => {
    const values = parseOptionValues({ source: raw.source, target: raw.target }) as Record<string, unknown>
    for (const option of OPTION_TABLE) {
      if (option.default !== '') expect(values[option.key], option.name).toBeDefined()
      if (option.parser.choices) expect(option.parser.choices, option.name).toContain(option.default)
    }
  })

  it('fills the SyncOptions field each row names', () => {
    const options = parseSyncOptions(raw, {}) as unknown as Record<string, unknown>
    for (const option of OPTION_TABLE.filter((row) => row.field !== null && row.default !== '')) {
      expect(options[option.field ?? option.key], option.name).toBeDefined()
    }
    expect(options).toMatchObject({ images: ['a'], concurrency: 4, dryRun: true, referrers: false, tagTimeoutMs: 1_800_000 })
  })
})
