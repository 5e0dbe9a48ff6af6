import { setTimeout as sleep } from 'node:timers/promises'
import { digestOf } from '../oci/digest'
import { ChildUnknownError, DigestMismatchError, ProtocolError, TooLargeError } from '../oci/errors'
import { isCompanionTag, referrersSubject } from '../oci/companions'
import { MAX_MANIFEST_BYTES } from '../oci/media-types'
import type { Descriptor, ImageSource, ImageTarget, ManifestPut, RawManifest } from '../oci/model'
import { BlobCopier } from './blob-copier'
import type { CopyJob, CopyOutcome, Engine, GraphNode, TargetState } from './engine'
import { isIndexType, manifestContent, platformName } from './manifest-content'
import { configPlatform, filterIndex, platformMatches, type PlatformSpec } from './platform-filter'
import { isSchema1 } from '../oci/schema1'
import { Schema1Pusher, type Schema1Mode } from './schema1-push'
import { CONVERSIONS, type ManifestFormat } from './manifest-format'
import { ReferrerCopier, type ReferrersCopied } from './referrer-copier'
import { SharedWork, WorkScope } from '../util/shared-work'
import { WaitGraph } from '../util/wait-graph'
import { KeyGate } from '../util/key-gate'

/** Options of the registry engine. */
export interface RegistryEngineOptions {
  blobConcurrency: number
  /** Copy only these platforms of each index (`--platforms`); empty or absent: every platform, byte for byte. */
  platforms?: PlatformSpec[]
  /** What to do with schema 1 tags (default `convert`). */
  schema1?: Schema1Mode
  /** `docker` / `oci`: manifests pushed with Docker or OCI media types (`--format`; converted ones get new digests). */
  format?: ManifestFormat
  /** Copy the OCI referrers of every manifest a tag pushes unchanged (`--referrers`, default false here). */
  referrers?: boolean
  log?: (message: string) => void
  /** Sees the size of every chunk of blob content moved. */
  onStreamed?: (bytes: number) => void
  /** The run's shared work: blobs, child manifests, source manifests and referrers several tags wait for (a scope of its own by default). */
  scope?: WorkScope
}

/**
 * The pause before an index refused for a child is PUT again (a quarter to half a second, jittered):
 * other tags' PUTs of that child, whose link-file writes the refusal met, finish meanwhile.
 */
const CHILD_RACE_PAUSE_MS = 250

/** Bytes of source manifests kept for reuse within a run. */
const FETCHED_BYTES_LIMIT = 64 * 1024 * 1024
export type { ManifestFormat } from './manifest-format'

/** The manifest a copy puts under the tag, or why the tag is not copied. */
type Prepared = { top: RawManifest } | { skipped: string; platforms: string[] }

/**
 * The default engine: copies manifests and blobs registry to registry (or to and from an OCI
 * layout), byte for byte, so the target serves the source's digests. Children go before their
 * index and blobs before their manifest; a child the target already has is not walked. In a
 * target repository that had no tags when the run began, nothing is asked before a write.
 * With `platforms`, an index is first filtered (see filterIndex): the target then gets a new
 * index of the wanted platforms, reported as `targetDigest`; a single-platform image whose config
 * names another platform is not copied (`skipped: platform-not-selected`). Schema 1 tags go
 * through a Schema1Pusher (converted to Docker v2 where the target refuses them) or are left out
 * (`skip`).
 */
export class RegistryEngine implements Engine {
  readonly name = 'registry' as const
  private readonly blobs: BlobCopier
  /** Child manifests placed, by `repository@digest`. */
  private readonly manifests: SharedWork<number>
  /** Which child copy waits on which (see copyChild). */
  private readonly waits = new WaitGraph()
  private readonly platforms: PlatformSpec[]
  /** Tops prepared by targetHas, handed to copy (filtering runs only). */
  private readonly prepared = new Map<string, Promise<Prepared>>()
  private readonly schema1: Schema1Pusher
  private readonly schema1Mode: Schema1Mode
  /** Source manifests by digest, fetched once per run however many tags point at them (oldest dropped past the bound). */
  private readonly fetched: SharedWork<RawManifest>
  /** The size of each source manifest kept, oldest first. */
  private readonly fetchedSizes = new Map<string, number>()
  private fetchedBytes = 0
  private readonly format: ManifestFormat
  /** Children converted by `--format`, by their new digest: copyChild pushes these instead of the source's. */
  private readonly converted = new Map<string, RawManifest>()
  private readonly referrers: ReferrerCopier | undefined
  /** Per target repository, whether it had no tags when this run first looked (see fresh). */
  private readonly freshness: SharedWork<boolean>
  /** What each manifest walked this run references (see CopyOutcome.graph). */
  private readonly nodes = new Map<string, GraphNode>()
  /** Manifest PUTs in flight, by `repository@digest`: an index PUT reads its children's, a manifest PUT writes its own (see push). */
  private readonly puts = new KeyGate()

