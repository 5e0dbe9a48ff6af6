import { header, type Headers } from './http'

/** What a registry said of its rate limit on one answer. */
export interface RateLimitState {
  /** Requests left in the window. */
  remaining: number
  /** The window's allowance, when said. */
  limit?: number
  /** The window's length in seconds, when said (Docker Hub: `w=21600`, six hours). */
  windowSeconds?: number
  /** The origin that answered. */
  origin: string
}

/** Told about every answer that carries a rate limit. */
export type RateLimitObserver = (state: RateLimitState) => void

/** A 429 asking to wait longer than this is not waited for: the run stops starting tags instead. */
export const SHORT_WAIT_SECONDS = 30

/** A rate-limit header's value: its leading number and, where given, its window (`;w=SECONDS`). */
export interface RateLimitValue {
  value: number
  windowSeconds?: number
}

/**
 * Parses a rate-limit header: Docker Hub sends `ratelimit-limit: 100;w=21600` and
 * `ratelimit-remaining: 76;w=21600` ("the pull limit is 100 pulls per 21600 seconds (6 hours), and
 * there are 76 pulls remaining": docs.docker.com, "Docker Hub pull usage and limits"); the IETF
 * draft and others send `76`. Undefined for anything else.
 */
export function parseRateLimitValue(text: string | undefined): RateLimitValue | undefined {
  const match = text === undefined ? null : /^\s*(\d+)\s*(?:;(.*))?$/.exec(text)
  if (!match) return undefined
  const window = /(?:^|;)\s*w\s*=\s*(\d+)\s*(?:;|$)/.exec(match[2] ?? '')
  const windowSeconds = window ? Number(window[1]) : undefined
  return { value: Number(match[1]), ...(windowSeconds ? { windowSeconds } : {}) }
}

/**
 * Reads `ratelimit-remaining` / `ratelimit-limit` with their window (Docker Hub's pull limit, the
 * IETF RateLimit header fields draft) or `x-ratelimit-remaining` / `x-ratelimit-limit` (Quay, the
 * GitHub API) of an answer and tells `observer` when there is one.
 */
export function observeRateLimit(headers: Headers, origin: string, observer: RateLimitObserver | undefined): void {
  if (!observer) return
  const remaining = parseRateLimitValue(header(headers, 'ratelimit-remaining') ?? header(headers, 'x-ratelimit-remaining'))
  if (remaining === undefined) return
  const limit = parseRateLimitValue(header(headers, 'ratelimit-limit') ?? header(headers, 'x-ratelimit-limit'))
  const windowSeconds = remaining.windowSeconds ?? limit?.windowSeconds
  observer({ remaining: remaining.value, ...(limit === undefined ? {} : { limit: limit.value }), ...(windowSeconds ? { windowSeconds } : {}), origin })
}

/**
 * True for a 429 no attempt within this run should repeat: it asks to wait beyond a short wait, or
 * the run's rate-limit floor is reached (each retry would spend what is left). The transport makes
 * such an answer `final` (see `MirrorError.final`), so no retry layer takes it.
 */
export function isFinalRateLimit(retryAfter: number | undefined, floorReached: boolean): boolean {
  return floorReached || (retryAfter !== undefined && retryAfter > SHORT_WAIT_SECONDS)
}
