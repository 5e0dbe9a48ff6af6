import { createHash } from 'node:crypto'
import { basename, dirname } from 'node:path'
import { atomicTempPid } from '../../util/atomic-write'
import { removeLeftTemps, resolveFile } from '../../util/local-file'
import type { LockFile } from '../../util/lock-file'
import { redactedJson } from '../../util/redact'
import type { GraphNode } from '../../engines/engine'
import { CopiedLines } from './ledger-copied-lines'
import { parseJournal, parseLedgerFile, serializeLedger, type LedgerEntry, type ParsedLedger } from './ledger-format'
import { ManifestGraph } from './ledger-graph'
import { journalPath, LedgerJournal, readLedgerBytes, readLedgerText, setAsidePath, type FoundOnDisk, type LedgerContent } from './ledger-journal'
import { lockStateFile } from './ledger-lock'
import { compareText, mergeSorted, sortedKeys } from './ledger-order'

export type { LedgerEntry } from './ledger-format'

/**
 * What one mirror reads and writes of a ledger: {@link Ledger} itself (the section of a
 * single-mirror run) or one section of it ({@link Ledger.section}), keyed by source reference.
 */
export interface LedgerView {
  get(source: string): LedgerEntry | undefined
  record(entry: Omit<LedgerEntry, 'firstMirrored' | 'lastMirrored' | 'section'>, now?: Date): LedgerEntry
  remove(source: string): boolean
  /** This view's entries (for {@link Ledger} itself: every section's), sorted. */
  entries(): LedgerEntry[]
  commit(): Promise<void>
  save(): Promise<void>
  /** What a mirrored manifest references (shared by every section; see ManifestGraph). */
  node(digest: string): GraphNode | undefined
  /** Records what mirrored manifests reference; {@link save} writes them. */
  addNodes(nodes: Iterable<[string, GraphNode]>): void
  /** This run's number for `--verify sample`'s rotation: the file's count plus one, the same for every section of a run. */
  verifyRound(): number
  /** Where the next run goes on with the pass (see passFrom): the first repository the last run did not finish; undefined: a new pass. */
  resumeAt(): string | undefined
  /** Sets (or, undefined, clears) {@link resumeAt}; {@link save} writes it. */
  setResumeAt(repository: string | undefined): void
}

/** The map key of an entry: its source reference, behind its section when it has one. */
const keyOf = (source: string, section?: string): string => (section === undefined ? source : `${section}\u0000${source}`)
const entryKey = (entry: LedgerEntry): string => keyOf(entry.source, entry.section)

/** The key of a section's resume point ('' for the section of a single-mirror run). */
const resumeKey = (section?: string): string => section ?? ''

/** How {@link Ledger.load} tells what it did on the way (a stale lock taken over, temporary files removed). */
export interface LoadOptions {
  warn?: (message: string) => void
  /** A dry run's ledger: read as it is (file and journal), no lock taken, nothing removed, created or written. */
  readOnly?: boolean
}

/**
 * The state file, owned from load to save: source reference -> digest mirrored -> target reference,
 * per section (one per mirror of a config run; {@link section}); the ledger itself is the section
 * of a single-mirror run, which is what a version 1 file holds.
 *
 * Finished tags cost O(1) each: {@link commit} appends them to the journal (see LedgerJournal),
 * so a SIGKILL loses no finished tag, and the file is rewritten off the tags' path. {@link load}
 * replays the journal. A run that records nothing writes nothing. The file's text is made by
 * serializeLedger and read by parseLedgerFile (ledger-format.ts).
 */
export class Ledger {
  private readonly byKey = new Map<string, LedgerEntry>()
  /** Per section, where the next run starts listing (see LedgerView.resumeAt). */
  private readonly resume = new Map<string, string>()
  /** The JSON line of each entry not copied from the file (recorded, replayed, or read from a file parsed whole), made once for the journal and the rewrites. */
  private readonly lines = new Map<string, string>()
  /** The lines of the entries loaded from the file, copied as they are while unchanged. */
  private copied: CopiedLines | undefined
  /** Sources in file order when known to be sorted, the sources added since, and whether some were removed since. */
  private order: string[] | undefined
  private added: string[] = []
  private removed = false
  /** Recorded, not yet handed to the journal. */
  private unjournaled: LedgerEntry[] = []
  /** The file's writes; none for a ledger without a file or read only. */
  private journal: LedgerJournal | undefined
  /** The file lacks something the ledger holds. */
  private unsaved: boolean
  /** What the load found: a file or a journal, and journals. */
  private foundAtLoad = false
  private journaledAtLoad = false
  /** The file's bytes as loaded, until {@link digest} hashes it (the CLI never asks: 100,000 tags, ~0.1 s saved). */
  private loadedBytes: Buffer | undefined
  /** SHA-256 of the file as loaded ('' when there was none), once asked for. */
  private loadedDigest: string | undefined
  /** The state file's lock, held from load to {@link release}. */
  private lock: LockFile | undefined
  private readonly graph = new ManifestGraph()
  /** The rotation count as loaded, and this run's once asked for. */
  private round = 0
  private roundTaken = false

