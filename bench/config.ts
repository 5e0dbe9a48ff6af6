import { parseArgs } from 'node:util'

/** What one benchmark run builds and measures. */
export interface BenchConfig {
  /** Timed rounds; each tool runs once per round, in an order that rotates. */
  rounds: number
  /** Repositories in the source namespace. */
  repositories: number
  /** Tags per repository. */
  tagsPerRepo: number
  /** Layers of each image's own, on top of the shared base layers. */
  layersPerImage: number
  /** Bytes per layer. */
  layerSize: number
  /** Base layers every image starts with (as real images share their distribution's base). */
  sharedBaseLayers: number
  /** Every other repository one level deeper (`NS/team/app-1`). */
  nested: boolean
  /** Every Nth tag of a repository is on two platforms (0: none): an OCI index with attestations or a Docker list. */
  multiArchEvery: number
  /** Tags pushed anew before the "after changes" rerun. */
  changedTags: number
  /** Milliseconds the proxies of the remote scenarios add to every request. */
  latency: number
  /** ms per request of the second remote full mirror, gcr-mirror against the floor (0: skip). */
  slowLatency: number
  /** Blobs copied at once by gcr-mirror, requests at once by the floor (gcr-mirror's tags at once keep its default). */
  concurrency: number
  /** Size of the one large layer whose copy is watched for peak RSS (0: skip). */
  largeLayerSize: number
  /** Run the docker pull/tag/push loop when a daemon can be started. */
  docker: boolean
  /** Run start-up and the scale scenarios (bench/scale.ts). */
  scale: boolean
  /** Run the sweep of concurrency windows at the remote latencies (bench/windows.ts). */
  windows: boolean
  /** Mirror into two targets in one run against one (bench/two-targets.ts; skipped by a build that takes one --target). */
  twoTargets: boolean
  /** Corpus seed. */
  seed: number
  /** The gcr-mirror bundle to run (another build can be compared with `--cli`). */
  cli: string
  /** Where the results go. */
  output: string
  /** True for the smoke configuration. */
  quick: boolean
}

const MiB = 1024 * 1024
const GiB = 1024 * MiB

/** The default: a few minutes on a 2-core machine. */
export const DEFAULT_CONFIG: BenchConfig = {
  rounds: 3,
  repositories: 8,
  tagsPerRepo: 4,
  layersPerImage: 3,
  layerSize: 2 * MiB,
  sharedBaseLayers: 2,
  nested: true,
  multiArchEvery: 4,
  changedTags: 3,
  latency: 20,
  slowLatency: 50,
  concurrency: 8,
  largeLayerSize: GiB,
  docker: true,
  scale: true,
  windows: true,
  twoTargets: true,
  seed: 1,
  cli: 'dist/cli.js',
  output: 'BENCHMARKS.md',
  quick: false
}

/** `--quick`: a smoke run of well under a minute that still goes through every measurement. */
export const QUICK_CONFIG: BenchConfig = {
  ...DEFAULT_CONFIG,
  rounds: 1,
  repositories: 3,
  tagsPerRepo: 2,
  layersPerImage: 2,
  layerSize: 256 * 1024,
  sharedBaseLayers: 1,
  nested: true,
  multiArchEvery: 2,
  changedTags: 1,
  largeLayerSize: 64 * MiB,
  docker: false,
  output: 'bench/results/BENCHMARKS.quick.md',
  quick: true
}

/** Flags: name, kind, help; each also reads `BENCH_<NAME>` from the environment (e.g. BENCH_LAYER_SIZE=8M). */
const FLAGS = {
  quick: { type: 'boolean', help: 'tiny smoke configuration (under a minute, writes bench/results/BENCHMARKS.quick.md)' },
  rounds: { type: 'string', help: 'timed rounds, medians taken over them' },
  repositories: { type: 'string', help: 'repositories in the source namespace' },
  tags: { type: 'string', help: 'tags per repository' },
  layers: { type: 'string', help: 'own layers per image, on top of the shared base layers' },
  'layer-size': { type: 'string', arg: 'SIZE', help: 'bytes per layer (suffixes K, M, G)' },
  'shared-layers': { type: 'string', help: 'base layers shared by every image' },
  nested: { type: 'boolean', help: 'every other repository one level deeper (--no-nested: all flat)' },
  'multi-arch-every': { type: 'string', help: 'every Nth tag on two platforms (0: none)' },
  'changed-tags': { type: 'string', help: 'tags re-pushed before the "after changes" rerun' },
  latency: { type: 'string', help: 'ms added to every request in the remote scenarios' },
  'slow-latency': { type: 'string', help: 'ms per request of a second remote full mirror, gcr-mirror against the floor (0: skip)' },
  concurrency: { type: 'string', help: "gcr-mirror's blobs at once, the floor's requests at once (tags at once: gcr-mirror's default)" },
  'large-layer': { type: 'string', arg: 'SIZE', help: 'size of the single-layer image watched for peak RSS (0: skip)' },
  scale: { type: 'boolean', help: 'start-up and the no-op reruns at scale (10,000 tags, 500 repositories, bulk listing; --no-scale to skip)' },
  windows: {
    type: 'boolean',
    help: 'full mirrors at the remote latencies over a sweep of --concurrency/--blob-concurrency and the floor at 8 and 16 (--no-windows to skip)'
  },
  'two-targets': {
    type: 'boolean',
    help: 'the corpus into two targets in one run (--target twice) against one, at the remote latency (--no-two-targets to skip)'
  },
  docker: { type: 'boolean', help: 'run the docker pull/tag/push loop (default: on when dockerd is installed; --no-docker to skip)' },
  seed: { type: 'string', help: 'corpus seed' },
  cli: { type: 'string', arg: 'PATH', help: 'gcr-mirror bundle to run (default dist/cli.js, built when missing)' },
  output: { type: 'string', arg: 'PATH', help: 'results file' },
  help: { type: 'boolean', short: 'h', help: 'show this help' }
} as const

