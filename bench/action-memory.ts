import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCacheService } from '../src/action/__tests__/cache-service'
import { inputEnv, readRunnerFile, runnerEnv } from '../src/action/__tests__/runner-files'
import { Ledger } from '../src/sync/state/ledger'
import { listen, standIn } from './head-scale'
import { measure } from './measure'

/** Peak RSS of the CLI and of the action on the same no-op rerun (issue 26: the action peaked at ~2x the CLI). */
export interface ActionMemory {
  /** The Node that ran both (`node --version`). */
  node: string
  repositories: number
  tagsEach: number
  latencyMs: number
  /** Peak RSS in bytes: `gcr-mirror sync` with the ledger on disk. */
  cli: number
  /** The action (dist/index.js) with the ledger on disk and `cache: false`. */
  action: number
  /** The action on a fresh runner, its ledger restored from the Actions cache (a stand-in of the service). */
  actionCached: number
}

const DIGEST = `sha256:${'a'.repeat(64)}`

/**
 * Measures the peak RSS of the CLI and of the action (dist/cli.js, dist/index.js under `node`) on the
 * same no-op rerun of `repositories` x `tagsEach` tags against a stand-in source answering after
 * `latencyMs`: every tag is in the ledger and `verify` is off, so the target is never asked. The action runs twice: with
 * the ledger on disk (`cache: false`), and on a fresh runner restoring it from the Actions cache, as a
 * scheduled workflow does. Throws when a run does not skip every tag.
 */
export async function actionMemoryRun(dist: string, node: string, shape: { repositories: number; tagsEach: number; latencyMs: number }): Promise<ActionMemory> {
  const counts: Record<string, number> = {}
  const source = standIn({ ...shape, listing: 'head' }, counts)
  // A target holding every tag (the same stand-in without latency): a run without a ledger records them all.
  const target = standIn({ ...shape, latencyMs: 0, listing: 'head' }, {})
  const cache = await startCacheService()
  const [sourcePort, targetPort] = await Promise.all([listen(source), listen(target)])
  const dir = await mkdtemp(join(tmpdir(), 'bench-action-memory-'))
  const total = shape.repositories * shape.tagsEach
  const sourceNs = `127.0.0.1:${sourcePort}/ns`
  const targetNs = `127.0.0.1:${targetPort}/ns`
  const skippedAll = async (what: string, output: string, run: { stdout: string; stderr: string }): Promise<void> => {
    const skipped = Number((await readRunnerFile(output)).skipped)
    if (skipped !== total) throw new Error(`${what}: ${skipped} of ${total} tags skipped:\n${run.stdout}${run.stderr}`)
  }
  try {
    const state = join(dir, 'ledger.json')
    const entries = []
    for (let r = 0; r < shape.repositories; r++) {
      const name = shape.repositories === 1 ? 'one' : `r${String(r).padStart(3, '0')}`
      for (let t = 0; t < shape.tagsEach; t++) {
        entries.push({ source: `${sourceNs}/${name}:v${t}`, digest: DIGEST, target: `${targetNs}/${name}:v${t}`, firstMirrored: 'x', lastMirrored: 'x' })
      }
    }
    await new Ledger(state, entries).save()

    const cliEnv = { PATH: process.env.PATH, HOME: dir, DOCKER_CONFIG: '/nonexistent' }
    const cliRun = await measure(
      node,
      [join(dist, 'cli.js'), 'sync', '--source', sourceNs, '--target', targetNs, '--state-file', state, '--verify', 'off', '--quiet'],
      cliEnv
    )
    if (Number(/skipped (\d+)/.exec(cliRun.stdout)?.[1]) !== total) throw new Error(`CLI: not every tag skipped:\n${cliRun.stdout}${cliRun.stderr}`)

    const inputs = { source: sourceNs, target: targetNs, verify: 'off' }
    const onDisk = join(dir, 'on-disk')
    const actionRun = await measure(node, [join(dist, 'index.js')], {
      ...(await runnerEnv(onDisk, 1, {})),
      ...inputEnv({ ...inputs, 'state-file': state, cache: 'false' })
    })
    await skippedAll('action', join(onDisk, 'output'), actionRun)

    // A first run without a ledger finds every tag on the target and saves the ledger to the cache; the next restores it.
    const cacheEnv = { ACTIONS_CACHE_URL: cache.url, ACTIONS_RUNTIME_TOKEN: 'runtime-token' }
    const first = join(dir, 'first')
    const seeded = await measure(node, [join(dist, 'index.js')], { ...(await runnerEnv(first, 2, cacheEnv)), ...inputEnv(inputs) })
    await skippedAll('action, first run', join(first, 'output'), seeded)
    if (cache.entries.length === 0) throw new Error(`action, first run: no ledger saved to the cache:\n${seeded.stdout}`)
    const rerun = join(dir, 'rerun')
    const cachedRun = await measure(node, [join(dist, 'index.js')], { ...(await runnerEnv(rerun, 3, cacheEnv)), ...inputEnv(inputs) })
    await skippedAll('action, ledger from the cache', join(rerun, 'output'), cachedRun)
    if (!/restored \d+ tags from cache entry/.test(cachedRun.stdout))
      throw new Error(`action: the ledger was not restored from the cache:\n${cachedRun.stdout}`)

    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
    return { node: version, ...shape, cli: cliRun.peakRss, action: actionRun.peakRss, actionCached: cachedRun.peakRss }
  } finally {
    source.close()
    target.close()
    await cache.stop()
    await rm(dir, { recursive: true, force: true })
  }
}

