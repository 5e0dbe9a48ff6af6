import type { BenchConfig } from './config'
import type { MachineDescription } from './machine'

/** The tools timed. `floor` is the bare GET-then-PUT loop; `docker` the pull/tag/push loop. */
export type Tool = 'gcr-mirror' | 'skopeo' | 'docker' | 'floor'

/** The timed situations. */
export type Scenario = 'full' | 'rerun' | 'changed'

/** Human names of the scenarios. */
export const SCENARIO_NAMES: Record<Scenario, string> = {
  full: 'full mirror into an empty namespace',
  rerun: 'rerun, nothing changed',
  changed: 'rerun after tags changed'
}

/** Requests one registry received during one run, by method. */
export interface RequestCounts {
  total: number
  byMethod: Record<string, number>
}

/** Requests the source and the target received during one run. */
export interface CountedRun {
  source: RequestCounts
  target: RequestCounts
}

/** The docker loop's result compared with the source. */
export interface DockerOutcome {
  tags: number
  /** Target tags whose digest differs from the source's. */
  differing: number
  /** Multi-platform source tags (the daemon pulls one platform of each). */
  indexes: number
}

/** Everything one benchmark run measured. */
export interface BenchResults {
  config: BenchConfig
  machine: MachineDescription
  startedAt: string
  durationMs: number
  corpus: { repositories: number; tags: number; blobs: number; bytes: number; indexes: number }
  /** Milliseconds per round, per scenario and tool. */
  times: Record<Scenario, Partial<Record<Tool, number[]>>>
  /** gcr-mirror's peak RSS (bytes) in each full mirror. */
  fullMirrorRss: number[]
  /** Requests per registry, per scenario and tool (one counted pass through proxies). */
  requests: Partial<Record<Scenario, Partial<Record<'gcr-mirror' | 'skopeo', CountedRun>>>>
  docker: DockerOutcome | { skipped: string }
  large?: { size: number; ms: number; peakRss: number }
}

/** Tallies proxy records by method. */
export function countRequests(requests: ReadonlyArray<{ method: string }>): RequestCounts {
  const byMethod: Record<string, number> = {}
  for (const { method } of requests) byMethod[method] = (byMethod[method] ?? 0) + 1
  return { total: requests.length, byMethod }
}
