import { constants } from 'node:os'
import { createLimiter, type Limiter } from '../../util/limit'
import { withinDeadline } from '../../util/deadline'
import { MirrorError } from '../../oci/errors'

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

/** Sends one request under a signal (see boundedRequest); `what` names it in the timeout's message. */
export type Bounded = <T>(what: string, send: (signal: AbortSignal) => Promise<T>) => Promise<T>

/**
 * The bound of a request outside any tag's copy (a preflight, a planning HEAD): the run's `stop` and
 * `ms` (`--tag-timeout`), retries included. Without it a registry that accepts the connection and
 * never answers held the run for five attempts of undici's header timeout whatever the limits said.
 */
export function boundedBy(stop: AbortSignal | undefined, ms: number): Bounded {
  const seconds = Math.max(1, Math.round(ms / 1000))
  return (what, send) =>
    withinDeadline(ms, [stop], send, () => new MirrorError('transient', (w) => `${what}: no answer within ${seconds} s (${w.option('tag-timeout')})`))
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
