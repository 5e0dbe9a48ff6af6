/**
 * The parts of undici the registry client uses, loaded from undici's own files instead of its
 * index: the index also loads fetch, WebSocket, EventSource, the cache stores and the mock agents,
 * two thirds of its load time and of the CLI bundle. Types come from undici's index as usual.
 */
import type * as Undici from 'undici'
import type { Dispatcher } from 'undici'
import AgentClass from 'undici/lib/dispatcher/agent.js'
import EnvHttpProxyAgentClass from 'undici/lib/dispatcher/env-http-proxy-agent.js'
import DispatcherClass from 'undici/lib/dispatcher/dispatcher.js'
import api from 'undici/lib/api/index.js'
import connector from 'undici/lib/core/connect.js'

// What undici's index does: the request/stream/pipeline/connect methods on every dispatcher (a proxy
// agent opens its CONNECT tunnels with `connect`).
Object.assign(DispatcherClass.prototype, api)

export const Agent: typeof Undici.Agent = AgentClass
export const EnvHttpProxyAgent: typeof Undici.EnvHttpProxyAgent = EnvHttpProxyAgentClass
export const buildConnector: typeof Undici.buildConnector = connector

/** undici's `request(url, { dispatcher, ... })`, for a URL and an explicit dispatcher. */
export function request(url: URL, options: { dispatcher: Dispatcher } & Omit<Dispatcher.RequestOptions, 'origin' | 'path'>): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options
  return dispatcher.request({ ...rest, origin: url.origin, path: `${url.pathname}${url.search}` })
}
