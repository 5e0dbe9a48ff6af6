import type { TagChange } from './changes'
import { compareText } from './record'

const HEADER = '# Changelog\n\nNewest run first: the tags each run added and updated.\n\n'

/** "12 tags added, 3 updated", "1 tag added", "2 tags updated"; empty when nothing was copied. */
export function changeSummary(added: number, updated: number): string {
  const tags = (count: number): string => `${count} ${count === 1 ? 'tag' : 'tags'}`
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

/** Puts a run's section on top of the changelog found on the branch (kept whole below it, a blank line between). */
export function prependSection(existing: string | undefined, section: string): string {
  const rest = existing === undefined ? '' : existing.startsWith(HEADER) ? existing.slice(HEADER.length) : existing
  return `${HEADER}${section}${rest ? `\n${rest}` : ''}`
}
