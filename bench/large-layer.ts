import { pushImage } from '../__tests__/harness/fixtures'
import { digestOf, keystreamStream } from './bytes'
import { directHosts, floor, gcrMirror } from './contenders'
import { uploadBlob } from './http'
import type { Lab, LiveCorpus } from './lab'
import { timeIt } from './measure'
import type { BenchResults } from './results'

const NAMESPACE = 'big'
const REPOSITORY = `${NAMESPACE}/one`

/**
 * Pushes one image with a single layer of `lab.config.largeLayerSize` bytes (generated twice as a
 * stream, to hash and to upload, never whole in memory), mirrors it with gcr-mirror, watching its
 * peak RSS, and copies it with the floor for comparison.
 */
export async function largeLayerRun(lab: Lab, log: (line: string) => void): Promise<BenchResults['large']> {
  const size = lab.config.largeLayerSize
  if (size <= 0) return undefined
  log(`large layer: generating and pushing ${(size / 2 ** 20).toFixed(0)} MiB`)
  const seed = lab.config.seed * 31 + 7
  const pushed = await timeIt(async () => {
    const digest = await digestOf(keystreamStream(size, seed))
    await uploadBlob(lab.source.url, REPOSITORY, digest, size, keystreamStream(size, seed))
    return pushImage(lab.source, REPOSITORY, 'v1', { layers: [], baseLayers: [{ digest, size }] })
  })
  log(`  pushed in ${(pushed.ms / 1000).toFixed(1)} s`)
  const corpus: LiveCorpus = {
    namespace: NAMESPACE,
    images: [{ repository: REPOSITORY, tag: 'v1', digest: pushed.value.digest }],
    repositories: [REPOSITORY],
    relative: ['one'],
    blobs: 2,
    bytes: size,
    indexes: 0
  }
  await lab.renewTarget()
  const run = await gcrMirror(lab, corpus, directHosts(lab), 'large', 1, log)
  const { ms: floorMs } = await floor(lab, corpus, 'large-floor')
  log(`  gcr-mirror: ${(run.ms / 1000).toFixed(1)} s, peak RSS ${(run.peakRss / 1e6).toFixed(0)} MB; floor ${(floorMs / 1000).toFixed(1)} s`)
  return { size, ms: run.ms, peakRss: run.peakRss, floorMs }
}
