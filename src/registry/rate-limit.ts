import { kindOf } from '../oci/errors'
import { header, type Headers } from './http'

/** What a registry said of its rate limit on one answer. */
export interface RateLimitState {
  /** Requests left in the window. */
  remaining: number
  /** The window's allowance, when said. */
  limit?: number
  /** The origin that answered. */
  origin: string
}

/** Told about every answer that carries a rate limit. */
export type RateLimitObserver = (state: RateLimitState) => void

/** A 429 asking to wait longer than this is not waited for: the run stops starting tags instead. */
export const SHORT_WAIT_SECONDS = 30

/** The leading number of a rate-limit header: Docker Hub sends `76;w=21600`, the IETF draft and others `76`. */
function leadingNumber(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^\s*(\d+)/.exec(value)
  return match ? Number(match[1]) : undefined
}

/**
 * Reads `ratelimit-remaining` / `ratelimit-limit` (Docker Hub's pull limit, the IETF RateLimit
 * header fields draft) or `x-ratelimit-remaining` / `x-ratelimit-limit` (Quay, the GitHub API) of
 * an answer and tells `observer` when there is one.
 */
export function observeRateLimit(headers: Headers, origin: string, observer: RateLimitObserver | undefined): void {
  if (!observer) return
  const remaining = leadingNumber(header(headers, 'ratelimit-remaining') ?? header(headers, 'x-ratelimit-remaining'))
  if (remaining === undefined) return
  const limit = leadingNumber(header(headers, 'ratelimit-limit') ?? header(headers, 'x-ratelimit-limit'))
  observer({ remaining, ...(limit === undefined ? {} : { limit }), origin })
}

/** True for a rate-limit refusal that asks to wait beyond a short wait: not worth retrying within this run. */
export function isLongRateLimit(error: unknown): boolean {
  const retryAfter = (error as { retryAfter?: number } | undefined)?.retryAfter
  return kindOf(error) === 'rate-limited' && retryAfter !== undefined && retryAfter > SHORT_WAIT_SECONDS
}
