import { SCHEMA1_MODES } from '../../engines/schema1-push'
import type { SyncOptions } from '../types'
import { parseEndpoint } from './endpoint'
import { boolean, choice, duration, flag, int, lines, list, required, text, type OptionParser } from './option-parsers'
import { localPath, pemFile, platform, registryHost, repositoryPath, semverRange, separator, shard, tagPattern } from './option-values'

/**
 * Where an option can be given: a CLI flag, an action input, a config file's `defaults`, a mirror
 * of a config file.
 */
export type Shell = 'cli' | 'action' | 'config-defaults' | 'config-mirror'

/** An option's shells when its row names none. */
const EVERY_SHELL: readonly Shell[] = ['cli', 'action', 'config-defaults', 'config-mirror']

/** Options of the whole run (one ledger, one report, one budget): in a config file, under `defaults` only. */
const WHOLE_RUN: readonly Shell[] = ['cli', 'action', 'config-defaults']

/**
 * One option of a sync run, declared once: its name in every shell, how its value is parsed, its
 * default and help, and the SyncOptions field it fills.
 */
export interface OptionSpec {
  /** The CLI flag without dashes, the action input and the config key: `include-tags`. */
  name: string
  /** Where shells put the value before it is parsed (RawSyncOptions), and where the parsed value is found (OptionValues). */
  key: string
  /**
   * The SyncOptions field the parsed value fills: the key's name when absent; null when it fills none
   * of its own (parseSyncOptions makes credentials and listing limits of such options).
   */
  field?: keyof SyncOptions | null
  /** How the value is typed in and what it becomes (option-parsers.ts). */
  parser: OptionParser<never, unknown>
  /** One line for `--help` (the action.yml description may say more). */
  help: string
  /**
   * The default, as a user would type it ('' when there is none): the parser is given it when a shell
   * gives nothing; action.yml declares the same.
   */
  default: string
  /** Masked in the action's log as soon as it is read; never quoted in a message. */
  secret?: boolean
  /** The value names a local file: relative to a config file's folder when read from one; completion offers files. */
  file?: boolean
  /** Where it can be given (default: {@link EVERY_SHELL}). */
  shells?: readonly Shell[]
  /**
   * One value each, yet several may be given (the CLI flag repeated, the action input one a line, a
   * config list): each makes a mirror of its own (see mirrorsOf). Shells hand them over one a line.
   */
  several?: boolean
}

/**
 * Every option of a sync run, in help order. The CLI's flags and help, the action's inputs, the
 * keys of a config file, the action.yml check and the parsing of every option are all built from
 * this table; messages name options through the `Words` of the shell that prints them. To add an
 * option, add a row here (and its input to action.yml); parseSyncOptions needs a line only when the
 * option is checked against others or fills no SyncOptions field of its own. Declared `as const` so
 * that RawSyncOptions, OptionValues and FilledOptions are derived from the rows.
 */
