import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, randomLayer } from '../harness/fixtures'
import { startHostedStandins, type HostedProfile, type HostedStandins } from '../harness/hosted-standin'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { runCli } from './cli'

/** GitLab as hosted-standin.ts describes it (project path, then at most two levels; the JWT realm at /jwt/auth). */
const gitlab = (host: string, realm: string): HostedProfile => ({
  host,
  realm,
  service: 'container_registry',
  users: { dev: { password: 'glpat-dev-1', push: ['group'] } },
  denied: { status: 401, code: 'UNAUTHORIZED', message: 'authentication required' },
  gitlab: { projects: ['group/project'] }
})
/** gitlab.com: known by its registry's host name. */
const GITLAB_COM = gitlab('registry.gitlab.com', 'gitlab.com/jwt/auth')
/** A self-hosted GitLab whose registry's host says nothing: known by its token realm. */
const SELF_HOSTED = gitlab('containers.corp.example', 'gitlab.example.com/jwt/auth')

/**
 * Issue 23: GitLab allows two levels below the project. `--flatten auto` knows it, for
 * registry.gitlab.com and for a self-hosted GitLab recognised by its token realm: names that fit
 * keep their path, deeper ones are flattened; `--flatten never` fails those with the truth.
 */
describe('GitLab targets', () => {
  let source: TestRegistry
  let hosted: HostedStandins
  const digests = new Map<string, string>()
  const sync = (target: string, flatten: string) =>
    runCli(
      [
        'sync',
        '--source',
        `${source.host}/corp`,
        '--target',
        target,
        '--target-username',
        'dev',
        '--target-password',
        'glpat-dev-1',
        '--flatten',
        flatten,
        '--quiet'
      ],
      hosted.env
    )

  beforeAll(async () => {
    ;[source, hosted] = await Promise.all([startRegistry(), startHostedStandins([GITLAB_COM, SELF_HOSTED])])
    for (const [i, name] of ['app', 'team/tool', 'team/sub/deep'].entries())
      digests.set(name, (await pushImage(source, `corp/${name}`, 'v1', { layers: [randomLayer(1024, 2400 + i)] })).digest)
  })
  afterAll(async () => {
    await Promise.allSettled([source?.stop(), hosted?.stop()])
  })

  for (const profile of [GITLAB_COM, SELF_HOSTED]) {
    it(`--flatten auto on ${profile.host} (realm ${profile.realm}) flattens only the names deeper than two levels below the project`, async () => {
      const run = await sync(`${profile.host}/group/project`, 'auto')
      expect(run.code, run.stderr).toBe(0)
      const backend = hosted.backend(profile.host)
      expect(await manifestDigest(backend, 'group/project/app', 'v1')).toBe(digests.get('app'))
      expect(await manifestDigest(backend, 'group/project/team/tool', 'v1')).toBe(digests.get('team/tool'))
      expect(await manifestDigest(backend, 'group/project/team_sub_deep', 'v1')).toBe(digests.get('team/sub/deep'))
      expect(await manifestDigest(backend, 'group/project/team/sub/deep', 'v1')).toBeUndefined()
    })
  }

  it('--flatten never: the deeper name fails with the truth (GitLab allows two levels below the project) and --flatten always', async () => {
    const run = await sync(`${SELF_HOSTED.host}/group/project`, 'never')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'GitLab granted "dev" nothing on group/project/team/sub/deep (5 levels): GitLab allows at most two levels below the project path; flatten the names (--flatten always)'
    )
  })
})
