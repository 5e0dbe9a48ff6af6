import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCorpus, manifestDigest, type Corpus } from '../harness/fixtures'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

const OCI_TYPES = new Set(['application/vnd.oci.image.manifest.v1+json', 'application/vnd.oci.image.index.v1+json'])

/**
 * An OCI image layout as a target and as a source: registry -> oci:DIR -> registry keeps every
 * digest (OCI indexes with attestations, Docker manifest lists, single images), each blob is written
 * once and under its digest, and skopeo reads what was written.
 */
describe('OCI image layout', () => {
  let source: TestRegistry
  let target: TestRegistry
  let corpus: Corpus
  let dir: string
  let layout: string

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    corpus = await buildCorpus(source, {
      namespace: 'air',
      repositories: 3,
      tagsPerRepo: 6,
      layersPerImage: 2,
      layerSize: 8192,
      sharedBaseLayers: 1,
      nested: true,
      multiArchEvery: 3,
      seed: 8
    })
    dir = await mkdtemp(join(tmpdir(), 'oci-layout-'))
    layout = join(dir, 'layout')
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('carries a namespace into a layout and back with every digest kept', async () => {
    const state = join(dir, 'to-layout.json')
    const report = join(dir, 'report.json')
    const out = await runCli(['sync', '--source', `${source.host}/air`, '--target', `oci:${layout}`, '--state-file', state, '--report', report, '--quiet'])
    expect(out.code, out.stderr).toBe(0)
    expect((await readJson(report)).copied).toBe(corpus.images.length)

    // Every blob file hashes to its name; no temporary file is left beside them.
    const blobDir = join(layout, 'blobs', 'sha256')
    const names = await readdir(blobDir)
    expect(names.every((name) => /^[a-f0-9]{64}$/.test(name))).toBe(true)
    for (const name of names)
      expect(
        createHash('sha256')
          .update(await readFile(join(blobDir, name)))
          .digest('hex')
      ).toBe(name)
    expect(JSON.parse(await readFile(join(layout, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' })

    const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as {
      manifests: Array<{ digest: string; mediaType: string; annotations: Record<string, string> }>
    }
    const refs = index.manifests.map((m) => m.annotations['org.opencontainers.image.ref.name'])
    expect(refs).toHaveLength(corpus.images.length)
    for (const image of corpus.images) expect(refs).toContain(`${image.repository.slice('air/'.length)}:${image.tag}`)

    // skopeo (another implementation) reads what we wrote, for every OCI-typed entry.
    const ociEntries = index.manifests.filter((m) => OCI_TYPES.has(m.mediaType))
    expect(ociEntries.length).toBeGreaterThan(0)
    for (const entry of ociEntries) {
      const raw = execFileSync('skopeo', ['inspect', '--raw', `oci:${layout}:${entry.annotations['org.opencontainers.image.ref.name']}`])
      expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(entry.digest)
    }

    // A rerun into the layout copies nothing.
    const again = await runCli(['sync', '--source', `${source.host}/air`, '--target', `oci:${layout}`, '--state-file', state, '--report', report, '--quiet'])
    expect(again.code).toBe(0)
    expect((await readJson(report)).skipped).toBe(corpus.images.length)

    // And back out of the layout into another registry: the same digests.
    const back = await runCli(['sync', '--source', `oci:${layout}`, '--target', `${target.host}/restored`, '--report', report, '--quiet'])
    expect(back.code, back.stderr).toBe(0)
    expect((await readJson(report)).copied).toBe(corpus.images.length)
    for (const image of corpus.images) {
      expect(await manifestDigest(target, `restored/${image.repository.slice('air/'.length)}`, image.tag), `${image.repository}:${image.tag}`).toBe(
        image.digest
      )
    }
  })
})