const ROWS = [
  {
    name: 'source',
    key: 'source',
    parser: required((value) => parseEndpoint(value, 'source')),
    default: '',
    help: 'REGISTRY[:PORT]/NAMESPACE, oci:PATH, oci-archive:FILE or docker-archive:FILE to mirror from (required)'
  },
  {
    name: 'target',
    key: 'target',
    parser: required((value) => parseEndpoint(value, 'target')),
    default: '',
    several: true,
    help: 'REGISTRY[:PORT]/NAMESPACE, a Docker Hub USER, or oci:PATH to mirror into (required); repeat it to mirror into several targets, reading the source once'
  },
  {
    name: 'images',
    key: 'images',
    parser: list(repositoryPath),
    default: '',
    help: 'repositories relative to the source namespace, comma-separated or repeated (empty: discover all); without --source, full image references (see --images-file)'
  },
  {
    name: 'include-tags',
    key: 'includeTags',
    parser: lines(tagPattern),
    default: '',
    help: 'keep tags matching this regex (repeatable; unanchored; default: all)'
  },
  { name: 'exclude-tags', key: 'excludeTags', parser: lines(tagPattern), default: '', help: 'drop tags matching this regex (repeatable)' },
  { name: 'semver', key: 'semver', parser: text(semverRange), default: '', help: 'keep version tags (1.2.3 or v1.2.3) in this range; drops non-versions' },
  { name: 'exclude-prerelease', key: 'excludePrerelease', parser: flag(), default: 'false', help: 'drop pre-releases (-alpha, -beta, -rc, ...)' },
  { name: 'latest', key: 'latest', parser: int(1, 100_000), default: '', help: 'keep the N highest versions per repository (drops non-versions)' },
  { name: 'concurrency', key: 'concurrency', parser: int(1, 256), default: '16', help: 'tags copied at once (their blobs share --blob-concurrency)' },
  { name: 'blob-concurrency', key: 'blobConcurrency', parser: int(1, 256), default: '16', help: 'blobs copied at once' },
  { name: 'head-concurrency', key: 'headConcurrency', parser: int(1, 256), default: '64', help: 'digest checks (HEAD per tag) and tag listings at once' },
  {
    name: 'state-file',
    key: 'stateFile',
    parser: text(localPath),
    shells: WHOLE_RUN,
    file: true,
    default: '',
    help: 'ledger of what is mirrored; tags whose digest it holds are not copied again (--verify says how much of it the target is asked about)'
  },
  { name: 'report', key: 'report', parser: text(localPath), shells: WHOLE_RUN, file: true, default: '', help: 'write the JSON report here' },
  { name: 'dry-run', key: 'dryRun', parser: flag(), default: 'false', help: 'list what would be copied, updated or pruned; change nothing, write no ledger' },
  {
    name: 'prune',
    key: 'prune',
    parser: flag(),
    default: 'false',
    help: 'delete target tags this mirror recorded whose source tag is gone (never a tag it did not write)'
  },
  {
    name: 'create-repositories',
    key: 'createRepositories',
    parser: flag(),
    default: 'false',
    help: 'create target repositories found missing (ECR repositories with the AWS credentials, Harbor projects with the target credentials), then copy their tags'
  },
  {
    name: 'verify',
    key: 'verify',
    parser: choice(['off', 'sample', 'full']),
    default: 'sample',
    help: 'check recorded tags on the target (HEADs) and copy again what it lost: off, sample (a canary per repository and each tag once in 7 runs) or full'
  },
  {
    name: 'engine',
    key: 'engine',
    parser: choice(['registry', 'docker']),
    default: 'registry',
    help: 'registry (byte-identical, all platforms) or docker (pull/tag/push through a daemon)'
  },
  {
    name: 'insecure-registry',
    key: 'insecureRegistries',
    parser: list(registryHost),
    default: '',
    help: 'HOST[:PORT] spoken to over plain HTTP (repeatable; loopback always is)'
  },
  {
    name: 'ca-file',
    key: 'caFile',
    field: 'caPem',
    parser: text(pemFile),
    file: true,
    default: '',
    help: 'PEM file of CA certificates trusted besides the system store and NODE_EXTRA_CA_CERTS (both sides, proxies too)'
  },
  {
    name: 'source-tls-verify',
    key: 'sourceTlsVerify',
    parser: boolean(),
    default: 'true',
    help: 'false: accept any TLS certificate from the source registry (warned; for plain HTTP use --insecure-registry)'
  },
  {
    name: 'target-tls-verify',
    key: 'targetTlsVerify',
    parser: boolean(),
    default: 'true',
    help: 'false: accept any TLS certificate from the target registry (warned)'
  },
  {
    name: 'source-username',
    key: 'sourceUsername',
    field: null,
    parser: text(),
    default: '',
    help: 'source registry user (env GCR_MIRROR_SOURCE_USERNAME; else Docker config.json)'
  },
  {
    name: 'source-password',
    key: 'sourcePassword',
    field: null,
    parser: text(),
    default: '',
    secret: true,
    help: 'source registry password or token (env GCR_MIRROR_SOURCE_PASSWORD)'
  },
  {
    name: 'target-username',
    key: 'targetUsername',
    field: null,
    parser: text(),
    default: '',
    help: 'target registry user (env GCR_MIRROR_TARGET_USERNAME; else Docker config.json)'
  },
  {
    name: 'target-password',
    key: 'targetPassword',
    field: null,
    parser: text(),
    default: '',
    secret: true,
    help: 'target registry password or token (env GCR_MIRROR_TARGET_PASSWORD)'
  },
  { name: 'separator', key: 'separator', parser: text(separator), default: '_', help: 'joins nested path parts when flattening (one of . _ __ -)' },
  {
    name: 'flatten',
    key: 'flatten',
    parser: choice(['auto', 'always', 'never']),
    default: 'auto',
    help: 'auto (registries of one level; GitLab beyond two levels), always or never'
  },
  {
    name: 'max-duration',
    key: 'maxDuration',
    field: 'maxDurationMs',
    parser: duration('5h, 90m, 1h30m or 45s'),
    shells: WHOLE_RUN,
    default: '',
    help: 'stop starting new tags after this long (e.g. 5h, 90m); the next run carries on'
  },
  { name: 'shard', key: 'shard', parser: text(shard), default: '', help: 'I/N: mirror a deterministic share of the repositories' },
  {
    name: 'tag-timeout',
    key: 'tagTimeout',
    field: 'tagTimeoutMs',
    parser: duration('30m or 90s'),
    default: '30m',
    help: 'give up on one tag after this long, retries included'
  },
  {
    name: 'platforms',
    key: 'platforms',
    parser: list(platform),
    default: '',
    help: 'copy only these platforms of each index (OS/ARCH[/VARIANT], comma-separated); the index digest then changes'
  },
  {
    name: 'schema1',
    key: 'schema1',
    parser: choice(SCHEMA1_MODES),
    default: 'convert',
    help: 'Docker schema 1 tags: convert (as is, Docker v2 where the target refuses schema 1), keep (as is only) or skip'
  },
  {
    name: 'rate-limit-floor',
    key: 'rateLimitFloor',
    parser: int(0, 1_000_000),
    default: '10',
    help: 'stop starting tags when a registry says this many requests are left (ratelimit-remaining); the next run carries on'
  },
  {
    name: 'rate-limit-wait',
    key: 'rateLimitWait',
    field: 'rateLimitWaitMs',
    parser: duration('10m, 6h or 90s'),
    default: '',
    help: 'wait up to this long (e.g. 10m) for a rate-limit window to reopen (Retry-After, else the window of ratelimit-remaining) instead of stopping, within --max-duration'
  },
  {
    name: 'referrers',
    key: 'referrers',
    parser: boolean(),
    default: 'true',
    help: 'true or false: also copy the companion tags (sha256-<hex>.sig/.att/.sbom, the referrers fallback sha256-<hex>) of every selected digest, asked for by tag, and the OCI referrers of every copied manifest (referrers API, else the fallback tag)'
  },
  {
    name: 'max-tags',
    key: 'maxTags',
    field: null,
    parser: int(1, 10_000_000),
    default: '100000',
    help: 'a repository listing more tags than this fails (memory stays bounded)'
  },
  {
    name: 'max-repositories',
    key: 'maxRepositories',
    field: null,
    parser: int(1, 1_000_000),
    default: '10000',
    help: 'a namespace listing more repositories than this is refused (exit 2)'
  },
  {
    name: 'list-timeout',
    key: 'listTimeout',
    field: null,
    parser: duration('2m or 30s'),
    default: '2m',
    help: 'give up on one listing request (a page of tags or of the catalog), body included, after this long'
  },
  {
    name: 'format',
    key: 'format',
    parser: choice(['source', 'docker', 'oci']),
    default: 'source',
    help: 'source (manifests as they are), docker (OCI manifests and indexes converted to Docker media types for targets that refuse OCI) or oci (Docker ones converted to OCI, for oci: targets podman, buildah and umoci read); converted manifests get new digests'
  },
  {
    name: 'images-file',
    key: 'imagesFile',
    // Read with the list (list-options.ts): its entries become mirrors of their own.
    field: null,
    parser: text(localPath),
    file: true,
    default: '',
    help: 'without --source: a file of full image references (REGISTRY/REPO[:TAG|@DIGEST], nginx = docker.io/library/nginx), one a line, # comments'
  },
  {
    name: 'fold-into',
    key: 'foldInto',
    field: null,
    // Checked once, with the rest of what goes with an image list, by imageListMirrors (list-options.ts): every shell asks it first.
    parser: text(),
    default: '',
    help: 'with an image list: put every image into this one target repository, its name folded into the tag (images:google-containers_pause_3.9), for targets that cap repositories'
  }
] as const satisfies readonly OptionSpec[]

