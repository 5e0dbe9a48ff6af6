import { MirrorError, type ErrorDetails, type ErrorKind } from '../oci/errors'

/**
 * The registry client's errors: HTTP failures typed by the kinds of `oci/errors`. Every message names the registry and what was asked, never a credential
 * (URLs in messages carry no query string: upload locations and redirects can hold signed tokens).
 */

/** What a failed request was. */
export interface RequestInfo {
  method: string
  url: string
}

/** The URL of a request without query or fragment, for messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.origin}${parsed.pathname}`
  } catch {
    return url.split('?')[0]
  }
}

const TRANSIENT_STATUS = new Set([408, 425, 500, 502, 503, 504])

/** The error kind an HTTP status means (401 and 403 are refined by the auth classes below). */
function kindOfStatus(status: number): ErrorKind {
  if (status === 404) return 'not-found'
  if (status === 429) return 'rate-limited'
  if (status === 401 || status === 403) return 'access-denied'
  return TRANSIENT_STATUS.has(status) ? 'transient' : 'refused'
}

/** What a RegistryError may carry besides its status, request and code: its kind when not the status's own. */
export type RegistryErrorDetails = Pick<ErrorDetails, 'retryAfter' | 'final'> & { kind?: ErrorKind }

/** A registry answered with an error status: the status and the spec's code are the floor's fields (`MirrorError.status`, `.code`). */
export class RegistryError extends MirrorError {
  override name = 'RegistryError'
  declare readonly status: number
  /** The registry's own message for the error (the spec body's `message`), when it gave one. */
  detail?: string
  /** 401/403: the actions the request needed (`pull`, `pull,push`). */
  access?: string
  constructor(
    message: string,
    status: number,
    readonly request: RequestInfo,
    /** The spec's error code (`MANIFEST_UNKNOWN`, `DENIED`, ...) when the body had one. */
    code?: string,
    details: RegistryErrorDetails = {}
  ) {
    super(details.kind ?? kindOfStatus(status), message, { status, code, retryAfter: details.retryAfter, final: details.final })
  }
}

/** 401/403: credentials missing, or without the rights needed. */
export class AuthError extends RegistryError {
  override name = 'AuthError'
}

/** 401 although credentials were sent: the username or password is wrong. */
export class CredentialsRefusedError extends AuthError {
  override name = 'CredentialsRefusedError'
  constructor(message: string, status: number, request: RequestInfo, code?: string) {
    super(message, status, request, code, { kind: 'auth-refused' })
  }
}

/** 404: the repository, manifest or blob is not there. */
export class NotFoundError extends RegistryError {
  override name = 'NotFoundError'
}

/**
 * 404 to a write: the repository does not exist and the registry does not create it on push (an
 * ECR repository, a Harbor project, a namespace). Fails that repository's tags, not the run.
 */
export class RepositoryMissingError extends NotFoundError {
  override name = 'RepositoryMissingError'
}

/** Harbor's 404 "project NAME not found": the project (the first path level) must be created. */
export class ProjectMissingError extends RepositoryMissingError {
  override name = 'ProjectMissingError'
  constructor(
    readonly project: string,
    message: string,
    status: number,
    request: RequestInfo,
    code?: string
  ) {
    super(message, status, request, code)
  }
}

/** The registry could not be reached or dropped the connection. */
export class NetworkError extends MirrorError {
  override name = 'NetworkError'
  constructor(
    message: string,
    readonly request: RequestInfo,
    cause?: unknown
  ) {
    super('transient', message, { cause })
  }
}
