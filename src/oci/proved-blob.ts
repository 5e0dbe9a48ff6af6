import type { Readable } from 'node:stream'

/**
 * Streams this process itself proved to carry a digest's bytes, by stream: module-private, so
 * nothing a source sends (a header, a field of the stream) can set it, and a stream proved for
 * one digest counts for no other.
 */
const proved = new WeakMap<Readable, string>()

/**
 * Marks `stream` as giving only bytes already proved to be `digest`: it must end only after they
 * were (and fail otherwise), as a reader of a spool that checks the digest on the way in does.
 */
export function markProved(stream: Readable, digest: string): void {
  proved.set(stream, digest)
}

/** True when `stream` was marked (markProved) as proved to be `digest`: a reader need not hash it again. */
export function isProved(stream: Readable, digest: string): boolean {
  return proved.get(stream) === digest
}
