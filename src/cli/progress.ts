import { progressLine } from '../sync/run/progress'
import type { Progress } from '../sync/types'
import { forDisplay } from '../util/printable'

/** What the CLI writes to stderr: log lines, and progress. */
export interface ProgressRenderer {
  /** Shows progress: the live line on a terminal, a plain line now and then elsewhere. */
  update(progress: Progress): void
  /** Prints a line of its own (a warning, a failed tag, a signal notice) without losing it under the live line. */
  log(line: string): void
  /** Removes the live line, if any. */
  done(): void
}

/** Clears the terminal line the cursor is on. */
const CLEAR = '\r\x1b[K'
/** A terminal redraws the live line at most this often. */
const REDRAW_MS = 100

/** The stream the renderer writes to (a terminal or not). */
export type ProgressStream = Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean; columns?: number }

/**
 * Renders progress and log lines on a stream. On a terminal: one live line rewritten in place,
 * cut to the terminal's width (a wrapped line could not be cleared), and every log line printed on
 * its own line: the live line is cleared, the log line printed, the live line drawn again. Anywhere
 * else (CI logs, files, pipes): plain lines with no escape codes, progress at most every
 * `intervalMs`. With `quiet`, no progress at all. Log lines are shown through `forDisplay` (secrets
 * redacted, control characters escaped): a registry's text cannot drive the terminal.
 */
export function createProgressRenderer(stream: ProgressStream, options: { intervalMs?: number; quiet?: boolean; now?: () => number } = {}): ProgressRenderer {
  const intervalMs = options.intervalMs ?? 10_000
  const now = options.now ?? Date.now
  const live = stream.isTTY === true
  let last = -Infinity
  let line: string | undefined
  const fit = (text: string): string => {
    // A terminal that reports no size (0 columns, as a pseudo-terminal may) is taken as 80 wide.
    const width = (stream.columns || 80) - 1
    return text.length > width ? `${text.slice(0, Math.max(width - 1, 0))}…` : text
  }
  return {
    update(progress) {
      if (options.quiet) return
      const at = now()
      if (at - last < (live ? REDRAW_MS : intervalMs)) return
      last = at
      if (live) {
        line = fit(progressLine(progress))
        stream.write(`${CLEAR}${line}`)
      } else {
        stream.write(`${progressLine(progress)}\n`)
      }
    },
    log(raw) {
      const text = forDisplay(raw)
      if (line === undefined) {
        stream.write(`${text}\n`)
        return
      }
      stream.write(`${CLEAR}${text}\n${line}`)
    },
    done() {
      if (line !== undefined) stream.write(CLEAR)
      line = undefined
    }
  }
}
