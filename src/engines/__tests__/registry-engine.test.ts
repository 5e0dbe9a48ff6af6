import { describe, expect, it } from 'vitest'
import { multiArchImage, singleImage, type Image } from '../../layout/__tests__/images'
import { MediaType } from '../../oci/media-types'
import type { RawManifest } from '../../oci/model'
import { MemoryRegistry } from '../../testing/memory-registry'
import type { CopyJob } from '../engine'
import { RegistryEngine, type RegistryEngineOptions } from '../registry-engine'

const job = (tag: string, image: Image, repository = 'team/app', targetRepository = `mirror/${repository}`): CopyJob => ({
  source: { registry: 'src', repository, tag },
  target: { registry: 'dst', repository: targetRepository, tag },
  tag,
  digest: image.top.digest,
  sourceRef: `src/${repository}:${tag}`,
  targetRef: `dst/${targetRepository}:${tag}`
})

const signal = (): AbortSignal => new AbortController().signal

/** A source holding `images` under team/app, an empty target, and an engine between them. */
function setup(images: Record<string, Image>, options: Partial<RegistryEngineOptions> = {}) {
  const source = new MemoryRegistry({ name: 'src' })
  const target = new MemoryRegistry({ name: 'dst' })
  for (const [tag, image] of Object.entries(images)) source.seed('team/app', tag, image)
  const engine = new RegistryEngine(source, target, { blobConcurrency: 4, ...options })
  return { source, target, engine }
}

/** Expects `target` to serve `image` under `repository:tag` byte for byte: top, children, blobs. */
function expectServes(target: MemoryRegistry, repository: string, tag: string, image: Image): void {
  expect(target.manifest(repository, tag)).toEqual(image.top)
  for (const child of image.children) expect(target.manifest(repository, child.digest)).toEqual(child)
  for (const blob of image.blobs) expect(target.blob(repository, blob.descriptor.digest)?.equals(blob.bytes)).toBe(true)
}

const sizeOf = (image: Image): number =>
  [image.top, ...image.children].reduce((sum, m) => sum + m.bytes.length, 0) + image.blobs.reduce((sum, b) => sum + b.bytes.length, 0)

