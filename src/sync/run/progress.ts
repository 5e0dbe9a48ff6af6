import { formatBytes, formatDuration } from '../../util/duration'
import type { CopyPhase, Progress } from '../types'

/**
 * Times the copy phase of a run: which tags are in flight since when, how many finished and how
 * long they took, for an ETA that neither counts the planning time nor the ledger hits. The listing
 * hands tags over while they are copied: the total grows with each repository ({@link add}).
 */
export class CopyClock {
  private readonly started: number
  private readonly inFlight = new Map<object, number>()
  private done = 0
  private busyMs = 0

  constructor(
    private total: number,
    private readonly concurrency: number,
    private readonly now: () => number = Date.now
  ) {
    this.started = now()
  }

  /** More tags to copy (another repository listed). */
  add(count: number): void {
    this.total += count
  }

  /** A tag starts copying. */
  start(tag: object): void {
    this.inFlight.set(tag, this.now())
  }

  /** A tag ended (copied, found on the target, failed) or was left for the next run (`counted` false). */
  end(tag: object, counted = true): void {
    const started = this.inFlight.get(tag)
    this.inFlight.delete(tag)
    if (!counted || started === undefined) return
    this.done++
    this.busyMs += this.now() - started
  }

  snapshot(): CopyPhase {
    const now = this.now()
    return {
      total: this.total,
      done: this.done,
      busyMs: this.busyMs,
      inFlightMs: [...this.inFlight.values()].map((started) => now - started),
      concurrency: this.concurrency,
      elapsedMs: now - this.started
    }
  }
}

/**
 * Milliseconds until the copy phase ends, or undefined before the first tag finished. Each tag left
 * is expected to take as long as the finished ones did on average (their time is mostly bytes
 * moved); tags in flight are credited with the time they already ran; the tags left are dealt to
 * the copy slots as they free up (`concurrency` at once), so the last round counts whole. Exact for
 * uniform tags, whatever the concurrency, the planning time and the share of ledger hits.
 */
export function estimateRemainingMs(copy: CopyPhase): number | undefined {
  if (copy.done === 0) return undefined
  const perTag = copy.busyMs / copy.done
  const slots = Math.max(1, copy.concurrency)
  // When each slot is free again (0: free now), soonest first; each is within one tag's time.
  const free = [...copy.inFlightMs.map((age) => Math.max(perTag - age, 0)), ...Array<number>(Math.max(slots - copy.inFlightMs.length, 0)).fill(0)].sort(
    (x, y) => x - y
  )
  const queued = Math.max(copy.total - copy.done - copy.inFlightMs.length, 0)
  // Tags of equal length go round the slots in the order they free up: every slot takes `rounds`,
  // the first `extra` one more.
  const rounds = Math.floor(queued / free.length)
  const extra = queued % free.length
  const busiest = copy.inFlightMs.length > 0 || rounds > 0 ? free[free.length - 1] + rounds * perTag : 0
  return Math.max(busiest, extra > 0 ? free[extra - 1] + (rounds + 1) * perTag : 0)
}

/** One progress line: tags done/left, bytes, the copy rate, ETA. Shared by the CLI and the action. */
export function progressLine(progress: Progress): string {
  const seconds = Math.max(progress.copy.elapsedMs / 1000, 0.001)
  const rate = progress.bytes / seconds
  const left = progress.tagsTotal - progress.tagsDone
  const remaining = left > 0 ? estimateRemainingMs(progress.copy) : undefined
  const eta = remaining === undefined ? '' : `, ETA ${remaining < 1000 ? '<1s' : formatDuration(remaining)}`
  return `${progress.tagsDone}/${progress.tagsTotal} tags, ${left} left, ${formatBytes(progress.bytes)} at ${formatBytes(rate)}/s${eta}`
}
