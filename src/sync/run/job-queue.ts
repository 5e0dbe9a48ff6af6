import type { PlannedJob } from '../plan/plan'

/** Where a tag comes in the queue: new tags, then updated ones, then repairs; by source reference within each. */
function orderKey(job: PlannedJob): string {
  return `${job.isNew ? 0 : job.repair === undefined ? 1 : 2}${job.sourceText}`
}

/**
 * The tags waiting for a copy slot. The listing adds them a repository at a time while copies run,
 * and each slot takes the first, in order, of those added so far: new tags before updated ones
 * before repairs, then by source reference. A queue filled before the first take hands them out in
 * exactly that order; one filled while it is taken from keeps it among the tags already listed.
 */
export class JobQueue {
  /** The waiting tags, sorted last first: the next one is popped from the end. */
  private readonly waiting: Array<{ key: string; job: PlannedJob }> = []
  /** Takers waiting for a tag, first come first served. */
  private readonly takers: Array<(job: PlannedJob | undefined) => void> = []
  private closed = false

  /** Adds tags; a slot already waiting gets the first of them at once. */
  add(jobs: readonly PlannedJob[]): void {
    for (const job of jobs) {
      const key = orderKey(job)
      // Binary search for the first place whose key is smaller: the array stays sorted descending.
      let low = 0
      let high = this.waiting.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if (this.waiting[middle].key > key) low = middle + 1
        else high = middle
      }
      this.waiting.splice(low, 0, { key, job })
    }
    while (this.takers.length > 0 && this.waiting.length > 0) this.takers.shift()!(this.waiting.pop()!.job)
  }

  /** No more tags come: takers waiting, and every take once the queue is empty, get undefined. */
  close(): void {
    this.closed = true
    for (const taker of this.takers.splice(0)) taker(undefined)
  }

  /** The next tag in order; waits for one while the queue is open; undefined once it is closed and empty. */
  take(): Promise<PlannedJob | undefined> {
    const next = this.waiting.pop()
    if (next) return Promise.resolve(next.job)
    if (this.closed) return Promise.resolve(undefined)
    return new Promise((resolve) => this.takers.push(resolve))
  }
}
