import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Ledger, type LedgerEntry } from '../../sync/state/ledger'
import { cachePath, ledgerLocation, restoreLedger, saveLedger, type LedgerLocation } from '../ledger-cache'
import { run as runPost } from '../post-step'
import { markLedgerSaved, markLedgerSaveFailed, saveLedgerState } from '../state-helper'
import { DiskCache } from './disk-cache'
import { stateEnv } from './runner-files'

const entry = (tag: string): LedgerEntry => ({
  source: `127.0.0.1:5001/corp/app:${tag}`,
  digest: `sha256:${tag.padStart(64, '0')}`,
  target: `127.0.0.1:5002/mirror/app:${tag}`,
  firstMirrored: '2026-01-01T00:00:00.000Z',
  lastMirrored: '2026-01-01T00:00:00.000Z'
})
const ledgerText = (...tags: string[]): string => new Ledger(undefined, tags.map(entry)).serialize()
const tagsOf = (ledger: Ledger): string[] => ledger.entries().map((e) => e.source.split(':').pop() as string)

function recorder() {
  const lines = { info: [] as string[], warning: [] as string[] }
  return { lines, info: (m: string) => void lines.info.push(m), warning: (m: string) => void lines.warning.push(m) }
}

let dir: string
let cache: DiskCache
const location = (run: number, attempt = 1): LedgerLocation =>
  ledgerLocation(join(dir, 'temp', 'ledger.json'), 'src-to-dst-0123abcd', { GITHUB_RUN_ID: String(run), GITHUB_RUN_ATTEMPT: String(attempt) })
/** A run on a new runner: the previous run's ledger file is gone, only the cache remains. */
async function newRunner(run: number): Promise<LedgerLocation> {
  await rm(location(run).path, { force: true })
  return location(run)
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ledger-cache-'))
  cache = new DiskCache(join(dir, 'cache'))
})

describe('ledgerLocation', () => {
  it('keys every run freshly (run id + attempt) under a prefix of the mirror', () => {
    expect(location(41, 2)).toEqual({
      path: join(dir, 'temp', 'ledger.json'),
      prefix: 'gcr-mirror-ledger-src-to-dst-0123abcd-',
      key: 'gcr-mirror-ledger-src-to-dst-0123abcd-41-2'
    })
  })
})

