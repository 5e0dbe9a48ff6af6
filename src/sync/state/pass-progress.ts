/** How often a listing waiting for room looks again whether the copies still take tags (a rate limit leaves them without a result). */
const ROOM_TICK_MS = 1_000

/** A tag handed to the copies: its repository and its source reference (its result's `source`). */
interface HandedTag {
  relative: string
  sourceText: string
}

/**
 * What a run has done of its share of the pass: the tags handed to the copies that have no result
 * yet (waiting, in flight, or left for the next run). Its window keeps a budgeted run's listing a
 * little ahead of its copies: a run the budget ends then leaves few repositories listed and not
 * finished, which the next run lists again; listed far ahead, it left most of its listing to redo.
 */
export class PassProgress {
  /** Source reference -> repository, of the tags handed over without a result. */
  private readonly open = new Map<string, string>()
  /** Listings started under {@link room} not yet {@link listed}. */
  private listing = 0
  /** The listings waiting for room, each woken by a result, a listing's end, its tick or the signal. */
  private readonly waiting = new Set<() => void>()

  /** `window`: how many tags handed over without a result, and listings under way, the listing may run ahead by; undefined: no bound. */
  constructor(private readonly window?: number) {}

  /** Takes the tags handed to the copies. */
  handed(tags: Iterable<HandedTag>): void {
    for (const tag of tags) this.open.set(tag.sourceText, tag.relative)
  }

  /** Takes a result: the tag of `source`, if handed over, is done. */
  settled(source: string): void {
    if (this.open.delete(source)) this.wake()
  }

  /**
   * Resolves once the window has room for one more listing (at once without a window), or once
   * `signal` aborts or `stopped()` says the copies take no more tags (looked at every second), and
   * counts that listing under way until {@link listed}.
   */
  async room(signal: AbortSignal, stopped: () => boolean): Promise<void> {
    while (this.window !== undefined && this.open.size + this.listing >= this.window && !signal.aborted && !stopped()) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(tick)
          signal.removeEventListener('abort', done)
          this.waiting.delete(done)
          resolve()
        }
        const tick = setTimeout(done, ROOM_TICK_MS)
        signal.addEventListener('abort', done, { once: true })
        this.waiting.add(done)
      })
    }
    this.listing++
  }

  /** A listing started under {@link room} ended (its tags, if any, were handed over first). */
  listed(): void {
    this.listing--
    this.wake()
  }

  /** The repositories with a tag handed over and no result, and those `unlisted`: where the next run goes on. */
  unfinished(unlisted: Iterable<string>): Set<string> {
    return new Set([...unlisted, ...this.open.values()])
  }

  private wake(): void {
    for (const resolve of [...this.waiting]) resolve()
  }
}

/**
 * The window of a budgeted run (see PassProgress): the copy slots and half as many tags waiting,
 * so a slot that frees finds a tag while the next repositories are listed, and a run the budget
 * ends leaves about half a slot count of listed repositories to list again.
 */
export function listingWindow(concurrency: number): number {
  return concurrency + Math.max(2, Math.ceil(concurrency / 2))
}
