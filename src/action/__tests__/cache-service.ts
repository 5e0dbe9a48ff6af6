import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { findEntry, type StoredEntry } from './disk-cache'

/** A running stand-in for the Actions cache service. */
export interface CacheService {
  /** Give it to `@actions/cache` as `ACTIONS_CACHE_URL`. */
  url: string
  /** Committed entries; `data` is the archive `@actions/cache` uploaded. */
  entries: StoredEntry<Buffer>[]
  stop(): Promise<void>
}

interface Reservation {
  key: string
  version: string
  chunks: Array<{ start: number; data: Buffer }>
}

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function json(response: ServerResponse, status: number, value?: unknown): void {
  response.writeHead(status, value === undefined ? {} : { 'content-type': 'application/json' })
  response.end(value === undefined ? undefined : JSON.stringify(value))
}

/**
 * The legacy (v1) Actions cache REST API on loopback, as `@actions/cache` speaks it when
 * `ACTIONS_CACHE_URL` is set: look up by keys (exact, then newest by prefix, same version), reserve,
 * upload in ranges, commit, download. Keys are never overwritten (a second reservation is refused).
 */
export async function startCacheService(): Promise<CacheService> {
  const entries: StoredEntry<Buffer>[] = []
  const versions = new Map<StoredEntry<Buffer>, string>()
  const reservations = new Map<number, Reservation>()
  let nextId = 1
  let url = ''

  const server = createServer(async (request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://stand-in')
    const api = pathname.replace(/^\/_apis\/artifactcache\//, '')
    try {
      if (request.method === 'GET' && api === 'cache') {
        // @actions/cache encodes the comma-joined keys once more than URLSearchParams undoes.
        const version = searchParams.get('version') ?? ''
        const entry = findEntry(
          entries.filter((e) => versions.get(e) === version),
          decodeURIComponent(searchParams.get('keys') ?? '').split(',')
        )
        if (!entry) return json(response, 204)
        return json(response, 200, { cacheKey: entry.key, scope: 'refs/heads/main', archiveLocation: `${url}archives/${entry.created}` })
      }
      if (request.method === 'GET' && api === 'caches') return json(response, 200, { totalCount: 0, artifactCaches: [] })
      if (request.method === 'GET' && pathname.startsWith('/archives/')) {
        const entry = entries.find((e) => e.created === Number(pathname.split('/').pop()))
        if (!entry) return json(response, 404)
        response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': entry.data.length })
        return response.end(entry.data)
      }
      if (request.method === 'POST' && api === 'caches') {
        const { key, version } = JSON.parse((await body(request)).toString()) as { key: string; version: string }
        const taken = entries.some((e) => e.key === key && versions.get(e) === version) || [...reservations.values()].some((r) => r.key === key)
        if (taken) return json(response, 409, { message: `Cache already exists: ${key}` })
        const cacheId = nextId++
        reservations.set(cacheId, { key, version, chunks: [] })
        return json(response, 201, { cacheId })
      }
      const id = /^caches\/(\d+)$/.exec(api)?.[1]
      const reservation = id ? reservations.get(Number(id)) : undefined
      if (reservation && request.method === 'PATCH') {
        const start = Number(/bytes (\d+)-/.exec(request.headers['content-range'] ?? '')?.[1] ?? 0)
        reservation.chunks.push({ start, data: await body(request) })
        return json(response, 204)
      }
      if (reservation && request.method === 'POST') {
        await body(request)
        const data = Buffer.concat(reservation.chunks.sort((a, b) => a.start - b.start).map((c) => c.data))
        const entry: StoredEntry<Buffer> = { key: reservation.key, created: entries.length + 1, data }
        entries.push(entry)
        versions.set(entry, reservation.version)
        reservations.delete(Number(id))
        return json(response, 204)
      }
      json(response, 404, { message: `no route for ${request.method} ${pathname}` })
    } catch (error) {
      json(response, 500, { message: String(error) })
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  return {
    url,
    entries,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
