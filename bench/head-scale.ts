import { createServer, type Server } from 'node:http'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ledger } from '../src/sync/ledger'
import { measure } from './measure'

/** A no-op rerun over `tags` tags in one repository: one HEAD each to a source answering after `latencyMs`. */
export interface HeadScale {
  tags: number
  latencyMs: number
  ms: number
  peakRss: number
  heads: number
}

const DIGEST = `sha256:${'a'.repeat(64)}`

/**
 * A stand-in source (distribution's answers for the routes a rerun uses: `/v2/`, the catalog, the tag
 * list, a manifest HEAD with Docker-Content-Digest) that waits `latencyMs` before every answer, and
 * a target that is never asked (the ledger holds every tag).
 */
export function standIn(tags: number, latencyMs: number, counter: { heads: number }): Server {
  const names = Array.from({ length: tags }, (_, i) => `v${i}`)
  return createServer((request, response) => {
    setTimeout(() => {
      const url = request.url ?? ''
      if (request.method === 'HEAD' && url.startsWith('/v2/ns/one/manifests/')) {
        counter.heads++
        response.writeHead(200, { 'docker-content-digest': DIGEST, 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'content-length': '100' })
        return response.end()
      }
      const body =
        url === '/v2/'
          ? {}
          : url.startsWith('/v2/_catalog')
            ? { repositories: ['ns/one'] }
            : url.startsWith('/v2/ns/one/tags/list')
              ? { name: 'ns/one', tags: names }
              : undefined
      response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body ?? { errors: [{ code: 'NAME_UNKNOWN', message: url }] }))
    }, latencyMs)
  })
}

export const listen = (server: Server): Promise<number> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)))

/** Runs the CLI's no-op rerun of `tags` tags at `latencyMs` per request and measures it. */
export async function headScale(cli: string, tags: number, latencyMs: number, args: string[] = []): Promise<HeadScale> {
  const counter = { heads: 0 }
  const source = standIn(tags, latencyMs, counter)
  const target = standIn(0, 0, { heads: 0 })
  const [sourcePort, targetPort] = await Promise.all([listen(source), listen(target)])
  const dir = await mkdtemp(join(tmpdir(), 'bench-heads-'))
  try {
    const state = join(dir, 'ledger.json')
    const ledger = new Ledger(
      state,
      Array.from({ length: tags }, (_, i) => ({
        source: `127.0.0.1:${sourcePort}/ns/one:v${i}`,
        digest: DIGEST,
        target: `127.0.0.1:${targetPort}/mirror/one:v${i}`,
        firstMirrored: 'x',
        lastMirrored: 'x'
      }))
    )
    await ledger.save()
    const run = await measure(process.execPath, [
      cli,
      'sync',
      '--source',
      `127.0.0.1:${sourcePort}/ns`,
      '--target',
      `127.0.0.1:${targetPort}/mirror`,
      '--state-file',
      state,
      '--quiet',
      ...args
    ])
    return { tags, latencyMs, ms: run.ms, peakRss: run.peakRss, heads: counter.heads }
  } finally {
    source.close()
    target.close()
    await rm(dir, { recursive: true, force: true })
  }
}

if (process.argv[1]?.endsWith('head-scale.ts')) {
  const result = await headScale(process.argv[2] ?? 'dist/cli.js', Number(process.argv[3] ?? 10_000), Number(process.argv[4] ?? 50), process.argv.slice(5))
  console.log(
    `${result.tags} tags at ${result.latencyMs} ms: ${(result.ms / 1000).toFixed(2)} s, peak RSS ${(result.peakRss / 1e6).toFixed(0)} MB, ${result.heads} HEADs`
  )
}
