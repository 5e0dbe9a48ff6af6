import { setMaxListeners } from 'node:events'
import { untilAborted } from './abortable'

/**
 * The life of a run's shared work: one signal that ends every attempt when the run ends, and the
 * work still running, so a run that ends can wait for it before it closes its stores (a request
 * cut off by a closed connection pool would only say "The client is destroyed").
 */
export class WorkScope {
  private readonly controller = new AbortController()
  private readonly running = new Set<Promise<void>>()

  constructor() {
    // Every shared attempt of a run listens to this one signal.
    setMaxListeners(0, this.controller.signal)
  }

  /** Aborts when the run ends ({@link end}). */
  get signal(): AbortSignal {
    return this.controller.signal
  }

  /** Counts `work` as started in this run until it settles. */
  track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined
    )
    this.running.add(settled)
    void settled.then(() => this.running.delete(settled))
  }

  /** Ends the run's work: every attempt still running is aborted with `reason`, and none starts after. */
  end(reason: unknown = new DOMException('the run ended', 'AbortError')): void {
    if (!this.controller.signal.aborted) this.controller.abort(reason)
  }

  /** Resolves once all work tracked has settled (work settling may start more), or after `ms`; true when it all settled. */
  async settled(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)))
    try {
      while (this.running.size > 0) {
        if ((await Promise.race([Promise.all([...this.running]).then(() => true), late])) === false) return false
      }
      return true
    } finally {
      clearTimeout(timer)
    }
  }
}

/** What a caller of shared work gets: the value, and whether it is the first caller to get it (the one that counts what the work moved). */
export interface Joined<T> {
  value: T
  first: boolean
}

/** One attempt at a key's work: its own signal, the callers waiting on it, and whether its value was handed out yet. */
interface Attempt<T> {
  readonly key: string
  readonly controller: AbortController
  result: Promise<T>
  waiters: number
  settled: boolean
  delivered: boolean
}

/**
 * Work that several callers of one run need done once, by key (a blob placed in a repository, a
 * manifest fetched, the push probe). An attempt runs under a signal of its own, not under the
 * caller's that started it: it ends when the run ends ({@link WorkScope}) or when no caller waits
 * for it any more, so a tag that times out alone still frees its sockets, and a tag that times out
 * while another waits for the same work does not fail that other one. Each caller waits bounded by
 * its own signal. A value is kept for later callers; a failure is forgotten, so the next caller
 * (or the next after every caller gave up) tries again.
 */
export class SharedWork<T> {
  private readonly attempts = new Map<string, Attempt<T>>()

  constructor(private readonly scope: WorkScope) {}

  /** The value of `key`'s work: joins the attempt under way or kept, or starts one with `work`; rejects with `signal`'s reason when it aborts first. */
  async run(key: string, signal: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    return (await this.join(key, signal, work)).value
  }

  /** As {@link run}, telling the caller whether it is the first to receive the value. */
  join(key: string, signal: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<Joined<T>> {
    if (this.scope.signal.aborted) return Promise.reject(this.scope.signal.reason as Error)
    return this.wait(this.attempts.get(key) ?? this.start(key, work), signal)
  }

  /** Waits, bounded by `signal`, for `key`'s attempt under way (if any) to settle, whatever its outcome. */
  async settledFor(key: string, signal: AbortSignal): Promise<void> {
    const attempt = this.attempts.get(key)
    if (!attempt || attempt.settled) return
    await this.wait(attempt, signal).catch(() => signal.throwIfAborted())
  }

  /** Drops `key`'s kept value (a cache bounded by size). */
  forget(key: string): void {
    if (this.attempts.get(key)?.settled) this.attempts.delete(key)
  }

  private start(key: string, work: (signal: AbortSignal) => Promise<T>): Attempt<T> {
    const controller = new AbortController()
    // A blob's requests and every retry of them listen to it.
    setMaxListeners(0, controller.signal)
    const run = this.scope.signal
    const onRunEnd = (): void => controller.abort(run.reason)
    run.addEventListener('abort', onRunEnd, { once: true })
    const attempt: Attempt<T> = { key, controller, result: Promise.resolve(undefined as T), waiters: 0, settled: false, delivered: false }
    this.attempts.set(key, attempt)
    attempt.result = (async () => work(controller.signal))()
    this.scope.track(attempt.result)
    const settle = (kept: boolean): void => {
      attempt.settled = true
      run.removeEventListener('abort', onRunEnd)
      if (!kept && this.attempts.get(key) === attempt) this.attempts.delete(key)
    }
    attempt.result.then(
      () => settle(true),
      () => settle(false)
    )
    return attempt
  }

  private async wait(attempt: Attempt<T>, signal: AbortSignal | undefined): Promise<Joined<T>> {
    attempt.waiters++
    try {
      const value = await untilAborted(attempt.result, signal)
      const first = !attempt.delivered
      attempt.delivered = true
      return { value, first }
    } finally {
      if (--attempt.waiters === 0 && !attempt.settled) this.abandon(attempt)
    }
  }

  /** No caller waits for the attempt any more: it is aborted, and the next caller starts another. */
  private abandon(attempt: Attempt<T>): void {
    if (this.attempts.get(attempt.key) === attempt) this.attempts.delete(attempt.key)
    attempt.controller.abort(new DOMException('no caller waits for this work any more', 'AbortError'))
  }
}
