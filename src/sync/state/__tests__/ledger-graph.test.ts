import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Ledger } from '../ledger'
import { parseLedger } from '../ledger-format'

const hex = (n: number): string => n.toString(16).padStart(64, '0')
const digest = (n: number): string => `sha256:${hex(n)}`
const entry = (n: number, top = digest(n)) => ({ source: `r/a:${n}`, digest: top, target: `t/a:${n}` })

describe('Ledger graph (what mirrored manifests reference, for --verify)', () => {
  it('round-trips the graph and the rotation count; nodes are shared, unreachable ones dropped at the rewrite', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'ledger-graph-')), 'state.json')
    const ledger = await Ledger.load(path)
    ledger.record(entry(1))
    ledger.record(entry(2, digest(100)))
    // Tag 1 is an index of two children sharing a base layer; tag 2 (another repository) is one of those children.
    ledger.addNodes([
      [digest(1), { manifests: [digest(100), digest(101)], blobs: [] }],
      [digest(100), { manifests: [], blobs: [digest(200), digest(201)] }],
      [digest(101), { manifests: [], blobs: [digest(200), digest(202)] }],
      [digest(999), { manifests: [], blobs: [digest(203)] }]
    ])
    expect(ledger.verifyRound()).toBe(1)
    expect(ledger.verifyRound()).toBe(1)
    await ledger.save()
    await ledger.release()

    const text = await readFile(path, 'utf8')
    expect(text).toContain(`"${hex(100)}":{"b":["${hex(200)}","${hex(201)}"]}`)
    expect(text).not.toContain(hex(999))
    expect(text).not.toContain(hex(203))
    const again = await Ledger.load(path)
    expect(again.node(digest(1))).toEqual({ manifests: [digest(100), digest(101)], blobs: [] })
    expect(again.node(digest(101))).toEqual({ manifests: [], blobs: [digest(200), digest(202)] })
    expect(again.node(digest(999))).toBeUndefined()
    expect(again.entries().map((e) => e.source)).toEqual(['r/a:1', 'r/a:2'])
    expect(again.verifyRound()).toBe(2)
    // A section sees the one graph.
    expect(again.section('other').node(digest(100))).toEqual(again.node(digest(100)))
    await again.save()
    await again.release()
    expect((await readFile(path, 'utf8')).replace('"verifyRound":2', '"verifyRound":1')).toBe(text)
  })

  it('loads a state file written before the graph, and older readers (parsed whole) still find the entries', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'ledger-graph-')), 'state.json')
    const old = `{"format":"gcr-mirror-ledger","version":1,"entries":[\n${JSON.stringify({ ...entry(1), firstMirrored: 'x', lastMirrored: 'x' })}\n]}\n`
    await writeFile(path, old)
    const ledger = await Ledger.load(path)
    expect(ledger.get('r/a:1')?.digest).toBe(digest(1))
    expect(ledger.node(digest(1))).toBeUndefined()
    ledger.addNodes([[digest(1), { manifests: [], blobs: [digest(2)] }]])
    await ledger.save()
    await ledger.release()
    const written = await readFile(path, 'utf8')
    // What a version that knows nothing of the graph does: JSON.parse the whole file and read `entries`.
    expect((JSON.parse(written) as { entries: unknown[] }).entries).toHaveLength(1)
    expect(parseLedger(written, path).map((e) => e.source)).toEqual(['r/a:1'])
  })
})
