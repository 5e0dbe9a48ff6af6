import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCorpus, manifestDigest, pushImage, randomLayer, type Corpus } from '../harness/fixtures'
import { startGcrStandin } from '../harness/gcr-standin'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

interface ReportImage {
  source: string
  target: string
  status: string
  tag: string
  digest: string
  reason?: string
}

/**
 * Discovery, selection and naming end to end: gcr.io's `child`/`manifest` listing (no request per
 * tag), the catalog with a counting proxy (one HEAD per tag, nothing else), every filter, nested
 * names flattened for one-level targets, and a name collision resolved and reported.
 */
describe('discover, select, name', () => {
  let source: TestRegistry
  let target: TestRegistry
  let gcr: TestProxy
  let counting: TestProxy
  let corpus: Corpus
  let dir: string

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    corpus = await buildCorpus(source, {
      namespace: 'ns',
      repositories: 4,
      tagsPerRepo: 6,
      layersPerImage: 1,
      layerSize: 2048,
      sharedBaseLayers: 1,
      nested: true,
      multiArchEvery: 3,
      seed: 3
    })
    gcr = await startGcrStandin(source)
    counting = await startProxy(source.url)
    dir = await mkdtemp(join(tmpdir(), 'discovery-'))
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop(), gcr?.stop(), counting?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const plan = async (sourceHost: string, ...extra: string[]): Promise<{ code: number | null; images: ReportImage[]; stderr: string }> => {
    const report = join(dir, `plan-${Math.random().toString(36).slice(2)}.json`)
    const run = await runCli([
      'sync',
      '--source',
      `${sourceHost}/ns`,
      '--target',
      `${target.host}/planned`,
      '--dry-run',
      '--report',
      report,
      '--quiet',
      ...extra
    ])
    return { code: run.code, stderr: run.stderr, images: run.code === 2 ? [] : (await readJson(report)).images }
  }
  const selected = (images: ReportImage[]): string[] => [...new Set(images.map((i) => i.tag))].sort()

  it('walks gcr.io sub-repositories with one tags/list per repository and no request per tag', async () => {
    gcr.reset()
    const state = join(dir, 'gcr-state.json')
    const report = join(dir, 'gcr.json')
    const run = await runCli([
      'sync',
      '--source',
      `${gcr.host}/ns`,
      '--target',
      `${target.host}/from-gcr`,
      '--state-file',
      state,
      '--report',
      report,
      '--quiet'
    ])
    expect(run.code, run.stderr).toBe(0)
    expect((await readJson(report)).copied).toBe(corpus.images.length)
    for (const image of corpus.images) {
      expect(await manifestDigest(target, `from-gcr/${image.repository.slice(3)}`, image.tag)).toBe(image.digest)
    }
    gcr.reset()
    const rerun = await runCli([
      'sync',
      '--source',
      `${gcr.host}/ns`,
      '--target',
      `${target.host}/from-gcr`,
      '--state-file',
      state,
      '--report',
      report,
      '--quiet'
    ])
    expect(rerun.code).toBe(0)
    expect((await readJson(report)).skipped).toBe(corpus.images.length)
    const manifestRequests = gcr.requests.filter((r) => r.path.includes('/manifests/'))
    expect(manifestRequests).toEqual([])
    // The namespace itself, `ns/team`, and one listing per repository.
    expect(gcr.requests.filter((r) => r.path.includes('/tags/list')).length).toBe(corpus.repositories.length + 2)
    // The catalog is asked first (gcr.io refuses it), then the namespace is walked.
    expect(gcr.requests.filter((r) => r.path.startsWith('/v2/_catalog'))).toHaveLength(1)
  })

  it('reruns against a plain registry with the catalog, one tags/list per repository and one HEAD per tag', async () => {
    const state = join(dir, 'plain-state.json')
    const args = ['sync', '--source', `${counting.host}/ns`, '--target', `${target.host}/plain`, '--state-file', state, '--quiet']
    expect((await runCli(args)).code).toBe(0)
    counting.reset()
    expect((await runCli(args)).code).toBe(0)
    const kinds = counting.requests.map((r) => `${r.method} ${r.path.replace(/\/v2\/.+\/(tags|manifests)\/.*/, '/v2/NAME/$1')}`)
    expect(kinds.filter((k) => k === 'HEAD /v2/NAME/manifests')).toHaveLength(corpus.images.length)
    expect(kinds.filter((k) => k === 'GET /v2/NAME/tags')).toHaveLength(corpus.repositories.length)
    expect(kinds.filter((k) => k.startsWith('GET /v2/_catalog'))).toHaveLength(1)
    // One HEAD per tag, one listing per repository, and the catalog for the namespace.
    expect(counting.requests.length).toBe(corpus.images.length + corpus.repositories.length + 1)
  })

  it('applies each tag filter', async () => {
    expect(selected((await plan(source.host)).images)).toEqual(['1.3', 'latest', 'v1.0.0', 'v1.1.0', 'v1.2.0', 'v2.0.0-rc.1'])
    expect(selected((await plan(source.host, '--include-tags', '^v1\\.')).images)).toEqual(['v1.0.0', 'v1.1.0', 'v1.2.0'])
    expect(selected((await plan(source.host, '--include-tags', '^v1\\.', '--include-tags', '^latest$')).images)).toEqual([
      'latest',
      'v1.0.0',
      'v1.1.0',
      'v1.2.0'
    ])
    expect(selected((await plan(source.host, '--exclude-tags', 'rc', '--exclude-tags', '^1')).images)).toEqual(['latest', 'v1.0.0', 'v1.1.0', 'v1.2.0'])
    // Pre-releases in the range stay unless --exclude-prerelease says otherwise (one switch for them).
    expect(selected((await plan(source.host, '--semver', '>=1.1.0')).images)).toEqual(['v1.1.0', 'v1.2.0', 'v2.0.0-rc.1'])
    expect(selected((await plan(source.host, '--semver', '>=1.1.0', '--exclude-prerelease')).images)).toEqual(['v1.1.0', 'v1.2.0'])
    expect(selected((await plan(source.host, '--exclude-prerelease')).images)).toEqual(['1.3', 'latest', 'v1.0.0', 'v1.1.0', 'v1.2.0'])
    expect(selected((await plan(source.host, '--latest', '2')).images)).toEqual(['v1.2.0', 'v2.0.0-rc.1'])
    expect(selected((await plan(source.host, '--latest', '2', '--exclude-prerelease')).images)).toEqual(['v1.1.0', 'v1.2.0'])
    const dry = await plan(source.host, '--images', 'app-0')
    expect(dry.images.every((i) => i.status === 'skipped' && i.reason === 'dry-run')).toBe(true)
    expect(dry.images).toHaveLength(6)
  })

  it('keeps nested paths, flattens them on request with the separator, and resolves a collision deterministically', async () => {
    await pushImage(source, 'ns/team_app-1', 'v1.0.0', { layers: [randomLayer(512, 99)] })
    const kept = await plan(source.host, '--include-tags', '^v1\\.0\\.0$')
    expect(kept.images.map((i) => i.target)).toContain(`${target.host}/planned/team/app-1:v1.0.0`)

    const report = join(dir, 'flat.json')
    const args = [
      'sync',
      '--source',
      `${source.host}/ns`,
      '--target',
      `${target.host}/flat`,
      '--flatten',
      'always',
      '--include-tags',
      '^v1\\.0\\.0$',
      '--report',
      report,
      '--quiet'
    ]
    const run = await runCli(args)
    expect(run.code, run.stderr).toBe(0)
    const result = await readJson(report)
    const targets = result.images.map((i: ReportImage) => i.target.slice(`${target.host}/flat/`.length))
    expect(new Set(targets).size).toBe(targets.length)
    expect(targets.every((t: string) => !t.split(':')[0].includes('/'))).toBe(true)
    expect(result.collisions).toHaveLength(1)
    expect(result.collisions[0].target).toBe('flat/team_app-1')
    const first = JSON.stringify(result.collisions)
    expect(run.stderr).toMatch(/collision/)

    // Same input, same resolution.
    await runCli(args)
    expect(JSON.stringify((await readJson(report)).collisions)).toBe(first)

    const dashed = await plan(source.host, '--flatten', 'always', '--separator=__', '--include-tags', '^v1\\.0\\.0$')
    expect(dashed.images.map((i) => i.target)).toContain(`${target.host}/planned/team__app-1:v1.0.0`)
  })
})