/** `CLI 96 MB, action 126 MB (1.31x), action with the Actions cache 140 MB (1.46x)`. */
export function describeActionMemory(run: ActionMemory): string {
  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`
  const ratio = (bytes: number): string => `${(bytes / run.cli).toFixed(2)}x`
  const tags = (run.repositories * run.tagsEach).toLocaleString('en')
  return (
    `${tags} tags in ${run.repositories.toLocaleString('en')} repositories at ${run.latencyMs} ms: CLI ${mb(run.cli)}, ` +
    `action ${mb(run.action)} (${ratio(run.action)}), action with the Actions cache ${mb(run.actionCached)} (${ratio(run.actionCached)})`
  )
}

/**
 * The bench's pass: a shard's no-op (18 tags) and a larger namespace (300 repositories x 10 tags, 50 ms
 * a request; 100 x 10 with --quick), the action against the CLI of the same build (`dist`, the folder of
 * `--cli`), both under the runner's Node (GCR_MIRROR_ACTION_NODE) when set. Issue 26: within 1.15x.
 */
export async function actionMemoryPass(dist: string, quick: boolean, log: (line: string) => void): Promise<ActionMemory[]> {
  const node = process.env.GCR_MIRROR_ACTION_NODE || process.execPath
  const runs: ActionMemory[] = []
  for (const shape of [
    { repositories: 1, tagsEach: 18, latencyMs: 0 },
    { repositories: quick ? 100 : 300, tagsEach: 10, latencyMs: 50 }
  ]) {
    const run = await actionMemoryRun(dist, node, shape)
    log(`action memory: ${describeActionMemory(run)}`)
    runs.push(run)
  }
  return runs
}

// `npx tsx bench/action-memory.ts [DIST [REPOSITORIES [TAGS_EACH [LATENCY]]]]`; Node: GCR_MIRROR_ACTION_NODE, else this one.
if (process.argv[1]?.endsWith('action-memory.ts')) {
  const [dist = 'dist', repositories = '300', tagsEach = '10', latency = '50'] = process.argv.slice(2)
  const node = process.env.GCR_MIRROR_ACTION_NODE || process.execPath
  const run = await actionMemoryRun(dist, node, { repositories: Number(repositories), tagsEach: Number(tagsEach), latencyMs: Number(latency) })
  console.log(describeActionMemory(run))
}
