import { pipeline } from 'node:stream'
import type { BlobStream, Descriptor, ImageSource, ImageTarget, UploadStart } from '../oci/model'
import { VerifyingStream } from '../oci/digest'
import { isProved } from '../oci/proved-blob'
import { DigestMismatchError, errorMessage, isRetryable, kindOf, MirrorError, retryAfterMs } from '../oci/errors'
import { createLimiter, type Limiter } from '../util/limit'
import { retry } from '../util/retry'
import { SharedWork, WorkScope } from '../util/shared-work'

/** Options of a BlobCopier. */
export interface BlobCopierOptions {
  /** Blobs transferred at once. */
  concurrency: number
  /**
   * Whole-transfer attempts: a broken download or upload stream, or bytes that are not the digest,
   * start the GET-then-PUT again (a streamed upload can't be replayed by the transport). A failure the
   * registry transport already retried comes `final` and is not repeated here.
   */
  attempts?: number
  log?: (message: string) => void
  /** True when the target repository had no tags when the run began (see ImageTarget.hasTags): no HEAD per blob there. */
  fresh?: (targetRepository: string, signal: AbortSignal) => Promise<boolean>
  /** Sees the size of every chunk of blob content moved. */
  onStreamed?: (bytes: number) => void
  /** The run's shared work (placements outlive the tag that started them while another waits); a scope of its own by default. */
  scope?: WorkScope
}

/**
 * Copies blobs from a source to a target, each at most once per run: a blob already placed in a
 * target repository is awaited, not fetched again; a blob placed in another repository of the target
 * is mounted with one mount-or-start request (when the registry can't mount, its answer is the upload
 * session the blob goes into); any other blob is mounted from the target repository itself, which
 * a registry answers with 201 when the blob is there already. A HEAD is asked only where that
 * answer can't be trusted yet and the repository had tags at the start. Then a streamed
 * GET-then-PUT whose sha256 and size are verified on the fly (the last chunk held back until they
 * match, so the registry never commits a wrong blob). A new blob costs the target 2 requests, a
 * mountable or present one 1; in a repository that had no tags, its download starts beside the
 * mount-or-start, so it waits two round trips, not three.
 */
export class BlobCopier {
  /** Placements by `repository@digest`: each runs once, under the run's signal, while a tag waits for it. */
  private readonly placements: SharedWork<number>
  private readonly located = new Map<string, string>()
  /** Per digest, the placement key of its first placement in this run: other repositories wait for it, then mount. */
  private readonly first = new Map<string, string>()
  private readonly limit: Limiter
  /**
   * Whether the target answers `POST ?mount=DIGEST&from=ITSELF` with 201 when the repository holds
   * the blob (distribution 2.8 does): then that one request replaces HEAD-then-POST. Learnt from
   * the answers: a 201 proves it, a 202 for a blob a HEAD then finds proves the opposite.
   */
  private selfMount: 'unknown' | 'works' | 'no' = 'unknown'
  /** While `selfMount` is unknown, the first self-mount sent into a repository with tags: the others wait for its answer. */
  private probe: Promise<unknown> | undefined
  private readonly attempts: number
  /**
   * Placements that failed with every retry spent (a registry that kept failing, bytes that never
   * matched): a later tag of the run fails with the same error at once instead of asking again, so a
   * blob costs its retries once per run, not once per tag. A refusal or an abort is not kept, nor a
   * 429: the run's rate-limit gate decides when tags start again (`--rate-limit-wait`).
   */
  private readonly spent = new Map<string, unknown>()

  constructor(
    private readonly source: ImageSource,
    private readonly target: ImageTarget,
    private readonly options: BlobCopierOptions
  ) {
    this.limit = createLimiter(options.concurrency)
    this.attempts = options.attempts ?? 3
    this.placements = new SharedWork(options.scope ?? new WorkScope())
  }

