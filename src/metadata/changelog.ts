import type { TagChange } from './changes'
import { compareText } from './record'
import { count } from '../util/count'

/** Folder (inside the metadata folder) of the changelog's past months, `changelog/YYYY-MM.md`. */
export const CHANGELOG_FOLDER = 'changelog'
const HEADER = '# Changelog\n\nNewest run first: the tags each run added and updated. Earlier months: [changelog/](changelog/).\n\n'
/** The header written before months were rolled out, recognised so it is replaced, not kept as text of its own. */
const OLD_HEADER = '# Changelog\n\nNewest run first: the tags each run added and updated.\n\n'
/**
 * CHANGELOG.md may grow to this size within a month; past it, it keeps only its newest sections up
 * to KEEP_BYTES (at least one) and the rest move to their month's file. The gap between the two
 * means a month's file is rewritten once per ~12 KB of new sections, not on every run.
 */
const MAX_BYTES = 16 * 1024
const KEEP_BYTES = 4 * 1024

/** "12 tags added, 3 updated", "1 tag added", "2 tags updated"; empty when nothing was copied. */
export function changeSummary(added: number, updated: number): string {
  const tags = (n: number): string => count(n, 'tag')
  if (added && updated) return `${tags(added)} added, ${updated} updated`
  if (added) return `${tags(added)} added`
  return updated ? `${tags(updated)} updated` : ''
}

/** One run's section: its time and namespaces, then per repository the tags added and updated. */
export function renderRunSection(source: string, target: string, added: TagChange[], updated: TagChange[], now: Date): string {
  const byRepository = new Map<string, { added: string[]; updated: string[] }>()
  const note = (change: TagChange, kind: 'added' | 'updated'): void => {
    const entry = byRepository.get(change.repository) ?? { added: [], updated: [] }
    entry[kind].push(change.tag)
    byRepository.set(change.repository, entry)
  }
  for (const change of added) note(change, 'added')
  for (const change of updated) note(change, 'updated')
  const time = `${now.toISOString().slice(0, 19).replace('T', ' ')} UTC`
  const lines = [`## ${time} · ${source} → ${target}`, '', `${changeSummary(added.length, updated.length)}.`, '']
  for (const [repository, tags] of [...byRepository].sort(([a], [b]) => compareText(a, b))) {
    const parts = [
      ...(tags.added.length ? [`added ${tags.added.map((tag) => `\`${tag}\``).join(', ')}`] : []),
      ...(tags.updated.length ? [`updated ${tags.updated.map((tag) => `\`${tag}\``).join(', ')}`] : [])
    ]
    lines.push(`- \`${repository}\`: ${parts.join('; ')}`)
  }
  return `${lines.join('\n')}\n`
}

/** A section's month (`YYYY-MM` from its `## YYYY-MM-DD ...` heading); undefined for text of another origin. */
const monthOf = (section: string): string | undefined => /^## (\d{4}-\d{2})-\d{2} /.exec(section)?.[1]

/** A changelog body split into its sections (each starting `## `), and any text before the first (a file of another origin). */
function splitSections(body: string): { lead: string; sections: string[] } {
  const parts = body.split(/\n(?=## )/)
  const lead = parts[0].startsWith('## ') ? '' : parts.shift()!
  return { lead, sections: parts }
}

/** The path of a month's changelog file, relative to the metadata folder. */
export function monthPath(month: string): string {
  return `${CHANGELOG_FOLDER}/${month}.md`
}

const monthHeader = (month: string): string =>
  `# Changelog, ${month}\n\nNewest run first: the tags each run added and updated. Later runs: [CHANGELOG.md](../CHANGELOG.md).\n\n`

/**
 * Puts a run's section on top of the changelog found on the branch and keeps CHANGELOG.md bounded:
 * it holds the newest month's sections only, and when those pass MAX_BYTES, only the newest up to
 * KEEP_BYTES; the sections that leave go on top of their month's file (`changelog/YYYY-MM.md`,
 * read through `readMonth`). Text of another origin at the start of the file stays at its end.
 * Returns the files to write: `CHANGELOG.md` and every month file that changed.
 */
export async function addSection(
  existing: string | undefined,
  section: string,
  readMonth: (path: string) => Promise<string | undefined>
): Promise<Map<string, string>> {
  const body =
    existing === undefined
      ? ''
      : existing.startsWith(HEADER)
        ? existing.slice(HEADER.length)
        : existing.startsWith(OLD_HEADER)
          ? existing.slice(OLD_HEADER.length)
          : existing
  const { lead, sections } = splitSections(body)
  const all = [section, ...sections]
  const newest = monthOf(section)
  const current = all.filter((text) => monthOf(text) === undefined || monthOf(text) === newest)
  const size = (texts: string[]): number => texts.reduce((sum, text) => sum + Buffer.byteLength(text) + 1, 0)
  let kept = current
  if (size(current) > MAX_BYTES) {
    kept = [section]
    for (const text of current.slice(1)) if (monthOf(text) === undefined || size([...kept, text]) <= KEEP_BYTES) kept.push(text)
  }
  const keep = new Set(kept)
  const moved = new Map<string, string[]>()
  for (const text of all) {
    const month = monthOf(text)
    if (keep.has(text) || month === undefined) continue
    moved.set(month, [...(moved.get(month) ?? []), text])
  }
  const files = new Map([['CHANGELOG.md', `${HEADER}${kept.join('\n')}${lead ? `\n${lead}` : ''}`]])
  for (const [month, texts] of moved) {
    const path = monthPath(month)
    const before = await readMonth(path)
    const header = monthHeader(month)
    const rest = before === undefined ? '' : before.startsWith(header) ? before.slice(header.length) : before
    files.set(path, `${header}${texts.join('\n')}${rest ? `\n${rest}` : ''}`)
  }
  return files
}