describe('RegistryEngine on the memory registry', () => {
  it('copies an image byte for byte, asking an empty target nothing before its writes', async () => {
    const image = singleImage('one')
    const { source, target, engine } = setup({ v1: image })
    const outcome = await engine.copy(job('v1', image), signal())
    expectServes(target, 'mirror/team/app', 'v1', image)
    const { graph, ...rest } = outcome
    expect(rest).toEqual({ bytes: sizeOf(image), mediaType: MediaType.OciManifest, platforms: undefined })
    // What --verify later HEADs: the manifest's blobs (config and layers), no child manifest.
    expect([...graph!.keys()]).toEqual([image.top.digest])
    expect(graph!.get(image.top.digest)).toEqual({ manifests: [], blobs: expect.arrayContaining(image.blobs.map((b) => b.descriptor.digest)) })
    expect(graph!.get(image.top.digest)!.blobs).toHaveLength(image.blobs.length)
    // The target's request count, pinned: one tags/list for the fresh repository, a mount-or-start and a PUT per blob, the manifest.
    expect(target.log()).toEqual([
      'hasTags mirror/team/app',
      ...[image.blobs[1], image.blobs[0]].map((b) => `mountOrStart mirror/team/app ${b.descriptor.digest} from mirror/team/app`),
      ...[image.blobs[1], image.blobs[0]].map((b) => `putBlob mirror/team/app ${b.descriptor.digest}`),
      'putManifest mirror/team/app v1'
    ])
    expect(source.count('getManifest')).toBe(1)
    expect(source.count('getBlob')).toBe(2)
    expect(target.openSessions).toBe(0)
  })

  it('then finds the tag there with one HEAD, and copies nothing again', async () => {
    const image = singleImage('one')
    const { target, engine } = setup({ v1: image })
    await engine.copy(job('v1', image), signal())
    target.resetRequests()
    const rerun = new RegistryEngine(new MemoryRegistry(), target, { blobConcurrency: 4 })
    expect(await rerun.targetHas(job('v1', image))).toEqual({})
    expect(target.log()).toEqual(['hasTags mirror/team/app', 'headManifest mirror/team/app v1'])
  })

  it('copies into a store without mount-or-start or a tag listing (as a layout) by HEAD then PUT, and a rerun asks HEADs only', async () => {
    const image = singleImage('one')
    const source = new MemoryRegistry({ name: 'src' })
    source.seed('team/app', 'v1', image)
    const target = new MemoryRegistry({ name: 'dst', without: ['mountOrStart', 'cancelUpload', 'hasTags'] })
    await new RegistryEngine(source, target, { blobConcurrency: 4 }).copy(job('v1', image), signal())
    expectServes(target, 'mirror/team/app', 'v1', image)
    expect(target.count('hasBlob')).toBe(2)
    expect(target.count('putBlob')).toBe(2)
    target.resetRequests()
    const rerun = new RegistryEngine(source, target, { blobConcurrency: 4 })
    expect(await rerun.targetHas(job('v1', image))).toEqual({})
    expect(target.log()).toEqual(['headManifest mirror/team/app v1'])
  })

  it('copies an index with its children, children before their parent and blobs before their manifest', async () => {
    const image = multiArchImage('multi')
    const { target, engine } = setup({ v1: image })
    const outcome = await engine.copy(job('v1', image), signal())
    expectServes(target, 'mirror/team/app', 'v1', image)
    expect(outcome).toMatchObject({ bytes: sizeOf(image), mediaType: MediaType.OciIndex, platforms: ['linux/amd64', 'linux/arm64'] })
    const log = target.log()
    const at = (line: string): number => {
      const index = log.indexOf(line)
      expect(index, line).toBeGreaterThanOrEqual(0)
      return index
    }
    const top = at('putManifest mirror/team/app v1')
    for (const child of image.children) {
      const pushed = at(`putManifest mirror/team/app ${child.digest}`)
      expect(pushed).toBeLessThan(top)
      const { config, layers } = JSON.parse(child.bytes.toString()) as { config: { digest: string }; layers: Array<{ digest: string }> }
      for (const blob of [config, ...layers]) expect(at(`putBlob mirror/team/app ${blob.digest}`)).toBeLessThan(pushed)
    }
  })

  it('does not walk a child the target already has', async () => {
    const image = multiArchImage('multi')
    const [amd64, arm64] = image.children
    const { source, target, engine } = setup({ v1: image })
    // The target repository has tags (so the engine asks before writing) and holds the amd64 child already.
    target.seed('mirror/team/app', 'amd64', { top: amd64, blobs: image.blobs.slice(0, 2) })
    const outcome = await engine.copy(job('v1', image), signal())
    expectServes(target, 'mirror/team/app', 'v1', image)
    expect(source.log().filter((line) => line.startsWith('getManifest'))).toEqual([
      `getManifest team/app ${image.top.digest}`,
      `getManifest team/app ${arm64.digest}`
    ])
    expect(source.requests.filter((r) => r.call === 'getBlob').map((r) => r.reference)).toEqual(
      expect.arrayContaining(image.blobs.slice(2).map((b) => b.descriptor.digest))
    )
    expect(source.count('getBlob')).toBe(2)
    expect(target.count('putManifest')).toBe(2)
    expect(outcome.bytes).toBe(sizeOf(image) - amd64.bytes.length - image.blobs.slice(0, 2).reduce((sum, b) => sum + b.bytes.length, 0))
  })

  it('copies each blob and child once however many tags hold them', async () => {
    const image = multiArchImage('shared')
    const { source, target, engine } = setup({ v1: image, v2: image, latest: image })
    await Promise.all(['v1', 'v2', 'latest'].map((tag) => engine.copy(job(tag, image), signal())))
    expect(source.count('getBlob')).toBe(image.blobs.length)
    expect(source.count('getManifest')).toBe(3)
    expect(target.count('putBlob')).toBe(image.blobs.length)
    expect(target.count('putManifest')).toBe(2 + 3)
  })

  it('with --platforms, pushes an index of the wanted platforms and leaves the others unread', async () => {
    const image = multiArchImage('multi')
    const [amd64, arm64] = image.children
    const { source, target, engine } = setup({ v1: image }, { platforms: [{ os: 'linux', architecture: 'amd64' }] })
    const outcome = await engine.copy(job('v1', image), signal())
    const top = target.manifest('mirror/team/app', 'v1')!
    expect(outcome.targetDigest).toBe(top.digest)
    expect(top.digest).not.toBe(image.top.digest)
    expect((JSON.parse(top.bytes.toString()) as { manifests: Array<{ digest: string }> }).manifests.map((m) => m.digest)).toEqual([amd64.digest])
    expect(target.manifest('mirror/team/app', amd64.digest)).toEqual(amd64)
    expect(target.manifest('mirror/team/app', arm64.digest)).toBeUndefined()
    expect(source.requests.some((r) => r.reference === arm64.digest || image.blobs.slice(2).some((b) => b.descriptor.digest === r.reference))).toBe(false)
  })

  it('with --platforms, skips a single-platform image of another platform, reading only its config', async () => {
    const image = singleImage('arm', 'arm64')
    const { source, target, engine } = setup({ v1: image }, { platforms: [{ os: 'linux', architecture: 'amd64' }] })
    expect(await engine.copy(job('v1', image), signal())).toEqual({ bytes: 0, skipped: 'platform-not-selected', platforms: ['linux/arm64'] })
    expect(source.log()).toEqual([`getManifest team/app ${image.top.digest}`, `getBlob team/app ${image.blobs[0].descriptor.digest}`])
    expect(target.requests).toEqual([])
  })

  it('with --format docker, pushes Docker media types over the same blobs', async () => {
    const image = multiArchImage('oci')
    const { source, target, engine } = setup({ v1: image }, { format: 'docker' })
    const outcome = await engine.copy(job('v1', image), signal())
    const top = target.manifest('mirror/team/app', 'v1')!
    expect(top.mediaType).toBe(MediaType.DockerManifestList)
    expect(outcome.targetDigest).toBe(top.digest)
    const children = (JSON.parse(top.bytes.toString()) as { manifests: Array<{ digest: string; mediaType: string }> }).manifests
    expect(children.map((c) => c.mediaType)).toEqual([MediaType.DockerManifest, MediaType.DockerManifest])
    for (const child of children) {
      const pushed: RawManifest = target.manifest('mirror/team/app', child.digest)!
      expect(pushed.mediaType).toBe(MediaType.DockerManifest)
      expect(JSON.parse(pushed.bytes.toString())).toMatchObject({ config: { mediaType: 'application/vnd.docker.container.image.v1+json' } })
    }
    for (const blob of image.blobs) expect(target.blob('mirror/team/app', blob.descriptor.digest)?.equals(blob.bytes)).toBe(true)
    // A rerun finds the converted tag copied.
    const rerun = new RegistryEngine(source, target, { blobConcurrency: 4, format: 'docker' })
    expect(await rerun.targetHas(job('v1', image))).toEqual({ targetDigest: top.digest })
  })

  it('fails a tag whose manifest the target refuses, with the target kind, and copies it on the next attempt', async () => {
    const image = singleImage('one')
    const { target, engine } = setup({ v1: image })
    target.inject({ call: 'putManifest', reference: 'v1', fail: 'refused' })
    await expect(engine.copy(job('v1', image), signal())).rejects.toMatchObject({ kind: 'refused' })
    expect(target.tagged('mirror/team/app', 'v1')).toBeUndefined()
    await engine.copy(job('v1', image), signal())
    expectServes(target, 'mirror/team/app', 'v1', image)
    // The blobs placed by the failed attempt are not uploaded again.
    expect(target.count('putBlob')).toBe(image.blobs.length)
  })

  it('never PUTs an index while its own PUT of a child the index lists (here by another tag) is in flight, nor a child while an index listing it is', async () => {
    const image = multiArchImage('shared')
    const { target, engine } = setup({ v1: image })
    const arm64 = image.children[1]
    // The registry checks an index's children by reading what each PUT of a child rewrites: the PUTs must not overlap.
    const events: string[] = []
    const put = target.putManifest.bind(target)
    target.putManifest = async (repository, reference, manifest, options) => {
      events.push(`${reference} in`)
      try {
        return await put(repository, reference, manifest, options)
      } finally {
        events.push(`${reference} out`)
      }
    }
    target.inject({ call: 'putManifest', reference: 'v1-arm64', delayMs: 100 })
    target.inject({ call: 'putManifest', reference: 'v1', delayMs: 100 })
    const childTag = engine.copy(job('v1-arm64', { ...image, top: arm64 }), signal())
    const index = engine.copy(job('v1', image), signal())
    await Promise.all([childTag, index])
    const at = (event: string): number => events.indexOf(event)
    expect(at('v1 in')).toBeGreaterThan(at('v1-arm64 out'))
    expect(at('v1 in')).toBeGreaterThan(at(`${arm64.digest} out`))
    expectServes(target, 'mirror/team/app', 'v1', image)
    // The same requests as without the gate: each child once by digest, the two tags.
    expect(target.count('putManifest')).toBe(4)
    // A PUT of the child started while the index PUT is in flight waits for it.
    events.length = 0
    target.inject({ call: 'putManifest', reference: 'v1', delayMs: 100 })
    const after = engine.copy(job('v1', image), signal())
    await new Promise((resolve) => setTimeout(resolve, 20))
    await engine.copy(job('v1-arm64-again', { ...image, top: arm64 }), signal())
    await after
    expect(events.slice(0, 2)).toEqual(['v1 in', 'v1 out'])
  })
})
