import { describe, expect, it } from 'vitest'
import { collectChanges } from '../changes'
import { mergeChanges } from '../merge'
import { parseRecord, serializeRecord } from '../record'
import { renderReadme } from '../readme'
import type { SyncReport } from '../../sync/types'

const digest = `sha256:${'a'.repeat(64)}`

/** A report of an image list's mirror: one digest entry and one folded tag, each landing under another tag name. */
const report: SyncReport = {
  source: 'gcr.io',
  target: 'ghcr.io/me',
  copied: 2,
  skipped: 0,
  failed: 0,
  collisions: [],
  remaining: 0,
  startedAt: '2026-12-07T00:00:00.000Z',
  finishedAt: '2026-12-07T00:00:01.000Z',
  bytes: 0,
  dryRun: false,
  engine: 'registry',
  images: [
    {
      source: `gcr.io/x/pinned@${digest}`,
      target: `ghcr.io/me/x/pinned:sha256_${'a'.repeat(64)}`,
      digest,
      status: 'copied',
      bytes: 1,
      error: null,
      repository: 'x/pinned',
      tag: digest,
      durationMs: 1
    },
    {
      source: 'gcr.io/x/app:v1',
      target: 'ghcr.io/me/images:x_app_v1',
      digest,
      status: 'copied',
      bytes: 1,
      error: null,
      repository: 'x/app',
      tag: 'v1',
      durationMs: 1
    }
  ]
}

describe('metadata of an image list', () => {
  it('records the target tag where it differs from the source tag, through a record file and the README', () => {
    const changes = collectChanges(report, [], new Date('2026-12-07T00:00:02Z'), false)
    expect(changes.tags.map((t) => [t.repository, t.tag, t.target, t.record.targetTag])).toEqual([
      ['x/app', 'v1', 'ghcr.io/me/images', 'x_app_v1'],
      ['x/pinned', digest, 'ghcr.io/me/x/pinned', `sha256_${'a'.repeat(64)}`]
    ])
    const { record } = mergeChanges(undefined, changes)
    const again = parseRecord(serializeRecord(record))
    expect(again.repositories.get('x/app')!.tags.get('v1')!.targetTag).toBe('x_app_v1')
    expect(renderReadme([again])).toContain('docker pull ghcr.io/me/images:x_app_v1')
  })
})
