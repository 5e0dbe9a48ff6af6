import { createServer, type Server } from 'node:http'
import type { Socket } from 'node:net'
import { connect as tlsConnect, TLSSocket } from 'node:tls'
import type { TestCertificates } from './tls'

/** A running TLS-inspecting proxy. */
export interface InspectingProxy {
  /** `http://127.0.0.1:PORT`, for `HTTPS_PROXY`. */
  url: string
  /** The `HOST:PORT` of every CONNECT asked for. */
  connects: string[]
  /** Tunnels that carried a request, read in clear here: the client accepted the proxy's certificate. */
  inspected: number
  stop(): Promise<void>
}

/**
 * A CONNECT proxy that inspects TLS, as corporate proxies do (Zscaler's SSL inspection, mitmproxy,
 * a firewall's "SSL forward proxy"): it answers CONNECT with 200, ends the client's TLS itself with
 * a certificate for the host signed by its own CA (`certificates`, made for the hosts it serves),
 * and opens its own TLS connection to the host, trusting `upstreamCaPem` (the CAs a corporate proxy
 * trusts for the outside world). A client that does not trust the proxy's CA sees a chain it can't
 * verify; one given that CA (`--ca-file`, `NODE_EXTRA_CA_CERTS`) works as if the proxy were not there.
 */
export async function startInspectingProxy(certificates: TestCertificates, upstreamCaPem: string): Promise<InspectingProxy> {
  const connects: string[] = []
  const sockets = new Set<Socket>()
  const proxy: InspectingProxy = { url: '', connects, inspected: 0, stop: async () => undefined }
  const server: Server = createServer((_req, res) => res.writeHead(405).end())
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    connects.push(target)
    const [host, port] = [target.replace(/:\d+$/, ''), Number(/:(\d+)$/.exec(target)?.[1] ?? 443)]
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    if (head.length > 0) client.unshift(head)
    const inner = new TLSSocket(client, { isServer: true, key: certificates.key, cert: certificates.cert })
    const upstream = tlsConnect({ host, port, servername: host, ca: upstreamCaPem })
    for (const socket of [client, inner, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => {
        inner.destroy()
        upstream.destroy()
        client.destroy()
      })
    }
    inner.once('data', () => proxy.inspected++)
    inner.pipe(upstream).pipe(inner)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  proxy.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  proxy.stop = async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise((resolve) => server.close(resolve))
  }
  return proxy
}
