import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImageResult } from '../../sync/types'
import { createReporter } from '../reporter'

let stdout: string
beforeEach(() => {
  stdout = ''
  vi.useFakeTimers()
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk)
    return true
  })
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

const skipped = (repository: string, tag: string): ImageResult => ({
  source: `r/corp/${repository}:${tag}`,
  target: `t/mirror/${repository}:${tag}`,
  digest: 'sha256:1',
  status: 'skipped',
  reason: 'ledger',
  bytes: 0,
  error: null,
  repository,
  tag,
  durationMs: 0
})

describe('createReporter', () => {
  it('prints a progress line at least every 30 seconds, planning included', () => {
    const reporter = createReporter(new AbortController().signal)
    reporter.hooks.onImage?.(skipped('a', 'v1'))
    vi.advanceTimersByTime(20_000)
    expect(stdout).toContain('Planning: 1 tags checked so far (20.0s)')
    const copy = { total: 10, done: 4, busyMs: 4 * 7_500, inFlightMs: [], concurrency: 1, elapsedMs: 30_000 }
    reporter.hooks.onProgress?.({ tagsTotal: 10, tagsDone: 4, bytes: 4 * 1024 * 1024, elapsedMs: 30_000, copy })
    stdout = ''
    vi.advanceTimersByTime(20_000)
    expect(stdout).toMatch(/^4\/10 tags, 6 left, 4\.0 MiB at [\d.]+ KiB\/s, ETA \d+/m)
    reporter.finish()
    stdout = ''
    vi.advanceTimersByTime(60_000)
    expect(stdout).not.toContain('tags')
  })

  it('collapses repositories with nothing to copy into one group at the end', () => {
    const reporter = createReporter(new AbortController().signal)
    for (const tag of ['v1', 'v2']) reporter.hooks.onImage?.(skipped('a', tag))
    reporter.hooks.onImage?.(skipped('b/c', 'v1'))
    reporter.hooks.onImage?.({ ...skipped('d', '*'), status: 'failed', error: 'listing refused', digest: null })
    reporter.finish()
    expect(stdout).toContain('::error title=Cannot list d::r/corp/d:*: listing refused')
    expect(stdout).toContain('::group::d → t/mirror/d: 0 copied, 0 skipped, 1 failed')
    expect(stdout).toContain('::group::2 repositories unchanged (3 tags already mirrored)\na: 2 tags\nb/c: 1 tags\n::endgroup::')
  })

  it('says "would copy" for the tags of a dry run and never folds them into the unchanged ones', () => {
    const reporter = createReporter(new AbortController().signal)
    reporter.hooks.onImage?.({ ...skipped('a', 'v1'), reason: 'dry-run', isNew: true })
    reporter.hooks.onImage?.(skipped('a', 'v2'))
    reporter.hooks.onImage?.(skipped('b', 'v1'))
    reporter.finish()
    expect(stdout).toContain('::group::a → t/mirror/a: would copy 1, 1 already mirrored, 0 failed\nwould copy  v1  sha256:1  (new)\nskipped  v2')
    expect(stdout).toContain('::group::1 repositories unchanged (1 tags already mirrored)\nb: 1 tags\n::endgroup::')
  })
})
