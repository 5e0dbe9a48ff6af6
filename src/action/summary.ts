import * as core from '@actions/core'
import { ACTION_WORDS } from './context'
import { explainFailure, type FailureCause, type FailureContext } from '../sync/report/failure'
import { describeLeft, describeStop, keptOnTarget, mirrorHeading, totalsByRepository, type RepositoryTotals } from '../sync/report/report'
import { missingAdvice } from '../sync/target/provisioning'
import type { MirrorReport } from '../sync/run/run-mirrors'
import type { ImageResult, SyncReport } from '../sync/types'
import { formatBytes, formatDuration } from '../util/duration'
import { forDisplay } from '../util/printable'
import { redact } from '../util/redact'
import { count } from '../util/count'

/** Rows per table: a job summary is limited to 1 MiB; the report file has everything. */
const MAX_ROWS = 300

/** HTML of a text: secrets redacted, control characters escaped (`forDisplay`), markup characters escaped. */
export const escape = (text: string): string => forDisplay(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
/** Escapes advice text and sets its `code spans` as <code>. */
const prose = (text: string): string => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>')
const tags = (n: number): string => count(n, 'tag')

const row = (cells: string[], tag: 'td' | 'th' = 'td'): string => `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`

/**
 * A table of at most MAX_ROWS rows, and a line saying how many more the report holds. The report is
 * a file on the runner, gone when the job ends (no artifact client is bundled): the line says so and
 * how to keep it, instead of naming a path nobody can open later.
 */
function table(header: string[], rows: string[][], reportPath: string): string {
  const shown = rows.slice(0, MAX_ROWS)
  const more =
    rows.length > MAX_ROWS
      ? `\n<p>… and ${rows.length - MAX_ROWS} more in the JSON report, <code>${escape(reportPath)}</code> (the <code>report</code> output), ` +
        'which is deleted with the runner when the job ends: keep it with an <code>actions/upload-artifact</code> step ' +
        '(<code>path: ${{ steps.ID.outputs.report }}</code>, <code>if: always()</code>).</p>'
      : ''
  return `<table>${row(header, 'th')}${shown.map((cells) => row(cells)).join('')}</table>${more}`
}

/** Tag names shown per repository before "+N more". */
const TAG_NAMES = 5

/** What a repository's copies were: the tags by name (the first few), and the platforms they hold. */
function copiedDetail(images: ImageResult[]): { tags: string; platforms: string } {
  const copied = images.filter((image) => image.status === 'copied')
  const names = copied.slice(0, TAG_NAMES).map((image) => `<code>${escape(image.tag)}</code>`)
  const rest = copied.length > TAG_NAMES ? ` +${copied.length - TAG_NAMES} more` : ''
  const platforms = new Set(copied.flatMap((image) => image.platforms ?? []))
  const single = copied.some((image) => !image.platforms?.length)
  const listed = [...platforms].sort().map(escape)
  return {
    tags: copied.length === 0 ? '0' : `${copied.length}: ${names.join(', ')}${rest}`,
    platforms: [...listed, ...(single ? ['single-platform'] : [])].join(', ')
  }
}

/** The registry host of a report's `source`/`target` (`gcr.io/x` → `gcr.io`), none for an OCI layout. */
const registryOf = (endpoint: string): string | undefined => (endpoint.startsWith('oci:') ? undefined : endpoint.split('/')[0])

/** A reference relative to a namespace: `ghcr.io/octo/team/app:v1` under `ghcr.io/octo` is `team/app:v1`. */
const relativeTo = (namespace: string, reference: string): string => (reference.startsWith(`${namespace}/`) ? reference.slice(namespace.length + 1) : reference)

/** Tags that a dry run would copy (they are reported as skipped with reason `dry-run`). */
const wouldCopy = (image: ImageResult): boolean => image.reason === 'dry-run'

/**
 * The one status line the summary starts with: an icon and what happened, in the order a reader
 * needs it (failures, then a stop that left tags, then success).
 */
export function statusLine(report: SyncReport): string {
  const total = report.copied + report.skipped + report.failed
  const planned = report.images.filter(wouldCopy).length
  const leftWork = describeLeft(report)
  const left = leftWork ? `; ${describeStop(report.stop)}: ${leftWork} left for the next run` : ''
  if (report.failed > 0) {
    const others = report.dryRun
      ? `would copy ${planned}`
      : `the other ${total - report.failed} ${report.copied + report.skipped === 1 ? 'is' : 'are'} mirrored`
    return `❌ <b>${report.failed} of ${tags(total)} failed</b>; ${others}${left}.`
  }
  if (leftWork) {
    const icon = report.stop?.reason === 'rate-limit' ? '🚦' : report.stop?.reason === 'signal' ? '⏹️' : '⏱️'
    const done = report.dryRun ? `would copy ${planned}` : `${tags(total)} mirrored`
    return `${icon} <b>Stopped: ${describeStop(report.stop)}</b>; ${done}, ${leftWork} left for the next run, which carries on.`
  }
  if (total === 0) return '⚠️ <b>No tag selected</b>: check the source namespace, <code>images</code> and the tag filters.'
  if (report.dryRun) return `🔎 <b>Dry run: would copy ${tags(planned)}</b>, ${total - planned} already mirrored; nothing was copied.`
  return `✅ <b>All ${tags(total)} mirrored</b>: ${report.copied} copied, ${report.skipped} already there.`
}

/** The totals under the status line. */
function totalsLine(report: SyncReport): string {
  const elapsed = formatDuration(Date.parse(report.finishedAt) - Date.parse(report.startedAt))
  if (report.dryRun) {
    const planned = report.images.filter(wouldCopy)
    const updated = planned.filter((image) => (image.planned ? image.planned !== 'copy' : !image.isNew)).length
    const prunes = (report.pruned ?? []).filter((p) => p.planned === 'prune').length
    return (
      `Dry run: would copy ${planned.length} (${planned.length - updated} new, ${updated} updated), ` +
      `${report.pruned ? `would prune ${prunes}, ` : ''}already mirrored ${report.skipped - planned.length}, ` +
      `failed ${report.failed}; planned in ${elapsed}, nothing copied, no ledger written.`
    )
  }
  const pruned = report.pruned
    ? `, pruned ${report.pruned.filter((p) => p.status === 'pruned').length}` +
      `${report.pruned.some((p) => p.status === 'failed') ? ` (${report.pruned.filter((p) => p.status === 'failed').length} could not be deleted)` : ''}` +
      `${report.pruned.some(keptOnTarget) ? `, kept ${report.pruned.filter(keptOnTarget).length} that other tags need` : ''}`
    : ''
  const verified = report.verified || report.repaired ? `, verified ${report.verified ?? 0}, repaired ${report.repaired ?? 0}` : ''
  return `Copied ${report.copied} (${formatBytes(report.bytes)}), skipped ${report.skipped} (already mirrored), failed ${report.failed}${pruned}${verified}, in ${elapsed}.`
}

/** The target tags `--prune` could not delete (a warning, not a failure of the run), and those it kept because other tags need them. */
function pruneSection(report: SyncReport, reportPath: string): string {
  const failed = (report.pruned ?? []).filter((p) => p.status === 'failed')
  const kept = (report.pruned ?? []).filter(keptOnTarget)
  const section = (title: string, text: string, header: string[], rows: string[][]): string[] =>
    rows.length === 0 ? [] : [`<h3>${title} (${rows.length})</h3>`, `<p>${text}</p>`, table(header, rows, reportPath)]
  return [
    ...section(
      'Not pruned',
      'The target refused to delete these tags, which are gone from the source; they stay, and the next run tries again.',
      ['Target tag', 'Error'],
      failed.map((p) => [escape(relativeTo(report.target, p.target)), escape(p.error ?? '')])
    ),
    ...section(
      'Kept',
      'Gone from the source, but other tags on the target still need them (a registry deletes by digest); the next run looks again.',
      ['Target tag', 'Why'],
      kept.map((p) => [escape(relativeTo(report.target, p.target)), escape(p.why ?? '')])
    )
  ].join('\n')
}

const causeKey = (cause: FailureCause): string => [cause.side ?? '', cause.kind, cause.status ?? '', cause.code ?? ''].join('|')

/** The failed tags grouped by cause, biggest group first: what was wrong, what to do, which tags. */
function failuresSection(report: SyncReport, context: FailureContext, reportPath: string, heading = 'Failed tags'): string {
  const failed = report.images.filter((image) => image.status === 'failed')
  if (failed.length === 0) return ''
  const groups = new Map<string, { cause: FailureCause; images: ImageResult[] }>()
  for (const image of failed) {
    const cause = image.cause ?? { kind: 'other' }
    const group = groups.get(causeKey(cause)) ?? { cause, images: [] }
    group.images.push(image)
    groups.set(causeKey(cause), group)
  }
  const parts = [`<h3>${heading} (${report.failed})</h3>`]
  for (const { cause, images } of [...groups.values()].sort((a, b) => b.images.length - a.images.length)) {
    const advice = explainFailure(cause, context, ACTION_WORDS)
    parts.push(`<p><b>${prose(advice.what)}</b> ${tags(images.length)}.<br>What to do: ${prose(advice.todo)}</p>`)
    parts.push(
      table(
        ['Tag', 'Error'],
        images.map((image) => [escape(image.source), escape(image.error ?? '')]),
        reportPath
      )
    )
  }
  return parts.join('\n')
}

/**
 * The per-repository table (repositories with something to report: what each copied, by tag name,
 * the platforms and bytes, so a first mirror's rows say what arrived) and one folded line for the rest.
 */
function repositoriesSection(report: SyncReport, reportPath: string): string {
  const totals = totalsByRepository(report.images)
  const plannedBy = new Map<string, number>()
  for (const image of report.images.filter(wouldCopy)) plannedBy.set(image.repository, (plannedBy.get(image.repository) ?? 0) + 1)
  const quiet = (r: RepositoryTotals): boolean => r.copied === 0 && r.failed === 0 && !plannedBy.has(r.repository)
  const busy = totals.filter((r) => !quiet(r))
  const unchanged = totals.filter(quiet)
  const target = (r: RepositoryTotals): string => escape(relativeTo(report.target, r.target))
  const imagesOf = new Map<string, ImageResult[]>()
  for (const image of report.images) {
    const list = imagesOf.get(image.repository)
    if (list) list.push(image)
    else imagesOf.set(image.repository, [image])
  }
  const byRepository = new Map(busy.map((r) => [r.repository, copiedDetail(imagesOf.get(r.repository) ?? [])]))
  const parts: string[] = []
  if (busy.length > 0) {
    parts.push(`<h3>Repositories</h3>`)
    parts.push(
      report.dryRun
        ? table(
            ['Repository', 'Target', 'Would copy', 'Already mirrored', 'Failed'],
            busy.map((r) => {
              const planned = plannedBy.get(r.repository) ?? 0
              return [escape(r.repository), target(r), String(planned), String(r.skipped - planned), String(r.failed)]
            }),
            reportPath
          )
        : table(
            ['Repository', 'Target', 'Copied', 'Platforms', 'Skipped', 'Failed', 'Bytes', 'Time'],
            busy.map((r) => [
              escape(r.repository),
              target(r),
              byRepository.get(r.repository)!.tags,
              byRepository.get(r.repository)!.platforms,
              String(r.skipped),
              String(r.failed),
              formatBytes(r.bytes),
              formatDuration(r.durationMs)
            ]),
            reportPath
          )
    )
  }
  if (unchanged.length > 0) {
    const skipped = unchanged.reduce((sum, r) => sum + r.skipped, 0)
    const names = unchanged.slice(0, MAX_ROWS).map((r) => `${escape(r.repository)} (${r.skipped})`)
    const more = unchanged.length > MAX_ROWS ? `, … and ${unchanged.length - MAX_ROWS} more` : ''
    parts.push(
      `<details><summary>${count(unchanged.length, 'repository', 'repositories')} unchanged (${tags(skipped)} already mirrored)</summary>${names.join(', ')}${more}</details>`
    )
  }
  return parts.join('\n')
}

/** In a dry run, the tags it would copy or update and why, folded. */
function plannedSection(report: SyncReport, reportPath: string): string {
  const planned = report.images.filter(wouldCopy)
  if (planned.length === 0) return ''
  const rows = planned.map((image) => [
    escape(`${image.repository}:${image.tag}`),
    image.planned ?? (image.isNew ? 'copy' : 'update'),
    escape(image.why ?? (image.isNew ? 'new tag' : 'changed'))
  ])
  return `<details><summary>The ${tags(planned.length)} it would copy or update</summary>${table(['Tag', 'Would', 'Why'], rows, reportPath)}</details>`
}

/** The target repositories found missing, each with the command or page that creates it. */
function missingSection(report: SyncReport): string {
  const missing = missingAdvice(report)
  if (missing.length === 0) return ''
  const items = missing.map((m) => `<li><code>${escape(m.name)}</code>: ${escape(m.how)}</li>`).join('')
  return `<h3>Missing on the target (${missing.length})</h3>\n<p>Their tags failed. Create them, or run with <code>create-repositories: true</code> (ECR, Harbor), then run again.</p>\n<ul>${items}</ul>`
}

/** What a mirror's failures are explained against: its registries, and whether names were flattened. */
const failureContext = (report: SyncReport): FailureContext => ({
  sourceRegistry: registryOf(report.source),
  targetRegistry: registryOf(report.target),
  flattened: report.images.some((image) => relativeTo(report.target, image.target).split(':')[0] !== image.repository)
})

/** One mirror's summary: its name, status line, totals, failures by cause (unless shown before), repositories, prunes, collisions. */
function mirrorSummary(report: SyncReport, reportPath: string, title: string, failures = true): string {
  const parts = [
    `<h2>${title}</h2>`,
    `<p>${statusLine(report)}</p>`,
    `<p>${totalsLine(report)}</p>`,
    failures ? failuresSection(report, failureContext(report), reportPath) : '',
    missingSection(report),
    repositoriesSection(report, reportPath),
    report.dryRun ? plannedSection(report, reportPath) : '',
    pruneSection(report, reportPath)
  ]
  if (report.collisions.length > 0) {
    parts.push('<h3>Name collisions</h3>')
    parts.push(`<ul>${report.collisions.map((c) => `<li>${escape(c.target)}: ${escape(c.resolution)}</li>`).join('')}</ul>`)
  }
  return parts.filter(Boolean).join('\n')
}

/** Our own headings one level down (a mirror's summary inside the summary of a config run). */
const demote = (html: string): string => html.replace(/<(\/?)h([1-5])>/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}>`)

/**
 * The job summary of a run, as HTML (what `core.summary` writes): the mirror's name, one status line
 * with an icon, the totals, the failed tags grouped by cause with what to do, the repositories that
 * copied or failed (targets relative to the target namespace), the unchanged ones folded into one
 * line, what a dry run would copy, prunes and name collisions. A config run (`mirrors`) gets the
 * status line and totals of the whole run first, then the failures of every mirror (a mirror that
 * failed as a whole, then the failed tags by cause), then each mirror's summary.
 */
export function renderJobSummary(report: SyncReport & { mirrors?: MirrorReport[] }, reportPath: string): string {
  const mirrors = report.mirrors ?? []
  if (mirrors.length === 0) return `${mirrorSummary(report, reportPath, `gcr-mirror: ${escape(report.source)} → ${escape(report.target)}`)}\n`
  const stop = report.stop ?? mirrors.find((m) => m.stop)?.stop
  const parts = [
    `<h2>gcr-mirror: ${count(mirrors.length, 'mirror')}</h2>`,
    `<p>${statusLine({ ...report, ...(stop ? { stop } : {}) })}</p>`,
    `<p>${totalsLine(report)}</p>`
  ]
  const title = (mirror: MirrorReport): string => escape(mirrorHeading(mirror.name, mirror.source, mirror.target, '→'))
  for (const mirror of mirrors.filter((m) => m.error))
    parts.push(`<h3>${title(mirror)}</h3>\n<p>❌ <b>The mirror failed as a whole</b>: ${escape(mirror.error!)}</p>`)
  for (const mirror of mirrors.filter((m) => !m.error && m.failed > 0)) {
    parts.push(failuresSection(mirror, failureContext(mirror), reportPath, `Failed in ${title(mirror)}`))
  }
  for (const mirror of mirrors.filter((m) => !m.error)) parts.push(demote(mirrorSummary(mirror, reportPath, title(mirror), false)))
  return `${parts.join('\n')}\n`
}

/** Writes the job summary (renderJobSummary); nothing without a summary file (a local run without one). */
export async function writeJobSummary(report: SyncReport, reportPath: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(redact(renderJobSummary(report, reportPath))).write()
}
