import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UsageError } from '../../oci/errors'
import { Ledger } from '../ledger'

const temp = () => mkdtemp(join(tmpdir(), 'ledger-'))
const entry = (n: number) => ({ source: `r/a:${n}`, digest: `sha256:${String(n).padStart(64, '0')}`, target: `t/a:${n}` })

describe('Ledger', () => {
  it('treats a missing file as empty and round-trips what it records', async () => {
    const path = join(await temp(), 'state.json')
    const ledger = await Ledger.load(path)
    expect(ledger.size).toBe(0)
    ledger.record(entry(1), new Date('2026-01-01T00:00:00Z'))
    ledger.record(entry(1), new Date('2026-02-01T00:00:00Z'))
    await ledger.save()
    const again = await Ledger.load(path)
    expect(again.get('r/a:1')).toMatchObject({ digest: entry(1).digest, firstMirrored: '2026-01-01T00:00:00.000Z', lastMirrored: '2026-02-01T00:00:00.000Z' })
  })

  it('coalesces concurrent saves and leaves no temporary files', async () => {
    const dir = await temp()
    const path = join(dir, 'state.json')
    const ledger = await Ledger.load(path)
    await Promise.all(Array.from({ length: 50 }, (_, n) => (ledger.record(entry(n)), ledger.save())))
    await ledger.save()
    expect((await Ledger.load(path)).size).toBe(50)
    expect(await readdir(dir)).toEqual(['state.json'])
  })

  it('serialises deterministically', async () => {
    const a = new Ledger(
      undefined,
      [entry(2), entry(1)].map((e) => ({ ...e, firstMirrored: 'x', lastMirrored: 'y' }))
    )
    const b = new Ledger(
      undefined,
      [entry(1), entry(2)].map((e) => ({ ...e, firstMirrored: 'x', lastMirrored: 'y' }))
    )
    expect(a.serialize()).toBe(b.serialize())
  })

  it.each([
    ['not JSON', '{nope', /not valid JSON/],
    ["someone else's JSON", '{"hello":1}', /not a gcr-mirror ledger/],
    ['a corrupt entry', '{"format":"gcr-mirror-ledger","version":1,"entries":[{"source":1}]}', /corrupt entry/],
    ['a newer version', '{"format":"gcr-mirror-ledger","version":99,"entries":[]}', /newer/]
  ])('refuses %s and leaves the file untouched', async (_name, text, message) => {
    const path = join(await temp(), 'state.json')
    await writeFile(path, text)
    await expect(Ledger.load(path)).rejects.toThrow(UsageError)
    await expect(Ledger.load(path)).rejects.toThrow(message)
    expect(await readFile(path, 'utf8')).toBe(text)
  })

  it('seeds only entries it does not have', () => {
    const ledger = new Ledger(undefined, [{ ...entry(1), firstMirrored: 'a', lastMirrored: 'a' }])
    const added = ledger.seed([
      { ...entry(1), digest: 'sha256:other', firstMirrored: 'b', lastMirrored: 'b' },
      { ...entry(2), firstMirrored: 'b', lastMirrored: 'b' }
    ])
    expect(added).toBe(1)
    expect(ledger.get('r/a:1')?.digest).toBe(entry(1).digest)
  })
})
