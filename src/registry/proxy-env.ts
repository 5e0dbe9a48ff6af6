import { UsageError } from '../oci/errors'
import { addSecret, redact } from '../util/redact'

/** The proxies the environment names, as undici's EnvHttpProxyAgent reads them (lowercase first). */
export interface ProxyEnv {
  httpProxy?: string
  httpsProxy?: string
  noProxy?: string
}

/** `HTTP_PROXY`, `HTTPS_PROXY`, `NO_PROXY` in either case (lowercase wins, as curl and undici do). */
export function proxyEnv(env: NodeJS.ProcessEnv = process.env): ProxyEnv {
  const read = (name: string): string | undefined => (env[name.toLowerCase()] ?? env[name])?.trim() || undefined
  return { httpProxy: read('HTTP_PROXY'), httpsProxy: read('HTTPS_PROXY'), noProxy: read('NO_PROXY') }
}

/** True when a request goes through a proxy for some origin. */
export function usesProxy(proxies: ProxyEnv): boolean {
  return Boolean(proxies.httpProxy || proxies.httpsProxy)
}

/**
 * Checks the proxy URLs before any request: each must be an `http:` or `https:` URL. A bad one is a
 * usage error quoting it without its credentials. Their passwords are registered with the redactor.
 */
export function checkProxyEnv(proxies: ProxyEnv): void {
  for (const [name, value] of [
    ['HTTP_PROXY', proxies.httpProxy],
    ['HTTPS_PROXY', proxies.httpsProxy]
  ] as const) {
    if (!value) continue
    let url: URL
    try {
      url = new URL(value)
    } catch {
      throw new UsageError(`${name} "${redact(value)}": expected a URL such as http://proxy.example:3128`)
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new UsageError(`${name} "${redact(value)}": expected an http:// or https:// proxy URL`)
    }
    addSecret(decodeURIComponent(url.password))
    addSecret(url.password)
  }
}

/** One line saying which proxies requests go through, credentials redacted (for the log). */
export function describeProxies(proxies: ProxyEnv): string | undefined {
  if (!usesProxy(proxies)) return undefined
  const parts = [
    proxies.httpsProxy && `HTTPS through ${redact(proxies.httpsProxy)}`,
    proxies.httpProxy && `HTTP through ${redact(proxies.httpProxy)}`,
    proxies.noProxy && `not for ${proxies.noProxy}`
  ].filter(Boolean)
  return `proxy: ${parts.join(', ')}`
}