describe('restoreLedger', () => {
  it('restores the newest entry under the prefix, never another mirror’s', async () => {
    const here = location(9)
    await cache.put(`${here.prefix}1-1`, here.path, ledgerText('v1'))
    await cache.put(`${here.prefix}2-1`, here.path, ledgerText('v1', 'v2'))
    await cache.put('gcr-mirror-ledger-src-to-other-99999999-3-1', here.path, ledgerText('x'))
    const log = recorder()
    const restored = await restoreLedger(here, { cache, log })
    expect(restored).toMatchObject({ origin: 'cache', cached: true })
    expect(tagsOf(restored.ledger)).toEqual(['v1', 'v2'])
    expect(restored.digest).toMatch(/^[0-9a-f]{64}$/)
    expect(cache.calls).toEqual([`restore ${here.key} ${here.prefix}`])
    expect(log.lines.warning).toEqual([])
  })

  it('uses a ledger file already on disk without asking the cache', async () => {
    const here = location(9)
    await cache.put(`${here.prefix}1-1`, here.path, ledgerText('old'))
    await new Ledger(here.path, [entry('v7')]).save()
    const restored = await restoreLedger(here, { cache, log: recorder() })
    expect(restored.origin).toBe('file')
    expect(tagsOf(restored.ledger)).toEqual(['v7'])
    expect(cache.calls).toEqual([])
  })

  it('warns once where the cache service is absent and keeps the ledger in its file', async () => {
    const local = new DiskCache(join(dir, 'cache'), false)
    const log = recorder()
    const restored = await restoreLedger(location(1), { cache: local, log })
    expect(restored).toMatchObject({ origin: 'none', cached: false, digest: '' })
    expect(log.lines.warning).toHaveLength(1)
    expect(log.lines.warning[0]).toContain(location(1).path)
    restored.ledger.record(entry('v1'))
    await restored.ledger.save()
    expect(tagsOf(await Ledger.load(location(1).path))).toEqual(['v1'])
    expect(local.calls).toEqual([])
  })

  it('does not touch the cache when the cache input is false', async () => {
    const log = recorder()
    const restored = await restoreLedger(location(1), { log })
    expect(restored).toMatchObject({ origin: 'none', cached: false })
    expect(log.lines.warning).toEqual([])
    expect(cache.calls).toEqual([])
  })

  it('after an eviction, seeds the ledger from the metadata record', async () => {
    const log = recorder()
    const restored = await restoreLedger(location(5), {
      cache,
      fallback: async () => [entry('v1'), entry('v2')],
      fallbackName: 'the metadata record in o/m',
      log
    })
    expect(restored.origin).toBe('metadata')
    expect(tagsOf(restored.ledger)).toEqual(['v1', 'v2'])
    expect(log.lines.info.join('\n')).toContain('seeded 2 tags from the metadata record in o/m')
    await restored.ledger.save()
    expect(await saveLedger(location(5), restored.ledger, restored.digest, cache, log)).toBe('saved')
    expect(tagsOf(new Ledger(undefined, JSON.parse((await cache.text(location(5).key, location(5).path)) ?? '{}').entries))).toEqual(['v1', 'v2'])
  })

  it('without a metadata record (or when it can’t be read) starts empty and says the target is checked instead', async () => {
    const none = await restoreLedger(location(5), { cache, log: recorder() })
    expect(none.origin).toBe('none')
    const log = recorder()
    const failed = await restoreLedger(location(5), { cache, fallback: () => Promise.reject(new Error('HTTP 502')), fallbackName: 'the record', log })
    expect(failed.origin).toBe('none')
    expect(failed.ledger.size).toBe(0)
    expect(log.lines.warning[0]).toMatch(/could not read the record \(HTTP 502\).*checked on the target/)
  })

  it('treats an entry that restores no ledger at this path (saved on a runner with other paths) as a miss', async () => {
    const here = location(3)
    await cache.put(`${here.prefix}2-1`, '/elsewhere/ledger.json', ledgerText('v1'))
    const log = recorder()
    const restored = await restoreLedger(here, { cache, fallback: async () => [entry('v0')], fallbackName: 'the record', log })
    expect(restored).toMatchObject({ origin: 'metadata', cached: true, digest: '' })
    expect(tagsOf(restored.ledger)).toEqual(['v0'])
    expect(log.lines.warning).toEqual([
      `Cache entry ${here.prefix}2-1 holds no ledger at ${here.path} (saved on a runner with other paths?); starting without it`
    ])
  })

  it('moves a corrupt cached ledger aside and falls back', async () => {
    const here = location(3)
    await cache.put(`${here.prefix}2-1`, here.path, '{"not":"ours"}')
    const log = recorder()
    const restored = await restoreLedger(here, { cache, fallback: async () => [entry('v1')], log })
    expect(restored.origin).toBe('metadata')
    expect(await readFile(`${here.path}.corrupt`, 'utf8')).toBe('{"not":"ours"}')
    expect(log.lines.warning[0]).toContain('unusable')
  })
})

describe('saveLedger', () => {
  it('saves under a fresh key each run; the next run restores the newest', async () => {
    const first = await newRunner(1)
    const one = await restoreLedger(first, { cache, log: recorder() })
    one.ledger.record(entry('v1'))
    await one.ledger.save()
    expect(await saveLedger(first, one.ledger, one.digest, cache, recorder())).toBe('saved')

    const second = await newRunner(2)
    const two = await restoreLedger(second, { cache, log: recorder() })
    expect(tagsOf(two.ledger)).toEqual(['v1'])
    two.ledger.record(entry('v2'))
    await two.ledger.save()
    expect(await saveLedger(second, two.ledger, two.digest, cache, recorder())).toBe('saved')

    expect((await cache.entries()).map((e) => e.key)).toEqual([first.key, second.key])
    const third = await restoreLedger(await newRunner(3), { cache, log: recorder() })
    expect(tagsOf(third.ledger)).toEqual(['v1', 'v2'])
  })

  it('saves nothing when the ledger is unchanged or missing, and reports a refused key', async () => {
    const here = location(4)
    expect(await saveLedger(here, await Ledger.load(here.path), '', cache, recorder())).toBe('missing')
    await cache.put(`${here.prefix}1-1`, here.path, ledgerText('v1'))
    const restored = await restoreLedger(here, { cache, log: recorder() })
    await restored.ledger.save()
    expect(await saveLedger(here, restored.ledger, restored.digest, cache, recorder())).toBe('unchanged')
    restored.ledger.record(entry('v2'))
    await restored.ledger.save()
    await cache.put(here.key, here.path, 'taken')
    const log = recorder()
    expect(await saveLedger(here, restored.ledger, restored.digest, cache, log)).toBe('failed')
    // A save the cache gave up on (-1, a key taken by another job) is a warning, not a line of info.
    expect(log.lines.warning).toEqual([expect.stringMatching(/^Could not save the ledger to the Actions cache \(the cache service did not take it\)/)])
  })

  it('turns a throwing cache into a warning', async () => {
    const here = location(4)
    const ledger = new Ledger(here.path, [entry('v1')])
    await ledger.save()
    const broken = Object.assign(new DiskCache(join(dir, 'c2')), { saveCache: () => Promise.reject(new Error('503 from the cache')) })
    const log = recorder()
    expect(await saveLedger(here, ledger, '', broken, log)).toBe('failed')
    expect(log.lines.warning[0]).toContain('503 from the cache')
  })
})

