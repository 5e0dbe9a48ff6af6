import { describe, expect, it } from 'vitest'
import { grantedActions, refusalError } from '../refusal'

const jwt = (access: unknown): string =>
  `Bearer ${[{ alg: 'RS256' }, { access }].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.')}.c2ln`
const credentials = { username: 'alice', password: 'pw' }
const base = (method: string, status: number) => ({
  status,
  what: `${method} https://r.test/v2/x: ${status}`,
  info: { method, url: 'https://r.test/v2/x' },
  scopes: ['repository:mirror/app:pull,push'],
  credentials
})

describe('refusalError tells refusals apart', () => {
  it('401 to Basic credentials: credentials refused, the only one that says to check the password', () => {
    const error = refusalError({ ...base('GET', 401), authorization: 'Basic YTpi' })!
    expect(error.kind).toBe('auth-refused')
    expect(error.message).toMatch(/refused the credentials of "alice"; check the username and password/)
  })
  it('401 to a token the service issued for the credentials: no access, with what the JWT grants', () => {
    const authorization = jwt([{ type: 'repository', name: 'mirror/app', actions: ['pull'] }])
    const error = refusalError({ ...base('POST', 401), authorization, challenge: 'Bearer realm="x",error="insufficient_scope"' })!
    expect(error.kind).toBe('access-denied')
    expect(error.message).toMatch(/"alice" has no push access to mirror\/app \(its token grants pull\)$/)
    expect(error.message).not.toMatch(/password/)
  })
  it('403 DENIED: no access', () => {
    const error = refusalError({ ...base('PUT', 403), code: 'DENIED', authorization: 'Basic YTpi' })!
    expect(error.kind).toBe('access-denied')
    expect(error.message).toMatch(/has no push access to mirror\/app$/)
  })
  it('404 to a push: the repository or namespace must be created first', () => {
    const error = refusalError({ ...base('POST', 404), code: 'NAME_UNKNOWN' })!
    expect(error.kind).toBe('not-found')
    expect(error.message).toMatch(/repository mirror\/app does not exist.*Harbor project, an ECR repository or a namespace/)
  })
  it('a refused catalog to valid credentials is access-denied, not a wrong password', () => {
    const error = refusalError({ ...base('GET', 401), scopes: ['registry:catalog:*'], authorization: jwt([]) })!
    expect(error.kind).toBe('access-denied')
  })
  it('no credentials: says so', () => {
    expect(refusalError({ ...base('GET', 401), credentials: undefined })!.message).toMatch(/no credentials given to pull,push/)
  })
  it('reads the access claim only from JWTs', () => {
    expect(grantedActions('Bearer opaque', 'x')).toBeUndefined()
    expect(grantedActions(jwt([{ type: 'repository', name: 'y', actions: ['pull'] }]), 'x')).toBe('nothing')
  })
})

describe('refusals in the words of Harbor and ECR', () => {
  it("Harbor's Basic challenge to its own token: no push right, not a wrong password", () => {
    // goharbor/harbor src/server/middleware/v2auth/auth.go: 401, `Basic realm="harbor"`, UNAUTHORIZED with the reason.
    const error = refusalError({
      ...base('POST', 401),
      code: 'UNAUTHORIZED',
      authorization: jwt([]),
      challenge: 'Basic realm="harbor"',
      detail: 'unauthorized to access repository: mirror/app, action: push'
    })!
    expect(error.kind).toBe('access-denied')
    expect(error.message).toMatch(/: "alice" has no push right on mirror\/app$/)
  })
  it('Basic refused with no token in between is still a wrong password', () => {
    const error = refusalError({ ...base('GET', 401), authorization: 'Basic YTpi', challenge: 'Basic realm="harbor"' })!
    expect(error.kind).toBe('auth-refused')
  })
  it("Harbor's missing project is named as such, for pulls and pushes alike", () => {
    for (const method of ['GET', 'POST']) {
      const error = refusalError({ ...base(method, 404), code: 'NOT_FOUND', detail: 'project mirror not found: project mirror not found' })!
      expect(error.kind).toBe('not-found')
      expect(error.message).toMatch(/: Harbor project mirror does not exist; create it \(Projects > New project, or POST \/api\/v2\.0\/projects\)$/)
    }
  })
  it("ECR's expired token, 401 or 403: says so and names aws ecr get-login-password", () => {
    for (const status of [401, 403]) {
      const error = refusalError({
        ...base('PUT', status),
        code: 'DENIED',
        authorization: 'Basic QVdTOnRva2Vu',
        detail: 'Your authorization token has expired. Reauthenticate and try again.'
      })!
      expect(error.kind).toBe('auth-refused')
      expect(error.message).toMatch(/has expired \(ECR tokens last 12 hours\); get a new one with aws ecr get-login-password just before the run$/)
    }
  })
  it('GitLab granting nothing on a deep path says GitLab allows two levels below the project and names --flatten always', () => {
    const error = refusalError({
      ...base('POST', 401),
      scopes: ['repository:group/project/a/b/c:pull,push'],
      authorization: jwt([]),
      challenge: 'Bearer realm="https://gitlab.com/jwt/auth",service="container_registry",error="insufficient_scope"'
    })!
    expect(error.kind).toBe('access-denied')
    expect(error.message).toMatch(
      /GitLab granted "alice" nothing on group\/project\/a\/b\/c \(5 levels\): GitLab allows at most two levels below the project path; flatten the names \(--flatten always\)/
    )
  })
})
