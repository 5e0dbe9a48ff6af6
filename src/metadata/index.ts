/**
 * The metadata repository: what the mirror holds (a JSON record per source namespace, a README
 * table) and what each run changed (CHANGELOG), written through the GitHub API in one commit per
 * run that changed something.
 */
export { MetadataError } from './errors'
export { publishMetadata, type PublishOptions, type PublishResult } from './publish'
export { readMetadataLedger, type ReadLedgerOptions } from './read-ledger'
export type { LocationOptions } from './location'
