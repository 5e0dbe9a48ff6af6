import { mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { UsageError } from '../../../oci/errors'
import { Ledger } from '../ledger'

const temp = () => mkdtemp(join(tmpdir(), 'ledger-'))
const entry = (n: number) => ({ source: `r/a:${n}`, digest: `sha256:${String(n).padStart(64, '0')}`, target: `t/a:${n}` })

/** The files of `dir` but the state file's lock, which the ledgers loaded in this process hold until they are released. */
async function unlocked(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => !name.endsWith('.lock'))
}

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

  it('forgets a removed entry for good once saved, even when the journal held it', async () => {
    const path = join(await temp(), 'state.json')
    const ledger = await Ledger.load(path)
    ledger.record(entry(1))
    ledger.record(entry(2))
    await ledger.commit()
    expect(ledger.remove('r/a:1')).toBe(true)
    expect(ledger.remove('r/a:1')).toBe(false)
    ledger.record(entry(3))
    await ledger.save()
    const again = await Ledger.load(path)
    expect(again.entries().map((e) => e.source)).toEqual(['r/a:2', 'r/a:3'])
  })

  it('coalesces concurrent saves and leaves no temporary files', async () => {
    const dir = await temp()
    const path = join(dir, 'state.json')
    const ledger = await Ledger.load(path)
    await Promise.all(Array.from({ length: 50 }, (_, n) => (ledger.record(entry(n)), ledger.save())))
    await ledger.save()
    expect((await Ledger.load(path)).size).toBe(50)
    expect(await unlocked(dir)).toEqual(['state.json'])
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

describe('Ledger journal', () => {
  it('makes a committed tag durable without rewriting the file, and replays it on load', async () => {
    const dir = await temp()
    const path = join(dir, 'state.json')
    const first = await Ledger.load(path)
    first.record(entry(1))
    await first.save()
    const before = await readFile(path, 'utf8')
    // A run killed after commit(): the tag is in the journal only.
    const killed = await Ledger.load(path)
    killed.record(entry(2))
    await killed.commit()
    expect(await readFile(path, 'utf8')).toBe(before)
    expect((await unlocked(dir)).sort()).toEqual(['state.json', 'state.json.journal'])
    const next = await Ledger.load(path)
    expect(next.get('r/a:2')?.digest).toBe(entry(2).digest)
    expect(next.changedSince(first.digest)).toBe(true)
    await next.save()
    expect(await unlocked(dir)).toEqual(['state.json'])
    expect((await Ledger.load(path)).size).toBe(2)
  })

  it('writes nothing when nothing was recorded, and knows it is unchanged', async () => {
    const dir = await temp()
    const path = join(dir, 'state.json')
    await new Ledger(path, [{ ...entry(1), firstMirrored: 'a', lastMirrored: 'a' }]).save()
    const { mtimeMs } = await stat(path)
    const ledger = await Ledger.load(path)
    await ledger.commit()
    await ledger.save()
    expect((await stat(path)).mtimeMs).toBe(mtimeMs)
    expect(ledger.changedSince(ledger.digest)).toBe(false)
    expect(ledger.changedSince('')).toBe(true)
    expect(await unlocked(dir)).toEqual(['state.json'])
  })

  it('drops a last journal line a kill cut short, and refuses a corrupt one before it', async () => {
    const dir = await temp()
    const path = join(dir, 'state.json')
    const line = JSON.stringify({ ...entry(1), firstMirrored: 'a', lastMirrored: 'a' })
    await writeFile(`${path}.journal`, `${line}\n{"source":"r/a:2","dig`)
    expect((await Ledger.load(path)).size).toBe(1)
    await writeFile(`${path}.journal`, `{"source":\n${line}\n`)
    await expect(Ledger.load(path)).rejects.toThrow(/state\.json\.journal: corrupt entry/)
  })

  it('recovers a journal set aside by a rewrite that a kill interrupted', async () => {
    const dir = await temp()
    const path = join(dir, 'state.json')
    const at = (n: number) => `${JSON.stringify({ ...entry(n), firstMirrored: 'a', lastMirrored: 'a' })}\n`
    await writeFile(`${path}.journal.old`, at(1))
    await writeFile(`${path}.journal`, at(2))
    const ledger = await Ledger.load(path)
    expect(ledger.entries().map((e) => e.source)).toEqual(['r/a:1', 'r/a:2'])
    await ledger.save()
    expect(await unlocked(dir)).toEqual(['state.json'])
    expect((await Ledger.load(path)).size).toBe(2)
  })

  it('rewrites the file in the background once the journal is as long as the file, keeping later tags', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const dir = await temp()
      const path = join(dir, 'state.json')
      const ledger = await Ledger.load(path)
      vi.setSystemTime(Date.now() + 2_000)
      ledger.record(entry(1))
      await ledger.commit()
      ledger.record(entry(2))
      await ledger.commit()
      // Let the background rewrite finish.
      for (let i = 0; i < 50 && (await readdir(dir)).includes('state.json.journal.old'); i++) await new Promise((r) => setTimeout(r, 10))
      await new Promise((r) => setTimeout(r, 50))
      const file = JSON.parse(await readFile(path, 'utf8')) as { entries: unknown[] }
      expect(file.entries.length).toBeGreaterThanOrEqual(1)
      expect((await Ledger.load(path)).size).toBe(2)
      await ledger.save()
      expect(await unlocked(dir)).toEqual(['state.json'])
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('Ledger sections', () => {
  it('keeps the same source apart per section, in the file and in the journal a kill leaves', async () => {
    const dir = await temp()
    const path = join(dir, 'state.json')
    const killed = await Ledger.load(path)
    killed.section('a').record(entry(1))
    killed.section('b').record({ ...entry(1), target: 'u/a:1' })
    await killed.commit()
    // Killed here: only the journal holds both, each line with its section.
    const journal = (await readFile(`${path}.journal`, 'utf8')).trim().split('\n')
    expect(journal.map((line) => (JSON.parse(line) as { section: string }).section)).toEqual(['a', 'b'])
    const next = await Ledger.load(path)
    expect(next.section('a').get('r/a:1')?.target).toBe('t/a:1')
    expect(next.section('b').get('r/a:1')?.target).toBe('u/a:1')
    expect(next.get('r/a:1')).toBeUndefined()
    expect(next.section('b').entries()).toHaveLength(1)
    expect(next.section('b').remove('r/a:1')).toBe(true)
    expect(next.section('a').get('r/a:1')).toBeDefined()
    await next.save()
    const text = await readFile(path, 'utf8')
    expect(text.split('\n')[0]).toBe('{"format":"gcr-mirror-ledger","version":2,"entries":[')
    expect((await Ledger.load(path)).entries()).toMatchObject([{ section: 'a', source: 'r/a:1', target: 't/a:1' }])
  })

  it('loads a flat version 1 file as the section of a single-mirror run, which a section reads through', async () => {
    const path = join(await temp(), 'state.json')
    const flat = `{"format":"gcr-mirror-ledger","version":1,"entries":[${JSON.stringify({ ...entry(1), firstMirrored: 'a', lastMirrored: 'a' })}]}`
    await writeFile(path, flat)
    const ledger = await Ledger.load(path)
    expect(ledger.get('r/a:1')?.digest).toBe(entry(1).digest)
    expect(ledger.section('a').get('r/a:1')?.digest).toBe(entry(1).digest)
    expect(ledger.section('a').entries()).toEqual([])
    // A single-mirror run keeps writing version 1, so older gcr-mirror versions still read it.
    ledger.record(entry(2))
    await ledger.save()
    expect((await readFile(path, 'utf8')).split('\n')[0]).toBe('{"format":"gcr-mirror-ledger","version":1,"entries":[')
  })
})

describe('Ledger resume points', () => {
  it('keeps where the next run starts listing, per section, and loads files without one', async () => {
    const path = join(await temp(), 'state.json')
    // A file as earlier versions wrote it: no resume point.
    const old = `{"format":"gcr-mirror-ledger","version":1,"entries":[\n${JSON.stringify({ ...entry(1), firstMirrored: 'x', lastMirrored: 'x' })}\n]}\n`
    await writeFile(path, old)
    const ledger = await Ledger.load(path)
    expect(ledger.resumeAt()).toBeUndefined()
    ledger.setResumeAt('app/r07')
    ledger.section('hub').setResumeAt('lib/x')
    await ledger.save()
    await ledger.release()
    const text = await readFile(path, 'utf8')
    expect(text.split('\n')[0]).toBe('{"format":"gcr-mirror-ledger","version":1,"resume":{"":"app/r07","hub":"lib/x"},"entries":[')
    const again = await Ledger.load(path)
    expect(again.resumeAt()).toBe('app/r07')
    expect(again.section('hub').resumeAt()).toBe('lib/x')
    expect(again.get('r/a:1')?.digest).toBe(entry(1).digest)
    // Cleared once a run lists everything; an unchanged point writes nothing.
    again.setResumeAt(undefined)
    again.section('hub').setResumeAt(undefined)
    await again.save()
    await again.release()
    expect(await readFile(path, 'utf8')).toBe(old)
  })

  it('reads a resume point from a file spelt otherwise (parsed whole), and ignores a malformed one', async () => {
    const dir = await temp()
    const spelt = join(dir, 'spelt.json')
    await writeFile(spelt, JSON.stringify({ format: 'gcr-mirror-ledger', version: 2, resume: { '': 'b', x: 3 }, entries: [] }, null, 2))
    const ledger = await Ledger.load(spelt)
    expect(ledger.resumeAt()).toBe('b')
    expect(ledger.section('x').resumeAt()).toBeUndefined()
    await ledger.release()
  })
})
