import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BlobStream, CallOptions, Descriptor, RawManifest, TagInfo } from '../../oci/model'
import type { Store } from '../../oci/sided-store'
import { BlobSpool } from './blob-spool'

/** Bounds of what a SharedReads keeps for readers still to come. */
export interface SharedReadsLimits {
  /** Bytes of spooled blobs kept on disk once downloaded (the oldest no one reads are removed first). */
  spoolBytes: number
  /** Answers (listings, manifests, HEADs) kept for the stores that have not asked yet. */
  answers: number
  /** Bytes of downloaded blobs also kept in memory for the stores that have not read them yet (the oldest go first). */
  memoryBytes: number
}

const DEFAULT_LIMITS: SharedReadsLimits = { spoolBytes: 2 * 1024 ** 3, answers: 4096, memoryBytes: 64 * 1024 ** 2 }

/** An answer some of the stores have asked for, and which of them did. */
interface Answer {
  value: Promise<unknown>
  askedBy: Set<number>
  /** The first asker's signal: when it ended the call, the others ask on their own. */
  signal?: AbortSignal
}

/** A blob's spool, when its download answered, and the stores that took a reader of it. */
interface Spooled {
  spool: BlobSpool
  started: Promise<void>
  readBy: Set<number>
}

/**
 * The reads of one source shared by the mirrors that copy it into several targets at once (`--target`
 * given more than once): each listing, manifest, HEAD and blob is asked of the source once, by
 * whichever mirror asks first, and every other mirror gets the same answer. A blob goes to a file in
 * a temporary folder as it downloads and every mirror reads it from there, each at its own pace (a
 * slow target holds back no other; memory stays one chunk a reader). An answer is dropped once every
 * mirror has asked for it, or when too many are kept; a failed one is not kept (the next asker asks
 * again), nor one whose asker gave up (another asker then asks on its own). Blobs are kept on disk up
 * to a size (the oldest no one reads go first: a mirror may read a blob twice, its config say);
 * `close` removes them.
 */
export class SharedReads {
  private readonly answers = new Map<string, Answer>()
  /** Per repository, the store whose listing of it every store took. */
  private readonly listers = new Map<string, Store>()
  /** Found answers by digest every store took, kept for repeat asks (the least recently used dropped first). */
  private readonly byDigest = new Map<string, Promise<unknown>>()
  private readonly spools = new Map<string, Spooled>()
  private members = 0
  private spooledBytes = 0
  /** Downloaded blobs whose newest bytes are still in memory, the oldest first. */
  private readonly inMemory = new Set<Spooled>()
  private folder: string | undefined
  private sequence = 0
  /** Whether the source has the referrers API, once an answer said; the first ask while unknown. */
  private referrersApi: boolean | undefined
  private referrersProbe: Promise<unknown> | undefined
  /** Ends the downloads when the mirrors are done. */
  private readonly ended = new AbortController()

  constructor(
    private readonly limits: SharedReadsLimits = DEFAULT_LIMITS,
    /** Sees the size of every chunk of blob content downloaded (a shell paces its garbage collector by it). */
    private readonly onStreamed?: (bytes: number) => void
  ) {}

