import { mkdir } from 'node:fs/promises'
import { hostname } from 'node:os'
import { dirname } from 'node:path'
import { UsageError } from '../../oci/errors'
import { LockFile, type LockHolder } from '../../util/lock-file'

/** A state file lock from another host untouched this long is stale (its holder refreshes it every 2.5 minutes). */
export const STATE_LOCK_STALE_MS = 10 * 60 * 1000

/** The lock a run holds on its state file from load to the end of the run. */
export const lockPath = (file: string): string => `${file}.lock`

/** Takes the state file's lock, or throws the UsageError that names the run holding it. */
export async function lockStateFile(path: string, file: string, warn?: (message: string) => void): Promise<LockFile> {
  await mkdir(dirname(file), { recursive: true }).catch(() => undefined)
  const lock = await LockFile.acquire(lockPath(file), {
    staleMs: STATE_LOCK_STALE_MS,
    onStale: (holder, why) =>
      warn?.(`${path}: taking over the lock ${lockPath(path)} of a run that is gone (${holder ? describeHolder(holder) : 'unknown'}: ${why})`)
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