  /**
   * A ledger of `entries` that writes `path` (none: nothing is written). {@link load} passes
   * `journal: false` and gives it its journal once it knows the file (`path` with symbolic links
   * followed: the link stays a link) and what is on disk.
   */
  constructor(
    readonly path: string | undefined,
    entries: Iterable<LedgerEntry> = [],
    { journal = true }: { journal?: boolean } = {}
  ) {
    for (const entry of entries) this.byKey.set(entryKey(entry), entry)
    this.unsaved = this.byKey.size > 0
    if (path && journal) this.journal = this.journalFor(path, { existed: false, journalExists: false, setAsideExists: false, journalLines: 0, size: 0 })
  }

  /**
   * Loads a ledger: the file (read once), then the journal of a run that did not get to rewrite it.
   * A missing file is an empty ledger; an unreadable, corrupt or foreign file is a UsageError (it is
   * never silently discarded).
   *
   * First it takes the state file's lock (`PATH.lock`, see LockFile): a live run holding it
   * is a UsageError naming it (exit 2, before any copy); a lock whose run is gone is taken over with
   * a warning. Then the temporary files of a killed run's rewrites are removed. The lock is held
   * until {@link release} (or the process exits).
   */
  static async load(path: string | undefined, options: LoadOptions = {}): Promise<Ledger> {
    if (!path) return new Ledger(undefined)
    const file = await resolveFile(path)
    if (options.readOnly) return Ledger.read(path, file, undefined, options)
    const lock = await lockStateFile(path, file, options.warn)
    try {
      return await Ledger.read(path, file, lock, options)
    } catch (error) {
      await lock.release()
      throw error
    }
  }

  private static async read(path: string, file: string, lock: LockFile | undefined, options: LoadOptions): Promise<Ledger> {
    const left = options.readOnly ? 0 : await removeLeftTemps(dirname(file), (name) => atomicTempPid(basename(file), name))
    if (left > 0) options.warn?.(`${path}: removed ${left} temporary files a stopped run left`)
    const bytes = await readLedgerBytes(file, path)
    const parsed: ParsedLedger = bytes === undefined ? { entries: [] } : parseLedgerFile(bytes, path)
    const ledger = new Ledger(path, parsed.entries, { journal: false })
    ledger.graph.load(parsed.graph)
    ledger.round = parsed.verifyRound ?? 0
    for (const [section, repository] of Object.entries(parsed.resume ?? {})) ledger.resume.set(section, repository)
    ledger.lock = lock
    const keys = parsed.entries.map(entryKey)
    ledger.order = sortedKeys(keys)
    if (ledger.order && parsed.lines) ledger.copied = new CopiedLines(parsed.lines, keys, parsed.entries)
    ledger.loadedBytes = bytes
    const size = ledger.size
    // A rewrite under way when the last run ended set this journal aside: its entries come first.
    const setAside = await readLedgerText(setAsidePath(file), path)
    const journal = await readLedgerText(journalPath(file), path)
    let journalLines = 0
    for (const [name, lines] of [
      [setAsidePath(path), setAside],
      [journalPath(path), journal]
    ] as const) {
      if (lines === undefined) continue
      const replayed = parseJournal(lines, name)
      for (const entry of replayed) ledger.set(entry)
      journalLines += replayed.length
    }
    ledger.foundAtLoad = bytes !== undefined || setAside !== undefined || journal !== undefined
    ledger.journaledAtLoad = setAside !== undefined || journal !== undefined
    ledger.unsaved = ledger.journaledAtLoad
    // A dry run's ledger has no journal (no file to write): commit and save do nothing.
    if (!options.readOnly) {
      const found = { existed: ledger.foundAtLoad, journalExists: journal !== undefined, setAsideExists: setAside !== undefined, journalLines, size }
      ledger.journal = ledger.journalFor(file, found)
      // Two journals: write the file now, so the next rewrite can set the journal aside again.
      if (setAside !== undefined) await ledger.save()
    }
    return ledger
  }

