import { getManifest, pushImage } from '../__tests__/harness/fixtures'
import type { Lab } from './lab'
import { keystream } from './bytes'

interface ImageJson {
  manifests?: Array<{ digest: string }>
  layers?: Array<{ digest: string; size: number }>
}

/**
 * Pushes a new single-platform image to `lab.config.changedTags` tags spread over the corpus, as a
 * rebuild would: the same shared base layers, new own layers. `salt` makes each call's images new.
 * Updates the corpus's digests.
 */
export async function changeTags(lab: Lab, salt: number): Promise<void> {
  const { config, corpus, source } = lab
  const step = corpus.images.length / config.changedTags
  for (let i = 0; i < config.changedTags; i++) {
    const image = corpus.images[Math.floor(i * step)]
    const seed = config.seed * 1_000_000_000 + salt * 1000 + i * 10
    const base = await baseLayers(lab, image.repository, image.tag)
    const layers = Array.from({ length: config.layersPerImage }, (_, l) => keystream(config.layerSize, seed + l))
    const pushed = await pushImage(source, image.repository, image.tag, { layers, baseLayers: base, config: { rebuilt: seed } })
    image.digest = pushed.digest
  }
}

/** The shared base layers of a tag's image (of its first platform for an index). */
async function baseLayers(lab: Lab, repository: string, tag: string): Promise<Array<{ digest: string; size: number }>> {
  const read = async (reference: string): Promise<ImageJson> => {
    const manifest = await getManifest(lab.source, repository, reference)
    if (!manifest) throw new Error(`${repository}:${reference} vanished from the source`)
    return JSON.parse(manifest.bytes.toString('utf8')) as ImageJson
  }
  let json = await read(tag)
  if (json.manifests) json = await read(json.manifests[0].digest)
  return (json.layers ?? []).slice(0, lab.config.sharedBaseLayers).map(({ digest, size }) => ({ digest, size }))
}
