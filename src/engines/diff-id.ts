import { createHash } from 'node:crypto'
import { pipeline } from 'node:stream/promises'
import { Writable, type Readable } from 'node:stream'
import { createGunzip, type Gunzip } from 'node:zlib'
import { VerifyingStream } from '../oci/digest'

/**
 * Hashes what it is written, gunzipped first when the content starts with the gzip magic bytes
 * (layers may be uncompressed tars): the sha256 of a layer's uncompressed content, its `diff_id`.
 * Memory stays bounded: chunks flow through zlib and are hashed as they come.
 */
class DiffIdHasher extends Writable {
  readonly hash = createHash('sha256')
  private head = Buffer.alloc(0)
  private gunzip?: Gunzip
  private raw = false

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (!this.gunzip && !this.raw) {
      this.head = Buffer.concat([this.head, chunk])
      if (this.head.length < 2) return callback()
      chunk = this.head
      if (this.head[0] === 0x1f && this.head[1] === 0x8b) {
        this.gunzip = createGunzip()
        this.gunzip.on('data', (data: Buffer) => this.hash.update(data))
        this.gunzip.on('error', (error) => this.destroy(error))
      } else this.raw = true
    }
    if (this.raw) {
      this.hash.update(chunk)
      callback()
    } else this.gunzip!.write(chunk, () => callback())
  }

  override _final(callback: (error?: Error | null) => void): void {
    if (!this.gunzip) {
      if (!this.raw) this.hash.update(this.head)
      return callback()
    }
    this.gunzip.once('end', () => callback())
    this.gunzip.once('error', callback)
    this.gunzip.end()
  }
}

/**
 * Reads a layer blob to its end, checking it against `digest`, and resolves to its size and
 * `diff_id` (the sha256 of the uncompressed tar, as a v2 image config lists it).
 */
export async function diffIdOf(stream: Readable, digest: string, signal?: AbortSignal): Promise<{ size: number; diffId: string }> {
  const verifier = new VerifyingStream(digest)
  const hasher = new DiffIdHasher()
  await pipeline(stream, verifier, hasher, { signal })
  return { size: verifier.bytes, diffId: `sha256:${hasher.hash.digest('hex')}` }
}
