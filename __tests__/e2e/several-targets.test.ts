import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushImage, pushIndex, randomLayer } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runActionMain, runCli } from './cli'

const run = promisify(execFile)

/** The exact manifest bytes a registry serves, as skopeo reads them. */
async function rawManifest(reference: string): Promise<string> {
  const { stdout } = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`])
  return stdout
}

/** What a proxy saw, counted by method and kind of path. */
function requestKinds(proxy: TestProxy): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const r of proxy.requests) {
    const kind = /\/(blobs|manifests|tags|referrers)\//.exec(r.path)?.[1] ?? (r.path === '/v2/' ? 'v2' : r.path)
    counts[`${r.method} ${kind}`] = (counts[`${r.method} ${kind}`] ?? 0) + 1
  }
  return counts
}

const BLOB_GET = /^\/v2\/.+\/blobs\/sha256:[a-f0-9]{64}$/
const TAGS = ['mirror/app:1.0', 'mirror/app:1.1', 'mirror/base:2', 'mirror/multi:3']

interface Report {
  copied: number
  failed: number
  images: Array<{ source: string; target: string; status: string; digest: string; reason?: string }>
  mirrors: Array<{ name: string; copied: number; skipped: number; failed: number; error?: string }>
}

/** `--target` repeated: one source read once into several targets at the same time. */
describe('gcr-mirror sync into several targets', () => {
  let source: TestRegistry
  let reads: TestProxy
  let fast: TestRegistry
  let slowRegistry: TestRegistry
  let slow: TestProxy
  let single: TestRegistry
  let dir: string
  let blobs: number
  /** The requests of a one-target run, by kind (`GET manifests`, `GET tags`...). */
  let oneRun: Record<string, number>

  beforeAll(async () => {
    ;[source, fast, slowRegistry, single] = await Promise.all([startRegistry(), startRegistry(), startRegistry(), startRegistry()])
    // Every source request is counted; the slow target answers each request 40 ms late.
    reads = await startProxy(source.url)
    slow = await startProxy(slowRegistry.url, { delayMs: 40 })
    dir = await mkdtemp(join(tmpdir(), 'several-targets-'))
    const shared = randomLayer(256 * 1024, 800)
    await pushImage(source, 'mirror/app', '1.0', { layers: [shared, randomLayer(128 * 1024, 801)] })
    await pushImage(source, 'mirror/app', '1.1', { layers: [shared, randomLayer(128 * 1024, 802)] })
    await pushImage(source, 'mirror/base', '2', { layers: [shared] })
    await pushIndex(source, 'mirror/multi', '3', {
      images: [
        { platform: { os: 'linux', architecture: 'amd64' }, layers: [randomLayer(64 * 1024, 803)] },
        { platform: { os: 'linux', architecture: 'arm64' }, layers: [randomLayer(64 * 1024, 804)] }
      ]
    })
    // The blobs a one-target run reads: the floor a two-target run must not pass.
    reads.reset()
    const one = await runCli([
      'sync',
      '--source',
      `${reads.host}/mirror`,
      '--target',
      `${single.host}/copy`,
      '--state-file',
      join(dir, 'single.json'),
      '--quiet'
    ])
    expect(one.code, one.stderr).toBe(0)
    blobs = reads.requests.filter((r) => r.method === 'GET' && BLOB_GET.test(r.path)).length
    oneRun = requestKinds(reads)
    expect(blobs).toBeGreaterThanOrEqual(6)
  })

  afterAll(async () => {
    await Promise.allSettled([reads?.stop(), slow?.stop(), source?.stop(), fast?.stop(), slowRegistry?.stop(), single?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('reads each source blob once for two targets, one of them slow; both serve every tag byte for byte; a rerun reads no blob', async () => {
    const state = join(dir, 'two.json')
    const report = join(dir, 'two-report.json')
    reads.reset()
    const args = [
      'sync',
      '--source',
      `${reads.host}/mirror`,
      '--target',
      `${fast.host}/copy`,
      '--target',
      `${slow.host}/copy`,
      '--state-file',
      state,
      '--report',
      report
    ]
    const first = await runCli([...args, '--quiet'])
    expect(first.code, first.stderr).toBe(0)
    const got = reads.requests.filter((r) => r.method === 'GET' && BLOB_GET.test(r.path))
    expect(got.length).toBe(blobs)
    // Listings are asked once too. A HEAD or manifest one mirror asks twice (a tag checked again before
    // its commit) before the other asks once is asked again: at most one more a tag, far from twice.
    const twoRun = requestKinds(reads)
    expect(Object.keys(twoRun).sort()).toEqual(Object.keys(oneRun).sort())
    expect(twoRun['GET tags']).toBe(oneRun['GET tags'])
    const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0)
    expect(total(twoRun)).toBeLessThanOrEqual(total(oneRun) + TAGS.length)
    expect(new Set(got.map((r) => r.path.split('/blobs/')[1])).size).toBe(got.length)
    const written = await readJson<Report>(report)
    expect(written.copied).toBe(2 * TAGS.length)
    expect(written.mirrors.map((m) => m.copied)).toEqual([TAGS.length, TAGS.length])
    for (const tag of TAGS) {
      const [repository, name] = tag.split(':')
      const original = await rawManifest(`${source.host}/${tag}`)
      expect(await rawManifest(`${fast.host}/copy/${repository.slice('mirror/'.length)}:${name}`)).toBe(original)
      expect(await rawManifest(`${slowRegistry.host}/copy/${repository.slice('mirror/'.length)}:${name}`)).toBe(original)
    }
    // One ledger section a target.
    const ledger = await readJson<{ entries?: Array<{ section?: string }> } & Record<string, unknown>>(state)
    const sections = new Set(JSON.stringify(ledger).match(/"section":"[^"]+"/g))
    expect(sections.size).toBe(2)

    reads.reset()
    const again = await runCli([...args, '--quiet'])
    expect(again.code, again.stderr).toBe(0)
    expect(reads.requests.filter((r) => BLOB_GET.test(r.path))).toHaveLength(0)
    expect((await readJson<Report>(report)).copied).toBe(0)
  })

  it('a ledger of one target keeps serving it when a second target is added', async () => {
    const added = await startRegistry()
    const report = join(dir, 'added-report.json')
    try {
      const args = ['--target', `${single.host}/copy`, '--target', `${added.host}/copy`, '--state-file', join(dir, 'single.json'), '--report', report]
      const result = await runCli(['sync', '--source', `${reads.host}/mirror`, ...args, '--quiet'])
      expect(result.code, result.stderr).toBe(0)
      const written = await readJson<Report>(report)
      expect(written.mirrors.map((m) => [m.copied, m.skipped])).toEqual([
        [0, TAGS.length],
        [TAGS.length, 0]
      ])
      // Skipped by the ledger the one-target run wrote, not by asking the target again.
      const kept = written.images.filter((image) => image.target.startsWith(single.host))
      expect(kept.map((image) => image.reason)).toEqual(TAGS.map(() => 'ledger'))
    } finally {
      await added.stop()
    }
  })

  it('a target that fails fails only its own mirror: the other gets every tag, the run exits 1', async () => {
    const report = join(dir, 'broken-report.json')
    const target = await startRegistry()
    try {
      const result = await runCli([
        'sync',
        '--source',
        `${reads.host}/mirror`,
        '--target',
        `127.0.0.1:9/copy`,
        '--target',
        `${target.host}/copy`,
        '--state-file',
        join(dir, 'broken.json'),
        '--report',
        report,
        '--quiet'
      ])
      expect(result.code, result.stderr).toBe(1)
      const written = await readJson<Report>(report)
      expect(written.mirrors[0].error).toMatch(/127\.0\.0\.1:9/)
      expect(written.mirrors[1]).toMatchObject({ copied: TAGS.length, failed: 0 })
      expect(await rawManifest(`${target.host}/copy/multi:3`)).toBe(await rawManifest(`${source.host}/mirror/multi:3`))
    } finally {
      await target.stop()
    }
  })

  it('takes targets one a line in the action and as `targets` in a config; a target named twice is refused before any copy', async () => {
    const one = await startRegistry()
    const two = await startRegistry()
    try {
      const action = await runActionMain({ source: `${source.host}/mirror`, target: `${one.host}/a\n${two.host}/a`, cache: 'false' }, dir)
      expect(action.code, action.log).toBe(0)
      expect(await rawManifest(`${two.host}/a/app:1.1`)).toBe(await rawManifest(`${source.host}/mirror/app:1.1`))
      const config = join(dir, 'targets.yaml')
      await writeFile(config, `mirrors:\n  - source: ${source.host}/mirror\n    targets: [${one.host}/b, ${two.host}/b]\n    include-tags: ['^2$']\n`)
      const fromConfig = await runCli(['sync', '--config', config, '--state-file', join(dir, 'config.json'), '--quiet'])
      expect(fromConfig.code, fromConfig.stderr).toBe(0)
      expect(await rawManifest(`${one.host}/b/base:2`)).toBe(await rawManifest(`${source.host}/mirror/base:2`))
      expect(await rawManifest(`${two.host}/b/base:2`)).toBe(await rawManifest(`${source.host}/mirror/base:2`))
      const twice = await runCli(['sync', '--source', `${source.host}/mirror`, '--target', `${one.host}/c`, '--target', `${one.host}/c`])
      expect(twice.code).toBe(2)
      expect(twice.stderr).toMatch(/--target .*\/c is given twice/)
    } finally {
      await Promise.allSettled([one.stop(), two.stop()])
    }
  })
})
