import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, randomLayer } from '../harness/fixtures'
import { startHostedStandins, type HostedProfile, type HostedStandins } from '../harness/hosted-standin'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

/** An ECR registry where only `mirror/app` exists (see `repositories` in the hosted stand-in). */
const ECR: HostedProfile = {
  host: '210987654321.dkr.ecr.eu-west-1.amazonaws.com',
  realm: '210987654321.dkr.ecr.eu-west-1.amazonaws.com/token',
  service: 'ecr.amazonaws.com',
  users: { AWS: { password: 'ecr-token-1', push: ['mirror'] } },
  denied: { status: 403, code: 'DENIED', message: 'User is not authorized to perform: ecr:InitiateLayerUpload' },
  repositories: ['mirror/app']
}

interface Report {
  copied: number
  skipped: number
  failed: number
  missingRepositories?: string[]
  images: Array<{ repository: string; tag: string; status: string; reason?: string; error: string | null; cause?: unknown }>
}

/**
 * Issue 21, item 7: per-repository failures stay per repository. Target repositories that do not
 * exist (ECR answers 404 NAME_UNKNOWN and never creates one on push) fail their own tags, the
 * others are copied, and the end of the run names every missing one; a tag deleted at the source
 * after the listing is skipped (`source-gone`), not failed and not recorded.
 */
describe('missing target repositories and tags gone from the source', () => {
  let source: TestRegistry
  let hosted: HostedStandins
  let sourceProxy: TestProxy
  let dir: string
  let fading: string

  beforeAll(async () => {
    ;[source, hosted] = await Promise.all([startRegistry(), startHostedStandins([ECR])])
    dir = await mkdtemp(join(tmpdir(), 'missing-'))
    // `absent` sorts first, so the run's push probe meets it before the repository that exists.
    for (const [i, name] of ['absent', 'app', 'zgone'].entries()) {
      await pushImage(source, `corp/${name}`, 'v1', { layers: [randomLayer(1024, 500 + i)] })
      await pushImage(source, `corp/${name}`, 'v2', { layers: [randomLayer(1024, 510 + i)] })
    }
    fading = (await pushImage(source, 'corp/app', 'v3', { layers: [randomLayer(1024, 520)] })).digest
    // app:v3 is listed (its HEAD by tag answers), then deleted before its manifest is read.
    sourceProxy = await startProxy(source.url, {
      answer: ({ method, path }) =>
        method === 'GET' && path === `/v2/corp/app/manifests/${fading}`
          ? { status: 404, body: JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] }) }
          : undefined
    })
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), hosted?.stop(), sourceProxy?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('copies the repository that exists, fails the tags of the missing ones and names each once; a tag deleted after listing is skipped', async () => {
    const report = join(dir, 'report.json')
    const state = join(dir, 'state.json')
    const run = await runCli(
      [
        'sync',
        '--source',
        `${sourceProxy.host}/corp`,
        '--images',
        'absent,app,zgone',
        '--target',
        `${ECR.host}/mirror`,
        '--target-username',
        'AWS',
        '--target-password',
        'ecr-token-1',
        '--state-file',
        state,
        '--report',
        report,
        '--quiet'
      ],
      hosted.env
    )
    expect(run.code, run.stderr).toBe(1)
    const result = await readJson<Report>(report)
    const byTag = (repository: string, tag: string) => result.images.find((i) => i.repository === repository && i.tag === tag)
    for (const tag of ['v1', 'v2']) {
      expect(byTag('app', tag)).toMatchObject({ status: 'copied' })
      expect(await manifestDigest(hosted.backend(ECR.host), 'mirror/app', tag)).toBeDefined()
      for (const missing of ['absent', 'zgone']) {
        expect(byTag(missing, tag)).toMatchObject({
          status: 'failed',
          cause: { side: 'target', kind: 'repository-missing', status: 404, code: 'NAME_UNKNOWN' }
        })
        expect(byTag(missing, tag)!.error).toMatch(
          new RegExp(`The repository with name 'mirror/${missing}' does not exist in the registry with id '210987654321'`)
        )
      }
    }
    expect(byTag('app', 'v3')).toMatchObject({ status: 'skipped', reason: 'source-gone', error: null })
    expect(result).toMatchObject({ copied: 2, skipped: 1, failed: 4 })
    expect(result.missingRepositories).toEqual([`${ECR.host}/mirror/absent`, `${ECR.host}/mirror/zgone`].sort())
    // Named once at the end, beside one failure line per tag.
    const named = run.stderr.split('\n').filter((line) => line.includes('missing on the target'))
    expect(named).toHaveLength(1)
    expect(named[0]).toContain(`${ECR.host}/mirror/absent`)
    expect(named[0]).toContain(`${ECR.host}/mirror/zgone`)
    // Not read as a name the registry refuses: fewer levels would not create the repository.
    expect(run.stderr).not.toMatch(/--flatten always/)
    // The ledger holds what landed, nothing of the tag gone or the failures.
    const ledger = JSON.stringify(await readJson(state))
    expect(ledger).toContain('/corp/app:v1')
    expect(ledger).not.toContain('/corp/app:v3')
    expect(ledger).not.toContain('absent')
  })

  it('refused credentials still end the run before any copy (exit 2)', async () => {
    const run = await runCli(
      [
        'sync',
        '--source',
        `${source.host}/corp`,
        '--images',
        'absent,app',
        '--target',
        `${ECR.host}/mirror`,
        '--target-username',
        'AWS',
        '--target-password',
        'expired',
        '--quiet'
      ],
      hosted.env
    )
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/refused the credentials of "AWS"/)
  })
})
