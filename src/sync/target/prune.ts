import { isIndexType } from '../../engines/manifest-content'
import { errorMessage } from '../../oci/errors'
import { splitTagRef } from '../../oci/reference'
import type { Descriptor, ImageSource, ImageTarget } from '../../oci/model'
import { createLimiter } from '../../util/limit'
import { heldDigests, type RemainingTag } from './held-digests'
import type { LedgerEntry, LedgerView } from '../state/ledger'
import type { PruneResult } from '../types'

/** A tag this mirror recorded whose source tag is gone. */
export interface PruneCandidate {
  entry: LedgerEntry
  /** Source repository relative to the namespace, and the tag. */
  repository: string
  tag: string
  /** Target repository path on the target store (namespace included). */
  targetRepository: string
}

/** What a run saw of the source, to tell a vanished tag from one out of scope. */
export interface PruneScope {
  /** The source and target `display`, and the target's registry (the prefix of target references). */
  source: string
  target: string
  targetRegistry: string
  /** Every tag listed this run, per repository (relative) whose listing succeeded. */
  listed: Map<string, Set<string>>
  /** The repositories discovered under the namespace; undefined when `--images` named them (a repository not listed is then out of scope). */
  discovered?: Set<string>
  /** False for repositories outside this run's share (`--shard`). */
  inScope(repository: string): boolean
}

/**
 * The ledger entries of this mirror (source and target prefixes) whose tag is gone from the source:
 * not in its repository's listing, or, when repositories are discovered, in a repository no longer
 * there. A repository whose listing failed, or one the run did not look at, prunes nothing.
 */
export function findPruneCandidates(entries: Iterable<LedgerEntry>, scope: PruneScope): PruneCandidate[] {
  const candidates: PruneCandidate[] = []
  for (const entry of entries) {
    // The source below its namespace (as listed), the target by its whole path on the target store (as deleted).
    const source = splitTagRef(entry.source, scope.source)
    const target = entry.target.startsWith(`${scope.target}/`) ? splitTagRef(entry.target, scope.targetRegistry) : undefined
    if (!source || !target || target.tag !== source.tag || !scope.inScope(source.repository)) continue
    const listed = scope.listed.get(source.repository)
    if (listed ? listed.has(source.tag) : !scope.discovered || scope.discovered.has(source.repository)) continue
    candidates.push({ entry, repository: source.repository, tag: source.tag, targetRepository: target.repository })
  }
  return candidates
}

/** Options of executePrune. */
export interface PruneOptions {
  dryRun: boolean
  concurrency: number
}

/**
 * Deletes each candidate's target tag, checking first that it is still this mirror's: a tag the
 * target no longer has, or that now points elsewhere (someone else pushed it), is left alone and
 * forgotten. Where the target deletes by digest (registries), a digest another tag of the
 * repository still points at is not deleted (that would take the other tag along), nor one a
 * remaining tag holds (an index child, a companion tag's subject, a fallback tag's referrer: see
 * heldDigests), which would leave that tag unpullable; both stay in the ledger, to be looked at
 * again. Indexes are deleted first; after one could not be, nothing more of its repository is (it
 * stays and may list the rest). An OCI layout only loses the tag's index.json entry (blobs stay), so
 * nothing it holds goes.
 * In a dry run the same checks run and nothing changes. A failure to delete is a `failed` result,
 * never thrown.
 */
