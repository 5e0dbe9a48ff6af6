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

/**
 * The proxy a request to `url` goes through, or undefined when it goes direct: the rule of undici's
 * EnvHttpProxyAgent as createDispatcher configures it (HTTPS through `HTTPS_PROXY`, else
 * `HTTP_PROXY`; `NO_PROXY` entries match the host or its subdomains, with a port when they name one,
 * `*` matches everything), so a side connection (the TLS issuer probe) takes the path requests take.
 */
export function proxyFor(url: URL, proxies: ProxyEnv): string | undefined {
  const proxy = url.protocol === 'https:' ? (proxies.httpsProxy ?? proxies.httpProxy) : proxies.httpProxy
  if (!proxy) return undefined
  const host = url.hostname.toLowerCase()
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80)
  const entries = (proxies.noProxy ?? '').split(/[,\s]/).filter(Boolean)
  if (entries.includes('*')) return undefined
  for (const entry of entries) {
    const parsed = /^(.+):(\d+)$/.exec(entry)
    const name = (parsed ? parsed[1] : entry).replace(/^\*?\./, '').toLowerCase()
    if (parsed && Number(parsed[2]) !== port) continue
    if (host === name || host.endsWith(`.${name}`)) return undefined
  }
  return proxy
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