  constructor(
    private readonly source: ImageSource,
    private readonly target: ImageTarget,
    options: RegistryEngineOptions
  ) {
    const scope = options.scope ?? new WorkScope()
    this.manifests = new SharedWork(scope)
    this.fetched = new SharedWork(scope)
    this.freshness = new SharedWork(scope)
    this.blobs = new BlobCopier(source, target, {
      concurrency: options.blobConcurrency,
      log: options.log,
      fresh: (repository, signal) => this.fresh(repository, signal),
      onStreamed: options.onStreamed,
      scope
    })
    this.platforms = options.platforms ?? []
    this.schema1Mode = options.schema1 ?? 'convert'
    this.schema1 = new Schema1Pusher(source, target, this.schema1Mode)
    this.format = options.format ?? 'source'
    this.referrers = options.referrers ? new ReferrerCopier(source, target, (job, digest, signal) => this.copyChild(job, digest, signal), scope) : undefined
  }

  async targetHas(job: CopyJob, signal?: AbortSignal): Promise<TargetState | undefined> {
    const head = (await this.fresh(job.targetRepository, signal))
      ? undefined
      : (await this.target.headManifest(job.targetRepository, job.targetTag ?? job.tag, { signal }))?.digest
    if (this.platforms.length === 0 && this.format === 'source') return head === job.digest ? {} : undefined
    if (!head) return undefined
    const key = `${job.sourceRef}@${job.digest}`
    const work = this.prepared.get(key) ?? this.prepare(job, signal)
    this.prepared.set(key, work)
    const prepared = await work
    if ('skipped' in prepared || prepared.top.digest !== head) return undefined
    this.prepared.delete(key)
    return head === job.digest ? {} : { targetDigest: head }
  }

  async wouldSkip(job: CopyJob, signal?: AbortSignal): Promise<Pick<CopyOutcome, 'skipped' | 'platforms'> | undefined> {
    const key = `${job.sourceRef}@${job.digest}`
    // Asked by a dry run, which copies nothing after: the prepared top is not kept.
    const prepared = await (this.prepared.get(key) ?? this.prepare(job, signal))
    this.prepared.delete(key)
    if ('skipped' in prepared) return { skipped: prepared.skipped, platforms: prepared.platforms }
    return isSchema1(prepared.top.mediaType) && this.schema1Mode === 'skip' ? { skipped: 'schema1' } : undefined
  }

  async copy(job: CopyJob, signal: AbortSignal): Promise<CopyOutcome> {
    const key = `${job.sourceRef}@${job.digest}`
    const prepared = await (this.prepared.get(key) ?? this.prepare(job, signal))
    this.prepared.delete(key)
    if ('skipped' in prepared) return { bytes: 0, skipped: prepared.skipped, platforms: prepared.platforms }
    const top = prepared.top
    const schema1 = isSchema1(top.mediaType)
    if (schema1 && this.schema1Mode === 'skip') return { bytes: 0, skipped: 'schema1' }
    const bytes = await this.copyTree(job, top, signal)
    signal.throwIfAborted()
    if (schema1) {
      const pushed = await this.schema1.push(job, top, signal)
      return { ...pushed, bytes: bytes + pushed.bytes }
    }
    const subject = this.referrers && referrersSubject(job.tag)
    if (subject) return this.copyReferrersIndex(job, subject, top, bytes, signal)
    await this.push(job, job.targetTag ?? job.tag, top, signal)
    const graph = this.graphFrom(top.digest)
    const referrers = await this.copyReferrers(job, top, signal)
    const platforms = isIndexType(top.mediaType)
      ? manifestContent(top.bytes, top.mediaType)
          .children.filter((child) => child.platform && child.platform.os !== 'unknown')
          .map((child) => platformName(child.platform!))
      : undefined
    return {
      bytes: bytes + top.bytes.length + referrers.bytes,
      mediaType: top.mediaType,
      platforms,
      ...(top.digest !== job.digest ? { targetDigest: top.digest } : {}),
      ...(referrers.count ? { referrers: referrers.count } : {}),
      graph
    }
  }

