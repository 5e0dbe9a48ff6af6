import { Readable } from 'node:stream'
import type { Dispatcher } from 'undici'
import type { RequestObserver } from './auth'
import { describeUrl, NetworkError, type RequestInfo } from './errors'
import { isRetryable, MirrorError, onSide, retryAfterMs, TooLargeError, type Side } from '../oci/errors'
import { discard, readLimited, type Headers, type ResponseBody } from './http'
import type { Credentials } from '../oci/model'
import { retry, type RetryPolicy } from '../util/retry'
import { AuthRounds, MAX_AUTH_ROUNDS } from './stages/auth-rounds'
import { mapError, readErrorBody } from './stages/error-mapping'
import { exchange, networkReason } from './stages/network'
import { redirectTarget } from './stages/redirects'
import { observeRateLimit, type RateLimitObserver } from './rate-limit'
import { createDispatcher } from './dispatcher'

/** Options of a Transport. */
export interface TransportOptions {
  /** The registry API origin, `https://host[:port]`. */
  origin: string
  /** The end of the mirror this registry is: every error the transport makes names it. */
  side?: Side
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
  onRequest?: RequestObserver
  /** Told about every retry: what failed and when the next attempt comes. */
  onRetry?: (message: string) => void
  /** Told about every answer that says how much of a rate limit is left. */
  onRateLimit?: RateLimitObserver
  /** True once the run's rate-limit floor is reached: a 429 is then not retried (each retry spends what is left). */
  rateLimitReached?: () => boolean
  /** The connection pool (see createDispatcher) shared with the registry's other transports; unit tests pass a MockAgent. Default: a pool of its own. */
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
  /** Aborts the request, its retries and waits, and its response body (the per-tag timeout). */
  signal?: AbortSignal
}

/** A registry's answer. The caller reads or discards `body`. */
export interface RegistryResponse {
  status: number
  headers: Headers
  body: ResponseBody
  /** The URL that answered (after redirects). */
  url: string
}

/**
 * Sends requests to one registry, built once per registry from small stages: the network exchange
 * (`stages/network`, with the request's `signal` reaching undici), the auth rounds (`stages/auth-rounds`:
 * an authenticator per origin, credentials only to the registry's own), redirects (`stages/redirects`:
 * no credentials across origins, no HTTPS-to-HTTP), error mapping (`stages/error-mapping`: typed
 * errors with structured fields), and around them the one retry helper (`util/retry`: 408, 429, 5xx
 * and dropped connections, backoff with jitter, `Retry-After`), after go-containerregistry's
 * `pkg/v1/remote/transport` round-trippers.
 */
export class Transport {
  private readonly dispatcher: Dispatcher
  private readonly ownsDispatcher: boolean
  private readonly auth: AuthRounds
  private readonly policy: Omit<RetryPolicy, 'attempts' | 'signal'>

  constructor(private readonly options: TransportOptions) {
    this.ownsDispatcher = !options.dispatcher
    this.dispatcher = options.dispatcher ?? createDispatcher({}, options.connections)
    this.auth = new AuthRounds({
      origin: options.origin,
      credentials: options.credentials,
      dispatcher: this.dispatcher,
      onRequest: options.onRequest
    })
    this.policy = {
      backoffMs: options.backoffMs ?? 200,
      maxDelayMs: options.maxDelayMs ?? 30_000,
      // A 429 at the rate-limit floor or asking a long wait comes `final` from the error mapping.
      retryable: isRetryable,
      retryAfterMs,
      onRetry: ({ error, attempt, attempts, delayMs }) =>
        options.onRetry?.(`${(error as Error).message}; attempt ${attempt} of ${attempts}, retrying in ${Math.round(delayMs)} ms`)
    }
  }

  /** Drops the cached tokens for `path` and below (just created: tokens issued before grant nothing there). */
  forgetAccess(path: string): void {
    this.auth.forget(path)
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
        req.signal?.throwIfAborted()
        if (error instanceof TooLargeError) throw error
        throw new NetworkError(
          `${req.method} ${describeUrl(response.url)}: body cut short (${networkReason(error)})`,
          { method: req.method, url: response.url },
          error
        )
      }
    })
  }

  /** Closes the pool it made (a pool handed in is closed by its owner), abandoning requests still waiting on a registry that stopped answering. */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.destroy()
  }

  /**
   * The one transport retry policy: a request with a replayable body up to `attempts` times (408,
   * 429, 5xx, dropped connections; `Retry-After` honoured; the request's signal ends it). An error
   * still retryable when the attempts are spent is made `final`, so no layer above repeats them; a
   * streamed body is sent once and its error left to the caller's whole-transfer retry.
   */
  private async retrying<T>(req: RegistryRequest, once: () => Promise<T>): Promise<T> {
    const replayable = !(req.body instanceof Readable)
    const attempts = replayable ? (this.options.attempts ?? 5) : 1
    const side = this.options.side
    const attempt = (): Promise<T> => (side ? once().catch((error: unknown) => Promise.reject(onSide(error, side))) : once())
    try {
      return await retry(attempt, { ...this.policy, attempts, signal: req.signal })
    } catch (error) {
      if (replayable && error instanceof MirrorError && isRetryable(error)) error.final = true
      throw error
    }
  }

  /** One attempt: hops through auth rounds and redirects until an answer or an error. */
  private async sendOnce(req: RegistryRequest): Promise<RegistryResponse> {
    let url = new URL(req.url, this.options.origin)
    const follow = req.followRedirects ?? (req.method === 'GET' || req.method === 'HEAD')
    const replayable = !(req.body instanceof Readable)
    for (let hops = 0, round = 0; ;) {
      const signed = await this.auth.sign(url, req.scopes, req.signal)
      const headers: Record<string, string> = { ...req.headers }
      if (signed.authorization) headers.authorization = signed.authorization
      const info: RequestInfo = { method: req.method, url: describeUrl(url.toString()) }
      const response = await exchange(this.dispatcher, url, { method: req.method, headers, body: req.body, signal: req.signal }, info)
      const status = response.statusCode
      this.options.onRequest?.({ method: req.method, url: info.url, status })
      observeRateLimit(response.headers, url.origin, this.options.onRateLimit)

      if (status === 401 && replayable && round < MAX_AUTH_ROUNDS) {
        round++
        if (await this.auth.challenged(url, response.headers, signed)) {
          await discard(response.body)
          continue
        }
        // The registry's own words say why (Harbor: "unauthorized to access repository: ..., action: push"; ECR: an expired token).
        throw mapError(status, response.headers, await readErrorBody(response.body, response.headers), {
          info,
          scopes: signed.scopes,
          credentials: this.auth.credentialsFor(url),
          authorization: signed.authorization,
          rateLimitReached: this.options.rateLimitReached
        })
      }
      const next = follow ? redirectTarget(req.method, url, status, response.headers, hops + 1) : undefined
      if (next) {
        await discard(response.body)
        url = next
        hops++
        round = 0
        continue
      }
      if ((req.accept ?? []).includes(status) || (status >= 200 && status < 300 && !req.accept)) {
        return { status, headers: response.headers, body: response.body, url: url.toString() }
      }
      const body = await readErrorBody(response.body, response.headers)
      throw mapError(status, response.headers, body, {
        info,
        scopes: signed.scopes,
        credentials: this.auth.credentialsFor(url),
        authorization: signed.authorization,
        contentType: req.headers?.['content-type'],
        rateLimitReached: this.options.rateLimitReached
      })
    }
  }
}
