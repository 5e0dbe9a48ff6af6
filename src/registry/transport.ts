import { Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { Agent, request, type Dispatcher } from 'undici'
import { Authenticator, type RequestObserver } from './auth'
import { describeUrl, NetworkError, RegistryError, type RequestInfo } from './errors'
import { refusalError } from './refusal'
import { testConnector } from './test-resolve'
import { isRetryable, ProtocolError, TooLargeError } from '../oci/errors'
import { abandon, discard, header, readLimited, retryAfterSeconds, type Headers, type ResponseBody } from './http'
import type { Credentials } from '../oci/model'

/** Options of a Transport. */
export interface TransportOptions {
  /** The registry API origin, `https://host[:port]`. */
  origin: string
  credentials?: Credentials
  credentialHint?: string
  /** Keep-alive connections per origin. */
  connections?: number
  /** Attempts per request with a replayable body. */
  attempts?: number
  /** First backoff delay; doubles per attempt, with jitter. */
  backoffMs?: number
  /** Longest wait between attempts, `Retry-After` included. */
  maxDelayMs?: number
  onSecret?: (secret: string) => void
  onRequest?: RequestObserver
  /** Told about every retry: what failed and when the next attempt comes. */
  onRetry?: (message: string) => void
  /** The connection pool to use instead of a new keep-alive Agent (unit tests pass a MockAgent). */
  dispatcher?: Dispatcher
}

/** One request to the registry. */
export interface RegistryRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE'
  /** A path on the registry origin (`/v2/...`) or an absolute URL the registry gave (upload locations). */
  url: string
  /** Token scopes the request needs, e.g. `repository:corp/app:pull`. */
  scopes: string[]
  headers?: Record<string, string>
  /** A Buffer is replayed on retries; a stream is sent once (the caller retries the whole transfer). */
  body?: Buffer | Readable
  /** Statuses that are an answer, not an error (default: any 2xx). */
  accept?: number[]
  /** Follow 3xx, sending no credentials to another origin (default: true for GET and HEAD). */
  followRedirects?: boolean
}

/** A registry's answer. The caller reads or discards `body`. */
export interface RegistryResponse {
  status: number
  headers: Headers
  body: ResponseBody
  /** The URL that answered (after redirects). */
  url: string
}

const MAX_REDIRECTS = 5
const MAX_AUTH_ROUNDS = 2
const ERROR_BODY_LIMIT = 64 * 1024

/**
 * Sends requests to one registry over a keep-alive connection pool: signs them (see Authenticator),
 * retries 408, 429, 5xx and dropped connections with exponential backoff and jitter, honouring
 * `Retry-After`, follows redirects without leaking `Authorization` to other hosts (a redirect target
 * that challenges gets its own anonymous authenticator), and turns error statuses into typed errors.
 */
export class Transport {
  private readonly agent: Dispatcher
  private readonly authenticators = new Map<string, Authenticator>()
  /** The registry's own origin, normalised: only it gets the credentials. */
  private readonly ownOrigin: string

  constructor(private readonly options: TransportOptions) {
    this.ownOrigin = new URL(options.origin).origin
    this.agent =
      options.dispatcher ??
      new Agent({
        connections: options.connections ?? 16,
        keepAliveTimeout: 30_000,
        headersTimeout: 60_000,
        bodyTimeout: 120_000,
        connect: testConnector()
      })
  }

  /** The origin requests go to. */
  get origin(): string {
    return this.options.origin
  }

  /** Sends a request; resolves to an accepted response whose body the caller consumes, throws a typed error otherwise. */
  send(req: RegistryRequest): Promise<RegistryResponse> {
    return this.retrying(req, () => this.sendOnce(req))
  }

  /** Sends a request and reads its whole body (at most `limit` bytes); a body cut short is retried like a failed request. */
  read(req: RegistryRequest, limit: number, what: string): Promise<RegistryResponse & { bytes: Buffer }> {
    return this.retrying(req, async () => {
      const response = await this.sendOnce(req)
      try {
        return { ...response, bytes: await readLimited(response.body, response.headers, limit, what) }
      } catch (error) {
        if (error instanceof TooLargeError) throw error
        throw new NetworkError(
          `${req.method} ${describeUrl(response.url)}: body cut short (${networkReason(error)})`,
          { method: req.method, url: response.url },
          error
        )
      }
    })
  }

  /** Closes every pooled connection, abandoning requests still waiting on a registry that stopped answering. */
  async close(): Promise<void> {
    await this.agent.destroy()
  }

  private async retrying<T>(req: RegistryRequest, once: () => Promise<T>): Promise<T> {
    const attempts = req.body instanceof Readable ? 1 : (this.options.attempts ?? 5)
    for (let attempt = 1; ; attempt++) {
      try {
        return await once()
      } catch (error) {
        if (attempt >= attempts || !isRetryable(error)) throw error
        const delay = this.delay(attempt, error)
        this.options.onRetry?.(`${(error as Error).message}; attempt ${attempt} of ${attempts}, retrying in ${Math.round(delay)} ms`)
        await sleep(delay)
      }
    }
  }

