import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getManifest, manifestDigest, pushImage, pushIndex, randomLayer } from '../harness/fixtures'
import { startHostedStandins, type HostedProfile, type HostedStandins } from '../harness/hosted-standin'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

/**
 * Landing in real targets (issue 13) against stand-ins under the real host names, over TLS with a
 * test CA (NODE_EXTRA_CA_CERTS) reached through the test resolver hook: Docker Hub and an Aliyun
 * Personal registry (NAMESPACE/REPOSITORY only), GHCR, and old targets that rewrite digests or
 * refuse OCI media types. See __tests__/harness/hosted-standin.ts for what each follows.
 */
const DOCKER_HUB: HostedProfile = {
  host: 'registry-1.docker.io',
  realm: 'auth.docker.io/token',
  service: 'registry.docker.io',
  users: { alice: { password: 'alice-pw-1', push: ['alice'] }, bob: { password: 'bob-pw-2', push: ['bob'] } },
  levels: 2,
  nameError: { status: 400, code: 'NAME_INVALID', message: 'invalid repository name' },
  denied: { status: 401, code: 'UNAUTHORIZED', message: 'authentication required' },
  refuseCatalog: true
}
const ALIYUN: HostedProfile = {
  host: 'registry.cn-hangzhou.aliyuncs.com',
  realm: 'dockerauth.cn-hangzhou.aliyuncs.com/auth',
  service: 'registry.aliyuncs.com:cn-hangzhou:26842',
  users: { carol: { password: 'carol-pw-3', push: ['mirror-ns', 'gone-ns'] } },
  levels: 2,
  nameError: { status: 400, code: 'NAME_INVALID', message: 'invalid repository name' },
  namespaces: ['mirror-ns'],
  namespaceMissing: { status: 404, code: 'NAME_UNKNOWN', message: 'namespace not found' },
  denied: { status: 401, code: 'UNAUTHORIZED', message: 'authentication required' }
}
const GHCR: HostedProfile = {
  host: 'ghcr.io',
  realm: 'ghcr.io/token',
  service: 'ghcr.io',
  users: { dave: { password: 'ghp_dave4', push: ['myorg'] } },
  refreshTokens: { 'refresh-dave': 'dave' },
  denied: { status: 403, code: 'DENIED', message: 'permission_denied: The token provided does not match expected scopes.' }
}
const old = (host: string, extra: Partial<HostedProfile>): HostedProfile => ({
  host,
  realm: `${host}/service/token`,
  service: host,
  users: { erin: { password: 'erin-pw-5', push: ['mirror'] } },
  denied: { status: 403, code: 'DENIED', message: 'requested access to the resource is denied' },
  ...extra
})
const LYING = old('harbor.example.com', { manifestPut: 'lie', refuseCatalog: true })
const REWRITING = old('quay.example.com', { manifestPut: 'rewrite' })
const NO_OCI = old('123456789012.dkr.ecr.us-east-1.amazonaws.com', { refuseOci: true })

