import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline, type Readable } from 'node:stream'
import { VerifyingStream } from '../oci/digest'
import type { BlobStream } from '../oci/model'
import { sha256Digest } from '../oci/digest'
import { DigestMismatchError } from '../oci/errors'
import { sha256Hex } from './digest'
import { diskRefusal, isMissingFile, LayoutDigestError } from './errors'
import { NotRegularFileError, readRegularFile, removeLeftTemps, specialKind } from '../util/local-file'

/** A blob's temporary file: `.<hex>.<pid>.<random>.tmp` (`.<hex>.<random>.tmp` before pids were named). */
const TEMP_NAME = /^\.[0-9a-f]{64}\.(?:(\d+)\.)?[0-9a-f]{12}\.tmp$/

/**
 * The content-addressed `blobs/sha256` directory of a layout. Every digest is validated before it
 * names a file, and a blob only ever appears under its final name complete and verified.
 */
export class BlobStore {
  /** The `blobs/sha256` directory. */
  readonly directory: string

  constructor(root: string) {
    this.directory = join(root, 'blobs', 'sha256')
  }

  /** The size of a stored blob, undefined when absent. */
  async size(digest: string): Promise<number | undefined> {
    try {
      const info = await stat(this.path(digest))
      if (!info.isFile()) throw new NotRegularFileError(this.path(digest), specialKind(info) ?? 'a directory')
      return info.size
    } catch (error) {
      if (isMissingFile(error)) return undefined
      throw error
    }
  }

  /** Opens a stored blob for reading, undefined when absent. */
  async open(digest: string): Promise<Required<BlobStream> | undefined> {
    const path = this.path(digest)
    let handle
    try {
      // Non-blocking, so a FIFO in a blob's place is refused at once, never waited on.
      handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
    } catch (error) {
      if (isMissingFile(error)) return undefined
      throw error
    }
    const info = await handle.stat().catch(async (error: unknown) => {
      await handle.close()
      throw error
    })
    if (!info.isFile()) {
      await handle.close()
      throw new NotRegularFileError(path, specialKind(info) ?? 'a directory')
    }
    return { stream: handle.createReadStream(), size: info.size }
  }

  /** A stored blob's bytes, verified against its digest; undefined when absent. */
  async read(digest: string): Promise<Buffer | undefined> {
    let bytes: Buffer
    try {
      bytes = await readRegularFile(this.path(digest))
    } catch (error) {
      if (isMissingFile(error)) return undefined
      throw error
    }
    if (sha256Digest(bytes) !== digest) throw new LayoutDigestError(`${this.path(digest)}: content does not match ${digest}`)
    return bytes
  }

  /**
   * Stores a blob: streams `body` into a temporary file beside the final one (`.<hex>.<pid>.<random>.tmp`)
   * through a VerifyingStream, which checks digest and size (a negative `size` is not checked), flushes it to
   * disk and renames it into place. On any failure the temporary file is removed and nothing
   * appears under the final name; a disk that refuses the write (full, say) is a LayoutError of kind `refused`.
   */
  async write(digest: string, size: number, body: Readable): Promise<void> {
    const hex = sha256Hex(digest)
    const temp = join(this.directory, `.${hex}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
    let handle
    try {
      await mkdir(this.directory, { recursive: true })
      handle = await open(temp, 'wx')
    } catch (error) {
      throw diskRefusal(error, `${this.directory}: cannot store ${digest}`)
    }
    try {
      const verified = pipeline(body, new VerifyingStream(digest, size), () => undefined)
      for await (const chunk of verified as AsyncIterable<Buffer>) await handle.appendFile(chunk)
      await handle.sync()
      await handle.close()
      await rename(temp, this.path(digest))
    } catch (error) {
      await handle.close().catch(() => undefined)
      await rm(temp, { force: true })
      // Still a DigestMismatchError (retried like any), named for the layout.
      if (error instanceof DigestMismatchError && !(error instanceof LayoutDigestError)) throw new LayoutDigestError(error.message)
      throw diskRefusal(error, `${this.directory}: cannot store ${digest}`)
    }
  }

  /** Removes the temporary files of blobs a killed run was writing (see removeLeftTemps); how many. */
  removeLeftTemps(): Promise<number> {
    return removeLeftTemps(this.directory, (name) => {
      const match = TEMP_NAME.exec(name)
      return match ? (match[1] === undefined ? undefined : Number(match[1])) : false
    })
  }

  /** The file of a blob; throws for anything but a sha256 digest. */
  private path(digest: string): string {
    return join(this.directory, sha256Hex(digest))
  }
}
