import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MediaType } from '../../oci/media-types'
import { LayoutDigestError, LayoutError, LayoutNotFoundError, OciLayout } from '..'
import { expectReadable, multiArchImage, pushImage, singleImage } from './images'

const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

let scratch: string
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'oci-layout-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

const directory = (name: string): string => join(scratch, name)

describe('OciLayout as a target, read back as a source', () => {
  const multi = multiArchImage('app')
  const single = singleImage('tool')
  const dockerList = multiArchImage('legacy', true)
  let dir: string
  let layout: OciLayout

  beforeAll(async () => {
    dir = directory('built')
    layout = new OciLayout(dir)
    await pushImage(layout, 'team/app', 'v1', multi)
    await pushImage(layout, 'team/app', 'amd64', singleImage('app amd64'))
    await pushImage(layout, 'tools/cli', 'latest', single)
    await pushImage(layout, 'team/legacy', 'v1', dockerList)
  })

  it('writes the layout files: oci-layout, index.json with one REPOSITORY:TAG entry per tag, blobs/sha256', async () => {
    expect(JSON.parse(await readFile(join(dir, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' })
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as {
      schemaVersion: number
      mediaType: string
      manifests: Array<Record<string, unknown>>
    }
    expect(index.schemaVersion).toBe(2)
    expect(index.mediaType).toBe(MediaType.OciIndex)
    expect(index.manifests).toContainEqual({
      mediaType: MediaType.OciIndex,
      digest: multi.top.digest,
      size: multi.top.bytes.length,
      annotations: { 'org.opencontainers.image.ref.name': 'team/app:v1' }
    })
    expect(index.manifests.map((m) => (m.annotations as Record<string, string>)['org.opencontainers.image.ref.name']).sort()).toEqual([
      'team/app:amd64',
      'team/app:v1',
      'team/legacy:v1',
      'tools/cli:latest'
    ])
    const stored = await readFile(join(dir, 'blobs', 'sha256', dockerList.top.digest.slice(7)))
    expect(stored.equals(dockerList.top.bytes)).toBe(true)
  })

  it('lists repositories under a prefix and tags with their digests', async () => {
    expect(await layout.listRepositories('')).toEqual(['team/app', 'team/legacy', 'tools/cli'])
    expect(await layout.listRepositories('team')).toEqual(['team/app', 'team/legacy'])
    expect(await layout.listRepositories('team/app')).toEqual(['team/app'])
    expect(await layout.listRepositories('tea')).toEqual([])
    expect(await layout.listTags('team/app')).toEqual([
      { tag: 'amd64', digest: singleImage('app amd64').top.digest },
      { tag: 'v1', digest: multi.top.digest }
    ])
  })

  it('reads back identical manifests and blobs: OCI index, OCI manifest, Docker manifest list', async () => {
    await expectReadable(layout, 'team/app', 'v1', multi)
    await expectReadable(layout, 'tools/cli', 'latest', single)
    await expectReadable(layout, 'team/legacy', 'v1', dockerList)
    expect((await layout.getManifest('team/legacy', dockerList.children[0].digest)).mediaType).toBe(MediaType.DockerManifest)
  })

  it('answers HEAD and blob checks for what is there and what is not', async () => {
    const absent = `sha256:${'0'.repeat(64)}`
    expect(await layout.headManifest('team/app', 'nope')).toBeUndefined()
    expect(await layout.headManifest('other/app', 'v1')).toBeUndefined()
    expect(await layout.headManifest('team/app', absent)).toBeUndefined()
    expect(await layout.headManifest('team/app', multi.blobs[1].descriptor.digest)).toBeUndefined()
    expect(await layout.hasBlob('team/app', multi.blobs[0].descriptor.digest)).toBe(true)
    expect(await layout.mountBlob('elsewhere/app', multi.blobs[0].descriptor.digest, 'team/app')).toBe(true)
    expect(await layout.hasBlob('team/app', absent)).toBe(false)
    await expect(layout.getManifest('team/app', 'nope')).rejects.toBeInstanceOf(LayoutNotFoundError)
    await expect(layout.getBlob('team/app', absent)).rejects.toBeInstanceOf(LayoutNotFoundError)
  })

  it('refuses digests that are not sha256 hex before they name a path', async () => {
    for (const digest of ['sha256:../../oci-layout', `sha512:${'a'.repeat(128)}`, `sha256:${'A'.repeat(64)}`, '../index.json']) {
      await expect(layout.getBlob('team/app', digest)).rejects.toBeInstanceOf(LayoutError)
      await expect(layout.hasBlob('team/app', digest)).rejects.toBeInstanceOf(LayoutError)
    }
    await expect(layout.putManifest('team/app', 'bad tag', single.top)).rejects.toBeInstanceOf(LayoutError)
    await expect(layout.putManifest('Team/App', 'v1', single.top)).rejects.toBeInstanceOf(LayoutError)
  })
})

describe('putBlob', () => {
  const content = Buffer.from('some layer bytes')
  const digest = sha256(content)
  let dir: string
  let layout: OciLayout

  beforeAll(async () => {
    dir = directory('blobs')
    layout = new OciLayout(dir)
  })

  const entries = async (): Promise<string[]> => readdir(join(dir, 'blobs', 'sha256'))

  it('rejects a stream that does not match its digest, leaving no file behind', async () => {
    await expect(layout.putBlob('a/b', digest, content.length, Readable.from([Buffer.from('other bytes, same length')]))).rejects.toBeInstanceOf(
      LayoutDigestError
    )
    await expect(layout.putBlob('a/b', digest, content.length + 1, Readable.from([content]))).rejects.toBeInstanceOf(LayoutDigestError)
    expect(await entries()).toEqual([])
    expect(await layout.hasBlob('a/b', digest)).toBe(false)
  })

  it('removes the temporary file when the stream fails midway', async () => {
    const failing = new Readable({
      read() {
        this.push(content)
        this.destroy(new Error('connection reset'))
      }
    })
    await expect(layout.putBlob('a/b', digest, content.length, failing)).rejects.toThrow('connection reset')
    expect(await entries()).toEqual([])
  })

  it('stores a matching stream under its digest; an unknown size (-1) is not checked', async () => {
    await layout.putBlob('a/b', digest, -1, Readable.from([content.subarray(0, 4), content.subarray(4)]))
    expect(await entries()).toEqual([digest.slice(7)])
    expect((await readFile(join(dir, 'blobs', 'sha256', digest.slice(7)))).equals(content)).toBe(true)
  })
})

describe('putManifest', () => {
  it('keeps every tag when 50 are pushed at once', async () => {
    const layout = new OciLayout(directory('concurrent'))
    const images = Array.from({ length: 50 }, (_, i) => singleImage(`image ${i}`))
    await Promise.all(images.map((image, i) => pushImage(layout, `repo${i % 5}/app`, `t${i}`, image)))
    const fresh = new OciLayout(directory('concurrent'))
    const tags = (await Promise.all((await fresh.listRepositories('')).map((r) => fresh.listTags(r)))).flat()
    expect(tags).toHaveLength(50)
    for (const [i, image] of images.entries()) expect(await fresh.headManifest(`repo${i % 5}/app`, `t${i}`)).toMatchObject({ digest: image.top.digest })
  })

  it('moves a tag: one entry, pointing at the new manifest', async () => {
    const dir = directory('retag')
    const layout = new OciLayout(dir)
    const [first, second] = [singleImage('first'), singleImage('second')]
    await pushImage(layout, 'app', 'latest', first)
    await pushImage(layout, 'app', 'latest', second)
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> }
    expect(index.manifests.map((m) => m.digest)).toEqual([second.top.digest])
    expect((await new OciLayout(dir).getManifest('app', 'latest')).digest).toBe(second.top.digest)
  })

  it('refuses bytes that do not hash to the digest, storing nothing', async () => {
    const dir = directory('bad-manifest')
    const layout = new OciLayout(dir)
    const image = singleImage('x')
    await expect(layout.putManifest('app', 'v1', { ...image.top, bytes: Buffer.from('{}') })).rejects.toBeInstanceOf(LayoutDigestError)
    await expect(layout.putManifest('app', multiArchImage('y').top.digest, image.top)).rejects.toBeInstanceOf(LayoutDigestError)
    expect(await layout.headManifest('app', 'v1')).toBeUndefined()
  })
})

describe('missing and foreign directories', () => {
  it('as a source, a missing directory is a clear error; HEAD and blob checks find nothing', async () => {
    const layout = new OciLayout(directory('missing'))
    await expect(layout.listRepositories('')).rejects.toThrow(/no OCI image layout/)
    await expect(layout.listTags('app')).rejects.toBeInstanceOf(LayoutError)
    await expect(layout.getManifest('app', 'v1')).rejects.toBeInstanceOf(LayoutError)
    expect(await layout.headManifest('app', 'v1')).toBeUndefined()
    expect(await layout.hasBlob('app', `sha256:${'1'.repeat(64)}`)).toBe(false)
    await expect(stat(directory('missing'))).rejects.toThrow()
  })

  it('as a target, a missing directory is created', async () => {
    const dir = join(directory('created'), 'nested', 'mirror')
    await pushImage(new OciLayout(dir), 'app', 'v1', singleImage('created'))
    expect(await new OciLayout(dir).listRepositories('')).toEqual(['app'])
  })

  it('refuses to turn a non-empty directory into a layout', async () => {
    const dir = directory('not-a-layout')
    await mkdir(dir)
    await writeFile(join(dir, 'notes.txt'), 'mine')
    const image = singleImage('z')
    await expect(pushImage(new OciLayout(dir), 'app', 'v1', image)).rejects.toThrow(/not empty and not an OCI image layout/)
    expect(await readdir(dir)).toEqual(['notes.txt'])
  })

  it('reports a malformed index.json', async () => {
    const dir = directory('broken')
    await mkdir(dir)
    await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
    await writeFile(join(dir, 'index.json'), '{"manifests": 3}')
    await expect(new OciLayout(dir).listRepositories('')).rejects.toThrow(/index.json: not an image index/)
  })
})
