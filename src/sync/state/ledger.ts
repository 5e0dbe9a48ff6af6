import { createHash } from 'node:crypto'
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, dirname } from 'node:path'
import type { Landed } from '../types'
import { atomicTempPid, writeFileAtomic } from '../../util/atomic-write'
import { NotRegularFileError, readRegularFile, removeLeftTemps, resolveFile } from '../../util/local-file'
import { LockFile, type LockHolder } from '../../util/lock-file'
import { redactedJson } from '../../util/redact'
import { UsageError } from '../../oci/errors'
import type { GraphNode } from '../../engines/engine'
import { ManifestGraph } from './ledger-graph'

/** What the mirror holds for one source tag. */
export interface LedgerEntry extends Landed {
  /** Full source reference, e.g. `127.0.0.1:5001/corp/app:v1`. */
  source: string
  /** The source digest that was mirrored. */
  digest: string
  /** Full target reference, e.g. `127.0.0.1:5002/mirror/app:v1`. */
  target: string
  /** ISO times. */
  firstMirrored: string
  lastMirrored: string
  /** The section (config mirror id) the entry belongs to; absent: the section of a single-mirror run. */
  section?: string
}

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
  /** Where the next run starts listing: the first repository the last run with a cut-short listing did not reach. */
  resumeAt(): string | undefined
  /** Sets (or, undefined, clears) {@link resumeAt}; {@link save} writes it. */
  setResumeAt(repository: string | undefined): void
}

/** The ledger file's marker, so a foreign or corrupt file is never taken for ours. */
export const LEDGER_FORMAT = 'gcr-mirror-ledger'
/** Version 1: entries without sections; version 2: entries may carry `section` (written only then). */
export const LEDGER_VERSION = 2
const FLAT_VERSION = 1

/** The map key of an entry: its source reference, behind its section when it has one. */
const keyOf = (source: string, section?: string): string => (section === undefined ? source : `${section}\u0000${source}`)
const entryKey = (entry: LedgerEntry): string => keyOf(entry.source, entry.section)

/** A background rewrite waits at least this long after the previous one. */
const REWRITE_INTERVAL_MS = 1_000

/** A state file lock from another host untouched this long is stale (its holder refreshes it every 2.5 minutes). */
export const STATE_LOCK_STALE_MS = 10 * 60 * 1000

/** The lock a run holds on its state file from load to the end of the run. */
export const lockPath = (file: string): string => `${file}.lock`

/** How {@link Ledger.load} tells what it did on the way (a stale lock taken over, temporary files removed). */
export interface LoadOptions {
  warn?: (message: string) => void
  /** A dry run's ledger: read as it is (file and journal), no lock taken, nothing removed, created or written. */
  readOnly?: boolean
}

interface LedgerFile {
  format: typeof LEDGER_FORMAT
  version: number
  /** Per section ('' for a single-mirror run), the repository the next run lists first (absent in older files). */
  resume?: Record<string, string>
  entries: LedgerEntry[]
  /** Runs that verified (see {@link LedgerView.verifyRound}); absent: 0. */
  verifyRound?: number
  /** What the mirrored manifests reference (see ManifestGraph); absent in files written before it. */
  graph?: unknown
}

/** The key of a section's resume point ('' for the section of a single-mirror run). */
const resumeKey = (section?: string): string => section ?? ''

/** The journal beside a ledger file, and the journal a rewrite under way has set aside. */
export const journalPath = (path: string): string => `${path}.journal`
const setAsidePath = (path: string): string => `${path}.journal.old`

/**
 * The state file, owned from load to save: source reference -> digest mirrored -> target reference,
 * per section (one per mirror of a config run; {@link section}); the ledger itself is the section
 * of a single-mirror run, which is what a version 1 file holds.
 *
 * Finished tags cost O(1) each: {@link commit} appends them to a journal beside the file
 * (`PATH.journal`, one JSON entry a line, fsynced, concurrent commits grouped into one write), so
 * a SIGKILL loses no finished tag. The file itself is rewritten atomically (temporary file, then
 * rename) off the tags' path: in the background once the journal holds as many entries as the
 * file (and at most once a second), so the rewrites of a run cost O(N) in all, and by
 * {@link save} at the end. {@link load} replays the journal. A run that records nothing writes
 * nothing.
 */
