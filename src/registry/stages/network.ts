import type { Readable } from 'node:stream'
import type { Dispatcher } from 'undici'
import { request } from '../undici'
import { NetworkError, type RequestInfo } from '../errors'
import { MirrorError } from '../../oci/errors'
import { redact } from '../../util/redact'
import { certificateIssuer, untrustedChainCode } from '../tls-issuer'
import { networkOf } from '../dispatcher'

/** One HTTP exchange as the transport sends it. */
export interface Exchange {
  method: string
  headers: Record<string, string>
  body?: Buffer | Readable
  /** Aborts the exchange: undici destroys the socket's request and the response body. */
  signal?: AbortSignal
}

/**
 * Sends one request through the dispatcher (the connection pool, proxy-aware where configured). A
 * failure to connect or a dropped connection is a `NetworkError` (transient) with a short reason; an
 * aborted exchange rethrows the abort reason (the per-tag timeout), which is never retried; a proxy that
 * refuses the tunnel (4xx to CONNECT) is `refused`, not retried.
 */
export async function exchange(dispatcher: Dispatcher, url: URL, ex: Exchange, info: RequestInfo): Promise<Dispatcher.ResponseData> {
  try {
    // undici closes the connection after every HEAD unless told not to (`reset: false`): registries
    // send no body with HEAD, so keep it alive like the other requests.
    return await request(url, { method: ex.method as Dispatcher.HttpMethod, headers: ex.headers, body: ex.body, dispatcher, reset: false, signal: ex.signal })
  } catch (error) {
    ex.signal?.throwIfAborted()
    const proxyStatus = Number(/Proxy response \((\d{3})\)/.exec((error as Error).message ?? '')?.[1])
    if (proxyStatus >= 400 && proxyStatus < 500) {
      const why = proxyStatus === 401 || proxyStatus === 407 ? 'check the credentials in the proxy URL' : 'the proxy does not allow this host or port'
      throw new MirrorError(
        'refused',
        `${info.method} ${info.url}: the proxy refused the tunnel (${proxyStatus}): ${why} (HTTPS_PROXY, HTTP_PROXY; NO_PROXY to bypass it)`,
        {
          cause: error
        }
      )
    }
    const untrusted = url.protocol === 'https:' ? untrustedChainCode(error) : undefined
    if (untrusted) {
      // Not retried: the same chain comes back. Behind a TLS-inspecting proxy the issuer is the proxy's CA.
      const issuer = await certificateIssuer(url, networkOf(dispatcher))
      throw new MirrorError(
        'refused',
        `${info.method} ${info.url}: the certificate is not trusted (${untrusted}${issuer ? `, issued by "${issuer}"` : ''}); ` +
          'if a proxy inspects TLS here, trust its CA with --ca-file FILE or NODE_EXTRA_CA_CERTS=FILE',
        { cause: error }
      )
    }
    throw new NetworkError(`${info.method} ${info.url}: ${networkReason(error)}`, info, error)
  }
}

/** A short reason for a network failure. */
export function networkReason(error: unknown): string {
  const err = error as { code?: string; message?: string; cause?: { code?: string; message?: string } }
  const code = err.cause?.code ?? err.code
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found'
  if (code === 'ECONNREFUSED') return 'connection refused (is the registry running and the port right?)'
  // The pool's waits are the run's tightest limit (see createDispatcher's waitMs).
  if (code === 'UND_ERR_HEADERS_TIMEOUT') return 'no answer in time: the connection was accepted and nothing came back'
  if (code === 'UND_ERR_BODY_TIMEOUT') return 'the answer stalled before its end'
  // Messages may quote the URL: drop query strings (signed URLs, upload state).
  // Proxy URLs may carry credentials: never quote them.
  return redact((err.cause?.message ?? err.message ?? String(error)).replace(/\?[^\s'"]+/g, ''))
}
