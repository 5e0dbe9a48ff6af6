import { errorMessage, kindOf } from '../oci/errors'
import type { RateLimitState } from '../registry/rate-limit'

/**
 * Decides when a run stops starting tags for a registry's rate limit (Docker Hub's pull limit,
 * gcr.io quota, Quay): when an answer says `floor` requests or fewer are left, or a request ends
 * rate-limited (a 429 asking to wait beyond a short wait, or retried to the end). The run then ends
 * like the time budget: tags in flight finish, the rest are left for the next run, none is failed.
 */
export class RateLimitGate {
  /** Why the gate closed; undefined while open. */
  reason?: string

  constructor(private readonly floor: number) {}

  /** Takes what an answer said of its rate limit. */
  readonly observe = (state: RateLimitState): void => {
    if (state.remaining <= this.floor) {
      this.reason ??= `${new URL(state.origin).host} has ${state.remaining}${state.limit === undefined ? '' : ` of ${state.limit}`} requests left (floor ${this.floor})`
    }
  }

  /** True (and the gate closed) when `error` is a rate limit: the tag is left for the next run, not failed. */
  hit(error: unknown): boolean {
    if (kindOf(error) !== 'rate-limited') return false
    this.reason ??= errorMessage(error)
    return true
  }

  get closed(): boolean {
    return this.reason !== undefined
  }
}
