import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { corpusTags, pushBlob, pushImage, pushManifest, type Corpus, type CorpusSpec, type Platform } from '../__tests__/harness/fixtures'
import type { TestRegistry } from '../__tests__/harness/registry'
import { tarLayer } from '../__tests__/harness/tar-layer'
import { keystream } from './bytes'

const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json'
const PLATFORMS: Platform[] = [
  { os: 'linux', architecture: 'amd64' },
  { os: 'linux', architecture: 'arm64', variant: 'v8' }
]

const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

/**
 * A layer a Docker daemon can unpack: a gzip'd tar holding one file of `content`. `diffId` is the
 * digest of the uncompressed tar, which the image config must list (the daemon checks it).
 * Stored without compression (level 0): the content is random anyway, and it keeps generation fast.
 */
export function gzippedTarLayer(name: string, content: Buffer): { gz: Buffer; diffId: string } {
  const tar = tarLayer(name, content)
  return { gz: gzipSync(tar, { level: 0 }), diffId: sha256(tar) }
}

/**
 * The same shape as the harness's buildCorpus (names, tags, shared base, own layers, every Nth tag
 * on two platforms) with real tar layers, Docker media types and configs whose `diff_ids` match, so
 * `docker pull` works (buildCorpus's layers are random bytes that no daemon can unpack).
 */
export async function buildTarCorpus(registry: TestRegistry, spec: CorpusSpec): Promise<Corpus> {
  const seed = (spec.seed ?? 1) * 7_000_003
  const repositories = Array.from({ length: spec.repositories }, (_, r) =>
    spec.nested && r % 2 === 1 ? `${spec.namespace}/team/app-${r}` : `${spec.namespace}/app-${r}`
  )
  const base = Array.from({ length: spec.sharedBaseLayers }, (_, i) => gzippedTarLayer(`base-${i}`, keystream(spec.layerSize, seed + i)))
  const blobs = new Set<string>()
  let bytes = 0
  const count = (digest: string, size: number): void => {
    if (!blobs.has(digest)) bytes += size
    blobs.add(digest)
  }
  const images: Corpus['images'] = []
  for (const [r, repository] of repositories.entries()) {
    const baseLayers: Array<{ digest: string; size: number }> = []
    for (const layer of base) {
      const digest = await pushBlob(registry, repository, layer.gz)
      count(digest, layer.gz.length)
      baseLayers.push({ digest, size: layer.gz.length })
    }
    const pushOne = async (tag: string, reference: string, platform: Platform, layerSeed: number) => {
      const own = Array.from({ length: spec.layersPerImage }, (_, l) => gzippedTarLayer(`layer-${l}`, keystream(spec.layerSize, layerSeed + l)))
      const diffIds = [...base, ...own].map((layer) => layer.diffId)
      const image = await pushImage(registry, repository, reference, {
        layers: own.map((layer) => layer.gz),
        baseLayers,
        platform,
        mediaType: 'docker',
        config: { rootfs: { type: 'layers', diff_ids: diffIds }, config: { Labels: { tag } } }
      })
      own.forEach((layer) => count(sha256(layer.gz), layer.gz.length))
      return image
    }
    for (const [t, tag] of corpusTags(spec.tagsPerRepo).entries()) {
      const layerSeed = seed + 1000 + r * 10_000 + t * 100
      const every = spec.multiArchEvery ?? 0
      if (every > 0 && (t + 1) % every === 0) {
        const children = []
        for (const [k, platform] of PLATFORMS.entries()) {
          const child = await pushOne(tag, '', platform, layerSeed + k * 10)
          children.push({ mediaType: child.mediaType, digest: child.digest, size: child.size, platform })
        }
        const list = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: DOCKER_LIST, manifests: children }))
        images.push({ repository, tag, digest: await pushManifest(registry, repository, tag, list, DOCKER_LIST) })
      } else {
        images.push({ repository, tag, digest: (await pushOne(tag, tag, PLATFORMS[0], layerSeed)).digest })
      }
    }
  }
  return { images, repositories, blobs: blobs.size, bytes }
}
