import { sha256Digest } from '../oci/digest'
import { formatImageRef } from '../oci/image-ref'
import { errorMessage, kindOf, MirrorError, ProtocolError, sideOf } from '../oci/errors'
import { MediaType } from '../oci/media-types'
import type { Descriptor, ImageSource, ImageTarget, ManifestPut, RawManifest } from '../oci/model'
import { MAX_REFERRER_DEPTH, mergeReferrersIndex, parseReferrersIndex, referrersTag, subjectOf } from '../oci/referrers'
import type { CopyJob } from './engine'
import { SharedWork, WorkScope } from '../util/shared-work'
import { WaitGraph } from '../util/wait-graph'

/** What copying referrers did: referrers the target now has (every depth), and bytes uploaded. */
export interface ReferrersCopied {
  count: number
  bytes: number
}

const NONE: ReferrersCopied = { count: 0, bytes: 0 }

/** A subject's referrers as the source lists them; `index` is the fallback tag's manifest when they came from it. */
interface Listed {
  descriptors: Descriptor[]
  index?: RawManifest
}

/**
 * Copies OCI 1.1 referrers (signatures, SBOMs, attestations whose `subject` is a copied manifest)
 * after their subject (distribution-spec v1.1). The source's referrers API is asked first; after
 * one "no API" answer (404) the run reads the fallback tag `sha256-<hex>` instead. Each referrer
 * is placed by digest with `copyManifest` (blobs first, once per target repository per run), then
 * its own referrers, down to MAX_REFERRER_DEPTH. A target whose manifest PUT answers `OCI-Subject`
 * lists referrers itself; any other gets the fallback tag index: read, the missing descriptors
 * added (what it lists is kept), pushed, one writer per tag at a time. A fallback tag the target
 * lacks gets the source's own index bytes when they list the same referrers, so digests match.
 */
export class ReferrerCopier {
  /** Undefined until the source answers its first referrers request. */
  private sourceHasApi: boolean | undefined
  /** Whether the target lists referrers itself: learnt from PUT answers, else asked once. */
  private targetTracks: boolean | undefined
  /** The one question of the target's referrers API, while no push has told. */
  private readonly asked: SharedWork<boolean>
  /** The referrers of each subject copied, by `repository@subject`. */
  private readonly done: SharedWork<ReferrersCopied>
  private readonly indexWrites = new Map<string, Promise<unknown>>()
  /** Which subject's work waits on which (see copyOne). */
  private readonly waits = new WaitGraph()

  constructor(
    private readonly source: ImageSource,
    private readonly target: ImageTarget,
    private readonly copyManifest: (job: CopyJob, digest: string, signal: AbortSignal) => Promise<number>,
    scope: WorkScope = new WorkScope()
  ) {
    this.asked = new SharedWork(scope)
    this.done = new SharedWork(scope)
  }

  /**
   * Copies the referrers of `subjects` (manifests the tag put on the target unchanged) and theirs.
   * The fallback tag of `job.digest` is left to its own companion tag job (discover selects it),
   * so it is not copied twice.
   */
  copy(job: CopyJob, subjects: string[], signal: AbortSignal): Promise<ReferrersCopied> {
    return explained(job, this.level(job, subjects, signal, 0, true))
  }

  /**
   * A fallback tag copied as a tag (`sha256-<hex>` of the source, its referrers already placed as
   * its children): their referrers copied, and the target's fallback tag made to list them all.
   * Resolves to what was copied and the digest the target's fallback tag has now.
   */
  copyIndex(job: CopyJob, subject: string, index: RawManifest, signal: AbortSignal): Promise<ReferrersCopied & { digest: string }> {
    return explained(
      job,
      (async () => {
        const descriptors = parseReferrersIndex(index.bytes, job.sourceRef)
        const nested = await this.level(
          job,
          descriptors.map((d) => d.digest),
          signal,
          1,
          false
        )
        const digest = await this.writeIndex(job, subject, { descriptors, index }, signal)
        return { count: descriptors.length + nested.count, bytes: nested.bytes, digest }
      })()
    )
  }

  /**
   * The referrers of `subjects`, `depth` levels below the tag; `skipFallback` leaves out the fallback
   * tag of `job.digest`; `from` is the work waiting on them (a subject one level up), if any.
   */
  private async level(job: CopyJob, subjects: string[], signal: AbortSignal, depth: number, skipFallback: boolean, from?: string): Promise<ReferrersCopied> {
    if (depth >= MAX_REFERRER_DEPTH) return NONE
    const results = await Promise.all(subjects.map((subject) => this.copyOne(job, subject, signal, depth, skipFallback && subject === job.digest, from)))
    return results.reduce((sum, r) => ({ count: sum.count + r.count, bytes: sum.bytes + r.bytes }), NONE)
  }

  /** Learns from a push whether the target lists referrers itself (the `OCI-Subject` answer to a manifest with a subject). */
  noteTarget(manifest: RawManifest, put: ManifestPut | void): void {
    if (subjectOf(manifest) !== undefined) this.targetTracks = Boolean(put && put.subject)
  }

  /**
   * The referrers of one subject, copied once per target repository per run. A subject whose
   * referrers lead back to it (the source lists a manifest among its own referrers, or A's list B
   * and B's A) would wait on its own work forever: the wait graph refuses it, a failure of the tag.
   */
  private copyOne(job: CopyJob, subject: string, signal: AbortSignal, depth: number, skipFallback: boolean, from?: string): Promise<ReferrersCopied> {
    const key = `${job.target.repository}@${subject}`
    return this.waits.wait(
      from,
      key,
      () => this.copyOnce(job, key, subject, signal, depth, skipFallback),
      (circle) => referrerCycle(job, circle)
    )
  }

