import { progressLine } from '../sync/run/progress'
import type { ImageResult, Progress } from '../sync/types'
import { redact } from '../util/redact'
import { LOG_LEVELS, type CliOutput, type LogLevel } from './args'
import { createProgressRenderer, type ProgressStream } from './progress'

/** The levels the sync code logs at, as the CLI names them. */
export type EventLevel = 'debug' | 'info' | 'warning' | 'error'

const RANK: Record<LogLevel, number> = Object.fromEntries(LOG_LEVELS.map((level, i) => [level, i])) as Record<LogLevel, number>
const LEVEL_OF: Record<EventLevel, LogLevel> = { debug: 'debug', info: 'info', warning: 'warn', error: 'error' }

/** What the CLI writes to stderr: log lines at or above its level, progress, and the final error. */
export interface CliLog {
  /** A line at `level`, dropped below the chosen level; `fields` go into a JSON line as they are. */
  log(level: EventLevel, message: string, fields?: Record<string, unknown>): void
  /** A tag that failed (error level): `failed SOURCE: ERROR`, in JSON with `source`, `error` and `cause`. */
  failed(image: Pick<ImageResult, 'source' | 'error' | 'cause'>): void
  /** Progress: a live or periodic line as text, a JSON object now and then; none with --quiet or below info. */
  update(progress: Progress): void
  /** Ends the live line. */
  done(): void
}

/** One JSON object a line, secrets redacted (JSON escapes control characters itself). */
export function jsonLine(level: LogLevel, message: string, fields: Record<string, unknown> = {}, now = new Date()): string {
  return redact(JSON.stringify({ time: now.toISOString(), level, message, ...fields }))
}

/**
 * The CLI's stderr: `--log-level` drops what is below it (progress counts as info), `--log-format
 * json` writes each line as one JSON object (`time`, `level`, `message`, and fields such as the
 * failed tag's `source`, `error`, `cause`) and progress as a `progress` object every `intervalMs`.
 */
export function createCliLog(stream: ProgressStream, output: CliOutput, options: { intervalMs?: number; now?: () => number } = {}): CliLog {
  const shown = (level: LogLevel): boolean => RANK[level] <= RANK[output.logLevel]
  const quiet = output.quiet || !shown('info')
  if (output.logFormat === 'text') {
    const renderer = createProgressRenderer(stream, { quiet, intervalMs: options.intervalMs, now: options.now })
    return {
      log: (level, message) => {
        if (shown(LEVEL_OF[level])) renderer.log(`${level === 'info' ? '' : `${level}: `}${message}`)
      },
      failed: (image) => {
        if (shown('error')) renderer.log(`failed ${image.source}: ${image.error}`)
      },
      update: (progress) => renderer.update(progress),
      done: () => renderer.done()
    }
  }
  const now = options.now ?? Date.now
  const intervalMs = options.intervalMs ?? 10_000
  let last = -Infinity
  const write = (level: LogLevel, message: string, fields?: Record<string, unknown>): void => {
    stream.write(`${jsonLine(level, message, fields, new Date(now()))}\n`)
  }
  return {
    log: (level, message, fields) => {
      if (shown(LEVEL_OF[level])) write(LEVEL_OF[level], message, fields)
    },
    failed: (image) => write('error', `failed ${image.source}: ${image.error}`, { source: image.source, error: image.error, cause: image.cause }),
    update: (progress) => {
      if (quiet || now() - last < intervalMs) return
      last = now()
      write('info', progressLine(progress), { progress })
    },
    done: () => undefined
  }
}