type Row = (typeof ROWS)[number]

/** The rows, each seen as an OptionSpec whose key is one of RawSyncOptions. */
export const OPTION_TABLE: ReadonlyArray<OptionSpec & { key: Row['key'] }> = ROWS

type ParserOf<R extends Row> = R['parser']

/** What shells hand over for a row: text, a list of texts, or (from a CLI switch or YAML) a boolean or number. */
type RawOf<R extends Row> = ParserOf<R> extends OptionParser<infer In, unknown> ? In : never

/** What a row's parser gives: never undefined when the row has a default, since the parser is then given it. */
type ValueOf<R extends Row> = ParserOf<R> extends OptionParser<never, infer Out> ? (R['default'] extends '' ? Out : NonNullable<Out>) : never

/** The SyncOptions field a row fills: its `field`, else its key; none for `field: null`. */
type FieldOf<R extends Row> = R extends { field: null } ? never : R extends { field: infer F extends string } ? F : R['key']

/** Options as they come from a shell (CLI flags, action inputs, a config file), before validation: by key, what the row's parser takes. */
export type RawSyncOptions = { [R in Row as R['key']]?: RawOf<R> }

/** Every option parsed by its row, by key (defaults applied). */
export type OptionValues = { [R in Row as R['key']]: ValueOf<R> }

/** The SyncOptions fields the rows fill, typed by their parsers (tsc checks them against SyncOptions in options.ts, filledFields). */
export type FilledOptions = { [R in Row as FieldOf<R>]: ValueOf<R> }

/** Whether an option can be given in `shell`. */
export function givenIn(spec: OptionSpec, shell: Shell): boolean {
  return (spec.shells ?? EVERY_SHELL).includes(shell)
}
