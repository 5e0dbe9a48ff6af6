import { compareText } from './record'

/** A namespace pair the metadata records, and where: its records folder (or the single file of an earlier version). */
export interface NamespaceEntry {
  source: string
  target: string
  path: string
}

/**
 * The metadata folder's README: per namespace pair, where its record is. It depends only on the
 * pairs (no tag counts, no run time), so it changes only when a namespace is added or moved, and a
 * run that records one tag never rewrites it; the record's files carry every tag.
 */
export function renderReadme(namespaces: NamespaceEntry[]): string {
  const sorted = [...namespaces].sort((a, b) => compareText(a.source, b.source))
  const lines = [
    '# Container image mirror',
    '',
    'What the mirror holds, written by gcr-mirror after every run that changed something.',
    'Each namespace has a JSON record with every tag, its digest and when it was mirrored, split into',
    'files by group of repositories (`records/NAMESPACE/00.json` to `3f.json`; a repository is always',
    'in the same group); [CHANGELOG.md](CHANGELOG.md) lists the tags each run added and updated.',
    ''
  ]
  if (sorted.length === 0) lines.push('Nothing is mirrored yet.', '')
  for (const entry of sorted) lines.push(`## ${entry.source} → ${entry.target}`, '', `Record: [${entry.path}](${entry.path})`, '')
  return lines.join('\n')
}
