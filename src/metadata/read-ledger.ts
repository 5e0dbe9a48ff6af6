import type { LedgerEntry } from '../sync/state/ledger'
import { loadRecord } from './load-record'
import { openLocation, type LocationOptions } from './location'
import { formatImageRef } from '../oci/image-ref'
import { isValidDigest } from '../oci/names'
import { landedFields } from '../sync/report/tag-result'
import { compareText, legacyRecordPath, namespaceFolder, type RepositoryRecord } from './record'
import { blobReader, readSnapshot } from './snapshot'

/** Inputs of {@link readMetadataLedger}. */
export interface ReadLedgerOptions extends LocationOptions {
  /** Source namespace as the report names it, e.g. `gcr.io/google-containers`. */
  source: string
  log?: (message: string) => void
}

/**
 * The ledger entries the metadata record holds for one source namespace (its group files, and the
 * single file an earlier version wrote, at most 65 blob reads), sorted by source reference: what the action starts from when the Actions cache has no ledger, instead of copying
 * everything again. Empty when the branch or the record does not exist.
 */
export async function readMetadataLedger(options: ReadLedgerOptions): Promise<LedgerEntry[]> {
  const location = await openLocation(options, options.log ?? (() => undefined))
  const snapshot = await readSnapshot(location)
  const read = blobReader(location.db)
  // The groups (this version's layout) and the single file of an earlier version; a group's entry wins.
  const folder = `${namespaceFolder(options.source)}/`
  const paths = [legacyRecordPath(options.source), ...[...snapshot.blobs.keys()].filter((path) => path.startsWith(folder)).sort()]
  const records = await Promise.all(paths.map((path) => loadRecord(location, snapshot, read, path)))
  const repositories = new Map<string, RepositoryRecord>()
  for (const record of records) if (record?.source === options.source) for (const [name, repository] of record.repositories) repositories.set(name, repository)
  const entries: LedgerEntry[] = []
  for (const repository of repositories.values()) {
    for (const [tag, entry] of repository.tags) {
      entries.push({
        // The text the ledger keys a tag by: an image list's digest entries after `@`.
        source: formatImageRef({ registry: options.source, repository: repository.repository, ...(isValidDigest(tag) ? { digest: tag } : { tag }) }),
        digest: entry.digest,
        target: `${repository.target}:${entry.targetTag ?? tag}`,
        ...landedFields(entry, entry.digest),
        firstMirrored: entry.firstMirrored,
        lastMirrored: entry.lastMirrored
      })
    }
  }
  return entries.sort((a, b) => compareText(a.source, b.source))
}
