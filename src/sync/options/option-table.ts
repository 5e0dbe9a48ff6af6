/**
 * Options as they come from a shell (CLI flags or action inputs), before validation:
 * strings where a user types them, lists already split.
 */
export interface RawSyncOptions {
  source?: string
  target?: string
  images?: string[]
  includeTags?: string[]
  excludeTags?: string[]
  semver?: string
  excludePrerelease?: string | boolean
  latest?: string | number
  concurrency?: string | number
  blobConcurrency?: string | number
  headConcurrency?: string | number
  stateFile?: string
  report?: string
  dryRun?: string | boolean
  engine?: string
  insecureRegistries?: string[]
  caFile?: string
  sourceTlsVerify?: string | boolean
  targetTlsVerify?: string | boolean
  sourceUsername?: string
  sourcePassword?: string
  targetUsername?: string
  targetPassword?: string
  separator?: string
  flatten?: string
  maxDuration?: string
  shard?: string
  tagTimeout?: string
  platforms?: string[]
  schema1?: string
  prune?: string | boolean
  createRepositories?: string | boolean
  rateLimitFloor?: string | number
  rateLimitWait?: string
  referrers?: string | boolean
  maxTags?: string | number
  maxRepositories?: string | number
  listTimeout?: string
  format?: string
  verify?: string
  imagesFile?: string
  foldInto?: string
}

/**
 * How a value is typed in: `text` one value; `list` values separated by commas or newlines (the CLI
 * also takes the flag repeated); `lines` one value per line (regexes, where a comma can be part of
 * the value); `flag` true or false.
 */
export type OptionKind = 'text' | 'list' | 'lines' | 'flag'

/** One option of a sync run, the same in both shells: a CLI flag `--NAME` and an action input `NAME`. */
export interface OptionSpec {
  /** The CLI flag without dashes and the action input: `include-tags`. */
  name: string
  /** Where the value goes in RawSyncOptions. */
  key: keyof RawSyncOptions
  kind: OptionKind
  /** One line for `--help` (the action.yml description may say more). */
  help: string
  /** The documented default, as a user would type it ('' when there is none); action.yml declares the same. */
  default: string
  /** Masked in the action's log as soon as it is read. */
  secret?: boolean
  /** The values it takes, where they are a fixed few (shell completion offers them). */
  choices?: readonly string[]
  /** The value names a local file: relative to a config file's folder when read from one; completion offers files. */
  file?: boolean
}

/**
 * Every option of a sync run, in help order. The CLI's flags and help, the action's inputs, and
 * the action.yml check are all built from this table; messages name options through the
 * `Words` of the shell that prints them.
 */
