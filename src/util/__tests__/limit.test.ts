import { describe, expect, it } from 'vitest'
import { createLimiter, mapBounded } from '../limit'

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

describe('createLimiter', () => {
  it('runs at most its concurrency at once, first in first out, over many queued tasks', async () => {
    const limit = createLimiter(3)
    let active = 0
    let peak = 0
    const started: number[] = []
    const results = await Promise.all(
      Array.from({ length: 2000 }, (_, i) =>
        limit(async () => {
          started.push(i)
          peak = Math.max(peak, ++active)
          await tick()
          active--
          return i * 2
        })
      )
    )
    expect(limit.concurrency).toBe(3)
    expect(peak).toBe(3)
    expect(started).toEqual(Array.from({ length: 2000 }, (_, i) => i))
    expect(results[1999]).toBe(3998)
  })
  it('frees the slot of a task that throws before returning its promise: the tasks queued behind it still run', async () => {
    const limit = createLimiter(1)
    const thrown = limit<number>(() => {
      throw new Error('refused at once')
    })
    const queued = [
      limit(async () => 1),
      limit<number>(() => {
        throw new Error('again')
      }),
      limit(async () => 3)
    ]
    await expect(thrown).rejects.toThrow('refused at once')
    await expect(Promise.allSettled(queued)).resolves.toEqual([
      { status: 'fulfilled', value: 1 },
      { status: 'rejected', reason: new Error('again') },
      { status: 'fulfilled', value: 3 }
    ])
  })
})

describe('mapBounded', () => {
  it('keeps the order and never has more than `width` calls pending', async () => {
    let active = 0
    let peak = 0
    const out = await mapBounded([5, 1, 4, 2, 3], 2, async (n, i) => {
      peak = Math.max(peak, ++active)
      for (let k = 0; k < n; k++) await tick()
      active--
      return `${i}:${n}`
    })
    expect(out).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3'])
    expect(peak).toBe(2)
  })

  it('starts no new call after a failure and throws the first one', async () => {
    const seen: number[] = []
    const run = mapBounded([1, 2, 3, 4, 5, 6], 2, async (n) => {
      seen.push(n)
      await tick()
      if (n === 2) throw new Error('two failed')
      return n
    })
    await expect(run).rejects.toThrow('two failed')
    await tick()
    expect(seen).toEqual([1, 2, 3])
  })

  it('maps an empty list to an empty list', async () => {
    expect(await mapBounded([], 4, async () => 1)).toEqual([])
  })
})
