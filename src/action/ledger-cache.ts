import { rename } from 'node:fs/promises'
import { homedir } from 'node:os'
import { Ledger, type LedgerEntry } from '../sync/state/ledger'

/** The part of `@actions/cache` the ledger uses; tests pass a store on disk. */
export interface CacheStore {
  /** Whether the cache service is there (may load the cache's code to find out). */
  isFeatureAvailable(): boolean | Promise<boolean>
  /** Restores `paths`; `primaryKey` and then each of `restoreKeys` match by prefix, newest first. */
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>
  /** Saves `paths` under `key` (a key is never overwritten); -1 when it was not saved. */
  saveCache(paths: string[], key: string): Promise<number>
}

/** Where one mirror's ledger lives: a file, and the cache entries that carry it between runs. */
export interface LedgerLocation {
  path: string
  /** Every entry of this mirror starts with it; the newest one is restored. */
  prefix: string
  /** The fresh key this run saves under. */
  key: string
}

/** What the action logs through; `@actions/core` in production. */
export interface ActionLog {
  info(message: string): void
  warning(message: string): void
}

/** A ledger ready for the run, and how it was obtained. */
export interface RestoredLedger {
  ledger: Ledger
  /** `file`: already on disk; `cache`: restored; `metadata`: seeded from the record; `none`: empty. */
  origin: 'file' | 'cache' | 'metadata' | 'none'
  /** Whether the Actions cache is in use (enabled and available); when not, the ledger stays in its file. */
  cached: boolean
  /** SHA-256 of the file as the run found it (empty when there was none): see `Ledger.changedSince`. */
  digest: string
}

/** Inputs of {@link restoreLedger}. */
export interface RestoreOptions {
  /** The cache, or undefined when the `cache` input is false. */
  cache?: CacheStore
  /** Entries to start from when no ledger was found (the metadata record); may throw. */
  fallback?: () => Promise<LedgerEntry[]>
  /** Names the fallback in messages, e.g. `the metadata record in octo/meta`. */
  fallbackName?: string
  /**
   * A dry run's: the ledger is read where it is, without its lock, and not restored from the cache
   * (a restore writes the file and a folder under RUNNER_TEMP); the run writes nothing.
   */
  readOnly?: boolean
  log: ActionLog
}

/** How {@link saveLedger} ended. */
export type SaveOutcome = 'saved' | 'unchanged' | 'missing' | 'failed'

/**
 * The ledger's location: `path`, and cache keys `gcr-mirror-ledger-<mirrorId>-` + run id + attempt,
 * fresh for every run because a cache key can't be overwritten.
 */
export function ledgerLocation(path: string, mirrorId: string, env: NodeJS.ProcessEnv = process.env): LedgerLocation {
  const prefix = `gcr-mirror-ledger-${mirrorId}-`
  const run = env.GITHUB_RUN_ID || `local${Date.now()}`
  return { path, prefix, key: `${prefix}${run}-${env.GITHUB_RUN_ATTEMPT || '1'}` }
}

/**
 * The path as handed to the Actions cache, whose entries only match when the path is spelt the same:
 * `~/...` under the home directory (the same on every run of a runner, whatever its temp folder).
 */
export function cachePath(path: string, home = homedir()): string {
  return home && path.startsWith(`${home}/`) ? `~/${path.slice(home.length + 1)}` : path
}

/** An error's message, for a warning. */
const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/**
 * Loads a ledger restored from cache entry `key`. An entry that put no file at `path` (saved on a
 * runner with another home or workspace layout) or a corrupt ledger (moved aside) counts as a miss.
 */
async function loadRestored(path: string, key: string, log: ActionLog): Promise<Ledger | undefined> {
  try {
    const ledger = await Ledger.load(path)
    if (ledger.found) return ledger
    log.warning(`Cache entry ${key} holds no ledger at ${path} (saved on a runner with other paths?); starting without it`)
    return undefined
  } catch (error) {
    await rename(path, `${path}.corrupt`)
    log.warning(`The cached ledger is unusable (${reason(error)}); moved to ${path}.corrupt, starting without it`)
    return undefined
  }
}

