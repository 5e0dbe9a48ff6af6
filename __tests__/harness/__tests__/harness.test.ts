import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, randomLayer } from '../fixtures'
import { startGcrStandin } from '../gcr-standin'
import { startProxy } from '../proxy'
import { startRegistry, type TestRegistry } from '../registry'

/** The harness itself: the other tests are only as good as these parts. */
describe('test harness', () => {
  let open: TestRegistry
  let basic: TestRegistry
  let token: TestRegistry

  beforeAll(async () => {
    ;[open, basic, token] = await Promise.all([startRegistry(), startRegistry({ auth: 'basic' }), startRegistry({ auth: 'token' })])
  })
  afterAll(async () => {
    await Promise.allSettled([open?.stop(), basic?.stop(), token?.stop()])
  })

  it('generates the same layer for the same seed, and different ones otherwise', () => {
    expect(randomLayer(100, 1).equals(randomLayer(100, 1))).toBe(true)
    expect(randomLayer(100, 1).equals(randomLayer(100, 2))).toBe(false)
  })

  it('protects the basic-auth registry: no credentials and a wrong password are refused', async () => {
    expect((await fetch(`${basic.url}/v2/`)).status).toBe(401)
    const wrong = `Basic ${Buffer.from(`${basic.username}:nope`).toString('base64')}`
    expect((await fetch(`${basic.url}/v2/`, { headers: { authorization: wrong } })).status).toBe(401)
    expect((await fetch(`${basic.url}/v2/`, { headers: { authorization: basic.adminAuthorization('x')! } })).status).toBe(200)
  })

  it('runs the token flow: anonymous tokens can pull but not push, the password can push', async () => {
    const pushed = await pushImage(token, 'team/app', 'v1', { layers: [randomLayer(256, 3)] })
    expect(await manifestDigest(token, 'team/app', 'v1')).toBe(pushed.digest)
    const tokenFor = async (scope: string, authorization?: string): Promise<Response> =>
      fetch(`${token.tokenServer!.realm}?service=${token.tokenServer!.service}&scope=${scope}`, { headers: authorization ? { authorization } : {} })
    const anonymous = ((await (await tokenFor('repository:team/app:pull,push')).json()) as { token: string }).token
    const head = await fetch(`${token.url}/v2/team/app/manifests/v1`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${anonymous}`, accept: pushed.mediaType }
    })
    expect(head.status).toBe(200)
    const upload = await fetch(`${token.url}/v2/team/app/blobs/uploads/`, { method: 'POST', headers: { authorization: `Bearer ${anonymous}` } })
    expect(upload.status).toBe(401)
    expect((await tokenFor('repository:team/app:pull', `Basic ${Buffer.from(`${token.username}:bad`).toString('base64')}`)).status).toBe(401)
  })

  it('injects faults at about the rate asked, deterministically', async () => {
    await pushImage(open, 'f/app', 'v1', { layers: [randomLayer(256, 4)] })
    const proxy = await startProxy(open.url, { faults: { rate: 0.3, seed: 9, kinds: ['500', '503'] } })
    try {
      for (let i = 0; i < 100; i++) await fetch(`${proxy.url}/v2/f/app/tags/list`)
      const faulted = proxy.requests.filter((r) => r.fault).length
      expect(faulted).toBeGreaterThan(15)
      expect(faulted).toBeLessThan(45)
      expect(proxy.requests.filter((r) => r.fault).every((r) => r.status === 500 || r.status === 503)).toBe(true)
    } finally {
      await proxy.stop()
    }
  })

  it('answers tags/list like gcr.io: child repositories and digests in bulk, no catalog', async () => {
    await pushImage(open, 'gcr/ns/app', 'v1', { layers: [randomLayer(256, 5)] })
    const digest = await manifestDigest(open, 'gcr/ns/app', 'v1')
    const standin = await startGcrStandin(open)
    try {
      const namespace = (await (await fetch(`${standin.url}/v2/gcr/tags/list`)).json()) as { child: string[]; tags: string[] }
      expect(namespace).toMatchObject({ child: ['ns'], tags: [] })
      const app = (await (await fetch(`${standin.url}/v2/gcr/ns/app/tags/list`)).json()) as { manifest: Record<string, { tag: string[] }> }
      expect(app.manifest[digest!].tag).toEqual(['v1'])
      expect((await fetch(`${standin.url}/v2/_catalog`)).status).toBe(404)
    } finally {
      await standin.stop()
    }
  })
})
