import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { WorkScope } from '../../../util/shared-work'
import { endRun } from '../run-end'

describe('endRun', () => {
  it('aborts the work in flight and waits for it, then closes the stores, then saves the ledger, then lets its lock go', async () => {
    const order: string[] = []
    const scope = new WorkScope()
    // A request in flight: it ends only when the run's signal aborts, a moment later.
    scope.track(
      new Promise<void>((resolve) =>
        scope.signal.addEventListener('abort', () =>
          setTimeout(() => {
            order.push('request settled')
            resolve()
          }, 20)
        )
      )
    )
    await endRun({
      scope,
      close: async () => order.push('stores closed'),
      save: async () => void order.push('ledger saved'),
      release: async () => void order.push('lock released')
    })
    expect(scope.signal.aborted).toBe(true)
    expect(order).toEqual(['request settled', 'stores closed', 'ledger saved', 'lock released'])
  })

  it('lets the lock go when the ledger can’t be saved, and does not wait past its bound for work that ignores the signal', async () => {
    const order: string[] = []
    const scope = new WorkScope()
    scope.track(sleep(10_000))
    const started = Date.now()
    await expect(
      endRun(
        {
          scope,
          close: async () => order.push('stores closed'),
          save: async () => Promise.reject(new Error('disk full')),
          release: async () => void order.push('lock released')
        },
        50
      )
    ).rejects.toThrow('disk full')
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(order).toEqual(['stores closed', 'lock released'])
  })
})
