import { setTimeout as sleep } from 'node:timers/promises'
import { errorMessage, kindOf } from '../../oci/errors'
import type { RateLimitState } from '../../registry/rate-limit'

/** Options of a RateLimitGate. */
export interface RateLimitGateOptions {
  /** Tags stop starting when a registry says this many requests or fewer are left. */
  floor: number
  /** `--rate-limit-wait`: the longest wait for a window to reopen; 0 or undefined: never wait. */
  waitMs?: number
  /** When the run's time budget ends (ms since the epoch): no wait may end after it. */
  deadline?: number
  /** Ends a wait at once (SIGINT, SIGTERM). */
  signal?: AbortSignal
  /** Told when the gate waits for a window. */
  log?: (message: string) => void
}

/**
 * The pulls one finished tag cost, as Docker Hub counts them: "a pull request for a normal image
 * makes one pull for a single manifest; a pull request for a multi-arch image will count as one
 * pull for each different architecture" (docs.docker.com, "Docker Hub pull usage and limits"; HEAD
 * requests are not counted). `platforms` are the platforms copied (none for a single image).
 */
export function pullsOf(platforms: readonly string[] | undefined): number {
  return Math.max(1, platforms?.length ?? 0)
}

/**
 * Decides when a run stops starting tags for a registry's rate limit (Docker Hub's pull limit,
 * gcr.io quota, Quay): before each tag it predicts whether the tag fits in what the last answer said
 * is left (`ratelimit-remaining`) above `floor`, counting a tag as the largest number of pulls a tag
 * of this run has cost so far (one per platform, see {@link pullsOf}); a request that ends
 * rate-limited (a 429 asking to wait beyond a short wait, or retried to the end) closes it too. Once
 * closed, a 429 is no longer retried (see `rateLimitReached`). A closed gate reopens after waiting
 * for the window when `waitMs` allows it: the wait is the 429's `Retry-After`, else the window the
 * headers named (`w=21600`: at worst a whole window), and must end before the run's deadline.
 * Otherwise the run ends like the time budget: tags in flight finish, the rest are left for the next
 * run, none is failed.
 */
export class RateLimitGate {
  /** Why the gate closed; undefined while open. */
  reason?: string
  /** The last answer's remaining count, the window it named, and a 429's `Retry-After`. */
  private remaining?: number
  private windowSeconds?: number
  private retryAfterSeconds?: number
  /** Pulls the next tag is expected to cost, and pulls reserved by tags started since the last answer. */
  private perTag = 1
  private reserved = 0
  private waiting?: Promise<boolean>

  constructor(private readonly options: RateLimitGateOptions) {}

  /** Takes what an answer said of its rate limit. */
  readonly observe = (state: RateLimitState): void => {
    this.remaining = state.remaining
    this.reserved = 0
    if (state.windowSeconds !== undefined) this.windowSeconds = state.windowSeconds
    if (state.remaining <= this.options.floor) {
      this.reason ??= `${new URL(state.origin).host} has ${state.remaining}${state.limit === undefined ? '' : ` of ${state.limit}`}${
        state.windowSeconds === undefined ? '' : ` per ${state.windowSeconds} s`
      } requests left (floor ${this.options.floor})`
    }
  }

  /** True once the floor is reached (the gate closed): a 429 is then not retried. */
  readonly rateLimitReached = (): boolean => this.closed

  /** True (and the gate closed) when `error` is a rate limit: the tag is left for the next run, not failed. */
  hit(error: unknown): boolean {
    if (kindOf(error) !== 'rate-limited') return false
    const retryAfter = (error as { retryAfter?: number }).retryAfter
    if (retryAfter !== undefined) this.retryAfterSeconds = retryAfter
    this.reason ??= errorMessage(error)
    return true
  }

  /**
   * Called before a tag starts: true to start it. Closes the gate when the tag is predicted not to
   * fit above the floor; when closed, waits for the window to reopen if the options allow it.
   */
  async admit(): Promise<boolean> {
    if (!this.closed && this.remaining !== undefined && this.remaining - this.reserved - this.perTag < this.options.floor) {
      this.reason = `the next tag needs about ${this.perTag} pull${this.perTag === 1 ? '' : 's'}, ${this.remaining - this.reserved} left (floor ${this.options.floor})`
    }
    if (this.closed && !(await this.waitForWindow())) return false
    this.reserved += this.perTag
    return true
  }

  /** Called when a tag ends: `pulls` is what it cost (see {@link pullsOf}); later tags are predicted to cost as much as the dearest so far. */
  settle(pulls: number): void {
    this.perTag = Math.max(this.perTag, pulls)
  }

  /** How long the window takes to reopen (ms), when it is known and within `waitMs` and the run's deadline. */
  waitMs(): number | undefined {
    const seconds = this.retryAfterSeconds ?? this.windowSeconds
    const limit = this.options.waitMs ?? 0
    if (!this.closed || seconds === undefined || limit <= 0) return undefined
    const ms = seconds * 1000
    if (ms > limit || Date.now() + ms >= (this.options.deadline ?? Infinity) || this.options.signal?.aborted) return undefined
    return ms
  }

  get closed(): boolean {
    return this.reason !== undefined
  }

  private waitForWindow(): Promise<boolean> {
    this.waiting ??= (async () => {
      const ms = this.waitMs()
      if (ms === undefined) return false
      this.options.log?.(`rate limit reached (${this.reason}): waiting ${Math.ceil(ms / 1000)} s for the window to reopen`)
      const waited = await sleep(ms, true, { signal: this.options.signal }).catch(() => false)
      if (!waited) return false
      this.reason = undefined
      this.remaining = undefined
      this.retryAfterSeconds = undefined
      this.reserved = 0
      return true
    })().finally(() => (this.waiting = undefined))
    return this.waiting
  }
}
