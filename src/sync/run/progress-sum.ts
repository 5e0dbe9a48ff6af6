import type { Progress } from '../types'

/**
 * The progress of mirrors that run at once (one source into several targets) as one: each time one
 * of them reports, `onProgress` gets the sum of every mirror's latest report. Tags, bytes and copy
 * slots add up (two targets of 32 tags are 64 tags to do), times are the longest, and the tags in
 * flight are all of them, so the ETA covers the slowest mirror's work with every mirror's slots.
 * Returns one callback per mirror, in order.
 */
export function summedProgress(mirrors: number, onProgress: (progress: Progress) => void): Array<(progress: Progress) => void> {
  const latest = new Array<Progress | undefined>(mirrors).fill(undefined)
  return latest.map((_, i) => (progress: Progress) => {
    latest[i] = progress
    onProgress(sum(latest.filter((part): part is Progress => part !== undefined)))
  })
}

function sum(parts: Progress[]): Progress {
  const add = (value: (part: Progress) => number): number => parts.reduce((total, part) => total + value(part), 0)
  const longest = (value: (part: Progress) => number): number => Math.max(...parts.map(value))
  return {
    tagsTotal: add((part) => part.tagsTotal),
    tagsDone: add((part) => part.tagsDone),
    bytes: add((part) => part.bytes),
    elapsedMs: longest((part) => part.elapsedMs),
    copy: {
      total: add((part) => part.copy.total),
      done: add((part) => part.copy.done),
      busyMs: add((part) => part.copy.busyMs),
      inFlightMs: parts.flatMap((part) => part.copy.inFlightMs),
      concurrency: add((part) => part.copy.concurrency),
      elapsedMs: longest((part) => part.copy.elapsedMs)
    }
  }
}
