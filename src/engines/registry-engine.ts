import type { ImageSource, ImageTarget, RawManifest } from '../oci/model'
import { BlobCopier } from './blob-copier'
import type { CopyJob, CopyOutcome, Engine } from './engine'
import { isIndexType, manifestContent, platformName } from './manifest-content'

/** Options of the registry engine. */
export interface RegistryEngineOptions {
  blobConcurrency: number
  log?: (message: string) => void
}

/**
 * The default engine: copies manifests and blobs registry to registry (or to and from an OCI
 * layout), byte for byte, so the target serves the source's digests. Children go before their
 * index and blobs before their manifest; a child the target already has is not walked.
 */
export class RegistryEngine implements Engine {
  readonly name = 'registry' as const
  private readonly blobs: BlobCopier
  private readonly manifests = new Map<string, Promise<number>>()

  constructor(
    private readonly source: ImageSource,
    private readonly target: ImageTarget,
    options: RegistryEngineOptions
  ) {
    this.blobs = new BlobCopier(source, target, { concurrency: options.blobConcurrency, log: options.log })
  }

  async targetHas(job: CopyJob): Promise<boolean> {
    return (await this.target.headManifest(job.targetRepository, job.tag))?.digest === job.digest
  }

  async copy(job: CopyJob, signal: AbortSignal): Promise<CopyOutcome> {
    const top = await this.source.getManifest(job.sourceRepository, job.digest)
    const bytes = await this.copyTree(job, top, signal)
    signal.throwIfAborted()
    await this.target.putManifest(job.targetRepository, job.tag, top)
    const platforms = isIndexType(top.mediaType)
      ? manifestContent(top.bytes, top.mediaType)
          .children.filter((child) => child.platform && child.platform.os !== 'unknown')
          .map((child) => platformName(child.platform!))
      : undefined
    return { bytes: bytes + top.bytes.length, mediaType: top.mediaType, platforms }
  }

  async close(): Promise<void> {}

  /** Places everything `manifest` refers to on the target; resolves to the bytes uploaded. */
  private async copyTree(job: CopyJob, manifest: RawManifest, signal: AbortSignal): Promise<number> {
    const content = manifestContent(manifest.bytes, manifest.mediaType)
    const children = content.children.map((child) => this.copyChild(job, child.digest, signal))
    const blobs = content.blobs.map((blob) => this.blobs.ensure(job.sourceRepository, job.targetRepository, blob, signal))
    const sizes = await Promise.all([...children, ...blobs])
    return sizes.reduce((sum, n) => sum + n, 0)
  }

  /** Copies a child manifest by digest, once per target repository per run, skipping it when present. */
  private copyChild(job: CopyJob, digest: string, signal: AbortSignal): Promise<number> {
    const key = `${job.targetRepository}@${digest}`
    const known = this.manifests.get(key)
    if (known) return known.then(() => 0)
    const work = (async () => {
      if ((await this.target.headManifest(job.targetRepository, digest))?.digest === digest) return 0
      const child = await this.source.getManifest(job.sourceRepository, digest)
      const bytes = await this.copyTree(job, child, signal)
      signal.throwIfAborted()
      await this.target.putManifest(job.targetRepository, digest, child)
      return bytes + child.bytes.length
    })()
    this.manifests.set(key, work)
    work.catch(() => this.manifests.delete(key))
    return work
  }
}
