import { describe, expect, it } from 'vitest'
import { Ledger } from '../../sync/state/ledger'
import { readMetadataLedger } from '../index'
import { day, SOURCE, simulateRun } from './fixtures'
import { FIRST, runAndPublish, useStandIn } from './stand-in'

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
