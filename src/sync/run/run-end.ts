import type { WorkScope } from '../../util/shared-work'

/**
 * How long an ending run waits for the work it started to settle before it closes its stores.
 * Everything in flight listens to the run's signal and ends within moments of it; the bound is for
 * what can't listen (a file system call on a hung mount).
 */
export const SETTLE_MS = 5_000

/** Resolves when `work` has settled or `ms` has passed, whichever comes first. */
export async function settledWithin(work: Promise<unknown>, ms = SETTLE_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  await Promise.race([work.catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))])
  clearTimeout(timer)
}

/** What a run lets go of when it ends. */
export interface RunEnd {
  /** The run's work: ended, then waited for. */
  scope: WorkScope
  /** Closes the engine and the stores. */
  close: () => Promise<unknown>
  /** Saves the ledger (absent in a dry run, which writes nothing). */
  save?: () => Promise<void>
  /** Lets the state file go (its lock); absent when the shell owns the ledger. */
  release?: () => Promise<void>
}

/**
 * Ends a run, whatever ended it, in the order that keeps its state whole: the work still in flight
 * is aborted and settles (bounded by `settleMs`), then the stores close, then the ledger is saved,
 * and its lock is let go last. Nothing in flight then meets a closed store ("The client is
 * destroyed"), and nothing writes the ledger after its lock is gone.
 */
export async function endRun(end: RunEnd, settleMs = SETTLE_MS): Promise<void> {
  end.scope.end()
  await end.scope.settled(settleMs)
  await end.close()
  try {
    await end.save?.()
  } finally {
    await end.release?.()
  }
}
