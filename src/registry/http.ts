import type { Readable } from 'node:stream'
import type { Dispatcher } from 'undici'
import { TooLargeError } from '../oci/errors'

/** A response body as undici gives it. */
export type ResponseBody = Dispatcher.ResponseData['body']

/** Response headers, lowercased names. */
export type Headers = Record<string, string | string[] | undefined>

/** The first value of a header. */
export function header(headers: Headers, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** Drops a body without reading it, swallowing the abort error destroying it raises. */
export function abandon(body: ResponseBody | Readable): void {
  body.on('error', () => undefined)
  body.destroy()
}

/** Discards a body without reading it into memory (keeps the connection reusable when small). */
export async function discard(body: ResponseBody): Promise<void> {
  try {
    await body.dump({ limit: 256 * 1024 })
  } catch {
    abandon(body)
  }
}

/**
 * Reads a whole body, refusing more than `limit` bytes (checked against `Content-Length` first,
 * then while reading), so a hostile registry can't make gcr-mirror buffer without bound.
 */
export async function readLimited(body: ResponseBody | Readable, headers: Headers, limit: number, what: string): Promise<Buffer> {
  const declared = Number(header(headers, 'content-length'))
  if (declared > limit) {
    abandon(body)
    throw new TooLargeError(`${what}: ${declared} bytes, more than the ${limit} accepted`)
  }
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length
    if (total > limit) {
      abandon(body)
      throw new TooLargeError(`${what}: more than the ${limit} bytes accepted`)
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | undefined {
  const value = header(headers, 'retry-after')
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000)
}

/** The `rel="next"` target of a `Link` header, resolved against `base`. */
export function nextLink(headers: Headers, base: string): string | undefined {
  const link = header(headers, 'link')
  const match = link && /<([^>]+)>\s*;\s*rel="?next"?/i.exec(link)
  return match ? new URL(match[1], base).toString() : undefined
}
