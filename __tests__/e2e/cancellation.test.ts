import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, randomLayer } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runActionMain, runCli } from './cli'

interface ReportImage {
  source: string
  status: string
  error: string | null
  cause?: { side?: string; kind: string }
}

/**
 * Cancellation belongs to the run (issue 21, items 3 and 4): work several tags share runs under the
 * run's signal, each tag bounded by its own deadline; a fatal refusal stops everything in flight,
 * and the run ends only once it has settled, its stores closed and its ledger saved, in that order.
 */
describe('cancellation', () => {
  let source: TestRegistry
  let target: TestRegistry
  const proxies: TestProxy[] = []
  let dir: string

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    dir = await mkdtemp(join(tmpdir(), 'cancellation-'))
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop(), ...proxies.map((proxy) => proxy.stop())])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('a tag whose deadline passes while it waits for a shared blob does not fail the tag that waits for it too', async () => {
    // Tags 1-a and 3-b share a slow layer (8 s to download); 2-x has a layer of its own that takes 4 s.
    // With two tags at once, 1-a and 2-x start together, 3-b when 2-x is done (about 4 s in), joining
    // 1-a's upload of the shared layer. 1-a's 6 s deadline passes before that layer arrives; 3-b's
    // runs until about 10 s, after it has.
    const shared = randomLayer(32 * 1024, 301)
    const own = randomLayer(32 * 1024, 302)
    const a = await pushImage(source, 'slow/app', '1-a', { layers: [shared], config: { tag: 'a' } })
    const x = await pushImage(source, 'slow/app', '2-x', { layers: [own] })
    const b = await pushImage(source, 'slow/app', '3-b', { layers: [shared], config: { tag: 'b' } })
    const sharedDigest = a.blobs[1]
    const ownDigest = x.blobs[1]
    expect(b.blobs[1]).toBe(sharedDigest)
    // The slow layers trickle (never quiet for long): a request that waits longer than --tag-timeout
    // for any answer is dead for every tag and cut, but a slow transfer is not.
    const proxy = await startProxy(source.url, {
      pace: (req) => (req.method !== 'GET' ? undefined : req.path.endsWith(sharedDigest) ? 8_000 : req.path.endsWith(ownDigest) ? 4_000 : undefined)
    })
    proxies.push(proxy)
    const report = join(dir, 'shared.json')
    const run = await runCli([
      'sync',
      '--source',
      `${proxy.host}/slow`,
      '--target',
      `${target.host}/shared`,
      '--report',
      report,
      '--quiet',
      '--concurrency',
      '2',
      '--tag-timeout',
      '6s'
    ])
    const images = (await readJson<{ images: ReportImage[] }>(report)).images
    expect(run.code, JSON.stringify({ images, requests: proxy.requests })).toBe(1)
    const byTag = (tag: string): ReportImage => images.find((image) => image.source.endsWith(`:${tag}`))!
    expect(byTag('1-a').status).toBe('failed')
    expect(byTag('1-a').error).toMatch(/^timed out after 6000 ms/)
    expect(byTag('1-a').cause).toEqual({ kind: 'timeout' })
    expect(byTag('2-x').status).toBe('copied')
    // The tag that waited with time left is not failed by the other's deadline.
    expect(byTag('3-b'), JSON.stringify(byTag('3-b'))).toMatchObject({ status: 'copied', error: null })
    expect(await manifestDigest(target, 'shared/app', '3-b')).toBe(b.digest)
    const blob = await fetch(`${target.url}/v2/shared/app/blobs/${sharedDigest}`, { method: 'HEAD' })
    expect(blob.status).toBe(200)
    // The shared layer was read once: 3-b joined the upload 1-a started instead of starting its own.
    expect(proxy.requests.filter((r) => r.method === 'GET' && r.path.endsWith(sharedDigest))).toHaveLength(1)
  }, 60_000)

  it('a refusal of the first upload stops every tag in flight, then closes, saves and unlocks, and prints nothing after its last line', async () => {
    // 30 tags; the target already has the first 5 (found there and recorded), and refuses every upload
    // with 403. It answers for the tags from t10 on slowly, so that their checks are still in flight
    // when the refusal ends the run.
    const tags = Array.from({ length: 30 }, (_, i) => `t${String(i).padStart(2, '0')}`)
    for (const [i, tag] of tags.entries()) {
      const spec = { layers: [randomLayer(1024, 400 + i)] }
      await pushImage(source, 'refused/app', tag, spec)
      if (i < 5) await pushImage(target, 'refused-mirror/app', tag, spec)
    }
    const proxy = await startProxy(target.url, {
      rewrite: async (req, upstream) => {
        const tag = /\/manifests\/t(\d+)$/.exec(req.path)
        if (req.method === 'HEAD' && tag && Number(tag[1]) >= 10) {
          await sleep(1_500)
          return { status: upstream.status, body: Buffer.alloc(0) }
        }
        if (req.method !== 'POST' || !req.path.includes('/blobs/uploads/')) return undefined
        // Slow enough that the tags found on the target are recorded first, and others queue behind the probe.
        await sleep(300)
        void upstream
        return { status: 403, body: Buffer.from(JSON.stringify({ errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }] })) }
      }
    })
    proxies.push(proxy)
    const stateDir = join(dir, 'refused')
    const state = join(stateDir, 'state.json')
    const run = await runCli(['sync', '--source', `${source.host}/refused`, '--target', `${proxy.host}/refused-mirror`, '--state-file', state, '--quiet'])
    expect(run.stderr).not.toMatch(/client is destroyed/i)
    const lines = run.stderr.trimEnd().split('\n')
    // The error is the last thing printed, and it says the run had recorded tags (not "before any copy").
    expect(lines[lines.length - 1]).toMatch(/^gcr-mirror: .*denied.*; the run stopped there, after 5 tags recorded in the ledger$/)
    expect(run.stdout).toBe('')
    // Tags were recorded, so this is not a failure found before any copy (exit 2) but a run that stopped (exit 1).
    expect(run.code).toBe(1)
    // The ledger holds the tags found on the target; the journal was folded in and the lock let go last.
    const ledger = JSON.parse(await readFile(state, 'utf8')) as { entries: Array<{ source: string }> }
    expect(ledger.entries.map((entry) => entry.source.split(':').pop()).sort()).toEqual(tags.slice(0, 5))
    expect((await readdir(stateDir)).sort()).toEqual(['state.json'])
    // No tag request reached the target after the run's refusal had been answered.
    const refusedAt = proxy.requests.find((r) => r.method === 'POST')!.at!
    const after = proxy.requests.filter((r) => r.at! > refusedAt + 300 && r.method !== 'DELETE')
    expect(after.map((r) => `${r.method} ${r.path}`)).toEqual([])

    // The action's main step ends the same way: its failure is the last line of its log.
    const job = join(dir, 'refused-action')
    const action = await runActionMain({ source: `${source.host}/refused`, target: `${proxy.host}/refused-mirror`, 'state-file': join(job, 'state.json') }, job)
    expect(action.log).not.toMatch(/client is destroyed/i)
    expect(action.log.trimEnd().split('\n').pop()).toMatch(/^::error::.*denied.*; the run stopped there, after 5 tags recorded in the ledger$/)
    expect(action.code).toBe(1)
  }, 90_000)
})
