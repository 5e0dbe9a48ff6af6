import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Ledger } from '../ledger'
import { mergeSorted } from '../ledger-order'

const temp = () => mkdtemp(join(tmpdir(), 'ledger-lines-'))
const entry = (n: number) => ({ source: `r/a:${n}`, digest: `sha256:${String(n).padStart(64, '0')}`, target: `t/a:${n}` })
const line = (n: number, extra: Record<string, unknown> = {}) => JSON.stringify({ ...entry(n), firstMirrored: 'x', lastMirrored: 'x', ...extra })
const HEAD = '{"format":"gcr-mirror-ledger","version":1,"entries":['
const file = (lines: string[], separator = ',\n') => `${HEAD}\n${lines.join(separator)}\n]}\n`

/** Loads `text` as a state file, lets `change` work on it, saves; the file written and the ledger as a fresh load reads it. */
async function rewrite(text: string | Buffer, change: (ledger: Ledger) => void): Promise<{ written: string; sources: string[] }> {
  const path = join(await temp(), 'state.json')
  await writeFile(path, text)
  const ledger = await Ledger.load(path)
  change(ledger)
  await ledger.save()
  await ledger.release()
  const again = await Ledger.load(path)
  const sources = again.entries().map((e) => e.source)
  await again.release()
  return { written: await readFile(path, 'utf8'), sources }
}

describe('Ledger rewrite of the lines loaded', () => {
  it('copies unchanged lines byte for byte (unknown fields kept), writes changed and new ones, drops removed ones', async () => {
    const { written } = await rewrite(file([line(1, { later: { kept: true } }), line(3), line(5), line(7, { note: 'é ✓' }), line(9)]), (ledger) => {
      ledger.record(entry(4), new Date('2026-01-01T00:00:00Z'))
      ledger.record({ ...entry(5), digest: 'sha256:moved' }, new Date('2026-01-01T00:00:00Z'))
      ledger.remove('r/a:9')
      ledger.record(entry(10), new Date('2026-01-01T00:00:00Z'))
    })
    const stamp = { firstMirrored: '2026-01-01T00:00:00.000Z', lastMirrored: '2026-01-01T00:00:00.000Z' }
    expect(written).toBe(
      file([
        line(1, { later: { kept: true } }),
        JSON.stringify({ ...entry(10), ...stamp }),
        line(3),
        JSON.stringify({ ...entry(4), ...stamp }),
        JSON.stringify({ ...entry(5), digest: 'sha256:moved', firstMirrored: 'x', lastMirrored: stamp.lastMirrored }),
        line(7, { note: 'é ✓' })
      ])
    )
    expect(JSON.parse(written)).toMatchObject({ entries: { length: 6 } })
  })

  it('writes what a ledger built from the same entries writes', async () => {
    const entries = [3, 1, 2].map((n) => ({ ...entry(n), firstMirrored: 'x', lastMirrored: 'x' }))
    const built = new Ledger(undefined, entries).serialize()
    const { written } = await rewrite(built, (ledger) => ledger.record(entry(0), new Date('2026-01-01T00:00:00Z')))
    const expected = new Ledger(undefined, [...entries, { ...entry(0), firstMirrored: '2026-01-01T00:00:00.000Z', lastMirrored: '2026-01-01T00:00:00.000Z' }])
    expect(written).toBe(expected.serialize())
  })

  it('sorts a file whose lines are not sorted', async () => {
    const { written, sources } = await rewrite(file([line(3), line(1), line(2)]), (ledger) => ledger.record(entry(0)))
    expect(sources).toEqual(['r/a:0', 'r/a:1', 'r/a:2', 'r/a:3'])
    expect(written.split('\n').slice(2, 5)).toEqual([`${line(1)},`, `${line(2)},`, `${line(3)}`])
  })

  it('reads lines missing the comma between them as before, and writes them back as valid JSON', async () => {
    const { written, sources } = await rewrite(file([line(1), line(2), line(3)], '\n'), (ledger) => ledger.record(entry(4)))
    expect(sources).toEqual(['r/a:1', 'r/a:2', 'r/a:3', 'r/a:4'])
    expect(JSON.parse(written)).toMatchObject({ entries: { length: 4 } })
  })

  it('writes a file with bytes that are not UTF-8 as it reads them (replacement characters), never the raw bytes', async () => {
    const text = Buffer.from(file([line(1, { note: 'AB' }), line(2)]))
    text[text.indexOf('AB')] = 0xff
    const { written } = await rewrite(text, (ledger) => ledger.record(entry(3)))
    expect(written).toContain('"note":"\uFFFDB"')
    expect(JSON.parse(written)).toMatchObject({ entries: { length: 3 } })
  })

  it('refuses a file whose last entry line ends with a comma as not valid JSON', async () => {
    const path = join(await temp(), 'state.json')
    await writeFile(path, `${HEAD}\n${line(1)},\n${line(2)},\n]}\n`)
    await expect(Ledger.load(path)).rejects.toThrow(/not valid JSON/)
  })

  it('refuses a corrupt entry line with the entry named, and a line that is not JSON as not valid JSON', async () => {
    const dir = await temp()
    await writeFile(join(dir, 'a.json'), file([line(1), '{"source":"r/a:2","digest":7,"target":"t"}']))
    await expect(Ledger.load(join(dir, 'a.json'))).rejects.toThrow(/a\.json: corrupt entry \{"source":"r\/a:2"/)
    await writeFile(join(dir, 'b.json'), file([line(1), '{"source":"r/a:2",']))
    await expect(Ledger.load(join(dir, 'b.json'))).rejects.toThrow(/b\.json: not valid JSON/)
  })
})

describe('Ledger order after removals', () => {
  it('keeps entries sorted and each once when tags are removed, added again and added', async () => {
    const { written, sources } = await rewrite(file([1, 2, 3, 4, 5].map((n) => line(n))), (ledger) => {
      ledger.remove('r/a:2')
      ledger.remove('r/a:4')
      ledger.record(entry(4))
      ledger.record(entry(0))
      ledger.record(entry(6))
      ledger.remove('r/a:6')
      expect(ledger.entries().map((e) => e.source)).toEqual(['r/a:0', 'r/a:1', 'r/a:3', 'r/a:4', 'r/a:5'])
      ledger.remove('r/a:0')
      ledger.record(entry(0))
    })
    expect(sources).toEqual(['r/a:0', 'r/a:1', 'r/a:3', 'r/a:4', 'r/a:5'])
    expect((JSON.parse(written) as { entries: unknown[] }).entries).toHaveLength(5)
    expect(written.split('\n').slice(2, 4)).toEqual([`${line(1)},`, `${line(3)},`])
  })

  it('merges sorted lists each key once', () => {
    expect(mergeSorted(['a', 'c', 'e'], ['b', 'b', 'c', 'f'])).toEqual(['a', 'b', 'c', 'e', 'f'])
    expect(mergeSorted([], ['a'])).toEqual(['a'])
    expect(mergeSorted(['a'], [])).toEqual(['a'])
  })
})
