import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { Transform } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'

/** A fault the proxy can inject. */
export type FaultKind = 'reset' | '500' | '502' | '503' | '429' | 'truncate' | 'slow' | 'corrupt' | 'stall'

/** Which requests get faults, and which faults. Deterministic for a seed. */
export interface FaultPlan {
  /** Share of eligible requests that get a fault, 0..1. */
  rate: number
  seed?: number
  kinds?: FaultKind[]
  retryAfterSeconds?: number
  /** Eligible requests (default: all but `/v2/` and the token endpoint). */
  only?: (req: { method: string; path: string }) => boolean
}

/** One request the proxy saw. */
export interface ProxiedRequest {
  method: string
  path: string
  status: number
  /** True when it carried an `Authorization` header. */
  authorization: boolean
  fault?: FaultKind
  /** When it arrived (ms since the epoch, after the delay). */
  at?: number
}

/** A proxy in front of a registry. */
export interface TestProxy {
  host: string
  url: string
  requests: ProxiedRequest[]
  reset(): void
  setFaults(plan: FaultPlan | undefined): void
  /** With `redirectBlobs`: the storage host blob downloads are redirected to. */
  storage?: { host: string; requests: Array<{ path: string; authorization?: string }> }
  stop(): Promise<void>
}

/** Options of startProxy. */
export interface ProxyOptions {
  faults?: FaultPlan
  /** Delay every response by this long (stretches runs so tests can stop them midway). */
  delayMs?: number
  /** Answer blob GETs with a 307 to a second loopback server, as registries backed by object storage do. */
  redirectBlobs?: boolean
  /** The Authorization the storage server uses to fetch from a protected upstream. */
  upstreamAuthorization?: (repository: string) => string | undefined
  /**
   * Answers a request in the upstream's place, which never sees it (its body is read and dropped);
   * return undefined to forward it. Stands in for a registry's own answers, such as distribution's
   * `400 DIGEST_INVALID` to an index PUT that meets a child being written.
   */
  answer?: (req: { method: string; path: string }) => { status: number; body?: string; headers?: Record<string, string> } | undefined
  /**
   * Sends a response's headers at once and its body spread evenly over this many ms (16 pieces), as a
   * slow link does: a transfer that takes long yet never goes quiet for long; undefined: at full speed.
   */
  pace?: (req: { method: string; path: string }) => number | undefined
  /** Rewrites a response before it is sent (the gcr.io stand-in); return undefined to pass it through. */
  rewrite?: (
    req: { method: string; path: string },
    upstream: { status: number; headers: Record<string, string>; body: Buffer }
  ) => Promise<{ status: number; body: Buffer } | undefined>
}

const ALL_FAULTS: FaultKind[] = ['reset', '500', '502', '503', '429', 'truncate', 'slow', 'corrupt']
const BLOB_GET = /^\/v2\/(.+)\/blobs\/(sha256:[a-f0-9]{64})$/

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `127.0.0.1:${(server.address() as { port: number }).port}`
}

