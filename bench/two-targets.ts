import { join } from 'node:path'
import { manifestDigest } from '../__tests__/harness/fixtures'
import { startProxy, type TestProxy } from '../__tests__/harness/proxy'
import { startRegistry, type TestRegistry } from '../__tests__/harness/registry'
import type { Lab } from './lab'
import { median } from './measure'
import { rotate } from './recorder'
import { cpuMsOf, registryPid } from './proc'
import { runGcrMirror } from './tools'
import type { TargetsRun, TwoTargets } from './results'

const BLOB_GET = /\/blobs\/sha256:[a-f0-9]{64}$/

/**
 * The two-target scenario: through proxies adding the remote latency in front of the source and two
 * target registries (the lab's and one more), gcr-mirror mirrors the corpus into an empty namespace
 * of one target, then (alternating over the rounds) into empty namespaces of both at once
 * (`--target A --target B`), each run checked on every target it wrote (every tag at the source's
 * digest). The source proxy counts the blobs each run read: two targets should read no more than one.
 * A build that takes one `--target` (exit 2) skips the scenario.
 */
export async function twoTargets(lab: Lab, log: (line: string) => void): Promise<TwoTargets> {
  const latencyMs = lab.config.latency
  await lab.renewTarget()
  const second = await startRegistry()
  const proxies: TestProxy[] = []
  try {
    for (const upstream of [lab.source, lab.target, second]) proxies.push(await startProxy(upstream.url, { delayMs: latencyMs }))
    const [source, targetA, targetB] = proxies
    // The machine's other work a run causes, logged beside gcr-mirror's (a second target costs its
    // registry and proxy CPU on the same cores, which a target on another host would not).
    const secondPid = registryPid(second)
    const registriesCpuMs = (): number => lab.registriesCpuMs() + cpuMsOf(secondPid)
    const result = { latencyMs, one: [] as TargetsRun[], two: [] as TargetsRun[] }
    log(`two targets through proxies adding ${latencyMs} ms per request`)
    for (let round = 1; round <= lab.config.rounds; round++) {
      // Two targets first in the first round: a build that takes one --target is found out at once.
      for (const runs of rotate([2, 1] as const, round - 1)) {
        const namespace = `t${runs}-r${round}`
        const targets: Array<[TestProxy, TestRegistry]> =
          runs === 1
            ? [[targetA, lab.target]]
            : [
                [targetA, lab.target],
                [targetB, second]
              ]
        source.reset()
        const before = { registries: registriesCpuMs(), proxies: proxiesCpuMs() }
        const file = join(lab.work, `two-targets-${namespace}`)
        const run = await runGcrMirror({
          cli: lab.config.cli,
          source: `${source.host}/${lab.corpus.namespace}`,
          target: `${targetA.host}/${namespace}`,
          moreTargets: targets.slice(1).map(([proxy]) => `${proxy.host}/${namespace}`),
          stateFile: `${file}.state.json`,
          report: `${file}.report.json`,
          concurrency: lab.config.concurrency
        }).catch((error: Error) => {
          if (runs === 2 && / exited 2:/.test(error.message)) return error.message.split('\n').slice(1).join(' ').trim()
          throw error
        })
        if (typeof run === 'string') return { skipped: `this build takes one --target (${run})` }
        // Taken before the check below, whose reads are the registries' too.
        const others = { registries: registriesCpuMs() - before.registries, proxies: proxiesCpuMs() - before.proxies }
        for (const [, registry] of targets) await expectMirrored(lab, registry, namespace)
        const measured: TargetsRun = {
          ms: run.ms,
          cpuMs: run.cpuMs,
          othersCpuMs: others.registries + others.proxies,
          sourceBlobGets: source.requests.filter((r) => r.method === 'GET' && BLOB_GET.test(r.path)).length,
          sourceRequests: source.requests.length
        }
        ;(runs === 1 ? result.one : result.two).push(measured)
        log(
          `  ${runs === 1 ? 'one target ' : 'two targets'} ${seconds(run.ms)}, gcr-mirror CPU ${seconds(run.cpuMs)} ` +
            `(registries ${seconds(others.registries)}, proxies ${seconds(others.proxies)}), ` +
            `${measured.sourceBlobGets} source blob GETs, ${measured.sourceRequests} source requests`
        )
      }
    }
    return result
  } finally {
    await Promise.all(proxies.map((proxy) => proxy.stop()))
    await second.stop()
  }
}

/** CPU ms this process (the proxies) has used so far. */
function proxiesCpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`

/** Throws unless every tag of the corpus is in `namespace` on `registry` at the source's digest. */
async function expectMirrored(lab: Lab, registry: TestRegistry, namespace: string): Promise<void> {
  for (const image of lab.corpus.images) {
    const repository = `${namespace}/${image.repository.slice(lab.corpus.namespace.length + 1)}`
    const digest = await manifestDigest(registry, repository, image.tag)
    if (digest !== image.digest)
      throw new Error(`two targets: ${registry.host}/${repository}:${image.tag} is ${digest ?? 'missing'}, the source has ${image.digest}`)
  }
}

/** Medians of a scenario's runs: wall time, CPU (gcr-mirror's and the rest of the machine's), source blob GETs and requests. */
export function twoTargetsMedians(runs: TargetsRun[]): TargetsRun {
  return {
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    othersCpuMs: median(runs.map((r) => r.othersCpuMs)),
    sourceBlobGets: median(runs.map((r) => r.sourceBlobGets)),
    sourceRequests: median(runs.map((r) => r.sourceRequests))
  }
}
