import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushBlob, pushImage, pushIndex, randomLayer, type PushedImage, type PushedIndex } from '../harness/fixtures'
import { startProxy, type ProxiedRequest, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

/** The target's requests, by what they are for. */
function tally(requests: ProxiedRequest[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { method, path } of requests) {
    const kind =
      path === '/v2/' ? 'ping' : /\/tags\/list/.test(path) ? 'tags/list' : /\/manifests\//.test(path) ? 'manifest' : /\/blobs\//.test(path) ? 'blob' : 'other'
    counts[`${method} ${kind}`] = (counts[`${method} ${kind}`] ?? 0) + 1
  }
  return counts
}

/** Per blob of `repository`, the target requests that named it (HEAD, mount-or-start POST, PUT). */
function perBlob(requests: ProxiedRequest[], repository: string, digests: string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const digest of digests) {
    counts[digest] = requests.filter(
      ({ path }) =>
        path.startsWith(`/v2/${repository}/blobs/`) &&
        (path.endsWith(`/blobs/${digest}`) || path.includes(`mount=${encodeURIComponent(digest)}`) || path.includes(`digest=${encodeURIComponent(digest)}`))
    ).length
  }
  return counts
}

/**
 * Issue 16: requests on the target. Measured on distribution 2.8 through a counting proxy.
 *
 * Fresh target (2 repositories, 3 tags, 1 index of 2 children, 9 distinct blobs, 1 base layer shared):
 *   before: 3 per new blob (HEAD, POST, PUT), 1 per mounted blob, a HEAD per tag and per child
 *           manifest before its PUT: 28 blob + 10 manifest requests + 3 preflight = 41.
 *   after:  2 per new blob (mount-or-start POST from the repository itself: 202 opens the session;
 *           then the PUT), 1 per mounted blob (POST 201), 1 per manifest (PUT, no HEAD: the
 *           repositories had no tags, one `tags/list?n=1` each says so): 19 blob + 5 manifest
 *           + 2 tags/list + 3 preflight = 29.
 * Rerun after a partial run (app:v1 mirrored, a killed run's leftover layer in the tool repository):
 *   a present blob costs 1 (POST 201: distribution mounts from the repository itself when it holds
 *   the blob, checked here) and is never uploaded again; a new one 2 once a 201 has shown the
 *   registry answers that way (before: HEAD, POST, PUT for a new blob, a HEAD for a present one).
 *   Here 9 requests for the 6 blobs (2 + 1 + 2 in app, 2 + 1 + 1 in tool), no HEAD of a blob;
 *   before: 12 (3 per new blob, a HEAD per present one, the mount).
 */
