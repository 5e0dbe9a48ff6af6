import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, randomLayer } from '../harness/fixtures'
import { startHostedStandins, type HostedProfile, type HostedStandins } from '../harness/hosted-standin'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

const ECR_HOST = '210987654321.dkr.ecr.eu-west-1.amazonaws.com'
/** ECR where only `mirror/app` exists, with its API (CreateRepository) answering for access key AKIDMIRROR. */
const ecrProfile = (): HostedProfile => ({
  host: ECR_HOST,
  realm: `${ECR_HOST}/token`,
  service: 'ecr.amazonaws.com',
  users: { AWS: { password: 'ecr-token-1', push: ['mirror'] } },
  denied: { status: 403, code: 'DENIED', message: 'User is not authorized to perform: ecr:InitiateLayerUpload' },
  repositories: ['mirror/app'],
  ecrApi: { accessKeyId: 'AKIDMIRROR' }
})
/** Harbor where only project `team` exists. */
const harborProfile = (): HostedProfile => ({
  host: 'harbor.corp.example',
  realm: 'harbor.corp.example/service/token',
  service: 'harbor-registry',
  users: { dev: { password: 'dev-pw-1', push: ['team'] } },
  namespaces: ['team'],
  denied: { status: 401, code: 'UNAUTHORIZED', message: 'unauthorized' },
  harbor: true
})

interface Report {
  copied: number
  failed: number
  missingRepositories?: string[]
  images: Array<{ repository: string; tag: string; status: string; cause?: { kind: string } }>
}

/**
 * Issue 23, item 1: `--create-repositories` creates target repositories found missing (ECR through
 * the AWS API's CreateRepository, SigV4-signed with the standard AWS credentials; Harbor projects
 * through POST /api/v2.0/projects) and copies their tags; without it, the run names each missing
 * one with the command that creates it.
 */
