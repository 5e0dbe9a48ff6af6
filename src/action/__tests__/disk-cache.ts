import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { homedir } from 'node:os'
import { cachePath, type CacheStore } from '../ledger-cache'

/** `~/x` as `@actions/cache` reads it: under the home directory. */
const expandHome = (path: string): string => (path.startsWith('~/') ? join(homedir(), path.slice(2)) : path)

/** One saved cache entry. */
export interface StoredEntry<T> {
  key: string
  /** Order of creation (newest is highest). */
  created: number
  data: T
}

/**
 * The Actions cache's matching rule: for each key in order, an exact match, else the newest entry
 * whose key starts with it.
 */
export function findEntry<T>(entries: StoredEntry<T>[], keys: string[]): StoredEntry<T> | undefined {
  for (const key of keys) {
    const exact = entries.find((entry) => entry.key === key)
    if (exact) return exact
    const newest = entries.filter((entry) => entry.key.startsWith(key)).sort((a, b) => b.created - a.created)[0]
    if (newest) return newest
  }
  return undefined
}

/** Saved files by path, as text. */
type Files = Record<string, string>

/**
 * A stand-in for `@actions/cache` backed by a directory (one JSON file per entry): the module
 * boundary the action's ledger code is tested at. Keys are never overwritten (a second save of a key
 * returns -1, as the real service refuses it).
 */
export class DiskCache implements CacheStore {
  /** Every call, as `restore KEYS...` or `save KEY`. */
  readonly calls: string[] = []

  constructor(
    readonly dir: string,
    private readonly available = true
  ) {}

  isFeatureAvailable(): boolean {
    return this.available
  }

  /** The entries, oldest first. */
  async entries(): Promise<StoredEntry<Files>[]> {
    await mkdir(this.dir, { recursive: true })
    const names = (await readdir(this.dir)).filter((name) => name.endsWith('.json'))
    const entries = await Promise.all(names.map(async (name) => JSON.parse(await readFile(join(this.dir, name), 'utf8')) as StoredEntry<Files>))
    return entries.sort((a, b) => a.created - b.created)
  }

  async restoreCache(paths: string[], primaryKey: string, restoreKeys: string[] = []): Promise<string | undefined> {
    this.calls.push(`restore ${[primaryKey, ...restoreKeys].join(' ')}`)
    const entry = findEntry(await this.entries(), [primaryKey, ...restoreKeys])
    if (!entry) return undefined
    for (const path of paths.filter((p) => p in entry.data)) {
      await mkdir(dirname(expandHome(path)), { recursive: true })
      await writeFile(expandHome(path), entry.data[path])
    }
    return entry.key
  }

  async saveCache(paths: string[], key: string): Promise<number> {
    this.calls.push(`save ${key}`)
    const entries = await this.entries()
    if (entries.some((entry) => entry.key === key)) return -1
    const data: Files = {}
    for (const path of paths) data[path] = await readFile(expandHome(path), 'utf8')
    return this.add(key, data, entries.length + 1)
  }

  /** Adds an entry holding `content` at `path`, as an earlier run would have. */
  async put(key: string, path: string, content: string): Promise<void> {
    await this.add(key, { [cachePath(path)]: content }, (await this.entries()).length + 1)
  }

  /** The text an entry holds at `path`. */
  async text(key: string, path: string): Promise<string | undefined> {
    return (await this.entries()).find((entry) => entry.key === key)?.data[path]
  }

  private async add(key: string, data: Files, created: number): Promise<number> {
    const entry: StoredEntry<Files> = { key, created, data }
    await writeFile(join(this.dir, `${String(created).padStart(6, '0')}.json`), JSON.stringify(entry))
    return created
  }
}
