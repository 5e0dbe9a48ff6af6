import * as core from '@actions/core'
import { ACTION_WORDS } from './context'
import { progressLine } from '../sync/run/progress'
import { totalsByRepository } from '../sync/report/report'
import type { ImageResult, Progress, SyncHooks } from '../sync/types'
import { formatBytes, formatDuration } from '../util/duration'
import { forDisplay } from '../util/printable'
import { heapForCopies, youngCollections } from '../util/heap'

/** A progress line is printed this often (the issue asks for at least every 30 s). */
const PROGRESS_EVERY_MS = 20_000

/** The hooks the action gives the engine, and what to do when the run ends. */
export interface ActionReporter {
  hooks: SyncHooks
  /** Stops the progress lines and prints the repositories not printed yet. */
  finish(): void
}

function describe(image: ImageResult): string {
  switch (image.status) {
    case 'copied':
      return `copied   ${image.tag}  ${image.digest}  ${formatBytes(image.bytes)} in ${formatDuration(image.durationMs)}`
    case 'skipped':
      if (image.reason === 'dry-run') return `would copy  ${image.tag}  ${image.digest}  (${image.isNew ? 'new' : 'updated'})`
      return `skipped  ${image.tag}  ${image.digest}  (${image.reason ?? 'unchanged'})`
    case 'failed':
      return `FAILED   ${image.tag}  ${image.error}`
  }
}

/** A dry run reports the tags it would copy as skipped with reason `dry-run`. */
const wouldCopy = (image: ImageResult): boolean => image.reason === 'dry-run'

function printGroup(title: string, lines: string[]): void {
  core.startGroup(forDisplay(title))
  for (const line of lines) core.info(forDisplay(line))
  core.endGroup()
}

/**
 * Reports a run in the Actions log. Repositories are copied concurrently, so each one's lines are
 * collected and printed as one group (`core.startGroup`) when it is done; a progress line (tags
 * done/left, bytes, rate, ETA) comes every 20 s; each failed tag is an error annotation. Every line
 * goes through `forDisplay`: secrets redacted, control characters escaped.
 */
export function createReporter(signal: AbortSignal, intervalMs = PROGRESS_EVERY_MS): ActionReporter {
  const started = Date.now()
  const byRepository = new Map<string, ImageResult[]>()
  let latest: Progress | undefined
  let checked = 0

  const printRepository = (repository: string): void => {
    const images = byRepository.get(repository) ?? []
    byRepository.delete(repository)
    const [totals] = totalsByRepository(images)
    if (!totals) return
    const planned = images.filter(wouldCopy).length
    const counts = planned
      ? `would copy ${planned}, ${totals.skipped - planned} already mirrored, ${totals.failed} failed`
      : `${totals.copied} copied, ${totals.skipped} skipped, ${totals.failed} failed`
    printGroup(`${repository} → ${totals.target}: ${counts}`, images.map(describe))
  }
  const timer = setInterval(() => {
    const elapsedMs = Date.now() - started
    core.info(latest ? progressLine({ ...latest, elapsedMs }) : `Planning: ${checked} tags checked so far (${formatDuration(elapsedMs)})`)
  }, intervalMs)
  timer.unref()

  return {
    hooks: {
      signal,
      words: ACTION_WORDS,
      log(level, message) {
        const shown = forDisplay(message)
        // Each function named (not `core[level]`): the bundle then leaves out what the action never calls (see rollup.config.ts).
        if (level === 'debug') core.debug(shown)
        else if (level === 'info') core.info(shown)
        else if (level === 'warning') core.warning(shown)
        else core.error(shown)
      },
      onImage(image) {
        checked++
        const images = byRepository.get(image.repository)
        if (images) images.push(image)
        else byRepository.set(image.repository, [image])
        if (image.status !== 'failed') return
        const title = image.tag === '*' ? `Cannot list ${image.repository}` : `Failed to mirror ${image.repository}:${image.tag}`
        core.error(forDisplay(`${image.source}: ${image.error}`), { title: forDisplay(title) })
      },
      onRepositoryEnd: printRepository,
      onProgress(progress) {
        latest = progress
      },
      // V8's own old-generation growth once tags are copied, and the spent chunks of streamed blobs collected (src/util/heap.ts).
      onCopyPhase: heapForCopies,
      onStreamed: youngCollections()
    },
    finish() {
      clearInterval(timer)
      const unchanged: Array<[string, ImageResult[]]> = []
      for (const [repository, images] of byRepository) {
        if (images.every((image) => image.status === 'skipped' && !wouldCopy(image))) unchanged.push([repository, images])
        else printRepository(repository)
      }
      if (unchanged.length === 0) return
      const tags = unchanged.reduce((sum, [, images]) => sum + images.length, 0)
      printGroup(
        `${unchanged.length} repositories unchanged (${tags} tags already mirrored)`,
        unchanged.map(([repository, images]) => `${repository}: ${images.length} tags`)
      )
      byRepository.clear()
    }
  }
}