export class Ledger {
  private readonly byKey = new Map<string, LedgerEntry>()
  /** Per section, where the next run starts listing (see LedgerView.resumeAt). */
  private readonly resume = new Map<string, string>()
  /** Each entry's JSON line, kept from the journal or the last rewrite so a rewrite only joins them. */
  private readonly lines = new Map<string, string>()
  /** Sources in file order when known to be sorted, and the sources added since. */
  private order: string[] | undefined
  private added: string[] = []
  /** Recorded, not yet handed to the journal. */
  private unjournaled: LedgerEntry[] = []
  /** Lines waiting for the next journal write. */
  private queue: string[] = []
  /** The serial chain of journal writes and rotations; `scheduled` is a write not yet started. */
  private io: Promise<void> = Promise.resolve()
  private scheduled: Promise<void> | undefined
  /** The latest journal write (its failure reaches every commit waiting on it). */
  private appended: Promise<void> = Promise.resolve()
  private journal: FileHandle | undefined
  private journalExists = false
  private setAsideExists = false
  /** Journal lines since the last rewrite began. */
  private journalLines = 0
  /** The file lacks something the ledger holds. */
  private unsaved: boolean
  /** The file or the journal was written since the load. */
  private wrote = false
  private rewriting: Promise<void> | undefined
  private lastRewrite = Date.now()
  private sizeAtRewrite = 0
  private existed = false
  /** The file's text as loaded, until {@link digest} hashes it (the CLI never asks: 100,000 tags, ~0.1 s saved). */
  private loadedText: string | undefined
  /** SHA-256 of the file as loaded ('' when there was none), once asked for. */
  private loadedDigest: string | undefined
  /** The state file's lock, held from load to {@link release}. */
  private lock: LockFile | undefined
  /** The file written: `path` with symbolic links followed (the link stays a link). */
  private file: string | undefined
  private readonly graph = new ManifestGraph()
  /** The rotation count as loaded, and this run's once asked for. */
  private round = 0
  private roundTaken = false

  constructor(
    readonly path: string | undefined,
    entries: Iterable<LedgerEntry> = []
  ) {
    this.file = path
    for (const entry of entries) this.byKey.set(entryKey(entry), entry)
    this.unsaved = this.byKey.size > 0
  }

  /**
   * Loads a ledger: the file (read once), then the journal of a run that did not get to rewrite it.
   * A missing file is an empty ledger; an unreadable, corrupt or foreign file is a UsageError (it is
   * never silently discarded).
   *
   * First it takes the state file's lock (`PATH.lock`, see {@link LockFile}): a live run holding it
   * is a UsageError naming it (exit 2, before any copy); a lock whose run is gone is taken over with
   * a warning. Then the temporary files of a killed run's rewrites are removed. The lock is held
   * until {@link release} (or the process exits).
   */
  static async load(path: string | undefined, options: LoadOptions = {}): Promise<Ledger> {
    if (!path) return new Ledger(undefined)
    const file = await resolveFile(path)
    if (options.readOnly) {
      const ledger = await Ledger.read(path, file, undefined, options)
      // No file to write: commit and save do nothing.
      ledger.file = undefined
      return ledger
    }
    const lock = await lockStateFile(path, file, options)
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
    const text = await readText(file, path)
    const parsed: ParsedLedger = text === undefined ? { entries: [] } : parseLedgerLines(text, path)
    const ledger = new Ledger(path, parsed.entries)
    ledger.graph.load(parsed.graph)
    ledger.round = parsed.verifyRound ?? 0
    for (const [section, repository] of Object.entries(parsed.resume ?? {})) ledger.resume.set(section, repository)
    ledger.file = file
    ledger.lock = lock
    parsed.lines?.forEach((line, i) => ledger.lines.set(entryKey(parsed.entries[i]), line))
    ledger.unsaved = false
    ledger.order = sortedKeys(ledger.byKey.keys())
    ledger.existed = text !== undefined
    ledger.loadedText = text
    ledger.sizeAtRewrite = ledger.size
    // A rewrite under way when the last run ended set this journal aside: its entries come first.
    const setAside = await readText(setAsidePath(file), path)
    const journal = await readText(journalPath(file), path)
    for (const [name, lines] of [
      [setAsidePath(path), setAside],
      [journalPath(path), journal]
    ] as const) {
      if (lines === undefined) continue
      const replayed = parseJournal(lines, name)
      for (const entry of replayed) ledger.set(entry)
      ledger.journalLines += replayed.length
      ledger.existed = true
    }
    ledger.journalExists = journal !== undefined
    ledger.setAsideExists = setAside !== undefined
    ledger.unsaved = setAside !== undefined || journal !== undefined
    // Two journals: write the file now, so the next rewrite can set the journal aside again.
    if (ledger.setAsideExists && !options.readOnly) await ledger.save()
    return ledger
  }

