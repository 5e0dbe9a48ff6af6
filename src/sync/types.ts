/**
 * The sync domain's public types: validated options, per-image results, the report and the
 * hooks a shell (CLI or action) passes to observe a run.
 */

import type { PlatformSpec } from '../engines/platform-filter'
import type { Words } from '../oci/errors'
import type { Credentials } from '../oci/model'
import type { Schema1Mode } from '../engines/schema1-push'
import type { ManifestFormat } from '../engines/registry-engine'
import type { EndpointSpec } from './options/endpoint'
import type { TagPattern } from './options/tag-pattern'
import type { ListingLimits } from '../registry/listing-bounds'
import type { FailureCause } from './report/failure'
import type { ListSelection } from './plan/list-selection'

/** Which transport copies images. */
export type EngineName = 'registry' | 'docker'

/** How much of the ledger a run checks on the target (`--verify`). */
export type VerifyMode = 'off' | 'sample' | 'full'

/** How target names with nested paths are handled. */
export type FlattenMode = 'auto' | 'always' | 'never'

/** Validated options of one sync run (built by parseSyncOptions, shared by the CLI and the action). */
export interface SyncOptions {
  /** `REGISTRY/NAMESPACE` or `oci:PATH`, parsed. */
  source: EndpointSpec
  /** `REGISTRY/NAMESPACE`, a bare Docker Hub user, or `oci:PATH`, parsed. */
  target: EndpointSpec
  /** Repositories relative to the source namespace; empty: discover all. */
  images: string[]
  includeTags: TagPattern[]
  excludeTags: TagPattern[]
  /** A semver range; tags that are not versions are dropped when set. */
  semver?: string
  /** Drop pre-release versions (alpha, beta, rc, ...). */
  excludePrerelease: boolean
  /** Keep only the N newest versions per repository. */
  latest?: number
  /** Images copied at once. */
  concurrency: number
  /** Blobs copied at once per registry pair. */
  blobConcurrency: number
  /** Digest checks (HEAD per tag, tiny) at once; they also size the sockets per registry. */
  headConcurrency: number
  stateFile?: string
  report?: string
  dryRun: boolean
  engine: EngineName
  /** Extra `host[:port]` spoken to over plain HTTP. */
  insecureRegistries: string[]
  /** CA certificates (PEM) read from `--ca-file`, trusted on both sides. */
  caPem?: string
  /** false: the side's TLS certificates are not checked (`--source-tls-verify false`). */
  sourceTlsVerify: boolean
  targetTlsVerify: boolean
  sourceCredentials?: Credentials
  targetCredentials?: Credentials
  /** Separator used when flattening nested names (default `-`). */
  separator: string
  flatten: FlattenMode
  /** Stop starting new tags after this many ms. */
  maxDurationMs?: number
  /** Deterministic share of the repositories: index in [1, count]. */
  shard?: { index: number; count: number }
  /** Per-tag time bound in ms (retries included). */
  tagTimeoutMs: number
  /** Stop starting tags when a registry says this many requests (or fewer) are left. */
  rateLimitFloor: number
  /** `--rate-limit-wait`: the longest wait for a rate-limit window to reopen (undefined: do not wait). */
  rateLimitWaitMs?: number
  /** Copy the OCI referrers of every copied manifest (referrers API, else the `sha256-<hex>` tag schema). */
  referrers: boolean
  /** Limits of every listing (pages, tags per repository, repositories per run, time per request). */
  listing: ListingLimits
  /** Copy only these platforms of each index (empty: all, byte for byte). */
  platforms: PlatformSpec[]
  /** Schema 1 tags: `convert` (push as is, convert where refused), `keep` (as is only) or `skip`. */
  schema1: Schema1Mode
  /** `docker`: OCI manifests and indexes converted to Docker media types (`--format docker`). */
  format: ManifestFormat
  /** Delete target tags this mirror recorded whose source tag is gone. */
  prune: boolean
  /** Create target repositories found missing (ECR, Harbor projects), then copy their tags. */
  createRepositories: boolean
  /** How much of the ledger a run checks on the target: `off`, `sample` (a canary per repository and a rotating seventh) or `full`. */
  verify: VerifyMode
  /**
   * Set for a mirror compiled from an image list (`--images` full references, `--images-file`):
   * per source repository, its target name and the tags and digests chosen (see compileImageList).
   */
  list?: ListSelection
}

/**
 * What landed for a mirrored tag beyond its source digest: the one record of optional fields that
 * results, ledger entries and metadata records share.
 */
export interface Landed {
  /** The digest the target serves when it differs from the source's (docker engine, conversions). */
  targetDigest?: string
  mediaType?: string
  /** `os/arch[/variant]` of each platform, for multi-platform images. */
  platforms?: string[]
}

export type ImageStatus = 'copied' | 'skipped' | 'failed'

