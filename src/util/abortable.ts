/**
 * Settles with `work`, or rejects with the abort reason as soon as `signal` aborts. For waits that
 * can't take the signal themselves (a token fetch shared by concurrent requests, an engine step): the
 * caller's time bound holds while the shared work goes on for the others.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work
  if (signal.aborted) return Promise.reject(signal.reason as Error)
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => reject(signal.reason as Error)
    signal.addEventListener('abort', abort, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}