export const OPTION_TABLE: readonly OptionSpec[] = [
  {
    name: 'source',
    key: 'source',
    kind: 'text',
    default: '',
    help: 'REGISTRY[:PORT]/NAMESPACE, oci:PATH, oci-archive:FILE or docker-archive:FILE to mirror from (required)'
  },
  {
    name: 'target',
    key: 'target',
    kind: 'text',
    default: '',
    help: 'REGISTRY[:PORT]/NAMESPACE, a Docker Hub USER, or oci:PATH to mirror into (required)'
  },
  {
    name: 'images',
    key: 'images',
    kind: 'list',
    default: '',
    help: 'repositories relative to the source namespace, comma-separated or repeated (empty: discover all); without --source, full image references (see --images-file)'
  },
  { name: 'include-tags', key: 'includeTags', kind: 'lines', default: '', help: 'keep tags matching this regex (repeatable; unanchored; default: all)' },
  { name: 'exclude-tags', key: 'excludeTags', kind: 'lines', default: '', help: 'drop tags matching this regex (repeatable)' },
  { name: 'semver', key: 'semver', kind: 'text', default: '', help: 'keep version tags (1.2.3 or v1.2.3) in this range; drops non-versions' },
  { name: 'exclude-prerelease', key: 'excludePrerelease', kind: 'flag', default: 'false', help: 'drop pre-releases (-alpha, -beta, -rc, ...)' },
  { name: 'latest', key: 'latest', kind: 'text', default: '', help: 'keep the N highest versions per repository (drops non-versions)' },
  { name: 'concurrency', key: 'concurrency', kind: 'text', default: '16', help: 'tags copied at once (their blobs share --blob-concurrency)' },
  { name: 'blob-concurrency', key: 'blobConcurrency', kind: 'text', default: '16', help: 'blobs copied at once' },
  { name: 'head-concurrency', key: 'headConcurrency', kind: 'text', default: '64', help: 'digest checks (HEAD per tag) and tag listings at once' },
  {
    name: 'state-file',
    key: 'stateFile',
    kind: 'text',
    file: true,
    default: '',
    help: 'ledger of what is mirrored; tags whose digest it holds are not copied again (--verify says how much of it the target is asked about)'
  },
  { name: 'report', key: 'report', kind: 'text', file: true, default: '', help: 'write the JSON report here' },
  { name: 'dry-run', key: 'dryRun', kind: 'flag', default: 'false', help: 'list what would be copied, updated or pruned; change nothing, write no ledger' },
  {
    name: 'prune',
    key: 'prune',
    kind: 'flag',
    default: 'false',
    help: 'delete target tags this mirror recorded whose source tag is gone (never a tag it did not write)'
  },
  {
    name: 'create-repositories',
    key: 'createRepositories',
    kind: 'flag',
    default: 'false',
    help: 'create target repositories found missing (ECR repositories with the AWS credentials, Harbor projects with the target credentials), then copy their tags'
  },
  {
    name: 'verify',
    key: 'verify',
    kind: 'text',
    choices: ['off', 'sample', 'full'],
    default: 'sample',
    help: 'check recorded tags on the target (HEADs) and copy again what it lost: off, sample (a canary per repository and each tag once in 7 runs) or full'
  },
  {
    name: 'engine',
    key: 'engine',
    kind: 'text',
    choices: ['registry', 'docker'],
    default: 'registry',
    help: 'registry (byte-identical, all platforms) or docker (pull/tag/push through a daemon)'
  },
  {
    name: 'insecure-registry',
    key: 'insecureRegistries',
    kind: 'list',
    default: '',
    help: 'HOST[:PORT] spoken to over plain HTTP (repeatable; loopback always is)'
  },
  {
    name: 'ca-file',
    key: 'caFile',
    kind: 'text',
    file: true,
    default: '',
    help: 'PEM file of CA certificates trusted besides the system store and NODE_EXTRA_CA_CERTS (both sides, proxies too)'
  },
  {
    name: 'source-tls-verify',
    key: 'sourceTlsVerify',
    kind: 'text',
    choices: ['true', 'false'],
    default: 'true',
    help: 'false: accept any TLS certificate from the source registry (warned; for plain HTTP use --insecure-registry)'
  },
  {
    name: 'target-tls-verify',
    key: 'targetTlsVerify',
    kind: 'text',
    choices: ['true', 'false'],
    default: 'true',
    help: 'false: accept any TLS certificate from the target registry (warned)'
  },
  {
    name: 'source-username',
    key: 'sourceUsername',
    kind: 'text',
    default: '',
    help: 'source registry user (env GCR_MIRROR_SOURCE_USERNAME; else Docker config.json)'
  },
  {
    name: 'source-password',
    key: 'sourcePassword',
    kind: 'text',
    default: '',
    secret: true,
    help: 'source registry password or token (env GCR_MIRROR_SOURCE_PASSWORD)'
  },
  {
    name: 'target-username',
    key: 'targetUsername',
    kind: 'text',
    default: '',
    help: 'target registry user (env GCR_MIRROR_TARGET_USERNAME; else Docker config.json)'
  },
  {
    name: 'target-password',
    key: 'targetPassword',
    kind: 'text',
    default: '',
    secret: true,
    help: 'target registry password or token (env GCR_MIRROR_TARGET_PASSWORD)'
  },
  { name: 'separator', key: 'separator', kind: 'text', default: '_', help: 'joins nested path parts when flattening (one of . _ __ -)' },
  {
    name: 'flatten',
    key: 'flatten',
    kind: 'text',
    choices: ['auto', 'always', 'never'],
    default: 'auto',
    help: 'auto (only for registries with one level below the namespace), always or never'
  },
  {
    name: 'max-duration',
    key: 'maxDuration',
    kind: 'text',
    default: '',
    help: 'stop starting new tags after this long (e.g. 5h, 90m); the next run carries on'
  },
  { name: 'shard', key: 'shard', kind: 'text', default: '', help: 'I/N: mirror a deterministic share of the repositories' },
  { name: 'tag-timeout', key: 'tagTimeout', kind: 'text', default: '30m', help: 'give up on one tag after this long, retries included' },
  {
    name: 'platforms',
    key: 'platforms',
    kind: 'list',
    default: '',
    help: 'copy only these platforms of each index (OS/ARCH[/VARIANT], comma-separated); the index digest then changes'
  },
  {
    name: 'schema1',
    key: 'schema1',
    kind: 'text',
    choices: ['convert', 'keep', 'skip'],
    default: 'convert',
    help: 'Docker schema 1 tags: convert (as is, Docker v2 where the target refuses schema 1), keep (as is only) or skip'
  },
  {
    name: 'rate-limit-floor',
    key: 'rateLimitFloor',
    kind: 'text',
    default: '10',
    help: 'stop starting tags when a registry says this many requests are left (ratelimit-remaining); the next run carries on'
  },
  {
    name: 'rate-limit-wait',
    key: 'rateLimitWait',
    kind: 'text',
    default: '',
    help: 'wait up to this long (e.g. 10m) for a rate-limit window to reopen (Retry-After, else the window of ratelimit-remaining) instead of stopping, within --max-duration'
  },
  {
    name: 'referrers',
    key: 'referrers',
    kind: 'text',
    choices: ['true', 'false'],
    default: 'true',
    help: 'true or false: also copy the companion tags (sha256-<hex>.sig/.att/.sbom, the referrers fallback sha256-<hex>) of every selected digest, asked for by tag, and the OCI referrers of every copied manifest (referrers API, else the fallback tag)'
  },
  { name: 'max-tags', key: 'maxTags', kind: 'text', default: '100000', help: 'a repository listing more tags than this fails (memory stays bounded)' },
  {
    name: 'max-repositories',
    key: 'maxRepositories',
    kind: 'text',
    default: '10000',
    help: 'a namespace listing more repositories than this is refused (exit 2)'
  },
  {
    name: 'list-timeout',
    key: 'listTimeout',
    kind: 'text',
    default: '2m',
    help: 'give up on one listing request (a page of tags or of the catalog), body included, after this long'
  },
  {
    name: 'format',
    key: 'format',
    kind: 'text',
    choices: ['source', 'docker', 'oci'],
    default: 'source',
    help: 'source (manifests as they are), docker (OCI manifests and indexes converted to Docker media types for targets that refuse OCI) or oci (Docker ones converted to OCI, for oci: targets podman, buildah and umoci read); converted manifests get new digests'
  },
  {
    name: 'images-file',
    key: 'imagesFile',
    kind: 'text',
    file: true,
    default: '',
    help: 'without --source: a file of full image references (REGISTRY/REPO[:TAG|@DIGEST], nginx = docker.io/library/nginx), one a line, # comments'
  },
  {
    name: 'fold-into',
    key: 'foldInto',
    kind: 'text',
    default: '',
    help: 'with an image list: put every image into this one target repository, its name folded into the tag (images:google-containers_pause_3.9), for targets that cap repositories'
  }
]

/** The table's entry for an option name; throws for a name the table does not hold (a programming error). */
export function optionSpec(name: string): OptionSpec {
  const spec = OPTION_TABLE.find((option) => option.name === name)
  if (!spec) throw new Error(`no option "${name}" in the option table`)
  return spec
}