/** One tag's outcome, as written in the report. */
export interface ImageResult extends Landed {
  source: string
  target: string
  /** The source digest mirrored (or attempted). */
  digest: string | null
  status: ImageStatus
  bytes: number
  error: string | null
  /** The source media type when a conversion landed (schema 1 pushed as Docker v2; `targetDigest` is its digest). */
  convertedFrom?: string
  /** OCI referrers (signatures, SBOMs, attestations, at every depth) copied with the tag; absent when none (`--referrers`). */
  referrers?: number
  /**
   * Why a tag was skipped: `ledger`, `target-has-it`, `dry-run`, `platform-not-selected`, `schema1`
   * (`--schema1 skip`), `source-gone` (deleted at the source between listing and copy; not recorded); for a copied tag, `repaired`: the ledger held it but `--verify` found the
   * target lacking it (the tag, a child manifest or a blob), so it was copied again.
   */
  reason?: string
  /** Source repository relative to the namespace, and the tag. */
  repository: string
  tag: string
  durationMs: number
  /** True when this tag had no ledger entry (a new tag, not an update). */
  isNew?: boolean
  /** In a dry run, what the run would do (`copy` a new tag, `update` a moved one, `repair` one the target lost part of), and why in words. */
  planned?: 'copy' | 'update' | 'repair'
  why?: string
  /** Why a failed tag failed: which end, what kind (see explainFailure for the words). */
  cause?: FailureCause
}

/** Why a run left tags for the next one. */
export interface RunStop {
  /** `budget`: `--max-duration` ran out; `signal`: SIGINT/SIGTERM; `rate-limit`: a registry's rate limit was reached. */
  reason: 'budget' | 'signal' | 'rate-limit'
  /** The time budget, for `budget`. */
  budgetMs?: number
  /** For `rate-limit`: what the registry said (the same text as `rateLimited`). */
  detail?: string
}

/**
 * A target tag `--prune` looked at: `pruned` (deleted), `skipped` (reason `dry-run`, with
 * `planned: prune`; `gone-from-target`; `target-changed`: the target tag now points elsewhere, so
 * it is not ours; `digest-shared`: another tag points at the digest a registry would delete;
 * `referenced`: a remaining tag holds that digest (an index child at any depth, the subject its
 * companion tag `sha256-<hex>.sig/.att/.sbom` or fallback tag `sha256-<hex>` names, a referrer
 * its fallback tag lists), so deleting it would leave that tag unpullable; `why` names the tag and
 * how, e.g. `mirror/app:1.0 lists it (index child)`), or `failed` (the deletion was refused:
 * reported, not fatal). `digest-shared` and `referenced` tags stay in the ledger and are looked at again next run.
 */
export interface PruneResult {
  /** The source reference that is gone, and the target reference recorded for it. */
  source: string
  target: string
  /** The digest the target tag pointed at when recorded. */
  digest: string
  status: 'pruned' | 'skipped' | 'failed'
  reason?: string
  planned?: 'prune'
  why?: string
  error: string | null
  repository: string
  tag: string
}

/** A naming collision and how it was resolved. */
export interface Collision {
  target: string
  sources: string[]
  resolution: string
}

/** The run's report (the contract's fields plus extras). */
export interface SyncReport {
  source: string
  target: string
  copied: number
  skipped: number
  failed: number
  images: ImageResult[]
  collisions: Collision[]
  /** Tags selected but not started because the time budget ran out, a rate limit was reached, or the run was stopped. */
  remaining: number
  /**
   * Repositories not listed because the run stopped (budget, signal, rate limit) before it reached
   * them: the next run lists them first. Absent when none. Their tags are not in `remaining`.
   */
  unlisted?: number
  /** Set when a registry's rate limit stopped the run early (its reason). */
  rateLimited?: string
  /** Why work was left for the next run (present when `remaining` > 0 or `unlisted` is set). */
  stop?: RunStop
  startedAt: string
  finishedAt: string
  bytes: number
  dryRun: boolean
  engine: EngineName
  /** With `--prune`: the target tags looked at (none without it). */
  pruned?: PruneResult[]
  /** Recorded tags checked on the target this run (`--verify`: canaries by their tag, the others with every child and blob). */
  verified?: number
  /** Tags the target had lost (part of) and that were copied again (reported `copied`, reason `repaired`). */
  repaired?: number
  /** Target repositories (`REGISTRY/PATH`) that do not exist and are not created on push: their tags failed (`repository-missing`). */
  missingRepositories?: string[]
}

/** Live counters for progress lines. */
export interface Progress {
  /** Tags of the run so far (ledger hits included; more come while repositories are listed) and how many are done. */
  tagsTotal: number
  tagsDone: number
  bytes: number
  /** Since the run started (planning included). */
  elapsedMs: number
  /** The copy phase alone, for the rate and the ETA. */
  copy: CopyPhase
}

/** The copy phase of a run so far (CopyClock). */
export interface CopyPhase {
  /** Tags to copy (the plan, without ledger hits; it grows as repositories are listed) and how many of them ended. */
  total: number
  done: number
  /** Time the ended tags took, summed. */
  busyMs: number
  /** How long each tag in flight has been running. */
  inFlightMs: number[]
  /** Tags copied at once. */
  concurrency: number
  /** Since the copy phase started. */
  elapsedMs: number
}

/** Hooks a shell passes to observe a run. All optional. */
export interface SyncHooks {
  log?(level: 'debug' | 'info' | 'warning' | 'error', message: string): void
  onRepositoryStart?(repository: string, tags: number): void
  onRepositoryEnd?(repository: string): void
  onImage?(result: ImageResult): void
  onProgress?(progress: Progress): void
  /** Called once, before the first tag is copied, later repositories maybe still listed (not when there is nothing to copy, nor in a dry run). */
  onCopyPhase?(): void
  /** Sees the size of every chunk of blob content the registry engine moves. */
  onStreamed?(bytes: number): void
  /** Aborting stops new work; in-flight tags finish or are abandoned cleanly. */
  signal?: AbortSignal
  /** How the shell names options in messages (default: the CLI's `--name`). */
  words?: Words
}
