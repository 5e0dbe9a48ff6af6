import type { ActionMemory } from './action-memory'
import type { BenchConfig } from './config'
import type { LedgerScale } from './ledger-scale'
import type { MachineDescription } from './machine'
import type { ScaleResults } from './scale'
import type { VerifyCost } from './verify-cost'

/** The tools timed. `floor` is the bare GET-then-PUT loop; `docker` the pull/tag/push loop. */
export type Tool = 'gcr-mirror' | 'skopeo' | 'docker' | 'floor'

/**
 * The timed situations: `tar` is the full mirror of the tar-layer corpus the docker loop can pull;
 * `*Remote` go through proxies that delay every request (a registry across a network).
 */
export type Scenario = 'full' | 'rerun' | 'changed' | 'tar' | 'fullRemote' | 'rerunRemote' | 'changedRemote' | 'fullSlow'

/** Every scenario, in the order tables show them. */
export const SCENARIOS: Scenario[] = ['full', 'rerun', 'changed', 'tar', 'fullRemote', 'rerunRemote', 'changedRemote', 'fullSlow']

/** Human names of the scenarios. */
export const SCENARIO_NAMES: Record<Scenario, string> = {
  full: 'full mirror into an empty namespace',
  rerun: 'rerun, nothing changed',
  changed: 'rerun after tags changed',
  tar: 'full mirror, tar-layer corpus (docker)',
  fullRemote: 'full mirror, remote',
  fullSlow: 'full mirror, remote, slower link',
  rerunRemote: 'rerun, nothing changed, remote',
  changedRemote: 'rerun after tags changed, remote'
}

/** Figures per scenario and tool, one per round. */
export type PerRound = Record<Scenario, Partial<Record<Tool, number[]>>>

/** An empty PerRound. */
export function perRound(): PerRound {
  return Object.fromEntries(SCENARIOS.map((scenario) => [scenario, {}])) as PerRound
}

/** One gcr-mirror run of the two-target scenario: its wall and CPU time and what it read from the source. */
export interface TargetsRun {
  ms: number
  cpuMs: number
  /**
   * CPU the run cost the rest of the machine: the registries' (source and targets) and the latency
   * proxies' (in the benchmark process). On this machine they share the cores with gcr-mirror.
   */
  othersCpuMs: number
  /** Blob `GET`s the source received. */
  sourceBlobGets: number
  /** Every request the source received. */
  sourceRequests: number
}

/** The corpus mirrored into two targets in one run against one target in one run, over the rounds (issue 26). */
export type TwoTargets =
  | {
      latencyMs: number
      one: TargetsRun[]
      two: TargetsRun[]
    }
  | { skipped: string }

/** Requests one registry received during one run, by method; blob uploads and mounts among them. */
export interface RequestCounts {
  total: number
  byMethod: Record<string, number>
  /** Blob bodies sent (`PUT` or `PATCH` to an upload session). */
  uploads: number
  /** Cross-repository mounts that succeeded (`POST ...?mount=` answered 201). */
  mounts: number
}

/** Requests the source and the target received during one run. */
export interface CountedRun {
  source: RequestCounts
  target: RequestCounts
  /** Milliseconds from the run's start to the first blob read from the source (start-up and planning before it). */
  firstBlobMs?: number
}

/** Milliseconds from `startedAt` to the first blob `GET` among `requests` (undefined when there is none). */
export function firstBlobMs(requests: ReadonlyArray<{ method: string; path: string; at?: number }>, startedAt: number): number | undefined {
  const first = requests.find((r) => r.method === 'GET' && /\/blobs\/sha256:/.test(r.path) && r.at !== undefined)
  return first?.at === undefined ? undefined : first.at - startedAt
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
  times: PerRound
  /** CPU milliseconds (user + system) of the tool's own processes per round; the floor's is this process's, docker's is left out (the daemon does the work). */
  cpu: PerRound
  /** CPU milliseconds both registries used during each run. */
  registriesCpu: PerRound
  /**
   * Milliseconds from each run's start (gcr-mirror: its process spawned; the floor: its first line in
   * this process) to the first blob read from the source, in the runs through the proxies.
   */
  firstBlob: PerRound
  /** gcr-mirror's peak RSS (bytes) in each full mirror. */
  fullMirrorRss: number[]
  /** Requests per registry, per scenario and tool (first round of the proxied pass). */
  requests: Partial<Record<'full' | 'rerun' | 'changed', Partial<Record<'gcr-mirror' | 'skopeo' | 'floor', CountedRun>>>>
  docker: DockerOutcome | { skipped: string }
  /** The ledger at scale (in the benchmark process): load, save, commit, a first run's ledger work. */
  ledger?: LedgerScale
  /** The single-large-layer image: gcr-mirror's time and peak RSS, the floor's time. */
  large?: { size: number; ms: number; peakRss: number; floorMs: number }
  /** Start-up and the no-op reruns at scale (bench/scale.ts); absent with --no-scale. */
  scale?: ScaleResults
  /** Full mirrors over a sweep of concurrency windows at the remote latencies (bench/windows.ts); absent with --no-windows. */
  windows?: WindowRun[]
  /** A no-op rerun's target requests and time with --verify off, sample and full (bench/verify-cost.ts). */
  verify?: VerifyCost
  /** One run into two targets against one into one (bench/two-targets.ts); absent with --no-two-targets. */
  twoTargets?: TwoTargets
  /** The action's peak RSS against the CLI's on the same no-op reruns (bench/action-memory.ts); absent with --no-scale. */
  actionMemory?: ActionMemory[]
}

/** Tallies proxy records. A blob sent in chunks (`PATCH`es, then a `PUT`) counts as one upload. */
export function countRequests(requests: ReadonlyArray<{ method: string; path: string; status: number }>): RequestCounts {
  const byMethod: Record<string, number> = {}
  let uploads = 0
  let mounts = 0
  for (const { method, path, status } of requests) {
    byMethod[method] = (byMethod[method] ?? 0) + 1
    if (method === 'PUT' && path.includes('/blobs/uploads/')) uploads++
    if (method === 'POST' && path.includes('mount=') && status === 201) mounts++
  }
  return { total: requests.length, byMethod, uploads, mounts }
}

/** One full mirror of the sweep: who, with which windows, at which latency, how long. */
export interface WindowRun {
  tool: 'gcr-mirror' | 'floor'
  /** Blob transfers at once (the floor: its requests at once). */
  blobs: number
  /** gcr-mirror's tags at once. */
  tags?: number
  latencyMs: number
  ms: number
  cpuMs: number
}

/** `gcr-mirror 32 tags / 8 blobs` or `floor 8 at once`. */
export function describeWindows(run: Pick<WindowRun, 'tool' | 'tags' | 'blobs'>): string {
  return run.tool === 'floor' ? `floor ${run.blobs} at once` : `gcr-mirror ${run.tags} tags / ${run.blobs} blobs`
}
