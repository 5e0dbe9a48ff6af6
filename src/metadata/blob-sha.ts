import { createHash } from 'node:crypto'

/** The git object id of a text stored as a blob, to tell unchanged files without reading them. */
export function blobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}
