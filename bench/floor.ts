import { Agent } from 'node:http'
import { buffer } from 'node:stream/consumers'
import { manifestContent } from '../src/engines/manifest-content'
import { MANIFEST_ACCEPT } from '../src/oci/media-types'
import { createLimiter } from '../src/util/limit'
import { send, uploadBlob } from './http'

/** One tag to copy: where it is, where it goes, the digest it points at. */
export interface FloorImage {
  sourceRepository: string
  targetRepository: string
  tag: string
  digest: string
}

/** What the floor moved. */
export interface FloorResult {
  uploads: number
  mounts: number
  manifests: number
  bytes: number
}

interface Manifest {
  reference: string
  mediaType: string
  bytes: Buffer
}

interface Blob {
  size: number
  sourceRepository: string
  /** Target repositories needing it; the first gets the bytes, the others a mount. */
  targets: Set<string>
}

/**
 * The floor: the least work that produces the same target, with nothing but what the corpus
 * already tells (no discovery, no ledger, no checks). Reads every manifest, then copies each distinct
 * blob once by a streamed GET-then-PUT (mounted into the other repositories that need it), then
 * puts the manifests, children first; `concurrency` requests of each phase at once over keep-alive
 * connections. Registries are plain HTTP and open (no auth).
 */
export async function floorCopy(sourceUrl: string, targetUrl: string, images: FloorImage[], concurrency: number): Promise<FloorResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency * 2 })
  const limit = createLimiter(concurrency)
  const blobs = new Map<string, Blob>()
  const result: FloorResult = { uploads: 0, mounts: 0, manifests: 0, bytes: 0 }
  try {
    const readTree = async (image: FloorImage, reference: string, out: Manifest[]): Promise<void> => {
      const response = await send('GET', `${sourceUrl}/v2/${image.sourceRepository}/manifests/${reference}`, 200, {
        agent,
        headers: { accept: MANIFEST_ACCEPT }
      })
      const bytes = await buffer(response)
      const mediaType = String(response.headers['content-type']).split(';')[0]
      const content = manifestContent(bytes, mediaType)
      for (const child of content.children) await readTree(image, child.digest, out)
      for (const blob of content.blobs) {
        const known = blobs.get(blob.digest) ?? { size: blob.size, sourceRepository: image.sourceRepository, targets: new Set<string>() }
        known.targets.add(image.targetRepository)
        blobs.set(blob.digest, known)
      }
      out.push({ reference: reference === image.digest ? image.tag : reference, mediaType, bytes })
    }
    const trees = await Promise.all(
      images.map((image) =>
        limit(async () => {
          const manifests: Manifest[] = []
          await readTree(image, image.digest, manifests)
          return { image, manifests }
        })
      )
    )

    await Promise.all(
      [...blobs].map(([digest, blob]) =>
        limit(async () => {
          const [first, ...others] = blob.targets
          const source = await send('GET', `${sourceUrl}/v2/${blob.sourceRepository}/blobs/${digest}`, 200, { agent })
          await uploadBlob(targetUrl, first, digest, blob.size, source, agent)
          result.uploads++
          result.bytes += blob.size
          for (const repository of others) {
            const query = new URLSearchParams({ mount: digest, from: first })
            ;(await send('POST', `${targetUrl}/v2/${repository}/blobs/uploads/?${query}`, 201, { agent, headers: { 'content-length': '0' } })).resume()
            result.mounts++
          }
        })
      )
    )

    await Promise.all(
      trees.map(({ image, manifests }) =>
        limit(async () => {
          for (const manifest of manifests) {
            const url = `${targetUrl}/v2/${image.targetRepository}/manifests/${manifest.reference}`
            ;(await send('PUT', url, 201, { agent, headers: { 'content-type': manifest.mediaType }, body: manifest.bytes })).resume()
            result.manifests++
          }
        })
      )
    )
    return result
  } finally {
    agent.destroy()
  }
}
