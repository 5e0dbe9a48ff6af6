import { createServer, type Server } from 'node:http'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ledger } from '../src/sync/state/ledger'
import { measure } from './measure'

/** One no-op rerun at scale: every tag in the ledger, the source asked for its digests only. */
export interface ScaleRun {
  /** What was listed: repositories, tags in each, how digests were found. */
  repositories: number
  tagsEach: number
  listing: 'head' | 'bulk'
  latencyMs: number
  headConcurrency: number
  ms: number
  cpuMs: number
  peakRss: number
  /** Requests the source answered, by method; the target is never asked. */
  requests: Record<string, number>
}

/** The shape of a scale run. */
export interface ScaleShape {
  repositories: number
  tagsEach: number
  /** `head`: one HEAD per tag (distribution); `bulk`: digests in the tag list (gcr.io's `manifest` map). */
  listing: 'head' | 'bulk'
  latencyMs: number
  /** `--head-concurrency` (default: gcr-mirror's own). */
  headConcurrency?: number
}

const DIGEST = `sha256:${'a'.repeat(64)}`
const MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json'
/** gcr-mirror's default `--head-concurrency` (src/sync/options/option-table.ts). */
export const DEFAULT_HEAD_CONCURRENCY = 64

const repositoryName = (i: number, count: number): string => (count === 1 ? 'one' : `r${String(i).padStart(3, '0')}`)

/**
 * A stand-in source that waits `latencyMs` before every answer and counts them, answering the routes a
 * rerun uses as distribution does (`/v2/`, `_catalog`, `tags/list`, a manifest HEAD with
 * Docker-Content-Digest), or, for `bulk`, as gcr.io does (go-containerregistry's pkg/v1/google: the
 * namespace's `tags/list` names its repositories in `child`, each repository's lists every digest
 * with its tags in `manifest`, so no HEAD is needed).
 */
export function standIn(shape: ScaleShape, counts: Record<string, number>): Server {
  const repositories = Array.from({ length: shape.repositories }, (_, i) => `ns/${repositoryName(i, shape.repositories)}`)
  const known = new Set(repositories)
  const tags = Array.from({ length: shape.tagsEach }, (_, i) => `v${i}`)
  const tagList = (name: string): object => ({
    name,
    tags,
    ...(shape.listing === 'bulk' ? { child: [], manifest: { [DIGEST]: { tag: tags, mediaType: MEDIA_TYPE, imageSizeBytes: '100' } } } : {})
  })
  return createServer((request, response) => {
    setTimeout(() => {
      const method = request.method ?? 'GET'
      counts[method] = (counts[method] ?? 0) + 1
      const url = request.url ?? ''
      const manifest = /^\/v2\/(.+)\/manifests\/[^/]+$/.exec(url)
      if (method === 'HEAD' && manifest && known.has(manifest[1])) {
        response.writeHead(200, { 'docker-content-digest': DIGEST, 'content-type': MEDIA_TYPE, 'content-length': '100' })
        return response.end()
      }
      const list = /^\/v2\/(.+)\/tags\/list/.exec(url)
      const body =
        url === '/v2/'
          ? {}
          : url.startsWith('/v2/_catalog')
            ? { repositories }
            : list && known.has(list[1])
              ? tagList(list[1])
              : list && list[1] === 'ns' && shape.listing === 'bulk'
                ? { name: 'ns', tags: [], child: repositories.map((r) => r.slice(3)), manifest: {} }
                : undefined
      response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body ?? { errors: [{ code: 'NAME_UNKNOWN', message: url }] }))
    }, shape.latencyMs)
  })
}

export const listen = (server: Server): Promise<number> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)))

/**
 * Runs the CLI's no-op rerun over a stand-in of `shape` (a ledger holding every tag, so the target is
 * never asked) and measures it. The bulk listing is reached under gcr.io's name (the CLI's test-only
 * resolver, plain HTTP through --insecure-registry), since gcr-mirror picks the gcr.io lister by host.
 */