  /** `store`, its reads shared with every other store this was given. */
  over(store: Store): Store {
    const member = this.members++
    const ask = <T>(key: string, options: CallOptions | undefined, call: () => Promise<T>, byDigest = false): Promise<T> =>
      this.answer(member, key, options, call, byDigest)
    const shared: Partial<Store> = {
      listRepositories: (prefix) => ask(`catalog ${prefix}`, undefined, () => store.listRepositories(prefix)),
      listTags: (repository, options) =>
        ask<TagInfo[]>(`tags ${repository}`, options, async () => {
          const tags = await store.listTags(repository, options)
          this.listers.set(repository, store)
          return tags
        }),
      // A tag can't hold a colon, a digest always does. A tag's answer is never kept past the last asker
      // (a mirror checks the tag again before its commit to catch a move); a digest's never changes.
      headManifest: (repository, reference, options) =>
        ask<Descriptor | undefined>(
          `head ${repository}@${reference}`,
          options,
          () => this.head(store, repository, reference, options),
          reference.includes(':')
        ),
      getManifest: (repository, reference, options) =>
        ask<RawManifest>(`manifest ${repository}@${reference}`, options, () => store.getManifest(repository, reference, options), reference.includes(':')),
      ...(store.listReferrers
        ? {
            listReferrers: async (repository: string, digest: string, options?: CallOptions) => {
              // Whether the registry has the referrers API is asked once for every mirror: the first ask goes
              // alone, and a registry without it is not asked again (each client would learn it on its own).
              if (this.referrersApi === undefined) await this.referrersProbe?.catch(() => undefined)
              if (this.referrersApi === false) return undefined
              const pending = ask(`referrers ${repository}@${digest}`, options, () => store.listReferrers!(repository, digest, options))
              if (this.referrersApi === undefined) this.referrersProbe ??= pending
              const answer = await pending
              this.referrersApi ??= answer !== undefined
              return answer
            }
          }
        : {}),
      getBlob: (repository, digest, options) => this.blob(member, store, repository, digest, options)
    }
    // Every other method (writes, checks) is the store's own.
    return new Proxy(store, { get: (target, key) => (key in shared ? shared[key as keyof Store] : Reflect.get(target, key)) })
  }

  /**
   * A HEAD asked of the store that listed the repository: a client answers a companion tag its
   * listing did not name without a request (see RegistryClient.headManifest), and only that one saw
   * the listing. Asked of the asker's own store when that one fails (its mirror may have ended and
   * closed it).
   */
  private async head(store: Store, repository: string, reference: string, options?: CallOptions): Promise<Descriptor | undefined> {
    const lister = this.listers.get(repository)
    if (!lister || lister === store) return store.headManifest(repository, reference, options)
    try {
      return await lister.headManifest(repository, reference, options)
    } catch (error) {
      if (options?.signal?.aborted) throw error
      return store.headManifest(repository, reference, options)
    }
  }

  /** Ends downloads still under way (no mirror waits for them any more) and removes the spooled blobs. */
  async close(): Promise<void> {
    this.ended.abort(new DOMException('the mirrors sharing the reads ended', 'AbortError'))
    for (const [digest, spooled] of this.spools) this.drop(digest, spooled)
    if (this.folder) await rm(this.folder, { recursive: true, force: true })
  }

  private async answer<T>(member: number, key: string, options: CallOptions | undefined, call: () => Promise<T>, byDigest: boolean): Promise<T> {
    const remembered = this.byDigest.get(key)
    if (remembered) {
      // The most recently used last in line to be dropped.
      this.byDigest.delete(key)
      this.byDigest.set(key, remembered)
      return remembered as Promise<T>
    }
    const kept = this.answers.get(key)
    if (!kept || (kept.askedBy.has(member) && !byDigest)) return this.keep(member, key, options, call)
    this.taken(key, kept, member, byDigest)
    try {
      return (await kept.value) as T
    } catch (error) {
      // The first asker's own stop ended the shared call: this asker, not stopped, asks for itself.
      if (options?.signal?.aborted || !kept.signal?.aborted) throw error
      return this.keep(member, key, options, call)
    }
  }

  /** Asks `call` for `member` and keeps the answer for the others while it is pending or succeeded. */
  private keep<T>(member: number, key: string, options: CallOptions | undefined, call: () => Promise<T>): Promise<T> {
    const value = call()
    const kept: Answer = { value, askedBy: new Set([member]), signal: options?.signal }
    this.answers.set(key, kept)
    value.catch(() => {
      if (this.answers.get(key) === kept) this.answers.delete(key)
    })
    while (this.answers.size > this.limits.answers) this.answers.delete(this.answers.keys().next().value!)
    return value
  }

