import { randomBytes } from 'node:crypto'
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer, type Server } from 'node:https'
import type { TestRegistry } from './registry'
import { makeCertificates } from './tls'

/** The front host, and the regional Artifact Registry it redirects to. */
export const K8S_HOST = 'registry.k8s.io'
export const AR_HOST = 'us-west2-docker.pkg.dev'
/** The Artifact Registry repository path registry.k8s.io's images live under. */
export const AR_PREFIX = 'k8s-artifacts-prod/images'

/** One request a stand-in answered. */
export interface RedirectRequest {
  host: string
  method: string
  path: string
  status: number
  authorization?: string
  /** For token requests: the scopes asked for. */
  scopes?: string[]
}

/** Running stand-ins. */
export interface RedirectStandins {
  /** Environment for the CLI: trust the test CA, route the real host names here. */
  env: Record<string, string>
  requests: RedirectRequest[]
  stop(): Promise<void>
}

/** Options of the stand-ins. */
export interface RedirectOptions {
  /** Tags Artifact Registry puts on one page whatever `n` asks (it answers fewer, with a `Link`). */
  pageCap: number
  /**
   * Signatures as registry.k8s.io serves them: tags starting `sha256-` are left out of the tag pages,
   * and a manifest by digest among these answers 404 (it answers by tag only).
   */
  hiddenCompanions?: ReadonlySet<string>
}

/**
 * Stand-ins for registry.k8s.io and the regional Artifact Registry behind it, over TLS under their
 * real host names, in front of a real registry holding the images as `k8s-artifacts-prod/images/NAME`.
 * registry.k8s.io answers as archeio does (kubernetes/registry.k8s.io, cmd/archeio/docs/request-handling.md
 * and internal/app/handlers.go): `/v2/_catalog` is 404, and every other `/v2/` request (manifests,
 * tags, referrers; blobs too, as for a client on GCP) is a 307 to the same path under
 * `https://us-west2-docker.pkg.dev/v2/k8s-artifacts-prod/images/`. Artifact Registry answers every
 * repository request only with a bearer token from its own realm (`/v2/token`) whose scopes name the
 * repository (`repository:NAME:pull`), else 401 with a challenge carrying `scope` and
 * `error="insufficient_scope"`; tokens are anonymous (public images); tag pages hold at most
 * `pageCap` tags with a `Link` to the next one on its own host.
 */
export async function startRedirectStandins(upstream: TestRegistry, options: RedirectOptions): Promise<RedirectStandins> {
  const certificates = makeCertificates([K8S_HOST, AR_HOST])
  const requests: RedirectRequest[] = []
  const tokens = new Map<string, string[]>()
  const target = new URL(upstream.url)

  const reply = (res: ServerResponse, status: number, headers: Record<string, string>, body = ''): void => {
    res.writeHead(status, headers)
    res.end(body)
  }

  const front = (res: ServerResponse, url: URL): number => {
    if (!url.pathname.startsWith('/v2/') || url.pathname === '/v2/_catalog') {
      reply(res, 404, { 'content-type': 'application/json' }, '{"errors":[{"code":"NOT_FOUND","message":"not found"}]}')
      return 404
    }
    const rest = url.pathname === '/v2/' ? '' : `${AR_PREFIX}/${url.pathname.slice('/v2/'.length)}`
    reply(res, 307, { location: `https://${AR_HOST}/v2/${rest}${url.search}` })
    return 307
  }

  const region = (req: IncomingMessage, res: ServerResponse, url: URL, record: RedirectRequest): number => {
    if (url.pathname === '/v2/token') {
      const scopes = url.searchParams.getAll('scope')
      record.scopes = scopes
      const token = randomBytes(12).toString('hex')
      tokens.set(token, scopes)
      reply(res, 200, { 'content-type': 'application/json' }, JSON.stringify({ token, expires_in: 3600 }))
      return 200
    }
    const name = /^\/v2\/(.+)\/(?:manifests|blobs|tags|referrers)\//.exec(url.pathname)?.[1]
    const granted = tokens.get(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '')
    const scope = name ? `repository:${name}:pull` : undefined
    if (!granted || (scope && !granted.includes(scope))) {
      const challenge = `Bearer realm="https://${AR_HOST}/v2/token",service="${AR_HOST}"${scope ? `,scope="${scope}"` : ''}${granted ? ',error="insufficient_scope"' : ''}`
      reply(
        res,
        401,
        { 'www-authenticate': challenge, 'content-type': 'application/json' },
        '{"errors":[{"code":"UNAUTHORIZED","message":"authentication failed"}]}'
      )
      return 401
    }
    const byDigest = /\/manifests\/(sha256:[a-f0-9]{64})$/.exec(url.pathname)?.[1]
    if (byDigest && options.hiddenCompanions?.has(byDigest)) {
      reply(res, 404, { 'content-type': 'application/json' }, '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}')
      return 404
    }
    if (url.pathname.endsWith('/tags/list') && req.method === 'GET') {
      void tagPage(res, url)
      return 200
    }
    const path = `${url.pathname}${url.search}`
    const { host: _host, authorization: _authorization, ...headers } = req.headers
    const out = httpRequest({ host: target.hostname, port: target.port, method: req.method, path, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    })
    out.on('error', () => res.destroy())
    req.pipe(out)
    return 0
  }

  /** A page of at most `pageCap` tags after `last`, in the spec's order, with a `Link` to the next on this host. */
  const tagPage = async (res: ServerResponse, url: URL): Promise<void> => {
    const listed = await fetch(`${upstream.url}${url.pathname}`)
    if (listed.status !== 200) return reply(res, listed.status, { 'content-type': 'application/json' }, await listed.text())
    const { name, tags: all } = (await listed.json()) as { name: string; tags: string[] }
    const tags = options.hiddenCompanions ? all.filter((tag) => !tag.startsWith('sha256-')) : all
    const last = url.searchParams.get('last')
    const n = Math.min(Number(url.searchParams.get('n') ?? options.pageCap), options.pageCap)
    const after = tags.sort().filter((tag) => last === null || tag > last)
    const page = after.slice(0, n)
    const link: Record<string, string> =
      after.length > n ? { link: `<${url.pathname}?n=${n}&last=${encodeURIComponent(page[page.length - 1])}>; rel="next"` } : {}
    reply(res, 200, { 'content-type': 'application/json', ...link }, JSON.stringify({ name, tags: page }))
  }

  const server: Server = createServer({ key: certificates.key, cert: certificates.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '')
    const url = new URL(req.url ?? '/', `https://${host}`)
    const record: RedirectRequest = {
      host,
      method: req.method ?? 'GET',
      path: `${url.pathname}${url.search}`,
      status: 0,
      authorization: req.headers.authorization
    }
    requests.push(record)
    if (host === K8S_HOST) record.status = front(res, url)
    else if (host === AR_HOST) {
      record.status = region(req, res, url, record)
      if (record.status === 0) res.on('finish', () => (record.status = res.statusCode))
    } else reply(res, 421, {}, `no stand-in for ${host}`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  return {
    env: {
      NODE_EXTRA_CA_CERTS: certificates.caPath,
      GCR_MIRROR_TEST: '1',
      GCR_MIRROR_TEST_RESOLVE: [K8S_HOST, AR_HOST].map((h) => `${h}=127.0.0.1:${port}`).join(',')
    },
    requests,
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      certificates.remove()
    }
  }
}
