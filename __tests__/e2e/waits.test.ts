import { createHash } from 'node:crypto'
import { createServer, type Server, type Socket } from 'node:net'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushBlob, pushImage, pushManifest, randomLayer } from '../harness/fixtures'
import { startReferrersStandin, type ReferrerDescriptor, type ReferrersStandin } from '../harness/referrers-standin'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'
import { startProxy, type TestProxy } from '../harness/proxy'
import { readFile } from 'node:fs/promises'

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const SIG = 'application/vnd.dev.cosign.artifact.sig.v1+json'
const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

/** Pushes an OCI 1.1 signature artifact of `subject` by digest. */
async function pushSignature(registry: TestRegistry, repository: string, subject: ReferrerDescriptor): Promise<ReferrerDescriptor> {
  const config = Buffer.from('{}')
  const layer = Buffer.from(`{"signs":"${subject.digest}"}`)
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: SIG,
      config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: await pushBlob(registry, repository, config), size: config.length },
      layers: [{ mediaType: SIG, digest: await pushBlob(registry, repository, layer), size: layer.length }],
      subject: { mediaType: OCI_MANIFEST, digest: subject.digest, size: subject.size }
    })
  )
  await pushManifest(registry, repository, sha256(bytes), bytes, OCI_MANIFEST)
  return { mediaType: OCI_MANIFEST, digest: sha256(bytes), size: bytes.length, artifactType: SIG }
}

/**
 * Issue 21, item 5: every wait is bounded and a cycle in a graph is a failure, never a hang.
 * A referrers API that lists the subject itself made the CLI wait on its own pending work: Node
 * ended it with exit 13 after 0.5 s, no output, no report, no ledger, on every rerun.
 */
