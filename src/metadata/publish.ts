import type { LedgerEntry } from '../sync/state/ledger'
import type { MirrorReport } from '../sync/run/run-mirrors'
import type { SyncReport } from '../sync/types'
import { collectChanges } from './changes'
import { MetadataError } from './errors'
import type { NewTreeEntry } from './git-database'
import { openLocation, type Location, type LocationOptions } from './location'
import { planCommit, type PlannedCommit } from './plan-commit'
import { joinPath } from '../oci/reference'
import { blobReader, readSnapshot, type Snapshot } from './snapshot'
import { retry } from '../util/retry'

/** Inputs of {@link publishMetadata}. */
export interface PublishOptions extends LocationOptions {
  /** The run's report; a config run's (with `mirrors`) records every mirror in the one commit. */
  report: SyncReport & { mirrors?: MirrorReport[] }
  /** The ledger after the run (all entries; those of the report's namespaces, and a mirror's section, are used). */
  ledger: LedgerEntry[]
  /** Print what would change and commit nothing (also implied by a dry-run report). */
  dryRun?: boolean
  log?: (message: string) => void
  /** Time of the run (default: now). */
  now?: Date
}

/** What {@link publishMetadata} did. */
export interface PublishResult {
  committed: boolean
  /** The commit made. */
  sha?: string
  /** The commit's summary line (made or, in a dry run, planned), or `no change`. */
  message: string
  /** Repository paths changed (or that would change). */
  files: string[]
}

/** Attempts to land the commit when other writers keep moving the branch. */
const MAX_ATTEMPTS = 8
const BACKOFF_BASE_MS = 250
const BACKOFF_MAX_MS = 8_000
/** Files up to this size travel inside the tree request; larger ones as blobs of their own. */
const INLINE_LIMIT_BYTES = 256 * 1024

/**
 * Records a run in the metadata repository through the GitHub API (no checkout, no SSH key): one
 * commit when something changed, none otherwise. Reads the branch head, computes the files on it,
 * builds a tree on the head's tree, commits and moves the branch without force. When the branch
 * moved meanwhile (another shard or run committed), it reads the new head, computes the files
 * again (merging, never overwriting) and retries with backoff. A missing branch is created as a
 * new root commit holding only the metadata. Throws a MetadataError; the mirror is unaffected.
 */
export async function publishMetadata(options: PublishOptions): Promise<PublishResult> {
  const log = options.log ?? (() => undefined)
  const now = options.now ?? new Date()
  const dryRun = Boolean(options.dryRun || options.report.dryRun)
  const mirrors = options.report.mirrors?.filter((mirror) => !mirror.error)
  const changes = mirrors
    ? mirrors.map((mirror) => collectChanges(mirror, sectionOf(options.ledger, mirror.name), now, dryRun))
    : [collectChanges(options.report, options.ledger, now, dryRun)]
  const location = await openLocation(options, log)
  const where = `metadata ${location.db.label}@${location.branch}`
  const read = blobReader(location.db)
  /** The last commit made, in case the branch already points at it (a ref update whose answer was lost). */
  let made: PublishResult | undefined
  const attempt = async (): Promise<PublishResult> => {
    const snapshot = await readSnapshot(location)
    if (made && snapshot.head === made.sha) return made
    const plan = await planCommit(location, snapshot, read, changes, now)
    const summary = plan.message.split('\n')[0]
    const files = [...plan.files.keys()].map((path) => joinPath(location.folder, path))
    if (plan.files.size === 0) {
      log(`${where}: no change`)
      return { committed: false, message: 'no change', files: [] }
    }
    if (dryRun) {
      log(`${where} (dry run): would commit "${summary}" changing ${files.join(', ')}`)
      if (plan.section) log(plan.section.trimEnd())
      return { committed: false, message: summary, files }
    }
    if (snapshot.state === 'empty-repository') {
      await createFirstCommit(location, plan)
      log(`${where}: the repository was empty; created its first commit`)
      throw new BranchMoved(false)
    }
    const sha = await writeCommit(location, snapshot, plan)
    made = { committed: true, sha, message: summary, files }
    if (!(await moveBranch(location, snapshot, sha))) throw new BranchMoved(true)
    log(`${where}: committed ${sha.slice(0, 12)} "${summary}"`)
    return made
  }
  try {
    return await retry(attempt, {
      attempts: MAX_ATTEMPTS,
      backoffMs: BACKOFF_BASE_MS,
      maxDelayMs: BACKOFF_MAX_MS,
      retryable: (error) => error instanceof BranchMoved,
      retryAfterMs: (error) => ((error as BranchMoved).moved ? undefined : 0),
      onRetry: ({ error, delayMs }) =>
        (error as BranchMoved).moved && log(`${where}: the branch moved meanwhile; rebuilding on the new head in ${Math.round(delayMs)} ms`)
    })
  } catch (error) {
    if (!(error instanceof BranchMoved)) throw error
    throw new MetadataError(`metadata-repo ${location.db.label}: branch ${location.branch} kept moving; gave up after ${MAX_ATTEMPTS} attempts`)
  }
}

/** A config mirror's entries: its section, and those of a single-mirror ledger it reads through (see `Ledger.section`). */
function sectionOf(ledger: LedgerEntry[], id: string): LedgerEntry[] {
  const own = ledger.filter((entry) => entry.section === id)
  const sources = new Set(own.map((entry) => entry.source))
  return [...own, ...ledger.filter((entry) => entry.section === undefined && !sources.has(entry.source))]
}

/** Another attempt is needed: the branch moved under the commit (or the first commit was just made). */
class BranchMoved extends Error {
  /** False when the repository was empty and its first commit was just made: try again at once. */
  constructor(readonly moved: boolean) {
    super(moved ? 'the branch moved meanwhile' : 'created the first commit')
  }
}

/** Creates the planned commit (blobs, tree on the head's tree, commit) without moving the branch. */
async function writeCommit({ db, folder }: Location, snapshot: Snapshot, plan: PlannedCommit): Promise<string> {
  const entries = await Promise.all(
    [...plan.files].map(async ([path, content]): Promise<NewTreeEntry> =>
      content === null
        ? { path: joinPath(folder, path), sha: null }
        : Buffer.byteLength(content) <= INLINE_LIMIT_BYTES
          ? { path: joinPath(folder, path), content }
          : { path: joinPath(folder, path), sha: await db.createBlob(content) }
    )
  )
  const tree = await db.createTree(snapshot.tree, entries)
  return db.createCommit(plan.message, tree, snapshot.head ? [snapshot.head] : [])
}

/** Moves (or creates) the branch to the commit; false when another writer got there first. */
function moveBranch({ db, branch }: Location, snapshot: Snapshot, sha: string): Promise<boolean> {
  return snapshot.head ? db.moveBranch(branch, sha) : db.createBranch(branch, sha)
}

/**
 * GitHub refuses git database writes in a repository without commits; its first commit is made
 * with the contents API, holding the README, and the run's commit follows on top of it.
 */
async function createFirstCommit({ db, branch, folder }: Location, plan: PlannedCommit): Promise<void> {
  const [path, content] = [...plan.files].find(([name, text]) => name === 'README.md' && text !== null) ?? [...plan.files].find(([, text]) => text !== null)!
  await db.createFirstFile(branch, joinPath(folder, path), content!, 'mirror: create the metadata repository')
}