  /** The writer of `file`, taking the ledger's text when it rewrites. */
  private journalFor(file: string, found: FoundOnDisk): LedgerJournal {
    const content: LedgerContent = {
      snapshot: () => {
        const bytes = this.fileBytes()
        this.unsaved = false
        return bytes
      },
      lost: () => {
        this.unsaved = true
      },
      count: () => this.size
    }
    return new LedgerJournal(file, content, found)
  }

  /** Lets the state file go (closes the journal, removes the lock; {@link save} first): the ledger is not used after. */
  async release(): Promise<void> {
    try {
      await this.journal?.close()
      this.journal = undefined
    } finally {
      await this.lock?.release()
      this.lock = undefined
    }
  }

  /** SHA-256 of the file as loaded, '' when there was none: compare with {@link changedSince}. */
  get digest(): string {
    if (this.loadedDigest === undefined) {
      this.loadedDigest = this.loadedBytes === undefined ? '' : createHash('sha256').update(this.loadedBytes).digest('hex')
      this.loadedBytes = undefined
    }
    return this.loadedDigest
  }

  /** Whether a file or a journal was found at load. */
  get found(): boolean {
    return this.journal?.found ?? this.foundAtLoad
  }

  /**
   * Whether what is on disk differs from a file of digest `digest` (the one a run restored): the
   * journal had entries at load, this ledger wrote since, or the file loaded was another one.
   */
  changedSince(digest: string): boolean {
    const journaled = this.journal ? this.journal.journaled : this.journaledAtLoad
    return Boolean(this.journal?.wrote) || journaled || this.digest !== digest
  }

  /**
   * One section of this ledger (a mirror of a config run, by its id): reads fall back to the
   * section of a single-mirror run (a version 1 file a config run took over; the caller compares
   * the target), writes stay in the section. Commit and save act on the whole ledger.
   */
  section(id: string): LedgerView {
    return {
      get: (source) => this.get(source, id) ?? this.get(source),
      record: (entry, now) => this.record(entry, now, id),
      remove: (source) => this.remove(source, id),
      entries: () => this.entries().filter((entry) => entry.section === id),
      commit: () => this.commit(),
      save: () => this.save(),
      node: (digest) => this.node(digest),
      addNodes: (nodes) => this.addNodes(nodes),
      verifyRound: () => this.verifyRound(),
      resumeAt: () => this.resumeAt(id),
      setResumeAt: (repository) => this.setResumeAt(repository, id)
    }
  }

  node(digest: string): GraphNode | undefined {
    return this.graph.get(digest)
  }

  addNodes(nodes: Iterable<[string, GraphNode]>): void {
    if (this.graph.add(nodes)) this.unsaved = true
  }

  verifyRound(): number {
    if (!this.roundTaken) {
      this.roundTaken = true
      this.round++
      this.unsaved = true
    }
    return this.round
  }

  /** Where the next run of `section` starts listing (see LedgerView.resumeAt). */
  resumeAt(section?: string): string | undefined {
    return this.resume.get(resumeKey(section))
  }

  /** Sets or clears where the next run of `section` starts listing; {@link save} writes it. */
  setResumeAt(repository: string | undefined, section?: string): void {
    const key = resumeKey(section)
    if (this.resume.get(key) === repository) return
    if (repository === undefined) this.resume.delete(key)
    else this.resume.set(key, repository)
    this.unsaved = true
  }

  /** The entry for a full source reference, in `section` (default: that of a single-mirror run). */
  get(source: string, section?: string): LedgerEntry | undefined {
    return this.byKey.get(keyOf(source, section))
  }

  /** Records a mirrored tag, keeping its first-mirrored time; {@link commit} makes it durable. */
  record(entry: Omit<LedgerEntry, 'firstMirrored' | 'lastMirrored' | 'section'>, now = new Date(), section?: string): LedgerEntry {
    const previous = this.byKey.get(keyOf(entry.source, section))
    const stamp = now.toISOString()
    const merged: LedgerEntry = {
      ...(section === undefined ? {} : { section }),
      ...entry,
      firstMirrored: previous?.firstMirrored ?? stamp,
      lastMirrored: stamp
    }
    this.set(merged)
    this.unjournaled.push(merged)
    this.unsaved = true
    return merged
  }

