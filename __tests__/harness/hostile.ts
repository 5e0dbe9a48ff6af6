import { createHash, randomBytes } from 'node:crypto'
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

/** What an echoing registry does when asked for a manifest of one of its repositories. */
export type EchoBehaviour = 'echo-401' | 'echo-403' | 'redirect-with-token'

/** Options of startEchoingRegistry. */
export interface EchoingRegistryOptions {
  username: string
  password: string
  /** `basic`: htpasswd-style Basic auth; `bearer`: Docker's token flow with its own `/token` realm. */
  scheme: 'basic' | 'bearer'
  /** Repositories (under `ns/`) and what a manifest GET of each answers. */
  repositories: Record<string, EchoBehaviour>
  /** The tags each repository lists (default `v1`). */
  tags?: string[]
  /** The token realm's 200 answer for an issued token (default the spec's JSON); the tests make it not JSON. */
  tokenBody?: (issued: string, authorization: string) => string
  /** Appended to each 401/403 message (terminal escape sequences, for the control-character tests). */
  errorText?: string
}

/** An echoing registry, and every token its realm issued. */
export interface EchoingRegistry extends HostileRegistry {
  issued: string[]
}

/** A small OCI manifest of its own per repository (so no two repositories share a digest). */
function manifestOf(repository: string): { bytes: Buffer; digest: string } {
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${'0'.repeat(64)}`, size: 2 },
      layers: [],
      annotations: { repository }
    })
  )
  return { bytes, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` }
}

/**
 * A registry that repeats what it was sent, as some do in error bodies (harbor and nginx-fronted
 * registries quoting the request, token services quoting a bad login; issue 14): 401 and 403 bodies
 * in the spec's error format quoting the `Authorization` header, the user's password and the bare
 * token; blob-storage redirects whose URL carries the token, answered by a 403 quoting the URL. It
 * lists `ns/<repository>` in its catalog with `tags`, answers HEAD of a manifest with its digest,
 * and answers a manifest GET as `repositories` says. Tokens are opaque (not JWTs), so only a redactor
 * that knows them can hide them.
 */
export async function startEchoingRegistry(options: EchoingRegistryOptions): Promise<EchoingRegistry> {
  const issued: string[] = []
  const basic = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`
  let self = ''
  const authorized = (authorization: string | undefined): boolean =>
    options.scheme === 'basic' ? authorization === basic : issued.some((token) => authorization === `Bearer ${token}`)
  const challenge = (): Record<string, string> => ({
    'www-authenticate': options.scheme === 'basic' ? 'Basic realm="echo"' : `Bearer realm="http://${self}/token",service="echo"`
  })
  const echo = (authorization: string | undefined): string =>
    `request carried ${authorization}; user ${options.username} password ${options.password}; token ${authorization?.replace(/^Bearer /, '')}${options.errorText ?? ''}`
  const registry = await startHostile((req, res, url) => {
    const authorization = req.headers.authorization
    if (url.pathname === '/token') {
      if (authorization !== basic) return json(res, 401, { details: `bad login ${authorization}` })
      const token = `opaque-${randomBytes(12).toString('hex')}`
      issued.push(token)
      const body = options.tokenBody?.(token, authorization) ?? JSON.stringify({ token, expires_in: 300 })
      res.writeHead(200, { 'content-type': 'application/json' }).end(body)
      return true
    }
    if (url.pathname.startsWith('/storage/')) {
      return json(res, 403, { errors: [{ code: 'DENIED', message: `signed URL expired: http://${self}${req.url}` }] })
    }
    if (!authorized(authorization)) return json(res, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }, challenge())
    if (url.pathname === '/v2/' || url.pathname === '/v2') return json(res, 200, {})
    const names = Object.keys(options.repositories)
    if (url.pathname === '/v2/_catalog') return json(res, 200, { repositories: names.map((name) => `ns/${name}`) })
    const match = /^\/v2\/ns\/([^/]+)\/(tags\/list|manifests\/(.+))$/.exec(url.pathname)
    const behaviour = match ? options.repositories[match[1]] : undefined
    if (!match || !behaviour) return false
    if (match[2] === 'tags/list') return json(res, 200, { name: `ns/${match[1]}`, tags: options.tags ?? ['v1'] })
    // Only the listed tags and their digest exist (companion tags cosign would push are not there).
    const manifest = manifestOf(match[1])
    if (![...(options.tags ?? ['v1']), manifest.digest].includes(decodeURIComponent(match[3]))) return false
    if (req.method === 'HEAD') {
      res
        .writeHead(200, {
          'content-type': 'application/vnd.oci.image.manifest.v1+json',
          'content-length': String(manifest.bytes.length),
          'docker-content-digest': manifest.digest
        })
        .end()
      return true
    }
    const token = authorization?.replace(/^Bearer /, '') ?? ''
    if (behaviour === 'redirect-with-token') {
      res.writeHead(307, { location: `http://${self}/storage/${match[1]}?token=${token}&X-Amz-Signature=${randomBytes(8).toString('hex')}` }).end()
      return true
    }
    const status = behaviour === 'echo-401' ? 401 : 403
    return json(
      res,
      status,
      { errors: [{ code: status === 401 ? 'UNAUTHORIZED' : 'DENIED', message: echo(authorization) }] },
      status === 401 ? challenge() : {}
    )
  })
  self = registry.host
  return { ...registry, issued }
}
