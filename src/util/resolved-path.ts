import { realpathSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'

/**
 * The absolute path `path` names once symbolic links are followed: the longest part that exists is
 * resolved by the filesystem, the rest (not created yet) appended as written.
 */
export function resolvedPath(path: string): string {
  const absolute = resolve(path)
  try {
    return realpathSync(absolute)
  } catch {
    const parent = dirname(absolute)
    return parent === absolute ? absolute : join(resolvedPath(parent), basename(absolute))
  }
}
