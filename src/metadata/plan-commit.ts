import { changeSummary, prependSection, renderRunSection } from './changelog'
import type { RunChanges } from './changes'
import { blobSha } from './blob-sha'
import { MetadataError } from './errors'
import { loadRecord } from './load-record'
import type { Location } from './location'
import { mergeChanges } from './merge'
import { renderReadme } from './readme'
import { joinPath } from '../oci/reference'
import { recordPath, RECORDS_FOLDER, serializeRecord } from './record'
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
 * Computes the metadata files from what is on the branch and the run's changes: the namespace's
 * record merged tag by tag, the README from every record, the CHANGELOG with this run's section on
 * top. Only files whose bytes change are kept, so an unchanged mirror plans nothing. A pure
 * function of the snapshot (read through `read`) and the changes: after a race it is simply
 * computed again on the new head.
 */
export async function planCommit(
  location: Location,
  snapshot: Snapshot,
  read: (sha: string) => Promise<string>,
  changes: RunChanges,
  now: Date
): Promise<PlannedCommit> {
  const own = recordPath(changes.source)
  const existing = await loadRecord(location, snapshot, read, own)
  if (existing && existing.source !== changes.source) {
    throw new MetadataError(
      `metadata-repo ${location.db.label}: ${joinPath(location.folder, own)} holds the record of ${existing.source}, not ${changes.source}; move it aside`
    )
  }
  const { record, added, updated } = mergeChanges(existing, changes)
  const summary = changeSummary(added.length, updated.length)
  const message = `mirror: ${summary || `update the record of ${changes.source}`}\n\n${changes.source} -> ${changes.target}\n`
  if (!existing && record.repositories.size === 0) return { files: new Map(), message }

  const others = [...snapshot.blobs.keys()].filter((path) => path !== own && path.startsWith(`${RECORDS_FOLDER}/`))
  const records = [record, ...(await Promise.all(others.map((path) => loadRecord(location, snapshot, read, path)))).filter((r) => r !== undefined)]
  const files = new Map([
    [own, serializeRecord(record)],
    ['README.md', renderReadme(records)]
  ])
  let section: string | undefined
  if (summary) {
    section = renderRunSection(changes.source, changes.target, added, updated, now)
    const changelog = snapshot.blobs.get('CHANGELOG.md')
    files.set('CHANGELOG.md', prependSection(changelog ? await read(changelog) : undefined, section))
  }
  for (const [path, content] of files) if (snapshot.blobs.get(path) === blobSha(content)) files.delete(path)
  return { files, message, section }
}
