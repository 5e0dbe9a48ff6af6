/** One tag to mirror, as an engine sees it. */
export interface CopyJob {
  /** Source repository path on the source store (namespace included). */
  sourceRepository: string
  /** The source tag (or digest, for an image named by digest). */
  tag: string
  /** The tag written on the target when it is not `tag` (an image list's digest entries, `--fold-into`). */
  targetTag?: string
  /** The source digest the tag pointed at when planned. */
  digest: string
  /** Target repository path on the target store (namespace included). */
  targetRepository: string
  /** Full references for messages: `host/path:tag`. */
  sourceRef: string
  targetRef: string
  /**
   * The target was found to lack part of what this tag held (`--verify`): every child manifest is
   * walked even when the target has it, so a blob lost under a child is placed again.
   */
  repair?: boolean
}

/** What one manifest references, by digest: its child manifests (an index's entries) and its blobs (config, layers). */
export interface GraphNode {
  manifests: string[]
  blobs: string[]
}

/** What an engine reports for a copied tag. */
export interface CopyOutcome {
  /** Bytes uploaded to the target (blobs and manifests). */
  bytes: number
  /** The digest the target serves for the tag now, when it differs from the source's. */
  targetDigest?: string
  mediaType?: string
  /** `os/arch[/variant]` of each platform, for multi-platform images. */
  platforms?: string[]
  /** Set when the tag was deliberately not copied, and why (`platform-not-selected`, `schema1` with `--schema1 skip`): reported as skipped, not recorded. */
  skipped?: string
  /** The source media type when the engine pushed a conversion (schema 1 to Docker v2); `targetDigest` is the conversion's. */
  convertedFrom?: string
  /** OCI referrers (signatures, SBOMs, attestations, at every depth) of the tag's manifests the target has now. */
  referrers?: number
  /**
   * What the manifests this copy walked reference, by manifest digest as the target serves it (the
   * top, and each child walked; a child the target already had may be absent): `--verify` HEADs
   * these digests later without a GET.
   */
  graph?: ReadonlyMap<string, GraphNode>
}

/** What `targetHas` found: the target serves what a copy would put there, under this digest when it differs from the source's. */
export interface TargetState {
  targetDigest?: string
}

/**
 * An interchangeable transport that copies one tag from the source to the target. The sync
 * domain plans, filters, names and records; an engine only copies.
 */
export interface Engine {
  readonly name: 'registry' | 'docker'
  /** Resolves when the target serves under the tag what a copy would put there (used when the ledger has no entry). */
  targetHas(job: CopyJob, signal?: AbortSignal): Promise<TargetState | undefined>
  /**
   * Why a copy would leave the tag out (`platform-not-selected`, `schema1`), found by reading the
   * source only: a dry run reports what the real run would. Undefined when it would be copied.
   */
  wouldSkip?(job: CopyJob, signal?: AbortSignal): Promise<Pick<CopyOutcome, 'skipped' | 'platforms'> | undefined>
  /** Copies the tag; `signal` (the per-tag timeout) reaches every request, closing its socket on abort. */
  copy(job: CopyJob, signal: AbortSignal): Promise<CopyOutcome>
  close(): Promise<void>
}
