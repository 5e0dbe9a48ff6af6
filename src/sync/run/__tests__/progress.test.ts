import { describe, expect, it } from 'vitest'
import { CopyClock, estimateRemainingMs } from '../progress'

/**
 * Simulates the copy phase of a run of uniform tags: `total` tags of `tagMs` each, `concurrency` at
 * once. Returns, every `stepMs`, the estimate and the true time left.
 */
function simulate(total: number, concurrency: number, tagMs: number, stepMs: number): Array<{ at: number; estimate: number | undefined; actual: number }> {
  let now = 0
  const clock = new CopyClock(total, concurrency, () => now)
  // Tag i starts when tag i - concurrency ends: at floor(i / concurrency) * tagMs.
  const tags = Array.from({ length: total }, (_, i) => ({ start: Math.floor(i / concurrency) * tagMs }))
  const events = tags.flatMap((tag) => [
    { at: tag.start + tagMs, run: () => clock.end(tag) },
    { at: tag.start, run: () => clock.start(tag) }
  ])
  events.sort((x, y) => x.at - y.at)
  const end = Math.ceil(total / concurrency) * tagMs
  const samples: Array<{ at: number; estimate: number | undefined; actual: number }> = []
  let next = 0
  for (let at = 0; at < end; at += stepMs) {
    while (next < events.length && events[next].at <= at) {
      now = events[next].at
      events[next++].run()
    }
    now = at
    samples.push({ at, estimate: estimateRemainingMs(clock.snapshot()), actual: end - at })
  }
  return samples
}

describe('estimateRemainingMs', () => {
  it('says nothing before the first tag finished', () => {
    expect(estimateRemainingMs({ total: 5, done: 0, busyMs: 0, inFlightMs: [100], concurrency: 2, elapsedMs: 100 })).toBeUndefined()
  })

  it.each([
    [40, 8, 10_000],
    [100, 4, 3_000],
    [12, 1, 60_000],
    [50, 16, 1_000]
  ])('is within 1%% of the truth all along a run of %i uniform tags, %i at once', (total, concurrency, tagMs) => {
    const samples = simulate(total, concurrency, tagMs, tagMs / 7).filter((s) => s.estimate !== undefined && s.actual > tagMs / 2)
    expect(samples.length).toBeGreaterThan(3)
    for (const { at, estimate, actual } of samples) {
      expect(estimate! / actual, `at ${at} ms: estimate ${estimate}, actual ${actual}`).toBeGreaterThan(0.99)
      expect(estimate! / actual, `at ${at} ms: estimate ${estimate}, actual ${actual}`).toBeLessThan(1.01)
    }
  })

  it('ignores the ledger hits and the planning time (the old estimate was off by the share of ledger hits)', () => {
    // 300 ledger hits, then 100 tags of 10 s, 8 at once, after a 60 s plan: after the first 16, 84 are left.
    const copy = { total: 100, done: 16, busyMs: 16 * 10_000, inFlightMs: Array(8).fill(0), concurrency: 8, elapsedMs: 20_000 }
    // The 8 in flight (10 s), then 76 more: 9 full rounds of 8 and one of 4, 11 rounds of 10 s in all.
    expect(estimateRemainingMs(copy)).toBe(11 * 10_000)
    const naive = ((60_000 + 20_000) / (300 + 16)) * 84
    expect(naive / estimateRemainingMs(copy)!).toBeLessThan(1 / 3)
  })

  it('leaves out the tags left for the next run', () => {
    let now = 0
    const clock = new CopyClock(3, 1, () => now)
    const [a, b, c] = [{}, {}, {}]
    clock.start(a)
    now = 1000
    clock.end(a)
    clock.start(b)
    clock.end(b, false)
    clock.start(c)
    expect(clock.snapshot()).toEqual({ total: 3, done: 1, busyMs: 1000, inFlightMs: [0], concurrency: 1, elapsedMs: 1000 })
  })
})