describe('referrer cycles', () => {
  let source: TestRegistry
  let target: TestRegistry
  let standin: ReferrersStandin
  let dir: string
  const injected = new Map<string, ReferrerDescriptor[]>()

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    standin = await startReferrersStandin(source, { inject: (repository, subject) => injected.get(`${repository}@${subject}`) ?? [] })
    const via = standin.registry
    // `self:v1`: the API lists the image among its own referrers.
    const self = await pushImage(via, 'cyc/self', 'v1', { layers: [randomLayer(200, 2101)], mediaType: 'oci' })
    const selfEntry = { mediaType: OCI_MANIFEST, digest: self.digest, size: self.size }
    injected.set(`cyc/self@${self.digest}`, [selfEntry])
    // `loop:v1`: A's referrer B lists A among its referrers (A -> B -> A).
    const a = await pushImage(via, 'cyc/loop', 'v1', { layers: [randomLayer(200, 2102)], mediaType: 'oci' })
    const aEntry = { mediaType: OCI_MANIFEST, digest: a.digest, size: a.size }
    const b = await pushSignature(via, 'cyc/loop', aEntry)
    injected.set(`cyc/loop@${b.digest}`, [aEntry])
    // A sound repository beside them.
    await pushImage(via, 'cyc/sound', 'v1', { layers: [randomLayer(200, 2103)], mediaType: 'oci' })
    dir = await mkdtemp(join(tmpdir(), 'waits-'))
  })

  afterAll(async () => {
    await standin?.stop()
    await Promise.allSettled([source?.stop(), target?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('fails the tag whose referrers lead back to it with a clear message, on every run, and copies the other tags', async () => {
    for (const round of [1, 2]) {
      const report = join(dir, `cycle-${round}.json`)
      const started = Date.now()
      const run = await runCli([
        'sync',
        '--source',
        `${standin.host}/cyc`,
        '--target',
        // A new target namespace each round: the graph is walked again (a tag on the target is not).
        `${target.host}/mirror${round}`,
        '--referrers',
        'true',
        '--report',
        report,
        '--state-file',
        join(dir, 'cycle.state.json'),
        '--quiet'
      ])
      expect(Date.now() - started).toBeLessThan(30_000)
      const result = await readJson(report)
      expect(run.code, JSON.stringify(result.images, null, 1)).toBe(1)
      const byRepo = (repository: string): any => result.images.find((i: any) => i.source.includes(`/cyc/${repository}:`))
      for (const repository of ['self', 'loop']) {
        const image = byRepo(repository)
        expect(image.status, JSON.stringify(image)).toBe('failed')
        expect(image.error).toMatch(/referrers form a cycle: sha256:[0-9a-f]{64}.* -> .*sha256:[0-9a-f]{64}/)
        expect(image.cause).toMatchObject({ side: 'source', kind: 'protocol' })
      }
      expect(byRepo('sound').status).toBe('copied')
    }
  })
})

/** A TCP server that accepts every connection and never answers (a hung registry or load balancer). */
async function startSilent(): Promise<{ host: string; stop: () => Promise<void> }> {
  const sockets = new Set<Socket>()
  const server: Server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    host: `127.0.0.1:${(server.address() as { port: number }).port}`,
    stop: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/**
 * A registry that accepts the connection and never answers held a run 305 s (five attempts of a
 * 60 s header timeout) whatever --tag-timeout said: every wait is now bounded by the run's limits.
 */
describe('a registry that never answers', () => {
  let registry: TestRegistry
  let silent: { host: string; stop: () => Promise<void> }
  let dir: string

  beforeAll(async () => {
    registry = await startRegistry()
    silent = await startSilent()
    await pushImage(registry, 'quiet/app', 'v1', { layers: [randomLayer(200, 2111)] })
    dir = await mkdtemp(join(tmpdir(), 'silent-'))
  })

  afterAll(async () => {
    await Promise.allSettled([silent?.stop(), registry?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const sync = async (source: string, target: string, extra: string[]): Promise<{ code: number | null; stderr: string; stdout: string; ms: number }> => {
    const started = Date.now()
    const run = await runCli(['sync', '--source', source, '--target', target, '--state-file', join(dir, `${Date.now()}.json`), ...extra])
    return { ...run, ms: Date.now() - started }
  }

  it('as the target: the preflight gives up after --tag-timeout, one line, exit 2', async () => {
    const run = await sync(`${registry.host}/quiet`, `${silent.host}/mirror`, ['--tag-timeout', '2s'])
    expect(run.code, run.stderr).toBe(2)
    expect(run.stderr).toMatch(/no answer within 2 s \(--tag-timeout\)/)
    // Two seconds, and the process winding down: far from 305 s.
    expect(run.ms).toBeLessThan(15_000)
  })

  it('as the source of named images: the preflight gives up after --tag-timeout, exit 2', async () => {
    const run = await sync(`${silent.host}/quiet`, `${registry.host}/mirror`, ['--images', 'app', '--tag-timeout', '2s'])
    expect(run.code, run.stderr).toBe(2)
    expect(run.stderr).toMatch(/no answer within 2 s \(--tag-timeout\)/)
    expect(run.ms).toBeLessThan(15_000)
  })

  it('as the source of a namespace, without a budget: each attempt waits --tag-timeout, not undici’s 60 s, exit 2', async () => {
    const run = await sync(`${silent.host}/quiet`, `${registry.host}/mirror`, ['--tag-timeout', '1s'])
    expect(run.code, run.stderr).toBe(2)
    expect(run.stderr).toMatch(/_catalog: no answer in time: the connection was accepted and nothing came back/)
    // Five attempts of 1 s and their backoff (about 3 s).
    expect(run.ms).toBeLessThan(30_000)
  })

  it('as the source of a namespace: --max-duration ends the listing with a stop message', async () => {
    const run = await sync(`${silent.host}/quiet`, `${registry.host}/mirror`, ['--max-duration', '4s'])
    expect(run.code, run.stderr).toBe(0)
    expect(`${run.stdout}${run.stderr}`).toMatch(/time budget or stop reached while discovering repositories/)
    expect(run.ms).toBeLessThan(15_000)
  })
})

/**
 * Seen at 3,000 repositories: with --max-duration 20s two runs in a row each planned for 50 s and
 * copied nothing, forever. Now copies start with the first repository listed, a budgeted run lists only
 * a little ahead of its copies, and the ledger remembers the first repository a run did not finish,
 * where the next run goes on with the pass.
 */
describe('a budget too short to list everything', () => {
  const REPOSITORIES = Array.from({ length: 12 }, (_, i) => `r${String(i).padStart(2, '0')}`)
  let source: TestRegistry
  let target: TestRegistry
  let slow: TestProxy
  let dir: string

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    for (const [i, repository] of REPOSITORIES.entries()) await pushImage(source, `many/${repository}`, 'v1', { layers: [randomLayer(100, 2200 + i)] })
    // 200 ms a request, one request at a time: listing a repository (tags, HEAD) takes ~0.4 s.
    slow = await startProxy(source.url, { delayMs: 200 })
    dir = await mkdtemp(join(tmpdir(), 'budget-'))
  })

  afterAll(async () => {
    await slow?.stop()
    await Promise.allSettled([source?.stop(), target?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('copies something every run, and consecutive runs together mirror every repository', async () => {
    const state = join(dir, 'state.json')
    const copied = new Set<string>()
    let runs = 0
    while (copied.size < REPOSITORIES.length && runs < 10) {
      runs++
      const report = join(dir, `run-${runs}.json`)
      const args = ['sync', '--source', `${slow.host}/many`, '--target', `${target.host}/mirror`, '--state-file', state, '--report', report]
      const run = await runCli([...args, '--max-duration', '5s', '--concurrency', '1', '--head-concurrency', '1', '--referrers', 'false', '--quiet'])
      expect(run.code, run.stderr).toBe(0)
      const now = ((await readJson(report)).images as Array<{ status: string; repository: string }>).filter((i) => i.status === 'copied')
      expect(now.length, `run ${runs} copied nothing: ${run.stderr}`).toBeGreaterThan(0)
      for (const image of now) copied.add(image.repository)
      // The first run could not list everything: the state file says where the next one starts.
      if (runs === 1) expect(await readFile(state, 'utf8')).toMatch(/^\{"format":"gcr-mirror-ledger","version":1,"resume":\{"":"r\d\d"\},"entries":\[$/m)
    }
    console.log(`${REPOSITORIES.length} repositories mirrored in ${runs} runs of a 5 s budget`)
    // A 5 s budget lists a few of the 12 repositories a run: it took several runs, and none was listed twice before all were.
    expect(runs).toBeGreaterThan(1)
    expect([...copied].sort()).toEqual(REPOSITORIES)
    for (const repository of REPOSITORIES) {
      expect(await manifestDigest(target, `mirror/${repository}`, 'v1'), repository).toBe(await manifestDigest(source, `many/${repository}`, 'v1'))
    }
  })
})
