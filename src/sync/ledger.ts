import { readFile } from 'node:fs/promises'
import { writeFileAtomic } from '../util/atomic-write'
import { UsageError } from '../oci/errors'

/** What the mirror holds for one source tag. */
export interface LedgerEntry {
  /** Full source reference, e.g. `127.0.0.1:5001/corp/app:v1`. */
  source: string
  /** The source digest that was mirrored. */
  digest: string
  /** Full target reference, e.g. `127.0.0.1:5002/mirror/app:v1`. */
  target: string
  /** What landed on the target when it differs from `digest` (docker engine). */
  targetDigest?: string
  mediaType?: string
  platforms?: string[]
  /** ISO times. */
  firstMirrored: string
  lastMirrored: string
}

/** The ledger file's marker, so a foreign or corrupt file is never taken for ours. */
export const LEDGER_FORMAT = 'gcr-mirror-ledger'
export const LEDGER_VERSION = 1

interface LedgerFile {
  format: typeof LEDGER_FORMAT
  version: number
  entries: LedgerEntry[]
}

/**
 * The state file: source reference -> digest mirrored -> target reference.
 * Saves are atomic (temporary file, then rename) and coalesced: `save()` called while a write
 * is under way schedules one more write, so the file always holds a recent, valid state.
 */
export class Ledger {
  private readonly byKey = new Map<string, LedgerEntry>()
  private writing: Promise<void> | undefined
  private pending = false

  constructor(
    readonly path: string | undefined,
    entries: Iterable<LedgerEntry> = []
  ) {
    for (const entry of entries) this.byKey.set(entry.source, entry)
  }

  /**
   * Loads a ledger. A missing file is an empty ledger; an unreadable, corrupt or foreign file is a
   * UsageError (it is never silently discarded).
   */
  static async load(path: string | undefined): Promise<Ledger> {
    if (!path) return new Ledger(undefined)
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') return new Ledger(path)
      throw new UsageError((w) => `${w.option('state-file')} ${path}: cannot be read (${code ?? String(error)})`)
    }
    return new Ledger(path, parseLedger(text, path))
  }

  /** The entry for a full source reference. */
  get(source: string): LedgerEntry | undefined {
    return this.byKey.get(source)
  }

  /** Records a mirrored tag, keeping its first-mirrored time. */
  record(entry: Omit<LedgerEntry, 'firstMirrored' | 'lastMirrored'>, now = new Date()): LedgerEntry {
    const previous = this.byKey.get(entry.source)
    const stamp = now.toISOString()
    const merged: LedgerEntry = { ...entry, firstMirrored: previous?.firstMirrored ?? stamp, lastMirrored: stamp }
    this.byKey.set(entry.source, merged)
    return merged
  }

  /** Adds entries not already present (used to seed from the metadata record). */
  seed(entries: Iterable<LedgerEntry>): number {
    let added = 0
    for (const entry of entries) {
      if (!this.byKey.has(entry.source)) {
        this.byKey.set(entry.source, entry)
        added++
      }
    }
    return added
  }

  get size(): number {
    return this.byKey.size
  }

  /** All entries, sorted by source reference. */
  entries(): LedgerEntry[] {
    return [...this.byKey.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
  }

  /** Serialises deterministically (sorted entries, stable key order). */
  serialize(): string {
    const file: LedgerFile = { format: LEDGER_FORMAT, version: LEDGER_VERSION, entries: this.entries() }
    return `${JSON.stringify(file, null, 1)}\n`
  }

  /** Writes the ledger atomically; concurrent calls coalesce. Resolves when the state is on disk. */
  async save(): Promise<void> {
    if (!this.path) return
    if (this.writing) {
      this.pending = true
      return this.writing
    }
    const path = this.path
    this.writing = (async () => {
      try {
        do {
          this.pending = false
          await writeFileAtomic(path, this.serialize())
        } while (this.pending)
      } finally {
        this.writing = undefined
      }
    })()
    return this.writing
  }
}

/** Parses ledger text, or throws a UsageError naming the file; accepts only our own format. */
export function parseLedger(text: string, path: string): LedgerEntry[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UsageError(
      (w) => `${w.option('state-file')} ${path}: not valid JSON; move it aside (it is kept as it is) or pass another ${w.option('state-file')}`
    )
  }
  const file = data as Partial<LedgerFile>
  if (!file || typeof file !== 'object' || file.format !== LEDGER_FORMAT || !Array.isArray(file.entries)) {
    throw new UsageError(
      `--state-file ${path}: not a gcr-mirror ledger (expected {"format":"${LEDGER_FORMAT}",...}); move it aside or pass another --state-file`
    )
  }
  if (typeof file.version !== 'number' || file.version > LEDGER_VERSION) {
    throw new UsageError((w) => `${w.option('state-file')} ${path}: ledger version ${String(file.version)} is newer than this gcr-mirror understands`)
  }
  for (const entry of file.entries) {
    if (!entry || typeof entry.source !== 'string' || typeof entry.digest !== 'string' || typeof entry.target !== 'string') {
      throw new UsageError((w) => `${w.option('state-file')} ${path}: corrupt entry ${JSON.stringify(entry).slice(0, 120)}`)
    }
  }
  return file.entries
}
