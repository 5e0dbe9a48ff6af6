import { createServer } from 'node:http'
import { MockAgent } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AuthError, NotFoundError, RegistryError } from '../errors'
import { ProtocolError } from '../../oci/errors'
import { Transport, type TransportOptions } from '../transport'
import { redact } from '../../util/redact'

/** Parsing and error paths of the transport with undici's MockAgent; the real flows run against real registries in __tests__/e2e. */
const REGISTRY = 'https://registry.test'
let agent: MockAgent

beforeEach(() => {
  agent = new MockAgent()
  agent.disableNetConnect()
})
afterEach(() => agent.close())

function transport(options: Partial<TransportOptions> = {}): Transport {
  return new Transport({ origin: REGISTRY, dispatcher: agent, attempts: 3, backoffMs: 1, ...options })
}

const scopes = ['repository:a:pull']

describe('Transport', () => {
  it('retries 503 and dropped connections, then succeeds', async () => {
    const pool = agent.get(REGISTRY)
    pool.intercept({ path: '/v2/a/tags/list' }).reply(503, 'busy')
    pool.intercept({ path: '/v2/a/tags/list' }).replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
    pool.intercept({ path: '/v2/a/tags/list' }).reply(200, '{"tags":["v1"]}')
    const response = await transport().read({ method: 'GET', url: '/v2/a/tags/list', scopes }, 1024, 'tags')
    expect(JSON.parse(response.bytes.toString())).toEqual({ tags: ['v1'] })
  })

  it('gives up after the attempts it is allowed, with the status in the message', async () => {
    agent.get(REGISTRY).intercept({ path: '/v2/a/tags/list' }).reply(502, 'bad gateway').times(3)
    await expect(transport().send({ method: 'GET', url: '/v2/a/tags/list', scopes })).rejects.toThrow(/502/)
  })

  it('waits as long as Retry-After says on 429', async () => {
    const pool = agent.get(REGISTRY)
    pool.intercept({ path: '/v2/' }).reply(429, '', { headers: { 'retry-after': '1' } })
    pool.intercept({ path: '/v2/' }).reply(200, '{}')
    const started = Date.now()
    await transport().send({ method: 'GET', url: '/v2/', scopes: [] })
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
  })

  it('does not retry a 429 once the rate-limit floor is reached (each retry would spend what is left)', async () => {
    const pool = agent.get(REGISTRY)
    pool.intercept({ path: '/v2/a/manifests/v1' }).reply(429, '{"errors":[{"code":"TOOMANYREQUESTS","message":"pull rate limit"}]}', {
      headers: { 'ratelimit-remaining': '0;w=21600' }
    })
    let reached = false
    const t = transport({ onRateLimit: (state) => (reached = state.remaining <= 10), rateLimitReached: () => reached })
    await expect(t.send({ method: 'GET', url: '/v2/a/manifests/v1', scopes })).rejects.toThrow(/429/)
    // A second 429 would be answered by no interceptor: a retry would fail differently.
    expect(reached).toBe(true)
  })

  it('does not retry 404 and says what was missing', async () => {
    agent.get(REGISTRY).intercept({ path: '/v2/a/manifests/v9' }).reply(404, '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}')
    const error = await transport()
      .send({ method: 'GET', url: '/v2/a/manifests/v9', scopes })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotFoundError)
    expect((error as RegistryError).code).toBe('MANIFEST_UNKNOWN')
  })

  it('fetches a bearer token for the scope, once, and signs later requests ahead of time', async () => {
    const pool = agent.get(REGISTRY)
    const challenge = { 'www-authenticate': 'Bearer realm="https://auth.test/token",service="registry.test"' }
    pool.intercept({ path: '/v2/a/tags/list' }).reply(401, '', { headers: challenge })
    const tokenRequests: string[] = []
    agent
      .get('https://auth.test')
      .intercept({ path: (path) => path.startsWith('/token') })
      .reply((options) => {
        tokenRequests.push(`${options.path} ${JSON.stringify(options.headers)}`)
        return { statusCode: 200, data: '{"token":"tok-123","expires_in":300}' }
      })
    let seen: string | undefined
    pool
      .intercept({ path: '/v2/a/tags/list' })
      .reply((options) => {
        seen = (options.headers as Record<string, string>).authorization
        return { statusCode: 200, data: '{}' }
      })
      .times(2)
    const t = transport({ credentials: { username: 'u', password: 'p' } })
    await t.send({ method: 'GET', url: '/v2/a/tags/list', scopes })
    await t.send({ method: 'GET', url: '/v2/a/tags/list', scopes })
    expect(seen).toBe('Bearer tok-123')
    expect(tokenRequests).toHaveLength(1)
    expect(tokenRequests[0]).toContain('scope=repository%3Aa%3Apull')
    expect(tokenRequests[0]).toContain('service=registry.test')
    expect(redact('echoed tok-123 back')).toBe('echoed *** back')
  })

  it('refuses a token realm over plain HTTP for an HTTPS registry', async () => {
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/tags/list' })
      .reply(401, '', { headers: { 'www-authenticate': 'Bearer realm="http://auth.test/token"' } })
    await expect(transport().send({ method: 'GET', url: '/v2/a/tags/list', scopes })).rejects.toThrow(ProtocolError)
  })

  it('names the missing credentials when a registry wants basic auth (the sync layer adds how to give them)', async () => {
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/tags/list' })
      .reply(401, '', { headers: { 'www-authenticate': 'Basic realm="x"' } })
    const error = await transport()
      .send({ method: 'GET', url: '/v2/a/tags/list', scopes })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuthError)
    expect((error as Error).message).toMatch(/registry\.test.*needs credentials/)
    expect((error as AuthError).kind).toBe('access-denied')
  })

  it('sends no Authorization to another host on a redirect', async () => {
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/blobs/sha256:x' })
      .reply(401, '', { headers: { 'www-authenticate': 'Basic realm="x"' } })
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/blobs/sha256:x' })
      .reply(307, '', { headers: { location: 'https://storage.test/blob?sig=secret' } })
    let storageAuth: string | undefined = 'unset'
    agent
      .get('https://storage.test')
      .intercept({ path: '/blob?sig=secret' })
      .reply((options) => {
        storageAuth = (options.headers as Record<string, string>).authorization
        return { statusCode: 200, data: 'blob' }
      })
    const t = transport({ credentials: { username: 'u', password: 'p' } })
    const response = await t.send({ method: 'GET', url: '/v2/a/blobs/sha256:x', scopes, followRedirects: true })
    expect(await response.body.text()).toBe('blob')
    expect(storageAuth).toBeUndefined()
  })

  it('follows a redirect to another registry with an anonymous token for the repository its path names', async () => {
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/pause/manifests/3.9', method: 'HEAD' })
      .reply(307, '', { headers: { location: 'https://region.test/v2/prod/images/pause/manifests/3.9' } })
    const region = agent.get('https://region.test')
    region
      .intercept({ path: '/v2/prod/images/pause/manifests/3.9', method: 'HEAD' })
      .reply(401, '', { headers: { 'www-authenticate': 'Bearer realm="https://region.test/token",service="region"' } })
    let tokenQuery = ''
    let tokenAuth: string | undefined = 'unset'
    region.intercept({ path: (path) => path.startsWith('/token') }).reply((options) => {
      tokenQuery = String(options.path)
      tokenAuth = (options.headers as Record<string, string>).authorization
      return { statusCode: 200, data: '{"token":"anon"}' }
    })
    region.intercept({ path: '/v2/prod/images/pause/manifests/3.9', method: 'HEAD' }).reply(200, '', { headers: { 'docker-content-digest': 'sha256:abc' } })
    const t = transport({ credentials: { username: 'u', password: 'p' } })
    const response = await t.send({ method: 'HEAD', url: '/v2/pause/manifests/3.9', scopes: ['repository:pause:pull'] })
    expect(response.status).toBe(200)
    expect(response.url).toBe('https://region.test/v2/prod/images/pause/manifests/3.9')
    expect(tokenQuery).toContain('scope=repository%3Aprod%2Fimages%2Fpause%3Apull')
    expect(tokenAuth).toBeUndefined()
  })

  it('refuses a redirect from HTTPS to plain HTTP', async () => {
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/blobs/sha256:x' })
      .reply(302, '', { headers: { location: 'http://storage.test/blob' } })
    await expect(transport().send({ method: 'GET', url: '/v2/a/blobs/sha256:x', scopes, followRedirects: true })).rejects.toThrow(/HTTPS to plain HTTP/)
  })

  it('refuses bodies over the limit without buffering them', async () => {
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/manifests/big' })
      .reply(200, 'x'.repeat(2048), { headers: { 'content-length': '2048' } })
    await expect(transport().read({ method: 'GET', url: '/v2/a/manifests/big', scopes }, 1024, 'manifest a:big')).rejects.toThrow(/more than the 1024/)
  })

  it('keeps query strings (signed URLs, upload state) out of error messages', async () => {
    agent.get(REGISTRY).intercept({ path: '/upload?_state=SECRET', method: 'PUT' }).reply(400, 'no', { headers: {} })
    const error = (await transport()
      .send({ method: 'PUT', url: '/upload?_state=SECRET', scopes })
      .catch((e: unknown) => e)) as Error
    expect(error.message).toContain('https://registry.test/upload')
    expect(error.message).not.toContain('SECRET')
    const network = (await transport({ attempts: 1 })
      .send({ method: 'GET', url: '/elsewhere?sig=SECRET', scopes })
      .catch((e: unknown) => e)) as Error
    expect(network.message).not.toContain('SECRET')
  })

  it('aborts a request on its signal: the socket closes, and the abort is not retried', async () => {
    // A registry that accepts the request and never answers (a loopback server: MockAgent has no socket to close).
    let requests = 0
    let closed = 0
    const server = createServer((req) => {
      requests++
      req.socket.on('close', () => closed++)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`
    const t = new Transport({ origin, attempts: 3, backoffMs: 1 })
    try {
      const started = Date.now()
      const error = await t.send({ method: 'GET', url: '/v2/', scopes: [], signal: AbortSignal.timeout(200) }).catch((e: unknown) => e)
      expect((error as Error).name).toBe('TimeoutError')
      expect(Date.now() - started).toBeLessThan(5_000)
      await expect.poll(() => closed).toBe(1)
      expect(requests).toBe(1)
    } finally {
      await t.close()
      server.closeAllConnections()
      server.close()
    }
  })
})
