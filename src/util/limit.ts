/** A function that runs tasks with at most `concurrency` of them in flight at once. */
export interface Limiter {
  <T>(task: () => Promise<T>): Promise<T>
  /** How many tasks run at once. */
  readonly concurrency: number
}

/** Creates a concurrency limiter (FIFO); queuing and starting a task cost O(1) however many wait. */
export function createLimiter(concurrency: number): Limiter {
  let active = 0
  // A queue read from `head` on: Array#shift moves every waiting task, O(n²) for 10,000 tags.
  let queue: Array<() => void> = []
  let head = 0
  const next = (): void => {
    if (active >= concurrency || head >= queue.length) return
    const start = queue[head++]
    if (head === queue.length) {
      queue = []
      head = 0
    }
    active++
    start()
  }
  const limit = <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        // A task that throws before it returns its promise still frees its slot: one that leaked
        // it would hold every task queued behind it forever (a stoppable limiter's tasks do).
        let running: Promise<T>
        try {
          running = task()
        } catch (error) {
          running = Promise.reject(error)
        }
        running.then(resolve, reject).finally(() => {
          active--
          next()
        })
      })
      next()
    })
  return Object.assign(limit, { concurrency })
}

/**
 * Maps `items` through `fn`, in order, with at most `width` calls pending at once, so the work
 * waiting (its closures and promises) stays O(width) rather than O(items). After a failure no new
 * call starts and the first failure is thrown.
 */
export async function mapBounded<T, R>(items: readonly T[], width: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  let failed = false
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const i = next++
      try {
        out[i] = await fn(items[i], i)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, worker))
  return out
}
