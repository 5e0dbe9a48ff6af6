import { open, rm, type FileHandle } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { VerifyingStream } from '../../oci/digest'
import type { BlobStream } from '../../oci/model'
import { markProved } from '../../oci/proved-blob'

const MiB = 1024 * 1024
/** How much a reader asks of the file at a time (and at most buffers ahead of its consumer). */
const READ_CHUNK = MiB
/** Bytes gathered from the download before they go to the file in one write (not one write per network chunk). */
const WRITE_BATCH = MiB
/** The newest bytes kept in memory while the download runs: readers that keep pace take them from there, not the file. */
export const RECENT_BYTES = 4 * MiB

/**
 * One source blob read once into a file while any number of readers follow it: a reader gets the
 * bytes already written at once and waits for the rest, so a target that reads slowly never holds
 * back the download or the other targets (the file is the buffer; each reader keeps at most one
 * chunk in memory). The newest bytes (RECENT_BYTES) are also kept in memory, so readers that keep
 * pace with the download, as targets of like speed do, never read the file. The bytes are proved
 * against the digest on the way in (the last chunk is let through only once they are): a reader ends
 * cleanly only on proved content and fails with the download's error otherwise, which its proved
 * mark (see markProved) tells the copier, so the bytes are hashed once whatever the targets.
 */
export class BlobSpool {
  /** Bytes downloaded, proved or on their way to being proved. */
  private written = 0
  /** Bytes in the file (the rest are in `unflushed`). */
  private flushed = 0
  private unflushed: Buffer[] = []
  /** The newest chunks downloaded, from `recentStart` (never past `flushed`) to `written`. */
  private recent: Buffer[] = []
  private recentStart = 0
  private recentBytes = 0
  /** The digest the bytes are proved to be. */
  private digest = ''
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

  /** Bytes downloaded so far. */
  get bytes(): number {
    return this.written
  }

  /** Bytes kept in memory for readers (see forgetRecent). */
  get memoryBytes(): number {
    return this.recentBytes
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
   * `fetch` answered (or failed); `onChunk` sees the size of every chunk. Never rejects: readers see the failure.
   */
  async fill(fetch: () => Promise<BlobStream>, digest: string, started: () => void, onChunk?: (bytes: number) => void): Promise<void> {
    this.digest = digest
    try {
      this.file = await open(this.path, 'w+', 0o600)
      const blob = await fetch()
      this.size = blob.size
      started()
      const verifier = new VerifyingStream(digest, blob.size, onChunk)
      blob.stream.on('error', (error) => verifier.destroy(error))
      blob.stream.pipe(verifier)
      for await (const chunk of verifier as AsyncIterable<Buffer>) {
        this.recent.push(chunk)
        this.recentBytes += chunk.length
        this.unflushed.push(chunk)
        this.written += chunk.length
        this.wake()
        // The file is written a batch at a time, which also paces the download (memory holds at most a batch more).
        if (this.written - this.flushed >= WRITE_BATCH) await this.flush()
        this.trimRecent(RECENT_BYTES)
      }
      await this.flush()
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

  /** A stream of the blob from its first byte, following the download; marked proved (it ends only on proved bytes). */
  reader(): BlobStream {
    const stream = new SpoolReader(this)
    markProved(stream, this.digest)
    this.readers++
    stream.once('close', () => {
      this.readers--
      this.closeIfDone()
    })
    return { stream, size: this.size }
  }

  /** Drops the bytes kept in memory (the file has them): later reads go to the file. */
  forgetRecent(): void {
    this.trimRecent(0)
  }

  /** Removes the file; it is closed when its last reader is. */
  release(): void {
    if (this.released) return
    this.released = true
    this.forgetRecent()
    void rm(this.path, { force: true })
    this.closeIfDone()
  }

  /** Up to `length` bytes at `position`: from memory when they are still kept there, else read from the file. */
  read(position: number, length: number): Buffer | Promise<Buffer> {
    if (position >= this.recentStart && position < this.recentStart + this.recentBytes) return this.fromMemory(position, length)
    return this.fromFile(position, length)
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

  private fromMemory(position: number, length: number): Buffer {
    let start = this.recentStart
    for (const chunk of this.recent) {
      if (position < start + chunk.length) return chunk.subarray(position - start, Math.min(chunk.length, position - start + length))
      start += chunk.length
    }
    throw new Error(`blob spool: byte ${position} is not in memory`)
  }

  private async fromFile(position: number, length: number): Promise<Buffer> {
    const { bytesRead, buffer } = await this.file!.read(Buffer.allocUnsafe(length), 0, length, position)
    return buffer.subarray(0, bytesRead)
  }

  /** Writes the gathered chunks to the file in one call. */
  private async flush(): Promise<void> {
    if (this.unflushed.length === 0) return
    const chunks = this.unflushed
    this.unflushed = []
    let position = this.flushed
    while (chunks.length > 0) {
      const { bytesWritten } = await this.file!.writev(chunks, position)
      if (bytesWritten === 0) throw new Error(`blob spool: nothing written to ${this.path}`)
      position += bytesWritten
      dropWritten(chunks, bytesWritten)
    }
    this.flushed = position
  }

  /** Drops the oldest chunks kept in memory, once in the file, until at most `bytes` are kept. */
  private trimRecent(bytes: number): void {
    while (this.recent.length > 0 && this.recentBytes > bytes && this.recentStart + this.recent[0].length <= this.flushed) {
      const chunk = this.recent.shift()!
      this.recentStart += chunk.length
      this.recentBytes -= chunk.length
    }
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

/** Removes the first `bytes` bytes from `chunks` (a short writev wrote only those). */
function dropWritten(chunks: Buffer[], bytes: number): void {
  while (bytes > 0 && chunks.length > 0) {
    if (chunks[0].length <= bytes) bytes -= chunks.shift()!.length
    else {
      chunks[0] = chunks[0].subarray(bytes)
      bytes = 0
    }
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
        const read = this.spool.read(this.position, Math.min(READ_CHUNK, this.spool.bytes - this.position))
        const chunk = read instanceof Buffer ? read : await read
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
