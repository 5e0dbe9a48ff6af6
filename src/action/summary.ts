import * as core from '@actions/core'
import { totalsByRepository } from '../sync/report'
import type { SyncReport } from '../sync/types'
import { formatBytes, formatDuration } from '../util/duration'

type SummaryTableRow = Parameters<typeof core.summary.addTable>[0][number]

/** Rows per table: a job summary is limited to 1 MiB; the report file has everything. */
const MAX_ROWS = 300

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const header = (...cells: string[]): SummaryTableRow => cells.map((data) => ({ data, header: true }))

/** Keeps the first MAX_ROWS rows and says how many more the report holds. */
function capped(rows: SummaryTableRow[], reportPath: string): { rows: SummaryTableRow[]; note?: string } {
  if (rows.length <= MAX_ROWS) return { rows }
  return { rows: rows.slice(0, MAX_ROWS), note: `… and ${rows.length - MAX_ROWS} more in ${escape(reportPath)}` }
}

/**
 * Writes the job summary: the totals, a table per repository (tags copied / skipped / failed,
 * bytes, time) and the failed tags with their reasons. Skipped when there is no summary file
 * (a local run without one).
 */
export async function writeJobSummary(report: SyncReport, reportPath: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const summary = core.summary.addHeading(`gcr-mirror: ${escape(report.source)} → ${escape(report.target)}`, 2)
  const elapsed = Date.parse(report.finishedAt) - Date.parse(report.startedAt)
  const left = report.remaining > 0 ? ` <b>${report.remaining} tags left for the next run.</b>` : ''
  summary.addRaw(
    `<p>${report.dryRun ? '<b>Dry run</b>: nothing copied. ' : ''}Copied ${report.copied}, skipped ${report.skipped}, failed ${report.failed}: ` +
      `${formatBytes(report.bytes)} in ${formatDuration(elapsed)}.${left}</p>`,
    true
  )

  const repositories = capped(
    totalsByRepository(report.images).map((r) => [
      escape(r.repository),
      escape(r.target),
      String(r.copied),
      String(r.skipped),
      String(r.failed),
      formatBytes(r.bytes),
      formatDuration(r.durationMs)
    ]),
    reportPath
  )
  if (repositories.rows.length > 0) {
    summary.addTable([header('Repository', 'Target', 'Copied', 'Skipped', 'Failed', 'Bytes', 'Time'), ...repositories.rows])
    if (repositories.note) summary.addRaw(`<p>${repositories.note}</p>`, true)
  }

  const failures = capped(
    report.images.filter((image) => image.status === 'failed').map((image) => [escape(image.source), escape(image.error ?? '')]),
    reportPath
  )
  if (failures.rows.length > 0) {
    summary.addHeading(`Failed tags (${report.failed})`, 3).addTable([header('Tag', 'Reason'), ...failures.rows])
    if (failures.note) summary.addRaw(`<p>${failures.note}</p>`, true)
  }
  if (report.collisions.length > 0) {
    summary.addHeading('Name collisions', 3).addList(report.collisions.map((c) => `${escape(c.target)}: ${escape(c.resolution)}`))
  }
  await summary.write()
}
