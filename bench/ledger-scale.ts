import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ledger } from '../src/sync/state/ledger'
import { timeIt } from './measure'

/** The ledger at scale: one load and one save of a ledger of `entries` tags, after one more tag. */
export interface LedgerScale {
  entries: number
  bytes: number
  /** The first write of the whole ledger (every line serialised). */
  firstSave: { ms: number; cpuMs: number }
  load: { ms: number; cpuMs: number }
  /** The save of a run that recorded one more tag (the next run's rewrite). */
  save: { ms: number; cpuMs: number }
  /** A run's save when it recorded nothing (no write at all). */
  noopSave: { ms: number; cpuMs: number }
  /** One tag recorded and made durable (journal append and fsync), median of 50. */
  commitMs: number
  /** A first run's ledger work for 1,000 and 10,000 tags, 8 at once (record, commit each, final save). */
  firstRun: { tags1k: { ms: number; cpuMs: number }; tags10k: { ms: number; cpuMs: number } }
}

/** The ledger side of a first mirror of `tags` tags, `concurrency` at once: each one recorded and committed, then saved. */
async function firstRun(dir: string, tags: number, concurrency = 8): Promise<{ ms: number; cpuMs: number }> {
  const ledger = await Ledger.load(join(dir, `first-${tags}.json`))
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < tags) {
      ledger.record(tagEntry(next++))
      await ledger.commit()
    }
  }
  return pick(
    await timeIt(async () => {
      await Promise.all(Array.from({ length: concurrency }, worker))
      await ledger.save()
    })
  )
}

/** A source reference like gcr.io's: 500 repositories, tags spread over them. */
const tagEntry = (i: number) => ({
  source: `gcr.io/google-containers/repo-${i % 500}/image:v1.${i}`,
  digest: `sha256:${i.toString(16).padStart(64, '0')}`,
  target: `registry.example.com/mirror/repo-${i % 500}/image:v1.${i}`,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  platforms: ['linux/amd64', 'linux/arm64']
})

/** Times the ledger of `entries` tags in this process: wall and CPU time of a load and a save. */
export async function ledgerScale(entries: number, log: (line: string) => void): Promise<LedgerScale> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-ledger-'))
  try {
    const path = join(dir, 'ledger.json')
    const built = new Ledger(path)
    for (let i = 0; i < entries; i++) built.record(tagEntry(i))
    const firstSave = await timeIt(() => built.save())
    const { size: bytes } = await import('node:fs/promises').then((fs) => fs.stat(path))
    const load = await timeIt(() => Ledger.load(path))
    const ledger = load.value
    ledger.record(tagEntry(entries))
    const save = await timeIt(() => ledger.save())
    const noopLedger = await Ledger.load(path)
    const noopSave = await timeIt(() => noopLedger.save())
    const commits: number[] = []
    for (let i = 1; i <= 50; i++) {
      ledger.record(tagEntry(entries + i))
      commits.push((await timeIt(() => ledger.commit())).ms)
    }
    await ledger.save()
    commits.sort((a, b) => a - b)
    const result = {
      entries,
      bytes,
      firstSave: pick(firstSave),
      load: pick(load),
      save: pick(save),
      noopSave: pick(noopSave),
      commitMs: commits[25],
      firstRun: { tags1k: await firstRun(dir, 1_000), tags10k: await firstRun(dir, 10_000) }
    }
    log(
      `ledger ${entries} tags (${(bytes / 1e6).toFixed(1)} MB): load ${result.load.ms.toFixed(0)} ms (cpu ${result.load.cpuMs.toFixed(0)}), save ${result.save.ms.toFixed(0)} ms (cpu ${result.save.cpuMs.toFixed(0)}), no-op save ${result.noopSave.ms.toFixed(1)} ms, commit ${result.commitMs.toFixed(1)} ms; ` +
        `first run 1,000 tags ${result.firstRun.tags1k.ms.toFixed(0)} ms, 10,000 tags ${result.firstRun.tags10k.ms.toFixed(0)} ms ` +
        `(${(result.firstRun.tags10k.ms / (10 * result.firstRun.tags1k.ms)).toFixed(2)}x ten times 1,000)`
    )
    return result
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const pick = ({ ms, cpuMs }: { ms: number; cpuMs: number }) => ({ ms, cpuMs })

if (process.argv[1]?.endsWith('ledger-scale.ts')) {
  await ledgerScale(Number(process.argv[2] ?? 100_000), console.log)
}
