import { describe, expect, it } from 'vitest'
import { listingWindow, PassProgress } from '../pass-progress'

const tag = (relative: string, name: string) => ({ relative, sourceText: `r/${relative}:${name}` })

describe('PassProgress', () => {
  it('counts a repository unfinished while a tag handed over has no result, or when unlisted', () => {
    const progress = new PassProgress()
    progress.handed([tag('a', '1'), tag('a', '2'), tag('b', '1')])
    progress.settled('r/a:1')
    progress.settled('r/b:1')
    progress.settled('r/other:1')
    expect([...progress.unfinished(['d'])].sort()).toEqual(['a', 'd'])
    progress.settled('r/a:2')
    expect([...progress.unfinished([])]).toEqual([])
  })

  it('lets a listing start only while tags without a result and listings under way are fewer than the window', async () => {
    const progress = new PassProgress(2)
    const never = new AbortController().signal
    await progress.room(never, () => false)
    progress.handed([tag('a', '1')])
    progress.listed()
    await progress.room(never, () => false)
    let started = false
    const third = progress.room(never, () => false).then(() => (started = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(started).toBe(false)
    progress.settled('r/a:1')
    await third
    expect(started).toBe(true)
  })

  it('stops waiting when the signal aborts or the copies take no more tags; never waits without a window', async () => {
    const full = new PassProgress(1)
    full.handed([tag('a', '1')])
    const stop = new AbortController()
    const waiting = full.room(stop.signal, () => false)
    stop.abort()
    await waiting
    let closed = false
    const gated = full.room(new AbortController().signal, () => closed)
    closed = true
    // Looked at again within a second.
    await gated
    const open = new PassProgress()
    open.handed([tag('a', '1'), tag('b', '1')])
    await open.room(new AbortController().signal, () => false)
    expect(listingWindow(16)).toBe(24)
    expect(listingWindow(1)).toBe(3)
  })
})
