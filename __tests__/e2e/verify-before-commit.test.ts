import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushImage, randomLayer, type PushedImage } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { startTrustingRegistry, type TrustingRegistry } from '../harness/trusting-registry'
import { readJson, runCli } from './cli'

const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

/**
 * Issue 14: the digest of a blob is proved before the target commits it. The target here stores
 * whatever a complete upload carries (trusting-registry.ts); the source serves one layer with a
 * byte flipped (same length, so only the digest can tell). The target must never hold that layer,
 * the tag fails with a source-side digest mismatch, and a good run then mirrors it whole.
 */
describe('a blob is verified before the target commits it', () => {
  let source: TestRegistry
  let corrupting: TestProxy
  let target: TrustingRegistry
  let dir: string
  let bad: PushedImage
  let good: PushedImage
  let corrupted: string

  beforeAll(async () => {
    source = await startRegistry()
    bad = await pushImage(source, 'corp/app', 'v1', { layers: [randomLayer(256 * 1024, 71), randomLayer(8 * 1024, 72)] })
    good = await pushImage(source, 'corp/app', 'v2', { layers: [randomLayer(16 * 1024, 73)] })
    corrupted = bad.blobs[1]
    corrupting = await startProxy(source.url, {
      rewrite: async (req, upstream) => {
        if (req.method !== 'GET' || !req.path.endsWith(`/blobs/${corrupted}`)) return undefined
        const body = Buffer.from(upstream.body)
        body[body.length - 1] ^= 0xff
        return { status: upstream.status, body }
      }
    })
    target = await startTrustingRegistry()
    dir = await mkdtemp(join(tmpdir(), 'verify-before-commit-'))
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), corrupting?.stop(), target?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('the stand-in target really stores unverified bytes (what the client must guard against)', async () => {
    const wrong = Buffer.from('not the bytes of this digest')
    const digest = sha256(Buffer.from('something else'))
    const start = await fetch(`${target.url}/v2/probe/blobs/uploads/`, { method: 'POST' })
    const put = await fetch(new URL(`${start.headers.get('location')}?digest=${digest}`, target.url), { method: 'PUT', body: wrong })
    expect(put.status).toBe(201)
    expect((await fetch(`${target.url}/v2/probe/blobs/${digest}`, { method: 'HEAD' })).status).toBe(200)
  })

  it('a corrupt source blob never lands on the target; the tag fails on the source side; a good run then mirrors it', async () => {
    const report = join(dir, 'corrupt.json')
    const args = (from: string, path: string): string[] => [
      'sync',
      '--source',
      `${from}/corp`,
      '--target',
      `${target.host}/mirror`,
      '--report',
      path,
      '--quiet'
    ]
    const run = await runCli(args(corrupting.host, report))
    expect(run.code, run.stderr).toBe(1)
    const result = await readJson(report)
    const v1 = result.images.find((i: { source: string }) => i.source.endsWith(':v1'))
    expect(v1).toMatchObject({ status: 'failed', cause: { side: 'source', kind: 'corrupt' } })
    expect(v1.error).toMatch(new RegExp(`source served bytes that do not match blob ${corrupted}`))
    expect(result.images.find((i: { source: string }) => i.source.endsWith(':v2'))).toMatchObject({ status: 'copied' })
    // Each attempt streamed the corrupt layer up to its last chunk, then was destroyed: nothing committed.
    expect(target.requests.filter((r) => r.method === 'PUT' && r.path.includes(`digest=${encodeURIComponent(corrupted)}`)).length).toBeGreaterThan(0)
    expect((await fetch(`${target.url}/v2/mirror/app/blobs/${corrupted}`, { method: 'HEAD' })).status).toBe(404)
    expect([...target.blobs.keys()].filter((key) => key.endsWith(corrupted))).toEqual([])
    expect((await fetch(`${target.url}/v2/mirror/app/manifests/v1`, { method: 'HEAD' })).status).toBe(404)

    const again = join(dir, 'good.json')
    const rerun = await runCli(args(source.host, again))
    expect(rerun.code, rerun.stderr).toBe(0)
    expect((await readJson(again)).images.find((i: { source: string }) => i.source.endsWith(':v1'))).toMatchObject({ status: 'copied' })
    for (const digest of [...bad.blobs, ...good.blobs]) {
      const blob = await fetch(`${target.url}/v2/mirror/app/blobs/${digest}`)
      expect(blob.status, digest).toBe(200)
      expect(sha256(Buffer.from(await blob.arrayBuffer()))).toBe(digest)
    }
    expect((await fetch(`${target.url}/v2/mirror/app/manifests/v1`, { method: 'HEAD' })).headers.get('docker-content-digest')).toBe(bad.digest)
  })
})