  /** Lets the state file go (closes the journal, removes the lock; {@link save} first): the ledger is not used after. */
  async release(): Promise<void> {
    try {
      await this.io
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
      this.loadedDigest = this.loadedText === undefined ? '' : createHash('sha256').update(this.loadedText).digest('hex')
      this.loadedText = undefined
    }
    return this.loadedDigest
  }

  /** Whether a file or a journal was found at load. */
  get found(): boolean {
    return this.existed
  }

  /**
   * Whether what is on disk differs from a file of digest `digest` (the one a run restored): the
   * journal had entries at load, this ledger wrote since, or the file loaded was another one.
   */
  changedSince(digest: string): boolean {
    return this.wrote || this.journalExists || this.setAsideExists || this.digest !== digest
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
    this.order = undefined
    this.added = []
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

  /**
   * Serialises deterministically: sorted entries, stable key order, one entry a line. Costs a join
   * of the lines kept, plus a merge of the sources added since the last time.
   */
  serialize(): string {
    const keys = this.sorted()
    const lines = keys.map((key) => this.lineOf(key))
    const sectioned = keys.some((key) => this.byKey.get(key)?.section !== undefined)
    const resume = this.resume.size === 0 ? {} : { resume: Object.fromEntries([...this.resume].sort(([a], [b]) => compareText(a, b))) }
    const head = redactedJson({ format: LEDGER_FORMAT, version: sectioned ? LEDGER_VERSION : FLAT_VERSION, ...resume })
    const entries = lines.length === 0 ? `${head.slice(0, -1)},"entries":[]` : `${head.slice(0, -1)},"entries":[\n${lines.join(',\n')}\n]`
    const nodes = this.graph.size === 0 ? [] : this.graph.lines(keys.map((key) => this.topOf(key)))
    // Older readers take the file whole (not line by line) and ignore the members they do not know.
    const round = this.round > 0 ? `,"verifyRound":${this.round}` : ''
    return nodes.length === 0 ? `${entries}${round}}\n` : `${entries}${round},"graph":{\n${nodes.join(',\n')}\n}}\n`
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

  /** Keys in order: the known order merged with the (sorted) keys added since. */
  private sorted(): string[] {
    if (!this.order) this.order = [...this.byKey.keys()].sort(compareText)
    else if (this.added.length > 0) this.order = mergeSorted(this.order, this.added.sort(compareText))
    this.added = []
    return this.order
  }

  /**
   * Makes every recorded entry durable: appends them to the journal (one write and one fsync for
   * all commits waiting together). Resolves when they are on disk; may start a background rewrite.
   */
  commit(): Promise<void> {
    if (!this.file) {
      this.unjournaled = []
      return Promise.resolve()
    }
    for (const entry of this.unjournaled) this.queue.push(`${this.lineOf(entryKey(entry))}\n`)
    this.unjournaled = []
    if (this.queue.length === 0) return this.appended
    if (!this.scheduled) {
      this.scheduled = this.chain(() => this.appendQueued())
      this.appended = this.scheduled
    }
    return this.scheduled
  }

  /**
   * Writes the file when it lacks anything the ledger holds or does not exist yet (commits first,
   * waits for a background rewrite), then removes the journal; concurrent calls coalesce. Nothing is
   * written otherwise.
   */
  async save(): Promise<void> {
    if (!this.file) return
    await this.commit()
    await this.rewriting?.catch(() => undefined)
    if (!this.needsRewrite()) return
    await this.chain(async () => {
      await this.rewriting?.catch(() => undefined)
      if (this.needsRewrite()) await this.startRewrite()
    })
    await this.rewriting
  }

  /** The file lacks something, a journal is left, or there is no file yet (a first run writes one, even empty). */
  private needsRewrite(): boolean {
    return this.unsaved || this.journalExists || this.setAsideExists || !this.existed
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
    if (lines.length === 0 || !this.file) return
    if (!this.journal) {
      await mkdir(dirname(this.file), { recursive: true })
      this.journal = await open(journalPath(this.file), 'a', 0o600)
    }
    this.journalExists = true
    this.wrote = true
    await this.journal.write(lines.join(''))
    await this.journal.datasync()
    this.journalLines += lines.length
    const due = Date.now() - this.lastRewrite >= REWRITE_INTERVAL_MS && this.journalLines >= Math.max(1, this.sizeAtRewrite)
    // A failed background rewrite loses nothing (the journal holds it); save() tries again and reports.
    if (due && !this.rewriting) void this.chain(() => this.startRewrite()).catch(() => undefined)
  }

  /**
   * Sets the journal aside (new commits start a fresh one), snapshots the ledger and writes it in the
   * background; the journal set aside is removed once the file holds it. Runs on the chain.
   */
  private async startRewrite(): Promise<void> {
    const path = this.file
    if (!path || this.rewriting) return
    if (this.journalExists && !this.setAsideExists) {
      await this.journal?.close()
      this.journal = undefined
      await rename(journalPath(path), setAsidePath(path))
      this.journalExists = false
      this.setAsideExists = true
      this.journalLines = 0
    }
    const text = this.serialize()
    this.unsaved = false
    this.sizeAtRewrite = this.size
    this.lastRewrite = Date.now()
    this.rewriting = (async () => {
      try {
        await writeFileAtomic(path, text)
        this.wrote = true
        this.existed = true
        if (this.setAsideExists) {
          await rm(setAsidePath(path), { force: true })
          this.setAsideExists = false
        }
      } catch (error) {
        this.unsaved = true
        throw error
      } finally {
        this.rewriting = undefined
      }
    })()
    this.rewriting.catch(() => undefined)
  }
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The keys as an array when they are already sorted (a file we wrote), else undefined. */
function sortedKeys(keys: Iterable<string>): string[] | undefined {
  const list = [...keys]
  for (let i = 1; i < list.length; i++) if (list[i - 1] >= list[i]) return undefined
  return list
}

/** Merges two sorted lists of distinct sources. */
function mergeSorted(a: string[], b: string[]): string[] {
  const out: string[] = new Array<string>(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length && j < b.length) out[k++] = a[i] < b[j] ? a[i++] : b[j++]
  while (i < a.length) out[k++] = a[i++]
  while (j < b.length) out[k++] = b[j++]
  return out
}

/**
 * A file's text (read from `file`, named `path`), or undefined when it does not exist; any other
 * failure is a UsageError. A FIFO or device is refused at once, never waited on.
 */
async function readText(file: string, path: string): Promise<string | undefined> {
  try {
    return (await readRegularFile(file)).toString('utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    const why = error instanceof NotRegularFileError ? `is ${error.what}, not a regular file` : `cannot be read (${code ?? String(error)})`
    const name = file.endsWith('.journal') || file.endsWith('.journal.old') ? `${path} (its journal ${basename(file)})` : path
    throw new UsageError((w) => `${w.option('state-file')} ${name}: ${why}`)
  }
}

/** Takes the state file's lock, or throws the UsageError that names the run holding it. */
async function lockStateFile(path: string, file: string, options: LoadOptions): Promise<LockFile> {
  await mkdir(dirname(file), { recursive: true }).catch(() => undefined)
  const lock = await LockFile.acquire(lockPath(file), {
    staleMs: STATE_LOCK_STALE_MS,
    onStale: (holder, why) =>
      options.warn?.(`${path}: taking over the lock ${lockPath(path)} of a run that is gone (${holder ? describeHolder(holder) : 'unknown'}: ${why})`)
  }).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError((w) => `${w.option('state-file')} ${path}: cannot create its lock ${lockPath(path)} (${code ?? String(error)})`)
  })
  if (lock instanceof LockFile) return lock
  throw new UsageError((w) => `another run holds ${path} (${describeHolder(lock)}); wait for it or use another ${w.option('state-file')}`)
}

/** `pid 123 since 2026-01-01T00:00:00.000Z`, with the host when it is another one. */
export function describeHolder(holder: LockHolder): string {
  return `pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`} since ${holder.startedAt}`
}

/** Checks one entry's required fields, or throws a UsageError naming the file. */
function checkEntry(entry: Partial<LedgerEntry> | null, path: string): asserts entry is LedgerEntry {
  if (
    !entry ||
    typeof entry.source !== 'string' ||
    typeof entry.digest !== 'string' ||
    typeof entry.target !== 'string' ||
    !(entry.section === undefined || typeof entry.section === 'string')
  ) {
    throw new UsageError((w) => `${w.option('state-file')} ${path}: corrupt entry ${JSON.stringify(entry).slice(0, 120)}`)
  }
}

/** The end of a ledger file's first line as {@link Ledger.serialize} writes it, entries following one a line. */
const HEAD_END = ',"entries":['

/** What a ledger file holds. */
interface ParsedLedger extends Pick<LedgerFile, 'entries' | 'graph' | 'verifyRound' | 'resume'> {
  /** Each entry's line, when the file is as this version writes it. */
  lines?: string[]
}

/** The head of a file as {@link Ledger.serialize} writes it (either version, a resume point or not), else undefined. */
function parseHead(row: string): Pick<LedgerFile, 'format' | 'version' | 'resume'> | undefined {
  if (!row.startsWith(`{"format":"${LEDGER_FORMAT}",`) || !row.endsWith(HEAD_END)) return undefined
  try {
    const head = JSON.parse(`${row.slice(0, -HEAD_END.length)}}`) as Partial<LedgerFile>
    if (head.version !== FLAT_VERSION && head.version !== LEDGER_VERSION) return undefined
    return { format: LEDGER_FORMAT, version: head.version, resume: resumeOf(head.resume) }
  } catch {
    return undefined
  }
}

/** A file's resume points when well formed (strings by section); anything else is dropped (a hint, not data). */
function resumeOf(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
  const entries = Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  return entries.length === 0 ? undefined : Object.fromEntries(entries)
}

/**
 * Parses ledger text, or throws a UsageError naming the file; accepts only our own format. A file
 * as this version writes it (one entry a line) is parsed line by line and the lines are kept, so
 * the next rewrite only joins them; any other spelling is parsed whole.
 */
export function parseLedger(text: string, path: string): LedgerEntry[] {
  return parseLedgerLines(text, path).entries
}

function parseLedgerLines(text: string, path: string): ParsedLedger {
  const rows = text.split('\n')
  const head = parseHead(rows[0])
  // The entries end at `]}`, or at `],` when the rotation count or the graph follow (parsed whole).
  const end = rows.findIndex((row, i) => i > 0 && row.startsWith(']'))
  if (head && rows.at(-1) === '' && end > 0 && (rows[end] === ']}' ? end === rows.length - 2 : rows[end].startsWith('],'))) {
    const lines = rows.slice(1, end).map((row, i, all) => (i < all.length - 1 && row.endsWith(',') ? row.slice(0, -1) : row))
    try {
      const entries = lines.map((line) => JSON.parse(line) as LedgerEntry)
      const tail = rows[end] === ']}' ? {} : (JSON.parse(`{${rows.slice(end).join('\n').slice(2)}`) as Pick<LedgerFile, 'graph' | 'verifyRound'>)
      if (entries.every((entry) => entry && typeof entry === 'object')) {
        for (const entry of entries) checkEntry(entry, path)
        return { entries, lines, graph: tail.graph, verifyRound: roundOf(tail.verifyRound), resume: head.resume }
      }
    } catch (error) {
      if (error instanceof UsageError) throw error
    }
  }
  return parseWhole(text, path)
}

const roundOf = (value: unknown): number | undefined => (Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined)

function parseWhole(text: string, path: string): ParsedLedger {
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
  for (const entry of file.entries) checkEntry(entry, path)
  return { entries: file.entries, graph: file.graph, verifyRound: roundOf(file.verifyRound), resume: resumeOf(file.resume) }
}

/**
 * Parses a journal (one JSON entry a line). A last line without its newline is a write a kill cut
 * short, and is dropped (its tag was never reported finished); any other bad line is a UsageError.
 */
export function parseJournal(text: string, path: string): LedgerEntry[] {
  const lines = text.split('\n')
  lines.pop() // '' after the last newline, or a cut-short write
  return lines.map((line) => {
    let entry: Partial<LedgerEntry> | null
    try {
      entry = JSON.parse(line) as Partial<LedgerEntry> | null
    } catch {
      entry = null
    }
    checkEntry(entry, path)
    return entry
  })
}