  /**
   * Makes sure `blob` is in `targetRepository`; resolves to the bytes this call uploaded (0 when
   * another tag's call counts them). `signal` bounds this caller's wait, not the placement: a tag
   * that gives up leaves it to the others waiting for it.
   */
  async ensure(sourceRepository: string, targetRepository: string, blob: Descriptor, signal: AbortSignal): Promise<number> {
    const key = `${targetRepository}@${blob.digest}`
    if (this.spent.has(key)) throw this.spent.get(key)
    const placed = await this.placements.join(key, signal, async (own) => {
      // A blob shared by repositories (base layers) is uploaded once: later repositories wait for the
      // first placement outside the limiter, then mount it (or upload it themselves if it failed).
      const first = this.first.get(blob.digest)
      if (first === undefined) this.first.set(blob.digest, key)
      else if (first !== key) await this.placements.settledFor(first, own)
      return this.limit(async () => {
        own.throwIfAborted()
        const uploaded = await this.place(sourceRepository, targetRepository, blob, own).catch((error: unknown) => {
          if (!own.aborted && kindOf(error) !== 'rate-limited' && (isRetryable(error) || (error instanceof MirrorError && error.final)))
            this.spent.set(key, error)
          throw error
        })
        this.located.set(blob.digest, targetRepository)
        return uploaded
      })
    })
    return placed.first ? placed.value : 0
  }

  private async place(sourceRepository: string, targetRepository: string, blob: Descriptor, signal: AbortSignal): Promise<number> {
    const elsewhere = this.located.get(blob.digest)
    const fresh = (await this.options.fresh?.(targetRepository, signal)) ?? false
    let session: string | undefined
    let known = false
    let from: string | undefined
    let prefetched: Promise<BlobStream> | undefined
    if (this.target.mountOrStart) {
      // Mount-or-start: one request mounts it (from where this run placed it, or from the repository
      // itself when it may hold it already), or opens the session it is then put into.
      const crossRepository = elsewhere && elsewhere !== targetRepository ? elsewhere : undefined
      // Until the registry has shown how it answers, one self-mount in a repository with tags goes first and the others wait for it.
      const probing = !crossRepository && !fresh && this.selfMount === 'unknown'
      if (probing && this.probe) await this.probe
      from = crossRepository ?? (this.selfMount !== 'no' ? targetRepository : undefined)
      const pending = from ? this.startUpload(targetRepository, blob.digest, from, signal) : undefined
      if (probing && pending) this.probe ??= pending.catch(() => undefined)
      // In a repository without tags at the start, a blob this run placed nowhere else is new but
      // for a killed run's: its download starts beside the mount-or-start, one round trip less per blob.
      if (fresh && !crossRepository) {
        prefetched = this.source.getBlob(sourceRepository, blob.digest, { signal })
        // Its failure is the transfer's to report (and retry); until then it must not count as unhandled.
        prefetched.catch(() => undefined)
      }
      const start = await pending?.catch((error: unknown) => {
        discardBlob(prefetched)
        throw error
      })
      if (start?.mounted) {
        discardBlob(prefetched)
        return 0
      }
      session = start?.session
      // A repository without tags at the start holds only this run's blobs or a killed run's (which a
      // self-mount finds); where self-mounts are known to work, a 202 says the blob is not there.
      known = fresh || (from === targetRepository && this.selfMount === 'works')
    }
    // A blob from a run before this one may be there: ask, so a rerun never uploads it again.
    if (!known && (await this.target.hasBlob(targetRepository, blob.digest, { signal }))) {
      // The repository had it, yet a mount from itself opened a session: that registry can't tell that way.
      if (session && from === targetRepository) this.selfMount = 'no'
      if (session) await this.target.cancelUpload?.(targetRepository, session)
      return 0
    }
    let attempt = 0
    // The first attempt uses the session a refused mount opened and the download started beside it; a retry starts both afresh.
    return retry(
      () =>
        attempt++ === 0
          ? this.transfer(sourceRepository, targetRepository, blob, signal, session, prefetched)
          : this.transfer(sourceRepository, targetRepository, blob, signal),
      {
        attempts: this.attempts,
        backoffMs: 500,
        maxDelayMs: 8_000,
        retryable: isRetryable,
        retryAfterMs,
        signal,
        onRetry: ({ error, attempt }) =>
          this.options.log?.(`blob ${blob.digest.slice(0, 19)} attempt ${attempt} failed (${(error as Error).message}); retrying`)
      }
    )
  }

