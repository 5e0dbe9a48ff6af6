import { formatBytes, formatDuration } from '../util/duration'
import type { Progress } from './types'

/** One progress line: tags done/left, bytes, rate, ETA. Shared by the CLI and the action. */
export function progressLine(progress: Progress): string {
  const seconds = Math.max(progress.elapsedMs / 1000, 0.001)
  const rate = progress.bytes / seconds
  const left = progress.tagsTotal - progress.tagsDone
  const eta = progress.tagsDone > 0 && left > 0 ? `, ETA ${formatDuration((progress.elapsedMs / progress.tagsDone) * left)}` : ''
  return `${progress.tagsDone}/${progress.tagsTotal} tags, ${left} left, ${formatBytes(progress.bytes)} at ${formatBytes(rate)}/s${eta}`
}
