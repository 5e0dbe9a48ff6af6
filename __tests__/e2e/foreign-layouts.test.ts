import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, randomLayer } from '../harness/fixtures'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

const REF_NAME = 'org.opencontainers.image.ref.name'
const CONTAINERD_NAME = 'io.containerd.image.name'

interface IndexEntry {
  mediaType: string
  digest: string
  size: number
  annotations?: Record<string, string>
}

/**
 * `--source oci:PATH` with layouts other tools write: skopeo's `oci:DIR:TAG` (a bare tag, mapped to
 * the folder's name or to `--images NAME`), written here by skopeo itself from a harness registry;
 * and index.json in the forms crane (a full reference), buildkit (a bare tag plus
 * `io.containerd.image.name`) and containerd (only `io.containerd.image.name`) write, and entries
 * with no name at all (an error saying what was found, or `NAME:digest-<hex>` with `--images NAME`).
 */
describe('OCI layouts written by other tools', () => {
  let source: TestRegistry
  let target: TestRegistry
  let dir: string
  let skopeoLayout: string
  /** The digests of the layout skopeo wrote (skopeo 1.9 rewrites the manifest, so not the registry's). */
  const digests: Record<string, string> = {}

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    for (const [i, tag] of ['v1', 'v2'].entries()) await pushImage(source, 'x/app', tag, { layers: [randomLayer(4096, 70 + i)], config: { tag } })
    dir = await mkdtemp(join(tmpdir(), 'foreign-layouts-'))
    skopeoLayout = join(dir, 'app')
    for (const [tag, as] of [
      ['v1', 'v1.0.0'],
      ['v2', 'v1.1.0']
    ]) {
      execFileSync('skopeo', ['copy', '--quiet', '--src-tls-verify=false', `docker://${source.host}/x/app:${tag}`, `oci:${skopeoLayout}:${as}`])
    }
    const index = await readJson<{ manifests: IndexEntry[] }>(join(skopeoLayout, 'index.json'))
    ;[digests.v1, digests.v2] = index.manifests.map((entry) => entry.digest)
  }, 120_000)

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const entries = async (layout: string): Promise<IndexEntry[]> => (await readJson<{ manifests: IndexEntry[] }>(join(layout, 'index.json'))).manifests

  /** A copy of skopeo's layout (same blobs) whose index.json lists `manifests`. */
  async function layoutWith(name: string, manifests: IndexEntry[]): Promise<string> {
    const layout = join(dir, name)
    await cp(skopeoLayout, layout, { recursive: true })
    await writeFile(join(layout, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }))
    return layout
  }

  const sync = async (layout: string, namespace: string, extra: string[] = []): Promise<{ code: number | null; stderr: string; report: any }> => {
    const report = join(dir, `${namespace}-report.json`)
    const run = await runCli(['sync', '--source', `oci:${layout}`, '--target', `${target.host}/${namespace}`, '--report', report, '--quiet', ...extra])
    const text = await readFile(report, 'utf8').catch(() => 'null')
    return { code: run.code, stderr: run.stderr, report: JSON.parse(text) }
  }

  it('skopeo oci:DIR:TAG: bare tags go to the folder name, or to --images NAME, digests kept', async () => {
    const written = await entries(skopeoLayout)
    expect(written.map((e) => e.annotations?.[REF_NAME])).toEqual(['v1.0.0', 'v1.1.0'])
    expect(written.map((e) => e.digest)).toEqual([digests.v1, digests.v2])
    expect(digests.v1).not.toBe(digests.v2)

    const byFolder = await sync(skopeoLayout, 'folder')
    expect(byFolder.code, byFolder.stderr).toBe(0)
    expect(byFolder.report).toMatchObject({ copied: 2, failed: 0 })
    expect(await manifestDigest(target, 'folder/app', 'v1.0.0')).toBe(digests.v1)
    expect(await manifestDigest(target, 'folder/app', 'v1.1.0')).toBe(digests.v2)

    const named = await sync(skopeoLayout, 'named', ['--images', 'web'])
    expect(named.code, named.stderr).toBe(0)
    expect(named.report).toMatchObject({ copied: 2, failed: 0 })
    expect(await manifestDigest(target, 'named/web', 'v1.0.0')).toBe(digests.v1)
  })

  it('crane, buildkit and containerd names: full references (host dropped) and io.containerd.image.name', async () => {
    const [first, second] = await entries(skopeoLayout)
    const plain = (e: IndexEntry): IndexEntry => ({ mediaType: e.mediaType, digest: e.digest, size: e.size })
    const layout = await layoutWith('mixed', [
      { ...plain(first), annotations: { [REF_NAME]: 'docker.io/library/alpine:3.20' } },
      { ...plain(second), annotations: { [REF_NAME]: 'latest', [CONTAINERD_NAME]: 'docker.io/corp/web:latest' } },
      { ...plain(first), annotations: { [CONTAINERD_NAME]: 'ghcr.io/corp/api:v2' } }
    ])
    const run = await sync(layout, 'mixed')
    expect(run.code, run.stderr).toBe(0)
    expect(run.report).toMatchObject({ copied: 3, failed: 0 })
    expect(await manifestDigest(target, 'mixed/library/alpine', '3.20')).toBe(digests.v1)
    expect(await manifestDigest(target, 'mixed/corp/web', 'latest')).toBe(digests.v2)
    expect(await manifestDigest(target, 'mixed/corp/api', 'v2')).toBe(digests.v1)
  })

  it('entries with no name: an error saying what was found, or NAME:digest-<hex> with --images NAME', async () => {
    const layout = await layoutWith(
      'unnamed',
      (await entries(skopeoLayout)).map((e) => ({ mediaType: e.mediaType, digest: e.digest, size: e.size }))
    )
    const refused = await sync(layout, 'refused')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('2 entries: 2 with no name; none with a name this run can use: name them with --images NAME')

    const claimed = await sync(layout, 'claimed', ['--images', 'thing'])
    expect(claimed.code, claimed.stderr).toBe(0)
    expect(claimed.report).toMatchObject({ copied: 2, failed: 0 })
    for (const digest of [digests.v1, digests.v2]) {
      expect(await manifestDigest(target, 'claimed/thing', `digest-${digest.slice('sha256:'.length)}`)).toBe(digest)
    }
  })

  it('an --images name the layout does not hold fails, naming what it holds', async () => {
    const run = await sync(skopeoLayout, 'missing', ['--images', 'web', '--images', 'api'])
    expect(run.code).toBe(1)
    expect(JSON.stringify(run.report?.images ?? run.stderr)).toContain('no images named api (it holds app)')
  })
})
