import { describe, expect, it } from 'vitest'
import { Ledger } from '../../sync/state/ledger'
import { collectChanges, type RunChanges } from '../changes'
import { mergeChanges } from '../merge'
import { serializeRecord, type NamespaceRecord } from '../record'
import { day, digest, report, SOURCE, simulateRun, TARGET } from './fixtures'

/** The changes of a simulated run on a ledger. */
function changesOf(ledger: Ledger, tags: Record<string, Record<string, string>>, now: Date): RunChanges {
  return collectChanges(simulateRun(ledger, tags, now), ledger.entries(), now, false)
}

describe('collectChanges', () => {
  it('takes every ledger entry of the namespace pair and marks only this run’s copies', () => {
    const ledger = new Ledger(undefined)
    simulateRun(ledger, { old: { v1: 'old-1' } }, day(1))
    simulateRun(ledger, { other: { v1: 'x' } }, day(1), { source: 'quay.io/else', target: TARGET })
    const changes = changesOf(ledger, { old: { v1: 'old-1' }, app: { v2: 'app-2' } }, day(2))

    expect(changes.tags.map((t) => [t.repository, t.tag, t.target, t.copied])).toEqual([
      ['app', 'v2', `${TARGET}/app`, true],
      ['old', 'v1', `${TARGET}/old`, false]
    ])
    expect(changes.tags[1].record).toMatchObject({ digest: digest('old-1'), firstMirrored: day(1).toISOString() })
  })

  it('in a dry run counts the tags the run would copy, stamped with the run time', () => {
    const image = {
      source: `${SOURCE}/app:v1`,
      target: `${TARGET}/app:v1`,
      digest: digest('a'),
      status: 'skipped' as const,
      reason: 'dry-run',
      bytes: 0,
      error: null,
      repository: 'app',
      tag: 'v1',
      durationMs: 0
    }
    const dry = collectChanges({ ...report([image], day(3)), dryRun: true }, [], day(3), true)
    expect(dry.tags).toEqual([
      {
        repository: 'app',
        tag: 'v1',
        target: `${TARGET}/app`,
        copied: true,
        record: { digest: digest('a'), firstMirrored: day(3).toISOString(), lastMirrored: day(3).toISOString() }
      }
    ])
    expect(collectChanges(report([image], day(3)), [], day(3), false).tags).toEqual([])
  })
})

describe('mergeChanges', () => {
  it('merges shards of one namespace in either order to the same record', () => {
    const base = mergeChanges(undefined, changesOf(new Ledger(undefined), { shared: { v1: 's' } }, day(1))).record
    const a = changesOf(new Ledger(undefined), { a: { v1: 'a1', v2: 'a2' } }, day(2))
    const b = changesOf(new Ledger(undefined), { b: { v1: 'b1' } }, day(2))
    const ab = mergeChanges(mergeChanges(base, a).record, b).record
    const ba = mergeChanges(mergeChanges(base, b).record, a).record
    expect(serializeRecord(ab)).toBe(serializeRecord(ba))
    expect([...ab.repositories.keys()].sort()).toEqual(['a', 'b', 'shared'])
  })

  it('classifies copies against the record: absent is added, present is updated', () => {
    const ledger = new Ledger(undefined)
    const first = mergeChanges(undefined, changesOf(ledger, { app: { v1: '1', latest: '1' } }, day(1)))
    expect(first.added.map((t) => t.tag)).toEqual(['latest', 'v1'])
    const second = mergeChanges(first.record, changesOf(ledger, { app: { v1: '1', v2: '2', latest: '2' } }, day(2)))
    expect(second.added.map((t) => t.tag)).toEqual(['v2'])
    expect(second.updated.map((t) => t.tag)).toEqual(['latest'])
    expect(second.record.repositories.get('app')!.tags.get('latest')).toMatchObject({
      digest: digest('2'),
      firstMirrored: day(1).toISOString(),
      lastMirrored: day(2).toISOString()
    })
  })

  it('keeps the more recently mirrored tag when a stale ledger disagrees, and never modifies its input', () => {
    const fresh = mergeChanges(undefined, changesOf(new Ledger(undefined), { app: { v1: 'new' } }, day(5))).record
    const before = serializeRecord(fresh)
    const stale = new Ledger(undefined)
    simulateRun(stale, { app: { v1: 'old' } }, day(1))
    const merged = mergeChanges(fresh, collectChanges(report([], day(6)), stale.entries(), day(6), false))
    expect(merged.record.repositories.get('app')!.tags.get('v1')).toMatchObject({ digest: digest('new'), firstMirrored: day(1).toISOString() })
    expect(serializeRecord(fresh)).toBe(before)
  })

  it('moves a repository copied to a new target, ignoring uncopied entries of another target', () => {
    const existing: NamespaceRecord = mergeChanges(undefined, changesOf(new Ledger(undefined), { app: { v1: '1', v2: '2' } }, day(1))).record
    const moved = collectChanges(simulateRun(new Ledger(undefined), { app: { v3: '3' } }, day(2), { source: SOURCE, target: 'ghcr.io/me' }), [], day(2), false)
    const result = mergeChanges(existing, { ...moved, target: TARGET }).record.repositories.get('app')!
    expect(result.target).toBe('ghcr.io/me/app')
    expect([...result.tags.keys()]).toEqual(['v3'])

    const uncopied = { ...moved, target: TARGET, tags: moved.tags.map((t) => ({ ...t, copied: false })) }
    expect(mergeChanges(existing, uncopied).record.repositories.get('app')!.target).toBe(`${TARGET}/app`)
  })
})
