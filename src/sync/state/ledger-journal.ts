import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { UsageError } from '../../oci/errors'
import { writeFileAtomic } from '../../util/atomic-write'
import { NotRegularFileError, readRegularFile } from '../../util/local-file'

/** A background rewrite waits at least this long after the previous one. */
const REWRITE_INTERVAL_MS = 1_000

/** The journal beside a ledger file, and the journal a rewrite under way has set aside. */
export const journalPath = (path: string): string => `${path}.journal`
export const setAsidePath = (path: string): string => `${path}.journal.old`

/** A file's text (see {@link readLedgerBytes}). */
export async function readLedgerText(file: string, path: string): Promise<string | undefined> {
  return (await readLedgerBytes(file, path))?.toString('utf8')
}

/**
 * A file's bytes (read from `file`, named `path`), or undefined when it does not exist; any other
 * failure is a UsageError. A FIFO or device is refused at once, never waited on.
 */
export async function readLedgerBytes(file: string, path: string): Promise<Buffer | undefined> {
  try {
    return await readRegularFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    const why = error instanceof NotRegularFileError ? `is ${error.what}, not a regular file` : `cannot be read (${code ?? String(error)})`
    const name = file.endsWith('.journal') || file.endsWith('.journal.old') ? `${path} (its journal ${basename(file)})` : path
    throw new UsageError((w) => `${w.option('state-file')} ${name}: ${why}`)
  }
}

/** What the writer writes: the ledger's whole text when a rewrite starts, and how many entries it holds. */
export interface LedgerContent {
  /** The file's bytes now; from here the ledger counts as saved until {@link LedgerContent.lost} says otherwise. */
  snapshot(): Uint8Array
  /** A rewrite failed: the file lacks what the last snapshot held. */
  lost(): void
  /** The entries the ledger holds: a background rewrite is due once the journal holds as many. */
  count(): number
}

/** What the load found on disk, for the writer to carry on from. */
export interface FoundOnDisk {
  /** A file or a journal was there. */
  existed: boolean
  journalExists: boolean
  setAsideExists: boolean
  /** Entries in the journals found. */
  journalLines: number
  /** Entries in the file found. */
  size: number
}

/**
 * The ledger's writes: finished tags appended to a journal beside the file (`PATH.journal`, one
 * JSON entry a line, fsynced, concurrent appends grouped into one write), so a SIGKILL loses no
 * finished tag; and the file rewritten atomically (temporary file, then rename) off the tags' path:
 * in the background once the journal holds as many entries as the file (and at most once a
 * second), so the rewrites of a run cost O(N) in all, and by {@link save} at the end. A rewrite
 * sets the journal aside first (`PATH.journal.old`, new appends start a fresh one) and removes it
 * once the file holds it.
 */
export class LedgerJournal {
  /** Lines waiting for the next journal write. */
  private queue: string[] = []
  /** The serial chain of journal writes and rotations; `scheduled` is a write not yet started. */
  private io: Promise<void> = Promise.resolve()
  private scheduled: Promise<void> | undefined
  /** The latest journal write (its failure reaches every append waiting on it). */
  private appended: Promise<void> = Promise.resolve()
  private journal: FileHandle | undefined
  private journalExists: boolean
  private setAsideExists: boolean
  /** Journal lines since the last rewrite began. */
  private journalLines: number
  /** The file or the journal was written since the load. */
  private wroteAny = false
  private existed: boolean
  private rewriting: Promise<void> | undefined
  private lastRewrite = Date.now()
  private sizeAtRewrite: number

  constructor(
    private readonly file: string,
    private readonly content: LedgerContent,
    found: FoundOnDisk
  ) {
    this.existed = found.existed
    this.journalExists = found.journalExists
    this.setAsideExists = found.setAsideExists
    this.journalLines = found.journalLines
    this.sizeAtRewrite = found.size
  }

  /** Whether a file or a journal was found at load, or written since. */
  get found(): boolean {
    return this.existed
  }

  /** Whether the file or a journal was written since the load. */
  get wrote(): boolean {
    return this.wroteAny
  }

  /** Whether a journal is on disk, beside the file or set aside. */
  get journaled(): boolean {
    return this.journalExists || this.setAsideExists
  }

  /** Whether a save must write the file even when the ledger lacks nothing: a journal is left, or there is no file yet (a first run writes one, even empty). */
  get pending(): boolean {
    return this.journaled || !this.existed
  }

  /**
   * Appends lines to the journal (one write and one fsync for all appends waiting together).
   * Resolves when they are on disk; may start a background rewrite.
   */
  append(lines: string[]): Promise<void> {
    this.queue.push(...lines)
    if (this.queue.length === 0) return this.appended
    if (!this.scheduled) {
      this.scheduled = this.chain(() => this.appendQueued())
      this.appended = this.scheduled
    }
    return this.scheduled
  }

  /**
   * Rewrites the file when `needed()` says so (after a background rewrite under way; the caller
   * awaits its appends first); concurrent calls coalesce.
   */
  async save(needed: () => boolean): Promise<void> {
    await this.rewriting?.catch(() => undefined)
    if (!needed()) return
    await this.chain(async () => {
      await this.rewriting?.catch(() => undefined)
      if (needed()) await this.startRewrite()
    })
    await this.rewriting
  }

  /** Closes the journal once every write before has ended: the writer is not used after. */
  async close(): Promise<void> {
    await this.io
    await this.journal?.close()
    this.journal = undefined
  }

  /** Runs `step` after every journal write and rotation before it. */
  private chain(step: () => Promise<void>): Promise<void> {
    const done = this.io.then(step)
    this.io = done.catch(() => undefined)
    return done
  }

  private async appendQueued(): Promise<void> {
    this.scheduled = undefined
    const lines = this.queue.splice(0)
    if (lines.length === 0) return
    if (!this.journal) {
      await mkdir(dirname(this.file), { recursive: true })
      this.journal = await open(journalPath(this.file), 'a', 0o600)
    }
    this.journalExists = true
    this.wroteAny = true
    await this.journal.write(lines.join(''))
    await this.journal.datasync()
    this.journalLines += lines.length
    const due = Date.now() - this.lastRewrite >= REWRITE_INTERVAL_MS && this.journalLines >= Math.max(1, this.sizeAtRewrite)
    // A failed background rewrite loses nothing (the journal holds it); save() tries again and reports.
    if (due && !this.rewriting) void this.chain(() => this.startRewrite()).catch(() => undefined)
  }

  /**
   * Sets the journal aside (new appends start a fresh one), snapshots the ledger and writes it in the
   * background; the journal set aside is removed once the file holds it. Runs on the chain.
   */
  private async startRewrite(): Promise<void> {
    const path = this.file
    if (this.rewriting) return
    if (this.journalExists && !this.setAsideExists) {
      await this.journal?.close()
      this.journal = undefined
      await rename(journalPath(path), setAsidePath(path))
      this.journalExists = false
      this.setAsideExists = true
      this.journalLines = 0
    }
    const bytes = this.content.snapshot()
    this.sizeAtRewrite = this.content.count()
    this.lastRewrite = Date.now()
    this.rewriting = (async () => {
      try {
        await writeFileAtomic(path, bytes)
        this.wroteAny = true
        this.existed = true
        if (this.setAsideExists) {
          await rm(setAsidePath(path), { force: true })
          this.setAsideExists = false
        }
      } catch (error) {
        this.content.lost()
        throw error
      } finally {
        this.rewriting = undefined
      }
    })()
    this.rewriting.catch(() => undefined)
  }
}