describe('post step', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  /** Runs what the main step does up to the sync, with GITHUB_STATE as the runner gives it. */
  async function mainUntilSync(here: LedgerLocation) {
    process.env.GITHUB_STATE = join(dir, 'state')
    await writeFile(process.env.GITHUB_STATE, '')
    const restored = await restoreLedger(here, { cache, log: recorder() })
    saveLedgerState({ path: here.path, key: here.key, digest: restored.digest })
    return restored
  }

  it('saves what a failed main step finished, under a key of its own', async () => {
    const here = await newRunner(7)
    await cache.put(`${here.prefix}6-1`, here.path, ledgerText('v1'))
    const restored = await mainUntilSync(here)
    restored.ledger.record(entry('v2'))
    await restored.ledger.save()
    // The main step fails (or is cancelled) here, before its own save.
    Object.assign(process.env, await stateEnv(join(dir, 'state')))
    await runPost(cache)
    expect(cache.calls.at(-1)).toBe(`save ${here.key}-post`)
    const next = await restoreLedger(await newRunner(8), { cache, log: recorder() })
    expect(tagsOf(next.ledger)).toEqual(['v1', 'v2'])
  })

  it('says the main step tried when its save failed, and tries again, not that the step ended early', async () => {
    const here = await newRunner(9)
    const restored = await mainUntilSync(here)
    restored.ledger.record(entry('v3'))
    await restored.ledger.save()
    markLedgerSaveFailed()
    Object.assign(process.env, await stateEnv(join(dir, 'state')))
    const lines: string[] = []
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => lines.push(String(chunk)) > 0)
    try {
      await runPost(cache)
    } finally {
      spy.mockRestore()
    }
    expect(lines.join('')).toContain('The main step could not save the ledger to the Actions cache: trying again')
    expect(lines.join('')).not.toContain('ended before saving')
    expect(cache.calls.at(-1)).toBe(`save ${here.key}-post`)
  })

  it('does nothing when the main step saved, or never got to restore the ledger', async () => {
    const here = await newRunner(7)
    const restored = await mainUntilSync(here)
    restored.ledger.record(entry('v2'))
    await restored.ledger.save()
    markLedgerSaved()
    Object.assign(process.env, await stateEnv(join(dir, 'state')))
    await runPost(cache)
    for (const name of Object.keys(process.env).filter((n) => n.startsWith('STATE_'))) delete process.env[name]
    await runPost(cache)
    expect(cache.calls.filter((c) => c.startsWith('save'))).toEqual([])
  })
})

describe('cachePath', () => {
  it('spells a path under the home directory as ~/..., so runners with other temp folders share entries', () => {
    expect(cachePath('/home/runner/.cache/gcr-mirror/x/ledger.json', '/home/runner')).toBe('~/.cache/gcr-mirror/x/ledger.json')
    expect(cachePath('/srv/ledger.json', '/home/runner')).toBe('/srv/ledger.json')
    expect(cachePath('/home/runnerX/ledger.json', '/home/runner')).toBe('/home/runnerX/ledger.json')
  })
})
