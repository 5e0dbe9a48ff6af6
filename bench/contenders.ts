import { join } from 'node:path'
import { manifestDigest } from '../__tests__/harness/fixtures'
import { floorCopy } from './floor'
import type { Lab, LiveCorpus } from './lab'
import { timeIt, type Measured } from './measure'
import type { DockerOutcome } from './results'
import { clearDocker, runDockerLoop, runGcrMirror, runSkopeo } from './tools'

/** The registry hosts a run talks to: the registries themselves, or counting proxies in front of them. */
export interface Hosts {
  source: string
  target: string
}

/** The direct hosts of a lab. */
export function directHosts(lab: Lab): Hosts {
  return { source: lab.source.host, target: lab.target.host }
}

/** How many blob transfers (and, when given, tags) gcr-mirror has at once. */
export interface Windows {
  blobs: number
  tags?: number
}

/** A target repository path: the namespace plus the path relative to the source namespace. */
function targetRepository(corpus: LiveCorpus, namespace: string, repository: string): string {
  return `${namespace}/${repository.slice(corpus.namespace.length + 1)}`
}

/**
 * gcr-mirror over a corpus into `namespace` on the target. Its state file and report are kept per
 * host pair and namespace, so a later call with the same arguments is a rerun. Fails when a tag
 * fails; warns when fewer or more tags were copied than `expectCopied`. `windows`: blob transfers
 * at once (default: the floor's requests at once) and tags at once (default: gcr-mirror's).
 */
export async function gcrMirror(
  lab: Lab,
  corpus: LiveCorpus,
  hosts: Hosts,
  namespace: string,
  expectCopied: number,
  log: (line: string) => void,
  windows: Windows = { blobs: lab.config.concurrency }
): Promise<Measured> {
  const file = join(lab.work, `gcr-${hosts.source}-${hosts.target}-${namespace}`.replace(/[^\w.-]/g, '_'))
  const run = await runGcrMirror({
    cli: lab.config.cli,
    source: `${hosts.source}/${corpus.namespace}`,
    target: `${hosts.target}/${namespace}`,
    stateFile: `${file}.state.json`,
    report: `${file}.report.json`,
    concurrency: windows.blobs,
    tagConcurrency: windows.tags
  })
  if (run.copied + run.skipped !== corpus.images.length) {
    throw new Error(`gcr-mirror into ${namespace}: ${run.copied} copied + ${run.skipped} skipped of ${corpus.images.length} tags`)
  }
  if (run.copied !== expectCopied) log(`warning: gcr-mirror into ${namespace} copied ${run.copied} tags, expected ${expectCopied}`)
  return run
}

/** `skopeo sync --all` over the corpus's repositories into `namespace`; fails unless it synced every tag. */
export async function skopeoSync(lab: Lab, corpus: LiveCorpus, hosts: Hosts, namespace: string): Promise<Measured> {
  const run = await runSkopeo(hosts.source, corpus.namespace, corpus.relative, `${hosts.target}/${namespace}`, lab.work)
  const synced = [...run.stderr.matchAll(/Synced (\d+) images/g)].reduce((sum, match) => sum + Number(match[1]), 0)
  if (synced !== corpus.images.length)
    throw new Error(`skopeo into ${namespace}: synced ${synced} of ${corpus.images.length} tags:\n${run.stderr.slice(-2000)}`)
  return run
}

/** The tools that mirror a namespace and can rerun. */
export type Mirrorer = 'gcr-mirror' | 'skopeo'

/** gcr-mirror or skopeo over the lab's corpus into `namespace` (a rerun when it was mirrored before). */
export function mirror(tool: Mirrorer, lab: Lab, hosts: Hosts, namespace: string, expectCopied: number, log: (line: string) => void): Promise<Measured> {
  return tool === 'gcr-mirror' ? gcrMirror(lab, lab.corpus, hosts, namespace, expectCopied, log) : skopeoSync(lab, lab.corpus, hosts, namespace)
}

/**
 * The floor (see floorCopy) over the corpus into `namespace`, in this process, straight to the lab's
 * registries or through `urls` (the remote pass's proxies); resolves to its wall and CPU time.
 */
export async function floor(
  lab: Lab,
  corpus: LiveCorpus,
  namespace: string,
  urls: { source: string; target: string } = { source: lab.source.url, target: lab.target.url },
  concurrency = lab.config.concurrency
): Promise<{ ms: number; cpuMs: number }> {
  const images = corpus.images.map((image) => ({
    sourceRepository: image.repository,
    targetRepository: targetRepository(corpus, namespace, image.repository),
    tag: image.tag,
    digest: image.digest
  }))
  const { ms, cpuMs } = await timeIt(() => floorCopy(urls.source, urls.target, images, concurrency))
  return { ms, cpuMs }
}

/**
 * The docker loop over the tar-layer corpus into `namespace`, from an empty daemon, then each target
 * tag's digest compared with the source's.
 */
export async function dockerLoop(lab: Lab, namespace: string): Promise<{ run: Measured; outcome: DockerOutcome }> {
  const corpus = lab.tarCorpus!
  const dockerHost = lab.dockerd!.host
  await clearDocker(dockerHost)
  const refs = corpus.images.map((image) => ({
    source: `${lab.source.host}/${image.repository}:${image.tag}`,
    target: `${lab.target.host}/${targetRepository(corpus, namespace, image.repository)}:${image.tag}`
  }))
  const run = await runDockerLoop(dockerHost, refs)
  let differing = 0
  for (const image of corpus.images) {
    const digest = await manifestDigest(lab.target, targetRepository(corpus, namespace, image.repository), image.tag)
    if (digest !== image.digest) differing++
  }
  return { run, outcome: { tags: corpus.images.length, differing, indexes: corpus.indexes } }
}
