import { describe, expect, it } from 'vitest'
import { Ledger } from '../../sync/state/ledger'
import { day, digest, type SourceTags } from './fixtures'
import { groupOf, readRecord, recordFiles, runAndPublish, show, uploadedBytes, useStandIn } from './stand-in'

const start = useStandIn()

/** `count` tags, two per repository, as in a namespace of many small repositories (gcr.io's). */
function manyTags(count: number, seed: string): SourceTags {
  const tags: SourceTags = {}
  for (let i = 0; i < count; i++) (tags[`image-${Math.floor(i / 2)}`] ??= {})[`v1.${i % 2}.0`] = `${seed}-${i}`
  return tags
}

describe('publishMetadata on a large namespace', () => {
  it('records 1000 tags with a handful of requests, and a 1-tag change commits a few KB, not the record', async () => {
    const target = await start()
    const ledger = new Ledger(undefined)
    const first = await runAndPublish(target, ledger, manyTags(1000, 'a'), day(1))
    expect(first).toMatchObject({ committed: true, message: 'mirror: 1000 tags added' })
    expect(target.requests.length).toBeLessThanOrEqual(10)
    expect(Math.max(...target.requests.map((r) => r.bodyBytes))).toBeLessThan(4 * 1024 * 1024)
    expect((await readRecord(target)).repositories.reduce((sum: number, r: { tags: unknown[] }) => sum + r.tags.length, 0)).toBe(1000)
    expect(await recordFiles(target)).toHaveLength(64)
    const whole = uploadedBytes(target)

    // A 1-tag change: its group, and CHANGELOG.md; the first mirror's long section leaves CHANGELOG.md for its month's file once.
    const change = async (run: number, repository: string): Promise<{ sent: number; files: string[] }> => {
      target.requests.length = 0
      tags[repository][`v9.${run}.0`] = `new-${run}`
      const result = await runAndPublish(target, ledger, tags, day(run))
      expect(result.message).toBe('mirror: 1 tag added')
      expect(await show(target, `main:${groupOf(repository)}`)).toContain(digest(`new-${run}`))
      expect(target.requests.filter((r) => r.method === 'GET' && r.path.includes('/git/blobs/')).length).toBeLessThanOrEqual(3)
      return { sent: uploadedBytes(target), files: result.files.sort() }
    }
    const tags = manyTags(1000, 'a')
    const second = await change(2, 'image-7')
    expect(second.files).toEqual(['mirror/CHANGELOG.md', 'mirror/changelog/2026-01.md', groupOf('image-7')])
    const third = await change(3, 'image-300')
    expect(third.files).toEqual(['mirror/CHANGELOG.md', groupOf('image-300')])
    // The whole record of 1000 tags is ~250 KB; one group of it and the changelog's newest sections are a few KB.
    const figures = `uploaded ${third.sent} bytes for 1 tag (${second.sent} when the first mirror's section was rolled; the first run: ${whole})`
    expect(third.sent, figures).toBeLessThan(10 * 1024)
    expect(second.sent, figures).toBeLessThan(48 * 1024)
  })
})
