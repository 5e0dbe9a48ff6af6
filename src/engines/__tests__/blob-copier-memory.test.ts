import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { DigestMismatchError, sideOf } from '../../oci/errors'
import type { Descriptor } from '../../oci/model'
import { MemoryRegistry, type MemoryRegistryOptions } from '../../testing/memory-registry'
import { BlobCopier, type BlobCopierOptions } from '../blob-copier'

/** A source holding `count` distinct blobs in `app`, a target, and a copier between them. */
function setup(count: number, target: MemoryRegistryOptions = {}, options: Partial<BlobCopierOptions> = {}) {
  const source = new MemoryRegistry({ name: 'src' })
  const blobs: Descriptor[] = Array.from({ length: count }, (_, i) => source.seedBlob('app', Buffer.from(`blob ${i} `.repeat(100 + i))))
  const dst = new MemoryRegistry({ name: 'dst', ...target })
  const copier = new BlobCopier(source, dst, { concurrency: 4, ...options })
  return { source, target: dst, blobs, copier }
}

const signal = new AbortController().signal

describe('BlobCopier on the memory registry', () => {
  it('fetches and uploads each blob once per run, however many tags ask for it at once', async () => {
    const { source, target, blobs, copier } = setup(2)
    const sizes = await Promise.all([...blobs, ...blobs, ...blobs].map((blob) => copier.ensure('app', 'app', blob, signal)))
    expect(sizes.filter((n) => n > 0).sort()).toEqual(blobs.map((b) => b.size).sort())
    expect(source.count('getBlob')).toBe(2)
    expect(target.count('putBlob')).toBe(2)
    for (const blob of blobs) expect(target.blob('app', blob.digest)).toEqual(source.blob('app', blob.digest))
  })

  it('mounts a blob into other repositories from where it placed it: one upload in all', async () => {
    const { source, target, blobs, copier } = setup(1, {}, { fresh: async () => true })
    const sizes = await Promise.all(['a', 'b', 'c'].map((repository) => copier.ensure('app', repository, blobs[0], signal)))
    expect(sizes).toEqual([blobs[0].size, 0, 0])
    expect(source.count('getBlob')).toBe(1)
    expect(target.log()).toEqual([
      `mountOrStart a ${blobs[0].digest} from a`,
      `putBlob a ${blobs[0].digest}`,
      `mountOrStart b ${blobs[0].digest} from a`,
      `mountOrStart c ${blobs[0].digest} from a`
    ])
    for (const repository of ['b', 'c']) expect(target.blob(repository, blobs[0].digest)).toBeDefined()
  })

  it('starts the download beside the mount-or-start in a repository without tags: both are in flight at once', async () => {
    const { source, target, blobs, copier } = setup(1, {}, { fresh: async () => true })
    target.inject({ call: 'mountOrStart', delayMs: 50 })
    const copy = copier.ensure('app', 'app', blobs[0], signal)
    await new Promise((resolve) => setTimeout(resolve, 25))
    expect(target.count('mountOrStart')).toBe(1)
    expect(source.count('getBlob')).toBe(1)
    await expect(copy).resolves.toBe(blobs[0].size)
    expect(source.count('getBlob')).toBe(1)
    expect(target.blob('app', blobs[0].digest)).toEqual(source.blob('app', blobs[0].digest))
  })

  it('drops the download started beside a mount that finds the blob (a killed run placed it): nothing uploaded', async () => {
    const { source, target, blobs, copier } = setup(1, {}, { fresh: async () => true })
    target.seedBlob('app', source.blob('app', blobs[0].digest)!)
    // An HTTP body destroyed unread reports its abort as an error event (undici's does): it must not go unheard.
    let destroyed = false
    source.getBlob = async () => ({
      stream: new Readable({
        read() {},
        destroy(_error, callback) {
          destroyed = true
          callback(new Error('Request aborted'))
        }
      })
    })
    await expect(copier.ensure('app', 'app', blobs[0], signal)).resolves.toBe(0)
    await new Promise((resolve) => setImmediate(resolve))
    expect(destroyed).toBe(true)
    expect(target.count('putBlob')).toBe(0)
    expect(target.openSessions).toBe(0)
  })

  it("fails with the mount-or-start's error when it fails, the download started beside it dropped", async () => {
    const { source, target, blobs, copier } = setup(1, {}, { fresh: async () => true })
    source.inject({ call: 'getBlob', fail: 'not-found' })
    target.inject({ call: 'mountOrStart', fail: 'transient' })
    await expect(copier.ensure('app', 'app', blobs[0], signal)).rejects.toMatchObject({ kind: 'transient' })
    expect(target.count('putBlob')).toBe(0)
  })

  it('uploads into each repository where the registry does not mount across repositories', async () => {
    const { source, target, blobs, copier } = setup(1, { crossMount: false }, { fresh: async () => true })
    for (const repository of ['a', 'b']) await copier.ensure('app', repository, blobs[0], signal)
    expect(source.count('getBlob')).toBe(2)
    expect(target.count('putBlob')).toBe(2)
    expect(target.openSessions).toBe(0)
  })

  it('sends one self-mount probe first in a repository with tags, and learns from its 201 that no HEAD is needed', async () => {
    const { target, blobs, copier } = setup(4, {}, { fresh: async () => false })
    target.seedBlob('app', Buffer.from('blob 0 '.repeat(100)))
    // The probe is answered slowly: the other blobs must wait for it rather than each asking the old way.
    target.inject({ call: 'mountOrStart', reference: blobs[0].digest, delayMs: 50 })
    await copier.ensure('app', 'app', blobs[0], signal)
    await Promise.all(blobs.slice(1).map((blob) => copier.ensure('app', 'app', blob, signal)))
    expect(target.count('hasBlob')).toBe(0)
    expect(target.count('mountOrStart')).toBe(4)
    expect(target.count('putBlob')).toBe(3)
  })

  it('learns from a 202 for a blob the repository holds that a self-mount tells nothing: HEAD from then on, the session cancelled', async () => {
    const { target, blobs, copier } = setup(3, { selfMount: 'session' }, { fresh: async () => false })
    target.seedBlob('app', Buffer.from('blob 0 '.repeat(100)))
    // The first blob alone: blobs waiting on a probe go on at its 202, before the HEAD after it has taught anything.
    await copier.ensure('app', 'app', blobs[0], signal)
    await Promise.all(blobs.slice(1).map((blob) => copier.ensure('app', 'app', blob, signal)))
    const digest = blobs[0].digest
    expect(target.log().slice(0, 3)).toEqual([`mountOrStart app ${digest} from app`, `hasBlob app ${digest}`, 'cancelUpload app'])
    expect(target.count('mountOrStart')).toBe(1)
    expect(target.count('hasBlob')).toBe(3)
    expect(target.count('putBlob')).toBe(2)
    expect(target.openSessions).toBe(0)
  })

  it('falls back to HEAD and a plain upload where a self-mount is refused', async () => {
    const { target, blobs, copier } = setup(2, { selfMount: 'refused' }, { fresh: async () => false })
    for (const blob of blobs) await copier.ensure('app', 'app', blob, signal)
    expect(target.count('mountOrStart')).toBe(1)
    expect(target.count('hasBlob')).toBe(2)
    expect(target.count('putBlob')).toBe(2)
  })

  it('retries a transient failure of the source or the target and copies the blob', async () => {
    const { source, target, blobs, copier } = setup(1, {}, { fresh: async () => true })
    source.inject({ call: 'getBlob', fail: 'transient' })
    target.inject({ call: 'putBlob', fail: 'transient' })
    await expect(copier.ensure('app', 'app', blobs[0], signal)).resolves.toBe(blobs[0].size)
    expect(source.count('getBlob')).toBe(3)
    expect(target.count('putBlob')).toBe(2)
    expect(target.blob('app', blobs[0].digest)).toBeDefined()
  })

  it('does not retry a refusal', async () => {
    const { target, blobs, copier } = setup(1, {}, { fresh: async () => true })
    target.inject({ call: 'putBlob', fail: 'access-denied' })
    await expect(copier.ensure('app', 'app', blobs[0], signal)).rejects.toMatchObject({ kind: 'access-denied' })
    expect(target.count('putBlob')).toBe(1)
  })

  it('fails with the source at fault when the source serves bytes that are not the digest, every attempt', async () => {
    const { source, target, blobs, copier } = setup(1, {}, { fresh: async () => true, attempts: 2 })
    source.inject({ call: 'getBlob', corrupt: true, times: Infinity })
    const failure = await copier.ensure('app', 'app', blobs[0], signal).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(DigestMismatchError)
    expect((failure as Error).message).toMatch(`the source served bytes that do not match blob ${blobs[0].digest} of app`)
    expect(sideOf(failure)).toBe('source')
    expect(source.count('getBlob')).toBe(2)
    // The registry never committed the wrong bytes.
    expect(target.blob('app', blobs[0].digest)).toBeUndefined()
  })

  it('ends a stalled source read when the signal aborts', async () => {
    const { source, blobs, copier } = setup(1, {}, { fresh: async () => true })
    source.inject({ call: 'getBlob', stall: true })
    const controller = new AbortController()
    const copy = copier.ensure('app', 'app', blobs[0], controller.signal)
    setTimeout(() => controller.abort(new Error('tag timed out')), 20)
    await expect(copy).rejects.toThrow('tag timed out')
  })
})
