import { readFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, pushManifest, randomLayer, type PushedImage } from '../harness/fixtures'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

/** Deletes a source manifest by digest, as a registry user would remove a tag (every tag on it goes). */
async function deleteFromSource(registry: TestRegistry, repository: string, digest: string): Promise<void> {
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${digest}`, { method: 'DELETE' })
  expect(response.status).toBe(202)
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
})