function close(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

/**
 * Starts an HTTP proxy in front of a registry URL that streams both ways, rewrites `Location`
 * headers back to itself, records every request, and can inject faults (resets mid-body, 5xx, 429
 * with Retry-After, truncated, slow, stalled and corrupted bodies) or redirect blob downloads to a storage host.
 */
export async function startProxy(upstreamUrl: string, options: ProxyOptions = {}): Promise<TestProxy> {
  const upstream = new URL(upstreamUrl)
  let plan = options.faults
  let random = prng(plan?.seed ?? 1)
  const requests: ProxiedRequest[] = []
  let self = ''
  let storage: TestProxy['storage']
  let storageServer: Server | undefined

  const chooseFault = (method: string, path: string): FaultKind | undefined => {
    if (!plan) return undefined
    const eligible = plan.only ? plan.only({ method, path }) : path !== '/v2/' && !path.startsWith('/token')
    if (!eligible || random() >= plan.rate) return undefined
    const kinds = plan.kinds ?? ALL_FAULTS
    return kinds[Math.floor(random() * kinds.length)]
  }

  const forward = (req: IncomingMessage, res: ServerResponse, record: ProxiedRequest, fault: FaultKind | undefined, authorization?: string): void => {
    const headers = { ...req.headers, host: upstream.host }
    if (authorization) headers.authorization = authorization
    else if (headers.authorization === undefined) delete headers.authorization
    const out = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, async (up) => {
      const status = up.statusCode ?? 502
      record.status = status
      const responseHeaders = { ...up.headers }
      if (typeof responseHeaders.location === 'string') responseHeaders.location = responseHeaders.location.replace(upstream.origin, `http://${self}`)
      if (options.rewrite) {
        const chunks: Buffer[] = []
        for await (const chunk of up) chunks.push(chunk as Buffer)
        const body = Buffer.concat(chunks)
        const rewritten = await options
          .rewrite({ method: req.method!, path: req.url! }, { status, headers: up.headers as Record<string, string>, body })
          .catch((error: Error) => ({ status: 500, body: Buffer.from(JSON.stringify({ errors: [{ code: 'STANDIN', message: error.message }] })) }))
        if (rewritten) {
          record.status = rewritten.status
          res.writeHead(rewritten.status, { 'content-type': 'application/json', 'content-length': String(rewritten.body.length) }).end(rewritten.body)
          return
        }
        res.writeHead(status, responseHeaders).end(body)
        return
      }
      const paceMs = options.pace?.({ method: req.method!, path: req.url! })
      if (paceMs !== undefined) {
        const chunks: Buffer[] = []
        for await (const chunk of up) chunks.push(chunk as Buffer)
        const body = Buffer.concat(chunks)
        res.writeHead(status, responseHeaders)
        const pieces = 16
        for (let i = 0; i < pieces && !res.destroyed; i++) {
          await sleep(paceMs / pieces)
          res.write(body.subarray(Math.floor((body.length * i) / pieces), Math.floor((body.length * (i + 1)) / pieces)))
        }
        res.end()
        return
      }
      const length = Number(up.headers['content-length'] ?? 0)
      if ((fault === 'reset' || fault === 'truncate') && length > 0 && req.method !== 'HEAD') {
        res.writeHead(status, responseHeaders)
        let sent = 0
        up.on('data', (chunk: Buffer) => {
          const room = Math.floor(length / 2) - sent
          if (room > 0) res.write(chunk.subarray(0, room))
          sent += chunk.length
          if (sent >= length / 2) {
            up.destroy()
            if (fault === 'reset') res.socket?.resetAndDestroy()
            else res.socket?.destroy()
          }
        })
        return
      }
      if (fault === 'slow') await sleep(300)
      res.writeHead(status, responseHeaders)
      if (fault === 'corrupt' && req.method === 'GET' && BLOB_GET.test(req.url ?? '')) {
        up.pipe(flipFirstByte()).pipe(res)
      } else up.pipe(res)
    })
    out.on('error', () => res.destroy())
    req.pipe(out)
  }

  const server = createServer(async (req, res) => {
    if (options.delayMs) await sleep(options.delayMs)
    const method = req.method ?? 'GET'
    const path = req.url ?? '/'
    const fault = chooseFault(method, path)
    const record: ProxiedRequest = { method, path, status: 0, authorization: Boolean(req.headers.authorization), at: Date.now(), ...(fault ? { fault } : {}) }
    requests.push(record)
    if (fault === 'stall') {
      req.resume()
      return
    }
    if (fault === '500' || fault === '502' || fault === '503' || fault === '429') {
      record.status = Number(fault)
      req.resume()
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (fault === '429') headers['retry-after'] = String(plan?.retryAfterSeconds ?? 1)
      res.writeHead(Number(fault), headers).end('{"errors":[{"code":"UNAVAILABLE","message":"injected fault"}]}')
      return
    }
    const own = options.answer?.({ method, path })
    if (own) {
      record.status = own.status
      req.resume()
      res.writeHead(own.status, { 'content-type': 'application/json', ...own.headers }).end(own.body ?? '')
      return
    }
    const blob = method === 'GET' && storage ? BLOB_GET.exec(path) : null
    if (blob) {
      record.status = 307
      req.resume()
      res.writeHead(307, { location: `http://${storage!.host}/storage/${blob[1]}/${blob[2]}?signature=signed-url-token` }).end()
      return
    }
    forward(req, res, record, fault)
  })
  self = await listen(server)

  if (options.redirectBlobs) {
    const seen: Array<{ path: string; authorization?: string }> = []
    storageServer = createServer((req, res) => {
      seen.push({ path: req.url ?? '', authorization: req.headers.authorization })
      const match = /^\/storage\/(.+)\/(sha256:[a-f0-9]{64})/.exec(req.url ?? '')
      if (!match) {
        res.writeHead(404).end()
        return
      }
      const record: ProxiedRequest = { method: 'GET', path: `/v2/${match[1]}/blobs/${match[2]}`, status: 0, authorization: false }
      const { authorization: _dropped, ...headers } = req.headers
      const fetchReq = Object.assign(req, { url: record.path, headers }) as IncomingMessage
      forward(fetchReq, res, record, undefined, options.upstreamAuthorization?.(match[1]))
    })
    storage = { host: await listen(storageServer), requests: seen }
  }

  return {
    host: self,
    url: `http://${self}`,
    requests,
    storage,
    reset: () => {
      requests.length = 0
    },
    setFaults: (next) => {
      plan = next
      random = prng(next?.seed ?? 1)
    },
    stop: async () => {
      await Promise.all([close(server), storageServer ? close(storageServer) : undefined])
    }
  }
}

/** Flips the first byte of a body: same length, wrong content. */
function flipFirstByte(): Transform {
  let done = false
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (!done && chunk.length > 0) {
        chunk = Buffer.from(chunk)
        chunk[0] ^= 0xff
        done = true
      }
      callback(null, chunk)
    }
  })
}
