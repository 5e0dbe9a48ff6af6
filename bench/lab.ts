import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hasDockerd, startDockerd, type Dockerd } from '../__tests__/harness/dockerd'
import { buildCorpus, type Corpus, type CorpusSpec } from '../__tests__/harness/fixtures'
import { startRegistry, type TestRegistry } from '../__tests__/harness/registry'
import type { BenchConfig } from './config'
import { timeIt } from './measure'
import { cpuMsOf, registryPid } from './proc'
import { buildTarCorpus } from './tar-corpus'

/** The source namespace of the corpus every tool mirrors. */
export const NAMESPACE = 'corp'
/** The source namespace of the docker-compatible corpus (real tar layers). */
export const TAR_NAMESPACE = 'tarcorp'

/** A corpus on the source registry, kept current as tags are changed. */
export interface LiveCorpus extends Corpus {
  namespace: string
  /** Repositories relative to the namespace. */
  relative: string[]
  /** Multi-platform tags. */
  indexes: number
}

/** Everything a benchmark run works with: two registries, the corpora, a daemon when there is one. */
export interface Lab {
  config: BenchConfig
  source: TestRegistry
  /** The current target; renewTarget replaces it. */
  target: TestRegistry
  /** Scratch directory for state files, reports and skopeo's YAML. */
  work: string
  corpus: LiveCorpus
  /** The docker-compatible corpus, when the daemon runs. */
  tarCorpus?: LiveCorpus
  dockerd?: Dockerd
  /** Why the docker loop does not run. */
  dockerSkipped?: string
  /**
   * Replaces the target with a new, empty registry on a new port, so no tool finds blobs of an
   * earlier round there (skopeo's blob-info cache would mount them, keyed by host).
   */
  renewTarget(): Promise<void>
  /** CPU ms both registries have used so far (differences give a run's share). */
  registriesCpuMs(): number
  stop(): Promise<void>
}

/** Fails early, with the fix, when a tool the benchmark needs is missing. */
export function checkTools(): void {
  const missing = ['docker-registry', 'skopeo'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}: apt-get install docker-registry skopeo`)
}

function live(corpus: Corpus, namespace: string, spec: CorpusSpec): LiveCorpus {
  const every = spec.multiArchEvery ?? 0
  return {
    ...corpus,
    namespace,
    relative: corpus.repositories.map((repository) => repository.slice(namespace.length + 1)),
    indexes: every > 0 ? corpus.repositories.length * Math.floor(spec.tagsPerRepo / every) : 0
  }
}

/**
 * Starts the source and target registries, builds the corpus (and, when a Docker daemon can be
 * started, the docker-compatible one), logging what it does.
 */
export async function startLab(config: BenchConfig, log: (line: string) => void): Promise<Lab> {
  const work = await mkdtemp(join(tmpdir(), 'gcr-mirror-bench-'))
  const stops: Array<() => Promise<void>> = [() => rm(work, { recursive: true, force: true })]
  const stop = async (): Promise<void> => {
    for (const fn of stops.reverse()) await fn().catch((error: Error) => log(`cleanup: ${error.message}`))
  }
  try {
    const source = await startRegistry()
    stops.push(source.stop)
    let target = await startRegistry()
    stops.push(() => target.stop())
    log(`registries: source ${source.host}, target ${target.host}`)
    const spec = (namespace: string): CorpusSpec => ({
      namespace,
      repositories: config.repositories,
      tagsPerRepo: config.tagsPerRepo,
      layersPerImage: config.layersPerImage,
      layerSize: config.layerSize,
      sharedBaseLayers: config.sharedBaseLayers,
      nested: config.nested,
      multiArchEvery: config.multiArchEvery,
      seed: config.seed
    })
    const built = await timeIt(() => buildCorpus(source, spec(NAMESPACE)))
    const corpus = live(built.value, NAMESPACE, spec(NAMESPACE))
    log(
      `corpus: ${corpus.images.length} tags in ${corpus.repositories.length} repositories, ${corpus.blobs} blobs, ${(corpus.bytes / 2 ** 20).toFixed(0)} MiB (built in ${(built.ms / 1000).toFixed(1)} s)`
    )

    let dockerd: Dockerd | undefined
    let tarCorpus: LiveCorpus | undefined
    let dockerSkipped: string | undefined
    if (!config.docker) dockerSkipped = 'turned off (--no-docker)'
    else if (!hasDockerd()) dockerSkipped = 'dockerd is not installed'
    else {
      try {
        dockerd = await startDockerd()
        stops.push(dockerd.stop)
        tarCorpus = live(await buildTarCorpus(source, spec(TAR_NAMESPACE)), TAR_NAMESPACE, spec(TAR_NAMESPACE))
        log(`docker: daemon at ${dockerd.host}; tar-layer corpus of ${tarCorpus.images.length} tags, ${(tarCorpus.bytes / 2 ** 20).toFixed(0)} MiB`)
      } catch (error) {
        dockerSkipped = `the daemon did not start (${(error as Error).message.split('\n')[0]})`
      }
    }
    const sourcePid = registryPid(source)
    let targetPid = registryPid(target)
    const lab: Lab = {
      config,
      source,
      target,
      work,
      corpus,
      tarCorpus,
      dockerd,
      dockerSkipped,
      stop,
      renewTarget: async () => {
        await target.stop()
        target = lab.target = await startRegistry()
        targetPid = registryPid(target)
      },
      registriesCpuMs: () => cpuMsOf(sourcePid) + cpuMsOf(targetPid)
    }
    return lab
  } catch (error) {
    await stop()
    throw error
  }
}
