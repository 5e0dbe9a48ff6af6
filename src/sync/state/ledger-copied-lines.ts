import type { EntryLines, LedgerEntry } from './ledger-format'

/**
 * The entry lines of the file as loaded, kept as its bytes: a rewrite copies the lines of the entries
 * that are still the ones loaded, byte for byte (unknown fields included) and in runs of consecutive
 * lines, instead of serialising 100,000 entries again; only the entries recorded since are.
 */
export class CopiedLines {
  /**
   * `keys[i]` is the key of `entries[i]`, whose line is line `i` of `lines`; the keys are sorted
   * as the file is (strictly: each key once).
   */
  constructor(
    private readonly lines: EntryLines,
    private readonly keys: readonly string[],
    private readonly entries: readonly LedgerEntry[]
  ) {}

  /**
   * The lines of `keys` (sorted as the file is): runs of the file's bytes for keys whose entry
   * (`current(key)`) is still the one loaded, `line(key)` for the others.
   */
  linesOf(keys: readonly string[], current: (key: string) => LedgerEntry | undefined, line: (key: string) => string): Array<string | Uint8Array> {
    const { bytes, starts, ends } = this.lines
    const out: Array<string | Uint8Array> = []
    // The run of file lines [first, next) not yet put out.
    let first = 0
    let next = 0
    const flush = (): void => {
      if (next > first) out.push(bytes.subarray(starts[first], ends[next - 1]))
    }
    let j = 0
    for (const key of keys) {
      // Both lists are sorted: the file's line for `key`, if any, is at or after j.
      while (j < this.keys.length && this.keys[j] < key) j++
      if (j < this.keys.length && this.keys[j] === key && current(key) === this.entries[j]) {
        if (j !== next) {
          flush()
          first = j
        }
        next = ++j
      } else {
        flush()
        first = next
        out.push(line(key))
      }
    }
    flush()
    return out
  }
}
