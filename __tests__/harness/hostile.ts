import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

/** One request a hostile stand-in saw. */
export interface HostileRequest {
  method: string
  path: string
  authorization?: string
}

/** A hostile registry stand-in on a loopback port. */
export interface HostileRegistry {
  /** `127.0.0.1:PORT`. */
  host: string
  url: string
  requests: HostileRequest[]
  stop(): Promise<void>
}

/** Answers a request; returns false when the route is not its own (then the stand-in answers 404 NAME_UNKNOWN). */
export type HostileRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>

/** Sends a JSON answer. */
export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): true {
  const bytes = Buffer.from(JSON.stringify(body))
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(bytes.length), ...headers }).end(bytes)
  return true
}

/**
 * Starts a registry stand-in that behaves as a test tells it (trickling bodies, endless or looping
 * pages, echoed credentials, unchecked digests). `GET /v2/` answers 200 unless the route takes it;
 * anything the route does not take is a 404 with a distribution error body, as registries answer.
 * Written for the adversarial cases of issue 14; each test documents the behaviour it imitates.
 */
export async function startHostile(route: HostileRoute): Promise<HostileRegistry> {
  const requests: HostileRequest[] = []
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in')
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', authorization: req.headers.authorization })
    try {
      if (await route(req, res, url)) return
    } catch {
      if (!res.headersSent) res.writeHead(500).end()
      return
    }
    if (url.pathname === '/v2/' || url.pathname === '/v2') {
      json(res, 200, {})
      return
    }
    json(res, 404, { errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry' }] })
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as { port: number }).port}`
  return {
    host,
    url: `http://${host}`,
    requests,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
