import { describe, expect, it } from 'vitest'
import { WaitGraph } from '../wait-graph'

const cycle = (circle: string[]): Error => new Error(circle.join(' -> '))

describe('WaitGraph', () => {
  it('refuses a work waiting on itself, at once or through others, and lets sound waits through', async () => {
    const graph = new WaitGraph()
    await expect(graph.wait('a', 'a', () => Promise.resolve(1), cycle)).rejects.toThrow('a -> a')
    // b waits on c while c (through d) would wait on b: the last wait closes the circle.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const bOnC = graph.wait('b', 'c', () => held, cycle)
    const cOnD = graph.wait('c', 'd', () => held, cycle)
    await expect(graph.wait('d', 'b', () => Promise.resolve(), cycle)).rejects.toThrow('d -> b -> c -> d')
    // A wait that closes nothing runs; once the waits are over, the same edge is allowed.
    await expect(graph.wait('e', 'b', () => Promise.resolve(2), cycle)).resolves.toBe(2)
    release()
    await Promise.all([bOnC, cOnD])
    await expect(graph.wait('d', 'b', () => Promise.resolve(3), cycle)).resolves.toBe(3)
    await expect(graph.wait(undefined, 'x', () => Promise.resolve(4), cycle)).resolves.toBe(4)
  })
})