  private async copyOnce(job: CopyJob, key: string, subject: string, signal: AbortSignal, depth: number, skipFallback: boolean): Promise<ReferrersCopied> {
    const copied = await this.done.join(key, signal, async (signal): Promise<ReferrersCopied> => {
      const listed = await this.sourceReferrers(job, subject, signal, skipFallback)
      if (!listed || listed.descriptors.length === 0) return NONE
      const sizes = await Promise.all(listed.descriptors.map((d) => this.copyManifest(job, d.digest, signal)))
      const nested = await this.level(
        job,
        listed.descriptors.map((d) => d.digest),
        signal,
        depth + 1,
        false,
        key
      )
      if (!(await this.tracks(job, subject, signal))) await this.writeIndex(job, subject, listed, signal)
      return { count: listed.descriptors.length + nested.count, bytes: sizes.reduce((a, b) => a + b, 0) + nested.bytes }
    })
    return { count: copied.value.count, bytes: copied.first ? copied.value.bytes : 0 }
  }

  /** The source's referrers of `subject`: its API, else (no API) its fallback tag; undefined when there are none. */
  private async sourceReferrers(job: CopyJob, subject: string, signal: AbortSignal, skipFallback: boolean): Promise<Listed | undefined> {
    if (this.sourceHasApi !== false && this.source.listReferrers) {
      const descriptors = await this.source.listReferrers(job.source.repository, subject, { signal })
      this.sourceHasApi = descriptors !== undefined
      if (descriptors) return { descriptors }
    }
    if (skipFallback) return undefined
    const tag = referrersTag(subject)
    if (!(await this.source.headManifest(job.source.repository, tag, { signal }))) return undefined
    const index = await this.source.getManifest(job.source.repository, tag, { signal })
    return { descriptors: parseReferrersIndex(index.bytes, `${job.source.repository}:${tag}`), index }
  }

  /** True when the target lists referrers itself; asked of its referrers API when no push has told yet. */
  private async tracks(job: CopyJob, subject: string, signal: AbortSignal): Promise<boolean> {
    if (this.targetTracks !== undefined) return this.targetTracks
    const listReferrers = this.target.listReferrers?.bind(this.target)
    if (!listReferrers) return false
    const tracks = await this.asked.run('target', signal, async (own) => (await listReferrers(job.target.repository, subject, { signal: own })) !== undefined)
    return (this.targetTracks ??= tracks)
  }

  /** Makes the target's fallback tag of `subject` list `listed` (one writer per tag); resolves to its digest. */
  private writeIndex(job: CopyJob, subject: string, listed: Listed, signal: AbortSignal): Promise<string> {
    const tag = referrersTag(subject)
    const key = `${job.target.repository}:${tag}`
    const run = (this.indexWrites.get(key) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        const current = await this.readTarget(job.target.repository, tag, signal)
        const what = `${formatImageRef({ ...job.target, tag })} on the target`
        if (!current && listed.index) {
          await this.put(job, tag, listed.index, signal)
          return listed.index.digest
        }
        const merged = mergeReferrersIndex(current?.bytes, listed.descriptors, what)
        if (!merged) return current!.digest
        const manifest = { bytes: merged, mediaType: MediaType.OciIndex, digest: sha256Digest(merged) }
        await this.put(job, tag, manifest, signal)
        return manifest.digest
      })
    this.indexWrites.set(key, run)
    return run
  }

  private async put(job: CopyJob, tag: string, manifest: RawManifest, signal: AbortSignal): Promise<void> {
    await this.target.putManifest(job.target.repository, tag, manifest, { signal })
  }

  private async readTarget(repository: string, tag: string, signal: AbortSignal): Promise<RawManifest | undefined> {
    if (!this.target.getManifest) return undefined
    try {
      return await this.target.getManifest(repository, tag, { signal })
    } catch (error) {
      if (kindOf(error) === 'not-found') return undefined
      throw error
    }
  }
}

/** The error of a circle of referrers (`circle`: target-repository@digest keys, first and last the same). */
function referrerCycle(job: CopyJob, circle: string[]): ProtocolError {
  const digests = circle.map((key) => key.slice(key.lastIndexOf('@') + 1))
  const path = digests.map((digest) => (digest === job.digest ? `${digest} (the tag)` : digest)).join(' -> ')
  return new ProtocolError(`the source's referrers form a cycle: ${path}; each lists the next among its referrers`, { side: 'source' })
}

/**
 * A failure while copying a tag's referrers, said as one: kind, side and Retry-After kept (retries,
 * rate limits and failure causes read them), the option that leaves referrers out named for
 * refusals that will not change.
 */
async function explained<T>(job: CopyJob, work: Promise<T>): Promise<T> {
  try {
    return await work
  } catch (error) {
    const kind = kindOf(error) ?? 'transient'
    const lasting = kind === 'refused' || kind === 'protocol' || kind === 'access-denied'
    throw new MirrorError(kind, (w) => `referrers of ${job.sourceRef}: ${errorMessage(error, w)}`, {
      side: sideOf(error),
      cause: error,
      retryAfter: error instanceof MirrorError ? error.retryAfter : undefined,
      ...(lasting ? { hint: (w) => `${w.option('referrers')} false leaves referrers out` } : {})
    })
  }
}
