import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer, type Server } from 'node:https'
import { makeCertificates, type TestCertificates } from './tls'
import type { TestRegistry } from './registry'

/** Host names the stand-ins answer under. */
export const VENDOR_HOSTS = ['quay.io', 'hub.docker.com', 'registry-1.docker.io', 'ghcr.io', 'api.github.com']

/** Options of startVendorStandins. */
export interface VendorStandinOptions {
  /** Upstream repositories (full paths) listed only to callers with the token. */
  privateRepositories?: string[]
  /** The bearer token the Quay and GitHub APIs accept, and the Hub password. */
  token?: string
  /** The Hub username that goes with `token`. */
  hubUsername?: string
  /** Entries per API page (small, so every listing paginates). */
  pageSize?: number
  /** GitHub owners that are users, not organisations (`/orgs/NAME` answers 404 for them). */
  githubUsers?: string[]
}

/** One request a stand-in saw. */
export interface VendorRequest {
  host: string
  method: string
  path: string
  authorization?: string
}

/** Running stand-ins for Quay, Docker Hub and GHCR in front of one reference registry. */
export interface VendorStandins {
  port: number
  /** The environment that makes the CLI reach the stand-ins under the real host names. */
  env: Record<string, string>
  requests: VendorRequest[]
  reset(): void
  stop(): Promise<void>
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  const bytes = Buffer.from(JSON.stringify(body))
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(bytes.length), ...headers }).end(bytes)
}

/**
 * Starts HTTPS stand-ins, signed by a throwaway CA, that answer as the vendors' services do:
 * - `quay.io`: the registry API (forwarded upstream), an anonymous `_catalog` that lists nothing
 *   (as quay.io's does), and `GET /api/v1/repository?namespace=NS&public=true` paginated by an
 *   opaque `next_page` token (Red Hat Quay API reference, listRepos); private repositories need
 *   `Authorization: Bearer TOKEN`, a wrong token gets Quay's 401 `invalid_token`.
 * - `hub.docker.com`: `GET /v2/namespaces/NS/repositories` and the older `/v2/repositories/NS/`
 *   (`count`, absolute `next`, `previous`, `results[].name/namespace`; `page`, `page_size`; 404 for
 *   an unknown namespace), `POST /v2/auth/token` (`identifier`, `secret` -> `access_token`)
 *   (Docker Hub API reference); `registry-1.docker.io`: the registry API, forwarded.
 * - `ghcr.io`: the registry API, forwarded, no catalog (404); `api.github.com`:
 *   `GET /orgs/OWNER/packages` and `/users/OWNER/packages` with `package_type=container`,
 *   `per_page`, `page`, a `Link` header with `rel="next"`, 401 "Requires authentication" without a
 *   token and "Bad credentials" with a wrong one, 404 for an org that is a user (GitHub REST API,
 *   packages).
 * Upstream repositories are `NS/NAME` for every vendor.
 */
