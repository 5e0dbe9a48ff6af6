import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OciLayout } from '../../layout'
import { pushImage, singleImage } from '../../layout/__tests__/images'
import { parseSyncOptions } from '../options/options'
import { runSync } from '../sync'

/**
 * The hook the CLI turns V8's frugal old-generation growth off with (src/util/heap.ts): once per
 * run, before the first copy; never in a run that copies nothing.
 */
describe('SyncHooks.onCopyPhase and onStreamed', () => {
  const images = [singleImage('one'), singleImage('two')]
  const blobBytes = new Map(images.flatMap((image) => image.blobs.map((blob) => [blob.descriptor.digest, blob.bytes.length] as const)))
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'copy-phase-'))
    const source = new OciLayout(join(dir, 'source'))
    await pushImage(source, 'team/app', 'v1', images[0])
    await pushImage(source, 'team/app', 'v2', images[1])
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const run = async (extra: Record<string, string> = {}): Promise<{ calls: number; copiedBefore: number[]; copied: number; streamed: number }> => {
    const options = parseSyncOptions(
      { source: `oci:${join(dir, 'source')}`, target: `oci:${join(dir, 'target')}`, stateFile: join(dir, 'state.json'), ...extra },
      {}
    )
    let copied = 0
    let streamed = 0
    const copiedBefore: number[] = []
    const report = await runSync(options, {
      onCopyPhase: () => copiedBefore.push(copied),
      onImage: (image) => void (image.status === 'copied' && copied++),
      onStreamed: (bytes) => void (streamed += bytes)
    })
    return { calls: copiedBefore.length, copiedBefore, copied: report.copied, streamed }
  }

  it('is called once before the first tag is copied', async () => {
    const first = await run()
    expect(first.copied).toBe(2)
    expect(first.copiedBefore).toEqual([0])
    // onStreamed (the CLI paces its young collections by it) saw every byte of every blob copied.
    expect(first.streamed).toBe([...blobBytes.values()].reduce((a, b) => a + b, 0))
  })

  it('is not called in a rerun with nothing to copy, nor in a dry run', async () => {
    const rerun = await run()
    expect(rerun).toMatchObject({ calls: 0, copied: 0 })
    const dry = await run({ stateFile: join(dir, 'other-state.json'), dryRun: 'true' })
    expect(dry.calls).toBe(0)
  })
})