/**
 * Gets the ledger for this run. A ledger file already on disk is used as it is. Otherwise the newest
 * cache entry under the mirror's prefix is restored. Where the cache service is absent (a local run)
 * this warns once and the ledger lives in its file only. Where no entry exists (a first run, or the
 * entry was evicted after 7 days unused) the ledger is seeded from `fallback` (the metadata record);
 * without one the engine checks the target (HEAD) for tags without a ledger entry, so nothing the
 * target already holds is copied again. A dry run (`readOnly`) reads the file only, as it is.
 */
export async function restoreLedger(location: LedgerLocation, options: RestoreOptions): Promise<RestoredLedger> {
  const { cache, log, readOnly } = options
  const cached = !readOnly && Boolean(await cache?.isFeatureAvailable())
  if (cache && readOnly) log.info('Dry run: the ledger is not restored from the Actions cache (a dry run writes nothing)')
  else if (cache && !cached) log.warning(`The Actions cache service is not available (a local run?): the ledger is kept in ${location.path} only`)

  let ledger: Ledger | undefined = await Ledger.load(location.path, { warn: (message) => log.warning(message), readOnly })
  let origin: RestoredLedger['origin'] = 'none'
  if (ledger.found) {
    origin = 'file'
    log.info(`Ledger: ${location.path} (${ledger.size} tags), already on disk`)
  } else if (cached && cache) {
    const hit = await cache.restoreCache([cachePath(location.path)], location.key, [location.prefix]).catch((error: unknown) => {
      log.warning(`Could not restore the ledger from the Actions cache (${reason(error)})`)
      return undefined
    })
    const restored = hit ? await loadRestored(location.path, hit, log) : undefined
    if (restored) {
      ledger = restored
      origin = 'cache'
      log.info(`Ledger: restored ${ledger.size} tags from cache entry ${hit}`)
    }
  }
  if (origin === 'none') origin = await seed(ledger, options)
  return { ledger, origin, cached, digest: ledger.digest }
}

/** Seeds an empty ledger from the fallback; a failing fallback is a warning, not a failure. */
async function seed(ledger: Ledger, { fallback, fallbackName, log }: RestoreOptions): Promise<RestoredLedger['origin']> {
  const headCheck = 'tags without a ledger entry are checked on the target first, so what it already holds is not copied again'
  if (!fallback) {
    log.info(`Ledger: none found (first run, or the cache entry was evicted); ${headCheck}`)
    return 'none'
  }
  try {
    const added = ledger.seed(await fallback())
    log.info(`Ledger: none found in the cache; seeded ${added} tags from ${fallbackName ?? 'the fallback'}`)
    return added > 0 ? 'metadata' : 'none'
  } catch (error) {
    log.warning(`Ledger: could not read ${fallbackName ?? 'the fallback'} (${reason(error)}); ${headCheck}`)
    return 'none'
  }
}

/**
 * Saves the ledger's file under `key`, on the ledger's own word: nothing is saved when it has no
 * file or is unchanged since `restoredDigest` (the restored entry stays the newest). The file must be
 * up to date (`ledger.save()`). A failed save is a warning: the mirror itself is done, and the next
 * run falls back as after an eviction.
 */
export async function saveLedger(
  location: Pick<LedgerLocation, 'path' | 'key'>,
  ledger: Ledger,
  restoredDigest: string,
  cache: CacheStore,
  log: ActionLog
): Promise<SaveOutcome> {
  if (!ledger.found) return 'missing'
  if (!ledger.changedSince(restoredDigest)) {
    log.info('Ledger unchanged: the cache entry it came from stays current')
    return 'unchanged'
  }
  const failed = (why: string): SaveOutcome => {
    log.warning(`Could not save the ledger to the Actions cache (${why}); the next run falls back as after an eviction`)
    return 'failed'
  }
  try {
    // @actions/cache answers -1 for a save it gave up on (the key reserved by another job, the service refusing): a warning too.
    if ((await cache.saveCache([cachePath(location.path)], location.key)) === -1) return failed('the cache service did not take it')
    log.info(`Ledger saved to the Actions cache as ${location.key}`)
    return 'saved'
  } catch (error) {
    return failed(reason(error))
  }
}