export async function executePrune(
  candidates: PruneCandidate[],
  store: ImageSource & ImageTarget,
  ledger: LedgerView,
  options: PruneOptions
): Promise<PruneResult[]> {
  const limit = createLimiter(options.concurrency)
  const byRepository = new Map<string, PruneCandidate[]>()
  for (const candidate of candidates) byRepository.set(candidate.targetRepository, [...(byRepository.get(candidate.targetRepository) ?? []), candidate])
  const results: PruneResult[] = []
  const result = (candidate: PruneCandidate, fields: Pick<PruneResult, 'status'> & Partial<PruneResult>): PruneResult => ({
    source: candidate.entry.source,
    target: candidate.entry.target,
    digest: candidate.entry.targetDigest ?? candidate.entry.digest,
    repository: candidate.repository,
    tag: candidate.tag,
    error: null,
    ...fields
  })
  const forget = (candidate: PruneCandidate): void => {
    if (!options.dryRun) ledger.remove(candidate.entry.source)
  }

  for (const [repository, group] of byRepository) {
    try {
      const ours: Array<{ candidate: PruneCandidate; head: Descriptor }> = []
      for (const candidate of group) {
        const head = await limit(() => store.headManifest(repository, candidate.tag))
        const expected = candidate.entry.targetDigest ?? candidate.entry.digest
        if (!head || head.digest !== expected) {
          forget(candidate)
          results.push(result(candidate, { status: 'skipped', reason: head ? 'target-changed' : 'gone-from-target' }))
        } else ours.push({ candidate, head })
      }
      const kept = new Map<string, Pick<PruneResult, 'reason' | 'why'>>()
      if (ours.length > 0 && store.deletesByDigest) {
        const pruned = new Set(ours.map((c) => c.candidate.tag))
        const others = (await store.listTags(repository)).filter((t) => !pruned.has(t.tag))
        const remaining = await Promise.all(
          others.map(async ({ tag, digest }): Promise<RemainingTag | undefined> => {
            if (digest) return { tag, digest }
            const head = await limit(() => store.headManifest(repository, tag))
            return head && { tag, digest: head.digest, mediaType: head.mediaType }
          })
        ).then((tags) => tags.filter((t): t is RemainingTag => t !== undefined))
        for (const { tag, digest } of remaining) {
          if (!kept.has(digest)) kept.set(digest, { reason: 'digest-shared', why: `${repository}:${tag} points at the same digest` })
        }
        const held = await heldDigests(
          store,
          repository,
          remaining,
          ours.map((c) => c.head).filter((head) => !kept.has(head.digest)),
          limit
        )
        for (const [digest, why] of held) kept.set(digest, { reason: 'referenced', why })
      }
      const deleted = new Map<string, Promise<void>>()
      // Indexes go first, and nothing after one that could not be deleted: it stays, and may list what came after.
      const holds = (head: Descriptor): boolean => store.deletesByDigest === true && isIndexType(head.mediaType)
      let stuck: string | undefined
      for (const { candidate, head } of [...ours].sort((a, b) => Number(holds(b.head)) - Number(holds(a.head)))) {
        const digest = candidate.entry.targetDigest ?? candidate.entry.digest
        const keep = kept.get(digest)
        if (keep) {
          results.push(result(candidate, { status: 'skipped', ...keep }))
          continue
        }
        if (options.dryRun) {
          results.push(result(candidate, { status: 'skipped', reason: 'dry-run', planned: 'prune', why: 'gone from the source' }))
          continue
        }
        if (stuck) {
          results.push(
            result(candidate, { status: 'failed', error: `did not delete ${candidate.entry.target}: ${stuck} could not be deleted and may list it` })
          )
          continue
        }
        try {
          if (!store.deleteTag) throw new Error(`${store.name} cannot delete tags`)
          const work = deleted.get(digest) ?? store.deleteTag(repository, candidate.tag, digest)
          deleted.set(digest, work)
          await work
          ledger.remove(candidate.entry.source)
          results.push(result(candidate, { status: 'pruned', why: 'gone from the source' }))
        } catch (error) {
          results.push(result(candidate, { status: 'failed', error: `cannot delete ${candidate.entry.target}: ${errorMessage(error)}` }))
          if (holds(head)) stuck = `${repository}:${candidate.tag}`
        }
      }
    } catch (error) {
      for (const candidate of group.filter((c) => !results.some((r) => r.source === c.entry.source))) {
        results.push(result(candidate, { status: 'failed', error: `cannot check ${candidate.entry.target}: ${errorMessage(error)}` }))
      }
    }
  }
  return results.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
}