export async function scaleRun(cli: string, shape: ScaleShape): Promise<ScaleRun> {
  const counts: Record<string, number> = {}
  const source = standIn(shape, counts)
  const target = standIn({ ...shape, repositories: 0, tagsEach: 0, latencyMs: 0 }, {})
  const [sourcePort, targetPort] = await Promise.all([listen(source), listen(target)])
  const dir = await mkdtemp(join(tmpdir(), 'bench-scale-'))
  const sourceHost = shape.listing === 'bulk' ? 'gcr.io' : `127.0.0.1:${sourcePort}`
  const headConcurrency = shape.headConcurrency ?? DEFAULT_HEAD_CONCURRENCY
  try {
    const state = join(dir, 'ledger.json')
    const entries = []
    for (let r = 0; r < shape.repositories; r++) {
      const name = repositoryName(r, shape.repositories)
      for (let t = 0; t < shape.tagsEach; t++) {
        entries.push({
          source: `${sourceHost}/ns/${name}:v${t}`,
          digest: DIGEST,
          target: `127.0.0.1:${targetPort}/mirror/${name}:v${t}`,
          firstMirrored: 'x',
          lastMirrored: 'x'
        })
      }
    }
    await new Ledger(state, entries).save()
    const bulk = shape.listing === 'bulk'
    const env = {
      PATH: process.env.PATH,
      HOME: dir,
      DOCKER_CONFIG: '/nonexistent',
      ...(bulk ? { GCR_MIRROR_TEST: '1', GCR_MIRROR_TEST_RESOLVE: `gcr.io=127.0.0.1:${sourcePort}` } : {})
    }
    const args = [
      cli,
      'sync',
      '--source',
      `${sourceHost}/ns`,
      '--target',
      `127.0.0.1:${targetPort}/mirror`,
      '--state-file',
      state,
      '--verify',
      'off',
      '--quiet'
    ]
    args.push('--head-concurrency', String(headConcurrency), ...(bulk ? ['--insecure-registry', 'gcr.io'] : []))
    const run = await measure(process.execPath, args, env)
    const skipped = Number(/skipped (\d+)/.exec(run.stdout)?.[1])
    if (skipped !== entries.length)
      throw new Error(`scale run ${JSON.stringify(shape)}: ${skipped} of ${entries.length} tags skipped:\n${run.stdout}${run.stderr}`)
    return { ...shape, headConcurrency, ms: run.ms, cpuMs: run.cpuMs, peakRss: run.peakRss, requests: counts }
  } finally {
    source.close()
    target.close()
    await rm(dir, { recursive: true, force: true })
  }
}

/** `N tags in M repositories (HEAD each | bulk listing) at L ms`. */
export function describeShape(run: ScaleShape): string {
  const where = run.repositories === 1 ? 'one repository' : `${run.repositories.toLocaleString('en')} repositories × ${run.tagsEach}`
  const tags = (run.repositories * run.tagsEach).toLocaleString('en')
  return `${tags} tags in ${where}, ${run.listing === 'bulk' ? 'gcr.io bulk listing' : 'one HEAD each'}, ${run.latencyMs} ms per request`
}

// `npx tsx bench/head-scale.ts dist/cli.js TAGS LATENCY [HEAD_CONCURRENCY [REPOSITORIES [head|bulk]]]`
if (process.argv[1]?.endsWith('head-scale.ts')) {
  const [cli = 'dist/cli.js', tags = '10000', latency = '50', width, repositories = '1', listing = 'head'] = process.argv.slice(2)
  const count = Number(repositories)
  const shape: ScaleShape = {
    repositories: count,
    tagsEach: Math.ceil(Number(tags) / count),
    listing: listing as 'head' | 'bulk',
    latencyMs: Number(latency),
    headConcurrency: width ? Number(width) : undefined
  }
  const run = await scaleRun(cli, shape)
  console.log(
    `${describeShape(run)}, --head-concurrency ${run.headConcurrency}: ${(run.ms / 1000).toFixed(2)} s, CPU ${(run.cpuMs / 1000).toFixed(2)} s, peak RSS ${(run.peakRss / 1e6).toFixed(0)} MB, requests ${JSON.stringify(run.requests)}`
  )
}
