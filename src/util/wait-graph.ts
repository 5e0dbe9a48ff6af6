/**
 * Who waits on whom among pieces of shared work (a referrer's copy, a child manifest's), so that a
 * wait closing a circle (work that, through others, waits on itself) fails at once instead of
 * awaiting a promise that can never settle: Node then ends the process with exit 13 and no report.
 * A source whose referrers API lists the subject itself did that on every run.
 */
export class WaitGraph {
  /** Per waiting work, the works it waits on (with how many waits each). */
  private readonly waits = new Map<string, Map<string, number>>()

  /**
   * Runs `work` (the work of `to`, shared or new) as a wait of `from`'s work (undefined: a caller
   * that is no shared work itself); rejects with `cycle(circle)` without running it when `to`
   * already waits, directly or not, on `from` (`circle`: from, ..., from).
   */
  async wait<T>(from: string | undefined, to: string, work: () => Promise<T>, cycle: (circle: string[]) => Error): Promise<T> {
    if (from === undefined) return work()
    const back = this.path(to, from)
    if (back) throw cycle([from, ...back])
    const edges = this.waits.get(from) ?? new Map<string, number>()
    this.waits.set(from, edges)
    edges.set(to, (edges.get(to) ?? 0) + 1)
    try {
      return await work()
    } finally {
      const left = (edges.get(to) ?? 1) - 1
      if (left > 0) edges.set(to, left)
      else edges.delete(to)
      if (edges.size === 0 && this.waits.get(from) === edges) this.waits.delete(from)
    }
  }

  /** The works from `start` to `goal` along waits (both included), or undefined when `start` does not wait on `goal`. */
  private path(start: string, goal: string): string[] | undefined {
    const seen = new Set<string>()
    const walk = (node: string): string[] | undefined => {
      if (node === goal) return [node]
      if (seen.has(node)) return undefined
      seen.add(node)
      for (const next of this.waits.get(node)?.keys() ?? []) {
        const rest = walk(next)
        if (rest) return [node, ...rest]
      }
      return undefined
    }
    return walk(start)
  }
}
