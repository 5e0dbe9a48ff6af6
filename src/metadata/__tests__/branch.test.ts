import { describe, expect, it } from 'vitest'
import { Ledger } from '../../sync/state/ledger'
import { day, digest } from './fixtures'
import { FIRST, groupOf, runAndPublish, show, subjects, useStandIn } from './stand-in'

const start = useStandIn()

describe('publishMetadata on a missing branch', () => {
  it('creates a missing branch as a root commit holding only the metadata', async () => {
    const target = await start()
    const ledger = new Ledger(undefined)
    const result = await runAndPublish(target, ledger, FIRST, day(1), { branch: 'mirror-metadata' })

    expect(result.committed).toBe(true)
    expect((await target.git(['rev-list', '--parents', 'mirror-metadata'])).trim()).toBe(result.sha)
    expect((await target.git(['ls-tree', '-r', '--name-only', 'mirror-metadata'])).trim().split('\n')).toEqual([
      'mirror/CHANGELOG.md',
      'mirror/README.md',
      groupOf('coredns/coredns'),
      groupOf('pause')
    ])
    expect(await subjects(target)).toEqual(['initial commit'])
    const again = await runAndPublish(target, ledger, FIRST, day(2), { branch: 'mirror-metadata' })
    expect(again.committed).toBe(false)
  })
  it('gives an empty repository its first commit through the contents API, then commits the run', async () => {
    const target = await start({})
    const ledger = new Ledger(undefined)
    const result = await runAndPublish(target, ledger, FIRST, day(1))

    expect(result.committed).toBe(true)
    expect(await subjects(target)).toEqual(['mirror: 3 tags added', 'mirror: create the metadata repository'])
    expect(await show(target, `main:${groupOf('coredns/coredns')}`)).toContain(digest('coredns-1.11.1'))
    expect((await runAndPublish(target, ledger, FIRST, day(2))).committed).toBe(false)
  })

  it('takes a branch already pointing at its commit as landed (a ref update whose answer was lost)', async () => {
    const target = await start()
    target.onBeforeRefUpdate = async ({ ref, sha }) => {
      target.onBeforeRefUpdate = undefined
      await target.git(['update-ref', ref, sha])
    }
    const result = await runAndPublish(target, new Ledger(undefined), FIRST, day(1), { branch: 'data' })

    expect(result).toMatchObject({ committed: true, message: 'mirror: 3 tags added' })
    expect(result.files).toHaveLength(4)
    expect(target.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git/refs')).map((r) => r.status)).toEqual([422])
    expect(await subjects(target, 'data')).toEqual(['mirror: 3 tags added'])
  })
})
