import { describe, expect, it } from 'vitest'
import { Ledger } from '../../sync/state/ledger'
import { day, digest, type SourceTags } from './fixtures'
import { RECORD, runAndPublish, show, useStandIn } from './stand-in'

const start = useStandIn()

/** `count` tags spread over three repositories. */
function manyTags(count: number, seed: string): SourceTags {
  const tags: SourceTags = { alpha: {}, beta: {}, 'nested/gamma': {} }
  const names = Object.keys(tags)
  for (let i = 0; i < count; i++) tags[names[i % names.length]][`v1.${Math.floor(i / 100)}.${i % 100}`] = `${seed}-${i}`
  return tags
}

describe('publishMetadata on a large namespace', () => {
  it('records 3000 tags with a handful of requests, one blob per file, never one per tag', async () => {
    const target = await start()
    const ledger = new Ledger(undefined)
    const first = await runAndPublish(target, ledger, manyTags(3000, 'a'), day(1))
    expect(first).toMatchObject({ committed: true, message: 'mirror: 3000 tags added' })
    expect(target.requests.length).toBeLessThanOrEqual(10)
    expect(target.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git/blobs'))).toHaveLength(1)
    expect(Math.max(...target.requests.map((r) => r.bodyBytes))).toBeLessThan(4 * 1024 * 1024)
    const record = JSON.parse(await show(target, `main:${RECORD}`))
    expect(record.repositories.reduce((sum: number, r: { tags: unknown[] }) => sum + r.tags.length, 0)).toBe(3000)

    target.requests.length = 0
    const tags = manyTags(3000, 'a')
    tags.alpha['v9.0.0'] = 'new'
    const second = await runAndPublish(target, ledger, tags, day(2))
    expect(second.message).toBe('mirror: 1 tag added')
    expect(target.requests.length).toBeLessThanOrEqual(12)
    expect(await show(target, `main:${RECORD}`)).toContain(digest('new'))
    expect(await show(target, 'main:mirror/README.md')).toContain('| 1001 | `v9.0.0` |')
  })
})
