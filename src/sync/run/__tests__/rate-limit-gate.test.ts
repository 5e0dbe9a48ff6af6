import { describe, expect, it } from 'vitest'
import { MirrorError } from '../../../oci/errors'
import { pullsOf, RateLimitGate } from '../rate-limit-gate'

const HUB = 'https://registry-1.docker.io'

function tooMany(retryAfter?: number): MirrorError {
  return Object.assign(new MirrorError('rate-limited', 'GET /v2/x/manifests/1: 429 TOOMANYREQUESTS'), { retryAfter })
}

describe('RateLimitGate', () => {
  it('counts a multi-platform image as one pull per platform, a single image as one', () => {
    expect(pullsOf(undefined)).toBe(1)
    expect(pullsOf([])).toBe(1)
    expect(pullsOf(['linux/amd64', 'linux/arm64', 'linux/arm/v7'])).toBe(3)
  })

  it('starts a tag only when it is predicted to fit above the floor', async () => {
    const gate = new RateLimitGate({ floor: 10 })
    expect(await gate.admit()).toBe(true)
    gate.observe({ remaining: 14, limit: 100, windowSeconds: 21600, origin: HUB })
    gate.settle(pullsOf(['linux/amd64', 'linux/arm64', 'linux/s390x']))
    // 14 left, a tag now costs 3: 11 stays above 10.
    expect(await gate.admit()).toBe(true)
    gate.observe({ remaining: 11, origin: HUB })
    // 11 - 3 = 8 < 10: not started, closed, and a 429 is then not retried.
    expect(await gate.admit()).toBe(false)
    expect(gate.closed).toBe(true)
    expect(gate.rateLimitReached()).toBe(true)
    expect(gate.reason).toBe('the next tag needs about 3 pulls, 11 left (floor 10)')
  })

  it('closes at the floor and names the window', () => {
    const gate = new RateLimitGate({ floor: 10 })
    gate.observe({ remaining: 10, limit: 100, windowSeconds: 21600, origin: HUB })
    expect(gate.reason).toBe('registry-1.docker.io has 10 of 100 per 21600 s requests left (floor 10)')
  })

  it('waits for a window that reopens within --rate-limit-wait, then reopens', async () => {
    const logs: string[] = []
    const gate = new RateLimitGate({ floor: 0, waitMs: 5_000, log: (m) => logs.push(m) })
    expect(gate.hit(tooMany(1))).toBe(true)
    const started = Date.now()
    expect(await gate.admit()).toBe(true)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(gate.closed).toBe(false)
    expect(logs[0]).toMatch(/waiting 1 s for the window to reopen/)
  })

  it('does not wait without --rate-limit-wait, beyond it, past the deadline, or once signalled', async () => {
    const cases = [
      new RateLimitGate({ floor: 0 }),
      new RateLimitGate({ floor: 0, waitMs: 500 }),
      new RateLimitGate({ floor: 0, waitMs: 60_000, deadline: Date.now() + 200 }),
      new RateLimitGate({ floor: 0, waitMs: 60_000, signal: AbortSignal.abort() })
    ]
    for (const gate of cases) {
      gate.hit(tooMany(1))
      const started = Date.now()
      expect(await gate.admit()).toBe(false)
      expect(Date.now() - started).toBeLessThan(100)
    }
  })

  it('a signal ends a wait at once', async () => {
    const stop = new AbortController()
    const gate = new RateLimitGate({ floor: 5, waitMs: 60_000, signal: stop.signal })
    gate.observe({ remaining: 0, windowSeconds: 30, origin: HUB })
    const started = Date.now()
    setTimeout(() => stop.abort(), 100)
    expect(await gate.admit()).toBe(false)
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})
