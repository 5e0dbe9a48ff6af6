import { MockAgent } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listReferrers } from '../referrers'
import { listTags, tagPageSize } from '../tags'
import { Transport } from '../transport'

/**
 * Listings of a registry that redirects as registry.k8s.io does (kubernetes/registry.k8s.io,
 * cmd/archeio/docs/request-handling.md: every `/v2/` request but blobs goes to a regional Artifact
 * Registry by 307), with undici's MockAgent; the same flows over TLS run in __tests__/e2e/redirects.test.ts.
 */
const FRONT = 'https://front.test'
const REGION = 'https://region.test'
const DIGEST = `sha256:${'a'.repeat(64)}`
let agent: MockAgent

beforeEach(() => {
  agent = new MockAgent()
  agent.disableNetConnect()
})
afterEach(() => agent.close())

/** The region's token service, recording the scopes asked for; a token without `repository:prod/pause:pull` is refused. */
function tokenService(asked: string[]): void {
  agent
    .get(REGION)
    .intercept({ path: (path) => path.startsWith('/token') })
    .reply((options) => {
      const scopes = new URL(String(options.path), REGION).searchParams.getAll('scope')
      asked.push(scopes.join(' '))
      return scopes.includes('repository:prod/pause:pull') ? { statusCode: 200, data: '{"token":"t"}' } : { statusCode: 401, data: '' }
    })
    .persist()
}

function challenge(path: string, method = 'GET'): void {
  agent
    .get(REGION)
    .intercept({ path, method })
    .reply(401, '', { headers: { 'www-authenticate': 'Bearer realm="https://region.test/token",service="region"' } })
}

const transport = (): Transport =>
  new Transport({ origin: FRONT, dispatcher: agent, attempts: 1, backoffMs: 1, credentials: { username: 'u', password: 'secret' } })

describe('listings after a redirect', () => {
  it('asks the redirected host for a referrers token scoped to the repository its path names', async () => {
    const asked: string[] = []
    tokenService(asked)
    agent
      .get(FRONT)
      .intercept({ path: `/v2/pause/referrers/${DIGEST}` })
      .reply(307, '', { headers: { location: `${REGION}/v2/prod/pause/referrers/${DIGEST}` } })
    challenge(`/v2/prod/pause/referrers/${DIGEST}`)
    agent
      .get(REGION)
      .intercept({ path: `/v2/prod/pause/referrers/${DIGEST}` })
      .reply(200, JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [] }), {
        headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' }
      })
    expect(await listReferrers(transport(), 'pause', DIGEST, ['repository:pause:pull'])).toEqual([])
    expect(asked).toEqual(['repository:prod/pause:pull'])
  })

  it('follows tag pages on the host the redirect went to, anonymously, and refuses a host nobody redirected to', async () => {
    const asked: string[] = []
    tokenService(asked)
    agent
      .get(FRONT)
      .intercept({ path: '/v2/pause/tags/list?n=1000' })
      .reply(307, '', { headers: { location: `${REGION}/v2/prod/pause/tags/list?n=1000` } })
    challenge('/v2/prod/pause/tags/list?n=1000')
    const auth: Array<string | undefined> = []
    const page = (path: string, tags: string[], link?: string): void => {
      agent
        .get(REGION)
        .intercept({ path })
        .reply((options) => {
          auth.push((options.headers as Record<string, string>).authorization)
          return { statusCode: 200, data: JSON.stringify({ name: 'prod/pause', tags }), responseOptions: { headers: link ? { link } : {} } }
        })
    }
    // Fewer tags than asked, with a Link: the registry's own page size, followed.
    page('/v2/prod/pause/tags/list?n=1000', ['3.8'], '</v2/prod/pause/tags/list?n=1000&last=3.8>; rel="next"')
    page('/v2/prod/pause/tags/list?n=1000&last=3.8', ['3.9'])
    const listing = await listTags(transport(), 'pause', ['repository:pause:pull'])
    expect(listing?.tags.map((t) => t.tag)).toEqual(['3.8', '3.9'])
    expect(auth).toEqual(['Bearer t', 'Bearer t'])
    expect(asked).toEqual(['repository:prod/pause:pull'])

    agent
      .get(FRONT)
      .intercept({ path: '/v2/other/tags/list?n=1000' })
      .reply(307, '', { headers: { location: `${REGION}/v2/prod/pause/tags/list?n=1000` } })
    page('/v2/prod/pause/tags/list?n=1000', ['3.8'], '<https://elsewhere.test/v2/x/tags/list?last=3.8>; rel="next"')
    await expect(listTags(transport(), 'other', ['repository:other:pull'])).rejects.toThrow(
      'tags of other: the next page is on another host (https://elsewhere.test); refused'
    )
  })

  it('refuses a Link from the registry itself to a host no redirect went to', async () => {
    agent
      .get(FRONT)
      .intercept({ path: '/v2/pause/tags/list?n=1000' })
      .reply(200, JSON.stringify({ tags: ['a'] }), { headers: { link: `<${REGION}/v2/prod/pause/tags/list?last=a>; rel="next"` } })
    await expect(listTags(transport(), 'pause', ['repository:pause:pull'])).rejects.toThrow('the next page is on another host (https://region.test)')
  })

  it('asks no host for more tags a page than it documents', () => {
    expect(tagPageSize('123456789012.dkr.ecr.eu-west-1.amazonaws.com')).toBe(1000)
    expect(tagPageSize('registry.example:5000')).toBe(1000)
  })
})