  /** The nodes walked this run reachable from `root` (a child the target already had and was not walked ends a branch). */
  private graphFrom(root: string): Map<string, GraphNode> {
    const graph = new Map<string, GraphNode>()
    const visit = (digest: string): void => {
      const node = this.nodes.get(digest)
      if (!node || graph.has(digest)) return
      graph.set(digest, node)
      for (const child of node.manifests) visit(child)
    }
    visit(root)
    return graph
  }

  /**
   * The referrers of the manifests a tag pushed unchanged: the top when it is the source's, and an
   * index's children (kept byte for byte by --platforms; none when --format converted the top).
   * Companion tags are not asked for theirs; the top's fallback tag is a companion job of its own.
   */
  private async copyReferrers(job: CopyJob, top: RawManifest, signal: AbortSignal): Promise<ReferrersCopied> {
    if (!this.referrers || isCompanionTag(job.tag) || this.format === 'docker' || (this.format === 'oci' && top.digest !== job.digest))
      return { count: 0, bytes: 0 }
    const children = isIndexType(top.mediaType) ? manifestContent(top.bytes, top.mediaType).children.map((child) => child.digest) : []
    const subjects = top.digest === job.digest ? [top.digest, ...children] : children
    return this.referrers.copy(job, subjects, signal)
  }

  /** A referrers fallback tag: its referrers (placed as its children) get theirs, and the target's tag lists them all. */
  private async copyReferrersIndex(job: CopyJob, subject: string, index: RawManifest, bytes: number, signal: AbortSignal): Promise<CopyOutcome> {
    const copied = await this.referrers!.copyIndex(job, subject, index, signal)
    return {
      bytes: bytes + copied.bytes + (copied.digest === index.digest ? index.bytes.length : 0),
      mediaType: index.mediaType,
      ...(copied.digest !== job.digest ? { targetDigest: copied.digest } : {}),
      ...(copied.count ? { referrers: copied.count } : {}),
      graph: this.graphFrom(copied.digest)
    }
  }

  /**
   * Pushes a manifest; a push with a `subject` tells the referrer copier whether the target lists
   * referrers itself. An index is never PUT while this run PUTs one of its children into the same
   * repository (by tag or by digest), nor a manifest while an index listing it is PUT: the registry
   * checks an index's children by reading files each PUT of a child rewrites (see manifest-put.ts),
   * and a tag like `1.N-arm64` on a child every version shares is written all run long. An index the
   * target still refuses for a child (ChildUnknownError: another writer of the registry, or a child
   * lost) gets its children checked, any missing one pushed again, and one more PUT after a short
   * pause; a second refusal fails the tag.
   */
  private async push(job: CopyJob, reference: string, manifest: RawManifest, signal: AbortSignal): Promise<void> {
    const key = (digest: string): string => `${job.targetRepository}@${digest}`
    const children = isIndexType(manifest.mediaType) ? manifestContent(manifest.bytes, manifest.mediaType).children.map((child) => key(child.digest)) : []
    // Held around the request only: the recheck below pushes children, which must not wait on this index.
    const put = (): Promise<ManifestPut | void> =>
      this.puts.hold({ writes: [key(manifest.digest)], reads: children }, signal, () =>
        this.target.putManifest(job.targetRepository, reference, manifest, { signal })
      )
    const answer = await put().catch(async (error: unknown) => {
      if (!(error instanceof ChildUnknownError)) throw error
      await this.recheckChildren(job, manifest, signal)
      await sleep(CHILD_RACE_PAUSE_MS * (1 + Math.random()), undefined, { signal })
      return put()
    })
    this.referrers?.noteTarget(manifest, answer)
  }