  /**
   * Forgets a source reference (a pruned tag); true when it was there. {@link save} makes it
   * durable: until then a journal replay may bring it back, and the next prune forgets it again.
   */
  remove(source: string, section?: string): boolean {
    const key = keyOf(source, section)
    if (!this.byKey.delete(key)) return false
    this.lines.delete(key)
    this.unjournaled = this.unjournaled.filter((entry) => entryKey(entry) !== key)
    this.removed = true
    this.unsaved = true
    return true
  }

  /** Adds entries not already present (used to seed from the metadata record); {@link save} writes them. */
  seed(entries: Iterable<LedgerEntry>): number {
    let added = 0
    for (const entry of entries) {
      if (!this.byKey.has(entryKey(entry))) {
        this.set(entry)
        added++
      }
    }
    if (added > 0) this.unsaved = true
    return added
  }

  get size(): number {
    return this.byKey.size
  }

  /** All entries of every section, sorted by section, then source reference. */
  entries(): LedgerEntry[] {
    return this.sorted().map((key) => this.byKey.get(key) as LedgerEntry)
  }

  /** The file's text as a rewrite would write it now (see {@link fileBytes}). */
  serialize(): string {
    return this.fileBytes().toString('utf8')
  }

  /**
   * Serialises deterministically: sorted entries, stable key order, one entry a line. Costs a copy
   * of the file's lines and the lines kept, plus a merge of the sources added since the last time.
   */
  private fileBytes(): Buffer {
    const keys = this.sorted()
    const lines = this.copied
      ? this.copied.linesOf(
          keys,
          (key) => this.byKey.get(key),
          (key) => this.lineOf(key)
        )
      : keys.map((key) => this.lineOf(key))
    const sectioned = [...this.byKey.values()].some((entry) => entry.section !== undefined)
    const nodes = this.graph.size === 0 ? [] : this.graph.lines(keys.map((key) => this.topOf(key)))
    return serializeLedger({ lines, sectioned, resume: this.resume, round: this.round, nodes })
  }

  /** The digest the target serves for an entry. */
  private topOf(key: string): string {
    const entry = this.byKey.get(key) as LedgerEntry
    return entry.targetDigest ?? entry.digest
  }

  private set(entry: LedgerEntry): void {
    const key = entryKey(entry)
    if (!this.byKey.has(key)) this.added.push(key)
    this.byKey.set(key, entry)
    this.lines.delete(key)
  }

  private lineOf(key: string): string {
    let line = this.lines.get(key)
    if (line === undefined) {
      line = redactedJson(this.byKey.get(key))
      this.lines.set(key, line)
    }
    return line
  }

  /**
   * Keys in order: the known order without the keys removed since, merged with the (sorted) keys
   * added since; a full sort only when the order is not known (a prune of a large ledger sorts nothing).
   */
  private sorted(): string[] {
    if (!this.order) {
      this.order = [...this.byKey.keys()].sort(compareText)
    } else {
      if (this.removed) {
        const present = (key: string): boolean => this.byKey.has(key)
        this.order = this.order.filter(present)
        this.added = this.added.filter(present)
      }
      // A key removed and added again is in both lists: the merge keeps it once.
      if (this.added.length > 0) this.order = mergeSorted(this.order, this.added.sort(compareText))
    }
    this.added = []
    this.removed = false
    return this.order
  }

  /**
   * Makes every recorded entry durable: appends them to the journal. Resolves when they are on
   * disk; may start a background rewrite.
   */
  commit(): Promise<void> {
    const journaled = this.unjournaled
    this.unjournaled = []
    if (!this.journal) return Promise.resolve()
    return this.journal.append(journaled.map((entry) => `${this.lineOf(entryKey(entry))}\n`))
  }

  /**
   * Writes the file when it lacks anything the ledger holds or does not exist yet (commits first,
   * waits for a background rewrite), then removes the journal; concurrent calls coalesce. Nothing is
   * written otherwise.
   */
  async save(): Promise<void> {
    if (!this.journal) return
    const journal = this.journal
    await this.commit()
    await journal.save(() => this.unsaved || journal.pending)
  }
}
