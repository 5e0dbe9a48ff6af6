import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, pushIndex, randomLayer } from '../harness/fixtures'
import { AR_HOST, AR_PREFIX, K8S_HOST, startRedirectStandins, type RedirectStandins } from '../harness/redirect-standin'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

const TAGS = ['3.7', '3.8', '3.9', '3.10', '3.11']
const REPOSITORY = `${AR_PREFIX}/sig-storage/pause`

/**
 * A source that redirects as registry.k8s.io does (307 to a regional Artifact Registry, whose token
 * service checks the repository scope and whose tag pages are shorter than asked, linked on its own
 * host), under the real host names over TLS in front of a real registry: every tag is copied, the
 * referrers request after the redirect carries the repository's scope, the tag pages on the
 * redirected host are followed, and the source's credentials never leave for the other host.
 */
describe('redirected registries', () => {
  let upstream: TestRegistry
  let target: TestRegistry
  let standins: RedirectStandins
  let dir: string

  beforeAll(async () => {
    ;[upstream, target] = await Promise.all([startRegistry(), startRegistry()])
    for (const [i, tag] of TAGS.slice(1).entries()) await pushImage(upstream, REPOSITORY, tag, { layers: [randomLayer(300, 1100 + i)] })
    await pushIndex(upstream, REPOSITORY, TAGS[0], {
      images: ['amd64', 'arm64'].map((architecture, k) => ({ layers: [randomLayer(200, 1200 + k)], platform: { os: 'linux', architecture } }))
    })
    standins = await startRedirectStandins(upstream, { pageCap: 2 })
    dir = await mkdtemp(join(tmpdir(), 'redirects-'))
  })

  afterAll(async () => {
    await Promise.allSettled([upstream?.stop(), target?.stop(), standins?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('mirrors every tag from registry.k8s.io through its Artifact Registry redirect', async () => {
    const report = join(dir, 'report.json')
    const cli = await runCli(
      [
        'sync',
        '--source',
        `${K8S_HOST}/sig-storage`,
        '--target',
        `${target.host}/k8s`,
        '--images',
        'pause',
        '--source-username',
        'k8s-user',
        '--source-password',
        'never-sent-elsewhere',
        '--state-file',
        join(dir, 'state.json'),
        '--report',
        report,
        '--quiet'
      ],
      standins.env
    )
    expect(cli.code, cli.stderr).toBe(0)
    const result = await readJson(report)
    expect(result.copied).toBe(TAGS.length)
    expect(result.failed).toBe(0)
    for (const tag of TAGS) expect(await manifestDigest(target, 'k8s/pause', tag), tag).toBe(await manifestDigest(upstream, REPOSITORY, tag))

    const region = standins.requests.filter((r) => r.host === AR_HOST)
    // Tag pages: asked with n=1000, answered two at a time with a Link on the Artifact Registry host, all followed there.
    const pages = region.filter((r) => r.path.startsWith(`/v2/${REPOSITORY}/tags/list`) && r.status === 200)
    expect(pages.map((r) => new URL(r.path, 'https://x').searchParams.get('last'))).toEqual([null, '3.11', '3.8'])
    expect(standins.requests.filter((r) => r.host === K8S_HOST && r.path.includes('/tags/list'))).toHaveLength(1)
    // The referrers API after a redirect is asked with a token for the repository: distribution 2.8 has none (404), never a 401.
    const referrers = region.filter((r) => r.path.includes('/referrers/'))
    expect(referrers.length).toBeGreaterThan(0)
    expect(referrers.filter((r) => r.authorization).every((r) => r.status === 404)).toBe(true)
    const tokenRequests = region.filter((r) => r.path.startsWith('/v2/token'))
    expect(tokenRequests.some((r) => r.scopes?.includes(`repository:${REPOSITORY}:pull`))).toBe(true)
    expect(tokenRequests.every((r) => r.scopes!.every((s) => s === `repository:${REPOSITORY}:pull`))).toBe(true)
    // The source's credentials stay with registry.k8s.io: the other host sees bearer tokens of its own only.
    const basic = Buffer.from('k8s-user:never-sent-elsewhere').toString('base64')
    expect(region.every((r) => r.authorization === undefined || r.authorization.startsWith('Bearer '))).toBe(true)
    expect(region.some((r) => r.authorization?.includes(basic))).toBe(false)
  })
})
