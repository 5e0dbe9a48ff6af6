import { createServer, request as httpRequest, type Server } from 'node:http'
import type { TestRegistry } from './registry'

/** Options of the rate-limit stand-in. */
export interface RateLimitOptions {
  /** Manifest GETs answered before 429s start. */
  budget: number
  /** Send `ratelimit-limit` / `ratelimit-remaining` as Docker Hub does. */
  headers: boolean
  /** `Retry-After` (seconds) on a 429; absent when undefined. */
  retryAfterSeconds?: number
}

/** A registry behind a pull limit. */
export interface RateLimitStandin {
  host: string
  /** Manifest GETs answered 200 (the ones counted against the budget). */
  manifestGets: number
  /** 429s sent. */
  refused: number
  /** HEADs of manifests (not counted, as on Docker Hub). */
  manifestHeads: number
  /** Starts a new window: counters to zero, new options. */
  reset(options: RateLimitOptions): void
  stop(): Promise<void>
}

const MANIFEST = /^\/v2\/.+\/manifests\/[^/]+$/

/**
 * A stand-in for Docker Hub's pull limit in front of a real registry (Docker docs, "Docker Hub
 * usage and limits"): each manifest GET counts against the window's budget, HEADs do not; with
 * `headers`, manifest answers carry `ratelimit-limit: N;w=21600` and `ratelimit-remaining: M;w=21600`;
 * past the budget a GET gets 429 `TOOMANYREQUESTS` ("You have reached your pull rate limit"),
 * with `Retry-After` when asked.
 */
export async function startRateLimitStandin(upstream: TestRegistry, initial: RateLimitOptions): Promise<RateLimitStandin> {
  let options = initial
  const state = { manifestGets: 0, refused: 0, manifestHeads: 0 }
  const target = new URL(upstream.url)
  const limitHeaders = (): Record<string, string> =>
    options.headers
      ? { 'ratelimit-limit': `${options.budget};w=21600`, 'ratelimit-remaining': `${Math.max(0, options.budget - state.manifestGets)};w=21600` }
      : {}
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/'
    const manifest = MANIFEST.test(path.split('?')[0])
    if (manifest && req.method === 'GET') {
      if (state.manifestGets >= options.budget) {
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
    }
    if (manifest && req.method === 'HEAD') state.manifestHeads++
    const extra = manifest ? limitHeaders() : {}
    const out = httpRequest({ host: target.hostname, port: target.port, method: req.method, path, headers: { ...req.headers, host: target.host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, { ...up.headers, ...extra })
      up.pipe(res)
    })
    out.on('error', () => res.destroy())
    req.pipe(out)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as { port: number }).port}`
  return {
    host,
    get manifestGets() {
      return state.manifestGets
    },
    get refused() {
      return state.refused
    },
    get manifestHeads() {
      return state.manifestHeads
    },
    reset: (next) => {
      options = next
      state.manifestGets = 0
      state.refused = 0
      state.manifestHeads = 0
    },
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
