import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { getManifest, manifestDigest, pushBlob, pushImage, pushIndex, pushManifest, randomLayer, type PushedImage } from '../harness/fixtures'
import { startProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

/** Deletes a source manifest by digest, as a registry user would remove a tag (every tag on it goes). */
async function deleteFromSource(registry: TestRegistry, repository: string, digest: string): Promise<void> {
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${digest}`, { method: 'DELETE' })
  expect(response.status).toBe(202)
}

/**
 * Removes one tag from a registry 2.8 source, its manifest and other tags kept, as registries with
 * tag deletion do (2.8's API can only delete a manifest, every tag on it along): the tag's folder
 * in the filesystem storage goes, so the tag list and the tag's HEAD no longer know it.
 */
async function untagInSource(registry: TestRegistry, repository: string, tag: string): Promise<void> {
  await rm(join(registry.dataDir, 'docker/registry/v2/repositories', repository, '_manifests/tags', tag), { recursive: true })
  expect(await manifestDigest(registry, repository, tag)).toBeUndefined()
}

/** Copies every manifest and blob `reference` holds out of `registry` with skopeo (throws when one is missing). */
function skopeoCopyAll(registry: TestRegistry, reference: string, dir: string): void {
  execFileSync('skopeo', ['copy', '--all', '--quiet', '--src-tls-verify=false', `docker://${registry.host}/${reference}`, `oci:${dir}`], { stdio: 'pipe' })
}

/**
 * `--prune` and `--dry-run` end to end between real registries (one with deletion disabled, which
 * answers 405) and into an OCI layout: only tags this mirror recorded and whose source tag is gone
 * are deleted; a tag it did not write, or one sharing the digest with such a tag, is never touched.
 */
describe('gcr-mirror sync --prune', () => {
  let source: TestRegistry
  let target: TestRegistry
  let noDelete: TestRegistry
  let dir: string
  const pushed: Record<string, PushedImage> = {}

  beforeAll(async () => {
    ;[source, target, noDelete] = await Promise.all([startRegistry(), startRegistry(), startRegistry({ deletes: false })])
    dir = await mkdtemp(join(tmpdir(), 'prune-'))
    for (const [i, tag] of ['v1', 'old', 'old2'].entries()) pushed[tag] = await pushImage(source, 'corp/app', tag, { layers: [randomLayer(1024, 400 + i)] })
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop(), noDelete?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('lists prunes first in a dry run, then deletes only recorded tags gone from the source', async () => {
    const state = join(dir, 'state.json')
    const report = join(dir, 'report.json')
    const args = ['sync', '--source', `${source.host}/corp`, '--target', `${target.host}/mirror`, '--state-file', state, '--report', report, '--quiet']
    expect((await runCli(args)).code).toBe(0)

    // Someone else's tags on the target: one of its own, one on the digest of a tag we will prune.
    const foreign = await pushImage(target, 'mirror/app', 'foreign', { layers: [randomLayer(512, 499)] })
    await pushManifest(target, 'mirror/app', 'keepme', pushed.old2.manifest, pushed.old2.mediaType)
    await deleteFromSource(source, 'corp/app', pushed.old.digest)
    await deleteFromSource(source, 'corp/app', pushed.old2.digest)
    const v2 = await pushImage(source, 'corp/app', 'v2', { layers: [randomLayer(1024, 410)] })
    const ledgerBefore = await readFile(state, 'utf8')

    const dry = await runCli([...args, '--prune', '--dry-run'])
    expect(dry.code).toBe(0)
    const lines = dry.stdout.trim().split('\n')
    expect(lines[0]).toMatch(new RegExp(`^would prune +app:old +${pushed.old.digest} +gone from the source$`))
    expect(lines[1]).toMatch(new RegExp(`^would copy +app:v2 +${v2.digest} +new tag$`))
    expect(dry.stdout).not.toContain('app:old2 ')
    expect(await manifestDigest(target, 'mirror/app', 'old')).toBe(pushed.old.digest)
    expect(await readFile(state, 'utf8')).toBe(ledgerBefore)
    const dryReport = await readJson(report)
    expect(dryReport.pruned.find((p: { tag: string }) => p.tag === 'old')).toMatchObject({ status: 'skipped', reason: 'dry-run', planned: 'prune' })
    expect(dryReport.images.find((i: { tag: string }) => i.tag === 'v2')).toMatchObject({
      status: 'skipped',
      reason: 'dry-run',
      planned: 'copy',
      why: 'new tag'
    })

    const run = await runCli([...args, '--prune'])
    expect(run.code).toBe(0)
    const result = await readJson(report)
    const byTag = (tag: string) => result.pruned.find((p: { tag: string }) => p.tag === tag)
    expect(byTag('old')).toMatchObject({ status: 'pruned', target: `${target.host}/mirror/app:old`, digest: pushed.old.digest })
    expect(byTag('old2')).toMatchObject({ status: 'skipped', reason: 'digest-shared' })
    expect(await manifestDigest(target, 'mirror/app', 'old')).toBeUndefined()
    expect(await manifestDigest(target, 'mirror/app', 'keepme')).toBe(pushed.old2.digest)
    expect(await manifestDigest(target, 'mirror/app', 'foreign')).toBe(foreign.digest)
    expect(await manifestDigest(target, 'mirror/app', 'v1')).toBe(pushed.v1.digest)
    expect(await manifestDigest(target, 'mirror/app', 'v2')).toBe(v2.digest)
    const ledger = await readJson(state)
    const sources = ledger.entries.map((e: { source: string }) => e.source)
    expect(sources).not.toContain(`${source.host}/corp/app:old`)
    expect(sources).toContain(`${source.host}/corp/app:old2`)
    expect(run.stdout).toContain('pruned 1, kept 1, could not delete 0')
    expect(run.stdout).toContain(`kept ${target.host}/mirror/app:old2: mirror/app:keepme points at the same digest`)

    // Without --prune nothing is deleted, ever.
    await deleteFromSource(source, 'corp/app', v2.digest)
    expect((await runCli(args)).code).toBe(0)
    expect(await manifestDigest(target, 'mirror/app', 'v2')).toBe(v2.digest)
  })

  it('reports a refused deletion and carries on (exit 0, the entry kept for the next run)', async () => {
    const gone = await pushImage(source, 'corp/lib', 'gone', { layers: [randomLayer(800, 420)] })
    await pushImage(source, 'corp/lib', 'stays', { layers: [randomLayer(800, 421)] })
    const state = join(dir, 'nodelete.json')
    const report = join(dir, 'nodelete-report.json')
    const args = ['sync', '--source', `${source.host}/corp`, '--images', 'lib', '--target', `${noDelete.host}/m`, '--state-file', state, '--report', report]
    expect((await runCli([...args, '--quiet'])).code).toBe(0)
    await deleteFromSource(source, 'corp/lib', gone.digest)
    const run = await runCli([...args, '--quiet', '--prune'])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/warning: prune: cannot delete .*\/m\/lib:gone/)
    const result = await readJson(report)
    expect(result.pruned).toEqual([expect.objectContaining({ tag: 'gone', status: 'failed', error: expect.stringMatching(/cannot delete/) })])
    expect(run.stdout).toContain('PRUNE FAILED')
    expect(await manifestDigest(noDelete, 'm/lib', 'gone')).toBe(gone.digest)
    expect((await readJson(state)).entries.map((e: { source: string }) => e.source)).toContain(`${source.host}/corp/lib:gone`)
  })

  it('removes a pruned tag from an OCI layout target, blobs kept', async () => {
    const gone = await pushImage(source, 'corp/layout', 'gone', { layers: [randomLayer(700, 430)] })
    await pushImage(source, 'corp/layout', 'stays', { layers: [randomLayer(700, 431)] })
    const layout = join(dir, 'layout')
    const state = join(dir, 'layout.json')
    const args = ['sync', '--source', `${source.host}/corp`, '--images', 'layout', '--target', `oci:${layout}`, '--state-file', state, '--quiet']
    expect((await runCli(args)).code).toBe(0)
    await deleteFromSource(source, 'corp/layout', gone.digest)
    expect((await runCli([...args, '--prune'])).code).toBe(0)
    const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8'))
    const names = index.manifests.map((m: { annotations: Record<string, string> }) => m.annotations['org.opencontainers.image.ref.name'])
    expect(names).toEqual(['layout:stays'])
    await expect(readFile(join(layout, 'blobs/sha256', gone.digest.slice(7)))).resolves.toBeTruthy()
  })

  it('keeps a manifest a remaining index lists: the index stays pullable, and goes once the index goes too', async () => {
    const multi = await pushIndex(source, 'corp/multi', '1.0', {
      images: [
        { layers: [randomLayer(600, 440)], platform: { os: 'linux', architecture: 'amd64' } },
        { layers: [randomLayer(600, 441)], platform: { os: 'linux', architecture: 'arm64' } }
      ]
    })
    const amd64 = (await getManifest(source, 'corp/multi', multi.children[0]))!
    await pushManifest(source, 'corp/multi', '1.0-amd64', amd64.bytes, amd64.mediaType)
    await pushImage(source, 'corp/multi', 'other', { layers: [randomLayer(600, 442)] })
    const counting = await startProxy(target.url)
    onTestFinished(() => counting.stop())
    const state = join(dir, 'multi.json')
    const report = join(dir, 'multi-report.json')
    const args = [
      'sync',
      '--source',
      `${source.host}/corp`,
      '--images',
      'multi',
      '--target',
      `${counting.host}/mirror`,
      '--state-file',
      state,
      '--report',
      report
    ]
    // The same repository into an OCI layout, which loses only the tag's index.json entry, never a blob.
    const layout = join(dir, 'multi-layout')
    const layoutArgs = [
      'sync',
      '--source',
      `${source.host}/corp`,
      '--images',
      'multi',
      '--target',
      `oci:${layout}`,
      '--state-file',
      join(dir, 'multi-layout.json')
    ]
    expect((await runCli([...args, '--quiet'])).code).toBe(0)
    expect((await runCli([...layoutArgs, '--quiet'])).code).toBe(0)
    expect(await manifestDigest(target, 'mirror/multi', '1.0-amd64')).toBe(multi.children[0])
    await untagInSource(source, 'corp/multi', '1.0-amd64')
    expect((await runCli([...layoutArgs, '--quiet', '--prune'])).code).toBe(0)
    const names = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')).manifests.map(
      (m: { annotations: Record<string, string> }) => m.annotations['org.opencontainers.image.ref.name']
    )
    expect(names.sort()).toEqual(['multi:1.0', 'multi:other'])
    execFileSync('skopeo', ['copy', '--all', '--quiet', `oci:${layout}:multi:1.0`, `oci:${join(dir, 'multi-layout-copy')}`], { stdio: 'pipe' })
    const kept = `mirror/multi:1.0 lists it (index child)`

    const dry = await runCli([...args, '--prune', '--dry-run'])
    expect(dry.code).toBe(0)
    expect(dry.stdout).not.toMatch(/^would prune /m)
    expect(dry.stdout).toContain('would prune 0')
    expect(dry.stdout).toContain(`kept ${counting.host}/mirror/multi:1.0-amd64: ${kept}`)

    counting.reset()
    // --verify off: the requests pinned are pruning's alone (verify's own cost is pinned in verify.test.ts).
    const run = await runCli([...args, '--prune', '--verify', 'off'])
    expect(run.code, run.stderr).toBe(0)
    // What pruning asked of the target: the candidate's HEAD, the tag list, a HEAD per remaining tag, one GET (the index).
    const asked = counting.requests.filter((r) => /\/(manifests|tags)\//.test(r.path)).map((r) => `${r.method} ${r.path.split('?')[0]}`)
    const m = (reference: string): string => `/v2/mirror/multi/manifests/${reference}`
    expect(asked.sort()).toEqual(
      [`HEAD ${m('1.0-amd64')}`, 'GET /v2/mirror/multi/tags/list', `HEAD ${m('1.0')}`, `HEAD ${m('other')}`, `GET ${m(multi.digest)}`].sort()
    )
    expect(run.stdout).toContain('pruned 0, kept 1, could not delete 0')
    expect(run.stdout).toContain(`kept ${counting.host}/mirror/multi:1.0-amd64: ${kept}`)
    expect(await manifestDigest(target, 'mirror/multi', '1.0')).toBe(multi.digest)
    skopeoCopyAll(target, 'mirror/multi:1.0', join(dir, 'multi-copy'))
    // Kept, not forgotten: the next run looks again.
    expect((await readJson(state)).entries.map((e: { source: string }) => e.source)).toContain(`${source.host}/corp/multi:1.0-amd64`)

    // Once the index is gone from the source as well, both go: a tag pruned in the same run holds nothing.
    await untagInSource(source, 'corp/multi', '1.0')
    const again = await runCli([...args, '--prune', '--quiet'])
    expect(again.code, again.stderr).toBe(0)
    const statuses = (await readJson(report)).pruned.map((p: { tag: string; status: string }) => `${p.tag} ${p.status}`)
    expect(statuses).toEqual(['1.0 pruned', '1.0-amd64 pruned'])
    expect(await manifestDigest(target, 'mirror/multi', '1.0-amd64')).toBeUndefined()
    expect(await manifestDigest(target, 'mirror/multi', 'other')).toBeDefined()
  })

  it("keeps a tagged referrer its subject's fallback tag still lists: the fallback index stays pullable", async () => {
    const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
    const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
    const image = await pushImage(source, 'corp/signed', '1.0', { layers: [randomLayer(500, 450)] })
    const config = Buffer.from('{}')
    const sbom = Buffer.from('{"spdxVersion":"SPDX-2.3"}')
    const referrer = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: 'application/spdx+json',
        config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: await pushBlob(source, 'corp/signed', config), size: config.length },
        layers: [{ mediaType: 'application/spdx+json', digest: await pushBlob(source, 'corp/signed', sbom), size: sbom.length }],
        subject: { mediaType: image.mediaType, digest: image.digest, size: image.size }
      })
    )
    const referrerDigest = await pushManifest(source, 'corp/signed', 'sbom-1.0', referrer, OCI_MANIFEST)
    const fallbackTag = image.digest.replace(':', '-')
    const entry = { mediaType: OCI_MANIFEST, digest: referrerDigest, size: referrer.length, artifactType: 'application/spdx+json' }
    const fallback = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [entry] }))
    expect(await pushManifest(source, 'corp/signed', fallbackTag, fallback, OCI_INDEX)).toBe(`sha256:${createHash('sha256').update(fallback).digest('hex')}`)
    const state = join(dir, 'signed.json')
    const report = join(dir, 'signed-report.json')
    const args = [
      'sync',
      '--source',
      `${source.host}/corp`,
      '--images',
      'signed',
      '--target',
      `${target.host}/mirror`,
      '--state-file',
      state,
      '--report',
      report,
      '--quiet'
    ]
    expect((await runCli(args)).code).toBe(0)
    expect(await manifestDigest(target, 'mirror/signed', 'sbom-1.0')).toBe(referrerDigest)
    expect(await manifestDigest(target, 'mirror/signed', fallbackTag)).toBeDefined()
    await untagInSource(source, 'corp/signed', 'sbom-1.0')

    const run = await runCli([...args, '--prune'])
    expect(run.code, run.stderr).toBe(0)
    expect((await readJson(report)).pruned).toEqual([
      expect.objectContaining({ tag: 'sbom-1.0', status: 'skipped', reason: 'referenced', why: `mirror/signed:${fallbackTag} lists it (referrer)` })
    ])
    expect(await manifestDigest(target, 'mirror/signed', referrerDigest)).toBe(referrerDigest)
    skopeoCopyAll(target, `mirror/signed:${fallbackTag}`, join(dir, 'signed-copy'))
  })
})
