import { mkdir, open, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { resolveFile } from './local-file'

/**
 * Writes a file atomically: the data goes to a temporary file beside it (`NAME.<pid>.<random>.tmp`),
 * is flushed to disk, then renamed over the destination, so a reader (or a run killed at any
 * moment) sees either the old content or the new one, never a part. A symbolic link is written
 * through (the link stays a link). On any failure (a full disk, say) the temporary file is removed
 * and the destination is left as it was.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const final = await resolveFile(path)
  await mkdir(dirname(final), { recursive: true })
  const temp = `${final}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`
  const handle = await open(temp, 'wx', 0o600)
  try {
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, final)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/**
 * The pid in the name of a temporary file {@link writeFileAtomic} made for a file named `final`
 * (a basename), false when `name` is not one.
 */
export function atomicTempPid(final: string, name: string): number | false {
  if (!name.startsWith(`${final}.`) || !name.endsWith('.tmp')) return false
  const match = /^(\d+)\.[0-9a-z]+$/.exec(name.slice(final.length + 1, -4))
  return match ? Number(match[1]) : false
}
