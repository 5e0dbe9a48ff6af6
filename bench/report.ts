import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { formatSize } from './config'
import { median } from './measure'
import { SCENARIO_NAMES, type BenchResults, type CountedRun, type RequestCounts, type Scenario, type Tool } from './results'

const TOOLS: Tool[] = ['gcr-mirror', 'skopeo', 'docker', 'floor']
const SCENARIOS: Scenario[] = ['full', 'rerun', 'changed']

/** Targets from the benchmark issue. */
export const TARGETS = {
  fullVsSkopeo: 0.6,
  fullVsFloor: 1.25,
  rerunSpeedup: 10,
  largeRssBytes: 150e6
}

/** `850 ms`, `4.21 s`, `2 min 5 s`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–'
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 120_000) return `${(ms / 1000).toFixed(2)} s`
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
}

/** Peak memory in MB (10^6 bytes, as the target is stated). */
function formatMb(bytes: number): string {
  return Number.isFinite(bytes) && bytes > 0 ? `${(bytes / 1e6).toFixed(0)} MB` : '–'
}

function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : '–'
}

function mark(ok: boolean | undefined): string {
  return ok === undefined ? '–' : ok ? 'met' : '**missed**'
}

function methods(counts: RequestCounts | undefined): string {
  if (!counts) return '–'
  if (counts.total === 0) return '0'
  const parts = Object.entries(counts.byMethod).sort(([a], [b]) => a.localeCompare(b)).map(([method, n]) => `${method} ${n}`)
  return `${counts.total} (${parts.join(', ')})`
}

/** Median time of a tool in a scenario, NaN when it did not run. */
function med(results: BenchResults, scenario: Scenario, tool: Tool): number {
  return median(results.times[scenario][tool] ?? [])
}

/** The table of medians and ratios, as Markdown (also printed to the console). */
export function mediansTable(results: BenchResults): string {
  const header = ['', ...TOOLS, 'gcr-mirror / skopeo', 'gcr-mirror / floor']
  const rows = SCENARIOS.map((scenario) => [
    SCENARIO_NAMES[scenario],
    ...TOOLS.map((tool) => formatMs(med(results, scenario, tool))),
    ratio(med(results, scenario, 'gcr-mirror'), med(results, scenario, 'skopeo')),
    ratio(med(results, scenario, 'gcr-mirror'), med(results, scenario, 'floor'))
  ])
  return table(header, rows)
}

/** The targets, each with the measured figure and whether it holds. */
export function targetsTable(results: BenchResults): string {
  const gcr = (scenario: Scenario): number => med(results, scenario, 'gcr-mirror')
  const skopeo = (scenario: Scenario): number => med(results, scenario, 'skopeo')
  const rerun = results.requests.rerun?.['gcr-mirror']
  const { repositories, tags } = results.corpus
  const sourceBound = repositories + tags
  const rows: Array<[string, string, boolean | undefined]> = [
    [`full mirror ≤ ${TARGETS.fullVsSkopeo}x skopeo`, ratio(gcr('full'), skopeo('full')), compare(gcr('full') / skopeo('full'), (r) => r <= TARGETS.fullVsSkopeo)],
    [`full mirror ≤ ${TARGETS.fullVsFloor}x floor`, ratio(gcr('full'), med(results, 'full', 'floor')), compare(gcr('full') / med(results, 'full', 'floor'), (r) => r <= TARGETS.fullVsFloor)],
    [`rerun ≥ ${TARGETS.rerunSpeedup}x faster than skopeo`, `${ratio(skopeo('rerun'), gcr('rerun'))} faster`, compare(skopeo('rerun') / gcr('rerun'), (r) => r >= TARGETS.rerunSpeedup)],
    ['rerun: zero requests to the target', rerun ? String(rerun.target.total) : '–', rerun && rerun.target.total === 0],
    [
      `rerun: ≤ 1 request per repository + 1 HEAD per tag to the source (${repositories} + ${tags} = ${sourceBound})`,
      rerun ? methods(rerun.source) : '–',
      rerun && rerun.source.total <= sourceBound
    ],
    [
      `peak RSS < ${formatMb(TARGETS.largeRssBytes)} copying a ${results.large ? formatSize(results.large.size) : 'large'} layer`,
      results.large ? formatMb(results.large.peakRss) : 'not run',
      results.large && results.large.peakRss < TARGETS.largeRssBytes
    ]
  ]
  return table(['target', 'measured', ''], rows.map(([what, value, ok]) => [what, value, mark(ok)]))
}

function compare(value: number, test: (v: number) => boolean): boolean | undefined {
  return Number.isFinite(value) ? test(value) : undefined
}

function requestsTable(results: BenchResults): string {
  const rows: string[][] = []
  for (const scenario of SCENARIOS) {
    for (const tool of ['gcr-mirror', 'skopeo'] as const) {
      const run: CountedRun | undefined = results.requests[scenario]?.[tool]
      if (run) rows.push([SCENARIO_NAMES[scenario], tool, methods(run.source), methods(run.target)])
    }
  }
  return table(['run', 'tool', 'source requests', 'target requests'], rows)
}

