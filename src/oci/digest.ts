import { createHash } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { DigestMismatchError, ProtocolError } from './errors'
import { isValidDigest } from './names'

/** The hash a digest names: `sha512` for `sha512:...`, else `sha256`. */
function algorithmOf(digest: string): 'sha256' | 'sha512' {
  return digest.startsWith('sha512:') ? 'sha512' : 'sha256'
}

/** The digest of `bytes` with the algorithm `like` names (sha256 or sha512). */
export function digestOf(bytes: Uint8Array, like: string): string {
  const algorithm = algorithmOf(like)
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`
}

/** The `sha256:` digest of some bytes. */
export function sha256Digest(bytes: Uint8Array): string {
  return digestOf(bytes, 'sha256:')
}

/** Throws unless `digest` is a valid digest, before it is used in a URL or a path. */
export function assertDigest(digest: string, what = 'digest'): string {
  if (!isValidDigest(digest)) throw new ProtocolError(`${what} "${digest.slice(0, 80)}" is not a valid digest (sha256: and 64 hex digits)`)
  return digest
}

/**
 * A pass-through stream that hashes what flows and holds back its last chunk until the input has
 * ended and its digest and length are proved: the final bytes leave only then. An upload fed from
 * it with a known length (or chunked) therefore never completes with wrong bytes, whether or not the
 * store checks digests itself: on a mismatch the stream fails instead, the request is destroyed
 * short of its last bytes, and nothing is committed. Content longer than `size` fails at once.
 */
export class VerifyingStream extends Transform {
  /** Bytes seen so far. */
  bytes = 0
  private readonly hash
  private readonly algorithm: string
  /** The latest chunk, passed on only when the next arrives or once the whole content is proved. */
  private held: Buffer | undefined

  /**
   * `onChunk` sees the size of every chunk as it passes (a shell paces its garbage collector by it).
   * `proved`: the bytes were proved to be `digest` already (see isProved), so they are not hashed
   * again; their length is still checked.
   */
  constructor(
    private readonly digest: string,
    private readonly size?: number,
    private readonly onChunk?: (bytes: number) => void,
    private readonly proved = false
  ) {
    super()
    assertDigest(digest)
    this.algorithm = algorithmOf(digest)
    this.hash = createHash(this.algorithm)
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length
    if (this.size !== undefined && this.size >= 0 && this.bytes > this.size) {
      callback(new DigestMismatchError(`blob ${this.digest}: more than the ${this.size} bytes its descriptor says`))
      return
    }
    if (!this.proved) this.hash.update(chunk)
    this.onChunk?.(chunk.length)
    const previous = this.held
    this.held = chunk
    callback(null, previous)
  }

  override _flush(callback: TransformCallback): void {
    const actual = this.proved ? this.digest : `${this.algorithm}:${this.hash.digest('hex')}`
    if (this.size !== undefined && this.size >= 0 && this.bytes !== this.size) {
      callback(new DigestMismatchError(`blob ${this.digest}: ${this.bytes} bytes, its descriptor says ${this.size}`))
    } else if (actual !== this.digest) {
      callback(new DigestMismatchError(`blob ${this.digest}: content hashes to ${actual}`))
    } else callback(null, this.held)
  }
}
