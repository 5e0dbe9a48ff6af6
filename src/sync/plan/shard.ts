import { createHash } from 'node:crypto'

/** A deterministic share of the repositories: shard `index` of `count` (1-based). */
export interface Shard {
  index: number
  count: number
}

/**
 * True when `repository` belongs to the shard. The share is a hash of the name, so it is stable when
 * repositories are added or removed, and N shards together cover every repository exactly once.
 */
export function inShard(repository: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count <= 1) return true
  const bucket = createHash('sha256').update(repository).digest().readUInt32BE(0) % shard.count
  return bucket === shard.index - 1
}
