import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCacheService, type CacheService } from '../../src/action/__tests__/cache-service'
import { readRunnerFile, stateEnv } from '../../src/action/__tests__/runner-files'
import { buildCorpus, manifestDigest, pushImage, randomLayer, type Corpus } from '../harness/fixtures'
import { startGitHubApi } from '../harness/github-api'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'

const DIST = join(import.meta.dirname, '..', '..', 'dist')
/** The runner's Node: `.ci/run` provides Node 24 (action.yml's `node24`); else the Node running the tests. */
const ACTION_NODE = process.env.GCR_MIRROR_ACTION_NODE || process.execPath
const ACTION_NODE_VERSION = execFileSync(ACTION_NODE, ['--version'], { encoding: 'utf8' }).trim()

/** What one step left behind. */
interface StepRun {
  code: number | null
  stdout: string
  outputs: Record<string, string>
  summary: string
}

/** Runs a bundled entry point with `node` as the runner does: a clean environment plus `env`. */
function spawnStep(script: string, env: Record<string, string>): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string }> } {
  const child = spawn(ACTION_NODE, [join(DIST, script)], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_CONFIG: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const done = new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout }))
  })
  return { child, done }
}

/**
 * One job on a fresh runner: its own RUNNER_TEMP, workspace and runner files (GITHUB_OUTPUT,
 * GITHUB_STATE, GITHUB_STEP_SUMMARY), sharing the Actions cache service with the other jobs.
 */
class Job {
  private constructor(
    readonly dir: string,
    private readonly env: Record<string, string>
  ) {}

  static async start(root: string, runId: number, cache: CacheService, extraEnv: Record<string, string> = {}): Promise<Job> {
    const dir = await mkdtemp(join(root, `run-${runId}-`))
    await Promise.all([mkdir(join(dir, 'temp')), mkdir(join(dir, 'workspace')), mkdir(join(dir, 'home'))])
    await Promise.all(['output', 'state', 'summary.md'].map((name) => writeFile(join(dir, name), '')))
    return new Job(dir, {
      // A fresh runner: its own home and temp folders.
      HOME: join(dir, 'home'),
      RUNNER_TEMP: join(dir, 'temp'),
      GITHUB_WORKSPACE: join(dir, 'workspace'),
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STATE: join(dir, 'state'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      GITHUB_RUN_ID: String(runId),
      GITHUB_RUN_ATTEMPT: '1',
      ACTIONS_CACHE_URL: cache.url,
      ACTIONS_RUNTIME_TOKEN: 'runtime-token',
      ...extraEnv
    })
  }

  /** `INPUT_<NAME>` as the runner sets them: uppercased, dashes kept. */
  private inputs: Record<string, string> = {}

  /** Starts the main step (dist/index.js) with these inputs. */
  startMain(inputs: Record<string, string>) {
    this.inputs = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]))
    return spawnStep('index.js', { ...this.env, ...this.inputs })
  }

  /** Waits for a started main step to end, and reads what it left behind. */
  async finish(started: { done: Promise<{ code: number | null; stdout: string }> }): Promise<StepRun> {
    const { code, stdout } = await started.done
    return { code, stdout, outputs: await readRunnerFile(join(this.dir, 'output')), summary: await readFile(join(this.dir, 'summary.md'), 'utf8') }
  }

  /** Runs the main step to its end. */
  async main(inputs: Record<string, string>): Promise<StepRun> {
    return this.finish(this.startMain(inputs))
  }

  /** Waits until the running main step's ledger holds at least `count` tags (or 30 s pass); returns how many it holds. */
  async ledgerHolds(count: number): Promise<number> {
    let held = 0
    for (let i = 0; i < 600 && held < count; i++) {
      await sleep(50)
      const path = (await this.state())['ledger-path']
      const text = path ? await readFile(path, 'utf8').catch(() => '') : ''
      held = text ? (JSON.parse(text) as { entries: unknown[] }).entries.length : 0
    }
    return held
  }

  /** Runs the post step (dist/post.js) with the STATE_* variables the main step saved. */
  async post(): Promise<{ code: number | null; stdout: string }> {
    return spawnStep('post.js', { ...this.env, ...this.inputs, ...(await stateEnv(join(this.dir, 'state'))) }).done
  }

  async state(): Promise<Record<string, string>> {
    return readRunnerFile(join(this.dir, 'state'))
  }
}

