import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { deadlineSignal } from '../deadline'

/** V8's full collector, made callable at run time as src/util/heap.ts does. */
function collector(): () => void {
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}

describe('deadlineSignal', () => {
  it('still fires after a garbage collection (AbortSignal.any over AbortSignal.timeout does not on Node 20)', async () => {
    const gc = collector()
    const parent = new AbortController()
    const { signal } = deadlineSignal(150, [parent.signal])
    await sleep(30)
    gc()
    gc()
    await sleep(300)
    expect(signal.aborted).toBe(true)
    expect((signal.reason as Error).name).toBe('TimeoutError')
  })

  it('aborts with the first parent’s reason, at once when a parent already aborted, and with the reason it is given', async () => {
    const parent = new AbortController()
    const { signal } = deadlineSignal(10_000, [undefined, parent.signal])
    parent.abort(new Error('stopped'))
    expect((signal.reason as Error).message).toBe('stopped')
    expect((deadlineSignal(undefined, [parent.signal]).signal.reason as Error).message).toBe('stopped')
    const timed = deadlineSignal(5, [], () => new Error('budget'))
    await sleep(50)
    expect((timed.signal.reason as Error).message).toBe('budget')
  })

  it('dispose stops the timer and lets go of the parents', async () => {
    const parent = new AbortController()
    const deadline = deadlineSignal(20, [parent.signal])
    deadline.dispose()
    await sleep(60)
    parent.abort(new Error('later'))
    expect(deadline.signal.aborted).toBe(false)
    expect(deadlineSignal(undefined).signal.aborted).toBe(false)
  })
})
