import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs'
import { lstat, open, readdir, readlink, rm, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { isAlive } from './lock-file'
import { resolvedPath } from './resolved-path'

/** What a path is, in words, when it is not a regular file or a directory (a FIFO, a socket, a device). */
export function specialKind(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string | undefined {
  if (info.isFIFO()) return 'a FIFO'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  return undefined
}

/** A file that is not a regular file where one was expected (code `ENOTREG`). */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG'
  constructor(
    readonly path: string,
    readonly what: string
  ) {
    super(`${path}: is ${what}, not a regular file`)
  }
}

/**
 * Reads a regular file. It is opened non-blocking and checked before any read, so a FIFO, socket or
 * device put in a file's place is an error at once ({@link NotRegularFileError}), never a wait.
 */
export async function readRegularFile(path: string): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new NotRegularFileError(path, specialKind(info) ?? 'a directory')
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}

/**
 * {@link readRegularFile}, synchronously (option parsing): a FIFO or device is an error at once.
 * A blocking read would stall the main thread, where no signal handler could run.
 */
export function readRegularFileSync(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) throw new NotRegularFileError(path, specialKind(info) ?? 'a directory')
    return readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Symbolic links followed at most this deep (Linux's own limit). */
const MAX_LINKS = 40

/**
 * The absolute path a file is (or would be) written at: symbolic links followed, dangling ones
 * too (a link to a state file not written yet), then the parent's {@link resolvedPath}. Two paths
 * name the same file exactly when their resolved paths are equal.
 */
export async function resolveFile(path: string): Promise<string> {
  let current = resolve(path)
  for (let links = 0; links < MAX_LINKS; links++) {
    const info = await lstat(current).catch(() => undefined)
    if (!info?.isSymbolicLink()) return join(resolvedPath(dirname(current)), basename(current))
    current = resolve(dirname(current), await readlink(current))
  }
  return current
}

/** The start of this process (ms since the epoch): anything older was not written by this run. */
export const processStart = (): number => performance.timeOrigin

/** Temporary files of a run killed longer ago than this are removed whatever their pid says (another host's). */
const ABANDONED_MS = 60 * 60 * 1000

/**
 * Removes the temporary files a killed run left in `directory`: names `match` recognises (returning
 * the writer's pid, or undefined when the name holds none), older than this run, and either written
 * by a process that is gone or untouched for an hour. Returns how many it removed; never throws.
 */
export async function removeLeftTemps(directory: string, match: (name: string) => number | undefined | false): Promise<number> {
  const names = await readdir(directory).catch(() => [] as string[])
  let removed = 0
  for (const name of names) {
    const pid = match(name)
    if (pid === false || pid === process.pid) continue
    const info = await stat(join(directory, name)).catch(() => undefined)
    if (!info?.isFile() || info.mtimeMs >= processStart()) continue
    if ((pid !== undefined && !isAlive(pid)) || Date.now() - info.mtimeMs > ABANDONED_MS) {
      await rm(join(directory, name), { force: true })
      removed++
    }
  }
  return removed
}
