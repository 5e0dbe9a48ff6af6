import { newestTag } from './newest-tag'
import { compareText, recordPath, type NamespaceRecord } from './record'
import { joinPath } from '../oci/reference'
import { pullReference, repositoryPage } from './registry-links'

/**
 * The metadata folder's README: per namespace pair, a table of the mirrored repositories with
 * their tag count, newest tag, `docker pull` line and target page. It depends only on the records
 * (no run time), so an unchanged mirror gives the same bytes.
 */
export function renderReadme(records: NamespaceRecord[]): string {
  const sorted = [...records].sort((a, b) => compareText(a.source, b.source))
  const tagCount = (record: NamespaceRecord): number => [...record.repositories.values()].reduce((sum, repository) => sum + repository.tags.size, 0)
  const lines = [
    '# Container image mirror',
    '',
    'What the mirror holds, written by gcr-mirror after every run that changed something.',
    'Each namespace has a JSON record with every tag, its digest and when it was mirrored;',
    '[CHANGELOG.md](CHANGELOG.md) lists the tags each run added and updated.',
    ''
  ]
  if (sorted.length === 0) lines.push('Nothing is mirrored yet.', '')
  for (const record of sorted) {
    const path = recordPath(record.source)
    lines.push(
      `## ${record.source} → ${record.target}`,
      '',
      `${plural(record.repositories.size, 'repository', 'repositories')}, ${plural(tagCount(record), 'tag', 'tags')}; record: [${path}](${path})`,
      '',
      '| Source | Target | Tags | Newest tag | Pull |',
      '| --- | --- | ---: | --- | --- |'
    )
    const repositories = [...record.repositories.values()].sort((a, b) => compareText(a.repository, b.repository))
    for (const repository of repositories) {
      const newest = newestTag(repository.tags)
      const page = repositoryPage(repository.target)
      const pull = newest === undefined ? undefined : pullReference(repository.target, repository.tags.get(newest)?.targetTag ?? newest)
      lines.push(
        `| \`${joinPath(record.source, repository.repository)}\` | ${page ? `[${repository.target}](${page})` : `\`${repository.target}\``} | ${repository.tags.size} | ` +
          `${newest === undefined ? '' : `\`${newest}\``} | ${pull ? `\`docker pull ${pull}\`` : ''} |`
      )
    }
    lines.push('')
  }
  return lines.join('\n')
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}
