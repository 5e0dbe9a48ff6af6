/** The keys one holder of a KeyGate takes: those it writes, those it reads. */
export interface GateClaim {
  writes?: readonly string[]
  reads?: readonly string[]
}

/** A claim made sets (a key both written and read is only written: a holder never waits on itself). */
interface Held {
  writes: Set<string>
  reads: Set<string>
}

/** A holder not yet let in. */
interface Waiter {
  held: Held
  admit: () => void
}

/**
 * A readers/writer gate over keys: work that writes a key never runs while work that reads it does,
 * and the other way round. Readers of a key run together, and so do its writers (they write the same
 * thing). A holder takes all its keys at once, or waits with none, so holders never wait on each
 * other in a circle; waiters are let in first come first served (a waiter is passed by no later one
 * it conflicts with), so a steady stream of writers does not starve a reader. Each wait is bounded by
 * the caller's signal.
 */
export class KeyGate {
  private readonly writers = new Map<string, number>()
  private readonly readers = new Map<string, number>()
  private readonly waiting: Waiter[] = []

  /** Runs `work` once `claim` is let in, and lets it go when the work settles; rejects with `signal`'s reason when it aborts while waiting. */
  async hold<T>(claim: GateClaim, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
    const writes = new Set(claim.writes)
    const held: Held = { writes, reads: new Set((claim.reads ?? []).filter((key) => !writes.has(key))) }
    await this.enter(held, signal)
    try {
      return await work()
    } finally {
      this.take(held, -1)
      this.admitWaiting()
    }
  }

  private enter(held: Held, signal: AbortSignal | undefined): Promise<void> {
    signal?.throwIfAborted()
    if (!this.blockedByHolders(held) && !this.waiting.some((earlier) => conflict(earlier.held, held))) {
      this.take(held, 1)
      return Promise.resolve()
    }
    return new Promise<void>((resolve, reject) => {
      const abort = (): void => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1)
        reject(signal!.reason as Error)
        // Waiters it held back may go in now.
        this.admitWaiting()
      }
      const waiter: Waiter = {
        held,
        admit: () => {
          signal?.removeEventListener('abort', abort)
          resolve()
        }
      }
      this.waiting.push(waiter)
      signal?.addEventListener('abort', abort, { once: true })
    })
  }

  /** Lets in, in order, every waiter that conflicts with no holder and with no waiter before it still waiting. */
  private admitWaiting(): void {
    const still: Waiter[] = []
    for (const waiter of this.waiting) {
      if (this.blockedByHolders(waiter.held) || still.some((earlier) => conflict(earlier.held, waiter.held))) {
        still.push(waiter)
        continue
      }
      this.take(waiter.held, 1)
      waiter.admit()
    }
    this.waiting.splice(0, this.waiting.length, ...still)
  }

  private blockedByHolders(held: Held): boolean {
    for (const key of held.writes) if (this.readers.has(key)) return true
    for (const key of held.reads) if (this.writers.has(key)) return true
    return false
  }

  /** Counts `held`'s keys in (`1`) or out (`-1`). */
  private take(held: Held, step: 1 | -1): void {
    count(this.writers, held.writes, step)
    count(this.readers, held.reads, step)
  }
}

function count(counts: Map<string, number>, keys: Set<string>, step: 1 | -1): void {
  for (const key of keys) {
    const next = (counts.get(key) ?? 0) + step
    if (next > 0) counts.set(key, next)
    else counts.delete(key)
  }
}

/** True when one claim writes a key the other reads. */
function conflict(a: Held, b: Held): boolean {
  for (const key of a.writes) if (b.reads.has(key)) return true
  for (const key of a.reads) if (b.writes.has(key)) return true
  return false
}
