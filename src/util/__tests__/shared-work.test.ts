import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { SharedWork, WorkScope } from '../shared-work'

/** Work that resolves to `value` after `ms` unless its signal aborts first; records the signals it ran under. */
function slow<T>(value: T, ms: number, seen: AbortSignal[] = []): (signal: AbortSignal) => Promise<T> {
  return (signal) => {
    seen.push(signal)
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => resolve(value), ms)
      signal.addEventListener('abort', () => {
        clearTimeout(timer)
        reject(signal.reason as Error)
      })
    })
  }
}

const timeout = (ms: number): AbortSignal => {
  const controller = new AbortController()
  setTimeout(() => controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError')), ms)
  return controller.signal
}

describe('SharedWork', () => {
  it('runs the work once for every caller and keeps the value; only the first caller to receive it is told it is first', async () => {
    const work = new SharedWork<number>(new WorkScope())
    const seen: AbortSignal[] = []
    const [a, b] = await Promise.all([work.join('k', undefined, slow(7, 20, seen)), work.join('k', undefined, slow(8, 20, seen))])
    expect([a.value, b.value]).toEqual([7, 7])
    expect([a.first, b.first]).toEqual([true, false])
    expect(await work.run('k', undefined, slow(9, 1, seen))).toBe(7)
    expect(seen).toHaveLength(1)
  })

  it('a caller whose deadline passes does not take the work down for a caller still waiting', async () => {
    const work = new SharedWork<string>(new WorkScope())
    const seen: AbortSignal[] = []
    const short = work.run('blob', timeout(30), slow('placed', 120, seen))
    const long = work.run('blob', timeout(1_000), slow('other', 1, seen))
    await expect(short).rejects.toThrow('timed out after 30 ms')
    expect(seen[0].aborted).toBe(false)
    await expect(long).resolves.toBe('placed')
    expect(seen).toHaveLength(1)
  })

  it('each caller fails with its own deadline, not with the first caller’s', async () => {
    const work = new SharedWork<string>(new WorkScope())
    const first = work.run('blob', timeout(20), slow('placed', 500))
    const second = work.run('blob', timeout(60), slow('placed', 500))
    await expect(first).rejects.toThrow('timed out after 20 ms')
    await expect(second).rejects.toThrow('timed out after 60 ms')
  })

  it('aborts the work when no caller waits any more, and the next caller starts it again', async () => {
    const work = new SharedWork<string>(new WorkScope())
    const seen: AbortSignal[] = []
    await expect(work.run('blob', timeout(20), slow('placed', 200, seen))).rejects.toThrow('timed out')
    // The attempt's own signal ended with its last caller: its sockets are freed at once.
    expect(seen[0].aborted).toBe(true)
    await expect(work.run('blob', timeout(1_000), slow('again', 10, seen))).resolves.toBe('again')
    expect(seen).toHaveLength(2)
  })

  it('forgets a failure, so the next caller tries again', async () => {
    const work = new SharedWork<number>(new WorkScope())
    await expect(work.run('k', undefined, async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused')
    await expect(work.run('k', undefined, async () => 3)).resolves.toBe(3)
  })

  it('ends every attempt when the run ends, starts none after, and tells when all of it has settled', async () => {
    const scope = new WorkScope()
    const work = new SharedWork<string>(scope)
    const seen: AbortSignal[] = []
    const pending = work.run('a', undefined, slow('a', 10_000, seen))
    scope.end(new Error('fatal'))
    expect(seen[0].aborted).toBe(true)
    await expect(pending).rejects.toThrow('fatal')
    await expect(work.run('b', undefined, slow('b', 1, seen))).rejects.toThrow('fatal')
    expect(seen).toHaveLength(1)
    expect(await scope.settled(1_000)).toBe(true)
  })

  it('settled is bounded: work that ignores its signal does not hold the run', async () => {
    const scope = new WorkScope()
    scope.track(sleep(5_000))
    const started = Date.now()
    expect(await scope.settled(50)).toBe(false)
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('settledFor waits for the attempt under way whatever its outcome, bounded by the caller’s signal', async () => {
    const work = new SharedWork<string>(new WorkScope())
    const failing = work.run('first', undefined, async () => {
      await sleep(20)
      throw new Error('refused')
    })
    await expect(work.settledFor('first', new AbortController().signal)).resolves.toBeUndefined()
    await expect(failing).rejects.toThrow('refused')
    void work.run('stuck', undefined, slow('x', 1_000))
    await expect(work.settledFor('stuck', timeout(20))).rejects.toThrow('timed out after 20 ms')
    await expect(work.settledFor('never-started', new AbortController().signal)).resolves.toBeUndefined()
  })
})