describe('--create-repositories', () => {
  let source: TestRegistry
  let dir: string
  const digests = new Map<string, string>()
  const AWS_ENV = { AWS_ACCESS_KEY_ID: 'AKIDMIRROR', AWS_SECRET_ACCESS_KEY: 'secret-of-the-test', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' }

  beforeAll(async () => {
    source = await startRegistry()
    dir = await mkdtemp(join(tmpdir(), 'create-repos-'))
    for (const [i, name] of ['absent', 'app', 'zgone'].entries())
      for (const tag of ['v1', 'v2'])
        digests.set(`${name}:${tag}`, (await pushImage(source, `corp/${name}`, tag, { layers: [randomLayer(1024, 600 + i * 2 + Number(tag[1]))] })).digest)
  })
  afterAll(async () => {
    await source?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const sync = (hosted: HostedStandins, target: string, user: string, password: string, extra: string[], env: Record<string, string> = {}) =>
    runCli(
      [
        'sync',
        '--source',
        `${source.host}/corp`,
        '--images',
        'absent,app,zgone',
        '--target',
        target,
        '--target-username',
        user,
        '--target-password',
        password,
        '--state-file',
        join(dir, `${Math.random()}.json`),
        '--report',
        join(dir, 'report.json'),
        '--quiet',
        ...extra
      ],
      { ...hosted.env, ...env }
    )

  it('ECR: creates the two missing repositories through CreateRepository and copies every tag', async () => {
    const profile = ecrProfile()
    const hosted = await startHostedStandins([profile])
    try {
      const run = await sync(hosted, `${ECR_HOST}/mirror`, 'AWS', 'ecr-token-1', ['--create-repositories'], AWS_ENV)
      expect(run.code, run.stderr).toBe(0)
      const report = await readJson<Report>(join(dir, 'report.json'))
      expect(report).toMatchObject({ copied: 6, failed: 0 })
      expect(report.missingRepositories).toBeUndefined()
      expect(profile.repositories!.sort()).toEqual(['mirror/absent', 'mirror/app', 'mirror/zgone'])
      for (const [ref, digest] of digests) {
        const [name, tag] = ref.split(':')
        expect(await manifestDigest(hosted.backend(ECR_HOST), `mirror/${name}`, tag), ref).toBe(digest)
      }
      const created = hosted.requests.filter((r) => r.host === 'api.ecr.eu-west-1.amazonaws.com')
      expect(created.map((r) => r.status)).toEqual([200, 200])
    } finally {
      await hosted.stop()
    }
  })

  it('ECR: web identity credentials (a token file and a role) are exchanged at STS, then sign CreateRepository', async () => {
    const profile = ecrProfile()
    profile.ecrApi!.webIdentity = { roleArn: 'arn:aws:iam::210987654321:role/mirror', token: 'oidc-token-1' }
    const hosted = await startHostedStandins([profile])
    const tokenFile = join(dir, 'web-identity-token')
    await writeFile(tokenFile, 'oidc-token-1\n')
    try {
      const run = await sync(hosted, `${ECR_HOST}/mirror`, 'AWS', 'ecr-token-1', ['--create-repositories'], {
        AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile,
        AWS_ROLE_ARN: profile.ecrApi!.webIdentity.roleArn,
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent'
      })
      expect(run.code, run.stderr).toBe(0)
      // One exchange per repository created (two), each answered.
      expect(hosted.requests.filter((r) => r.host === 'sts.eu-west-1.amazonaws.com').map((r) => r.status)).toEqual([200, 200])
      expect(profile.repositories!.sort()).toEqual(['mirror/absent', 'mirror/app', 'mirror/zgone'])
    } finally {
      await hosted.stop()
    }
  })

  it('ECR: without AWS credentials the creation fails, the tags of the missing repositories fail and the line says why and how', async () => {
    const hosted = await startHostedStandins([ecrProfile()])
    try {
      const run = await sync(hosted, `${ECR_HOST}/mirror`, 'AWS', 'ecr-token-1', ['--create-repositories'], {
        AWS_ACCESS_KEY_ID: '',
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent'
      })
      expect(run.code).toBe(1)
      const line = run.stderr.split('\n').find((l) => l.includes('missing on the target'))!
      expect(line).toContain(`${ECR_HOST}/mirror/absent (creating it failed: no AWS credentials found`)
      expect(line).toContain('aws ecr create-repository --repository-name mirror/zgone --region eu-west-1')
    } finally {
      await hosted.stop()
    }
  })

  it('ECR: without the option the final line names each missing repository with its create command (exit 1)', async () => {
    const hosted = await startHostedStandins([ecrProfile()])
    try {
      const run = await sync(hosted, `${ECR_HOST}/mirror`, 'AWS', 'ecr-token-1', [], AWS_ENV)
      expect(run.code).toBe(1)
      const named = run.stderr.split('\n').filter((l) => l.includes('missing on the target'))
      expect(named).toHaveLength(1)
      expect(named[0]).toContain(`${ECR_HOST}/mirror/absent (aws ecr create-repository --repository-name mirror/absent --region eu-west-1)`)
      expect(named[0]).toContain(`${ECR_HOST}/mirror/zgone (aws ecr create-repository --repository-name mirror/zgone --region eu-west-1)`)
      expect(named[0]).toContain('--create-repositories')
      expect(hosted.requests.some((r) => r.host.startsWith('api.ecr.'))).toBe(false)
    } finally {
      await hosted.stop()
    }
  })

  it('Harbor: creates the missing project with the target credentials and copies into it', async () => {
    const profile = harborProfile()
    const hosted = await startHostedStandins([profile])
    try {
      const run = await sync(hosted, `${profile.host}/newteam`, 'dev', 'dev-pw-1', ['--create-repositories'])
      expect(run.code, run.stderr).toBe(0)
      expect(profile.namespaces).toContain('newteam')
      expect(hosted.requests.filter((r) => r.path === '/api/v2.0/projects').map((r) => r.status)[0]).toBe(201)
      for (const [ref, digest] of digests) {
        const [name, tag] = ref.split(':')
        expect(await manifestDigest(hosted.backend(profile.host), `newteam/${name}`, tag), ref).toBe(digest)
      }
    } finally {
      await hosted.stop()
    }
  })

  it("Harbor over plain HTTP (--insecure-registry): the project is created with the registry's scheme, and named so without the option", async () => {
    const profile = harborProfile()
    const hosted = await startHostedStandins([profile], { plainHttp: true })
    try {
      const insecure = ['--insecure-registry', profile.host]
      const named = await sync(hosted, `${profile.host}/newteam`, 'dev', 'dev-pw-1', insecure)
      expect(named.code, named.stderr).toBe(1)
      expect(named.stderr).toContain(`Projects > New project at http://${profile.host}/harbor/projects, or POST http://${profile.host}/api/v2.0/projects`)
      const run = await sync(hosted, `${profile.host}/newteam`, 'dev', 'dev-pw-1', [...insecure, '--create-repositories'])
      expect(run.code, run.stderr).toBe(0)
      expect(hosted.requests.filter((r) => r.path === '/api/v2.0/projects').map((r) => r.status)).toEqual([201])
      for (const [ref, digest] of digests) {
        const [name, tag] = ref.split(':')
        expect(await manifestDigest(hosted.backend(profile.host), `newteam/${name}`, tag), ref).toBe(digest)
      }
    } finally {
      await hosted.stop()
    }
  })

  it('Harbor: without the option the missing project is named with its page and API', async () => {
    const profile = harborProfile()
    const hosted = await startHostedStandins([profile])
    try {
      const run = await sync(hosted, `${profile.host}/newteam`, 'dev', 'dev-pw-1', [])
      expect(run.code).toBe(1)
      const line = run.stderr.split('\n').find((l) => l.includes('missing on the target'))!
      expect(line).toContain(`Projects > New project at https://${profile.host}/harbor/projects, or POST https://${profile.host}/api/v2.0/projects`)
      expect(hosted.requests.some((r) => r.path === '/api/v2.0/projects')).toBe(false)
    } finally {
      await hosted.stop()
    }
  })
})