function roundsTable(results: BenchResults): string {
  const rows: string[][] = []
  for (const scenario of SCENARIOS) {
    for (const tool of TOOLS) {
      const times = results.times[scenario][tool]
      if (times?.length) rows.push([SCENARIO_NAMES[scenario], tool, times.map(formatMs).join(', ')])
    }
  }
  return table(['scenario', 'tool', 'each round'], rows)
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')
}

function dockerNote(results: BenchResults): string {
  const docker = results.docker
  if ('skipped' in docker) return `The docker pull/tag/push loop did not run: ${docker.skipped}.`
  return (
    `docker pull/tag/push (one tag after the other through a daemon, the old way): ${docker.differing} of ${docker.tags} ` +
    `target tags have a digest different from the source's; the ${docker.indexes} multi-platform tags arrive as a ` +
    'single platform (the daemon pulls only its own), and the daemon rewrites manifests on push.'
  )
}

/** The whole BENCHMARKS.md: how to run, targets, machine, configuration, results. */
export function renderMarkdown(results: BenchResults): string {
  const { config, machine, corpus } = results
  const large = results.large
  return `# Benchmarks

\`npm run bench\` mirrors one corpus between two local registries (Debian's \`docker-registry\`, the test
harness's) with gcr-mirror, \`skopeo sync --all\` and, where \`dockerd\` is installed, a docker
pull/tag/push loop, alternating the tools inside each round so machine noise hits all alike, and
rewrites this file with the medians. It needs \`docker-registry\` and \`skopeo\` (\`apt-get install
docker-registry skopeo\`; \`time\` for exact peak RSS, \`docker.io\` for the docker loop) and builds
\`dist/cli.js\` first if it is missing. \`npm run bench -- --help\` lists the corpus parameters (also as
\`BENCH_*\` environment variables); \`npm run bench -- --quick\` is a smoke run of under a minute that
writes \`bench/results/BENCHMARKS.quick.md\`.

What is measured, per round: a full mirror into an empty namespace (a fresh one per round and tool);
a rerun with nothing changed (gcr-mirror with its state file, skopeo's sync again); a rerun after
${config.changedTags} tags were pushed anew. The **floor** is the least work that yields the same
target: every manifest read, each distinct blob copied once by a streamed GET-then-PUT (mounted into the
other repositories) and the manifests put, at the same concurrency, with no discovery and no checks.
Requests are counted in a separate pass through counting proxies in front of both registries.

Targets: full mirror ≤ ${TARGETS.fullVsSkopeo}x skopeo's time and ≤ ${TARGETS.fullVsFloor}x the floor;
rerun with nothing changed ≥ ${TARGETS.rerunSpeedup}x faster than skopeo's, with zero requests to the
target and at most one request per repository plus one \`HEAD\` per tag to the source; peak RSS under
150 MB while copying a 1 GiB layer.

## Latest run

${results.startedAt}, ${formatMs(results.durationMs)} in all${config.quick ? ' (**--quick smoke configuration: figures are not meaningful**)' : ''}.

| machine | |
|---|---|
| CPU | ${machine.cpu}, ${machine.cores} cores |
| memory | ${machine.memory} |
| OS | ${machine.os} |
| Node | ${machine.node} |
| registry | ${machine.registry} |
| skopeo | ${machine.skopeo} |
| dockerd | ${machine.docker} |

Corpus: ${corpus.repositories} repositories (${config.nested} nested), ${corpus.tags} tags (${corpus.indexes} multi-platform),
${config.layersPerImage} layers of ${formatSize(config.layerSize)} per image of which ${config.sharedBaseLayers} shared base layers,
${corpus.blobs} distinct blobs, ${formatSize(corpus.bytes)}; ${config.rounds} round${config.rounds === 1 ? '' : 's'},
concurrency ${config.concurrency} (gcr-mirror's tags and blobs, the floor's requests), seed ${config.seed}.

### Medians

${mediansTable(results)}

### Targets

${targetsTable(results)}

### Requests (counted pass)

${requestsTable(results)}

### Memory

gcr-mirror's peak RSS in the full mirrors: ${results.fullMirrorRss.map(formatMb).join(', ') || '–'}.
${large ? `Copying one image with a single ${formatSize(large.size)} layer: ${formatMs(large.ms)} (${((large.size / 2 ** 20) / (large.ms / 1000)).toFixed(0)} MiB/s), peak RSS ${formatMb(large.peakRss)}.` : 'The large-layer run was skipped (--large-layer 0).'}

### docker

${dockerNote(results)}

### Every round

${roundsTable(results)}
`
}

/** Writes BENCHMARKS.md (or the configured output) and the raw figures beside it as JSON. */
export async function writeResults(results: BenchResults): Promise<void> {
  await mkdir(dirname(results.config.output), { recursive: true })
  await writeFile(results.config.output, renderMarkdown(results))
  await mkdir('bench/results', { recursive: true })
  await writeFile(`bench/results/${results.config.quick ? 'quick' : 'latest'}.json`, `${JSON.stringify(results, null, 2)}\n`)
}
