import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, randomLayer } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { runCli } from './cli'

/**
 * The token flow as Docker Hub runs it: an anonymous pull token per source repository, a
 * `pull,push` token per target repository, `pull` on the other repository for a cross-repository
 * mount, and each blob uploaded once even when several repositories share it.
 */
describe('token auth on both sides', () => {
  let source: TestRegistry
  let target: TestRegistry
  let targetProxy: TestProxy
  const digests: Record<string, string> = {}

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry({ auth: 'token' }), startRegistry({ auth: 'token' })])
    targetProxy = await startProxy(target.url)
    const base = randomLayer(64 * 1024, 41)
    for (const [i, name] of ['one', 'two', 'three'].entries()) {
      digests[name] = (await pushImage(source, `hub/${name}`, 'v1', { layers: [base, randomLayer(1024, 100 + i)] })).digest
    }
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop(), targetProxy?.stop()])
  })

  it('pulls anonymously, pushes with scoped tokens, mounts shared blobs instead of uploading them again', async () => {
    source.tokenServer!.requests.length = 0
    target.tokenServer!.requests.length = 0
    const run = await runCli(
      ['sync', '--source', `${source.host}/hub`, '--images', 'one,two,three', '--target', `${targetProxy.host}/mirror`, '--concurrency', '1', '--quiet'],
      { GCR_MIRROR_TARGET_USERNAME: target.username, GCR_MIRROR_TARGET_PASSWORD: target.password }
    )
    expect(run.code, run.stderr).toBe(0)
    for (const name of ['one', 'two', 'three']) expect(await manifestDigest(target, `mirror/${name}`, 'v1')).toBe(digests[name])

    const sourceScopes = source.tokenServer!.requests.map((r) => ({ anonymous: !r.authorization, scope: r.scope.join(' ') }))
    expect(sourceScopes).toEqual(expect.arrayContaining(['one', 'two', 'three'].map((name) => ({ anonymous: true, scope: `repository:hub/${name}:pull` }))))
    const targetScopes = target.tokenServer!.requests.map((r) => r.scope.join(' '))
    for (const name of ['one', 'two', 'three']) expect(targetScopes).toContain(`repository:mirror/${name}:pull,push`)
    expect(targetScopes.some((s) => /repository:mirror\/\w+:pull,push repository:mirror\/\w+:pull/.test(s))).toBe(true)
    expect(target.tokenServer!.requests.every((r) => r.authorization)).toBe(true)

    // Mounts from another repository (a self-mount, from=the repository itself, asks whether it holds the blob already).
    const mounts = targetProxy.requests.filter((r) => {
      const url = new URL(r.path, 'http://target')
      return r.method === 'POST' && url.searchParams.has('mount') && !url.pathname.startsWith(`/v2/${url.searchParams.get('from')}/`)
    })
    expect(mounts.length).toBeGreaterThanOrEqual(2)
    expect(mounts.every((r) => r.status === 201)).toBe(true)
    const baseUploads = targetProxy.requests.filter((r) => r.method === 'PUT' && r.path.includes('/blobs/uploads/'))
    // one base layer + three own layers + three configs; the base is mounted, not uploaded twice.
    expect(baseUploads).toHaveLength(7)
  })
})
