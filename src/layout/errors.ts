import { DigestMismatchError, MirrorError, type ErrorKind, type Wording } from '../oci/errors'

/**
 * A layout directory that can't be used (missing, not a layout, malformed index.json), or a name it
 * can't hold. Its kind says which: `not-found`, `protocol` or `usage`.
 */
export class LayoutError extends MirrorError {
  override name = 'LayoutError'
  constructor(message: string | Wording, kind: ErrorKind = 'usage') {
    super(kind, message)
  }
}

/** A manifest or blob asked for is not in the layout. */
export class LayoutNotFoundError extends MirrorError {
  override name = 'LayoutNotFoundError'
  constructor(message: string) {
    super('not-found', message)
  }
}

/** Content in the layout whose sha256 or size is not what its digest says (retried like any digest mismatch). */
export class LayoutDigestError extends DigestMismatchError {
  override name = 'LayoutDigestError'
}

/** True for a file system error saying the path is not there. */
export function isMissingFile(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

/** File system codes that say the disk can't take the write (full, over quota, read-only). */
const DISK_CODES: Record<string, string> = { ENOSPC: 'the disk is full', EDQUOT: 'the disk quota is used up', EROFS: 'the file system is read-only' }

/**
 * A write into the layout the disk refused, as a LayoutError of kind `refused` (never retried: the
 * tag fails with the cause, the run goes on); any other error as it is.
 */
export function diskRefusal(error: unknown, where: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code && code in DISK_CODES ? new LayoutError(`${where}: ${DISK_CODES[code]} (${code})`, 'refused') : error
}
