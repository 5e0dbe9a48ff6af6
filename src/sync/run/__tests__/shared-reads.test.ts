import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { PassThrough, Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { describe, expect, it } from 'vitest'
import type { BlobStream, CallOptions, TagInfo } from '../../../oci/model'
import { isProved } from '../../../oci/proved-blob'
import type { Store } from '../../../oci/sided-store'
import { SharedReads } from '../shared-reads'

const digestOf = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

/** A source whose blobs and tag lists are served by the test, counting every ask (error paths of the shared reads). */
function countingSource(serve: { blob?: (digest: string) => Promise<BlobStream>; tags?: (options?: CallOptions) => Promise<TagInfo[]> }) {
  const asked: string[] = []
  const store = {
    getBlob: (_repository: string, digest: string) => {
      asked.push(`blob ${digest}`)
      return serve.blob!(digest)
    },
    listTags: (repository: string, options?: CallOptions) => {
      asked.push(`tags ${repository}`)
      return serve.tags!(options)
    }
  } as unknown as Store
  return { store, asked }
}

const spoolFolders = async (): Promise<string[]> => (await readdir(tmpdir())).filter((name) => name.startsWith('gcr-mirror-reads-'))

describe('SharedReads', () => {
  it('downloads a blob once for two stores; a slow reader does not hold back a fast one; close removes the spool', async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024, 7)
    const body = new PassThrough()
    const { store, asked } = countingSource({ blob: async () => ({ stream: body, size: bytes.length }) })
    const reads = new SharedReads()
    const [one, two] = [reads.over(store), reads.over(store)]
    const before = await spoolFolders()
    // Asked at the same moment by both: still one download.
    const [fast, slow] = await Promise.all([one.getBlob('r', digestOf(bytes)), two.getBlob('r', digestOf(bytes))])
    body.end(bytes)
    // The fast reader reads to the end while the slow one has not read a byte.
    expect((await buffer(fast.stream)).equals(bytes)).toBe(true)
    expect((await buffer(slow.stream)).equals(bytes)).toBe(true)
    expect(asked).toEqual([`blob ${digestOf(bytes)}`])
    // Read again by the same store (a config, then its copy): from the file.
    expect((await buffer((await one.getBlob('r', digestOf(bytes))).stream)).equals(bytes)).toBe(true)
    expect(asked).toHaveLength(1)
    await reads.close()
    expect((await spoolFolders()).length).toBeLessThanOrEqual(before.length)
  })

  it('fails the readers of bytes that are not the digest, and asks the source again on the next read', async () => {
    const good = Buffer.from('the right bytes')
    let served = 0
    const { store, asked } = countingSource({ blob: async () => ({ stream: Readable.from([served++ === 0 ? Buffer.from('the wrong bytes') : good]) }) })
    const reads = new SharedReads()
    const shared = reads.over(store)
    await expect(buffer((await shared.getBlob('r', digestOf(good))).stream)).rejects.toThrow(/sha256|digest|match/i)
    expect((await buffer((await reads.over(store).getBlob('r', digestOf(good))).stream)).equals(good)).toBe(true)
    expect(asked).toHaveLength(2)
    await reads.close()
  })

  it('rejects like the source when the download fails before a byte, and the next ask downloads again', async () => {
    let calls = 0
    const { store } = countingSource({
      blob: async () => {
        if (calls++ === 0) throw new Error('503 from the source')
        return { stream: Readable.from([Buffer.from('x')]) }
      }
    })
    const reads = new SharedReads()
    const shared = reads.over(store)
    await expect(shared.getBlob('r', digestOf(Buffer.from('x')))).rejects.toThrow('503 from the source')
    expect((await buffer((await shared.getBlob('r', digestOf(Buffer.from('x')))).stream)).toString()).toBe('x')
    await reads.close()
  })

  it('shares a listing; when the first asker is stopped, another asker asks for itself', async () => {
    const { store, asked } = countingSource({
      tags: (options) =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => resolve([{ tag: 'v1' }]), 50)
          options?.signal?.addEventListener('abort', () => {
            clearTimeout(timer)
            reject(options.signal!.reason)
          })
        })
    })
    const reads = new SharedReads()
    const [one, two, three] = [reads.over(store), reads.over(store), reads.over(store)]
    const stop = new AbortController()
    const first = one.listTags('app', { signal: stop.signal })
    const second = two.listTags('app', { signal: new AbortController().signal })
    stop.abort(new Error('stopped'))
    await expect(first).rejects.toThrow('stopped')
    expect(await second).toEqual([{ tag: 'v1' }])
    expect(asked).toEqual(['tags app', 'tags app'])
    // Kept for the third store, the last to ask: then dropped.
    expect(await three.listTags('app')).toEqual([{ tag: 'v1' }])
    expect(asked).toHaveLength(2)
  })

  it('answers a repeat ask by digest from the kept answer; a tag, or a digest not found, is asked again', async () => {
    const asked: string[] = []
    const digest = digestOf(Buffer.from('manifest'))
    const missing = digestOf(Buffer.from('missing'))
    const store = {
      getManifest: async (repository: string, reference: string) => {
        asked.push(`GET ${repository}@${reference}`)
        return { digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', bytes: Buffer.from('manifest') }
      },
      headManifest: async (repository: string, reference: string) => {
        asked.push(`HEAD ${repository}@${reference}`)
        return reference === missing ? undefined : { digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', size: 8 }
      }
    } as unknown as Store
    const reads = new SharedReads()
    const [one, two] = [reads.over(store), reads.over(store)]
    for (const shared of [one, two]) {
      await shared.getManifest('app', digest)
      await shared.headManifest('app', digest)
      await shared.headManifest('app', 'v1')
      await shared.headManifest('app', missing)
    }
    expect(asked).toEqual([`GET app@${digest}`, `HEAD app@${digest}`, 'HEAD app@v1', `HEAD app@${missing}`])
    // Every store took them once: asked again, a digest's answer is the kept one; a tag's goes to the source (once more for both).
    for (const shared of [one, two]) {
      expect((await shared.getManifest('app', digest)).digest).toBe(digest)
      expect((await shared.headManifest('app', digest))?.digest).toBe(digest)
      await shared.headManifest('app', 'v1')
      expect(await shared.headManifest('app', missing)).toBeUndefined()
    }
    expect(asked.slice(4)).toEqual(['HEAD app@v1', `HEAD app@${missing}`])
  })

  it('hands every store a blob reader marked proved for its digest (the copier does not hash it again)', async () => {
    const bytes = Buffer.alloc(2 * 1024 * 1024, 5)
    const body = new PassThrough()
    const { store } = countingSource({ blob: async () => ({ stream: body, size: bytes.length }) })
    const reads = new SharedReads()
    const [one, two] = [reads.over(store), reads.over(store)]
    const [first, second] = await Promise.all([one.getBlob('r', digestOf(bytes)), two.getBlob('r', digestOf(bytes))])
    expect(isProved(first.stream, digestOf(bytes)) && isProved(second.stream, digestOf(bytes))).toBe(true)
    body.end(bytes)
    expect((await buffer(first.stream)).equals(bytes)).toBe(true)
    expect((await buffer(second.stream)).equals(bytes)).toBe(true)
    await reads.close()
  })

  it('tells onStreamed of every byte downloaded, once whatever the readers (the collector is paced by what is allocated)', async () => {
    const bytes = Buffer.alloc(1024 * 1024, 9)
    const { store } = countingSource({ blob: async () => ({ stream: Readable.from([bytes.subarray(0, 4096), bytes.subarray(4096)]), size: bytes.length }) })
    let streamed = 0
    const reads = new SharedReads(undefined, (size) => (streamed += size))
    const [one, two] = [reads.over(store), reads.over(store)]
    const [first, second] = await Promise.all([one.getBlob('r', digestOf(bytes)), two.getBlob('r', digestOf(bytes))])
    await Promise.all([buffer(first.stream), buffer(second.stream)])
    expect(streamed).toBe(bytes.length)
    await reads.close()
  })

  it('asks a HEAD of the store that listed the repository: a companion tag its listing did not name costs no request', async () => {
    const asked: string[] = []
    /** A client like RegistryClient: a companion tag absent from its own listing is answered without a request. */
    const client = () => {
      const listed = new Set<string>()
      return {
        listTags: async (repository: string) => {
          asked.push(`tags ${repository}`)
          listed.add(repository)
          return [{ tag: 'v1' }]
        },
        headManifest: async (repository: string, reference: string) => {
          if (listed.has(repository) && reference.startsWith('sha256-')) return undefined
          asked.push(`HEAD ${repository}:${reference}`)
          return undefined
        }
      } as unknown as Store
    }
    const reads = new SharedReads()
    const [one, two] = [reads.over(client()), reads.over(client())]
    await one.listTags('app')
    await two.listTags('app')
    expect(await two.headManifest('app', `sha256-${'a'.repeat(64)}`)).toBeUndefined()
    expect(asked).toEqual(['tags app'])
  })

  it("asks a HEAD of the asker's own store when the lister's fails (its mirror ended and closed its client)", async () => {
    const descriptor = { digest: digestOf(Buffer.from('m')), mediaType: 'application/vnd.oci.image.manifest.v1+json', size: 1 }
    const lister = {
      listTags: async () => [{ tag: 'v1' }],
      headManifest: async () => {
        throw new Error('the client is closed')
      }
    } as unknown as Store
    const own = { headManifest: async () => descriptor } as unknown as Store
    const reads = new SharedReads()
    const [one, two] = [reads.over(lister), reads.over(own)]
    await one.listTags('app')
    await two.listTags('app')
    expect(await two.headManifest('app', 'v1')).toEqual(descriptor)
  })
})
