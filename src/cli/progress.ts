import { formatBytes, formatDuration } from '../util/duration'
import type { Progress } from '../sync/types'

/** One progress line: tags done/left, bytes, rate, ETA. Shared by the CLI and the action. */
export function progressLine(progress: Progress): string {
  const seconds = Math.max(progress.elapsedMs / 1000, 0.001)
  const rate = progress.bytes / seconds
  const left = progress.tagsTotal - progress.tagsDone
  const eta = progress.tagsDone > 0 && left > 0 ? `, ETA ${formatDuration((progress.elapsedMs / progress.tagsDone) * left)}` : ''
  return `${progress.tagsDone}/${progress.tagsTotal} tags, ${left} left, ${formatBytes(progress.bytes)} at ${formatBytes(rate)}/s${eta}`
}

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
