import type { buildConnector as BuildConnector } from 'undici'
import { buildConnector } from './undici'

/**
 * A test-only hook: lets end-to-end tests reach stand-ins under real host names (docker.io,
 * ghcr.io, ...) without touching /etc/hosts. `GCR_MIRROR_TEST_RESOLVE='ghcr.io=127.0.0.1:8443,...'`
 * sends connections for each named host to the given address, keeping the name for TLS (SNI and
 * certificate checks) and the `Host` header. Honoured only with `GCR_MIRROR_TEST=1`; otherwise undefined.
 */
export function testConnector(env: NodeJS.ProcessEnv = process.env, tls: BuildConnector.BuildOptions = {}): BuildConnector.connector | undefined {
  if (env.GCR_MIRROR_TEST !== '1' || !env.GCR_MIRROR_TEST_RESOLVE) return undefined
  const routes = new Map<string, { hostname: string; port: string }>()
  for (const entry of env.GCR_MIRROR_TEST_RESOLVE.split(',')) {
    const match = /^\s*([^=\s]+)=([^:\s]+):(\d+)\s*$/.exec(entry)
    if (match) routes.set(match[1].toLowerCase(), { hostname: match[2], port: match[3] })
  }
  const connect = buildConnector({ ...tls })
  return (options, callback) => connect({ ...options, ...routes.get(options.hostname.toLowerCase()) }, callback)
}