  /**
   * Notes that `member` took `kept`: once every store has, no one needs it kept, but for an answer
   * by digest, found (a repeat ask, a child of an index or a referrer met again): kept on with the
   * others by digest.
   */
  private taken(key: string, kept: Answer, member: number, byDigest: boolean): void {
    kept.askedBy.add(member)
    if (kept.askedBy.size < this.members || this.answers.get(key) !== kept) return
    this.answers.delete(key)
    if (!byDigest) return
    kept.value.then(
      (value) => {
        if (value === undefined) return
        this.byDigest.set(key, kept.value)
        while (this.byDigest.size > this.limits.answers) this.byDigest.delete(this.byDigest.keys().next().value!)
      },
      () => undefined
    )
  }

  private async blob(member: number, store: Store, repository: string, digest: string, options?: CallOptions): Promise<BlobStream> {
    options?.signal?.throwIfAborted()
    let spooled = this.spools.get(digest)
    // Bytes that failed (a dropped download, a wrong digest) are asked for again; proved ones are read again from the file.
    if (!spooled || spooled.spool.error !== undefined) spooled = this.download(store, repository, digest)
    await spooled.started
    const { spool } = spooled
    if (!spool.readable && spool.error === undefined) return this.blob(member, store, repository, digest, options)
    if (spool.error !== undefined && spool.bytes === 0) throw spool.error
    spooled.readBy.add(member)
    const reader = spool.reader()
    reader.stream.once('close', () => this.trimMemory())
    return reader
  }

  /** Starts downloading `digest` into a new spool, kept at once (before any await) so that a second ask meets it. */
  private download(store: Store, repository: string, digest: string): Spooled {
    this.folder ??= mkdtempSync(join(tmpdir(), 'gcr-mirror-reads-'))
    const spool = new BlobSpool(join(this.folder, `${++this.sequence}`))
    let started!: () => void
    const spooled: Spooled = { spool, started: new Promise<void>((resolve) => (started = resolve)), readBy: new Set() }
    this.spools.set(digest, spooled)
    // Not bound to the asker's signal: another target may need the bytes after this one gave up.
    void spool
      .fill(() => store.getBlob(repository, digest, { signal: this.ended.signal }), digest, started, this.onStreamed)
      .then(() => {
        if (spool.error !== undefined) return this.drop(digest, spooled)
        if (this.spools.get(digest) === spooled) {
          this.spooledBytes += spool.bytes
          this.inMemory.add(spooled)
        }
        this.trim()
        this.trimMemory()
      })
    return spooled
  }

  /** Forgets a spool (a later ask downloads again) and removes its file once its readers are done. */
  private drop(digest: string, spooled: Spooled): void {
    if (this.spools.get(digest) === spooled) {
      this.spools.delete(digest)
      if (spooled.spool.settled && !spooled.spool.error) this.spooledBytes -= spooled.spool.bytes
    }
    spooled.spool.release()
    this.inMemory.delete(spooled)
  }

  /**
   * Drops the memory copy of downloaded blobs no one is reading that every store has read, then of
   * the oldest others no one is reading while the memory kept passes its limit (the file still has them).
   */
  private trimMemory(): void {
    let kept = 0
    for (const spooled of this.inMemory) {
      const { spool, readBy } = spooled
      if (!spool.reading && readBy.size >= this.members) spool.forgetRecent()
      if (spool.memoryBytes === 0) this.inMemory.delete(spooled)
      kept += spool.memoryBytes
    }
    for (const spooled of this.inMemory) {
      if (kept <= this.limits.memoryBytes) return
      if (spooled.spool.reading) continue
      kept -= spooled.spool.memoryBytes
      spooled.spool.forgetRecent()
      this.inMemory.delete(spooled)
    }
  }

  /** Drops the oldest downloaded blobs no one is reading while the spooled bytes pass the limit. */
  private trim(): void {
    for (const [digest, spooled] of this.spools) {
      if (this.spooledBytes <= this.limits.spoolBytes) return
      if (spooled.spool.settled && !spooled.spool.reading) this.drop(digest, spooled)
    }
  }
}
