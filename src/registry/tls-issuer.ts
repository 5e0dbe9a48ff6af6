import type { TLSSocket } from 'node:tls'
import { buildConnector } from './undici'
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
 * it (nothing is sent on it): behind an inspecting proxy that is the proxy's CA, the name the user
 * needs to find the CA file. Direct connections only (a CONNECT proxy's tunnel is not opened here);
 * undefined when it can't be read within {@link PROBE_TIMEOUT_MS}.
 */
export function certificateIssuer(url: URL, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const connect = testConnector(env, { rejectUnauthorized: false }) ?? buildConnector({ rejectUnauthorized: false })
  const port = url.port || '443'
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), PROBE_TIMEOUT_MS)
    connect(
      { hostname: url.hostname, host: url.host, protocol: 'https:', port, servername: url.hostname, localAddress: null, httpSocket: undefined },
      (error, socket) => {
        clearTimeout(timer)
        if (error || !socket) return resolve(undefined)
        const issuer = (socket as TLSSocket).getPeerCertificate?.()?.issuer as Record<string, string> | undefined
        socket.destroy()
        const name =
          issuer &&
          ['CN', 'O', 'OU']
            .filter((k) => issuer[k])
            .map((k) => `${k}=${issuer[k]}`)
            .join(', ')
        // The remote chooses these bytes: one printable line, bounded.
        resolve(name ? printable(name.slice(0, 200)) : undefined)
      }
    )
  })
}
