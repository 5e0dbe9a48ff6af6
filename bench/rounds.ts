import { changeTags } from './changes'
import { directHosts, dockerLoop, floor, gcrMirror, mirror, type Mirrorer } from './contenders'
import type { Lab } from './lab'
import { rotate, type Recorder } from './recorder'
import type { DockerOutcome, Tool } from './results'

/** What the timed rounds measured besides times: gcr-mirror's peak RSS per full mirror, the docker loop's result. */
export interface RoundResults {
  fullMirrorRss: number[]
  docker?: DockerOutcome
}

/**
 * The timed rounds. Each round starts a new empty target registry; then a full mirror by every
 * tool into a namespace of its own, the rerun with nothing changed (gcr-mirror, skopeo), a few tags
 * pushed anew and the rerun again. The order of the tools rotates from round to round so machine
 * noise hits all alike.
 */
export async function runRounds(lab: Lab, recorder: Recorder, log: (line: string) => void): Promise<RoundResults> {
  const results: RoundResults = { fullMirrorRss: [] }
  const fullTools: Tool[] = ['gcr-mirror', 'skopeo', 'floor', ...(lab.tarCorpus ? (['docker'] as const) : [])]
  const mirrorers: Mirrorer[] = ['gcr-mirror', 'skopeo']

  for (let round = 1; round <= lab.config.rounds; round++) {
    await lab.renewTarget()
    const hosts = directHosts(lab)
    log(`round ${round} of ${lab.config.rounds} (target ${hosts.target})`)
    const ns = (tool: Tool): string => `r${round}-${tool.replace('gcr-mirror', 'gcr')}`
    for (const tool of rotate(fullTools, round - 1)) {
      if (tool === 'gcr-mirror' || tool === 'skopeo') {
        const run = await recorder.run('full', tool, () => mirror(tool, lab, hosts, ns(tool), lab.corpus.images.length, log))
        if (tool === 'gcr-mirror') results.fullMirrorRss.push(run.peakRss)
      } else if (tool === 'floor') {
        await recorder.run('full', tool, () => floor(lab, lab.corpus, ns(tool)))
      } else {
        const { outcome } = await recorder.run('tar', 'docker', async () => {
          const { run, outcome } = await dockerLoop(lab, ns(tool))
          return { ms: run.ms, cpuMs: NaN, outcome }
        })
        results.docker = outcome
        await recorder.run('tar', 'gcr-mirror', () => gcrMirror(lab, lab.tarCorpus!, hosts, `${ns(tool)}-gcr`, lab.tarCorpus!.images.length, log))
      }
    }
    for (const tool of rotate(mirrorers, round - 1)) await recorder.run('rerun', tool, () => mirror(tool, lab, hosts, ns(tool), 0, log))
    await changeTags(lab, round)
    for (const tool of rotate(mirrorers, round - 1)) {
      await recorder.run('changed', tool, () => mirror(tool, lab, hosts, ns(tool), lab.config.changedTags, log))
    }
  }
  return results
}