  private async sendOnce(req: RegistryRequest): Promise<RegistryResponse> {
    let url = new URL(req.url, this.options.origin)
    let authRounds = 0
    for (let redirects = 0; ;) {
      const authenticator = this.authenticator(url.origin)
      const scopes = url.origin === this.ownOrigin ? req.scopes : foreignScopes(url)
      const authorization = await authenticator.authorization(scopes)
      const headers: Record<string, string> = { ...req.headers }
      if (authorization) headers.authorization = authorization
      const info: RequestInfo = { method: req.method, url: describeUrl(url.toString()) }
      let response
      try {
        // undici closes the connection after every HEAD unless told not to (`reset: false`): registries
        // send no body with HEAD, so keep it alive like the other requests.
        response = await request(url, { method: req.method, headers, body: req.body, dispatcher: this.agent, reset: false })
      } catch (error) {
        throw new NetworkError(`${req.method} ${info.url}: ${networkReason(error)}`, info, error)
      }
      const status = response.statusCode
      this.options.onRequest?.({ method: req.method, url: info.url, status })

      if (status === 401 && authRounds < MAX_AUTH_ROUNDS && !(req.body instanceof Readable)) {
        await discard(response.body)
        authRounds++
        if (await authenticator.onUnauthorized(header(response.headers, 'www-authenticate'), scopes, authorization)) continue
        throw await this.error(response.statusCode, response.headers, response.body, info, scopes, authorization)
      }
      const follow = req.followRedirects ?? (req.method === 'GET' || req.method === 'HEAD')
      if (status >= 300 && status < 400 && follow && header(response.headers, 'location')) {
        await discard(response.body)
        if (++redirects > MAX_REDIRECTS) throw new ProtocolError(`${req.method} ${info.url}: more than ${MAX_REDIRECTS} redirects`)
        const next = new URL(header(response.headers, 'location')!, url)
        if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new ProtocolError(`${info.url}: refusing redirect to ${next.protocol}`)
        if (url.protocol === 'https:' && next.protocol === 'http:') throw new ProtocolError(`${info.url}: refusing redirect from HTTPS to plain HTTP`)
        url = next
        authRounds = 0
        continue
      }
      if ((req.accept ?? []).includes(status) || (status >= 200 && status < 300 && !req.accept)) {
        return { status, headers: response.headers, body: response.body, url: url.toString() }
      }
      throw await this.error(status, response.headers, response.body, info, scopes, authorization)
    }
  }

  /** The authenticator of an origin: the registry's own gets the credentials, any other is anonymous. */
  private authenticator(origin: string): Authenticator {
    let authenticator = this.authenticators.get(origin)
    if (!authenticator) {
      const own = origin === this.ownOrigin
      authenticator = new Authenticator({
        origin,
        credentials: own ? this.options.credentials : undefined,
        dispatcher: this.agent,
        onSecret: this.options.onSecret,
        onRequest: this.options.onRequest
      })
      this.authenticators.set(origin, authenticator)
    }
    return authenticator
  }

  private async error(status: number, headers: Headers, body: ResponseBody, info: RequestInfo, scopes: string[], authorization?: string): Promise<Error> {
    let code: string | undefined
    let detail = ''
    try {
      const text = (await readLimited(body, headers, ERROR_BODY_LIMIT, 'error body')).toString('utf8')
      const parsed = JSON.parse(text) as { errors?: Array<{ code?: string; message?: string }> }
      code = parsed.errors?.[0]?.code
      detail = parsed.errors?.[0]?.message ?? ''
    } catch {
      abandon(body)
    }
    const what = `${info.method} ${info.url}: ${status}${code ? ` ${code}` : ''}${detail ? ` (${detail.slice(0, 200)})` : ''}`
    const refused = refusalError({
      status,
      code,
      what,
      info,
      scopes,
      credentials: this.options.credentials,
      authorization,
      challenge: header(headers, 'www-authenticate')
    })
    if (refused) return refused
    return new RegistryError(what, status, info, code, retryAfterSeconds(headers))
  }

  private delay(attempt: number, error: unknown): number {
    const max = this.options.maxDelayMs ?? 30_000
    const retryAfter = error instanceof RegistryError ? error.retryAfter : undefined
    if (retryAfter !== undefined) return Math.min(max, retryAfter * 1000)
    const base = (this.options.backoffMs ?? 200) * 2 ** (attempt - 1)
    return Math.min(max, base / 2 + Math.random() * base)
  }
}

/**
 * Scopes for a registry another one redirected to (registry.k8s.io sends clients to regional
 * registries): `pull` on the repository its path names, anonymously; none for storage URLs.
 */
function foreignScopes(url: URL): string[] {
  const name = /^\/v2\/(.+)\/(?:manifests|blobs|tags)\//.exec(url.pathname)?.[1]
  return name ? [`repository:${name}:pull`] : []
}

/** A short reason for a network failure. */
function networkReason(error: unknown): string {
  const err = error as { code?: string; message?: string; cause?: { code?: string; message?: string } }
  const code = err.cause?.code ?? err.code
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found'
  if (code === 'ECONNREFUSED') return 'connection refused (is the registry running and the port right?)'
  // Messages may quote the URL: drop query strings (signed URLs, upload state).
  return (err.cause?.message ?? err.message ?? String(error)).replace(/\?[^\s'"]+/g, '')
}
