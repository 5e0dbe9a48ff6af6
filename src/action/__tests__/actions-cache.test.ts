import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Ledger } from '../../sync/state/ledger'
import { actionsCache as cache } from '../actions-cache'
import { ledgerLocation, restoreLedger, saveLedger } from '../ledger-cache'
import { startCacheService, type CacheService } from './cache-service'

/** The ledger code with the real `@actions/cache` (through actionsCache), against a stand-in of the cache service on loopback. */
describe('the ledger in the real @actions/cache', () => {
  const saved = { ...process.env }
  let service: CacheService
  let dir: string
  const log = { info: () => undefined, warning: (message: string) => void warnings.push(message) }
  const warnings: string[] = []

  beforeAll(async () => {
    service = await startCacheService()
    dir = await mkdtemp(join(tmpdir(), 'actions-cache-'))
    await mkdir(join(dir, 'workspace'))
    Object.assign(process.env, {
      ACTIONS_CACHE_URL: service.url,
      ACTIONS_RUNTIME_TOKEN: 'runtime-token',
      GITHUB_WORKSPACE: join(dir, 'workspace'),
      RUNNER_TEMP: join(dir, 'runner-temp')
    })
    delete process.env.ACTIONS_CACHE_SERVICE_V2
  })
  afterAll(async () => {
    process.env = { ...saved }
    await service?.stop()
  })

  it('saves under a fresh key, restores the newest by prefix, and never overwrites a key', async () => {
    const path = join(dir, 'runner-temp', 'gcr-mirror', 'm', 'ledger.json')
    const at = (run: number) => ledgerLocation(path, 'm-0123', { GITHUB_RUN_ID: String(run), GITHUB_RUN_ATTEMPT: '1' })
    const entry = (tag: string) => ({ source: `r/a:${tag}`, digest: `sha256:${tag}`, target: `t/a:${tag}`, firstMirrored: 'x', lastMirrored: 'x' })

    expect(await cache.isFeatureAvailable()).toBe(true)
    const first = new Ledger(path, [entry('v1')])
    await first.save()
    expect(await saveLedger(at(1), first, '', cache, log)).toBe('saved')
    const second = new Ledger(path, [entry('v1'), entry('v2')])
    await second.save()
    expect(await saveLedger(at(2), second, '', cache, log)).toBe('saved')
    expect(service.entries.map((e) => e.key)).toEqual([at(1).key, at(2).key])

    await rm(path)
    const restored = await restoreLedger(at(3), { cache, log })
    expect(restored.origin).toBe('cache')
    expect(restored.ledger.entries().map((e) => e.source)).toEqual(['r/a:v1', 'r/a:v2'])

    expect(await saveLedger(at(2), restored.ledger, '', cache, log)).toBe('failed')
    expect(service.entries).toHaveLength(2)
    // A key taken already is a save the cache gave up on: said as a warning, never an overwrite.
    expect(warnings).toEqual([expect.stringMatching(/^Could not save the ledger to the Actions cache \(the cache service did not take it\)/)])
  })
})
