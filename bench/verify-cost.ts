/**
 * What `--verify` costs on a no-op rerun (issue 21): the target requests and the time of a rerun
 * that finds nothing to copy, with `--verify off`, `sample` (the default) and `full`. Two registries
 * of its own, a counting proxy adding `latencyMs` per request in front of the target.
 * Alone: `npx tsx bench/verify-cost.ts [--quick]` (dist/cli.js built first).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pushImage, randomLayer } from '../__tests__/harness/fixtures'
import { startProxy } from '../__tests__/harness/proxy'
import { startRegistry } from '../__tests__/harness/registry'
import { measure } from './measure'

/** One no-op rerun with one `--verify` mode. */
export interface VerifyRun {
  mode: 'off' | 'sample' | 'full'
  ms: number
  /** Target requests, all and by method. */
  requests: number
  byMethod: Record<string, number>
}

/** The no-op reruns of a mirror of `tags` tags (single-platform, a config and 2 layers) in `repositories` repositories. */
export interface VerifyCost {
  repositories: number
  tags: number
  latencyMs: number
  runs: VerifyRun[]
}

/** Mirrors a small corpus, then measures a no-op rerun per mode (sample: the median run of 7, one rotation). */
export async function verifyCost(cli: string, quick: boolean, log: (line: string) => void, latencyMs = 20): Promise<VerifyCost> {
  const repositories = quick ? 4 : 20
  const tagsEach = 5
  const [source, target] = await Promise.all([startRegistry(), startRegistry()])
  const proxy = await startProxy(target.url, { delayMs: latencyMs })
  const dir = await mkdtemp(join(tmpdir(), 'bench-verify-'))
  try {
    for (let r = 0; r < repositories; r++) {
      const base = randomLayer(4096, 9_000 + r)
      for (let t = 0; t < tagsEach; t++) await pushImage(source, `corp/r${r}`, `v${t}`, { layers: [base, randomLayer(2048, 10_000 + r * tagsEach + t)] })
    }
    const sync = (mode: VerifyRun['mode']) =>
      measure(process.execPath, [
        cli,
        'sync',
        '--source',
        `${source.host}/corp`,
        '--target',
        `${proxy.host}/mirror`,
        '--state-file',
        join(dir, 'state.json'),
        '--quiet',
        '--verify',
        mode
      ])
    await sync('off')
    const runs: VerifyRun[] = []
    for (const mode of ['off', 'sample', 'full'] as const) {
      const samples: VerifyRun[] = []
      for (let i = 0; i < (mode === 'sample' ? 7 : 1); i++) {
        proxy.reset()
        const run = await sync(mode)
        const byMethod: Record<string, number> = {}
        for (const request of proxy.requests) byMethod[request.method] = (byMethod[request.method] ?? 0) + 1
        samples.push({ mode, ms: run.ms, requests: proxy.requests.length, byMethod })
      }
      const median = [...samples].sort((a, b) => a.requests - b.requests)[Math.floor(samples.length / 2)]
      runs.push(median)
      const range = mode === 'sample' ? ` (7 runs: ${Math.min(...samples.map((s) => s.requests))}-${Math.max(...samples.map((s) => s.requests))} requests)` : ''
      log(
        `verify ${mode}: no-op rerun of ${repositories * tagsEach} tags in ${repositories} repositories, ${median.requests} target requests, ${Math.round(median.ms)} ms${range}`
      )
    }
    return { repositories, tags: repositories * tagsEach, latencyMs, runs }
  } finally {
    await Promise.allSettled([proxy.stop(), source.stop(), target.stop()])
    await rm(dir, { recursive: true, force: true })
  }
}

if (process.argv[1]?.endsWith('verify-cost.ts')) {
  verifyCost('dist/cli.js', process.argv.includes('--quick'), (line) => console.log(`[bench] ${line}`)).then(
    (cost) => console.log(JSON.stringify(cost, null, 2)),
    (error: unknown) => {
      console.error(error)
      process.exitCode = 1
    }
  )
}

/** The figures as BENCHMARKS.md lists them. */
export function verifyCostLines(cost: VerifyCost | undefined): string {
  if (!cost) return ''
  const rows = cost.runs.map(
    (run) =>
      `| ${run.mode} | ${run.requests} | ${
        Object.entries(run.byMethod)
          .map(([method, n]) => `${n} ${method}`)
          .join(', ') || '-'
      } | ${(run.ms / 1000).toFixed(2)} s |`
  )
  return [
    `- Verify cost (bench/verify-cost.ts): a no-op rerun of ${cost.tags} mirrored tags in ${cost.repositories} repositories, ${cost.latencyMs} ms per target request (sample: the median of 7 runs, one rotation):`,
    '',
    '| --verify | target requests | by method | wall |',
    '|---|---|---|---|',
    ...rows,
    ''
  ].join('\n')
}
