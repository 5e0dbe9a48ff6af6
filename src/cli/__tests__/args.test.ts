import { describe, expect, it } from 'vitest'
import { OPTION_TABLE } from '../../sync/option-table'
import { helpText, parseCli } from '../args'

describe('CLI flags from the option table', () => {
  it('lists every option in --help, with its default', () => {
    const help = helpText()
    for (const option of OPTION_TABLE) {
      expect(help, option.name).toContain(`--${option.name}`)
      if (option.default && option.kind !== 'flag') expect(help, option.name).toContain(`(default: ${option.default})`)
    }
  })

  it('maps every flag to its RawSyncOptions key', () => {
    const argv = OPTION_TABLE.flatMap((option) => (option.kind === 'flag' ? [`--${option.name}`] : [`--${option.name}`, `v-${option.name}`]))
    const { options } = parseCli(['sync', ...argv])
    for (const option of OPTION_TABLE) {
      const expected = option.kind === 'flag' ? true : option.kind === 'text' ? `v-${option.name}` : [`v-${option.name}`]
      expect(options[option.key], option.name).toEqual(expected)
    }
  })
})
