import { startProxy, type TestProxy } from '../__tests__/harness/proxy'
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
  return throughProxies(lab, delayMs, async (link) => {
    const requests: BenchResults['requests'] = {}
    const counted = (started: number) => ({
      source: countRequests(link.source.requests),
      target: countRequests(link.target.requests),
      firstBlobMs: firstBlobMs(link.source.requests, started)
    })
    /** Resets the counts, runs `work`, and records its requests under `scenario` and `tool` when `count`. */
    const measuredRun = async <T>(scenario: 'full' | 'rerun' | 'changed', tool: Mirrorer | 'floor', count: boolean, work: () => Promise<T>): Promise<T> => {
      link.source.reset()
      link.target.reset()
      const started = Date.now()
      const measured = await work()
      if (count) (requests[scenario] ??= {})[tool] = counted(started)
      return measured
    }
    const run = (tool: Mirrorer, scenario: 'full' | 'rerun' | 'changed', expectCopied: number, count: boolean) =>
      measuredRun(scenario, tool, count, () => mirror(tool, lab, link.hosts, `remote-${tool}`, expectCopied, log))
    log(`through proxies adding ${delayMs} ms per request`)
    for (const tool of MIRRORERS) {
      await recorder.run('fullRemote', tool, () => run(tool, 'full', lab.corpus.images.length, true))
      recorder.noteFirstBlob('fullRemote', tool, requests.full?.[tool]?.firstBlobMs)
    }
    // The floor at the same latency, through the same proxies, counted too.
    await recorder.run('fullRemote', 'floor', () => measuredRun('full', 'floor', true, () => floor(lab, lab.corpus, 'remote-floor', link.urls)))
    recorder.noteFirstBlob('fullRemote', 'floor', requests.full?.floor?.firstBlobMs)
    // More full mirrors of gcr-mirror and the floor (skopeo's takes half a minute here and its ratio is
    // no target at this latency), so the ratio is a median over the rounds, not one sample.
    await fullMirrors(lab, recorder, 'fullRemote', link, 2, log)
    for (let round = 1; round <= lab.config.rounds; round++) {
      for (const tool of rotate(MIRRORERS, round - 1)) await recorder.run('rerunRemote', tool, () => run(tool, 'rerun', 0, round === 1))
      await changeTags(lab, lab.config.rounds + round)
      for (const tool of rotate(MIRRORERS, round - 1)) {
        await recorder.run('changedRemote', tool, () => run(tool, 'changed', lab.config.changedTags, round === 1))
      }
    }
    return requests
  })
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
  await throughProxies(lab, delayMs, async (link) => {
    log(`through proxies adding ${delayMs} ms per request: gcr-mirror and the floor`)
    await fullMirrors(lab, recorder, 'fullSlow', link, 1, log)
  })
}

/** Latency proxies in front of the lab's two registries: their hosts (for gcr-mirror) and URLs (for the floor). */
interface Link {
  source: TestProxy
  target: TestProxy
  hosts: Hosts
  urls: { source: string; target: string }
}

/** Runs `work` through proxies adding `delayMs` ms to every request to either registry, stopping them after. */
export async function throughProxies<T>(lab: Lab, delayMs: number, work: (link: Link) => Promise<T>): Promise<T> {
  const source = await startProxy(lab.source.url, { delayMs })
  const target = await startProxy(lab.target.url, { delayMs })
  try {
    return await work({ source, target, hosts: { source: source.host, target: target.host }, urls: { source: source.url, target: target.url } })
  } finally {
    await Promise.all([source.stop(), target.stop()])
  }
}

/**
 * Full mirrors of gcr-mirror and the floor through `link`, alternating, from
 * round `first` to the configured rounds, each into a namespace of its own on the target (so none
 * finds another's blobs in its repositories), recorded as `scenario` with the time each read its first blob.
 */
async function fullMirrors(
  lab: Lab,
  recorder: Recorder,
  scenario: 'fullRemote' | 'fullSlow',
  link: Link,
  first: number,
  log: (line: string) => void
): Promise<void> {
  for (let round = first; round <= lab.config.rounds; round++) {
    for (const tool of rotate(['gcr-mirror', 'floor'] as const, round - 1)) {
      const namespace = `${scenario}-${tool}-${round}`
      link.source.reset()
      const started = Date.now()
      await recorder.run(scenario, tool, () =>
        tool === 'floor' ? floor(lab, lab.corpus, namespace, link.urls) : mirror('gcr-mirror', lab, link.hosts, namespace, lab.corpus.images.length, log)
      )
      recorder.noteFirstBlob(scenario, tool, firstBlobMs(link.source.requests, started))
    }
  }
}
