import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { OciLayout } from '../../layout'
import { sha256Digest } from '../../oci/digest'
import type { BlobStream, ImageSource } from '../../oci/model'
import { BlobCopier } from '../blob-copier'

const content = Buffer.from('layer bytes that travel intact on the second attempt')
const blob = { mediaType: 'application/octet-stream', digest: sha256Digest(content), size: content.length }

/** A source whose first transfer of every blob is corrupted in flight (same length, other bytes). */
function corruptingOnce(): ImageSource & { gets: number } {
  const source = {
    name: 'flaky',
    gets: 0,
    async getBlob(): Promise<BlobStream> {
      source.gets++
      const bytes = source.gets === 1 ? Buffer.from(content.map((byte) => byte ^ 1)) : content
      return { stream: Readable.from([bytes]), size: bytes.length }
    }
  }
  return source as unknown as ImageSource & { gets: number }
}

describe('BlobCopier', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('retries a corrupted transfer into an oci: layout, as it does into a registry', async () => {
    dir = await mkdtemp(join(tmpdir(), 'blob-copier-'))
    const layout = new OciLayout(join(dir, 'layout'))
    const source = corruptingOnce()
    const copier = new BlobCopier(source, layout, { concurrency: 1 })
    await expect(copier.ensure('app', 'app', blob, new AbortController().signal)).resolves.toBe(content.length)
    expect(source.gets).toBe(2)
    expect(await layout.hasBlob('app', blob.digest)).toBe(true)
  })
})
