import { addSection, changeSummary, renderRunSection } from './changelog'
import type { RunChanges, TagChange } from './changes'
import { blobSha } from './blob-sha'
import { MetadataError } from './errors'
import { loadRecord } from './load-record'
import type { Location } from './location'
import { mergeChanges } from './merge'
import { renderReadme, type NamespaceEntry } from './readme'
import { joinPath } from '../oci/reference'
import {
  emptyRecord,
  groupPath,
  legacyRecordPath,
  LEGACY_RECORDS_FOLDER,
  namespaceFolder,
  RECORDS_FOLDER,
  serializeRecord,
  type NamespaceRecord
} from './record'
import type { Snapshot } from './snapshot'

/** The commit a run would make on a snapshot. */
export interface PlannedCommit {
  /** New content of the files that change, by path relative to the metadata folder (null: delete it); empty: nothing to commit. */
  files: Map<string, string | null>
  /** Commit message: a summary line, then the namespace pair. */
  message: string
  /** The CHANGELOG section, when the run copied tags. */
  section?: string
}

/**
 * Computes the metadata files from what is on the branch and the run's changes (one per mirror of
 * the run): each namespace's record merged tag by tag, group file by group file (see groupPath),
 * the README from the namespace pairs, the CHANGELOG with this run's sections on top (bounded: see
 * addSection). A group file is read and written only when the run copied a tag in it, or it does
 * not exist yet, so one new tag costs one group, not the whole record; a namespace still in the
 * single file of earlier versions is read whole, written as groups, and its old file deleted.
 * Only files whose bytes change are kept, so an unchanged mirror plans nothing. A pure function of
 * the snapshot (read through `read`) and the changes: after a race it is simply computed again on
 * the new head.
 */
export async function planCommit(
  location: Location,
  snapshot: Snapshot,
  read: (sha: string) => Promise<string>,
  runs: RunChanges[],
  now: Date
): Promise<PlannedCommit> {
  const groups = new Map<string, NamespaceRecord>()
  const files = new Map<string, string | null>()
  const sections: string[] = []
  const pairs = new Map<string, string>()
  let [added, updated] = [0, 0]
  const load = async (path: string, source: string): Promise<NamespaceRecord | undefined> => {
    const record = await loadRecord(location, snapshot, read, path)
    if (record && record.source !== source) {
      throw new MetadataError(
        `metadata-repo ${location.db.label}: ${joinPath(location.folder, path)} holds the record of ${record.source}, not ${source}; move it aside`
      )
    }
    return record
  }
  for (const changes of runs) {
    const legacyPath = legacyRecordPath(changes.source)
    const legacy = await load(legacyPath, changes.source)
    if (legacy) files.set(legacyPath, null)
    const byGroup = new Map<string, TagChange[]>()
    for (const repository of legacy?.repositories.keys() ?? []) byGroup.set(groupPath(changes.source, repository), [])
    for (const change of changes.tags) {
      const path = groupPath(changes.source, change.repository)
      const list = byGroup.get(path)
      if (list) list.push(change)
      else byGroup.set(path, [change])
    }
    let recorded = false
    const runAdded: TagChange[] = []
    const runUpdated: TagChange[] = []
    for (const [path, tags] of byGroup) {
      if (!legacy && snapshot.blobs.has(path) && !groups.has(path) && !tags.some((tag) => tag.copied)) continue
      let existing = groups.get(path) ?? (await load(path, changes.source))
      if (legacy) existing = withLegacy(existing, legacy, (repository) => groupPath(changes.source, repository) === path)
      const merged = mergeChanges(existing, { ...changes, tags })
      if (!existing && merged.record.repositories.size === 0) continue
      groups.set(path, merged.record)
      recorded = true
      runAdded.push(...merged.added)
      runUpdated.push(...merged.updated)
    }
    if (recorded || hasRecord(snapshot, changes.source)) pairs.set(changes.source, changes.target)
    added += runAdded.length
    updated += runUpdated.length
    if (runAdded.length + runUpdated.length > 0) sections.push(renderRunSection(changes.source, changes.target, runAdded, runUpdated, now))
  }
  const summary = changeSummary(added, updated)
  const pairLines = runs.map((changes) => `${changes.source} -> ${changes.target}\n`).join('')
  const message = `mirror: ${summary || `update the record of ${runs.map((changes) => changes.source).join(', ')}`}\n\n${pairLines}`
  if (groups.size === 0 && files.size === 0) return { files: new Map(), message }

  for (const [path, record] of groups) files.set(path, serializeRecord(record))
  files.set('README.md', renderReadme(await namespaces(snapshot, read, pairs, location)))
  const section = sections.length > 0 ? sections.join('\n') : undefined
  if (section) {
    const text = async (path: string): Promise<string | undefined> => {
      const sha = snapshot.blobs.get(path)
      return sha ? read(sha) : undefined
    }
    for (const [path, content] of await addSection(await text('CHANGELOG.md'), section, text)) files.set(path, content)
  }
  for (const [path, content] of files) if (content !== null && snapshot.blobs.get(path) === blobSha(content)) files.delete(path)
  return { files, message, section }
}

/** A group's record with the repositories of a single-file record that belong to it added (the group's own entries win). */
function withLegacy(group: NamespaceRecord | undefined, legacy: NamespaceRecord, inGroup: (repository: string) => boolean): NamespaceRecord {
  const record = emptyRecord(legacy.source, group?.target ?? legacy.target)
  for (const [name, repository] of legacy.repositories) if (inGroup(name)) record.repositories.set(name, repository)
  for (const [name, repository] of group?.repositories ?? []) record.repositories.set(name, repository)
  return record
}

/** True when the branch holds a record of `source` in either layout. */
function hasRecord(snapshot: Snapshot, source: string): boolean {
  const folder = `${namespaceFolder(source)}/`
  return snapshot.blobs.has(legacyRecordPath(source)) || [...snapshot.blobs.keys()].some((path) => path.startsWith(folder))
}

/**
 * Every namespace pair the branch records, with where its record is and how many files it has:
 * this run's from its changes, the others from one file each (a group's or a single-file record's
 * `source` and `target`), so the README never needs the whole record.
 */
async function namespaces(snapshot: Snapshot, read: (sha: string) => Promise<string>, own: Map<string, string>, location: Location): Promise<NamespaceEntry[]> {
  /** The first file of each namespace folder. */
  const folders = new Map<string, string>()
  for (const path of snapshot.blobs.keys()) {
    const match = new RegExp(`^(${RECORDS_FOLDER}/[^/]+)/[^/]+\\.json$`).exec(path)
    if (match && !folders.has(match[1])) folders.set(match[1], path)
  }
  const entries = new Map<string, NamespaceEntry>()
  for (const [source, target] of own) entries.set(source, { source, target, path: namespaceFolder(source) })
  const ownFolders = new Set([...own.keys()].flatMap((source) => [namespaceFolder(source), legacyRecordPath(source)]))
  const others = [
    ...[...folders].filter(([folder]) => !ownFolders.has(folder)).map(([folder, file]) => ({ path: folder, file })),
    ...[...snapshot.blobs.keys()].filter((path) => path.startsWith(`${LEGACY_RECORDS_FOLDER}/`) && !ownFolders.has(path)).map((path) => ({ path, file: path }))
  ]
  for (const { path, file } of others) {
    const record = await loadRecord(location, snapshot, read, file)
    if (record && !entries.has(record.source)) entries.set(record.source, { source: record.source, target: record.target, path })
  }
  return [...entries.values()]
}
