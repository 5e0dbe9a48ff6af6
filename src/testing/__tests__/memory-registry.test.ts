import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { multiArchImage, pushImage, singleImage } from '../../layout/__tests__/images'
import { sha256Digest } from '../../oci/digest'
import { MediaType } from '../../oci/media-types'
import { MemoryRegistry } from '../memory-registry'

const body = (bytes: Buffer): Readable => Readable.from([bytes])

/** The memory registry answers as a distribution registry does: the answers other unit tests rely on. */
describe('MemoryRegistry', () => {
  const image = singleImage('one')
  const [config] = image.blobs

  it('serves a blob only from a repository it was pushed or mounted into', async () => {
    const registry = new MemoryRegistry()
    const start = await registry.mountOrStart('a', config.descriptor.digest, 'a')
    expect(start.mounted).toBe(false)
    await registry.putBlob('a', config.descriptor.digest, config.bytes.length, body(config.bytes), { session: start.mounted ? undefined : start.session })
    expect(await registry.hasBlob('a', config.descriptor.digest)).toBe(true)
    expect(await registry.hasBlob('b', config.descriptor.digest)).toBe(false)
    await expect(registry.getBlob('b', config.descriptor.digest)).rejects.toMatchObject({ kind: 'not-found', code: 'BLOB_UNKNOWN' })
    expect(await registry.mountOrStart('c', config.descriptor.digest, 'elsewhere')).toMatchObject({ mounted: false })
    expect(await registry.mountOrStart('b', config.descriptor.digest, 'a')).toEqual({ mounted: true })
    expect(await registry.mountOrStart('b', config.descriptor.digest, 'b')).toEqual({ mounted: true })
    expect(registry.openSessions).toBe(1)
    expect(registry.count('mountOrStart')).toBe(4)
  })

  it('refuses a blob whose bytes are not its digest or size, and keeps nothing of it', async () => {
    const registry = new MemoryRegistry()
    await expect(registry.putBlob('a', config.descriptor.digest, config.bytes.length, body(Buffer.from('other')))).rejects.toMatchObject({
      kind: 'refused',
      code: 'DIGEST_INVALID'
    })
    await expect(registry.putBlob('a', config.descriptor.digest, 3, body(config.bytes))).rejects.toMatchObject({ code: 'DIGEST_INVALID' })
    expect(registry.blob('a', config.descriptor.digest)).toBeUndefined()
    await expect(registry.putBlob('a', config.descriptor.digest, 1, body(config.bytes), { session: 'memory://nowhere' })).rejects.toMatchObject({
      kind: 'not-found',
      code: 'BLOB_UPLOAD_UNKNOWN'
    })
  })

  it('refuses a manifest while a blob or child it names is missing, or whose bytes are not its digest', async () => {
    const registry = new MemoryRegistry()
    await expect(registry.putManifest('a', 'v1', image.top)).rejects.toMatchObject({ kind: 'refused', code: 'MANIFEST_BLOB_UNKNOWN' })
    const multi = multiArchImage('multi')
    for (const blob of multi.blobs) registry.seedBlob('a', blob.bytes)
    await expect(registry.putManifest('a', 'v1', multi.top)).rejects.toMatchObject({ code: 'MANIFEST_BLOB_UNKNOWN' })
    await expect(registry.putManifest('a', multi.children[0].digest, multi.children[1])).rejects.toMatchObject({ code: 'DIGEST_INVALID' })
    await expect(registry.putManifest('a', 'v1', { ...multi.children[0], digest: sha256Digest(Buffer.from('x')) })).rejects.toMatchObject({
      code: 'DIGEST_INVALID'
    })
    await pushImage(registry, 'a', 'v1', multi)
    expect(await registry.headManifest('a', 'v1')).toEqual({ mediaType: MediaType.OciIndex, digest: multi.top.digest, size: multi.top.bytes.length })
    expect(await registry.getManifest('a', multi.children[0].digest)).toEqual(multi.children[0])
  })

  it('lists tags and repositories; an unknown repository is NAME_UNKNOWN', async () => {
    const registry = new MemoryRegistry()
    registry.seed('team/app', 'v2', image)
    registry.seed('team/app', 'v1', image)
    registry.seed('team/app/sub', 'v1', image)
    registry.seed('teams', 'v1', image)
    expect(await registry.listTags('team/app')).toEqual([{ tag: 'v1' }, { tag: 'v2' }])
    await expect(registry.listTags('nothing')).rejects.toMatchObject({ kind: 'not-found', code: 'NAME_UNKNOWN' })
    expect(await registry.listRepositories('team')).toEqual(['team/app', 'team/app/sub'])
    expect(await registry.listRepositories('')).toEqual(['team/app', 'team/app/sub', 'teams'])
    expect(await registry.listRepositories('team/app')).toEqual(['team/app', 'team/app/sub'])
    expect(await registry.hasTags('team/app')).toBe(true)
    expect(await registry.hasTags('nothing')).toBe(false)
    await expect(registry.getManifest('team/app', 'v3')).rejects.toMatchObject({ kind: 'not-found', code: 'MANIFEST_UNKNOWN' })
    expect(await registry.headManifest('team/app', 'v3')).toBeUndefined()
  })

  it('deletes a manifest by digest with every tag on it, only where deletes are enabled', async () => {
    const refusing = new MemoryRegistry()
    refusing.seed('a', 'v1', image)
    await expect(refusing.deleteTag('a', 'v1', image.top.digest)).rejects.toMatchObject({ kind: 'refused', code: 'UNSUPPORTED' })
    const registry = new MemoryRegistry({ deletes: true })
    registry.seed('a', 'v1', image)
    registry.seed('a', 'latest', image)
    await registry.deleteTag('a', 'v1', image.top.digest)
    expect(await registry.listTags('a')).toEqual([])
    await expect(registry.deleteTag('a', 'v1', image.top.digest)).rejects.toMatchObject({ kind: 'not-found' })
  })

  it('lists referrers and answers OCI-Subject only with the referrers API', async () => {
    const subject = { mediaType: image.top.mediaType, digest: image.top.digest, size: image.top.bytes.length }
    const bytes = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciManifest, artifactType: 'x/sig', config: config.descriptor, layers: [], subject })
    )
    const signature = { bytes, mediaType: MediaType.OciManifest, digest: sha256Digest(bytes) }
    for (const referrersApi of [true, false]) {
      const registry = new MemoryRegistry({ referrersApi })
      registry.seed('a', 'v1', image)
      expect(await registry.putManifest('a', signature.digest, signature)).toEqual(referrersApi ? { subject: image.top.digest } : {})
      expect(await registry.listReferrers('a', image.top.digest)).toEqual(
        referrersApi ? [{ mediaType: MediaType.OciManifest, digest: signature.digest, size: bytes.length, artifactType: 'x/sig' }] : undefined
      )
    }
  })

  it('fails, delays or stalls the requests a fault matches, counting each', async () => {
    const registry = new MemoryRegistry()
    registry.seed('a', 'v1', image)
    registry.inject({ call: 'headManifest', reference: 'v1', fail: 'transient', times: 2 })
    await expect(registry.headManifest('a', 'v1')).rejects.toMatchObject({ kind: 'transient' })
    expect(await registry.headManifest('a', image.top.digest)).toBeDefined()
    await expect(registry.headManifest('a', 'v1')).rejects.toMatchObject({ kind: 'transient' })
    expect(await registry.headManifest('a', 'v1')).toBeDefined()
    expect(registry.count('headManifest')).toBe(4)

    registry.inject({ call: 'getManifest', delayMs: 30 })
    const started = Date.now()
    await registry.getManifest('a', 'v1')
    expect(Date.now() - started).toBeGreaterThanOrEqual(25)

    registry.inject({ call: 'getManifest', stall: true })
    const controller = new AbortController()
    const stalled = registry.getManifest('a', 'v1', { signal: controller.signal })
    controller.abort(new Error('deadline'))
    await expect(stalled).rejects.toThrow('deadline')

    registry.inject({ call: 'getBlob', corrupt: true })
    const { stream } = await registry.getBlob('a', config.descriptor.digest)
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    expect(sha256Digest(Buffer.concat(chunks))).not.toBe(config.descriptor.digest)
    expect(Buffer.concat(chunks).length).toBe(config.bytes.length)
  })

  it('can stand for a store without the optional methods', () => {
    const registry = new MemoryRegistry({ without: ['mountOrStart', 'hasTags'] })
    expect(registry.mountOrStart).toBeUndefined()
    expect(registry.hasTags).toBeUndefined()
    expect(registry.getManifest).toBeTypeOf('function')
  })
})
