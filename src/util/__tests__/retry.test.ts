import { describe, expect, it } from 'vitest'
import { retry, retryDelay, type RetryEvent, type RetryPolicy } from '../retry'

class Flaky extends Error {
  constructor(readonly retryAfterMs?: number) {
    super('flaky')
  }
}

const policy = (extra: Partial<RetryPolicy> = {}): RetryPolicy => ({
  attempts: 4,
  backoffMs: 1,
  maxDelayMs: 50,
  retryable: (error) => error instanceof Flaky,
  ...extra
})

describe('retry', () => {
  it('retries what the predicate accepts until it succeeds, telling each retry', async () => {
    const events: RetryEvent[] = []
    let calls = 0
    const result = await retry(
      async (attempt) => {
        calls++
        if (attempt < 3) throw new Flaky()
        return 'ok'
      },
      policy({ onRetry: (event) => events.push(event) })
    )
    expect(result).toBe('ok')
    expect(calls).toBe(3)
    expect(events.map((e) => [e.attempt, e.attempts])).toEqual([
      [1, 4],
      [2, 4]
    ])
  })

  it('stops after the attempts it is allowed and throws the last error', async () => {
    let calls = 0
    const error = await retry(async () => {
      calls++
      throw new Flaky()
    }, policy()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Flaky)
    expect(calls).toBe(4)
  })

  it('does not retry what the predicate refuses', async () => {
    let calls = 0
    await expect(
      retry(async () => {
        calls++
        throw new Error('final')
      }, policy())
    ).rejects.toThrow('final')
    expect(calls).toBe(1)
  })

  it('ends a wait at once when the signal aborts, with the abort reason', async () => {
    const controller = new AbortController()
    const started = Date.now()
    setTimeout(() => controller.abort(new Error('per-tag timeout')), 50)
    const error = await retry(
      async () => {
        throw new Flaky()
      },
      policy({ backoffMs: 60_000, maxDelayMs: 60_000, signal: controller.signal })
    ).catch((e: unknown) => e)
    expect((error as Error).message).toBe('per-tag timeout')
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('does not start when the signal has already aborted', async () => {
    let calls = 0
    const signal = AbortSignal.abort(new Error('gone'))
    await expect(retry(async () => ++calls, policy({ signal }))).rejects.toThrow('gone')
    expect(calls).toBe(0)
  })
})

describe('retryDelay', () => {
  const p = policy({ backoffMs: 100, maxDelayMs: 1_000, retryAfterMs: (e) => (e as Flaky).retryAfterMs })

  it('doubles per attempt with equal jitter (between half and all of the step)', () => {
    expect(retryDelay({ ...p, random: () => 0 }, 1, new Flaky())).toBe(50)
    expect(retryDelay({ ...p, random: () => 1 }, 1, new Flaky())).toBe(100)
    expect(retryDelay({ ...p, random: () => 0 }, 3, new Flaky())).toBe(200)
    expect(retryDelay({ ...p, random: () => 1 }, 3, new Flaky())).toBe(400)
  })

  it('caps the backoff and the server’s Retry-After at maxDelayMs', () => {
    expect(retryDelay({ ...p, random: () => 1 }, 10, new Flaky())).toBe(1_000)
    expect(retryDelay(p, 1, new Flaky(700))).toBe(700)
    expect(retryDelay(p, 1, new Flaky(30_000))).toBe(1_000)
  })
})
