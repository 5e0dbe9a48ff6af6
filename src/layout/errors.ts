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
