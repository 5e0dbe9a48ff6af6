import { rootCertificates } from 'node:tls'
import type { Dispatcher } from 'undici'
import { Agent, EnvHttpProxyAgent } from './undici'
import { proxyEnv, usesProxy } from './proxy-env'
import { testConnector } from './test-resolve'
import { readRegularFileSync } from '../util/local-file'

/** How connections are made: proxies, extra CAs, certificate checks. */
export interface NetworkOptions {
  /** Extra CA certificates (PEM, from `--ca-file`), trusted besides the system's and `NODE_EXTRA_CA_CERTS`. */
  caPem?: string
  /** false: any certificate is accepted (`--source-tls-verify false`; the shells warn). */
  tlsVerify?: boolean
  /** Where `HTTP(S)_PROXY`, `NO_PROXY` and `NODE_EXTRA_CA_CERTS` are read (default: process.env). */
  env?: NodeJS.ProcessEnv
  /**
   * The longest wait for an answer's headers or between two chunks of its body: the run's tightest
   * limit (`--tag-timeout`, `--list-timeout`, `--max-duration`) when under undici's own bounds here,
   * so a registry that accepts the connection and never answers holds no request (a token fetch or
   * a preflight shared by every tag) longer than the run allows.
   */
  waitMs?: number
}

/** The TLS options of every connection: the CAs to trust and whether to check certificates. */
export function tlsOptions(network: NetworkOptions): { ca?: string[]; rejectUnauthorized?: boolean } {
  const env = network.env ?? process.env
  const options: { ca?: string[]; rejectUnauthorized?: boolean } = {}
  // An explicit `ca` replaces Node's store, NODE_EXTRA_CA_CERTS included: add them back.
  if (network.caPem) options.ca = [...rootCertificates, ...extraCertificates(env), network.caPem]
  if (network.tlsVerify === false) options.rejectUnauthorized = false
  return options
}

function extraCertificates(env: NodeJS.ProcessEnv): string[] {
  if (!env.NODE_EXTRA_CA_CERTS) return []
  try {
    return [readRegularFileSync(env.NODE_EXTRA_CA_CERTS).toString('utf8')]
  } catch {
    return [] // Node itself warns about an unreadable NODE_EXTRA_CA_CERTS at startup.
  }
}

/** The options each pool was built with, for side connections that must take the same path (see {@link networkOf}). */
const networks = new WeakMap<Dispatcher, NetworkOptions>()

/** The network options a pool of {@link createDispatcher} was built with; undefined for another dispatcher. */
export function networkOf(dispatcher: Dispatcher): NetworkOptions | undefined {
  return networks.get(dispatcher)
}

/**
 * The connection pool of one registry (and its token realms and listing APIs), built once and handed
 * down: keep-alive, bounded header and body waits, the TLS options above, and, when the environment
 * names a proxy, undici's EnvHttpProxyAgent (CONNECT tunnels for HTTPS, `NO_PROXY` honoured; loopback
 * hosts are proxied too unless `NO_PROXY` lists them).
 */
export function createDispatcher(network: NetworkOptions = {}, connections = 16): Dispatcher {
  const env = network.env ?? process.env
  const tls = tlsOptions(network)
  const wait = network.waitMs ?? Infinity
  const pool = { connections, keepAliveTimeout: 30_000, headersTimeout: Math.min(60_000, wait), bodyTimeout: Math.min(120_000, wait) }
  const connect = testConnector(env, tls) ?? tls
  const proxies = proxyEnv(env)
  const dispatcher = usesProxy(proxies)
    ? new EnvHttpProxyAgent({
        ...pool,
        connect,
        requestTls: tls,
        proxyTls: tls,
        httpProxy: proxies.httpProxy ?? '',
        httpsProxy: proxies.httpsProxy ?? proxies.httpProxy ?? '',
        noProxy: proxies.noProxy ?? ''
      })
    : new Agent({ ...pool, connect })
  networks.set(dispatcher, network)
  return dispatcher
}
