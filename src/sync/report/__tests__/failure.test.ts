import { describe, expect, it } from 'vitest'
import { DockerCommandError } from '../../../engines/docker-cli'
import { DigestMismatchError, MirrorError, onSide } from '../../../oci/errors'
import { AuthError, CredentialsRefusedError, NetworkError, NotFoundError, RegistryError, RepositoryMissingError } from '../../../registry/errors'
import { classifyFailure, explainFailure, isSourceGone } from '../failure'

const request = { method: 'PUT', url: 'https://ghcr.io/v2/octo/app/manifests/v1' }

describe('classifyFailure', () => {
  const target = (error: unknown): unknown => onSide(error, 'target')
  const source = (error: unknown): unknown => onSide(error, 'source')

  it('names the end and the kind of registry errors', () => {
    expect(classifyFailure(target(new CredentialsRefusedError('x', 401, request)))).toEqual({ side: 'target', kind: 'credentials-refused', status: 401 })
    expect(classifyFailure(source(new AuthError('x', 401, request)))).toEqual({ side: 'source', kind: 'unauthorized', status: 401 })
    expect(classifyFailure(target(new AuthError('x', 403, request, 'DENIED')))).toEqual({ side: 'target', kind: 'denied', status: 403, code: 'DENIED' })
    expect(classifyFailure(target(new RegistryError('x', 400, request, 'NAME_INVALID')))).toMatchObject({ kind: 'name-invalid' })
    expect(classifyFailure(target(new RegistryError('x', 400, request, 'BLOB_UPLOAD_INVALID')))).toMatchObject({ kind: 'refused' })
    expect(classifyFailure(target(new RegistryError('x', 400, request, 'MANIFEST_INVALID')))).toMatchObject({ kind: 'manifest-refused' })
    expect(classifyFailure(source(new RegistryError('x', 429, request, 'TOOMANYREQUESTS')))).toMatchObject({ side: 'source', kind: 'rate-limit' })
    expect(classifyFailure(target(new RegistryError('x', 502, request)))).toMatchObject({ kind: 'server-error', status: 502 })
    expect(classifyFailure(target(new NotFoundError('x', 404, request, 'NAME_UNKNOWN')))).toMatchObject({ side: 'target', kind: 'not-found' })
    expect(classifyFailure(source(new NetworkError('x', request)))).toEqual({ side: 'source', kind: 'network' })
  })

  it('tells a target repository that must be created from anything else not found', () => {
    const push = { method: 'POST', url: 'https://ecr.example/v2/mirror/app/blobs/uploads/' }
    expect(classifyFailure(target(new RepositoryMissingError('x', 404, push, 'NAME_UNKNOWN')))).toEqual({
      side: 'target',
      kind: 'repository-missing',
      status: 404,
      code: 'NAME_UNKNOWN'
    })
  })

  it("reads the registry's answer an error wraps (a referrer's refusal said as its tag's)", () => {
    const refused = target(new RegistryError('x', 400, request, 'MANIFEST_INVALID'))
    const wrapped = new MirrorError('refused', 'referrers of a:v1: x', { side: 'target', cause: refused })
    expect(classifyFailure(wrapped)).toEqual({ side: 'target', kind: 'manifest-refused', status: 400, code: 'MANIFEST_INVALID' })
  })

  it('puts content that does not match its digest on the source, even when the upload reported it', () => {
    expect(classifyFailure(target(new DigestMismatchError('blob sha256:1: content hashes to sha256:2')))).toEqual({ side: 'source', kind: 'corrupt' })
  })

  it('reads docker command errors and timeouts', () => {
    const pull = source(new DockerCommandError('pull', 1, 'toomanyrequests: You have reached your pull rate limit.'))
    expect(classifyFailure(pull)).toEqual({ side: 'source', kind: 'rate-limit' })
    expect(classifyFailure(target(new DockerCommandError('push', 1, 'denied: requested access to the resource is denied')))).toMatchObject({ kind: 'denied' })
    expect(classifyFailure(new Error('aborted'), true)).toEqual({ kind: 'timeout' })
    expect(classifyFailure(new Error('strange'))).toEqual({ kind: 'other' })
  })
})

