import { describe, expect, it } from 'vitest'
import { Ledger } from '../../sync/state/ledger'
import { day } from './fixtures'
import { FIRST, groupOf, readRecord, runAndPublish, show, subjects, useStandIn } from './stand-in'

const start = useStandIn()

describe('publishMetadata with concurrent writers', () => {
  it('rebuilds on the new head when another commit lands between its read and its update', async () => {
    const target = await start()
    const ledger = new Ledger(undefined)
    await runAndPublish(target, ledger, FIRST, day(1))
    let theirs = ''
    target.onBeforeRefUpdate = async () => {
      target.onBeforeRefUpdate = undefined
      theirs = await target.commit('main', { 'mirror/notes.md': 'by hand\n' }, 'someone else')
    }
    const logs: string[] = []
    const result = await runAndPublish(target, ledger, { ...FIRST, pause: { ...FIRST.pause, '3.10': 'pause-3.10' } }, day(2), { log: (m) => logs.push(m) })

    expect(result.committed).toBe(true)
    expect(await subjects(target)).toEqual(['mirror: 1 tag added', 'someone else', 'mirror: 3 tags added', 'initial commit'])
    expect((await target.git(['rev-parse', 'main^'])).trim()).toBe(theirs)
    expect(await show(target, 'main:mirror/notes.md')).toBe('by hand\n')
    expect(await show(target, `main:${groupOf('pause')}`)).toContain('"tag":"3.10"')
    expect(target.requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([200, 422, 200])
    expect(logs.some((m) => m.includes('the branch moved meanwhile'))).toBe(true)
  })
  it('two shards of one namespace committing at once both land, neither losing the other', async () => {
    const target = await start()
    // the first ref update waits until the second one arrives, so both are built on the same head
    let release: () => void = () => undefined
    const bothArrived = new Promise<void>((resolve) => (release = resolve))
    let arrivals = 0
    target.onBeforeRefUpdate = async () => {
      arrivals++
      if (arrivals === 1) await Promise.race([bothArrived, new Promise((resolve) => setTimeout(resolve, 10_000))])
      else if (arrivals === 2) release()
    }
    const shardA = new Ledger(undefined)
    const shardB = new Ledger(undefined)
    const [a, b] = await Promise.all([
      runAndPublish(target, shardA, { pause: { '3.9': 'pause-3.9' }, etcd: { '3.5.0': 'etcd-3.5.0' } }, day(1)),
      runAndPublish(target, shardB, { 'kube-apiserver': { 'v1.30.0': 'apiserver-1.30.0' } }, day(1))
    ])

    expect(a.committed && b.committed).toBe(true)
    expect(arrivals).toBe(3)
    expect(
      target.requests
        .filter((r) => r.method === 'PATCH')
        .map((r) => r.status)
        .sort()
    ).toEqual([200, 200, 422])
    expect((await subjects(target)).sort()).toEqual(['initial commit', 'mirror: 1 tag added', 'mirror: 2 tags added'])
    const record = await readRecord(target)
    expect(record.repositories.map((r: { repository: string }) => r.repository)).toEqual(['etcd', 'kube-apiserver', 'pause'])
    const changelog = await show(target, 'main:mirror/CHANGELOG.md')
    expect(changelog).toContain('- `kube-apiserver`: added `v1.30.0`')
    expect(changelog).toContain('- `etcd`: added `3.5.0`')
  })
})
