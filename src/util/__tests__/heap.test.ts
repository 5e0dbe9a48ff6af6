import { describe, expect, it } from 'vitest'
import { youngCollections } from '../heap'

describe('youngCollections', () => {
  it('collects the young generation once every `every` bytes streamed, whatever the chunk sizes', () => {
    const calls: unknown[] = []
    let asked = 0
    const streamed = youngCollections(100, () => {
      asked++
      return (options) => void calls.push(options)
    })
    for (const bytes of [40, 40]) streamed(bytes)
    expect(calls).toEqual([])
    // The collector is looked up at the first collection, not before: a run that copies nothing pays nothing.
    expect(asked).toBe(0)
    streamed(30)
    expect(calls).toEqual([{ type: 'minor' }])
    for (let i = 0; i < 10; i++) streamed(50)
    expect(calls).toHaveLength(6)
    expect(asked).toBe(1)
  })

  it('does nothing where V8 gives no collector', () => {
    expect(() => youngCollections(1, () => undefined)(10)).not.toThrow()
  })

  it("reaches V8's own collector by default", () => {
    expect(() => youngCollections(1)(10)).not.toThrow()
  })
})