describe('explainFailure', () => {
  it('says which end, what was wrong and what to do, with advice for the registry at fault', () => {
    const ghcr = explainFailure({ side: 'target', kind: 'denied', status: 403, code: 'DENIED' }, { targetRegistry: 'ghcr.io' })
    expect(ghcr.what).toBe('The target (ghcr.io) accepted the login but refused access (HTTP 403 DENIED).')
    expect(ghcr.todo).toContain('`permissions: packages: write`')
    const hub = explainFailure({ side: 'target', kind: 'credentials-refused', status: 401 }, { targetRegistry: 'docker.io' })
    expect(hub.what).toBe('The target (docker.io) refused the username and password (HTTP 401).')
    expect(hub.todo).toContain('access token')
    const ecr = explainFailure(
      { side: 'target', kind: 'credentials-refused', status: 403, code: 'DENIED' },
      { targetRegistry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com' }
    )
    expect(ecr.todo).toBe(
      "ECR's password is a token that lasts 12 hours: get it with `aws ecr get-login-password` (or aws-actions/amazon-ecr-login) in the same job, user `AWS`."
    )
    const acr = explainFailure(
      { side: 'target', kind: 'not-found', status: 404, code: 'NAME_UNKNOWN' },
      { targetRegistry: 'registry.cn-hangzhou.aliyuncs.com' }
    )
    expect(acr.todo).toContain('create the namespace in the ACR console')
    const limited = explainFailure({ side: 'source', kind: 'rate-limit', status: 429 }, { sourceRegistry: 'docker.io' })
    expect(limited.what).toBe('The source (docker.io) rate-limited the run (HTTP 429).')
    expect(limited.todo).toContain('log in')
    expect(explainFailure({ side: 'target', kind: 'name-invalid', code: 'NAME_INVALID' }, {}).todo).toContain('set `--flatten` to `always`')
    expect(explainFailure({ kind: 'timeout' }).what).toBe('The tag took longer than `--tag-timeout`, retries included.')
    // In the action's words, options are input names.
    expect(explainFailure({ kind: 'timeout' }, {}, { option: (name) => name }).what).toBe('The tag took longer than `tag-timeout`, retries included.')
  })

  it('has words for every kind', () => {
    const kinds = [
      'credentials-refused',
      'unauthorized',
      'denied',
      'not-found',
      'name-invalid',
      'manifest-refused',
      'refused',
      'rate-limit',
      'server-error',
      'network',
      'corrupt',
      'too-large',
      'protocol',
      'timeout',
      'repository-missing',
      'other'
    ] as const
    for (const kind of kinds) {
      for (const side of ['source', 'target'] as const) {
        const advice = explainFailure({ side, kind })
        expect(advice.what, kind).toMatch(/^[A-Z].*\.$/)
        expect(advice.todo, kind).toMatch(/\S.*\.$/)
      }
    }
  })
})

describe('isSourceGone', () => {
  const job = { tag: 'v1', digest: `sha256:${'a'.repeat(64)}` }
  const gone = (url: string, side: 'source' | 'target' = 'source') =>
    onSide(new NotFoundError('x', 404, { method: 'GET', url: `https://r.example${url}` }, 'MANIFEST_UNKNOWN'), side)

  it("is the source's 404 for the tag's own manifest, by tag or by digest", () => {
    expect(isSourceGone(gone('/v2/corp/app/manifests/v1'), job)).toBe(true)
    expect(isSourceGone(gone(`/v2/corp/app/manifests/${job.digest}`), job)).toBe(true)
  })

  it('is not a missing child or blob, nor a 404 of the target', () => {
    expect(isSourceGone(gone(`/v2/corp/app/manifests/sha256:${'b'.repeat(64)}`), job)).toBe(false)
    expect(isSourceGone(gone(`/v2/corp/app/blobs/${job.digest}`), job)).toBe(false)
    expect(isSourceGone(gone('/v2/corp/app/manifests/v1', 'target'), job)).toBe(false)
  })
})
