/** A layout directory that can't be used (missing, not a layout, malformed index.json), or a name it can't hold. */
export class LayoutError extends Error {
  override name = 'LayoutError'
}

/** A manifest or blob asked for is not in the layout. */
export class LayoutNotFoundError extends Error {
  override name = 'LayoutNotFoundError'
}

/** Content whose sha256 or size is not what its digest says. */
export class LayoutDigestError extends Error {
  override name = 'LayoutDigestError'
}

/** True for a file system error saying the path is not there. */
export function isMissingFile(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}
