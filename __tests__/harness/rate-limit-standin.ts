import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { TestRegistry } from './registry'
import { makeCertificates } from './tls'

/** Docker Hub's registry API host: with `{ docker: true }` the stand-in answers under it over TLS. */
export const DOCKER_HUB_REGISTRY = 'registry-1.docker.io'

/** Options of the rate-limit stand-in. */
export interface RateLimitOptions {
  /** Manifest GETs answered before 429s start. */
  budget: number
  /** Send `ratelimit-limit` / `ratelimit-remaining` as Docker Hub does. */
  headers: boolean
  /** `Retry-After` (seconds) on a 429; absent when undefined. */
  retryAfterSeconds?: number
  /** The window, in seconds, named in the headers (`w=`; default 21600) and, when set, kept: the budget comes back this long after the window's first pull. */
  windowSeconds?: number
}

/** A registry behind a pull limit. */
export interface RateLimitStandin {
  /** `127.0.0.1:PORT`, or `docker.io` when it stands in for Docker Hub. */
  host: string
  /** Environment for the CLI when it stands in for Docker Hub: trust the test CA, route `registry-1.docker.io` here. */
  env: Record<string, string>
  /** Pulls counted against the budget, all windows together: manifest GETs answered 200, but not those of an index. */
  manifestGets: number
  /** Manifest GETs of an index answered 200 (not counted: a multi-platform pull counts one per architecture). */
  indexGets: number
  /** Windows opened (1 while the first lasts). */
  windows: number
  /** 429s sent. */
  refused: number
  /** HEADs of manifests (not counted, as on Docker Hub). */
  manifestHeads: number
  /** Starts a new window: counters to zero, new options. */
  reset(options: RateLimitOptions): void
  stop(): Promise<void>
}

const MANIFEST = /^\/v2\/.+\/manifests\/[^/]+$/
const INDEX = /application\/vnd\.(oci\.image\.index|docker\.distribution\.manifest\.list)\.v/

/**
 * A stand-in for Docker Hub's pull limit in front of a real registry (docs.docker.com, "Docker Hub
 * pull usage and limits"): a manifest GET counts against the window's budget, HEADs do not ("Using
 * GET emulates a real pull and counts towards the limit. Using HEAD won't"), and a multi-platform
 * image counts "one pull for each different architecture": the GET of each platform's manifest
 * counts, the index's does not. With `headers`, manifest answers carry `ratelimit-limit: N;w=21600`
 * and `ratelimit-remaining: M;w=21600`; past the budget a GET gets 429 `TOOMANYREQUESTS` ("You have
 * reached your pull rate limit"), with `Retry-After` when asked. With `windowSeconds`, the budget
 * comes back that long after the window's first pull.
 */
export async function startRateLimitStandin(upstream: TestRegistry, initial: RateLimitOptions, where: { docker?: boolean } = {}): Promise<RateLimitStandin> {
  let options = initial
  const state = { manifestGets: 0, indexGets: 0, refused: 0, manifestHeads: 0, windows: 1, pulls: 0, opened: 0 }
  const target = new URL(upstream.url)
  const limitHeaders = (): Record<string, string> => {
    const w = options.windowSeconds ?? 21600
    return options.headers
      ? { 'ratelimit-limit': `${options.budget};w=${w}`, 'ratelimit-remaining': `${Math.max(0, options.budget - state.pulls)};w=${w}` }
      : {}
  }
  /** Starts a new window when the current one has lasted its length. */
  const roll = (): void => {
    if (options.windowSeconds === undefined || state.opened === 0 || Date.now() - state.opened < options.windowSeconds * 1000) return
    state.pulls = 0
    state.opened = 0
    state.windows++
  }
  /** True when the manifest a GET asks for is an index (a HEAD upstream, so concurrent GETs are counted as they arrive). */
  const isIndex = async (path: string, accept: string | undefined): Promise<boolean> => {
    const head = await fetch(`${upstream.url}${path}`, { method: 'HEAD', headers: accept ? { accept } : {} })
    return INDEX.test(head.headers.get('content-type') ?? '')
  }
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = req.url ?? '/'
    const manifest = MANIFEST.test(path.split('?')[0])
    const get = manifest && req.method === 'GET'
    const index = get && (await isIndex(path, req.headers.accept))
    if (get && index) state.indexGets++
    if (get && !index) {
      roll()
      if (state.pulls >= options.budget) {
        state.refused++
        req.resume()
        const body = JSON.stringify({
          errors: [
            {
              code: 'TOOMANYREQUESTS',
              message:
                'You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit'
            }
          ]
        })
        res.writeHead(429, {
          'content-type': 'application/json',
          ...limitHeaders(),
          ...(options.retryAfterSeconds === undefined ? {} : { 'retry-after': String(options.retryAfterSeconds) })
        })
        res.end(body)
        return
      }
      state.manifestGets++
      state.pulls++
      state.opened ||= Date.now()
    }
    if (manifest && req.method === 'HEAD') state.manifestHeads++
    const out = httpRequest({ host: target.hostname, port: target.port, method: req.method, path, headers: { ...req.headers, host: target.host } }, (up) => {
      const extra = manifest ? limitHeaders() : {}
      res.writeHead(up.statusCode ?? 502, { ...up.headers, ...extra })
      up.pipe(res)
    })
    out.on('error', () => res.destroy())
    req.pipe(out)
  }
  const listener = (req: IncomingMessage, res: ServerResponse): void => void handle(req, res).catch(() => res.destroy())
  const certificates = where.docker ? makeCertificates([DOCKER_HUB_REGISTRY]) : undefined
  const server: Server = certificates ? createTlsServer({ key: certificates.key, cert: certificates.cert }, listener) : createServer(listener)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  return {
    host: certificates ? 'docker.io' : `127.0.0.1:${port}`,
    env: certificates
      ? { NODE_EXTRA_CA_CERTS: certificates.caPath, GCR_MIRROR_TEST: '1', GCR_MIRROR_TEST_RESOLVE: `${DOCKER_HUB_REGISTRY}=127.0.0.1:${port}` }
      : {},
    get manifestGets() {
      return state.manifestGets
    },
    get indexGets() {
      return state.indexGets
    },
    get windows() {
      return state.windows
    },
    get refused() {
      return state.refused
    },
    get manifestHeads() {
      return state.manifestHeads
    },
    reset: (next) => {
      options = next
      Object.assign(state, { manifestGets: 0, indexGets: 0, refused: 0, manifestHeads: 0, windows: 1, pulls: 0, opened: 0 })
    },
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      certificates?.remove()
    }
  }
}
