import { randomBytes } from 'node:crypto'
import { readFileSync, unlinkSync } from 'node:fs'
import { open, readFile, stat, unlink, utimes } from 'node:fs/promises'
import { hostname } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'

/** Who holds a lock file: its JSON content. */
export interface LockHolder {
  pid: number
  host: string
  /** ISO time the lock was taken. */
  startedAt: string
  /** The holder's start time in clock ticks since boot (`/proc/PID/stat` field 22), to tell a reused pid. */
  procStart?: string
  /** Random, so a release removes only its own lock. */
  token: string
}

/** How a lock is taken. */
export interface LockOptions {
  /** A lock from another host whose file was not touched for this long is stale (the holder refreshes it at a quarter of this). */
  staleMs: number
  /** How long to wait for a live holder before giving up (0: do not wait). */
  waitMs?: number
  /** Told when a stale lock is taken over, and why it was stale. */
  onStale?: (holder: LockHolder | undefined, why: string) => void
}

/** A file being written by its creator (created, not yet filled) is not stale before this. */
const FILLING_MS = 10_000
/** How often a waiter looks again. */
const POLL_MS = 25

const thisHost = hostname()
/** The locks this process holds, by path: taking one again shares it (counted). */
const held = new Map<string, LockFile>()
let exitHook = false

/**
 * A lock file (`PATH.lock`): created with O_EXCL holding the pid, host and start time of its holder.
 * A lock whose holder is gone is stale and taken over: on this host when its pid is dead or now
 * names another process (its start time differs), from another host when its file has not been
 * refreshed within `staleMs`. Taking over goes through a second short lock (`PATH.lock.takeover`),
 * so two runs finding the same stale lock never both get it. Held locks are removed at process exit.
 */
export class LockFile {
  private refresh: NodeJS.Timeout | undefined
  private count = 1

  private constructor(
    readonly path: string,
    readonly holder: LockHolder
  ) {}

  /**
   * Takes the lock at `path`, or returns the live holder that has it (after waiting up to `waitMs`).
   * A lock this process already holds is shared: it is removed when every taker has released it.
   */
  static async acquire(path: string, options: LockOptions): Promise<LockFile | LockHolder> {
    const mineAlready = held.get(path)
    if (mineAlready) {
      mineAlready.count++
      return mineAlready
    }
    const deadline = Date.now() + (options.waitMs ?? 0)
    // Bounded even when a stale lock cannot be removed (a directory in its way, say).
    const giveUp = deadline + FILLING_MS
    for (;;) {
      const mine = await create(path)
      if (mine) return LockFile.held(path, mine, options.staleMs)
      const found = await inspect(path, options.staleMs)
      if (found.stale && Date.now() < giveUp) {
        if (await takeOver(path, found.token, options.staleMs)) options.onStale?.(found.holder, found.stale)
        continue
      }
      if (found.missing && Date.now() < giveUp) continue
      if (Date.now() >= deadline) return found.holder ?? unknownHolder()
      await sleep(POLL_MS)
    }
  }

  /** Runs `task` holding the lock at `path`; throws `busy(holder)` when a live holder keeps it past `waitMs`. */
  static async with<T>(path: string, options: LockOptions, busy: (holder: LockHolder) => Error, task: () => Promise<T>): Promise<T> {
    const lock = await LockFile.acquire(path, options)
    if (!(lock instanceof LockFile)) throw busy(lock)
    try {
      return await task()
    } finally {
      await lock.release()
    }
  }

  private static held(path: string, holder: LockHolder, staleMs: number): LockFile {
    const lock = new LockFile(path, holder)
    held.set(path, lock)
    if (!exitHook) {
      exitHook = true
      process.on('exit', () => {
        for (const lock of held.values()) lock.releaseSync()
      })
    }
    // Another host can only tell a live holder by the file's time: touch it well within staleMs.
    lock.refresh = setInterval(() => void utimes(path, new Date(), new Date()).catch(() => undefined), Math.max(1_000, staleMs / 4))
    lock.refresh.unref()
    return lock
  }

  /** Removes the lock file if it is still this holder's. */
  async release(): Promise<void> {
    if (held.get(this.path) !== this || --this.count > 0) return
    held.delete(this.path)
    clearInterval(this.refresh)
    const text = await readFile(this.path, 'utf8').catch(() => '')
    if (parseHolder(text)?.token === this.holder.token) await unlink(this.path).catch(() => undefined)
  }

  private releaseSync(): void {
    held.delete(this.path)
    try {
      if (parseHolder(readFileSync(this.path, 'utf8'))?.token === this.holder.token) unlinkSync(this.path)
    } catch {
      // Gone already, or unreadable: nothing of ours to remove.
    }
  }
}

/** Creates the lock file with O_EXCL; undefined when it exists. */
async function create(path: string): Promise<LockHolder | undefined> {
  const holder: LockHolder = {
    pid: process.pid,
    host: thisHost,
    startedAt: new Date().toISOString(),
    ...(procStart(process.pid) ? { procStart: procStart(process.pid) } : {}),
    token: randomBytes(8).toString('hex')
  }
  let handle
  try {
    handle = await open(path, 'wx', 0o644)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined
    throw error
  }
  try {
    await handle.writeFile(`${JSON.stringify(holder)}\n`)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(path).catch(() => undefined)
    throw error
  }
  await handle.close()
  return holder
}

interface Inspection {
  holder?: LockHolder
  token?: string
  /** Why the lock is stale; undefined when it is live. */
  stale?: string
  /** The lock went away meanwhile. */
  missing?: boolean
}

/** Reads a lock file and decides whether its holder is gone. */
async function inspect(path: string, staleMs: number): Promise<Inspection> {
  let text: string
  let age: number
  try {
    ;[text, age] = await Promise.all([readFile(path, 'utf8'), stat(path).then((info) => Date.now() - info.mtimeMs)])
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true }
    throw error
  }
  const holder = parseHolder(text)
  if (!holder) return age > FILLING_MS ? { stale: 'it is empty or not a lock file', token: '' } : {}
  const base = { holder, token: holder.token }
  if (holder.host === thisHost) {
    if (!isAlive(holder.pid)) return { ...base, stale: `process ${holder.pid} is gone` }
    const start = procStart(holder.pid)
    if (holder.procStart && start && start !== holder.procStart) return { ...base, stale: `process ${holder.pid} is another process now` }
    return base
  }
  return age > staleMs ? { ...base, stale: `not refreshed for ${Math.round(age / 1000)} s by host ${holder.host}` } : base
}

/** Removes a stale lock under the takeover lock, if it is still the one found; true when it did. */
async function takeOver(path: string, token: string | undefined, staleMs: number): Promise<boolean> {
  const guard = `${path}.takeover`
  const mine = await create(guard)
  if (!mine) {
    // A takeover left by a process killed in its few milliseconds: stale after FILLING_MS.
    const info = await stat(guard).catch(() => undefined)
    if (info && Date.now() - info.mtimeMs > FILLING_MS) await unlink(guard).catch(() => undefined)
    else await sleep(POLL_MS)
    return false
  }
  try {
    const again = await inspect(path, staleMs)
    if (!again.stale || again.token !== token) return false
    await unlink(path).catch(() => undefined)
    return true
  } finally {
    await unlink(guard).catch(() => undefined)
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder> | null
    return value && typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string' ? (value as LockHolder) : undefined
  } catch {
    return undefined
  }
}

const unknownHolder = (): LockHolder => ({ pid: 0, host: '?', startedAt: '?', token: '' })

/** Whether a process with this pid exists on this host. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A process's start time in clock ticks since boot (Linux), undefined where /proc can't tell. */
function procStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}
