import { progressLine } from '../sync/progress'
import type { Progress } from '../sync/types'

/**
 * Renders progress on a stream: a live line rewritten in place on a terminal, or a plain line at
 * most every `intervalMs` otherwise (CI logs).
 */
export function createProgressRenderer(stream: NodeJS.WriteStream, intervalMs = 10_000): { update(p: Progress): void; done(): void } {
  let last = 0
  let shown = false
  return {
    update(progress) {
      const now = Date.now()
      if (stream.isTTY) {
        if (now - last < 100) return
        stream.write(`\r\x1b[K${progressLine(progress)}`)
        shown = true
      } else {
        if (now - last < intervalMs) return
        stream.write(`${progressLine(progress)}\n`)
      }
      last = now
    },
    done() {
      if (shown) stream.write('\r\x1b[K')
    }
  }
}
