import { open, rm, type FileHandle } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { VerifyingStream } from '../../oci/digest'
import type { BlobStream } from '../../oci/model'

/** How much a reader asks of the file at a time (and at most buffers ahead of its consumer). */
const READ_CHUNK = 1024 * 1024

/**
 * One source blob read once into a file while any number of readers follow it: a reader gets the
 * bytes already written at once and waits for the rest, so a target that reads slowly never holds
 * back the download or the other targets (the file is the buffer; each reader keeps at most one
 * chunk in memory). The bytes are proved against the digest on the way in (the last chunk is
 * written only once they are): a reader ends cleanly only on proved content and fails with the
 * download's error otherwise.
 */
export class BlobSpool {
  /** Bytes in the file, proved or on their way to being proved. */
  private written = 0
  private done = false
  private failure: unknown
  /** The file, open for writing and every reader's reads until the spool is released and its last reader closed. */
  private file: FileHandle | undefined
  private released = false
  /** Readers not yet closed. */
  private readers = 0
  /** Readers waiting for the next write, the end or the failure. */
  private waiting: Array<() => void> = []
  /** The blob's size when the source said it. */
  size?: number

  constructor(
    /** Where the bytes go: removed when the spool is released, while open readers keep reading. */
    readonly path: string
  ) {}

  /** True once the download ended, proved or failed. */
  get settled(): boolean {
    return this.done || this.failure !== undefined
  }

  /** The download's error, once it failed: a later read fetches the blob again. */
  get error(): unknown {
    return this.failure
  }

  /** Bytes in the file so far. */
  get bytes(): number {
    return this.written
  }

  /** True while a reader is open. */
  get reading(): boolean {
    return this.readers > 0
  }

  /** True until the spool was released: new readers may still start. */
  get readable(): boolean {
    return !this.released
  }

  /**
   * Downloads the blob `fetch` opens into the file, proving it is `digest`; `started` is told once
   * `fetch` answered (or failed). Never rejects: readers see the failure.
   */
  async fill(fetch: () => Promise<BlobStream>, digest: string, started: () => void): Promise<void> {
    try {
      this.file = await open(this.path, 'w+', 0o600)
      const blob = await fetch()
      this.size = blob.size
      started()
      const verifier = new VerifyingStream(digest, blob.size)
      blob.stream.on('error', (error) => verifier.destroy(error))
      blob.stream.pipe(verifier)
      for await (const chunk of verifier as AsyncIterable<Buffer>) {
        await this.file.write(chunk, 0, chunk.length, this.written)
        this.written += chunk.length
        this.wake()
      }
      this.done = true
    } catch (error) {
      this.failure = error
    } finally {
      started()
      this.wake()
      if (this.failure !== undefined) this.release()
      this.closeIfDone()
    }
  }

  /** A stream of the blob from its first byte, following the download. */
  reader(): BlobStream {
    const stream = new SpoolReader(this)
    this.readers++
    stream.once('close', () => {
      this.readers--
      this.closeIfDone()
    })
    return { stream, size: this.size }
  }

  /** Removes the file; it is closed when its last reader is. */
  release(): void {
    if (this.released) return
    this.released = true
    void rm(this.path, { force: true })
    this.closeIfDone()
  }

  /** Reads up to `length` bytes at `position` into a new buffer. */
  async read(position: number, length: number): Promise<Buffer> {
    const { bytesRead, buffer } = await this.file!.read(Buffer.allocUnsafe(length), 0, length, position)
    return buffer.subarray(0, bytesRead)
  }

  /** Resolves at the next write, the end or the failure. */
  changed(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  /** What a reader at `position` does next: read, wait, end, or fail. */
  next(position: number): 'read' | 'wait' | 'end' | { error: unknown } {
    if (position < this.written) return 'read'
    if (this.failure !== undefined) return { error: this.failure }
    return this.done ? 'end' : 'wait'
  }

  private closeIfDone(): void {
    if (!this.released || this.readers > 0 || !this.settled || !this.file) return
    const file = this.file
    this.file = undefined
    void file.close().catch(() => undefined)
  }

  private wake(): void {
    const waiting = this.waiting
    this.waiting = []
    for (const resolve of waiting) resolve()
  }
}

/** Reads a spool from the start, waiting at its end until the download writes more or ends. */
class SpoolReader extends Readable {
  private position = 0
  private pumping = false

  constructor(private readonly spool: BlobSpool) {
    super({ highWaterMark: READ_CHUNK })
  }

  override _read(): void {
    void this.pump()
  }

  /** Pushes what the file holds until the consumer is full, the spool ends, or the reader is destroyed. */
  private async pump(): Promise<void> {
    if (this.pumping) return
    this.pumping = true
    try {
      while (!this.destroyed) {
        const step = this.spool.next(this.position)
        if (step === 'wait') {
          await this.spool.changed()
          continue
        }
        if (step === 'end') {
          this.push(null)
          return
        }
        if (step !== 'read') {
          this.destroy(step.error as Error)
          return
        }
        const chunk = await this.spool.read(this.position, Math.min(READ_CHUNK, this.spool.bytes - this.position))
        if (this.destroyed) return
        this.position += chunk.length
        if (!this.push(chunk)) return
      }
    } catch (error) {
      this.destroy(error as Error)
    } finally {
      this.pumping = false
    }
  }
}
