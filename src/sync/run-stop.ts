import { createLimiter, type Limiter } from '../util/limit'

/**
 * The signal discovery and planning run under: it aborts when the shell stops the run (SIGINT,
 * SIGTERM) or when `--max-duration` has passed, so listing and planning are bounded like copying.
 */
export function listingStop(stop: AbortSignal | undefined, maxDurationMs: number | undefined): AbortSignal {
  const signals = [stop, maxDurationMs === undefined ? undefined : AbortSignal.timeout(maxDurationMs)].filter((s): s is AbortSignal => s !== undefined)
  return signals.length === 0 ? new AbortController().signal : AbortSignal.any(signals)
}

/** A limiter whose tasks do not start once `signal` has aborted (they reject with its reason). */
export function stoppableLimiter(concurrency: number, signal: AbortSignal): Limiter {
  const limit = createLimiter(concurrency)
  const stoppable = <T>(task: () => Promise<T>): Promise<T> =>
    limit(() => {
      signal.throwIfAborted()
      return task()
    })
  return Object.assign(stoppable, { concurrency })
}
