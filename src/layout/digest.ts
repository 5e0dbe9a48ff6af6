import { LayoutError } from './errors'

const SHA256 = /^sha256:([a-f0-9]{64})$/

/** The hex part of a `sha256:` digest; throws for anything else, so no digest can name a path outside `blobs/sha256`. */
export function sha256Hex(digest: string): string {
  const match = SHA256.exec(digest)
  if (!match) throw new LayoutError(`"${digest}" is not a sha256 digest (sha256: and 64 lowercase hex digits)`)
  return match[1]
}

/** True for `sha256:` and 64 lowercase hex digits, the only digests a layout stores. */
export function isSha256Digest(text: string): boolean {
  return SHA256.test(text)
}
