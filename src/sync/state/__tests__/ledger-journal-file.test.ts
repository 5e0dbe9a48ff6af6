import { lstat, mkdtemp, realpath, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { Ledger } from '../ledger'

/** The file of every LedgerJournal made, in order: the journal is the one writer of the state file. */
const made = vi.hoisted(() => [] as string[])
vi.mock('../ledger-journal', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../ledger-journal')>()
  class Counted extends actual.LedgerJournal {
    constructor(...args: ConstructorParameters<typeof actual.LedgerJournal>) {
      super(...args)
      made.push(args[0])
    }
  }
  return { ...actual, LedgerJournal: Counted }
})

const entry = (n: number) => ({ source: `r/a:${n}`, digest: `sha256:${String(n).padStart(64, '0')}`, target: `t/a:${n}` })

beforeEach(() => {
  made.length = 0
})

describe('Ledger.load: the journal', () => {
  it('is made once, for the file a link leads to, and writes there', async () => {
    const dir = await realpath(await mkdtemp(join(tmpdir(), 'ledger-file-')))
    const real = join(dir, 'real.json')
    const link = join(dir, 'link.json')
    await new Ledger(real, [{ ...entry(1), firstMirrored: 'x', lastMirrored: 'y' }]).save()
    await symlink('real.json', link)
    made.length = 0
    const ledger = await Ledger.load(link)
    ledger.record(entry(2))
    await ledger.save()
    await ledger.release()
    expect(made).toEqual([real])
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect((await Ledger.load(real, { readOnly: true })).entries().map((e) => e.source)).toEqual(['r/a:1', 'r/a:2'])
  })

  it('is not made for a dry run, which writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ledger-file-'))
    await Ledger.load(join(dir, 'state.json'), { readOnly: true })
    expect(made).toEqual([])
  })
})
