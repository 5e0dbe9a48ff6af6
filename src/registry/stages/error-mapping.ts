import { RegistryError, type RequestInfo } from '../errors'
import { abandon, header, readLimited, retryAfterSeconds, type Headers, type ResponseBody } from '../http'
import { isFinalRateLimit } from '../rate-limit'
import { refusalError } from '../refusal'
import { schema1RefusalKind } from '../schema1-refusal'
import type { Credentials } from '../../oci/model'
import { redact } from '../../util/redact'
import { printable } from '../../util/printable'

const ERROR_BODY_LIMIT = 64 * 1024

/** The first entry of a distribution-spec error body (`{"errors":[{"code","message"}]}`). */
export interface ErrorBody {
  code?: string
  detail?: string
  /** The body as read, for refusals only the text tells (see `schema1-refusal.ts`). */
  text?: string
}

/** Reads an error body (at most 64 KiB); nothing when it is not the spec's JSON. */
export async function readErrorBody(body: ResponseBody, headers: Headers): Promise<ErrorBody> {
  try {
    const text = (await readLimited(body, headers, ERROR_BODY_LIMIT, 'error body')).toString('utf8')
    const parsed = JSON.parse(text) as { errors?: Array<{ code?: string; message?: string }> }
    return { code: parsed.errors?.[0]?.code, detail: parsed.errors?.[0]?.message || undefined, text }
  } catch {
    abandon(body)
    return {}
  }
}

/** What the request that failed was for: the error mapping words 401, 403 and 404 from it (see `refusal.ts`). */
export interface ErrorContext {
  info: RequestInfo
  /** The token scopes the request needed. */
  scopes: string[]
  /** The credentials of this origin, if any. */
  credentials?: Credentials
  /** The `Authorization` sent. */
  authorization?: string
  /** The request's `content-type` (what was pushed). */
  contentType?: string
  /** True once the run's rate-limit floor is reached: a 429 is then final. */
  rateLimitReached?: () => boolean
}

/**
 * Turns an error status into a typed error carrying the status, the spec's code, the registry's own
 * message (`detail`), `Retry-After` and, for refusals, the actions that were needed, as fields; the
 * message is one line built from them. Refusals (401, 403, 404) are told apart by `refusalError`;
 * other statuses take their kind from the status (see `RegistryError`), except answers that will
 * not change although the status says transient (`schema1RefusalKind`). A 429 that asks to wait
 * long, or comes at the run's rate-limit floor, is `final`: not retried (see `isFinalRateLimit`).
 */
export function mapError(status: number, headers: Headers, body: ErrorBody, context: ErrorContext): RegistryError {
  const { info, scopes } = context
  // The registry's own words, as one line with no secret in it (a registry may echo the Authorization header).
  const detail = body.detail === undefined ? undefined : printable(redact(body.detail.slice(0, 400)))
  const code = body.code === undefined ? undefined : printable(body.code.slice(0, 80))
  const what = `${info.method} ${info.url}: ${status}${code ? ` ${code}` : ''}${detail ? ` (${detail.slice(0, 200)})` : ''}`
  const refused = refusalError({
    status,
    code,
    what,
    info,
    scopes,
    credentials: context.credentials,
    authorization: context.authorization,
    challenge: header(headers, 'www-authenticate'),
    detail
  })
  const kind = schema1RefusalKind({ method: info.method, contentType: context.contentType, status, code, body: body.text ?? '' })
  const retryAfter = retryAfterSeconds(headers)
  const final = status === 429 && isFinalRateLimit(retryAfter, context.rateLimitReached?.() ?? false)
  const error = refused ?? new RegistryError(what, status, info, code, { retryAfter, kind, final })
  if (refused && status !== 404) error.access = scopes.map((s) => s.split(':').pop()).join(',') || 'access'
  error.detail = detail
  return error
}
