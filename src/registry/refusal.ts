import type { Credentials } from '../oci/model'
import { AuthError, CredentialsRefusedError, NotFoundError, ProjectMissingError, RegistryError, RepositoryMissingError, type RequestInfo } from './errors'
import { parseWwwAuthenticate } from './www-authenticate'

/**
 * What a registry's refusal means, told apart so each gets its own message: credentials refused
 * (401 to Basic credentials, or the token service refusing them), no access to this repository
 * (403, `DENIED`, `insufficient_scope`, a token the service issued without the action asked for),
 * and a repository or namespace that does not exist for a push (Harbor projects, ECR repositories,
 * namespaces that need creating first). Only the first says to check the username and password.
 */

/** What the transport knows of a refused request. */
export interface Refusal {
  status: number
  /** The spec's error code of the body, if any. */
  code?: string
  /** `METHOD URL: STATUS CODE (detail)`, the start of every message. */
  what: string
  info: RequestInfo
  scopes: string[]
  credentials?: Credentials
  /** The `Authorization` sent: a `Bearer` token means the token service accepted the credentials. */
  authorization?: string
  /** The answer's `WWW-Authenticate`. */
  challenge?: string
  /** The registry's own message (the error body's `message`), redacted and printable. */
  detail?: string
  retryAfter?: number
}

/** One entry of a distribution token's `access` claim. */
interface AccessClaim {
  type?: string
  name?: string
  actions?: string[]
}

/** The `access` claim of a bearer token when it is a JWT (Docker Hub, Harbor, GHCR, distribution's token servers); undefined otherwise. */
export function tokenAccess(authorization: string | undefined): AccessClaim[] | undefined {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1]
  const payload = token?.split('.')
  if (!payload || payload.length !== 3) return undefined
  try {
    const claims = JSON.parse(Buffer.from(payload[1], 'base64url').toString('utf8')) as { access?: unknown }
    return Array.isArray(claims.access) ? (claims.access as AccessClaim[]) : undefined
  } catch {
    return undefined
  }
}

/** The actions a token grants on a repository, as `pull` / `pull,push` / `nothing`; undefined when the token says nothing readable. */
export function grantedActions(authorization: string | undefined, repository: string): string | undefined {
  const access = tokenAccess(authorization)
  if (!access) return undefined
  const actions = access.filter((entry) => entry.type === 'repository' && entry.name === repository).flatMap((entry) => entry.actions ?? [])
  return actions.length ? [...new Set(actions)].join(',') : 'nothing'
}

const PUSH_METHODS = new Set(['POST', 'PUT', 'PATCH'])

/** The repository and actions of the first repository scope. */
function scopeParts(scopes: string[]): { repository?: string; actions: string } {
  const scope = scopes.find((s) => s.startsWith('repository:'))
  if (!scope) return { actions: scopes.map((s) => s.split(':').pop()).join(',') || 'access' }
  const parts = scope.split(':')
  return { repository: parts.slice(1, -1).join(':'), actions: parts[parts.length - 1] }
}

/** The typed error for a 401, 403 or 404 answer; undefined for other statuses. */
export function refusalError(refusal: Refusal): RegistryError | undefined {
  const { status, code, what, info, scopes, credentials, authorization } = refusal
  const { repository, actions } = scopeParts(scopes)
  const pushing = PUSH_METHODS.has(info.method)
  const wanted = !repository ? `${actions} (catalog)` : pushing || info.method === 'DELETE' ? 'push' : 'pull'
  if (status === 404) {
    // Harbor answers any request to a project that does not exist with 404 NOT_FOUND "project NAME not found"
    // (goharbor/harbor src/server/middleware/v2auth/auth.go: the project lookup fails before any right is checked).
    const project = /^project (\S+) not found/.exec(refusal.detail ?? '')?.[1]
    if (project) {
      return new ProjectMissingError(
        project,
        `${what}: Harbor project ${project} does not exist; create it (Projects > New project, or POST /api/v2.0/projects)`,
        status,
        info,
        code
      )
    }
    if (pushing && repository && (code === 'NAME_UNKNOWN' || code === 'NOT_FOUND' || code === undefined)) {
      return new RepositoryMissingError(
        `${what}: repository ${repository} does not exist and the registry does not create it on push (a Harbor project, an ECR repository or a namespace may need creating first)`,
        status,
        info,
        code
      )
    }
    return new NotFoundError(what, status, info, code)
  }
  if (status !== 401 && status !== 403) return undefined
  if (!credentials) return new AuthError(`${what}: no credentials given to ${actions}`, status, info, code)
  // ECR's passwords are tokens that last 12 hours; an old one is refused with 401 or 403 and this message
  // (AWS ECR User Guide, "Troubleshooting": "Your authorization token has expired. Reauthenticate and try again.").
  if (/authorization token has expired/i.test(refusal.detail ?? '')) {
    return new CredentialsRefusedError(
      `${what}: the registry token of "${credentials.username}" has expired (ECR tokens last 12 hours); get a new one with aws ecr get-login-password just before the run`,
      status,
      info,
      code
    )
  }
  const insufficient = parseWwwAuthenticate(refusal.challenge ?? '').some((c) => c.params.error === 'insufficient_scope')
  const viaToken = /^Bearer\s/i.test(authorization ?? '')
  if (status === 401 && !viaToken && !insufficient && code !== 'DENIED') {
    return new CredentialsRefusedError(
      `${what}: the registry refused the credentials of "${credentials.username}"; check the username and password`,
      status,
      info,
      code
    )
  }
  // Harbor refuses a token its own service issued with `Basic realm="harbor"` and says why in the body
  // (goharbor/harbor v2auth getChallenge); the credentials were good, the right is missing.
  const basicAfterToken = viaToken && parseWwwAuthenticate(refusal.challenge ?? '').some((c) => c.scheme === 'basic')
  if (basicAfterToken && repository) {
    return new AuthError(`${what}: "${credentials.username}" has no ${wanted} right on ${repository}`, status, info, code)
  }
  const granted = repository ? grantedActions(authorization, repository) : undefined
  const where = repository ? ` to ${repository}` : ''
  const token = granted ? ` (its token grants ${granted})` : ''
  // GitLab's token service grants nothing for a path more than two levels below the project
  // (gitlab-org/gitlab ContainerRegistry::Path#valid?, checked by ContainerRegistryAuthenticationService;
  // docs "Naming convention for your container images": at most three levels, the project's image included).
  const gitlab = parseWwwAuthenticate(refusal.challenge ?? '').some((c) => /\/jwt\/auth$/.test(c.params.realm ?? ''))
  if (gitlab && granted === 'nothing' && repository) {
    return new AuthError(
      `${what}: GitLab granted "${credentials.username}" nothing on ${repository} (${repository.split('/').length} levels): GitLab allows at most two levels below the project path; flatten the names (--flatten always) if this one is deeper, else grant ${wanted} access`,
      status,
      info,
      code
    )
  }
  return new AuthError(`${what}: "${credentials.username}" has no ${wanted} access${where}${token}`, status, info, code)
}
