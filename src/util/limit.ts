/** A function that runs tasks with at most `concurrency` of them in flight at once. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>

/** Creates a concurrency limiter (FIFO). */
export function createLimiter(concurrency: number): Limiter {
  let active = 0
  const queue: Array<() => void> = []
  const next = (): void => {
    if (active >= concurrency) return
    const start = queue.shift()
    if (start) {
      active++
      start()
    }
  }
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        task()
          .then(resolve, reject)
          .finally(() => {
            active--
            next()
          })
      })
      next()
    })
}
