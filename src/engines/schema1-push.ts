import { Readable } from 'node:stream'
import { kindOf, MirrorError, errorMessage } from '../oci/errors'
import type { ImageSource, ImageTarget, RawManifest } from '../oci/model'
import { diffIdOf } from './diff-id'
import type { CopyJob, CopyOutcome } from './engine'
import { convertSchema1, schema1Layers, type LayerFacts } from './schema1-convert'

/** What to do with a schema 1 tag: push it as is and convert where refused, push it as is only, or leave it out. */
export type Schema1Mode = 'convert' | 'keep' | 'skip'

/** The `--schema1` values, default first. */
export const SCHEMA1_MODES: Schema1Mode[] = ['convert', 'keep', 'skip']

/**
 * Pushes schema 1 manifests (their blobs already on the target): unchanged first, and where the
 * target refuses schema 1 (kind `refused`) and the mode is `convert`, as a Docker v2 image built by
 * `convertSchema1`, whose layers' diff_ids come from streaming each layer once per run through gunzip.
 */
export class Schema1Pusher {
  private readonly facts = new Map<string, Promise<LayerFacts>>()

  constructor(
    private readonly source: ImageSource,
    private readonly target: ImageTarget,
    private readonly mode: Schema1Mode
  ) {}

  /** Pushes `manifest` under the job's tag; resolves to the bytes it uploaded and what landed. */
  async push(job: CopyJob, manifest: RawManifest, signal: AbortSignal): Promise<CopyOutcome> {
    try {
      await this.target.putManifest(job.targetRepository, job.targetTag ?? job.tag, manifest, { signal })
      return { bytes: manifest.bytes.length, mediaType: manifest.mediaType }
    } catch (error) {
      if (kindOf(error) !== 'refused') throw error
      if (this.mode !== 'convert') {
        throw new MirrorError('refused', `${job.targetRef}: the target refuses schema 1 manifests (${errorMessage(error)})`, {
          cause: error,
          hint: (w) => `${w.option('schema1')} convert pushes a Docker v2 image converted from it`
        })
      }
    }
    const layers = new Map<string, LayerFacts>()
    await Promise.all(
      [...new Set(schema1Layers(manifest.bytes))].map(async (digest) => layers.set(digest, await this.layerFacts(job.sourceRepository, digest, signal)))
    )
    const converted = convertSchema1(manifest.bytes, layers)
    signal.throwIfAborted()
    let bytes = converted.manifest.bytes.length
    if (!(await this.target.hasBlob(job.targetRepository, converted.configDigest, { signal }))) {
      await this.target.putBlob(job.targetRepository, converted.configDigest, converted.config.length, Readable.from([converted.config]), { signal })
      bytes += converted.config.length
    }
    await this.target.putManifest(job.targetRepository, job.targetTag ?? job.tag, converted.manifest, { signal })
    return { bytes, mediaType: converted.manifest.mediaType, targetDigest: converted.manifest.digest, convertedFrom: manifest.mediaType }
  }

  /** A layer's size and diff_id, read from the source once per run. */
  private layerFacts(repository: string, digest: string, signal: AbortSignal): Promise<LayerFacts> {
    let facts = this.facts.get(digest)
    if (!facts) {
      facts = this.source.getBlob(repository, digest, { signal }).then((blob) => diffIdOf(blob.stream, digest, signal))
      this.facts.set(digest, facts)
      facts.catch(() => this.facts.delete(digest))
    }
    return facts
  }
}
