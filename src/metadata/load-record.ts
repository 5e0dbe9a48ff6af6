import { MetadataError } from './errors'
import type { Location } from './location'
import { parseRecord, RecordFormatError, type NamespaceRecord } from './record'
import { joinPath } from '../oci/reference'
import type { Snapshot } from './snapshot'

/**
 * Reads and parses the record at `path` (relative to the metadata folder) in a snapshot; undefined
 * when there is none. A file that is not a record is a MetadataError naming it: it is never
 * overwritten silently.
 */
export async function loadRecord(
  location: Location,
  snapshot: Snapshot,
  read: (sha: string) => Promise<string>,
  path: string
): Promise<NamespaceRecord | undefined> {
  const sha = snapshot.blobs.get(path)
  if (!sha) return undefined
  try {
    return parseRecord(await read(sha))
  } catch (error) {
    if (!(error instanceof RecordFormatError)) throw error
    throw new MetadataError(
      `metadata-repo ${location.db.label}: ${joinPath(location.folder, path)} on branch ${location.branch}: ${error.message}; fix or remove the file`
    )
  }
}
