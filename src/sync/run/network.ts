import type { Words } from '../../oci/errors'
import type { NetworkOptions } from '../../registry/dispatcher'
import { describeProxies, proxyEnv } from '../../registry/proxy-env'
import type { SyncOptions } from '../types'

/** How one side's registry is reached: the run's extra CAs, the side's certificate check, the proxies of the environment. */
export function sideNetwork(options: SyncOptions, role: 'source' | 'target'): NetworkOptions {
  return {
    caPem: options.caPem,
    tlsVerify: role === 'source' ? options.sourceTlsVerify : options.targetTlsVerify,
    waitMs: Math.min(options.tagTimeoutMs, options.listing.requestTimeoutMs, options.maxDurationMs ?? Infinity)
  }
}

/** What a run says about its connections before it starts: the proxies (credentials redacted), and a warning per side whose certificates go unchecked. */
export function networkNotices(options: SyncOptions, words: Words): Array<{ level: 'info' | 'warning'; message: string }> {
  const notices: Array<{ level: 'info' | 'warning'; message: string }> = []
  const proxies = describeProxies(proxyEnv())
  if (proxies) notices.push({ level: 'info', message: proxies })
  for (const role of ['source', 'target'] as const) {
    const spec = options[role]
    if (spec.kind !== 'registry' || sideNetwork(options, role).tlsVerify !== false) continue
    notices.push({
      level: 'warning',
      message: `${words.option(`${role}-tls-verify`)} false: TLS certificates of ${spec.registry} are not checked; anyone on the path can read and change what is copied`
    })
  }
  return notices
}
