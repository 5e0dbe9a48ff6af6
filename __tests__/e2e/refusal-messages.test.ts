import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, randomLayer } from '../harness/fixtures'
import { startHostedStandins, type HostedProfile, type HostedStandins } from '../harness/hosted-standin'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { runCli } from './cli'

/**
 * Truthful messages against stand-ins under real host names over TLS (see hosted-standin.ts for the
 * source each follows): Harbor refusing a token its service issued with `Basic realm="harbor"`,
 * Harbor's missing project, ECR's expired 12-hour token.
 */
const HARBOR: HostedProfile = {
  host: 'harbor.corp.example',
  realm: 'harbor.corp.example/service/token',
  service: 'harbor-registry',
  users: { dev: { password: 'dev-pw-1', push: ['team'] }, viewer: { password: 'viewer-pw-2', push: [] } },
  namespaces: ['team'],
  denied: { status: 401, code: 'UNAUTHORIZED', message: 'unauthorized' },
  harbor: true
}
const ECR_HOST = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
const ECR: HostedProfile = {
  host: ECR_HOST,
  realm: `${ECR_HOST}/token`,
  service: 'ecr.amazonaws.com',
  users: { AWS: { password: 'fresh-token', push: ['mirror'] } },
  denied: { status: 403, code: 'DENIED', message: 'not authorized' },
  ecr: { expiredPasswords: ['expired-token'] }
}

describe('refusals in the words of Harbor and ECR', () => {
  let source: TestRegistry
  let hosted: HostedStandins
  let digest: string
  const sync = (target: string, user: string, password: string, image = 'app') =>
    runCli(
      ['sync', '--source', `${source.host}/corp`, '--images', image, '--target', target, '--target-username', user, '--target-password', password, '--quiet'],
      hosted.env
    )

  beforeAll(async () => {
    ;[source, hosted] = await Promise.all([startRegistry(), startHostedStandins([HARBOR, ECR])])
    digest = (await pushImage(source, 'corp/app', 'v1', { layers: [randomLayer(2048, 501)] })).digest
    await pushImage(source, 'corp/tool', 'v1', { layers: [randomLayer(2048, 502)] })
  })
  afterAll(async () => {
    await Promise.allSettled([source?.stop(), hosted?.stop()])
  })

  it('Harbor: a member with push right lands', async () => {
    const run = await sync(`${HARBOR.host}/team`, 'dev', 'dev-pw-1')
    expect(run.code, run.stderr).toBe(0)
    expect(await manifestDigest(hosted.backend(HARBOR.host), 'team/app', 'v1')).toBe(digest)
  })

  it('Harbor: a valid user without push right hears "no push right" and Harbor\'s message, never "check the username and password"', async () => {
    const run = await sync(`${HARBOR.host}/team`, 'viewer', 'viewer-pw-2', 'tool')
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual([
      `gcr-mirror: POST https://${HARBOR.host}/v2/team/tool/blobs/uploads/: 401 UNAUTHORIZED (unauthorized to access repository: team/tool, action: push): ` +
        `"viewer" has no push right on team/tool; the target credentials are valid but lack the right: grant them push (write) access there, ` +
        'or pass --target-username and --target-password of an account that has it'
    ])
  })

  it('Harbor: a wrong password is the only one told to check it', async () => {
    const run = await sync(`${HARBOR.host}/team`, 'viewer', 'wrong')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`${HARBOR.host}: the token service refused the credentials of "viewer" (401); check the username and password`)
  })

  it('Harbor: a missing project fails its tags (one line each, as a project) and is named at the end with how to create it', async () => {
    const run = await sync(`${HARBOR.host}/nosuch`, 'dev', 'dev-pw-1')
    expect(run.code).toBe(1)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(
      `missing on the target, so their tags failed: ${HARBOR.host}/nosuch/app (Projects > New project at https://${HARBOR.host}/harbor/projects`
    )
    expect(lines[0]).toMatch(
      /: 404 NOT_FOUND \(project nosuch not found: project nosuch not found\): Harbor project nosuch does not exist; create it \(Projects > New project, or POST \/api\/v2\.0\/projects\)/
    )
    expect(run.stderr).not.toMatch(/no pull access/)
  })

  it('ECR: an expired token says so and names aws ecr get-login-password', async () => {
    const run = await sync(`${ECR_HOST}/mirror`, 'AWS', 'expired-token')
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual([
      `gcr-mirror: GET https://${ECR_HOST}/v2/: 403 DENIED (Your authorization token has expired. Reauthenticate and try again.): ` +
        'the registry token of "AWS" has expired (ECR tokens last 12 hours); get a new one with aws ecr get-login-password just before the run; ' +
        `the target credentials come from --target-username and --target-password (or GCR_MIRROR_TARGET_USERNAME/_PASSWORD, or docker login ${ECR_HOST})`
    ])
  })

  it('ECR: a fresh token lands', async () => {
    const run = await sync(`${ECR_HOST}/mirror`, 'AWS', 'fresh-token')
    expect(run.code, run.stderr).toBe(0)
    expect(await manifestDigest(hosted.backend(ECR_HOST), 'mirror/app', 'v1')).toBe(digest)
  })

  it('an untrusted certificate (a TLS-inspecting proxy) names its issuer and --ca-file / NODE_EXTRA_CA_CERTS', async () => {
    const { NODE_EXTRA_CA_CERTS: _trusted, ...untrusting } = hosted.env
    const run = await runCli(['sync', '--source', `${source.host}/corp`, '--images', 'app', '--target', `${HARBOR.host}/team`, '--quiet'], untrusting)
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual([
      `gcr-mirror: GET https://${HARBOR.host}/v2/: the certificate is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE, issued by "CN=gcr-mirror test CA"); ` +
        'if a proxy inspects TLS here, trust its CA with --ca-file FILE or NODE_EXTRA_CA_CERTS=FILE'
    ])
  })
})
