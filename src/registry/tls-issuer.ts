import type { Duplex } from 'node:stream'
import type { TLSSocket } from 'node:tls'
import type { Dispatcher } from 'undici'
import { Agent, buildConnector } from './undici'
import { tlsOptions, type NetworkOptions } from './dispatcher'
import { proxyEnv, proxyFor } from './proxy-env'
import { testConnector } from './test-resolve'
import { printable } from '../util/printable'

/** Node's codes for a certificate chain that does not lead to a trusted CA (what an inspecting proxy's certificates give). */
const UNTRUSTED = new Set([
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_UNTRUSTED'
])

const PROBE_TIMEOUT_MS = 3_000

/** The code of an untrusted-chain failure somewhere in an error's causes; undefined for other errors. */
export function untrustedChainCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e && typeof e === 'object'; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && UNTRUSTED.has(e.code)) return e.code
  }
  return undefined
}

/**
 * Who issued the certificate `url`'s host presents, read over a second connection that does not check
 * it (nothing is sent on it) and takes the path requests take: through the CONNECT tunnel of the
 * proxy the environment names for that host (`HTTPS_PROXY`, `NO_PROXY`), else direct. Behind an
 * inspecting proxy (Zscaler, mitmproxy, a corporate firewall that re-signs TLS) that is the proxy's
 * CA, the name the user needs to find the CA file; a direct probe would name the registry's own CA,
 * or reach nothing where only the proxy gets out. `network` is the pool's (see `networkOf`): its
 * environment and CAs, which the proxy's own certificate is checked against. Undefined when the
 * certificate can't be read within {@link PROBE_TIMEOUT_MS}.
 */
export async function certificateIssuer(url: URL, network: NetworkOptions = {}): Promise<string | undefined> {
  const env = network.env ?? process.env
  const signal = AbortSignal.timeout(PROBE_TIMEOUT_MS)
  const proxy = proxyFor(url, proxyEnv(env))
  let agent: Dispatcher | undefined
  try {
    let tunnel: Duplex | undefined
    if (proxy) {
      agent = new Agent({ connect: tlsOptions(network) })
      tunnel = await openTunnel(agent, new URL(proxy), url, signal)
      if (!tunnel) return undefined
    }
    const socket = await unverifiedTls(url, env, tunnel, signal)
    const issuer = socket?.getPeerCertificate?.()?.issuer as Record<string, string> | undefined
    socket?.destroy()
    const name =
      issuer &&
      ['CN', 'O', 'OU']
        .filter((k) => issuer[k])
        .map((k) => `${k}=${issuer[k]}`)
        .join(', ')
    // The remote chooses these bytes: one printable line, bounded.
    return name ? printable(name.slice(0, 200)) : undefined
  } catch {
    return undefined
  } finally {
    void agent?.destroy().catch(() => undefined)
  }
}

/** A CONNECT tunnel to `url`'s host through `proxy` (its credentials sent as undici's ProxyAgent sends them); undefined when refused. */
async function openTunnel(agent: Dispatcher, proxy: URL, url: URL, signal: AbortSignal): Promise<Duplex | undefined> {
  const target = `${url.hostname}:${url.port || '443'}`
  const headers: Record<string, string> = { host: target }
  if (proxy.username && proxy.password) {
    headers['proxy-authorization'] = `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`
  }
  const { socket, statusCode } = await agent.connect({ origin: proxy.origin, path: target, headers, signal })
  if (statusCode === 200) return socket
  socket.destroy()
  return undefined
}

/** A TLS connection to `url`'s host that accepts any certificate, over `tunnel` when given; undefined on failure or when `signal` fires. */
function unverifiedTls(url: URL, env: NodeJS.ProcessEnv, tunnel: Duplex | undefined, signal: AbortSignal): Promise<TLSSocket | undefined> {
  const connect = (!tunnel && testConnector(env, { rejectUnauthorized: false })) || buildConnector({ rejectUnauthorized: false })
  return new Promise((resolve) => {
    const late = (): void => resolve(undefined)
    signal.addEventListener('abort', late, { once: true })
    connect(
      {
        hostname: url.hostname,
        host: url.host,
        protocol: 'https:',
        port: url.port || '443',
        servername: url.hostname,
        localAddress: null,
        httpSocket: tunnel as never
      },
      (error, socket) => {
        signal.removeEventListener('abort', late)
        if (error || !socket) return resolve(undefined)
        if (signal.aborted) {
          socket.destroy()
          return resolve(undefined)
        }
        resolve(socket as TLSSocket)
      }
    )
  })
}
