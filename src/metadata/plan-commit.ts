import { changeSummary, prependSection, renderRunSection } from './changelog'
import type { RunChanges } from './changes'
import { blobSha } from './blob-sha'
import { MetadataError } from './errors'
import { loadRecord } from './load-record'
import type { Location } from './location'
import { mergeChanges } from './merge'
import { renderReadme } from './readme'
import { joinPath } from '../oci/reference'
import { recordPath, RECORDS_FOLDER, serializeRecord, type NamespaceRecord } from './record'
import type { Snapshot } from './snapshot'

/** The commit a run would make on a snapshot. */
export interface PlannedCommit {
  /** New content of the files that change, by path relative to the metadata folder; empty: nothing to commit. */
  files: Map<string, string>
  /** Commit message: a summary line, then the namespace pair. */
  message: string
  /** The CHANGELOG section, when the run copied tags. */
  section?: string
}

/**
 * Computes the metadata files from what is on the branch and the run's changes (one per mirror of
 * the run): each namespace's record merged tag by tag, the README from every record, the
 * CHANGELOG with this run's sections on top. Only files whose bytes change are kept, so an
 * unchanged mirror plans nothing. A pure function of the snapshot (read through `read`) and the
 * changes: after a race it is simply computed again on the new head.
 */
export async function planCommit(
  location: Location,
  snapshot: Snapshot,
  read: (sha: string) => Promise<string>,
  runs: RunChanges[],
  now: Date
): Promise<PlannedCommit> {
  const records = new Map<string, NamespaceRecord>()
  const sections: string[] = []
  let [added, updated] = [0, 0]
  for (const changes of runs) {
    const own = recordPath(changes.source)
    const existing = records.get(own) ?? (await loadRecord(location, snapshot, read, own))
    if (existing && existing.source !== changes.source) {
      throw new MetadataError(
        `metadata-repo ${location.db.label}: ${joinPath(location.folder, own)} holds the record of ${existing.source}, not ${changes.source}; move it aside`
      )
    }
    const merged = mergeChanges(existing, changes)
    if (!existing && merged.record.repositories.size === 0) continue
    records.set(own, merged.record)
    added += merged.added.length
    updated += merged.updated.length
    if (merged.added.length + merged.updated.length > 0) sections.push(renderRunSection(changes.source, changes.target, merged.added, merged.updated, now))
  }
  const summary = changeSummary(added, updated)
  const pairs = runs.map((changes) => `${changes.source} -> ${changes.target}\n`).join('')
  const message = `mirror: ${summary || `update the record of ${runs.map((changes) => changes.source).join(', ')}`}\n\n${pairs}`
  if (records.size === 0) return { files: new Map(), message }

  const others = [...snapshot.blobs.keys()].filter((path) => !records.has(path) && path.startsWith(`${RECORDS_FOLDER}/`))
  const all = [...records.values(), ...(await Promise.all(others.map((path) => loadRecord(location, snapshot, read, path)))).filter((r) => r !== undefined)]
  const files = new Map([...[...records].map(([path, record]): [string, string] => [path, serializeRecord(record)]), ['README.md', renderReadme(all)]])
  const section = sections.length > 0 ? sections.join('\n') : undefined
  if (section) {
    const changelog = snapshot.blobs.get('CHANGELOG.md')
    files.set('CHANGELOG.md', prependSection(changelog ? await read(changelog) : undefined, section))
  }
  for (const [path, content] of files) if (snapshot.blobs.get(path) === blobSha(content)) files.delete(path)
  return { files, message, section }
}
