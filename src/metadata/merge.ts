import type { RunChanges, TagChange } from './changes'
import { emptyRecord, type NamespaceRecord, type TagRecord } from './record'

/** A record with a run's changes applied, and which of the run's copies were additions or updates. */
export interface MergeResult {
  record: NamespaceRecord
  /** Copied tags the record did not hold. */
  added: TagChange[]
  /** Copied tags the record already held (a new digest, or mirrored again). */
  updated: TagChange[]
}

/**
 * Applies a run's changes to the record found on the branch, tag by tag, so a run (or a shard)
 * only ever touches the tags it knows: re-applied to a newer head after a race, it merges with
 * what landed meanwhile instead of overwriting it. Per tag the more recently mirrored version
 * wins and the earliest first-mirrored time is kept. A tag copied to a different target
 * repository than the record's moves that repository: its old tags no longer describe the target.
 * The input record is not modified.
 */
export function mergeChanges(existing: NamespaceRecord | undefined, changes: RunChanges): MergeResult {
  const record = emptyRecord(changes.source, changes.target)
  for (const [name, repository] of existing?.repositories ?? []) record.repositories.set(name, { ...repository, tags: new Map(repository.tags) })
  const added: TagChange[] = []
  const updated: TagChange[] = []
  for (const change of changes.tags) {
    let repository = record.repositories.get(change.repository)
    if (repository && repository.target !== change.target) {
      if (!change.copied) continue
      repository = undefined
    }
    if (!repository) {
      repository = { repository: change.repository, target: change.target, tags: new Map() }
      record.repositories.set(change.repository, repository)
    }
    const current = repository.tags.get(change.tag)
    if (change.copied) (current ? updated : added).push(change)
    repository.tags.set(change.tag, current ? mergeTag(current, change.record) : change.record)
  }
  return { record, added, updated }
}

function mergeTag(current: TagRecord, incoming: TagRecord): TagRecord {
  const newer = incoming.lastMirrored > current.lastMirrored ? incoming : current
  const firstMirrored = incoming.firstMirrored < current.firstMirrored ? incoming.firstMirrored : current.firstMirrored
  return { ...newer, firstMirrored }
}
