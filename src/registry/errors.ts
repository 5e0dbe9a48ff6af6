/**
 * Typed registry errors. Every message names the registry and what was asked, never a credential
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

/** A registry answered with an error status. */
export class RegistryError extends Error {
  override name = 'RegistryError'
  constructor(
    message: string,
    readonly status: number,
    readonly request: RequestInfo,
    /** The spec's error code (`MANIFEST_UNKNOWN`, `DENIED`, ...) when the body had one. */
    readonly code?: string,
    /** Seconds the registry asked to wait (`Retry-After`). */
    readonly retryAfter?: number
  ) {
    super(message)
  }
}

/** 401/403: credentials missing, wrong, or without the rights needed. */
export class AuthError extends RegistryError {
  override name = 'AuthError'
}

/** 401 although credentials were sent: the username or password is wrong. */
export class CredentialsRefusedError extends AuthError {
  override name = 'CredentialsRefusedError'
}

/** 404: the repository, manifest or blob is not there. */
export class NotFoundError extends RegistryError {
  override name = 'NotFoundError'
}

/** The registry could not be reached or dropped the connection. */
export class NetworkError extends Error {
  override name = 'NetworkError'
  constructor(
    message: string,
    readonly request: RequestInfo,
    override readonly cause?: unknown
  ) {
    super(message)
  }
}

/** Content whose sha256 or size is not what its digest says. */
export class DigestMismatchError extends Error {
  override name = 'DigestMismatchError'
}

/** A response larger than gcr-mirror accepts for its kind (manifests, JSON documents). */
export class TooLargeError extends Error {
  override name = 'TooLargeError'
}

/** A registry's answer gcr-mirror refuses to follow (bad digest, name, realm or redirect). */
export class ProtocolError extends Error {
  override name = 'ProtocolError'
}

const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504])

/** Error codes of connections that dropped or stalled (Node and undici). */
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'ERR_STREAM_PREMATURE_CLOSE'
])

/** True for failures worth another attempt: timeouts, throttling, 5xx, dropped connections, corrupt transfers. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof RegistryError) return RETRYABLE_STATUS.has(error.status)
  if (error instanceof NetworkError || error instanceof DigestMismatchError) return true
  const err = error as { code?: string; cause?: { code?: string } } | undefined
  return RETRYABLE_CODES.has(err?.code ?? '') || RETRYABLE_CODES.has(err?.cause?.code ?? '')
}

/**
 * True for errors the user can act on (wrong password, unknown host, missing repository, listing
 * refused): shells print their message alone, with no stack trace.
 */
export function isUserFacingError(error: unknown): boolean {
  return error instanceof RegistryError || error instanceof NetworkError || error instanceof ProtocolError || error instanceof TooLargeError
}
