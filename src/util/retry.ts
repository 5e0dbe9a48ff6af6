import { setTimeout as sleep } from 'node:timers/promises'

/** How {@link retry} retries. */
export interface RetryPolicy {
  /** Attempts in all, the first included (1: no retry). */
  attempts: number
  /** The first backoff delay; it doubles per attempt, then gets jitter. */
  backoffMs: number
  /** The longest wait between attempts, a server's `Retry-After` included. */
  maxDelayMs: number
  /** True when another attempt could succeed after `error`. */
  retryable: (error: unknown) => boolean
  /** The wait the server asked for after `error` (`Retry-After`), in ms; it replaces the backoff. */
  retryAfterMs?: (error: unknown) => number | undefined
  /** Ends the waiting (and the retrying) when aborted: the abort reason is thrown. */
  signal?: AbortSignal
  /** Told before each wait. */
  onRetry?: (event: RetryEvent) => void
  /** The jitter source, 0..1 (tests). */
  random?: () => number
}

/** A retry about to happen. */
export interface RetryEvent {
  error: unknown
  /** The attempt that failed, from 1. */
  attempt: number
  attempts: number
  delayMs: number
}

/**
 * The delay before attempt `attempt + 1`: the server's `Retry-After` when it gave one, else
 * exponential backoff (`backoffMs * 2^(attempt-1)`) with "equal jitter" (half fixed, half random), so
 * concurrent clients spread out; both capped by `maxDelayMs`.
 */
export function retryDelay(policy: RetryPolicy, attempt: number, error: unknown): number {
  const asked = policy.retryAfterMs?.(error)
  if (asked !== undefined) return Math.min(policy.maxDelayMs, asked)
  const base = Math.min(policy.maxDelayMs, policy.backoffMs * 2 ** (attempt - 1))
  return base / 2 + (policy.random ?? Math.random)() * (base / 2)
}

/**
 * Runs `operation` until it succeeds, it fails with an error the policy does not retry, the attempts
 * are spent, or `signal` aborts (during an attempt the operation sees the signal itself; during a wait
 * the wait ends at once). The one retry loop of gcr-mirror: the registry transport (one request), the
 * blob copier (one whole transfer, never repeating what the transport retried: `MirrorError.final`)
 * and the metadata publisher each pass their own policy (after go-containerregistry's
 * `transport.retry` and `remote.WithRetryBackoff`).
 */
export async function retry<T>(operation: (attempt: number) => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    policy.signal?.throwIfAborted()
    try {
      return await operation(attempt)
    } catch (error) {
      if (attempt >= policy.attempts || policy.signal?.aborted || !policy.retryable(error)) throw error
      const delayMs = retryDelay(policy, attempt, error)
      policy.onRetry?.({ error, attempt, attempts: policy.attempts, delayMs })
      await sleep(delayMs, undefined, { signal: policy.signal }).catch(() => policy.signal?.throwIfAborted())
    }
  }
}
