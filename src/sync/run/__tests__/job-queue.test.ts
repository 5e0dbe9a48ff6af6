import { describe, expect, it } from 'vitest'
import type { PlannedJob } from '../../plan/plan'
import { JobQueue } from '../job-queue'

/** A planned tag as far as the queue looks at it: its source reference, new or not, a repair or not. */
const job = (sourceText: string, kind: 'new' | 'update' | 'repair'): PlannedJob =>
  ({ sourceText, isNew: kind === 'new', ...(kind === 'repair' ? { repair: 'the target lost the tag' } : {}) }) as PlannedJob

const drain = async (queue: JobQueue): Promise<string[]> => {
  const taken: string[] = []
  for (let next = await queue.take(); next; next = await queue.take()) taken.push(next.sourceText)
  return taken
}

describe('JobQueue', () => {
  it('hands out a queue filled before the first take new tags first, then updates, then repairs, each by source', async () => {
    const queue = new JobQueue()
    queue.add([job('r/b:2', 'update'), job('r/b:1', 'new'), job('r/b:0', 'repair')])
    queue.add([job('r/a:2', 'update'), job('r/a:1', 'new'), job('r/c:9', 'new')])
    queue.close()
    expect(await drain(queue)).toEqual(['r/a:1', 'r/b:1', 'r/c:9', 'r/a:2', 'r/b:2', 'r/b:0'])
  })

  it('keeps that order among the tags added so far while it is taken from', async () => {
    const queue = new JobQueue()
    queue.add([job('r/z:1', 'update'), job('r/z:2', 'update')])
    expect((await queue.take())?.sourceText).toBe('r/z:1')
    // A later repository's new tag goes before the update still waiting.
    queue.add([job('r/a:1', 'update'), job('r/y:1', 'new')])
    expect((await queue.take())?.sourceText).toBe('r/y:1')
    queue.close()
    expect(await drain(queue)).toEqual(['r/a:1', 'r/z:2'])
  })

  it('wakes a waiting taker with the first of a batch, and every taker with undefined once closed', async () => {
    const queue = new JobQueue()
    const first = queue.take()
    const second = queue.take()
    const third = queue.take()
    queue.add([job('r/b:1', 'update'), job('r/a:1', 'new')])
    expect((await first)?.sourceText).toBe('r/a:1')
    expect((await second)?.sourceText).toBe('r/b:1')
    queue.close()
    expect(await third).toBeUndefined()
    expect(await queue.take()).toBeUndefined()
  })
})
