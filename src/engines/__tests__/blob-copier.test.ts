import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { OciLayout } from '../../layout'
import { sha256Digest } from '../../oci/digest'
import type { BlobStream, ImageSource, ImageTarget, UploadStart } from '../../oci/model'
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

  it('mounts a blob it placed in another repository with one request, and puts it into the session a refused mount opens', async () => {
    const calls: string[] = []
    const target = (mounts: boolean) =>
      ({
        name: 't',
        async hasBlob(repository: string) {
          calls.push(`HEAD ${repository}`)
          return false
        },
        async mountOrStart(repository: string, _digest: string, from: string): Promise<UploadStart> {
          calls.push(`POST ${repository} from ${from}`)
          return mounts ? { mounted: true } : { mounted: false, session: `https://t/upload/${repository}` }
        },
        async putBlob(repository: string, _digest: string, _size: number, body: Readable, options?: { session?: string }) {
          for await (const _ of body) void _
          calls.push(`PUT ${repository} ${options?.session ?? 'new session'}`)
        }
      }) as unknown as ImageTarget
    const source = {
      name: 's',
      getBlob: async (): Promise<BlobStream> => ({ stream: Readable.from([content]), size: content.length })
    } as unknown as ImageSource
    const signal = new AbortController().signal

    const mounting = new BlobCopier(source, target(true), { concurrency: 2 })
    await mounting.ensure('a', 'a', blob, signal)
    await mounting.ensure('b', 'b', blob, signal)
    expect(calls).toEqual(['HEAD a', 'PUT a new session', 'POST b from a'])

    calls.length = 0
    const refusing = new BlobCopier(source, target(false), { concurrency: 2 })
    await refusing.ensure('a', 'a', blob, signal)
    await refusing.ensure('b', 'b', blob, signal)
    expect(calls).toEqual(['HEAD a', 'PUT a new session', 'POST b from a', 'HEAD b', 'PUT b https://t/upload/b'])
  })
})