export async function startVendorStandins(upstream: TestRegistry, options: VendorStandinOptions = {}): Promise<VendorStandins> {
  const certificates: TestCertificates = makeCertificates(VENDOR_HOSTS)
  const pageSize = options.pageSize ?? 2
  const privates = new Set(options.privateRepositories ?? [])
  const requests: VendorRequest[] = []
  const hubJwt = `hub-jwt-${options.token ?? 'none'}`
  const catalog = async (): Promise<string[]> => ((await (await fetch(`${upstream.url}/v2/_catalog?n=1000`)).json()) as { repositories: string[] }).repositories
  const bearer = (req: IncomingMessage): string | undefined => /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
  const page = <T>(items: T[], number: number): T[] => items.slice((number - 1) * pageSize, number * pageSize)

  const forward = (req: IncomingMessage, res: ServerResponse): void => {
    const target = new URL(upstream.url)
    const { host: _host, ...headers } = req.headers
    const out = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    })
    out.on('error', () => res.destroy())
    req.pipe(out)
  }

  const quay = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (url.pathname === '/v2/_catalog') return json(res, 200, { repositories: [] })
    if (url.pathname !== '/api/v1/repository') return forward(req, res)
    const token = bearer(req)
    if (token !== undefined && token !== options.token) {
      return json(res, 401, { detail: 'Invalid token', error_message: 'Invalid token', error_type: 'invalid_token', status: 401, title: 'invalid_token' })
    }
    const namespace = url.searchParams.get('namespace') ?? ''
    const all = (await catalog()).filter((r) => r.startsWith(`${namespace}/`) && (token !== undefined || !privates.has(r)))
    const number = Number(Buffer.from(url.searchParams.get('next_page') ?? '', 'base64url').toString() || '1')
    const repositories = page(all, number).map((r) => ({
      namespace,
      name: r.slice(namespace.length + 1),
      description: null,
      is_public: !privates.has(r),
      kind: 'image',
      state: 'NORMAL',
      is_starred: false
    }))
    const more = number * pageSize < all.length
    return json(res, 200, { repositories, ...(more ? { next_page: Buffer.from(String(number + 1)).toString('base64url') } : {}) })
  }

  const hub = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (req.method === 'POST' && url.pathname === '/v2/auth/token') {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as { identifier?: string; secret?: string }
      if (body.identifier === options.hubUsername && body.secret === options.token) return json(res, 200, { access_token: hubJwt })
      return json(res, 401, { message: 'Incorrect authentication credentials', errinfo: {} })
    }
    const match = /^\/v2\/(?:namespaces\/([^/]+)\/repositories|repositories\/([^/]+)\/)$/.exec(url.pathname)
    if (!match) return json(res, 404, { message: 'httperror 404: object not found', errinfo: {} })
    const token = bearer(req)
    if (token !== undefined && token !== hubJwt) return json(res, 401, { message: 'unauthorized', errinfo: {} })
    const namespace = match[1] ?? match[2]
    const all = (await catalog()).filter((r) => r.startsWith(`${namespace}/`))
    if (all.length === 0) return json(res, 404, { message: 'httperror 404: object not found', errinfo: {} })
    const visible = all.filter((r) => token !== undefined || !privates.has(r))
    const number = Number(url.searchParams.get('page') ?? '1')
    const size = Number(url.searchParams.get('page_size') ?? '10')
    const slice = visible.slice((number - 1) * Math.min(size, pageSize), number * Math.min(size, pageSize))
    const nextUrl = new URL(url)
    nextUrl.searchParams.set('page', String(number + 1))
    const results = slice.map((r) => ({
      name: r.slice(namespace.length + 1),
      namespace,
      repository_type: 'image',
      status: 1,
      is_private: privates.has(r),
      star_count: 0,
      pull_count: 0,
      last_updated: '2026-01-01T00:00:00.000000Z'
    }))
    const more = number * Math.min(size, pageSize) < visible.length
    return json(res, 200, { count: visible.length, next: more ? `https://hub.docker.com${nextUrl.pathname}${nextUrl.search}` : null, previous: null, results })
  }

  const github = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const docs = 'https://docs.github.com/rest/packages/packages'
    const match = /^\/(orgs|users)\/([^/]+)\/packages$/.exec(url.pathname)
    if (!match) return json(res, 404, { message: 'Not Found', documentation_url: docs, status: '404' })
    const token = bearer(req)
    if (token === undefined) return json(res, 401, { message: 'Requires authentication', documentation_url: docs, status: '401' })
    if (token !== options.token) return json(res, 401, { message: 'Bad credentials', documentation_url: docs, status: '401' })
    const [, kind, owner] = match
    const isUser = (options.githubUsers ?? []).includes(owner)
    const all = (await catalog()).filter((r) => r.startsWith(`${owner}/`))
    if (all.length === 0 || (kind === 'orgs') === isUser) return json(res, 404, { message: 'Not Found', documentation_url: docs, status: '404' })
    if (url.searchParams.get('package_type') !== 'container') return json(res, 200, [])
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? '30'), pageSize)
    const number = Number(url.searchParams.get('page') ?? '1')
    const packages = all.slice((number - 1) * perPage, number * perPage).map((r, i) => ({
      id: 1000 + i,
      name: r.slice(owner.length + 1),
      package_type: 'container',
      owner: { login: owner, type: isUser ? 'User' : 'Organization' },
      version_count: 1,
      visibility: privates.has(r) ? 'private' : 'public',
      url: `https://api.github.com/${kind}/${owner}/packages/container/${encodeURIComponent(r.slice(owner.length + 1))}`
    }))
    const headers: Record<string, string> = {}
    if (number * perPage < all.length) {
      const next = new URL(`https://api.github.com${url.pathname}${url.search}`)
      next.searchParams.set('page', String(number + 1))
      headers.link = `<${next}>; rel="next"`
    }
    return json(res, 200, packages, headers)
  }

  const server: Server = createServer({ key: certificates.key, cert: certificates.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '')
    const url = new URL(req.url ?? '/', `https://${host}`)
    requests.push({ host, method: req.method ?? 'GET', path: `${url.pathname}${url.search}`, authorization: req.headers.authorization })
    const handler = host === 'quay.io' ? quay : host === 'hub.docker.com' ? hub : host === 'api.github.com' ? github : undefined
    if (host === 'ghcr.io' && url.pathname === '/v2/_catalog') {
      json(res, 404, { errors: [{ code: 'NOT_FOUND', message: '404 page not found' }] })
      return
    }
    if (handler) {
      handler(req, res, url).catch((error: Error) => json(res, 500, { errors: [{ code: 'STANDIN', message: error.stack ?? error.message }] }))
      return
    }
    if (host === 'registry-1.docker.io' || host === 'ghcr.io') return forward(req, res)
    json(res, 421, { message: `no stand-in for ${host}` })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  return {
    port,
    env: {
      NODE_EXTRA_CA_CERTS: certificates.caPath,
      GCR_MIRROR_TEST: '1',
      GCR_MIRROR_TEST_RESOLVE: VENDOR_HOSTS.map((h) => `${h}=127.0.0.1:${port}`).join(',')
    },
    requests,
    reset: () => void (requests.length = 0),
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      certificates.remove()
    }
  }
}
