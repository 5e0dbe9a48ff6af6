import { setMaxListeners } from 'node:events'

/** A signal bounded by a time limit and by its parents, and the way to let go of it. */
export interface Deadline {
  /** Aborts when the first parent aborts (with its reason) or when the time is up. */
  readonly signal: AbortSignal
  /** Stops the timer and unhooks the parents: call it when the work the signal bounds is over. */
  dispose(): void
}

/**
 * A signal that aborts after `ms` (never by time when undefined) or as soon as one of `parents`
 * aborts, held by strong references: an AbortController, a timer and listeners on the parents.
 * Not `AbortSignal.any([AbortSignal.timeout(ms)])`: on Node 20 such a signal never fires once a
 * garbage collection has run (the run's budget went unheard by a trickling listing). The timer is
 * unref'd: a deadline never keeps the process alive by itself. `reason` is what the time limit
 * aborts with (default: a DOMException named TimeoutError, as AbortSignal.timeout gives).
 */
export function deadlineSignal(ms: number | undefined, parents: readonly (AbortSignal | undefined)[] = [], reason?: () => unknown): Deadline {
  const controller = new AbortController()
  // Every request of a tag or a listing may listen to one signal: no "possible leak" warning.
  setMaxListeners(0, controller.signal)
  const unhooks: (() => void)[] = []
  const dispose = (): void => {
    clearTimeout(timer)
    for (const unhook of unhooks.splice(0)) unhook()
  }
  const abort = (why: unknown): void => {
    dispose()
    controller.abort(why)
  }
  const timer = ms === undefined ? undefined : setTimeout(() => abort(reason ? reason() : new DOMException(`timed out after ${ms} ms`, 'TimeoutError')), ms)
  timer?.unref()
  for (const parent of parents) {
    if (!parent) continue
    if (parent.aborted) {
      abort(parent.reason)
      break
    }
    const onAbort = (): void => abort(parent.reason)
    setMaxListeners(0, parent)
    parent.addEventListener('abort', onAbort, { once: true })
    unhooks.push(() => parent.removeEventListener('abort', onAbort))
  }
  return { signal: controller.signal, dispose }
}

/** Runs `work` under a {@link deadlineSignal} of `ms` and `parents`, let go of once it settles. */
export async function withinDeadline<T>(
  ms: number | undefined,
  parents: readonly (AbortSignal | undefined)[],
  work: (signal: AbortSignal) => Promise<T>,
  reason?: () => unknown
): Promise<T> {
  const deadline = deadlineSignal(ms, parents, reason)
  try {
    return await work(deadline.signal)
  } finally {
    deadline.dispose()
  }
}