  /** Mount-or-start; a registry refusing a mount from the repository itself (not a passing failure) is asked the old way from then on. */
  private async startUpload(repository: string, digest: string, from: string, signal: AbortSignal): Promise<UploadStart | undefined> {
    try {
      const start = await this.target.mountOrStart!(repository, digest, from, { signal })
      if (start.mounted && from === repository) this.selfMount = 'works'
      return start
    } catch (error) {
      if (from !== repository || this.selfMount === 'works' || signal.aborted || isRetryable(error)) throw error
      this.selfMount = 'no'
      return undefined
    }
  }

  private async transfer(
    sourceRepository: string,
    targetRepository: string,
    blob: Descriptor,
    signal: AbortSignal,
    session?: string,
    prefetched?: Promise<BlobStream>
  ): Promise<number> {
    const body = await (prefetched ?? this.source.getBlob(sourceRepository, blob.digest, { signal }))
    const size = blob.size >= 0 ? blob.size : body.size
    // Bytes proved on the way in (a blob spooled for several targets) are not hashed again per target.
    const verifier = new VerifyingStream(blob.digest, size, this.options.onStreamed, isProved(body.stream, blob.digest))
    // A download that drops or bytes that don't match the digest are the source's fault, whatever
    // the upload they break then reports: the first such error is what the tag fails with.
    let sourceError: unknown
    const onSourceError = (error: unknown): void => void (sourceError ??= error)
    body.stream.on('error', onSourceError)
    verifier.on('error', onSourceError)
    const verified = pipeline(body.stream, verifier, () => undefined)
    const abort = (): void => {
      verified.destroy(signal.reason as Error)
    }
    signal.addEventListener('abort', abort, { once: true })
    try {
      await this.target.putBlob(targetRepository, blob.digest, size ?? -1, verified, { signal, session })
    } catch (error) {
      if (sourceError === undefined || signal.aborted) throw error
      throw sourceFault(sourceError, sourceRepository, blob.digest)
    } finally {
      signal.removeEventListener('abort', abort)
      if (!body.stream.destroyed) body.stream.destroy()
    }
    return size ?? verifier.bytes
  }
}

/**
 * The error of a source download, made the source's (whatever upload it broke): bytes that are not
 * the digest in words that name the source; a dropped stream keeps its kind and message.
 */
function sourceFault(error: unknown, repository: string, digest: string): MirrorError {
  if (error instanceof DigestMismatchError) {
    const detail = error.message.startsWith(`blob ${digest}: `) ? error.message.slice(`blob ${digest}: `.length) : error.message
    return new DigestMismatchError(`the source served bytes that do not match blob ${digest} of ${repository} (${detail})`, { side: 'source' })
  }
  if (error instanceof MirrorError && error.side === 'source') return error
  return new MirrorError(kindOf(error) ?? 'unknown', errorMessage(error), { cause: error, side: 'source' })
}

/** Drops a download started for a blob that turned out not to need it (or whose upload could not start); its failure is moot. */
function discardBlob(download: Promise<BlobStream> | undefined): void {
  download?.then(
    (body) => {
      // Destroyed unread, an HTTP body reports its own abort as an error: nobody needs to hear it.
      body.stream.on('error', () => undefined)
      body.stream.destroy()
    },
    () => undefined
  )
}
