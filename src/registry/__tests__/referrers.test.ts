import { MockAgent } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { ProtocolError } from '../../oci/errors'
import { MediaType } from '../../oci/media-types'
import { listReferrers } from '../referrers'
import { Transport } from '../transport'

/** The referrers API client against answers shaped as distribution-spec v1.1 says (the happy path also runs in __tests__/e2e/referrers.test.ts). */
const REGISTRY = 'https://registry.test'
const SUBJECT = `sha256:${'1'.repeat(64)}`
const entry = (n: number) => ({
  mediaType: MediaType.OciManifest,
  digest: `sha256:${String(n).repeat(64)}`,
  size: 10 * n,
  artifactType: 'application/spdx+json'
})
const page = (manifests: unknown[]) => JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests })
const agents: MockAgent[] = []
afterEach(async () => Promise.all(agents.splice(0).map((a) => a.close())))

/** A registry that answers `pages` (path, status, body, headers) to requests with the index Accept header, and the listing the client reads from it. */
function registry(...pages: Array<[string, number, string, Record<string, string>?]>): Promise<unknown> {
  const agent = new MockAgent()
  agents.push(agent)
  agent.disableNetConnect()
  for (const [path, status, body, headers] of pages)
    agent
      .get(REGISTRY)
      .intercept({ path, headers: { accept: MediaType.OciIndex } })
      .reply(status, body, { headers })
  return listReferrers(new Transport({ origin: REGISTRY, dispatcher: agent, attempts: 1 }), 'a', SUBJECT, ['repository:a:pull'])
}
const first = `/v2/a/referrers/${SUBJECT}`

describe('listReferrers', () => {
  it('asks for every artifact type and follows Link pages, each referrer once', async () => {
    const listed = registry([first, 200, page([entry(2)]), { link: `<${first}?next=x>; rel="next"` }], [`${first}?next=x`, 200, page([entry(3), entry(2)])])
    expect(await listed).toEqual([entry(2), entry(3)])
  })

  it('answers an empty list when there are no referrers', async () => {
    expect(await registry([first, 200, page([])])).toEqual([])
  })

  it.each([
    [404, '404 page not found'],
    [404, '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry"}]}'],
    [405, '{"errors":[{"code":"UNSUPPORTED","message":"The operation is unsupported."}]}']
  ])('says "no referrers API" for %i %s', async (status, body) => {
    expect(await registry([first, status, body])).toBeUndefined()
  })

  it('refuses an answer that is not an image index of descriptors', async () => {
    await expect(registry([first, 200, '{"tags":[]}'])).rejects.toThrow(ProtocolError)
  })

  it('refuses a next page on another host', async () => {
    await expect(registry([first, 200, page([entry(2)]), { link: '<https://elsewhere.test/v2/a/referrers/x>; rel="next"' }])).rejects.toThrow(
      'the next page is on another host'
    )
  })
})
