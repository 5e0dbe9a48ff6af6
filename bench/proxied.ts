import { startProxy } from '../__tests__/harness/proxy'
import { changeTags } from './changes'
import { floor, mirror, type Hosts, type Mirrorer } from './contenders'
import type { Lab } from './lab'
import { rotate, type Recorder } from './recorder'
import { countRequests, firstBlobMs, type BenchResults } from './results'

const MIRRORERS: Mirrorer[] = ['gcr-mirror', 'skopeo']

/**
 * The proxied pass: proxies in front of both registries count every request and delay each by
 * `lab.config.latency` ms, as a registry across a network would (one round trip per request;
 * connection set-up and TLS are not modelled). gcr-mirror and skopeo each mirror the corpus into a
 * namespace of their own on a new target, and the floor copies it through the same proxies (the
 * floor at that latency, in the same run; its CPU time includes the proxies'), then, over the rounds, rerun with nothing changed and rerun
 * after a few tags changed. Requests are counted in the full mirror and the first round's reruns;
 * times are recorded as the `*Remote` scenarios (the proxies run in this process, so they weigh
 * on these times alike for both tools). gcr-mirror's and the floor's full mirrors repeat over the
 * rounds, each into a namespace of its own.
 */
export async function proxiedPass(lab: Lab, recorder: Recorder, log: (line: string) => void): Promise<BenchResults['requests']> {
  await lab.renewTarget()
  const delayMs = lab.config.latency
  const sourceProxy = await startProxy(lab.source.url, { delayMs })
  const targetProxy = await startProxy(lab.target.url, { delayMs })
  const hosts: Hosts = { source: sourceProxy.host, target: targetProxy.host }
  const requests: BenchResults['requests'] = {}
  const counted = (started: number) => ({
    source: countRequests(sourceProxy.requests),
    target: countRequests(targetProxy.requests),
    firstBlobMs: firstBlobMs(sourceProxy.requests, started)
  })
  try {
    const run = async (tool: Mirrorer, scenario: 'full' | 'rerun' | 'changed', expectCopied: number, count: boolean) => {
      sourceProxy.reset()
      targetProxy.reset()
      const started = Date.now()
      const measured = await mirror(tool, lab, hosts, `remote-${tool}`, expectCopied, log)
      if (count) (requests[scenario] ??= {})[tool] = counted(started)
      return measured
    }
    log(`through proxies adding ${delayMs} ms per request`)
    for (const tool of MIRRORERS) await recorder.run('fullRemote', tool, () => run(tool, 'full', lab.corpus.images.length, true))
    // The floor at the same latency, through the same proxies, counted too.
    await recorder.run('fullRemote', 'floor', async () => {
      sourceProxy.reset()
      targetProxy.reset()
      const started = Date.now()
      const measured = await floor(lab, lab.corpus, 'remote-floor', { source: sourceProxy.url, target: targetProxy.url })
      ;(requests.full ??= {}).floor = counted(started)
      return measured
    })
    // More full mirrors of gcr-mirror and the floor (skopeo's takes half a minute here and its ratio is
    // no target at this latency), so the ratio is a median over the rounds, not one sample.
    await fullMirrors(lab, recorder, 'fullRemote', hosts, { source: sourceProxy.url, target: targetProxy.url }, 2, log)
    for (let round = 1; round <= lab.config.rounds; round++) {
      for (const tool of rotate(MIRRORERS, round - 1)) await recorder.run('rerunRemote', tool, () => run(tool, 'rerun', 0, round === 1))
      await changeTags(lab, lab.config.rounds + round)
      for (const tool of rotate(MIRRORERS, round - 1)) {
        await recorder.run('changedRemote', tool, () => run(tool, 'changed', lab.config.changedTags, round === 1))
      }
    }
    return requests
  } finally {
    await Promise.all([sourceProxy.stop(), targetProxy.stop()])
  }
}

/**
 * The full mirror again on a slower link, over the rounds: a new empty target, proxies adding
 * `lab.config.slowLatency` ms per request in front of both registries, gcr-mirror and the floor
 * (skopeo's ratio is taken at the first latency: at 50 ms it alone would take minutes).
 */
export async function slowPass(lab: Lab, recorder: Recorder, log: (line: string) => void): Promise<void> {
  const delayMs = lab.config.slowLatency
  if (delayMs <= 0) return
  await lab.renewTarget()
  const sourceProxy = await startProxy(lab.source.url, { delayMs })
  const targetProxy = await startProxy(lab.target.url, { delayMs })
  try {
    log(`through proxies adding ${delayMs} ms per request: gcr-mirror and the floor`)
    const hosts: Hosts = { source: sourceProxy.host, target: targetProxy.host }
    await fullMirrors(lab, recorder, 'fullSlow', hosts, { source: sourceProxy.url, target: targetProxy.url }, 1, log)
  } finally {
    await Promise.all([sourceProxy.stop(), targetProxy.stop()])
  }
}

/**
 * Full mirrors of gcr-mirror and the floor through the proxies at `hosts`/`urls`, alternating, from
 * round `first` to the configured rounds, each into a namespace of its own on the target (so none
 * finds another's blobs in its repositories), recorded as `scenario`.
 */
async function fullMirrors(
  lab: Lab,
  recorder: Recorder,
  scenario: 'fullRemote' | 'fullSlow',
  hosts: Hosts,
  urls: { source: string; target: string },
  first: number,
  log: (line: string) => void
): Promise<void> {
  for (let round = first; round <= lab.config.rounds; round++) {
    for (const tool of rotate(['gcr-mirror', 'floor'] as const, round - 1)) {
      const namespace = `${scenario}-${tool}-${round}`
      await recorder.run(scenario, tool, () =>
        tool === 'floor' ? floor(lab, lab.corpus, namespace, urls) : mirror('gcr-mirror', lab, hosts, namespace, lab.corpus.images.length, log)
      )
    }
  }
}
