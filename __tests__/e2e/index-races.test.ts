import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getManifest, manifestDigest, pushImage, pushIndex, pushManifest, randomLayer, type PushedIndex } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

/** Versions of the gcr.io-style repository: each tagged on its index and on both children. */
const VERSIONS = 40

/** First mirrors of the repository whose versions share one arm64 child, each into a fresh target repository. */
const SHARED_RUNS = 4

/** skopeo reads an index and every manifest and blob it holds from the target (exit 0, or it throws). */
function skopeoCopyAll(registry: TestRegistry, reference: string, into: string): void {
  execFileSync('skopeo', ['copy', '--all', '--src-tls-verify=false', `docker://${registry.host}/${reference}`, `oci:${into}:${reference.split(':').pop()}`], {
    stdio: 'pipe'
  })
}

/**
 * distribution answers an index PUT with `400 DIGEST_INVALID` when it reads a child's link file
 * while another PUT of that child rewrites it (see registry/manifest-put.ts), and with
 * `MANIFEST_BLOB_UNKNOWN` when the child is not there. Either is checked (the children on the
 * target) and the PUT repeated once, so such a race fails no tag.
 */
describe('an index refused for a child', () => {
  let source: TestRegistry
  let target: TestRegistry
  let dir: string
  const indexes = new Map<string, PushedIndex>()
  /** The indexes of k8s/shared by version: an amd64 child of their own, one arm64 child all share. */
  const shared = new Map<string, string>()

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    dir = await mkdtemp(join(tmpdir(), 'index-races-'))
    for (let v = 0; v < VERSIONS; v++) {
      const version = `1.${v}`
      const index = await pushIndex(source, 'k8s/app', version, {
        images: ['amd64', 'arm64'].map((architecture, i) => ({ platform: { os: 'linux', architecture }, layers: [randomLayer(512, 1000 + v * 2 + i)] }))
      })
      indexes.set(version, index)
      for (const [i, architecture] of ['amd64', 'arm64'].entries()) {
        const child = (await getManifest(source, 'k8s/app', index.children[i]))!
        await pushManifest(source, 'k8s/app', `${version}-${architecture}`, child.bytes, child.mediaType)
      }
    }
    const arm64 = await pushImage(source, 'k8s/shared', '', { platform: { os: 'linux', architecture: 'arm64' }, layers: [randomLayer(512, 5000)] })
    for (let v = 0; v < VERSIONS; v++) {
      const version = `1.${v}`
      const amd64 = await pushImage(source, 'k8s/shared', `${version}-amd64`, { layers: [randomLayer(512, 5001 + v)] })
      await pushManifest(source, 'k8s/shared', `${version}-arm64`, arm64.manifest, arm64.mediaType)
      const entries = [
        [amd64, 'amd64'],
        [arm64, 'arm64']
      ] as const
      const index = JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: entries.map(([image, architecture]) => ({
          mediaType: image.mediaType,
          digest: image.digest,
          size: image.size,
          platform: { os: 'linux', architecture }
        }))
      })
      shared.set(version, await pushManifest(source, 'k8s/shared', version, Buffer.from(index), 'application/vnd.oci.image.index.v1+json'))
    }
    for (const name of ['solo', 'lost']) {
      indexes.set(
        name,
        await pushIndex(source, `k8s/${name}`, 'v1', {
          images: ['amd64', 'arm64'].map((architecture, i) => ({
            platform: { os: 'linux', architecture },
            layers: [randomLayer(512, 3000 + i + (name === 'solo' ? 0 : 10))]
          }))
        })
      )
    }
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('a first mirror of indexes and their children tagged at once fails no tag, and skopeo reads every index', async () => {
    const report = join(dir, 'race.json')
    const run = await runCli([
      'sync',
      '--source',
      `${source.host}/k8s`,
      '--images',
      'app',
      '--target',
      `${target.host}/mirror`,
      '--concurrency',
      '48',
      '--report',
      report,
      '--quiet'
    ])
    const result = await readJson<{ copied: number; failed: number; images: Array<{ tag: string; error: string | null }> }>(report)
    expect(
      result.images.filter((i) => i.error),
      run.stderr
    ).toEqual([])
    expect(result).toMatchObject({ copied: VERSIONS * 3, failed: 0 })
    expect(run.code).toBe(0)
    const layout = join(dir, 'race-layout')
    for (let v = 0; v < VERSIONS; v++) {
      const version = `1.${v}`
      expect(await manifestDigest(target, 'mirror/app', version)).toBe(indexes.get(version)!.digest)
      skopeoCopyAll(target, `mirror/app:${version}`, layout)
    }
  })

  it('indexes sharing one child, tagged with it at once, never PUT while that child is: no tag fails, run after run', async () => {
    // Every `1.N-arm64` tag PUT rewrites the shared child's link file during the whole run; an index
    // PUT reading it then would be refused, and its one retry could meet the race again.
    const failures: string[] = []
    for (let run = 0; run < SHARED_RUNS; run++) {
      const report = join(dir, `shared-${run}.json`)
      const cli = await runCli([
        'sync',
        '--source',
        `${source.host}/k8s`,
        '--images',
        'shared',
        '--target',
        `${target.host}/fresh${run}`,
        '--concurrency',
        '64',
        '--report',
        report,
        '--quiet'
      ])
      const result = await readJson<{ copied: number; failed: number; images: Array<{ tag: string; error: string | null }> }>(report)
      failures.push(...result.images.filter((i) => i.error).map((i) => `run ${run}: ${i.tag}: ${i.error}`))
      expect(result.copied + result.failed, cli.stderr).toBe(VERSIONS * 3)
    }
    expect(failures).toEqual([])
    for (let run = 0; run < SHARED_RUNS; run++) {
      const layout = join(dir, `shared-layout-${run}`)
      for (const [version, digest] of shared) {
        expect(await manifestDigest(target, `fresh${run}/shared`, version)).toBe(digest)
        skopeoCopyAll(target, `fresh${run}/shared:${version}`, layout)
      }
    }
  })

  it('an index PUT answered DIGEST_INVALID, or MANIFEST_BLOB_UNKNOWN for a child the target lost, is checked and repeated once', async () => {
    const solo = indexes.get('solo')!
    const lost = indexes.get('lost')!
    const injected = { digestInvalid: 0, swallowed: 0 }
    // In front of a real registry: the first PUT of solo:v1 gets distribution's DIGEST_INVALID (its
    // errcode's message); the first PUT of lost's amd64 child is answered 201 but never stored, so
    // the real registry refuses lost:v1 with MANIFEST_BLOB_UNKNOWN.
    const proxy: TestProxy = await startProxy(target.url, {
      answer: ({ method, path }) => {
        if (method === 'PUT' && path === '/v2/again/solo/manifests/v1' && injected.digestInvalid++ === 0) {
          return { status: 400, body: JSON.stringify({ errors: [{ code: 'DIGEST_INVALID', message: 'provided digest did not match uploaded content' }] }) }
        }
        if (method === 'PUT' && path === `/v2/again/lost/manifests/${lost.children[0]}` && injected.swallowed++ === 0) {
          return { status: 201, headers: { 'docker-content-digest': lost.children[0] } }
        }
        return undefined
      }
    })
    try {
      const report = join(dir, 'injected.json')
      const run = await runCli([
        'sync',
        '--source',
        `${source.host}/k8s`,
        '--images',
        'solo,lost',
        '--target',
        `${proxy.host}/again`,
        '--report',
        report,
        '--quiet'
      ])
      const result = await readJson<{ copied: number; failed: number }>(report)
      expect(result, run.stderr).toMatchObject({ copied: 2, failed: 0 })
      expect(run.code).toBe(0)
      const puts = (path: string) => proxy.requests.filter((r) => r.method === 'PUT' && r.path === path).map((r) => r.status)
      expect(puts('/v2/again/solo/manifests/v1')).toEqual([400, 201])
      expect(puts('/v2/again/lost/manifests/v1')).toEqual([400, 201])
      // The lost child was found missing by a HEAD and pushed again.
      expect(puts(`/v2/again/lost/manifests/${lost.children[0]}`)).toEqual([201, 201])
      expect(proxy.requests.some((r) => r.method === 'HEAD' && r.path === `/v2/again/lost/manifests/${lost.children[0]}` && r.status === 404)).toBe(true)
      for (const [name, index] of [
        ['solo', solo],
        ['lost', lost]
      ] as const) {
        expect(await manifestDigest(target, `again/${name}`, 'v1')).toBe(index.digest)
        skopeoCopyAll(target, `again/${name}:v1`, join(dir, `${name}-layout`))
      }
    } finally {
      await proxy.stop()
    }
  })
})