interface ReportImage {
  source: string
  target: string
  digest: string
  status: 'copied' | 'skipped' | 'failed'
  reason?: string
}

const readReport = async (path: string) =>
  JSON.parse(await readFile(path, 'utf8')) as { copied: number; skipped: number; failed: number; remaining: number; unlisted?: number; images: ReportImage[] }

describe(`the action (dist/index.js, dist/post.js on Node ${ACTION_NODE_VERSION}) between two registries`, () => {
  let source: TestRegistry
  let target: TestRegistry
  let slowTarget: TestProxy
  let corpus: Corpus
  let cache: CacheService
  let root: string
  let runs = 0
  const sourceNs = () => `${source.host}/corp`
  const job = (extraEnv?: Record<string, string>) => Job.start(root, ++runs, cache, extraEnv)
  const tags = () => corpus.images.map((image) => `${source.host}/${image.repository}:${image.tag}`).sort()
  /** Drops the cache entries whose key contains `mark`, as the cache does after 7 days unused. */
  const evict = (mark: string): void => {
    for (let i = cache.entries.length - 1; i >= 0; i--) if (cache.entries[i].key.includes(mark)) cache.entries.splice(i, 1)
  }

  beforeAll(async () => {
    ;[source, target, cache] = await Promise.all([startRegistry(), startRegistry(), startCacheService()])
    slowTarget = await startProxy(target.url, { delayMs: 50 })
    root = await mkdtemp(join(tmpdir(), 'action-e2e-'))
    corpus = await buildCorpus(source, {
      namespace: 'corp',
      repositories: 6,
      tagsPerRepo: 3,
      layersPerImage: 2,
      layerSize: 2048,
      sharedBaseLayers: 1,
      nested: true,
      multiArchEvery: 4
    })
  })
  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop(), slowTarget?.stop(), cache?.stop()])
    if (root) await rm(root, { recursive: true, force: true })
  })

  it('fails a bad input before any request, and the post step then has nothing to do', async () => {
    const first = await job()
    const run = await first.main({ source: sourceNs(), target: `${target.host}/bad`, shard: '3/2' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::Input error: shard "3/2": expected I/N with 1 <= I <= N <= 256')
    expect(await first.state()).toEqual({})
    expect((await first.post()).code).toBe(0)
    expect(cache.entries).toHaveLength(0)
  })

  it('mirrors the namespace with outputs, summary and report; the next run restores the ledger from the cache', async () => {
    const first = await job()
    const inputs = { source: sourceNs(), target: `${target.host}/full` }
    const run = await first.main(inputs)
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ copied: String(corpus.images.length), skipped: '0', failed: '0', remaining: '0' })
    const report = await readReport(run.outputs.report)
    expect(report.images.map((image) => image.source).sort()).toEqual(tags())
    for (const image of corpus.images) {
      expect(await manifestDigest(target, `full/${image.repository.slice('corp/'.length)}`, image.tag)).toBe(image.digest)
    }
    expect(run.stdout).toMatch(/^::group::.+ → .+: \d+ copied, 0 skipped, 0 failed$/m)
    expect(run.summary).toContain(
      '<th>Repository</th><th>Target</th><th>Copied</th><th>Platforms</th><th>Skipped</th><th>Failed</th><th>Bytes</th><th>Time</th>'
    )
    const saved = cache.entries.filter((entry) => entry.key.includes('_full-'))
    expect(saved.map((entry) => entry.key)).toEqual([expect.stringMatching(new RegExp(`-${runs}-1$`))])

    expect(await first.state()).toMatchObject({ 'ledger-saved': 'true' })
    expect((await first.post()).code).toBe(0)
    expect(cache.entries.filter((entry) => entry.key.includes('_full-'))).toHaveLength(1)

    const again = await (await job()).main(inputs)
    expect(again.code, again.stdout).toBe(0)
    expect(again.stdout).toContain('Ledger: restored')
    expect(again.outputs).toMatchObject({ copied: '0', skipped: String(corpus.images.length), failed: '0' })
    expect((await readReport(again.outputs.report)).images.every((image) => image.reason === 'ledger')).toBe(true)
  })

  it('reports each failed tag (annotation, summary, report) and fails the step unless fail-on-error is false', async () => {
    // Every manifest push to one repository is refused (HTTP 500, retried, then given up).
    const refusing = await startProxy(target.url, {
      faults: { rate: 1, kinds: ['500'], only: (r) => r.method === 'PUT' && r.path.startsWith('/v2/failing/app-0/manifests/') }
    })
    try {
      const inputs = { source: sourceNs(), target: `${refusing.host}/failing` }
      const refused = corpus.images.filter((image) => image.repository === 'corp/app-0')
      const run = await (await job()).main(inputs)
      expect(run.code, run.stdout).toBe(1)
      expect(run.outputs).toMatchObject({ copied: String(corpus.images.length - refused.length), failed: String(refused.length), remaining: '0' })
      for (const image of refused) {
        expect(run.stdout).toContain(`::error title=Failed to mirror app-0%3A${image.tag}::${source.host}/${image.repository}:${image.tag}: `)
        expect(run.summary).toContain(`<td>${source.host}/${image.repository}:${image.tag}</td>`)
      }
      expect(run.stdout).toContain(`::error::${refused.length} tags failed to mirror; see the annotations and the job summary`)
      expect(run.summary).toContain(`<h3>Failed tags (${refused.length})</h3>`)
      const report = await readReport(run.outputs.report)
      expect(report.images.filter((image) => image.status === 'failed').map((image) => image.source)).toEqual(
        refused.map((image) => `${source.host}/${image.repository}:${image.tag}`)
      )

      // The next run retries only the failed tags; with fail-on-error false they are warnings.
      const lenient = await (await job()).main({ ...inputs, 'fail-on-error': 'false' })
      expect(lenient.code, lenient.stdout).toBe(0)
      expect(lenient.outputs).toMatchObject({ copied: '0', skipped: String(corpus.images.length - refused.length), failed: String(refused.length) })
      expect(lenient.stdout).toContain(`::warning::${refused.length} tags failed to mirror`)
      expect(lenient.stdout).toMatch(/^::error title=Failed to mirror app-0/m)
    } finally {
      await refusing.stop()
    }
  })

  it('without the cache service (a local run) warns once and keeps the ledger in its file for the next run', async () => {
    const local = await job({ ACTIONS_CACHE_URL: '', ACTIONS_RUNTIME_TOKEN: '' })
    const inputs = { source: sourceNs(), target: `${target.host}/local`, images: 'app-0' }
    const tagsOfApp = corpus.images.filter((image) => image.repository === 'corp/app-0').length
    const first = await local.main(inputs)
    expect(first.code, first.stdout).toBe(0)
    expect(first.stdout.match(/^::warning::The Actions cache service is not available.*$/gm)).toEqual([expect.stringContaining('/.cache/gcr-mirror/')])
    expect(first.outputs).toMatchObject({ copied: String(tagsOfApp), failed: '0' })
    expect(await local.state()).toEqual({})
    expect((await local.post()).stdout).not.toContain('saving')
    expect(cache.entries.filter((entry) => entry.key.includes('_local-'))).toEqual([])

    const second = await local.main(inputs)
    expect(second.code, second.stdout).toBe(0)
    expect(second.stdout).toMatch(/Ledger: .*already on disk/)
    expect(second.outputs).toMatchObject({ copied: '0', skipped: String(tagsOfApp) })
  })

  it('a dry run writes nothing: no cache restore (no folder in RUNNER_TEMP, no ledger in the home), no cache entry, no ledger lock', async () => {
    const inputs = { source: sourceNs(), target: `${target.host}/dry`, images: 'app-0' }
    const tagsOfApp = corpus.images.filter((image) => image.repository === 'corp/app-0').length
    const real = await (await job()).main(inputs)
    expect(real.code, real.stdout).toBe(0)
    const entries = cache.entries.length

    // A fresh runner: the real run's cache entry exists, but a dry run does not restore it.
    const dry = await job()
    const run = await dry.main({ ...inputs, 'dry-run': 'true' })
    expect(run.code, run.stdout).toBe(0)
    expect(run.stdout).toContain('Dry run: the ledger is not restored from the Actions cache (a dry run writes nothing)')
    expect(run.outputs).toMatchObject({ copied: '0', skipped: String(tagsOfApp), failed: '0' })
    expect(await readdir(join(dry.dir, 'temp'))).toEqual(['gcr-mirror'])
    expect(await readdir(join(dry.dir, 'home'))).toEqual([])
    expect(await dry.state()).toEqual({})
    expect(cache.entries).toHaveLength(entries)

    // A live run on another runner holds the ledger's lock: the dry run reads the ledger without it.
    const ledger = join(dry.dir, 'shared', 'ledger.json')
    await mkdir(join(dry.dir, 'shared'))
    const lock = JSON.stringify({ pid: 4242, host: 'another-runner', startedAt: new Date().toISOString(), token: 'held-elsewhere' })
    await writeFile(`${ledger}.lock`, lock)
    const locked = await dry.main({ ...inputs, 'dry-run': 'true', 'state-file': ledger })
    expect(locked.code, locked.stdout).toBe(0)
    expect(await readdir(join(dry.dir, 'shared'))).toEqual(['ledger.json.lock'])
    expect(await readFile(`${ledger}.lock`, 'utf8')).toBe(lock)
  })

  it('keeps what a killed main step finished: the post step saves it and the next run carries on', async () => {
    const first = await job()
    const inputs = { source: sourceNs(), target: `${slowTarget.host}/killed`, concurrency: '1' }
    const { child, done } = first.startMain(inputs)
    const finished = await first.ledgerHolds(2)
    child.kill('SIGKILL')
    await done
    expect(finished).toBeGreaterThanOrEqual(2)
    expect(finished).toBeLessThan(corpus.images.length)

    const post = await first.post()
    expect(post.code).toBe(0)
    expect(post.stdout).toContain('The main step ended before saving the ledger')
    const saved = cache.entries.filter((entry) => entry.key.includes('_killed-'))
    expect(saved.map((entry) => entry.key)).toEqual([expect.stringMatching(/-post$/)])

    const next = await (await job()).main(inputs)
    expect(next.code, next.stdout).toBe(0)
    expect(Number(next.outputs.skipped)).toBeGreaterThanOrEqual(finished)
    expect(Number(next.outputs.copied) + Number(next.outputs.skipped)).toBe(corpus.images.length)
  })

  it('on cancellation (SIGINT) starts no new tags, saves the ledger itself, and the next run carries on', async () => {
    const first = await job()
    const inputs = { source: sourceNs(), target: `${slowTarget.host}/cancelled`, concurrency: '1' }
    const started = first.startMain(inputs)
    expect(await first.ledgerHolds(2)).toBeGreaterThanOrEqual(2)
    started.child.kill('SIGINT')
    const run = await first.finish(started)
    expect(run.code, run.stdout).toBe(0)
    expect(run.stdout).toContain('::warning::SIGINT: finishing the tags in flight, starting no new ones')
    const left = Number(run.outputs.remaining)
    expect(left).toBeGreaterThan(0)
    expect(Number(run.outputs.copied) + left).toBe(corpus.images.length)
    expect(run.stdout).toContain(`::notice title=Tags left for the next run::The run was stopped: ${left} tags left`)
    expect(await first.state()).toMatchObject({ 'ledger-saved': 'true' })
    expect((await first.post()).stdout).not.toContain('The main step ended before saving the ledger')
    expect(cache.entries.filter((entry) => entry.key.includes('_cancelled-')).map((entry) => entry.key)).toEqual([
      expect.stringMatching(new RegExp(`-${runs}-1$`))
    ])

    // The next run goes on with the pass where the stopped one left off: it copies every tag left and
    // finds in the ledger only those copied at or after that point (not the repositories before it).
    const next = await (await job()).main(inputs)
    expect(next.code, next.stdout).toBe(0)
    expect(next.outputs).toMatchObject({ copied: String(left), failed: '0', remaining: '0' })
    expect(Number(next.outputs.skipped)).toBeLessThanOrEqual(Number(run.outputs.copied))
  })

  it('on SIGTERM ends the step within seconds even while a tag hangs on a blob that never arrives; the post step still runs', async () => {
    const stalled = await startProxy(source.url, { faults: { rate: 1, kinds: ['stall'], only: (req) => req.method === 'GET' && req.path.includes('/blobs/') } })
    try {
      const first = await job()
      const started = first.startMain({ source: `${stalled.host}/corp`, target: `${target.host}/hung`, concurrency: '1' })
      for (const until = Date.now() + 20_000; !stalled.requests.some((r) => r.fault === 'stall');) {
        expect(Date.now()).toBeLessThan(until)
        await sleep(50)
      }
      const stopped = Date.now()
      started.child.kill('SIGTERM')
      const { code, stdout } = await started.done
      const took = Date.now() - stopped
      console.log(`action step blocked on a blob: ended ${took} ms after SIGTERM`)
      // The hard exit: 10 s after the signal, the signal raised again with its default action.
      expect(took).toBeLessThan(13_000)
      expect(code).not.toBe(0)
      expect(stdout).toContain('::warning::SIGTERM: finishing the tags in flight, starting no new ones')
      expect((await first.post()).code).toBe(0)
    } finally {
      await stalled.stop()
    }
  })

  it('stops starting tags when max-duration runs out, succeeds with a notice, and the next run finishes', async () => {
    const inputs = { source: sourceNs(), target: `${slowTarget.host}/budget`, concurrency: '1', 'max-duration': '1s' }
    const first = await (await job()).main(inputs)
    expect(first.code, first.stdout).toBe(0)
    const left = Number(first.outputs.remaining)
    // A budgeted run lists only a little ahead of its copies: the tags it did not list are left too,
    // counted as repositories not listed yet.
    const { unlisted } = await readReport(first.outputs.report)
    expect(left + (unlisted ?? 0)).toBeGreaterThan(0)
    const words = [left > 0 ? `${left} tag${left === 1 ? '' : 's'}` : '', unlisted ? `${unlisted} repositor${unlisted === 1 ? 'y' : 'ies'} not listed yet` : '']
    expect(first.stdout).toContain(`::notice title=Tags left for the next run::The time budget (1.0s) ran out: ${words.filter(Boolean).join(' and ')} left;`)
    expect(Number(first.outputs.copied) + left).toBeLessThanOrEqual(corpus.images.length)

    // The next run goes on with the pass where the first stopped: it copies every tag left, and finds in the
    // ledger only those copied at or after that point.
    const second = await (await job()).main({ ...inputs, 'max-duration': '' })
    expect(second.code, second.stdout).toBe(0)
    expect(second.outputs).toMatchObject({ copied: String(corpus.images.length - Number(first.outputs.copied)), remaining: '0', failed: '0' })
    expect(Number(second.outputs.skipped)).toBeLessThanOrEqual(Number(first.outputs.copied))
  })

  it('N shards together mirror the whole namespace, each tag once, each with its own ledger', async () => {
    const shards = 3
    const runs = await Promise.all(
      Array.from({ length: shards }, async (_, i) => (await job()).main({ source: sourceNs(), target: `${target.host}/sharded`, shard: `${i + 1}/${shards}` }))
    )
    const copied: string[] = []
    for (const run of runs) {
      expect(run.code, run.stdout).toBe(0)
      const report = await readReport(run.outputs.report)
      copied.push(...report.images.filter((image) => image.status === 'copied').map((image) => image.source))
      expect(report.images.every((image) => image.status === 'copied')).toBe(true)
    }
    expect(copied.sort()).toEqual(tags())
    const keys = cache.entries.filter((entry) => entry.key.includes('_sharded-')).map((entry) => entry.key)
    expect(keys).toHaveLength(shards)
    for (let i = 1; i <= shards; i++) expect(keys.filter((key) => key.includes(`-shard-${i}-of-${shards}-`))).toHaveLength(1)
  })

  it('after the cache entry is evicted and without a metadata record, checks each tag on the target with one HEAD and copies nothing again', async () => {
    const inputs = { source: sourceNs(), target: `${slowTarget.host}/evicted` }
    const first = await (await job()).main(inputs)
    expect(first.code, first.stdout).toBe(0)
    evict('_evicted-')

    slowTarget.reset()
    const second = await (await job()).main(inputs)
    expect(second.code, second.stdout).toBe(0)
    expect(second.stdout).toContain('Ledger: none found')
    expect(second.outputs).toMatchObject({ copied: '0', skipped: String(corpus.images.length), failed: '0' })
    expect((await readReport(second.outputs.report)).images.every((image) => image.reason === 'target-has-it')).toBe(true)
    expect(slowTarget.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([])
    expect(slowTarget.requests.filter((r) => r.method === 'HEAD' && r.path.includes('/manifests/'))).toHaveLength(corpus.images.length)

    // The rebuilt ledger was saved: the next run, trusting it (verify off), sends the target nothing.
    slowTarget.reset()
    const third = await (await job()).main({ ...inputs, verify: 'off' })
    expect(third.outputs).toMatchObject({ copied: '0', skipped: String(corpus.images.length) })
    expect(slowTarget.requests).toEqual([])
  })

  it('after the cache entry is evicted, starts from the metadata record instead of copying again', async () => {
    const api = await startGitHubApi({ files: { 'README.md': '# mirror\n' } })
    try {
      const env = { GITHUB_API_URL: api.url }
      const inputs = { source: sourceNs(), target: `${target.host}/recorded`, 'metadata-repo': `${api.owner}/${api.repo}`, 'github-token': api.token }
      const first = await (await job(env)).main(inputs)
      expect(first.code, first.stdout).toBe(0)
      expect(first.outputs.copied).toBe(String(corpus.images.length))

      evict('_recorded-')
      const second = await (await job(env)).main(inputs)
      expect(second.code, second.stdout).toBe(0)
      expect(second.stdout).toMatch(/seeded \d+ tags from the metadata record/)
      expect(second.outputs).toMatchObject({ copied: '0', skipped: String(corpus.images.length) })
      expect((await readReport(second.outputs.report)).images.every((image) => image.reason === 'ledger')).toBe(true)
    } finally {
      await api.stop()
    }
  })

  it('masks every secret: passwords, the GitHub token and registry tokens never appear in the log, summary, report or ledger', async () => {
    const protectedTarget = await startRegistry({ auth: 'token' })
    const api = await startGitHubApi({ files: { 'README.md': '# mirror\n' } })
    try {
      const mirror = await job({ GITHUB_API_URL: api.url })
      const run = await mirror.main({
        source: sourceNs(),
        images: 'app-0',
        target: `${protectedTarget.host}/masked`,
        'target-username': protectedTarget.username!,
        'target-password': protectedTarget.password!,
        'metadata-repo': `${api.owner}/${api.repo}`,
        'github-token': api.token
      })
      expect(run.code, run.stdout).toBe(0)
      expect(run.stdout).toContain(`::add-mask::${protectedTarget.password}`)
      const issued = protectedTarget.tokenServer!.requests.map((r) => r.issued).filter((t): t is string => Boolean(t))
      expect(issued.length).toBeGreaterThan(0)
      for (const token of issued) expect(run.stdout).toContain(`::add-mask::${token}`)
      const unmasked = run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n')
      const files = [
        unmasked,
        run.summary,
        await readFile(run.outputs.report, 'utf8'),
        await readFile(join(mirror.dir, 'home/.cache/gcr-mirror', (await readdir(join(mirror.dir, 'home/.cache/gcr-mirror')))[0], 'ledger.json'), 'utf8')
      ]
      for (const secret of [protectedTarget.password!, api.token, ...issued]) {
        for (const text of files) expect(text).not.toContain(secret)
      }
    } finally {
      await Promise.allSettled([protectedTarget.stop(), api.stop()])
    }
  })

  it('records the mirror in the metadata repository: one commit for a run that copied, none for a run that did not, and shards committing at once both land', async () => {
    const api = await startGitHubApi({ files: { 'README.md': '# mirror\n' } })
    try {
      const env = { GITHUB_API_URL: api.url }
      const metadata = { 'metadata-repo': `${api.owner}/${api.repo}`, 'github-token': api.token, 'metadata-branch': 'mirror-metadata' }
      const commits = async (): Promise<string[]> => (await api.git(['log', '--format=%s', 'mirror-metadata'])).trim().split('\n')
      const inputs = { source: sourceNs(), target: `${target.host}/meta`, ...metadata }
      const first = await (await job(env)).main(inputs)
      expect(first.code, first.stdout).toBe(0)
      expect(await commits()).toEqual([expect.stringMatching(new RegExp(`^mirror: ${corpus.images.length} tags added`))])
      const files = (await api.git(['ls-tree', '-r', '--name-only', 'mirror-metadata'])).trim().split('\n')
      expect(files).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md']))
      // The record: group files of the namespace's folder, each a record of its repositories.
      const groups = files.filter((f) => f.endsWith('.json'))
      expect(groups.every((f) => f.startsWith('records/'))).toBe(true)
      const json = await Promise.all(groups.map(async (f) => JSON.parse(await api.git(['show', `mirror-metadata:${f}`]))))
      expect(JSON.stringify(json)).toContain(corpus.images[0].digest)
      expect(await api.git(['show', 'mirror-metadata:README.md'])).toContain(`→ ${target.host}/meta`)

      const second = await (await job(env)).main(inputs)
      expect(second.code, second.stdout).toBe(0)
      expect(await commits()).toHaveLength(1)

      const shards = await Promise.all(
        [1, 2].map(async (i) => (await job(env)).main({ source: sourceNs(), target: `${target.host}/meta-sharded`, shard: `${i}/2`, ...metadata }))
      )
      for (const shard of shards) expect(shard.code, shard.stdout).toBe(0)
      // A commit per shard that copied something (a shard whose share holds no repository has nothing to record).
      const copying = shards.filter((shard) => Number(shard.outputs.copied) > 0)
      expect(copying.length).toBeGreaterThan(0)
      expect(await commits()).toHaveLength(1 + copying.length)
      const sharded = (await api.git(['ls-tree', '-r', '--name-only', 'mirror-metadata']))
        .trim()
        .split('\n')
        .filter((f) => f.endsWith('.json'))
      const recorded = (await Promise.all(sharded.map((f) => api.git(['show', `mirror-metadata:${f}`])))).join('\n')
      for (const image of corpus.images) expect(recorded).toContain(`meta-sharded/${image.repository.slice('corp/'.length)}`)
    } finally {
      await api.stop()
    }
  })

  it('runs the mirrors of an inline config: outputs, summary, one metadata commit and one cache entry cover every mirror; a rerun copies nothing', async () => {
    const app = (await pushImage(source, 'cfg/app', 'v1', { layers: [randomLayer(2048, 900)] })).digest
    const tool = (await pushImage(source, 'cfg/team/tool', 'v1', { layers: [randomLayer(2048, 901)] })).digest
    const api = await startGitHubApi({ files: { 'README.md': '# mirror\n' } })
    try {
      const env = { GITHUB_API_URL: api.url }
      // Nested sources into two targets: each mirror has its own section of the one ledger.
      const config = [
        'defaults:',
        '  include-tags: ["^v"]',
        'mirrors:',
        '  - name: all',
        `    source: ${source.host}/cfg`,
        `    target: ${target.host}/cfg-all`,
        '  - name: team',
        `    source: ${source.host}/cfg/team`,
        `    target: ${target.host}/cfg-team`
      ].join('\n')
      const inputs = { config, 'metadata-repo': `${api.owner}/${api.repo}`, 'github-token': api.token, 'metadata-branch': 'cfg-metadata' }
      const run = await (await job(env)).main(inputs)
      expect(run.code, run.stdout).toBe(0)
      expect(run.outputs).toMatchObject({ copied: '3', skipped: '0', failed: '0', remaining: '0' })
      expect(await manifestDigest(target, 'cfg-all/app', 'v1')).toBe(app)
      expect(await manifestDigest(target, 'cfg-all/team/tool', 'v1')).toBe(tool)
      expect(await manifestDigest(target, 'cfg-team/tool', 'v1')).toBe(tool)
      const report = JSON.parse(await readFile(run.outputs.report, 'utf8')) as { mirrors: Array<{ name: string; copied: number }> }
      expect(report.mirrors.map((m) => [m.name, m.copied])).toEqual([
        ['all', 2],
        ['team', 1]
      ])

      const lines = run.summary.split('\n')
      expect(lines[0]).toBe('<h2>gcr-mirror: 2 mirrors</h2>')
      expect(lines[1]).toBe('<p>✅ <b>All 3 tags mirrored</b>: 3 copied, 0 already there.</p>')
      expect(lines[2]).toMatch(/^<p>Copied 3 \(.+\), skipped 0 \(already mirrored\), failed 0, in .+\.<\/p>$/)
      expect(run.summary).toContain(`<h3>all: ${source.host}/cfg → ${target.host}/cfg-all</h3>`)
      expect(run.summary).toContain(`<h3>team: ${source.host}/cfg/team → ${target.host}/cfg-team</h3>`)
      expect(run.summary).toContain('<tr><td>team/tool</td><td>team/tool</td><td>1: <code>v1</code></td><td>single-platform</td>')

      // One commit records both mirrors, each in its namespace's record.
      expect((await api.git(['log', '--format=%s', 'cfg-metadata'])).trim().split('\n')).toEqual(['mirror: 3 tags added'])
      const body = await api.git(['log', '-1', '--format=%b', 'cfg-metadata'])
      expect(body).toContain(`${source.host}/cfg -> ${target.host}/cfg-all`)
      expect(body).toContain(`${source.host}/cfg/team -> ${target.host}/cfg-team`)
      const records = (await api.git(['ls-tree', '-r', '--name-only', 'cfg-metadata']))
        .trim()
        .split('\n')
        .filter((f) => f.endsWith('.json'))
      // A folder per namespace (the nested one beside its parent's, not inside it), a group file per repository here.
      const folders = new Set(records.map((f) => f.slice(0, f.lastIndexOf('/'))))
      expect([...folders].map((f) => f.replace(/^records\/[^+]+/, 'HOST')).sort()).toEqual(['HOST+cfg', 'HOST+cfg+team'])
      const team = records.find((f) => f.includes('+cfg+team/'))!
      expect(JSON.parse(await api.git(['show', `cfg-metadata:${team}`]))).toMatchObject({
        source: `${source.host}/cfg/team`,
        target: `${target.host}/cfg-team`
      })

      // One cache entry for the whole config, keyed over all its mirrors.
      const saved = cache.entries.filter((entry) => entry.key.startsWith('gcr-mirror-ledger-config-all_team-'))
      expect(saved).toHaveLength(1)

      const again = await (await job(env)).main(inputs)
      expect(again.code, again.stdout).toBe(0)
      expect(again.stdout).toContain('Ledger: restored 3 tags')
      expect(again.outputs).toMatchObject({ copied: '0', skipped: '3', failed: '0' })
      expect((await api.git(['log', '--format=%s', 'cfg-metadata'])).trim().split('\n')).toHaveLength(1)
    } finally {
      await api.stop()
    }
  })

  it('refuses a bad config (inline or a file in the workspace) or a config beside source with one line, before any request', async () => {
    const bad = await job()
    const inline = `mirrors:\n  - name: broken\n    source: ${source.host}/cfg\n    target: ${target.host}/never\n    include-tag: v1\n`
    const run = await bad.main({ config: inline })
    expect(run.code).toBe(1)
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'))
    expect(errors).toEqual([
      expect.stringMatching(/^::error::Input error: config \(inline\), mirror 1 \(broken\): unknown key "include-tag" \(did you mean include-tags\?/)
    ])
    expect(await bad.state()).toEqual({})

    const file = await job()
    await writeFile(
      join(file.dir, 'workspace', 'mirrors.yml'),
      `mirrors:\n  - source: ${source.host}/cfg\n    target: ${target.host}/never\n    latest: many\n`
    )
    const fromFile = await file.main({ config: 'mirrors.yml' })
    expect(fromFile.code).toBe(1)
    expect(fromFile.stdout).toMatch(/^::error::Input error: config mirrors\.yml, mirror 1: latest "many"/m)

    const both = await (await job()).main({ config: inline.replace('include-tag', 'include-tags'), source: `${source.host}/cfg` })
    expect(both.code).toBe(1)
    expect(both.stdout).toContain('::error::Input error: source and config do not go together: each mirror of the inline config names its own source')
    expect(await manifestDigest(target, 'never/app', 'v1')).toBeUndefined()
  })
})