  /** Every child of an index on the target, by digest: HEAD each, and copy again those it does not serve. */
  private async recheckChildren(job: CopyJob, index: RawManifest, signal: AbortSignal): Promise<void> {
    const children = manifestContent(index.bytes, index.mediaType).children
    await Promise.all(
      children.map(async ({ digest }) => {
        if ((await this.target.headManifest(job.targetRepository, digest, { signal }))?.digest === digest) return
        this.manifests.forget(`${job.targetRepository}@${digest}`)
        await this.copyChild(job, digest, signal)
      })
    )
  }

  async close(): Promise<void> {}

  /**
   * True when the target repository had no tags when this run first looked (one `tags/list?n=1`
   * per repository, asked once): nothing there to HEAD for, so tags, children and blobs go
   * straight to their writes. False when the store can't tell, or the question failed.
   */
  private fresh(repository: string, signal?: AbortSignal): Promise<boolean> {
    return this.freshness.run(repository, signal, async (own) =>
      this.target.hasTags
        ? this.target.hasTags(repository, { signal: own }).then(
            (tagged) => !tagged,
            () => false
          )
        : false
    )
  }

  /** The top manifest to push: the source's, filtered to the wanted platforms, in `--format`'s media types. */
  private async prepare(job: CopyJob, signal?: AbortSignal): Promise<Prepared> {
    const prepared = await this.filter(job, signal)
    const conversion = this.format === 'source' ? undefined : CONVERSIONS[this.format]
    if (!conversion || !('top' in prepared) || !conversion.needs(prepared.top.mediaType)) return prepared
    return { top: await this.convert(job, prepared.top, signal) }
  }

  /** A manifest in `--format`'s media types; an index's children are converted too and kept for copyChild. */
  private async convert(job: CopyJob, top: RawManifest, signal?: AbortSignal): Promise<RawManifest> {
    const conversion = CONVERSIONS[this.format as Exclude<ManifestFormat, 'source'>]
    if (!isIndexType(top.mediaType)) return conversion.manifest(top)
    const children = new Map<string, RawManifest>()
    for (const entry of conversion.entries(top)) {
      const child = conversion.manifest(await this.sourceManifest(job.sourceRepository, entry.digest, signal))
      children.set(entry.digest, child)
      this.converted.set(child.digest, child)
    }
    return conversion.index(top, children)
  }

  /** The source's top manifest, filtered to the wanted platforms when there are any. */
  private async filter(job: CopyJob, signal?: AbortSignal): Promise<Prepared> {
    // Companion tags are read by tag: registry.k8s.io serves them by tag only (by digest: 404 from the region).
    const top = isCompanionTag(job.tag) ? await this.companion(job, signal) : await this.sourceManifest(job.sourceRepository, job.digest, signal)
    if (this.platforms.length === 0) return { top }
    if (isIndexType(top.mediaType)) {
      const filtered = filterIndex(top, this.platforms)
      if (filtered.kind !== 'no-match') return { top: filtered.manifest }
      const offered = manifestContent(top.bytes, top.mediaType)
        .children.filter((child) => child.platform && child.platform.os !== 'unknown')
        .map((child) => platformName(child.platform!))
      return { skipped: 'platform-not-selected', platforms: offered }
    }
    const json = JSON.parse(top.bytes.toString('utf8')) as { config?: Descriptor }
    if (!json.config) return { top }
    const platform = configPlatform(await this.readConfig(job, json.config, signal))
    if (!platform || platformMatches(platform, this.platforms)) return { top }
    return { skipped: 'platform-not-selected', platforms: [platformName(platform)] }
  }

  /** A companion tag's manifest, read by tag; it must still be the digest planned. */
  private async companion(job: CopyJob, signal?: AbortSignal): Promise<RawManifest> {
    const manifest = await this.source.getManifest(job.sourceRepository, job.tag, { signal })
    if (manifest.digest !== job.digest) throw new ProtocolError(`${job.sourceRef} moved to ${manifest.digest} while being copied`)
    return manifest
  }

  /**
   * A source manifest by digest, GET once per run: 30 tags on one digest cost one GET (Docker Hub
   * counts GETs against its pull limit). Content-addressed and verified, so one fetch serves every
   * repository that holds the digest. Kept up to FETCHED_BYTES_LIMIT, oldest dropped first.
   */
  private sourceManifest(repository: string, digest: string, signal?: AbortSignal): Promise<RawManifest> {
    return this.fetched.run(digest, signal, async (own) => {
      const manifest = await this.source.getManifest(repository, digest, { signal: own })
      this.fetchedSizes.set(digest, manifest.bytes.length)
      this.fetchedBytes += manifest.bytes.length
      for (const [key, size] of this.fetchedSizes) {
        if (this.fetchedBytes <= FETCHED_BYTES_LIMIT) break
        this.fetched.forget(key)
        this.fetchedSizes.delete(key)
        this.fetchedBytes -= size
      }
      return manifest
    })
  }