type Flag = keyof typeof FLAGS

/** The benchmark's help text. */
export function benchHelp(): string {
  const lines = Object.entries(FLAGS).map(([name, flag]) => {
    const arg = 'arg' in flag ? flag.arg : flag.type === 'string' ? 'N' : ''
    return `  --${`${name} ${arg}`.padEnd(22)}${flag.help}`
  })
  const defaults = Object.entries(DEFAULT_CONFIG)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')
  return ['Usage: npm run bench -- [options]', '', 'Options (each also as BENCH_<NAME> in the environment):', ...lines, '', `Defaults: ${defaults}`].join('\n')
}

/** Parses `1048576`, `512K`, `4M`, `1G` (binary units). */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([KMG]?)i?B?$/i.exec(text.trim())
  if (!match) throw new Error(`"${text}" is not a size (e.g. 4M, 512K, 1G)`)
  const unit = { '': 1, K: 1024, M: MiB, G: GiB }[match[2].toUpperCase() as '' | 'K' | 'M' | 'G']
  return Math.round(Number(match[1]) * unit)
}

function parseCount(text: string, name: string, min: number): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} "${text}": expected a whole number >= ${min}`)
  return value
}

/** Reads the configuration from the command line, then the environment, over the default or quick preset. */
export function parseBenchConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchConfig | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(
      Object.entries(FLAGS).map(([name, flag]) => [name, { type: flag.type, ...('short' in flag ? { short: flag.short } : {}) }])
    ) as never,
    allowNegative: true,
    strict: true
  } as never) as { values: Partial<Record<Flag, string | boolean>> }
  if (values.help) return 'help'
  const get = (name: Flag): string | boolean | undefined => {
    if (values[name] !== undefined) return values[name]
    const fromEnv = env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`]
    if (fromEnv === undefined || fromEnv === '') return undefined
    return FLAGS[name].type === 'boolean' ? !/^(0|false|no|off)$/i.test(fromEnv) : fromEnv
  }
  const str = (name: Flag): string | undefined => get(name) as string | undefined
  const base = get('quick') === true ? QUICK_CONFIG : DEFAULT_CONFIG
  const count = (name: Flag, fallback: number, min = 0): number => (str(name) === undefined ? fallback : parseCount(str(name)!, name, min))
  const size = (name: Flag, fallback: number): number => (str(name) === undefined ? fallback : parseSize(str(name)!))
  const config: BenchConfig = {
    ...base,
    rounds: count('rounds', base.rounds, 1),
    repositories: count('repositories', base.repositories, 1),
    tagsPerRepo: count('tags', base.tagsPerRepo, 1),
    layersPerImage: count('layers', base.layersPerImage, 1),
    layerSize: size('layer-size', base.layerSize),
    sharedBaseLayers: count('shared-layers', base.sharedBaseLayers),
    nested: (get('nested') as boolean | undefined) ?? base.nested,
    multiArchEvery: count('multi-arch-every', base.multiArchEvery),
    changedTags: count('changed-tags', base.changedTags),
    latency: count('latency', base.latency),
    slowLatency: count('slow-latency', base.slowLatency),
    concurrency: count('concurrency', base.concurrency, 1),
    largeLayerSize: size('large-layer', base.largeLayerSize),
    docker: (get('docker') as boolean | undefined) ?? base.docker,
    scale: (get('scale') as boolean | undefined) ?? base.scale,
    windows: (get('windows') as boolean | undefined) ?? base.windows,
    twoTargets: (get('two-targets') as boolean | undefined) ?? base.twoTargets,
    seed: count('seed', base.seed),
    cli: str('cli') ?? base.cli,
    output: str('output') ?? base.output
  }
  if (config.changedTags > config.repositories * config.tagsPerRepo) throw new Error('--changed-tags must not exceed the tag count')
  return config
}

/** `4 MiB`, `1 GiB`, `256 KiB`. */
export function formatSize(bytes: number): string {
  if (bytes >= GiB && bytes % GiB === 0) return `${bytes / GiB} GiB`
  if (bytes >= MiB) return `${+(bytes / MiB).toFixed(1)} MiB`
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`
  return `${bytes} B`
}
