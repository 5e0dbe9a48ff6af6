import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MediaType } from '../../oci/media-types'
import { ArchiveSource, readDockerArchive, readOciArchive } from '..'
import { dockerArchiveManifest, parseDockerManifestJson } from '../docker-archive'
import { buildTar, type TarEntry } from './tar-builder'
import { multiArchImage } from './images'

const sha256 = (bytes: Buffer | string): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`
const hex = (digest: string): string => digest.slice(7)

/** A layer tarball (itself a tar) and the config listing it as its diff_id. */
function dockerImage(text: string): { layer: Buffer; config: Buffer } {
  const layer = buildTar([{ name: 'hello.txt', data: text }])
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [sha256(layer)] } }))
  return { layer, config }
}

describe('dockerArchiveManifest', () => {
  it('builds a Docker v2 schema 2 manifest: the config, each layer as stored with its media type', () => {
    const manifest = dockerArchiveManifest({ digest: sha256('c'), size: 10 }, [
      { digest: sha256('a'), size: 2048, gzip: false },
      { digest: sha256('b'), size: 99, gzip: true }
    ])
    expect(manifest.mediaType).toBe(MediaType.DockerManifest)
    expect(manifest.digest).toBe(sha256(manifest.bytes))
    expect(JSON.parse(manifest.bytes.toString())).toEqual({
      schemaVersion: 2,
      mediaType: MediaType.DockerManifest,
      config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: 10, digest: sha256('c') },
      layers: [
        { mediaType: 'application/vnd.docker.image.rootfs.diff.tar', size: 2048, digest: sha256('a') },
        { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 99, digest: sha256('b') }
      ]
    })
  })

  it('parses manifest.json, RepoTags null as none, and refuses anything else with one line', () => {
    expect(parseDockerManifestJson('[{"Config":"c.json","RepoTags":null,"Layers":["l.tar"]}]', 'x')).toEqual([
      { Config: 'c.json', RepoTags: [], Layers: ['l.tar'] }
    ])
    expect(() => parseDockerManifestJson('{', 'docker-archive:x.tar')).toThrow(/^docker-archive:x.tar: manifest.json is not JSON/)
    expect(() => parseDockerManifestJson('{}', 'docker-archive:x.tar')).toThrow('docker-archive:x.tar: manifest.json is not a list of images')
    expect(() => parseDockerManifestJson('[{"Config":"c"}]', 'd')).toThrow('d: manifest.json image 1 has no Config path and Layers list')
    expect(() => parseDockerManifestJson('[{"Config":"c","Layers":[],"RepoTags":[1]}]', 'd')).toThrow(
      'd: manifest.json image 1 has RepoTags that are not names'
    )
  })
})

describe('ArchiveSource', () => {
  let dir: string
  let count = 0
  const archive = async (entries: TarEntry[], name = `archive-${count++}.tar`): Promise<string> => {
    const path = join(dir, name)
    await writeFile(path, buildTar(entries))
    return path
  }
  const docker = (path: string, images?: string[]): ArchiveSource => new ArchiveSource(path, 'docker-archive', readDockerArchive, { images })
  const oci = (path: string, images?: string[]): ArchiveSource => new ArchiveSource(path, 'oci-archive', readOciArchive, { images })
  const read = async (source: ArchiveSource, repository: string, digest: string): Promise<Buffer> => {
    const chunks: Buffer[] = []
    for await (const chunk of (await source.getBlob(repository, digest)).stream as AsyncIterable<Buffer>) chunks.push(chunk)
    return Buffer.concat(chunks)
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'archives-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads a legacy docker save archive: tags from RepoTags, a symlinked layer, a gzip layer as stored', async () => {
    const plain = dockerImage('plain')
    const zipped = dockerImage('zipped')
    const gz = gzipSync(zipped.layer)
    const path = await archive([
      { name: `${hex(sha256(plain.config))}.json`, data: plain.config },
      { name: `${hex(sha256(zipped.config))}.json`, data: zipped.config },
      { name: 'aaa/layer.tar', data: plain.layer },
      { name: 'bbb/layer.tar', symlink: '../aaa/layer.tar' },
      { name: 'ccc/layer.tar', data: gz },
      {
        name: 'manifest.json',
        data: JSON.stringify([
          { Config: `${hex(sha256(plain.config))}.json`, RepoTags: ['localhost/team/app:v1', 'team/app:latest'], Layers: ['bbb/layer.tar'] },
          { Config: `${hex(sha256(zipped.config))}.json`, RepoTags: ['tool:2'], Layers: ['ccc/layer.tar'] }
        ])
      }
    ])
    const source = docker(path)
    expect(await source.listRepositories('')).toEqual(['team/app', 'tool'])
    const tags = await source.listTags('team/app')
    expect(tags.map((t) => t.tag)).toEqual(['latest', 'v1'])
    expect(tags[0].digest).toBe(tags[1].digest)
    const manifest = await source.getManifest('team/app', 'v1')
    expect(manifest.mediaType).toBe(MediaType.DockerManifest)
    expect(manifest.digest).toBe(sha256(manifest.bytes))
    expect(await source.getManifest('team/app', manifest.digest)).toEqual(manifest)
    const json = JSON.parse(manifest.bytes.toString()) as { config: { digest: string }; layers: Array<{ digest: string; mediaType: string }> }
    expect(json.config.digest).toBe(sha256(plain.config))
    expect(json.layers).toMatchObject([{ digest: sha256(plain.layer), mediaType: 'application/vnd.docker.image.rootfs.diff.tar' }])
    expect((await read(source, 'team/app', sha256(plain.layer))).equals(plain.layer)).toBe(true)
    const tool = JSON.parse((await source.getManifest('tool', '2')).bytes.toString()) as { layers: Array<{ digest: string; mediaType: string }> }
    expect(tool.layers).toMatchObject([{ digest: sha256(gz), mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip' }])
    expect((await read(source, 'tool', sha256(gz))).equals(gz)).toBe(true)
    await expect(source.putManifest()).rejects.toThrow(/an archive is only read/)
  })

  it('puts an untagged docker-archive image under the one --images name, as digest-<hex>', async () => {
    const image = dockerImage('untagged')
    const path = await archive([
      { name: 'blobs/sha256/' + hex(sha256(image.config)), data: image.config },
      { name: 'blobs/sha256/' + hex(sha256(image.layer)), data: image.layer },
      {
        name: 'manifest.json',
        data: JSON.stringify([{ Config: `blobs/sha256/${hex(sha256(image.config))}`, RepoTags: null, Layers: [`blobs/sha256/${hex(sha256(image.layer))}`] }])
      }
    ])
    await expect(docker(path).listRepositories('')).rejects.toThrow(/1 entry: 1 with no name; none with a name this run can use/)
    const [tag] = await docker(path, ['saved']).listTags('saved')
    expect(tag.tag).toBe(`digest-${hex(tag.digest!)}`)
  })

  it('reads an OCI archive: entries named as in a layout, bare tags under the file name, blobs and children by digest', async () => {
    const image = multiArchImage('oci archive')
    const blobs: TarEntry[] = [...image.blobs.map((b) => b.bytes), ...image.children.map((c) => c.bytes), image.top.bytes].map((bytes) => ({
      name: `blobs/sha256/${hex(sha256(bytes))}`,
      data: bytes
    }))
    const entry = (name: string): object => ({
      mediaType: image.top.mediaType,
      digest: image.top.digest,
      size: image.top.bytes.length,
      annotations: { 'org.opencontainers.image.ref.name': name }
    })
    const path = await archive(
      [
        { name: 'oci-layout', data: '{"imageLayoutVersion":"1.0.0"}' },
        { name: 'index.json', data: JSON.stringify({ schemaVersion: 2, manifests: [entry('docker.io/library/web:1.0'), entry('bare')] }) },
        ...blobs
      ],
      'Saved_Images.tar'
    )
    const source = oci(path)
    expect(await source.listRepositories('')).toEqual(['library/web', 'saved_images'])
    expect(await source.listTags('saved_images')).toEqual([{ tag: 'bare', digest: image.top.digest }])
    expect(await source.getManifest('library/web', '1.0')).toEqual(image.top)
    for (const child of image.children) expect(await source.getManifest('library/web', child.digest)).toEqual(child)
    for (const blob of image.blobs) expect((await read(source, 'library/web', blob.descriptor.digest)).equals(blob.bytes)).toBe(true)
    expect(await source.headManifest('library/web', image.blobs[1].descriptor.digest)).toBeUndefined()
    await expect(source.listTags('other')).rejects.toThrow(/no images named other \(it holds library\/web, saved_images\)/)
  })

  it('reads a Docker 25+ docker save both ways: manifest.json over blobs/sha256 as docker-archive, its OCI layout as oci-archive', async () => {
    const image = dockerImage('docker 25')
    const gz = gzipSync(image.layer)
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(image.config), size: image.config.length },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: sha256(gz), size: gz.length }]
      })
    )
    const blob = (bytes: Buffer): TarEntry => ({ name: `blobs/sha256/${hex(sha256(bytes))}`, data: bytes })
    const annotations = { 'io.containerd.image.name': 'docker.io/library/web:1.0', 'org.opencontainers.image.ref.name': '1.0' }
    const path = await archive([
      blob(image.config),
      blob(gz),
      blob(manifest),
      { name: 'oci-layout', data: '{"imageLayoutVersion":"1.0.0"}' },
      {
        name: 'index.json',
        data: JSON.stringify({
          schemaVersion: 2,
          manifests: [{ mediaType: MediaType.OciManifest, digest: sha256(manifest), size: manifest.length, annotations }]
        })
      },
      {
        name: 'manifest.json',
        data: JSON.stringify([{ Config: `blobs/sha256/${hex(sha256(image.config))}`, RepoTags: ['web:1.0'], Layers: [`blobs/sha256/${hex(sha256(gz))}`] }])
      }
    ])
    const asOci = oci(path)
    expect(await asOci.listRepositories('')).toEqual(['library/web'])
    expect(await asOci.listTags('library/web')).toEqual([{ tag: '1.0', digest: sha256(manifest) }])
    const asDocker = docker(path)
    expect(await asDocker.listRepositories('')).toEqual(['web'])
    const built = JSON.parse((await asDocker.getManifest('web', '1.0')).bytes.toString()) as { layers: Array<{ digest: string; mediaType: string }> }
    expect(built.layers).toEqual([{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: gz.length, digest: sha256(gz) }])
  })

  it('says a skopeo-style :NAME after the file is not part of the path', async () => {
    const missing = join(dir, 'saved.tar:team/app:v1')
    await expect(oci(missing).listRepositories('')).rejects.toThrow(
      `oci-archive:${missing}: cannot be read (no such file); give the file alone (the whole archive is mirrored, so no :NAME after it)`
    )
  })

  it('refuses a malformed archive with one line naming the file, whichever call comes first', async () => {
    const image = dockerImage('bad')
    const layerName = `blobs/sha256/${hex(sha256(image.layer))}`
    const configName = `blobs/sha256/${hex(sha256(image.config))}`
    const manifestJson = JSON.stringify([{ Config: configName, RepoTags: ['a:1'], Layers: [layerName] }])
    const cases: Array<[ArchiveSource, RegExp]> = [
      [
        oci(await archive([{ name: 'manifest.json', data: manifestJson }], 'docker.tar')),
        /docker.tar: holds no index.json, so it is not an OCI archive \(it holds a manifest.json: read a docker save archive with docker-archive:\)$/
      ],
      [
        docker(await archive([{ name: 'index.json', data: '{}' }], 'oci.tar')),
        /oci.tar: holds no manifest.json, so it is not a docker save archive \(it holds an index.json: read an OCI archive with oci-archive:\)$/
      ],
      [oci(await archive([{ name: 'index.json', data: '{"manifests":[]}' }], 'nolayout.tar')), /nolayout.tar: holds no oci-layout file/],
      [
        docker(
          await archive(
            [
              { name: configName, data: image.config },
              { name: layerName, data: Buffer.concat([image.layer, Buffer.from('x')]) },
              { name: 'manifest.json', data: manifestJson }
            ],
            'damaged.tar'
          )
        ),
        /^docker-archive:.*damaged.tar: blobs\/sha256\/[0-9a-f]{64} does not match its digest \(its bytes hash to sha256:[0-9a-f]{64}\)$/
      ],
      [
        docker(
          await archive(
            [
              { name: 'c.json', data: image.config },
              { name: 'l/layer.tar', data: buildTar([{ name: 'other', data: 'x' }]) },
              { name: 'manifest.json', data: JSON.stringify([{ Config: 'c.json', RepoTags: ['a:1'], Layers: ['l/layer.tar'] }]) }
            ],
            'diffid.tar'
          )
        ),
        /diffid.tar: l\/layer.tar does not match sha256:[0-9a-f]{64}, layer 1 of c.json$/
      ],
      [
        docker(await archive([{ name: 'manifest.json', data: manifestJson }], 'missing.tar')),
        /missing.tar: manifest.json names blobs\/sha256\/[0-9a-f]{64}, which is not in the archive$/
      ],
      [
        oci(
          await archive(
            [
              { name: 'oci-layout', data: '{"imageLayoutVersion":"1.0.0"}' },
              { name: 'index.json', data: JSON.stringify({ manifests: [{ mediaType: MediaType.OciManifest, digest: sha256('x'), size: 1 }] }) }
            ],
            'dangling.tar'
          )
        ),
        /dangling.tar: index.json lists sha256:[0-9a-f]{64}, which is not in blobs\/$/
      ]
    ]
    for (const [source, message] of cases) {
      const error = await source.listRepositories('').then(
        () => undefined,
        (caught: unknown) => caught as Error
      )
      expect(error?.message).toMatch(message)
      expect(error?.message).not.toContain('\n')
      await expect(source.listTags('a')).rejects.toBe(error)
      await expect(source.checkAccess()).rejects.toBe(error)
    }
  })
})