  /** An image config, read whole (bounded, digest checked). */
  private async readConfig(job: CopyJob, config: Descriptor, signal?: AbortSignal): Promise<Buffer> {
    if (config.size > MAX_MANIFEST_BYTES) throw new TooLargeError(`config ${config.digest} of ${job.sourceRef} is over ${MAX_MANIFEST_BYTES} bytes`)
    const { stream } = await this.source.getBlob(job.sourceRepository, config.digest, { signal })
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > MAX_MANIFEST_BYTES) {
        stream.destroy()
        throw new TooLargeError(`config ${config.digest} of ${job.sourceRef} is over ${MAX_MANIFEST_BYTES} bytes`)
      }
      chunks.push(chunk)
    }
    const bytes = Buffer.concat(chunks)
    if (digestOf(bytes, config.digest) !== config.digest)
      throw new DigestMismatchError(`the source served bytes that do not match config ${config.digest} of ${job.sourceRef}`)
    return bytes
  }

  /** Places everything `manifest` refers to on the target; resolves to the bytes uploaded. `from`: the child copy doing it, if any. */
  private async copyTree(job: CopyJob, manifest: RawManifest, signal: AbortSignal, from?: string): Promise<number> {
    const content = manifestContent(manifest.bytes, manifest.mediaType)
    this.nodes.set(manifest.digest, { manifests: content.children.map((child) => child.digest), blobs: content.blobs.map((blob) => blob.digest) })
    const children = content.children.map((child) => this.copyChild(job, child.digest, signal, from))
    // Layers first, the config (listed first) last: a rerun's shared base layer is the blob likeliest
    // to be on the target already, and its answer teaches the BlobCopier the most.
    const ordered = [...content.blobs.slice(1), ...content.blobs.slice(0, 1)]
    const blobs = ordered.map((blob) => this.blobs.ensure(job.sourceRepository, job.targetRepository, blob, signal))
    const sizes = await Promise.all([...children, ...blobs])
    return sizes.reduce((sum, n) => sum + n, 0)
  }

  /**
   * Copies a child manifest by digest, once per target repository per run, skipping it when present;
   * a repair walks a present child too (its own blobs or children may be what the target lost).
   * `from` is the child copy waiting on it: an index that lists itself, at any depth, would wait on its
   * own copy forever; the wait graph refuses it, a failure of the tag.
   */
  private copyChild(job: CopyJob, digest: string, signal: AbortSignal, from?: string): Promise<number> {
    const key = `${job.targetRepository}@${digest}${job.repair ? ' repair' : ''}`
    return this.waits.wait(
      from,
      key,
      () => this.copyChildOnce(job, key, digest, signal),
      (circle) => indexCycle(circle)
    )
  }

  /** The work of copyChild; resolves to the bytes uploaded (0 when another tag's call counts them). */
  private async copyChildOnce(job: CopyJob, key: string, digest: string, signal: AbortSignal): Promise<number> {
    const placed = await this.manifests.join(key, signal, async (own) => {
      const present =
        !(await this.fresh(job.targetRepository, own)) && (await this.target.headManifest(job.targetRepository, digest, { signal: own }))?.digest === digest
      if (present && !job.repair) return 0
      const child = this.converted.get(digest) ?? (await this.sourceManifest(job.sourceRepository, digest, own))
      const bytes = await this.copyTree(job, child, own, key)
      own.throwIfAborted()
      if (present) return bytes
      await this.push(job, digest, child, own)
      return bytes + child.bytes.length
    })
    return placed.first ? placed.value : 0
  }
}

/** The error of an index that lists itself (`circle`: target-repository@digest keys, first and last the same). */
function indexCycle(circle: string[]): ProtocolError {
  const path = circle.map((key) => key.slice(key.lastIndexOf('@') + 1)).join(' -> ')
  return new ProtocolError(`the source's manifests form a cycle: ${path}; each index lists the next among its children`, { side: 'source' })
}
