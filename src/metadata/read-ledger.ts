import type { LedgerEntry } from '../sync/state/ledger'
import { loadRecord } from './load-record'
import { openLocation, type LocationOptions } from './location'
import { formatTagRef } from '../oci/reference'
import { landedFields } from '../sync/report/tag-result'
import { compareText, recordPath } from './record'
import { blobReader, readSnapshot } from './snapshot'

/** Inputs of {@link readMetadataLedger}. */
export interface ReadLedgerOptions extends LocationOptions {
  /** Source namespace as the report names it, e.g. `gcr.io/google-containers`. */
  source: string
  log?: (message: string) => void
}

/**
 * The ledger entries the metadata record holds for one source namespace, sorted by source
 * reference: what the action starts from when the Actions cache has no ledger, instead of copying
 * everything again. Empty when the branch or the record does not exist.
 */
export async function readMetadataLedger(options: ReadLedgerOptions): Promise<LedgerEntry[]> {
  const location = await openLocation(options, options.log ?? (() => undefined))
  const snapshot = await readSnapshot(location)
  const record = await loadRecord(location, snapshot, blobReader(location.db), recordPath(options.source))
  if (!record || record.source !== options.source) return []
  const entries: LedgerEntry[] = []
  for (const repository of record.repositories.values()) {
    for (const [tag, entry] of repository.tags) {
      entries.push({
        source: formatTagRef({ registry: record.source, namespace: '', repository: repository.repository, tag }),
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
