import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { OciLayout } from '../../layout'
import { sha256Digest } from '../../oci/digest'
import { ProtocolError } from '../../oci/errors'
import type { BlobStream, ImageSource, ImageTarget, UploadStart } from '../../oci/model'
import { markProved } from '../../oci/proved-blob'
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

  /** A target that mounts (when `mounts`) only what `from` holds, and logs every request. */
  const recording = (mounts: boolean, held: string[] = []) => {
    const calls: string[] = []
    const holds = new Set(held)
    const target = {
      name: 't',
      async hasBlob(repository: string, digest: string) {
        calls.push(`HEAD ${repository}`)
        return holds.has(`${repository}@${digest}`)
      },
      async mountOrStart(repository: string, digest: string, from: string): Promise<UploadStart> {
        calls.push(`POST ${repository} from ${from}`)
        if (!mounts || !holds.has(`${from}@${digest}`)) return { mounted: false, session: `https://t/upload/${repository}` }
        holds.add(`${repository}@${digest}`)
        return { mounted: true }
      },
      async cancelUpload(repository: string) {
        calls.push(`DELETE ${repository}`)
      },
      async putBlob(repository: string, digest: string, _size: number, body: Readable, options?: { session?: string }) {
        for await (const _ of body) void _
        holds.add(`${repository}@${digest}`)
        calls.push(`PUT ${repository} ${options?.session ?? 'new session'}`)
      }
    } as unknown as ImageTarget
    return { calls, target }
  }
  const source = {
    name: 's',
    getBlob: async (_repository: string, digest: string): Promise<BlobStream> => {
      const bytes = digest === other.digest ? otherBytes : content
      return { stream: Readable.from([bytes]), size: bytes.length }
    }
  } as unknown as ImageSource
  const signal = new AbortController().signal
  const otherBytes = Buffer.from('other')
  const other = { ...blob, digest: sha256Digest(otherBytes), size: otherBytes.length }

  it('mounts a blob it placed in another repository with one request, and puts it into the session a refused mount opens', async () => {
    const mounting = recording(true)
    const copier = new BlobCopier(source, mounting.target, { concurrency: 2 })
    await copier.ensure('a', 'a', blob, signal)
    await copier.ensure('b', 'b', blob, signal)
    // In a repository that may hold it, a self-mount's 202 is not trusted before a 201 has shown the registry answers that way.
    expect(mounting.calls).toEqual(['POST a from a', 'HEAD a', 'PUT a https://t/upload/a', 'POST b from a'])

    const refusing = recording(false)
    const copier2 = new BlobCopier(source, refusing.target, { concurrency: 2 })
    await copier2.ensure('a', 'a', blob, signal)
    await copier2.ensure('b', 'b', blob, signal)
    expect(refusing.calls).toEqual(['POST a from a', 'HEAD a', 'PUT a https://t/upload/a', 'POST b from a', 'HEAD b', 'PUT b https://t/upload/b'])
  })

  it('asks nothing before the write in a repository that had no tags: mount-or-start from itself, then PUT', async () => {
    const { calls, target } = recording(true, [`a@${other.digest}`])
    const copier = new BlobCopier(source, target, { concurrency: 1, fresh: async () => true })
    await copier.ensure('a', 'a', blob, signal)
    // A killed run's leftover is found by the self-mount (201) and not uploaded again.
    await expect(copier.ensure('a', 'a', other, signal)).resolves.toBe(0)
    expect(calls).toEqual(['POST a from a', 'PUT a https://t/upload/a', 'POST a from a'])
  })

  it('learns from a 201 that a self-mount tells presence (no HEAD after), and from a 202 for a present blob that it does not', async () => {
    const works = recording(true, [`a@${other.digest}`])
    const copier = new BlobCopier(source, works.target, { concurrency: 1, fresh: async () => false })
    await copier.ensure('a', 'a', other, signal)
    await copier.ensure('a', 'a', blob, signal)
    expect(works.calls).toEqual(['POST a from a', 'POST a from a', 'PUT a https://t/upload/a'])

    const not = recording(false, [`a@${other.digest}`])
    const copier2 = new BlobCopier(source, not.target, { concurrency: 1, fresh: async () => false })
    await copier2.ensure('a', 'a', other, signal)
    await copier2.ensure('a', 'a', blob, signal)
    expect(not.calls).toEqual(['POST a from a', 'HEAD a', 'DELETE a', 'HEAD a', 'PUT a new session'])
  })

  it('copies through HEAD and a plain upload where the registry refuses a mount from the repository itself', async () => {
    const { calls, target } = recording(true)
    const refusing = Object.assign(Object.create(target) as ImageTarget, {
      async mountOrStart(repository: string, _digest: string, from: string): Promise<UploadStart> {
        calls.push(`POST ${repository} from ${from}`)
        throw new ProtocolError('400 UNSUPPORTED')
      }
    })
    const copier = new BlobCopier(source, refusing, { concurrency: 1, fresh: async () => false })
    await expect(copier.ensure('a', 'a', blob, signal)).resolves.toBe(content.length)
    await copier.ensure('a', 'a', other, signal)
    expect(calls).toEqual(['POST a from a', 'HEAD a', 'PUT a new session', 'HEAD a', 'PUT a new session'])
  })

  it('a caller whose deadline passes leaves the upload to a caller still waiting, who counts its bytes', async () => {
    const { calls, target } = recording(false)
    // A slow download that, like a real request, ends when its signal aborts.
    const slowSource = {
      name: 's',
      getBlob: (_repository: string, _digest: string, options?: { signal?: AbortSignal }): Promise<BlobStream> =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => resolve({ stream: Readable.from([content]), size: content.length }), 150)
          options?.signal?.addEventListener('abort', () => {
            clearTimeout(timer)
            reject(options.signal!.reason as Error)
          })
        })
    } as unknown as ImageSource
    const copier = new BlobCopier(slowSource, target, { concurrency: 2, fresh: async () => true })
    const first = copier.ensure('a', 'a', blob, AbortSignal.timeout(30))
    const second = copier.ensure('a', 'a', blob, new AbortController().signal)
    await expect(first).rejects.toThrow(/timeout/)
    await expect(second).resolves.toBe(content.length)
    expect(calls).toEqual(['POST a from a', 'PUT a https://t/upload/a'])
  })

  describe('bytes already proved (a blob spooled for several targets)', () => {
    // Same length as the blob, other bytes: only a hash tells them apart, so they pass only if not hashed again.
    const lookalike = Buffer.from(content.map((byte) => byte ^ 1))
    const serving = (mark: (stream: Readable) => void) =>
      ({
        name: 's',
        getBlob: async (): Promise<BlobStream> => {
          const stream = Readable.from([lookalike])
          mark(stream)
          return { stream, size: lookalike.length }
        }
      }) as unknown as ImageSource

    it('are not hashed again when their stream carries the mark for this digest', async () => {
      const { calls, target } = recording(false)
      const copier = new BlobCopier(
        serving((stream) => markProved(stream, blob.digest)),
        target,
        { concurrency: 1, fresh: async () => true, attempts: 1 }
      )
      await expect(copier.ensure('a', 'a', blob, signal)).resolves.toBe(content.length)
      expect(calls).toEqual(['POST a from a', 'PUT a https://t/upload/a'])
    })

    it('are hashed when the mark is for another digest, or is a field anyone could set', async () => {
      const forgeries: Array<(stream: Readable) => void> = [
        (stream) => markProved(stream, other.digest),
        (stream) => Object.assign(stream, { proved: true, digest: blob.digest })
      ]
      for (const forge of forgeries) {
        const { calls, target } = recording(false)
        const copier = new BlobCopier(serving(forge), target, { concurrency: 1, fresh: async () => true, attempts: 1 })
        await expect(copier.ensure('a', 'a', blob, signal)).rejects.toThrow(/do not match|hashes to/)
        expect(calls).not.toContain('PUT a https://t/upload/a')
      }
    })

    it('still fail on a length other than the descriptor says', async () => {
      const { target } = recording(false)
      const copier = new BlobCopier(
        serving((stream) => markProved(stream, blob.digest)),
        target,
        { concurrency: 1, fresh: async () => true, attempts: 1 }
      )
      await expect(copier.ensure('a', 'a', { ...blob, size: content.length - 1 }, signal)).rejects.toThrow(/bytes/)
    })
  })
})
