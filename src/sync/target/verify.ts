import { createHash } from 'node:crypto'
import type { GraphNode } from '../../engines/engine'
import { manifestContent } from '../../engines/manifest-content'
import { errorMessage, kindOf } from '../../oci/errors'
import type { ImageTarget } from '../../oci/model'
import type { Limiter } from '../../util/limit'
import type { LedgerEntry, LedgerView } from '../state/ledger'
import type { PlannedTag } from '../report/tag-result'
import type { VerifyMode } from '../types'

/** With `sample`, every recorded tag is checked fully once in this many runs. */
export const VERIFY_PERIOD = 7

/** A recorded tag this run selected again at the digest the ledger holds: what the target should serve. */
export interface RecordedTag {
  /** Full source reference: the key of the rotation. */
  source: string
  /** Target repository path on the target store, and the tag. */
  repository: string
  tag: string
  /** The digest the target should serve under the tag (the entry's `targetDigest ?? digest`). */
  digest: string
}

/** Which tags a run checks: `full` (the tag, every child manifest and blob) or `canary` (the tag alone, by HEAD). */
export interface CheckPlan {
  full: boolean[]
  canary: boolean[]
}

/** The rotation's share of a source reference: a stable hash of it, modulo {@link VERIFY_PERIOD}. */
export function shareOf(source: string): number {
  return createHash('sha256').update(source).digest().readUInt32BE(0) % VERIFY_PERIOD
}

/**
 * The checks of run number `round`. `full`: every tag fully. `sample`: fully the tags whose share
 * is `round` modulo {@link VERIFY_PERIOD} (so each tag once in that many consecutive runs), and in
 * each target repository none of whose tags is in that share, one canary (a different one each run).
 */
export function chooseChecks(tags: readonly RecordedTag[], mode: VerifyMode, round: number): CheckPlan {
  const full = tags.map(() => mode === 'full')
  const canary = tags.map(() => false)
  if (mode !== 'sample') return { full, canary }
  const byRepository = new Map<string, number[]>()
  tags.forEach((tag, i) => {
    full[i] = shareOf(tag.source) === round % VERIFY_PERIOD
    byRepository.set(tag.repository, [...(byRepository.get(tag.repository) ?? []), i])
  })
  for (const indexes of byRepository.values()) {
    if (indexes.some((i) => full[i])) continue
    const sorted = [...indexes].sort((a, b) => (tags[a].source < tags[b].source ? -1 : 1))
    canary[sorted[round % sorted.length]] = true
  }
  return { full, canary }
}

/** What verification needs: the target, the ledger's graph, the run's stop and its HEAD limiter. */
export interface VerifyRun {
  mode: VerifyMode
  round: number
  target: ImageTarget
  ledger: Pick<LedgerView, 'node' | 'addNodes'>
  /** Bounds the requests in flight (the run's `--head-concurrency`); stops starting them once `signal` aborts. */
  limit: Limiter
  signal: AbortSignal
}

/** What verification found: how many tags it checked, why each broken one is broken (by index), and why the ones it could not check were not. */
export interface VerifyOutcome {
  verified: number
  broken: Map<number, string>
  unreachable: unknown[]
}

/**
 * Checks recorded tags on the target (see {@link chooseChecks}) with HEADs: the tag, then every
 * child manifest and blob the ledger's graph lists; a manifest missing from the graph (an older
 * ledger, a tag the target already had) is read from the target once and recorded. A repository
 * where a check finds something missing has all its tags checked fully. A check that cannot reach
 * the target leaves its tag as recorded (in `unreachable`), never a repair.
 */
export async function verifyRecorded(tags: readonly RecordedTag[], run: VerifyRun): Promise<VerifyOutcome> {
  const outcome: VerifyOutcome = { verified: 0, broken: new Map(), unreachable: [] }
  if (run.mode === 'off' || tags.length === 0) return outcome
  const plan = chooseChecks(tags, run.mode, run.round)
  const checker = new TargetChecker(run)
  const done = new Set<number>()
  const check = async (i: number, full: boolean): Promise<void> => {
    try {
      const why = full ? await checker.tag(tags[i]) : await checker.tagOnly(tags[i])
      done.add(i)
      outcome.verified++
      if (why) outcome.broken.set(i, why)
    } catch (error) {
      if (!run.signal.aborted) outcome.unreachable.push(error)
    }
  }
  await Promise.all(tags.map((_, i) => (plan.full[i] || plan.canary[i] ? check(i, plan.full[i]) : undefined)))
  // A repository that lost something may have lost more (a wiped registry): check all of it.
  const damaged = new Set([...outcome.broken.keys()].map((i) => tags[i].repository))
  await Promise.all(tags.map((tag, i) => (damaged.has(tag.repository) && !outcome.broken.has(i) && !plan.full[i] ? retry(i) : undefined)))
  return outcome

  function retry(i: number): Promise<void> {
    if (done.has(i)) outcome.verified--
    return check(i, true)
  }
}

/** HEADs on the target, each asked once per run however many tags share the digest. */
class TargetChecker {
  private readonly present = new Map<string, Promise<boolean>>()
  private readonly read = new Map<string, Promise<GraphNode | undefined>>()

  constructor(private readonly run: VerifyRun) {}

