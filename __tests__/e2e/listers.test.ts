import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, randomLayer } from '../harness/fixtures'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { startVendorStandins, type VendorStandins } from '../harness/vendor-standins'
import { readJson, runCli } from './cli'

const TOKEN = 'vendor-api-token-0123456789'

/**
 * Namespace listers against stand-ins of Quay, Docker Hub and GHCR reached under their real host
 * names over TLS (test CA): each namespace is listed through its vendor's API with pagination and
 * credentials, `--images` skips listing, and a run that selects nothing fails with one line.
 */
describe('namespace listers', () => {
  let upstream: TestRegistry
  let target: TestRegistry
  let vendors: VendorStandins
  let dir: string
  const images: Record<string, string> = {}

  beforeAll(async () => {
    ;[upstream, target] = await Promise.all([startRegistry(), startRegistry()])
    const repositories = [
      'coreos/dex',
      'coreos/etcd',
      'coreos/flannel',
      'coreos/private-app',
      'bitnami/nginx',
      'bitnami/redis',
      'bitnami/secret',
      'octo-org/app',
      'octo-org/cli',
      'octo-org/tool',
      'monalisa/dotfiles'
    ]
    for (const [i, repository] of repositories.entries()) {
      images[repository] = (await pushImage(upstream, repository, 'v1.0.0', { layers: [randomLayer(512, 300 + i)] })).digest
    }
    vendors = await startVendorStandins(upstream, {
      token: TOKEN,
      hubUsername: 'mirror-bot',
      privateRepositories: ['coreos/private-app', 'bitnami/secret'],
      githubUsers: ['monalisa'],
      pageSize: 2
    })
    dir = await mkdtemp(join(tmpdir(), 'listers-'))
  })

  afterAll(async () => {
    await Promise.allSettled([upstream?.stop(), target?.stop(), vendors?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const sync = async (source: string, ...extra: string[]): Promise<{ code: number | null; stderr: string; report?: any }> => {
    vendors.reset()
    const report = join(dir, `r-${Math.random().toString(36).slice(2)}.json`)
    const run = await runCli(['sync', '--source', source, '--target', `${target.host}/mirror`, '--report', report, '--quiet', ...extra], vendors.env)
    return { code: run.code, stderr: run.stderr, report: run.code === 0 ? await readJson(report) : undefined }
  }
  const repositoriesOf = (report: any): string[] => [...new Set<string>(report.images.map((i: { repository: string }) => i.repository))].sort()
  const registryPath = /^\/v2\/($|_catalog|.+\/(tags|manifests|blobs|referrers)\/)/
  const apiRequests = (host: string): string[] => vendors.requests.filter((r) => r.host === host && !registryPath.test(r.path)).map((r) => r.path)

  it('lists quay.io/NS with the Quay API (the anonymous catalog is empty), page by page', async () => {
    const run = await sync('quay.io/coreos')
    expect(run.code, run.stderr).toBe(0)
    expect(repositoriesOf(run.report)).toEqual(['dex', 'etcd', 'flannel'])
    expect(run.report.copied).toBe(3)
    expect(await manifestDigest(target, 'mirror/etcd', 'v1.0.0')).toBe(images['coreos/etcd'])
    // Three public repositories, two per page: two pages, the second by its next_page token.
    const pages = apiRequests('quay.io')
    expect(pages).toHaveLength(2)
    expect(pages[0]).toBe('/api/v1/repository?namespace=coreos&public=true')
    expect(pages[1]).toMatch(/&next_page=/)
    expect(vendors.requests.some((r) => r.path.startsWith('/v2/_catalog'))).toBe(false)
    expect(vendors.requests.filter((r) => r.host === 'quay.io' && r.path.startsWith('/api/')).every((r) => r.authorization === undefined)).toBe(true)
  })

  it('sends the source password to the Quay API as a bearer token and lists private repositories', async () => {
    const run = await sync('quay.io/coreos', '--source-username', 'coreos+bot', '--source-password', TOKEN, '--dry-run')
    expect(run.code, run.stderr).toBe(0)
    expect(repositoriesOf(run.report)).toEqual(['dex', 'etcd', 'flannel', 'private-app'])
    expect(vendors.requests.filter((r) => r.path.startsWith('/api/')).every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true)
    const wrong = await sync('quay.io/coreos', '--source-username', 'coreos+bot', '--source-password', 'wrong-token')
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/quay\.io repositories of coreos: the API answered 401; the Quay API takes an OAuth access token/)
    expect(wrong.stderr).not.toContain('wrong-token')
  })

  it('lists docker.io/NS with the Hub API, anonymously and with a Hub token', async () => {
    const run = await sync('docker.io/bitnami')
    expect(run.code, run.stderr).toBe(0)
    expect(repositoriesOf(run.report)).toEqual(['nginx', 'redis'])
    expect(apiRequests('hub.docker.com')).toEqual(['/v2/namespaces/bitnami/repositories?page_size=100'])
    expect(await manifestDigest(target, 'mirror/redis', 'v1.0.0')).toBe(images['bitnami/redis'])

    const signed = await sync('docker.io/bitnami', '--source-username', 'mirror-bot', '--source-password', TOKEN, '--dry-run')
    expect(signed.code, signed.stderr).toBe(0)
    expect(repositoriesOf(signed.report)).toEqual(['nginx', 'redis', 'secret'])
    // The token request, then two pages (three repositories, two per page) following `next`.
    expect(apiRequests('hub.docker.com')).toEqual([
      '/v2/auth/token',
      '/v2/namespaces/bitnami/repositories?page_size=100',
      '/v2/namespaces/bitnami/repositories?page_size=100&page=2'
    ])
  })

  it('lists ghcr.io/OWNER through the GitHub packages API with the token, organisations and users', async () => {
    const run = await sync('ghcr.io/octo-org', '--source-username', 'x', '--source-password', TOKEN)
    expect(run.code, run.stderr).toBe(0)
    expect(repositoriesOf(run.report)).toEqual(['app', 'cli', 'tool'])
    expect(run.report.copied).toBe(3)
    const pages = apiRequests('api.github.com')
    expect(pages).toEqual(['/orgs/octo-org/packages?package_type=container&per_page=100', '/orgs/octo-org/packages?package_type=container&per_page=100&page=2'])
    expect(vendors.requests.filter((r) => r.host === 'api.github.com').every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true)

    const user = await sync('ghcr.io/monalisa', '--source-username', 'x', '--source-password', TOKEN, '--dry-run')
    expect(user.code, user.stderr).toBe(0)
    expect(repositoriesOf(user.report)).toEqual(['dotfiles'])
    expect(apiRequests('api.github.com')).toEqual([
      '/orgs/monalisa/packages?package_type=container&per_page=100',
      '/users/monalisa/packages?package_type=container&per_page=100'
    ])

    const anonymous = await sync('ghcr.io/octo-org')
    expect(anonymous.code).toBe(2)
    expect(anonymous.stderr).toMatch(
      /ghcr\.io packages of octo-org: the API answered 401; pass a GitHub token with read:packages as the source password; name the repositories of ghcr\.io\/octo-org with --images/
    )
  })

  it('lists nothing when --images names the repositories', async () => {
    const run = await sync('quay.io/coreos', '--images', 'etcd', '--dry-run')
    expect(run.code, run.stderr).toBe(0)
    expect(repositoriesOf(run.report)).toEqual(['etcd'])
    expect(apiRequests('quay.io')).toEqual([])
  })

  it('fails a run that selects nothing, saying what was listed and filtered', async () => {
    const empty = await sync('quay.io/nope')
    expect(empty.code).toBe(1)
    expect(empty.stderr.trim()).toBe('gcr-mirror: listed 0 repositories under quay.io/nope; nothing to mirror')
    const misspelt = await sync('docker.io/bitnamii')
    expect(misspelt.code).toBe(1)
    expect(misspelt.stderr).toContain('listed 0 repositories under docker.io/bitnamii')
    const filtered = await sync('quay.io/coreos', '--include-tags', '^v9\\.', '--dry-run')
    expect(filtered.code).toBe(1)
    expect(filtered.stderr.trim()).toBe('gcr-mirror: 3 tags listed in 3 repositories under quay.io/coreos, none matched --include-tags ^v9\\.')
  })
})
