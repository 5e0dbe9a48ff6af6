import type { Refusal } from './screen-request'
import { escape } from './summary'
import { printable } from '../util/printable'

/** What became of one requested image. */
export type RowStatus = 'mirrored' | 'ledger' | 'on-target' | 'would-mirror' | 'failed' | 'left'

/** One requested image in the reply. */
export interface ReplyRow {
  /** The reference mirrored from, fully qualified (`docker.io/library/nginx:1.25`). */
  source: string
  status: RowStatus
  /** Where it is now, e.g. `ghcr.io/octo/library/nginx:1.25`. */
  target?: string
  /** The digest the target serves. */
  digest?: string
  /** `os/arch[/variant]` of each platform of a multi-platform image. */
  platforms?: string[]
  /** Why it failed or was left. */
  why?: string
}

/** Everything a reply says. */
export interface Reply {
  rows: ReplyRow[]
  refused: Refusal[]
  /** Keys of a hub-mirror JSON request that set options (`platform`), which a request cannot. */
  ignoredKeys: string[]
  /** The request was refused whole (too large, broken JSON): nothing of it was read. */
  refusal?: string
  /** The mirror could not run (its inputs, a registry refusing the credentials): every row failed for this. */
  error?: string
}

/** Refused entries listed by name; the rest are counted (a reply stays far below GitHub's 65,536 characters). */
export const MAX_REFUSED_SHOWN = 20

/** Marks our comments, for anyone (or any later run) looking for them. */
export const REPLY_MARKER = '<!-- gcr-mirror: mirror request -->'

/**
 * Text in a reply that came from a request, a registry or a run: secrets redacted, control
 * characters (line breaks too: a blank line would end the HTML table) escaped, HTML escaped, and set in `<code>`, where GitHub turns no `@mention`, `#123`,
 * URL or emoji shortcode into anything (and markdown inside an HTML table is not read).
 */
const code = (text: string): string => `<code>${escape(printable(text))}</code>`

const STATUS: Record<RowStatus, string> = {
  mirrored: '✅ mirrored',
  ledger: '✅ already mirrored (answered from the ledger, nothing copied)',
  'on-target': '✅ already on the target (recorded, nothing copied)',
  'would-mirror': '🔎 would be mirrored (dry run)',
  failed: '❌ failed',
  left: '⏸️ not mirrored in this run'
}

const isDone = (row: ReplyRow): boolean => row.status === 'mirrored' || row.status === 'ledger' || row.status === 'on-target'

/** True when everything asked for is on the target: at least one image, none failed, left or refused, nothing ignored. */
export function replySucceeded(reply: Reply): boolean {
  return reply.rows.length > 0 && reply.rows.every(isDone) && reply.refused.length === 0 && !reply.refusal && !reply.error
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/** The first line: what happened, in counts. */
function headline(reply: Reply): string {
  if (reply.refusal) return '🚫 **The request was not read**'
  const counts = [
    [reply.rows.filter((row) => row.status === 'mirrored').length, 'mirrored'],
    [reply.rows.filter((row) => row.status === 'ledger' || row.status === 'on-target').length, 'already mirrored'],
    [reply.rows.filter((row) => row.status === 'would-mirror').length, 'would be mirrored'],
    [reply.rows.filter((row) => row.status === 'failed').length, 'failed'],
    [reply.rows.filter((row) => row.status === 'left').length, 'left for a later run'],
    [reply.refused.length, 'refused']
  ] as const
  const said = counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`)
  if (said.length === 0) return '⚠️ **No image reference found in the request**'
  return `${replySucceeded(reply) ? '✅' : '⚠️'} **${plural(reply.rows.length + reply.refused.length, 'image')}: ${said.join(', ')}**`
}

function rowCells(row: ReplyRow): string[] {
  const result = row.why ? `${STATUS[row.status]}: ${code(row.why)}` : STATUS[row.status]
  return [code(row.source), row.target ? code(row.target) : '', row.digest ? code(row.digest) : '', (row.platforms ?? []).map(code).join('<br>'), result]
}

/** What a `docker pull` line may hold: the characters of registry hosts, repository paths, tags and digests. */
const PULLABLE = /^[A-Za-z0-9._:@/[\]-]+$/

const tableRow = (cells: string[], tag: 'td' | 'th' = 'td'): string => `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`

/**
 * The reply to a request, in GitHub markdown: a headline, a table (source, target, digest,
 * platforms, result) with a row per requested image and per refused entry (the first
 * {@link MAX_REFUSED_SHOWN}, then a count), then a `docker pull` line per image on the target.
 * Whatever came from the request is escaped and set in `<code>` (see {@link code}).
 */
export function renderReply(reply: Reply): string {
  const parts = [REPLY_MARKER, headline(reply)]
  if (reply.refusal) parts.push(`Nothing was mirrored: ${escape(reply.refusal)}.`)
  if (reply.error) parts.push(`The mirror could not run: ${code(reply.error)}`)
  const refused = reply.refused.slice(0, MAX_REFUSED_SHOWN)
  if (reply.rows.length > 0 || refused.length > 0) {
    const rows = [
      tableRow(['source', 'target', 'digest', 'platforms', 'result'], 'th'),
      ...reply.rows.map((row) => tableRow(rowCells(row))),
      ...refused.map((entry) => tableRow([code(entry.text), '', '', '', `🚫 refused: ${code(entry.why)}`]))
    ]
    parts.push(`<table>\n${rows.join('\n')}\n</table>`)
  }
  if (reply.refused.length > refused.length) parts.push(`… and ${reply.refused.length - refused.length} more entries refused.`)
  if (reply.ignoredKeys.length > 0) {
    parts.push(
      `Ignored: ${reply.ignoredKeys.map(code).join(', ')}. A request names images only; the mirror's settings decide everything else (every platform is mirrored).`
    )
  }
  // Targets are made of checked names; the pattern keeps anything else out of the code block all the same.
  const pulls = reply.rows.filter((row) => isDone(row) && row.target && PULLABLE.test(row.target)).map((row) => `docker pull ${row.target}`)
  if (pulls.length > 0) parts.push(`Pull ${pulls.length === 1 ? 'it' : 'them'} with:\n\n\`\`\`sh\n${pulls.join('\n')}\n\`\`\``)
  if (reply.refusal || reply.refused.length > 0 || reply.rows.length === 0) {
    // In code spans: `@sha256` in plain text would mention a user.
    parts.push(
      'Name one image a line: `registry.k8s.io/pause:3.9`, `nginx:1.25` (Docker Hub), `ghcr.io/owner/app@sha256:<digest>`; without a tag, `:latest` is meant.'
    )
  }
  return `${parts.join('\n\n')}\n`
}
