import { describeShape, scaleRun, DEFAULT_HEAD_CONCURRENCY, type ScaleRun, type ScaleShape } from './head-scale'
import { startupRun, type Startup } from './startup'

/** The scale scenarios and start-up (issue 16): no-op reruns of many tags against a stand-in source. */
export interface ScaleResults {
  startup: Startup
  runs: ScaleRun[]
  /** The run the targets read: the most tags in one repository, HEAD each, at 50 ms, default width. */
  headline?: ScaleRun
}

/** Latency of the headline scale runs and of the `--head-concurrency` sweep, ms per request. */
export const SCALE_LATENCY_MS = 50
/** The `--head-concurrency` values swept at the headline size. */
export const HEAD_WIDTHS = [32, DEFAULT_HEAD_CONCURRENCY, 128]

/** The shapes run: the full set, or a small one for --quick. */
export function scaleShapes(quick: boolean): ScaleShape[] {
  const tags = quick ? 1_000 : 10_000
  const head = (tagsEach: number, latencyMs: number, headConcurrency?: number): ScaleShape => ({
    repositories: 1,
    tagsEach,
    listing: 'head',
    latencyMs,
    headConcurrency
  })
  return [
    ...(quick ? [] : [head(1_000, SCALE_LATENCY_MS)]),
    ...HEAD_WIDTHS.map((width) => head(tags, SCALE_LATENCY_MS, width)),
    head(tags, 20),
    { repositories: quick ? 50 : 500, tagsEach: 2, listing: 'head', latencyMs: SCALE_LATENCY_MS },
    { repositories: 1, tagsEach: tags, listing: 'bulk', latencyMs: SCALE_LATENCY_MS }
  ]
}

/** Runs start-up and every scale shape, one after the other. */
export async function scalePass(cli: string, quick: boolean, log: (line: string) => void): Promise<ScaleResults> {
  const startup = await startupRun(cli, quick ? 20 : 50, quick ? 3 : 7, log)
  const runs: ScaleRun[] = []
  for (const shape of scaleShapes(quick)) {
    const run = await scaleRun(cli, shape)
    log(
      `scale: ${describeShape(run)}, --head-concurrency ${run.headConcurrency}: ${(run.ms / 1000).toFixed(2)} s, CPU ${(run.cpuMs / 1000).toFixed(2)} s, peak RSS ${(run.peakRss / 1e6).toFixed(0)} MB`
    )
    runs.push(run)
  }
  const headline = runs
    .filter((r) => r.repositories === 1 && r.listing === 'head' && r.latencyMs === SCALE_LATENCY_MS && r.headConcurrency === DEFAULT_HEAD_CONCURRENCY)
    .sort((a, b) => b.tagsEach - a.tagsEach)[0]
  return { startup, runs, headline }
}