  /** Why the target does not serve the tag at its digest, or undefined when it does. */
  async tagOnly(tag: RecordedTag): Promise<string | undefined> {
    const head = await this.run.limit(() => this.run.target.headManifest(tag.repository, tag.tag, { signal: this.run.signal }))
    if (!head) return `the target lost the tag`
    if (head.digest !== tag.digest) return `the target tag points at ${head.digest}, not ${tag.digest}`
    return undefined
  }

  /** Why the tag is broken on the target (the tag, a child manifest or a blob lost), or undefined when it is whole. */
  async tag(tag: RecordedTag): Promise<string | undefined> {
    return (await this.tagOnly(tag)) ?? this.manifest(tag.repository, tag.digest, true, new Set())
  }

  private async manifest(repository: string, digest: string, top: boolean, path: Set<string>): Promise<string | undefined> {
    // Digests are checked, so a cycle can only come from a ledger edited by hand: stop there.
    if (path.has(digest)) return undefined
    let node = this.run.ledger.node(digest)
    if (!node) {
      node = await this.node(repository, digest)
      if (!node) return `the target lost ${top ? 'manifest' : 'child manifest'} ${digest}`
    } else if (!top && !(await this.has('manifest', repository, digest))) {
      return `the target lost child manifest ${digest}`
    }
    const below = new Set(path).add(digest)
    const whys = await Promise.all([
      ...node.manifests.map((child) => this.manifest(repository, child, false, below)),
      ...node.blobs.map(async (blob) => ((await this.has('blob', repository, blob)) ? undefined : `the target lost blob ${blob}`))
    ])
    return whys.find((why) => why !== undefined)
  }

  /** A manifest read from the target once (it is not in the graph yet) and recorded; undefined when it is gone. */
  private node(repository: string, digest: string): Promise<GraphNode | undefined> {
    const key = `${repository}@${digest}`
    let work = this.read.get(key)
    if (!work) {
      const { target, signal, ledger } = this.run
      work = this.run
        .limit(async () => {
          if (!target.getManifest) return { manifests: [], blobs: [] }
          const manifest = await target.getManifest(repository, digest, { signal })
          const content = manifestContent(manifest.bytes, manifest.mediaType)
          return { manifests: content.children.map((child) => child.digest), blobs: content.blobs.map((blob) => blob.digest) }
        })
        .then(
          (node) => {
            if (target.getManifest) ledger.addNodes([[digest, node]])
            return node
          },
          (error: unknown) => {
            if (kindOf(error) === 'not-found') return undefined
            throw error
          }
        )
      this.read.set(key, work)
    }
    return work
  }

  private has(kind: 'manifest' | 'blob', repository: string, digest: string): Promise<boolean> {
    const key = `${kind} ${repository}@${digest}`
    let work = this.present.get(key)
    if (!work) {
      const { target, signal } = this.run
      work = this.run.limit(async () =>
        kind === 'blob' ? target.hasBlob(repository, digest, { signal }) : (await target.headManifest(repository, digest, { signal }))?.digest === digest
      )
      this.present.set(key, work)
    }
    return work
  }
}

/** A tag the ledger holds at its source digest, as planned. */
type LedgerHit = PlannedTag & { previous?: LedgerEntry }

/** What a {@link HitVerifier} needs besides a {@link VerifyRun}: the rotation's round (asked only when used), and where its warning goes. */
export interface HitsRun extends Omit<VerifyRun, 'round'> {
  round: () => number
  warn: (message: string) => void
}

/**
 * Verifies the run's ledger hits a repository at a time, as the listing hands them over (see
 * {@link verifyRecorded}: a repository's hits are checked together, so its canary and its full check
 * after a loss stay whole), and warns once, at the end, for every tag it could not check.
 */
export class HitVerifier {
  /** Tags checked so far. */
  private verified = 0
  private readonly unreachable: unknown[] = []

  constructor(private readonly run: HitsRun) {}

  /**
   * Checks one repository's hits: `broken` are those the target lacks (part of), each with why, to
   * copy again as repairs; `intact` those it serves whole or that were not checked this run.
   */
  async check<T extends LedgerHit>(hits: readonly T[]): Promise<{ intact: T[]; broken: Array<T & { repair: string }> }> {
    const tags = hits.map((hit): RecordedTag => ({
      source: hit.sourceText,
      repository: hit.target.repository,
      tag: hit.tag,
      digest: hit.previous?.targetDigest ?? hit.digest
    }))
    const round = this.run.mode === 'sample' && hits.length > 0 ? this.run.round() : 0
    const outcome = await verifyRecorded(tags, { ...this.run, round })
    this.verified += outcome.verified
    this.unreachable.push(...outcome.unreachable)
    const intact: T[] = []
    const broken: Array<T & { repair: string }> = []
    hits.forEach((hit, i) => {
      const why = outcome.broken.get(i)
      if (why === undefined) intact.push(hit)
      else broken.push({ ...hit, repair: why })
    })
    return { intact, broken }
  }

  /** Ends verification: one warning for the tags it could not check (they stay as recorded); returns the number checked. */
  finish(): number {
    const { unreachable } = this
    if (unreachable.length > 0) {
      this.run.warn(`verify: ${unreachable.length} tags could not be checked on the target and stay as recorded (${errorMessage(unreachable[0])})`)
    }
    return this.verified
  }
}
