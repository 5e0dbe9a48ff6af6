import { describe, expect, it } from 'vitest'
import { formatSummary, mirrorHeading } from '../report'
import type { ImageResult, SyncReport } from '../../types'

const image = (tag: string, fields: Partial<ImageResult>): ImageResult => ({
  source: `a.io/x/app:${tag}`,
  target: `b.io/y/app:${tag}`,
  digest: 'sha256:aaaa',
  status: 'copied',
  bytes: 0,
  error: null,
  repository: 'app',
  tag,
  durationMs: 1,
  ...fields
})

const report = (images: ImageResult[]): SyncReport => ({
  source: 'a.io/x',
  target: 'b.io/y',
  copied: images.filter((i) => i.status === 'copied').length,
  skipped: images.filter((i) => i.status === 'skipped').length,
  failed: 0,
  images,
  collisions: [],
  remaining: 0,
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:00:01.000Z',
  bytes: 0,
  dryRun: false,
  engine: 'registry'
})

describe('formatSummary', () => {
  it('says a digest changed for the tag copied now, not again on every rerun that finds it in the ledger', () => {
    const copied = image('v1', { targetDigest: 'sha256:bbbb' })
    expect(formatSummary(report([copied]))).toContain('changed digest b.io/y/app:v1: source sha256:aaaa, target sha256:bbbb')
    const hit = image('v1', { status: 'skipped', reason: 'ledger', targetDigest: 'sha256:bbbb' })
    expect(formatSummary(report([hit]))).not.toContain('changed digest')
  })
})

describe('mirrorHeading', () => {
  it('names a mirror once: its endpoints when it has no name of its own, else its name and endpoints', () => {
    expect(mirrorHeading('a.io/x -> b.io/y', 'a.io/x', 'b.io/y')).toBe('a.io/x -> b.io/y')
    expect(mirrorHeading('pause', 'a.io/x', 'b.io/y', '→')).toBe('pause: a.io/x → b.io/y')
    expect(mirrorHeading('a.io/x -> b.io/y', 'a.io/x', 'b.io/y', '→')).toBe('a.io/x → b.io/y')
    // An image list's mirror is named for its registry and platforms, and the target already.
    expect(mirrorHeading('gcr.io [linux/arm64] -> b.io/y', 'gcr.io', 'b.io/y')).toBe('gcr.io [linux/arm64] -> b.io/y')
    expect(mirrorHeading('list: quay.io #2 -> b.io/y', 'quay.io', 'b.io/y', '→')).toBe('list: quay.io #2 → b.io/y')
  })
})

describe('formatSummary of a dry run', () => {
  it('counts the prunes it would make beside the copies', () => {
    const dry: SyncReport = {
      ...report([image('v2', { status: 'skipped', reason: 'dry-run', planned: 'copy', why: 'new tag' })]),
      dryRun: true,
      pruned: [
        {
          source: 'a.io/x/app:old',
          target: 'b.io/y/app:old',
          repository: 'app',
          tag: 'old',
          digest: 'sha256:cc',
          status: 'skipped',
          reason: 'dry-run',
          planned: 'prune',
          why: 'gone from the source',
          error: null
        }
      ]
    }
    expect(formatSummary(dry)).toMatch(/^a\.io\/x -> b\.io\/y: would copy 1, would prune 1, skipped 0, failed 0/)
  })
})