describe('requests on the target', () => {
  let source: TestRegistry
  let target: TestRegistry
  let proxy: TestProxy
  let dir: string
  let v1: PushedIndex
  let v2: PushedImage
  let tool: PushedImage
  let base: { digest: string; size: number }

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    const layer = randomLayer(32 * 1024, 161)
    base = { digest: await pushBlob(source, 'corp/app', layer), size: layer.length }
    await pushBlob(source, 'corp/tool', layer)
    v1 = await pushIndex(source, 'corp/app', 'v1', {
      images: [
        { layers: [randomLayer(8 * 1024, 162)], baseLayers: [base], platform: { os: 'linux', architecture: 'amd64' } },
        { layers: [randomLayer(8 * 1024, 163)], baseLayers: [base], platform: { os: 'linux', architecture: 'arm64' } }
      ]
    })
    v2 = await pushImage(source, 'corp/app', 'v2', { layers: [randomLayer(8 * 1024, 164)], baseLayers: [base] })
    tool = await pushImage(source, 'corp/tool', 'v1', { layers: [randomLayer(8 * 1024, 165)], baseLayers: [base] })
    proxy = await startProxy(target.url)
    dir = await mkdtemp(join(tmpdir(), 'target-requests-'))
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop(), proxy?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const sync = (namespace: string, ...extra: string[]): Promise<Awaited<ReturnType<typeof runCli>>> =>
    runCli(['sync', '--source', `${source.host}/corp`, '--target', `${proxy.host}/${namespace}`, '--quiet', ...extra])

  it('a fresh target: 2 requests per new blob, 1 per mounted blob, 1 per manifest', async () => {
    proxy.reset()
    const run = await sync('fresh', '--state-file', join(dir, 'fresh.json'))
    expect(run.code, run.stderr).toBe(0)
    const appBlobs = [...new Set([...v1.blobs, ...v2.blobs])]
    const app = perBlob(proxy.requests, 'fresh/app', appBlobs)
    const tools = perBlob(proxy.requests, 'fresh/tool', tool.blobs)
    // The shared base layer is uploaded into one repository (2) and mounted into the other (1).
    expect([app[base.digest], tools[base.digest]].sort()).toEqual([1, 2])
    for (const digest of appBlobs.filter((d) => d !== base.digest)) expect(app[digest], digest).toBe(2)
    for (const digest of tool.blobs.filter((d) => d !== base.digest)) expect(tools[digest], digest).toBe(2)
    expect(tally(proxy.requests)).toEqual({
      'GET ping': 1,
      'POST blob': 9 + 1 + 1, // a session per new blob, the mount, the push probe
      'DELETE blob': 1, // the push probe cancels its session
      'PUT blob': 9,
      'GET tags/list': 2,
      'PUT manifest': 5
    })
  })

  it('a rerun after a partial run uploads no present blob: 1 request each, 2 per new blob, no blob HEAD', async () => {
    const state = join(dir, 'partial.json')
    // The partial run: app:v1 only. Then a killed run's leftover: tool's layer uploaded, no tag yet.
    const partial = await sync('rerun', '--state-file', state, '--images', 'app', '--include-tags', '^v1$')
    expect(partial.code, partial.stderr).toBe(0)
    const leftover = tool.blobs[2]
    await pushBlob(target, 'rerun/tool', randomLayer(8 * 1024, 165))
    proxy.reset()
    // Tags one at a time (app:v2, then tool:v1), blobs 8 at once: the base layer this run finds in app is
    // then mounted into tool (a blob only elsewhere on the registry, unknown to the run, would be uploaded).
    const run = await sync('rerun', '--state-file', state, '--concurrency', '1', '--report', join(dir, 'rerun.json'), '--verify', 'off')
    expect(run.code, run.stderr).toBe(0)
    expect((await readJson(join(dir, 'rerun.json'))).copied).toBe(2)
    const puts = proxy.requests.filter((r) => r.method === 'PUT' && r.path.includes('/blobs/uploads/'))
    // Present blobs are never sent again: the base layer in app (v1 has it), the leftover in tool.
    for (const digest of [base.digest, leftover])
      expect(
        puts.filter((r) => r.path.includes(encodeURIComponent(digest))),
        digest
      ).toEqual([])
    // app (had v1): layers go first, and the first self-mount into a repository with tags is a probe
    // the others wait for: the base layer mounts from app itself (201: present, and distribution
    // answers that way), so v2's new layer and config then cost 2 each with no HEAD.
    expect(perBlob(proxy.requests, 'rerun/app', v2.blobs)).toEqual({ [v2.blobs[0]]: 2, [base.digest]: 1, [v2.blobs[2]]: 2 })
    expect(proxy.requests.filter((r) => r.method === 'HEAD' && r.path.includes('/blobs/'))).toEqual([])
    // tool (no tags): its config is new (2), the base layer mounts from app (1), the leftover is found by a self-mount (1).
    expect(perBlob(proxy.requests, 'rerun/tool', tool.blobs)).toEqual({ [tool.blobs[0]]: 2, [base.digest]: 1, [leftover]: 1 })
    // A tag HEAD in app (it had tags), none in tool; one tags/list per repository with tags to copy.
    expect(tally(proxy.requests)).toMatchObject({ 'HEAD manifest': 1, 'GET tags/list': 2, 'PUT manifest': 2 })
  })
})
