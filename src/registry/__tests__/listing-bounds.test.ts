import { describe, expect, it } from 'vitest'
import { keepListedName, LISTING_DEFAULTS } from '../listing-bounds'

describe('keepListedName', () => {
  it('keeps a valid name silently, and skips an invalid one with an escaped, shortened warning', () => {
    const warnings: string[] = []
    const bounds = { ...LISTING_DEFAULTS, onSkipped: (message: string) => warnings.push(message) }
    expect(keepListedName('v1', true, 'tags of a', bounds)).toBe(true)
    expect(keepListedName('v1\u001b[2J\r', false, 'tags of a', bounds)).toBe(false)
    expect(keepListedName(`x${'y'.repeat(300)}`, false, 'quay.io/ns', bounds)).toBe(false)
    expect(warnings[0]).toBe(`tags of a: skipping "v1\\x1b[2J\\x0d", which the distribution spec's grammar does not allow`)
    expect(warnings[1]).toMatch(/^quay\.io\/ns: skipping "xy{139}…", which/)
  })
})
