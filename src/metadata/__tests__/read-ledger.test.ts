import { describe, expect, it } from 'vitest'
import { Ledger } from '../../sync/state/ledger'
import { readMetadataLedger } from '../index'
import { emptyRecord, serializeRecord, type TagRecord } from '../record'
import { day, digest, SOURCE, simulateRun, TARGET } from './fixtures'
import { FIRST, groupOf, LEGACY_RECORD, readRecord, recordFiles, runAndPublish, show, useStandIn } from './stand-in'

const start = useStandIn()

describe('readMetadataLedger', () => {
  it('gives back the ledger the record was written from, so an evicted cache costs no copies', async () => {
    const target = await start()
    const ledger = new Ledger(undefined)
    await runAndPublish(target, ledger, FIRST, day(1))
    await runAndPublish(target, ledger, { ...FIRST, pause: { ...FIRST.pause, latest: 'pause-3.10' } }, day(2))
    const location = { repo: `${target.owner}/${target.repo}`, path: 'mirror', token: target.token, apiUrl: target.url }

    const entries = await readMetadataLedger({ ...location, source: SOURCE })
    expect(entries).toEqual(ledger.entries())

    const restored = new Ledger(undefined)
    expect(restored.seed(entries)).toBe(3)
    const rerun = simulateRun(restored, { ...FIRST, pause: { ...FIRST.pause, latest: 'pause-3.10' } }, day(3))
    expect(rerun.copied).toBe(0)
  })

  it('is empty when the branch, the folder or the namespace has no record', async () => {
    const target = await start()
    await runAndPublish(target, new Ledger(undefined), FIRST, day(1))
    const location = { repo: `${target.owner}/${target.repo}`, token: target.token, apiUrl: target.url, source: SOURCE }
    expect(await readMetadataLedger({ ...location, path: 'mirror', branch: 'nope' })).toEqual([])
    expect(await readMetadataLedger({ ...location, path: 'elsewhere' })).toEqual([])
    expect(await readMetadataLedger({ ...location, path: 'mirror', source: 'quay.io/other' })).toEqual([])
    expect(await readMetadataLedger({ ...location, path: 'mirror' })).toHaveLength(3)
  })

  it('refuses a record file that is not ours, naming it', async () => {
    const target = await start({ files: { 'mirror/namespaces/gcr.io/google-containers.json': '{"hello": 1}\n' } })
    await expect(
      readMetadataLedger({ repo: `${target.owner}/${target.repo}`, path: 'mirror', token: target.token, apiUrl: target.url, source: SOURCE })
    ).rejects.toThrow(
      'metadata-repo mirror-owner/mirror-metadata: mirror/namespaces/gcr.io/google-containers.json on branch main: not a gcr-mirror metadata record'
    )
  })
})

describe('a record written by an earlier version (one file per namespace)', () => {
  const legacy = (): string => {
    const record = emptyRecord(SOURCE, TARGET)
    const tag = (seed: string): TagRecord => ({ digest: digest(seed), firstMirrored: day(1).toISOString(), lastMirrored: day(1).toISOString() })
    record.repositories.set('pause', { repository: 'pause', target: `${TARGET}/pause`, tags: new Map([['3.9', tag('pause-3.9')]]) })
    record.repositories.set('etcd', { repository: 'etcd', target: `${TARGET}/etcd`, tags: new Map([['3.5.0', tag('etcd-3.5.0')]]) })
    return serializeRecord(record)
  }

  it('is read as the ledger, and the next commit moves it into group files and deletes it', async () => {
    const target = await start({ files: { [LEGACY_RECORD]: legacy() } })
    const location = { repo: `${target.owner}/${target.repo}`, path: 'mirror', token: target.token, apiUrl: target.url, source: SOURCE }
    expect((await readMetadataLedger(location)).map((entry) => entry.source)).toEqual([`${SOURCE}/etcd:3.5.0`, `${SOURCE}/pause:3.9`])

    const ledger = new Ledger(undefined)
    const result = await runAndPublish(target, ledger, { pause: { '3.10': 'pause-3.10' } }, day(2))
    expect(result).toMatchObject({ committed: true, message: 'mirror: 1 tag added' })
    expect(result.files).toContain(LEGACY_RECORD)
    expect(await recordFiles(target)).toEqual([groupOf('etcd'), groupOf('pause')].sort())
    await expect(show(target, `main:${LEGACY_RECORD}`)).rejects.toThrow()
    const record = await readRecord(target)
    expect(
      record.repositories.map((r: { repository: string; tags: Array<{ tag: string }> }) => `${r.repository}:${r.tags.map((t) => t.tag).join(',')}`)
    ).toEqual(['etcd:3.5.0', 'pause:3.10,3.9'])
    expect((await readMetadataLedger(location)).map((entry) => entry.source)).toEqual([`${SOURCE}/etcd:3.5.0`, `${SOURCE}/pause:3.10`, `${SOURCE}/pause:3.9`])
  })
})