describe('targets', () => {
  let source: TestRegistry
  let hosted: HostedStandins
  let dir: string
  const digests: Record<string, string> = {}
  const creds = (user: string, password: string) => ['--target-username', user, '--target-password', password]
  const cli = (args: string[], env: Record<string, string> = {}) =>
    runCli(['sync', '--source', `${source.host}/corp`, '--quiet', ...args], { ...hosted.env, ...env })

  beforeAll(async () => {
    ;[source, hosted] = await Promise.all([startRegistry(), startHostedStandins([DOCKER_HUB, ALIYUN, GHCR, LYING, REWRITING, NO_OCI])])
    dir = await mkdtemp(join(tmpdir(), 'targets-'))
    for (const [i, name] of ['app', 'team/tool', 'team/other'].entries()) {
      digests[name] = (await pushImage(source, `corp/${name}`, 'v1', { layers: [randomLayer(2048, 300 + i)] })).digest
    }
    digests.multi = (
      await pushIndex(source, 'corp/multi', 'v1', {
        images: [
          { layers: [randomLayer(1024, 401)], platform: { os: 'linux', architecture: 'amd64' } },
          { layers: [randomLayer(1024, 402)], platform: { os: 'linux', architecture: 'arm64' } }
        ]
      })
    ).digest
  })
  afterAll(async () => {
    await Promise.allSettled([source?.stop(), hosted?.stop()])
  })

  describe('names that fit the target', () => {
    it('docker.io: --flatten auto flattens nested paths to ACCOUNT/REPOSITORY', async () => {
      const run = await cli(['--images', 'app,team/tool', '--target', 'alice', ...creds('alice', 'alice-pw-1')])
      expect(run.code, run.stderr).toBe(0)
      const hub = hosted.backend(DOCKER_HUB.host)
      expect(await manifestDigest(hub, 'alice/app', 'v1')).toBe(digests.app)
      expect(await manifestDigest(hub, 'alice/team_tool', 'v1')).toBe(digests['team/tool'])
    })

    it('refuses a target namespace deeper than its registry allows, before any request', async () => {
      hosted.requests.length = 0
      const run = await cli(['--images', 'app', '--target', 'docker.io/alice/sub', ...creds('alice', 'alice-pw-1')])
      expect(run.code).toBe(2)
      expect(run.stderr.trim().split('\n')).toEqual([
        'gcr-mirror: --target docker.io/alice/sub: Docker Hub repositories are ACCOUNT/REPOSITORY (2 levels), so the namespace must be 1 level, e.g. docker.io/alice; it is 2 levels deep'
      ])
      expect(hosted.requests).toEqual([])
    })

    it('Aliyun with --flatten never: NAME_INVALID fails the nested tags, and the hint comes once per run', async () => {
      const report = join(dir, 'aliyun-never.json')
      const target = `${ALIYUN.host}/mirror-ns`
      const run = await cli([
        '--images',
        'app,team/tool,team/other',
        '--target',
        target,
        '--flatten',
        'never',
        '--report',
        report,
        ...creds('carol', 'carol-pw-3')
      ])
      expect(run.code, run.stderr).toBe(1)
      const hints = run.stderr.split('\n').filter((line) => line.includes('--flatten always'))
      expect(hints).toHaveLength(1)
      expect(hints[0]).toMatch(
        /^warning: the target refused a repository name \(NAME_INVALID on https:\/\/registry\.cn-hangzhou\.aliyuncs\.com\/v2\/mirror-ns\/team\//
      )
      const images = (await readJson(report)).images as Array<{ repository: string; status: string; error: string | null }>
      expect(images.map((i) => [i.repository, i.status])).toEqual([
        ['app', 'copied'],
        ['team/other', 'failed'],
        ['team/tool', 'failed']
      ])
      expect(images[1].error).toMatch(/400 NAME_INVALID/)
    })

    it('Aliyun with --flatten auto lands every repository as NAMESPACE/REPOSITORY', async () => {
      const run = await cli(['--images', 'app,team/tool,team/other', '--target', `${ALIYUN.host}/mirror-ns`, ...creds('carol', 'carol-pw-3')])
      expect(run.code, run.stderr).toBe(0)
      const aliyun = hosted.backend(ALIYUN.host)
      expect(await manifestDigest(aliyun, 'mirror-ns/team_tool', 'v1')).toBe(digests['team/tool'])
      expect(await manifestDigest(aliyun, 'mirror-ns/team_other', 'v1')).toBe(digests['team/other'])
    })

    it('ghcr.io/MyOrg (github.repository_owner) is lowercased with a notice', async () => {
      const run = await runCli(['sync', '--source', `${source.host}/corp`, '--images', 'app', '--target', 'ghcr.io/MyOrg'], {
        ...hosted.env,
        GCR_MIRROR_TARGET_USERNAME: 'dave',
        GCR_MIRROR_TARGET_PASSWORD: 'ghp_dave4'
      })
      expect(run.code, run.stderr).toBe(0)
      expect(run.stderr).toContain('target namespace "MyOrg" lowercased to "myorg": registry paths are lowercase')
      expect(await manifestDigest(hosted.backend(GHCR.host), 'myorg/app', 'v1')).toBe(digests.app)
    })
  })

  describe('auth messages that tell the truth', () => {
    const oneLine = (stderr: string): string => {
      const lines = stderr.trim().split('\n')
      expect(lines, stderr).toHaveLength(1)
      return lines[0]
    }

    it('credentials refused: the only message that says to check the username and password', async () => {
      const run = await cli(['--images', 'app', '--target', 'alice', ...creds('alice', 'wrong')])
      expect(run.code).toBe(2)
      const line = oneLine(run.stderr)
      expect(line).toMatch(/refused the credentials of "alice".*check the username and password/)
      expect(line).toContain('--target-username and --target-password')
      expect(line).not.toContain('wrong')
    })

    it('valid credentials without push: no access, with what the token grants, found by the preflight before any copy', async () => {
      hosted.requests.length = 0
      // team/other is not on the target yet (app is, from the first test): there is work, so push access is asked.
      const run = await cli(['--images', 'team/other', '--target', 'alice', ...creds('bob', 'bob-pw-2')])
      expect(run.code).toBe(2)
      const line = oneLine(run.stderr)
      expect(line).toMatch(
        /POST https:\/\/registry-1\.docker\.io\/v2\/alice\/team_other\/blobs\/uploads\/: 401.*"bob" has no push access to alice\/team_other \(its token grants pull\)/
      )
      expect(line).toMatch(/the target credentials are valid but lack the right: grant them push \(write\) access there/)
      expect(line).not.toMatch(/check the username and password/)
      expect(hosted.requests.filter((r) => r.method === 'PUT')).toEqual([])
    })

    it('GHCR answers 403 DENIED: no access', async () => {
      const run = await cli(['--images', 'app', '--target', 'ghcr.io/otherorg', ...creds('dave', 'ghp_dave4')])
      expect(run.code).toBe(2)
      const line = oneLine(run.stderr)
      expect(line).toMatch(/403 DENIED.*"dave" has no push access to otherorg\/app/)
      expect(line).not.toMatch(/check the username and password/)
    })

    it('a namespace that must be created first says so: its tags fail, and the end of the run names it', async () => {
      const run = await cli(['--images', 'app', '--target', `${ALIYUN.host}/gone-ns`, ...creds('carol', 'carol-pw-3')])
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/^failed .*corp\/app:v1: .*404 NAME_UNKNOWN.*repository gone-ns\/app does not exist.*namespace may need creating first/m)
      expect(run.stderr).toMatch(
        new RegExp(
          `^warning: missing on the target, so their tags failed: ${ALIYUN.host.replaceAll('.', '\\.')}/gone-ns/app \\(gcr-mirror cannot create it: create namespace gone-ns in the Container Registry console \\(cr\\.console\\.aliyun\\.com\\)\\); create them as shown, then run again$`,
          'm'
        )
      )
      expect(run.stderr).not.toMatch(/check the username and password/)
    })

    it('a catalog refused to valid credentials (a Harbor robot account) asks for --images, not the password', async () => {
      const run = await runCli(
        ['sync', '--source', `${LYING.host}/mirror`, '--target', `${GHCR.host}/myorg`, '--source-username', 'erin', '--source-password', 'erin-pw-5'],
        hosted.env
      )
      expect(run.code).toBe(2)
      const line = oneLine(run.stderr)
      expect(line).toMatch(/harbor\.example\.com refuses to list repositories.*--images/)
      expect(line).not.toMatch(/check the username and password/)
    })

    it('a Docker config identitytoken (az acr login) signs in through the OAuth2 refresh-token exchange', async () => {
      const config = await mkdtemp(join(tmpdir(), 'docker-config-'))
      const auth = Buffer.from('00000000-0000-0000-0000-000000000000:').toString('base64')
      await writeFile(join(config, 'config.json'), JSON.stringify({ auths: { 'ghcr.io': { auth, identitytoken: 'refresh-dave' } } }))
      hosted.requests.length = 0
      const run = await runCli(['sync', '--source', `${source.host}/corp`, '--images', 'team/tool', '--target', 'ghcr.io/myorg', '--quiet'], {
        ...hosted.env,
        DOCKER_CONFIG: config
      })
      expect(run.code, run.stderr).toBe(0)
      expect(hosted.requests.some((r) => r.method === 'POST' && r.path === '/token' && r.status === 200)).toBe(true)
      expect(hosted.requests.some((r) => r.method === 'GET' && r.path === '/token')).toBe(false)
      expect(await manifestDigest(hosted.backend(GHCR.host), 'myorg/team/tool', 'v1')).toBe(digests['team/tool'])
    })
  })

  describe('targets that rewrite or refuse', () => {
    it('a target answering another digest but serving the source digest under the tag is a success', async () => {
      const run = await cli(['--images', 'app', '--target', `${LYING.host}/mirror`, ...creds('erin', 'erin-pw-5')])
      expect(run.code, run.stderr).toBe(0)
      expect(await manifestDigest(hosted.backend(LYING.host), 'mirror/app', 'v1')).toBe(digests.app)
    })

    it('a target that stores other bytes fails the tag, naming both digests', async () => {
      const report = join(dir, 'rewrite.json')
      const run = await cli(['--images', 'app', '--target', `${REWRITING.host}/mirror`, '--report', report, ...creds('erin', 'erin-pw-5')])
      expect(run.code).toBe(1)
      const [image] = (await readJson(report)).images as Array<{ error: string }>
      const stored = await manifestDigest(hosted.backend(REWRITING.host), 'mirror/app', 'v1')
      expect(stored).not.toBe(digests.app)
      expect(image.error).toContain(`serves ${stored} under the tag, not the source's ${digests.app}`)
    })

    it('a target refusing OCI media types fails the tag once (no retry), naming --format docker', async () => {
      const report = join(dir, 'no-oci.json')
      hosted.requests.length = 0
      const run = await cli(['--images', 'app', '--target', `${NO_OCI.host}/mirror`, '--report', report, ...creds('erin', 'erin-pw-5')])
      expect(run.code).toBe(1)
      const [image] = (await readJson(report)).images as Array<{ error: string }>
      expect(image.error).toMatch(
        /the target refuses the OCI media type application\/vnd\.oci\.image\.manifest\.v1\+json .*MANIFEST_INVALID.*pass --format docker/
      )
      expect(hosted.requests.filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'))).toHaveLength(1)
    })

    it('--format docker converts OCI manifests and indexes for such a target; the new digests are reported and recorded', async () => {
      const report = join(dir, 'format-docker.json')
      const state = join(dir, 'format-docker-ledger.json')
      const args = ['--images', 'app,multi', '--target', `${NO_OCI.host}/mirror`, '--format', 'docker', '--report', report, '--state-file', state]
      const run = await cli([...args, ...creds('erin', 'erin-pw-5')])
      expect(run.code, run.stderr).toBe(0)
      const images = (await readJson(report)).images as Array<{ repository: string; digest: string; targetDigest?: string; status: string }>
      const ecr = hosted.backend(NO_OCI.host)
      for (const name of ['app', 'multi']) {
        const image = images.find((i) => i.repository === name)!
        expect(image.status).toBe('copied')
        expect(image.digest).toBe(digests[name])
        expect(image.targetDigest).toBeDefined()
        expect(image.targetDigest).not.toBe(digests[name])
        expect(await manifestDigest(ecr, `mirror/${name}`, 'v1')).toBe(image.targetDigest)
      }
      const list = await getManifest(ecr, 'mirror/multi', 'v1')
      expect(list!.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json')
      const children = (JSON.parse(list!.bytes.toString()) as { manifests: Array<{ digest: string; mediaType: string }> }).manifests
      expect(children).toHaveLength(2)
      for (const child of children) {
        expect(child.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json')
        expect((await getManifest(ecr, 'mirror/multi', child.digest))!.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json')
      }
      const ledger = JSON.stringify(await readJson(state))
      expect(ledger).toContain(images.find((i) => i.repository === 'app')!.targetDigest)
      const again = await cli([...args, ...creds('erin', 'erin-pw-5')])
      expect(again.code, again.stderr).toBe(0)
      expect(((await readJson(report)) as { skipped: number }).skipped).toBe(2)
    })
  })
})
