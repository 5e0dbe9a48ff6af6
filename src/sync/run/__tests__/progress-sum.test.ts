import { describe, expect, it } from 'vitest'
import type { Progress } from '../../types'
import { estimateRemainingMs } from '../progress'
import { summedProgress } from '../progress-sum'

const report = (tagsTotal: number, tagsDone: number, bytes: number, inFlightMs: number[], elapsedMs: number): Progress => ({
  tagsTotal,
  tagsDone,
  bytes,
  elapsedMs,
  copy: { total: tagsTotal, done: tagsDone, busyMs: tagsDone * 100, inFlightMs, concurrency: 2, elapsedMs }
})

describe('summedProgress', () => {
  it("reports every mirror's latest progress summed, whichever of them reported", () => {
    const seen: Progress[] = []
    const [first, second] = summedProgress(2, (progress) => seen.push(progress))
    first(report(32, 4, 1000, [50], 800))
    // Only the first has reported: its own figures.
    expect(seen[0]).toMatchObject({ tagsTotal: 32, tagsDone: 4, bytes: 1000 })
    second(report(32, 2, 600, [10, 20], 900))
    first(report(32, 6, 1500, [], 1000))
    expect(seen).toHaveLength(3)
    expect(seen[1]).toMatchObject({ tagsTotal: 64, tagsDone: 6, bytes: 1600, elapsedMs: 900 })
    // The second's report stands until it reports again; the first's is its newest.
    expect(seen[2]).toEqual({
      tagsTotal: 64,
      tagsDone: 8,
      bytes: 2100,
      elapsedMs: 1000,
      copy: { total: 64, done: 8, busyMs: 800, inFlightMs: [10, 20], concurrency: 4, elapsedMs: 1000 }
    })
  })

  it('gives an ETA for the work of both mirrors with the slots of both', () => {
    let last: Progress | undefined
    const [first, second] = summedProgress(2, (progress) => (last = progress))
    // Each mirror: 10 tags of 100 ms, 4 done, 2 slots free: 6 left, 3 rounds of 100 ms.
    first(report(10, 4, 0, [], 200))
    second(report(10, 4, 0, [], 200))
    // Both: 12 left on 4 slots, 3 rounds: the same 300 ms.
    expect(estimateRemainingMs(last!.copy)).toBe(300)
  })
})
