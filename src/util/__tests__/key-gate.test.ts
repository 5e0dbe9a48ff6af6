import { describe, expect, it } from 'vitest'
import { KeyGate } from '../key-gate'

/** Work that records when it starts and ends, and ends when `finish` is called. */
function step(name: string, events: string[]): { work: () => Promise<string>; finish: () => void } {
  let finish = (): void => {}
  const done = new Promise<void>((resolve) => (finish = resolve))
  return {
    work: async () => {
      events.push(`${name} in`)
      await done
      events.push(`${name} out`)
      return name
    },
    finish: () => finish()
  }
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

describe('KeyGate', () => {
  it('a writer of a key keeps its readers out until it is done, and a reader keeps the next writer out', async () => {
    const gate = new KeyGate()
    const events: string[] = []
    const child = step('child PUT', events)
    const index = step('index PUT', events)
    const again = step('child PUT again', events)
    const first = gate.hold({ writes: ['repo@child'] }, undefined, child.work)
    const second = gate.hold({ writes: ['repo@index'], reads: ['repo@child', 'repo@other'] }, undefined, index.work)
    const third = gate.hold({ writes: ['repo@child'] }, undefined, again.work)
    await turn()
    expect(events).toEqual(['child PUT in'])
    child.finish()
    await first
    await turn()
    // The index, waiting first, goes before the later writer of its child.
    expect(events).toEqual(['child PUT in', 'child PUT out', 'index PUT in'])
    index.finish()
    await expect(second).resolves.toBe('index PUT')
    await turn()
    again.finish()
    await third
    expect(events).toEqual(['child PUT in', 'child PUT out', 'index PUT in', 'index PUT out', 'child PUT again in', 'child PUT again out'])
  })

  it('readers of one key run together, so do writers of one key, and holders of different keys', async () => {
    const gate = new KeyGate()
    const events: string[] = []
    const steps = [step('index a', events), step('index b', events), step('tag x', events), step('tag y', events), step('other', events)]
    const claims = [
      { reads: ['r@shared'] },
      { reads: ['r@shared'] },
      { writes: ['r@child'] },
      { writes: ['r@child'] },
      { writes: ['r@shared'], reads: ['r@child'] }
    ]
    const held = steps.map((s, i) => gate.hold(claims[i], undefined, s.work))
    await turn()
    expect(events).toEqual(['index a in', 'index b in', 'tag x in', 'tag y in'])
    for (const s of steps.slice(0, 2)) s.finish()
    await Promise.all(held.slice(0, 2))
    await turn()
    // Still out: the writers of r@child, which it reads, are in.
    expect(events).not.toContain('other in')
    for (const s of steps.slice(2, 4)) s.finish()
    await Promise.all(held.slice(2, 4))
    await turn()
    expect(events.at(-1)).toBe('other in')
    steps[4].finish()
    await held[4]
  })

  it('a holder that writes a key it also reads does not wait on itself', async () => {
    const gate = new KeyGate()
    await expect(gate.hold({ writes: ['r@self'], reads: ['r@self', 'r@child'] }, undefined, async () => 'done')).resolves.toBe('done')
  })

  it('a waiter whose signal aborts stops waiting with its reason, and the waiters behind it go in', async () => {
    const gate = new KeyGate()
    const events: string[] = []
    const writer = step('writer', events)
    const holding = gate.hold({ writes: ['r@child'] }, undefined, writer.work)
    const controller = new AbortController()
    const index = gate.hold({ reads: ['r@child'] }, controller.signal, step('index', events).work)
    // Behind the index (which reads what it writes), this writer waits its turn.
    const later = step('later writer', events)
    const behind = gate.hold({ writes: ['r@child'] }, undefined, later.work)
    await turn()
    expect(events).toEqual(['writer in'])
    controller.abort(new DOMException('the tag timed out', 'TimeoutError'))
    await expect(index).rejects.toThrow('the tag timed out')
    await turn()
    expect(events).toEqual(['writer in', 'later writer in'])
    writer.finish()
    later.finish()
    await Promise.all([holding, behind])
    // Nothing is left held: a reader goes straight in.
    await expect(gate.hold({ reads: ['r@child'] }, undefined, async () => 'in')).resolves.toBe('in')
  })

  it('a holder whose work fails lets the key go', async () => {
    const gate = new KeyGate()
    await expect(gate.hold({ writes: ['r@child'] }, undefined, async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused')
    await expect(gate.hold({ reads: ['r@child'] }, AbortSignal.timeout(1_000), async () => 'in')).resolves.toBe('in')
  })
})
