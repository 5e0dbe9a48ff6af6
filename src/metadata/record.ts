import { joinPath } from '../oci/reference'
import { landedFields } from '../sync/report/tag-result'
import type { Landed } from '../sync/types'

/**
 * The JSON record of one source namespace in the metadata repository: its repositories, their
 * targets, and per tag the digest mirrored and when. It is what users browse and, after a cache
 * eviction, the ledger the action starts from. Serialisation is deterministic (sorted, one tag
 * per line), so an unchanged mirror gives byte-identical files.
 */

/** What the mirror holds for one tag. */
export interface TagRecord extends Landed {
  digest: string
  /** The tag on the target when it is not the source's (an image list's digest entries, `--fold-into`). */
  targetTag?: string
  /** ISO times. */
  firstMirrored: string
  lastMirrored: string
}

/** One source repository and its target repository. */
export interface RepositoryRecord {
  /** Path relative to the source namespace. */
  repository: string
  /** Target repository, without tag, e.g. `docker.io/gcrxio/pause`. */
  target: string
  tags: Map<string, TagRecord>
}

/** The record of one source namespace. */
export interface NamespaceRecord {
  /** Source namespace, e.g. `gcr.io/google-containers`. */
  source: string
  /** Target namespace, e.g. `docker.io/gcrxio`. */
  target: string
  repositories: Map<string, RepositoryRecord>
}

export const RECORD_FORMAT = 'gcr-mirror-metadata'
/** Folder (inside the metadata folder) holding the records. */
export const RECORDS_FOLDER = 'namespaces'
export const RECORD_VERSION = 1

/** Code-point order, the one order used for every sorted list in the metadata. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Path of a namespace's record inside the metadata folder: `namespaces/<namespace>.json`, one
 * folder level per path segment, characters outside `[A-Za-z0-9._-]` (such as a port's colon)
 * replaced by `_`.
 */
export function recordPath(source: string): string {
  const segments = source
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .map((segment) => segment.replace(/[^A-Za-z0-9._-]/g, '_'))
  return `${RECORDS_FOLDER}/${segments.join('/') || '_'}.json`
}

/** An empty record for a namespace pair. */
export function emptyRecord(source: string, target: string): NamespaceRecord {
  return { source, target, repositories: new Map() }
}

/** Serialises a record: sorted repositories and tags, fixed key order, one tag per line. */
export function serializeRecord(record: NamespaceRecord): string {
  const repositories = [...record.repositories.values()]
    .sort((a, b) => compareText(a.repository, b.repository))
    .map((repository) => {
      const tags = [...repository.tags.entries()].sort(([a], [b]) => compareText(a, b)).map(([tag, entry]) => `        ${JSON.stringify(tagJson(tag, entry))}`)
      return [
        '    {',
        `      "repository": ${JSON.stringify(repository.repository)},`,
        `      "source": ${JSON.stringify(joinPath(record.source, repository.repository))},`,
        `      "target": ${JSON.stringify(repository.target)},`,
        `      "tags": ${list(tags, '      ')}`,
        '    }'
      ].join('\n')
    })
  return [
    '{',
    `  "format": ${JSON.stringify(RECORD_FORMAT)},`,
    `  "version": ${RECORD_VERSION},`,
    `  "source": ${JSON.stringify(record.source)},`,
    `  "target": ${JSON.stringify(record.target)},`,
    `  "repositories": ${list(repositories, '  ')}`,
    '}',
    ''
  ].join('\n')
}

/** A JSON array of rendered, indented items, one per line, closed at `indent`. */
function list(items: string[], indent: string): string {
  return items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n${indent}]`
}

function tagJson(tag: string, entry: TagRecord): Record<string, unknown> {
  return {
    tag,
    digest: entry.digest,
    ...(entry.targetTag ? { targetTag: entry.targetTag } : {}),
    ...landedFields(entry, entry.digest),
    firstMirrored: entry.firstMirrored,
    lastMirrored: entry.lastMirrored
  }
}

/** Why a record file could not be read; the caller names the file and repository. */
export class RecordFormatError extends Error {
  override name = 'RecordFormatError'
}

/** Parses a record file; throws a RecordFormatError for anything that is not our format. */
export function parseRecord(text: string): NamespaceRecord {
  // Untyped JSON, checked field by field below.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let data: any
  try {
    data = JSON.parse(text)
  } catch {
    throw new RecordFormatError('not valid JSON')
  }
  if (!data || data.format !== RECORD_FORMAT || !Array.isArray(data.repositories) || typeof data.source !== 'string' || typeof data.target !== 'string') {
    throw new RecordFormatError(`not a gcr-mirror metadata record (expected {"format":"${RECORD_FORMAT}",...})`)
  }
  if (typeof data.version !== 'number' || data.version > RECORD_VERSION) {
    throw new RecordFormatError(`record version ${String(data.version)} is newer than this gcr-mirror understands`)
  }
  const record = emptyRecord(data.source, data.target)
  for (const repository of data.repositories) {
    if (typeof repository?.repository !== 'string' || typeof repository.target !== 'string' || !Array.isArray(repository.tags)) {
      throw new RecordFormatError(`corrupt repository ${JSON.stringify(repository).slice(0, 120)}`)
    }
    const tags = new Map<string, TagRecord>()
    for (const tag of repository.tags) {
      if (typeof tag?.tag !== 'string' || typeof tag.digest !== 'string' || typeof tag.firstMirrored !== 'string' || typeof tag.lastMirrored !== 'string') {
        throw new RecordFormatError(`corrupt tag of ${repository.repository}: ${JSON.stringify(tag).slice(0, 120)}`)
      }
      tags.set(tag.tag, {
        digest: tag.digest,
        ...(typeof tag.targetTag === 'string' ? { targetTag: tag.targetTag } : {}),
        ...(typeof tag.targetDigest === 'string' ? { targetDigest: tag.targetDigest } : {}),
        ...(typeof tag.mediaType === 'string' ? { mediaType: tag.mediaType } : {}),
        ...(Array.isArray(tag.platforms) ? { platforms: tag.platforms.map(String) } : {}),
        firstMirrored: tag.firstMirrored,
        lastMirrored: tag.lastMirrored
      })
    }
    record.repositories.set(repository.repository, { repository: repository.repository, target: repository.target, tags })
  }
  return record
}
