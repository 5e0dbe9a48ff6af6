/**
 * `npm run bench [-- options]`: gcr-mirror against skopeo, a docker pull/tag/push loop and the floor
 * on two local registries; writes BENCHMARKS.md, whose introduction says what is measured and how.
 * `npm run bench -- --help` lists the options.
 */
import { benchHelp, parseBenchConfig } from './config'
import { ensureBuilt } from './build'
import { dirname } from 'node:path'
import { actionMemoryPass } from './action-memory'
import { checkTools, startLab } from './lab'
import { largeLayerRun } from './large-layer'
import { ledgerScale } from './ledger-scale'
import { describeMachine } from './machine'
import { proxiedPass, slowPass } from './proxied'
import { Recorder } from './recorder'
import { mediansTable, targetsTable, writeResults } from './report'
import type { BenchResults } from './results'
import { runRounds } from './rounds'
import { scalePass } from './scale'
import { windowsSweep } from './windows'
import { twoTargets } from './two-targets'
import { verifyCost } from './verify-cost'

const log = (line: string): void => console.log(`[bench] ${line}`)

async function main(): Promise<void> {
  const config = parseBenchConfig(process.argv.slice(2))
  if (config === 'help') {
    console.log(benchHelp())
    return
  }
  checkTools()
  ensureBuilt(config.cli)
  const started = Date.now()
  const machine = describeMachine()
  const lab = await startLab(config, log)
  let results: BenchResults
  try {
    const recorder = new Recorder(lab, log)
    const rounds = await runRounds(lab, recorder, log)
    const requests = await proxiedPass(lab, recorder, log)
    await slowPass(lab, recorder, log)
    const windows = config.windows ? await windowsSweep(lab, [config.latency, config.slowLatency], log) : undefined
    const targets = config.twoTargets ? await twoTargets(lab, log) : undefined
    // The ledger's figures first: the large layer leaves gigabytes of registry writes for the disk to
    // flush, which the ledger's fsyncs would wait behind.
    const ledger = await ledgerScale(config.quick ? 10_000 : 100_000, log)
    const large = await largeLayerRun(lab, log)
    const scale = config.scale ? await scalePass(config.cli, config.quick, log) : undefined
    const verify = await verifyCost(config.cli, config.quick, log, config.latency)
    // The action (dist/index.js beside the CLI) against the CLI on the same no-op reruns, with the scale scenarios.
    const actionMemory = config.scale ? await actionMemoryPass(dirname(config.cli), config.quick, log) : undefined
    results = {
      config,
      machine,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      corpus: {
        repositories: lab.corpus.repositories.length,
        tags: lab.corpus.images.length,
        blobs: lab.corpus.blobs,
        bytes: lab.corpus.bytes,
        indexes: lab.corpus.indexes
      },
      times: recorder.times,
      cpu: recorder.cpu,
      registriesCpu: recorder.registriesCpu,
      firstBlob: recorder.firstBlob,
      fullMirrorRss: rounds.fullMirrorRss,
      requests,
      docker: rounds.docker ?? { skipped: lab.dockerSkipped ?? 'no docker round ran' },
      large,
      ledger,
      scale,
      windows,
      verify,
      twoTargets: targets,
      actionMemory
    }
  } finally {
    await lab.stop()
  }
  await writeResults(results)
  console.log(`\n${mediansTable(results)}\n\n${targetsTable(results)}\n\nwritten to ${config.output}`)
}

// Ctrl-C: exit through 'exit' so the harness stops the registries and the daemon it started.
process.once('SIGINT', () => process.exit(130))

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
