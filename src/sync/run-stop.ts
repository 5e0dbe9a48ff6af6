import { constants } from 'node:os'
import { createLimiter, type Limiter } from '../util/limit'

/** How long after the first SIGINT/SIGTERM a shell ends the process even if tags are still in flight. */
export const HARD_EXIT_MS = 10_000

/**
 * Ends the process at once, as `signal` would have without a handler: the default action is
 * restored and the signal raised again (exit status 128 + N: 130, 143). Not `process.exit`, which
 * waits for Node's file system threads: one stuck opening a FIFO or on a hung mount would hold the
 * exit forever. Touches no file: the ledger on disk already holds every finished tag, and the lock
 * left behind is taken over by the next run (its pid is gone).
 */
export function exitBySignal(signal: 'SIGINT' | 'SIGTERM'): never {
  process.removeAllListeners(signal)
  process.kill(process.pid, signal)
  process.exit(128 + constants.signals[signal])
}

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
