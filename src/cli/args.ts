import { parseArgs } from 'node:util'
import { UsageError } from '../oci/errors'
import { DEFAULTS, type RawSyncOptions } from '../sync/options'

/** CLI flags: name, kind, help. Names match the action's inputs. */
const FLAGS = {
  source: { type: 'string', help: 'REGISTRY[:PORT]/NAMESPACE or oci:PATH to mirror from (required)' },
  target: { type: 'string', help: 'REGISTRY[:PORT]/NAMESPACE, a Docker Hub USER, or oci:PATH to mirror into (required)' },
  images: { type: 'string', multiple: true, help: 'repositories relative to the source namespace, comma-separated or repeated; empty: discover all' },
  'include-tags': { type: 'string', multiple: true, help: 'keep tags matching this regex (repeatable; unanchored; default: all)' },
  'exclude-tags': { type: 'string', multiple: true, help: 'drop tags matching this regex (repeatable)' },
  semver: { type: 'string', help: 'keep version tags (1.2.3 or v1.2.3) in this range; drops non-versions' },
  'exclude-prerelease': { type: 'boolean', help: 'drop pre-releases (-alpha, -beta, -rc, ...) (default: false)' },
  latest: { type: 'string', help: 'keep the N highest versions per repository (drops non-versions)' },
  concurrency: { type: 'string', help: `tags copied at once (default: ${DEFAULTS.concurrency})` },
  'blob-concurrency': { type: 'string', help: `blobs copied at once (default: ${DEFAULTS.blobConcurrency})` },
  'state-file': { type: 'string', help: 'ledger of what is mirrored; tags whose digest it holds are skipped without asking the target' },
  report: { type: 'string', help: 'write the JSON report here' },
  'dry-run': { type: 'boolean', help: 'plan and print, copy nothing, write no ledger' },
  engine: { type: 'string', help: `registry (default: byte-identical, all platforms) or docker (pull/tag/push through a daemon)` },
  'insecure-registry': { type: 'string', multiple: true, help: 'HOST[:PORT] spoken to over plain HTTP (repeatable; loopback always is)' },
  'source-username': { type: 'string', help: 'source registry user (env GCR_MIRROR_SOURCE_USERNAME; else Docker config.json)' },
  'source-password': { type: 'string', help: 'source registry password or token (env GCR_MIRROR_SOURCE_PASSWORD)' },
  'target-username': { type: 'string', help: 'target registry user (env GCR_MIRROR_TARGET_USERNAME; else Docker config.json)' },
  'target-password': { type: 'string', help: 'target registry password or token (env GCR_MIRROR_TARGET_PASSWORD)' },
  separator: { type: 'string', help: `joins nested path parts when flattening (default: ${DEFAULTS.separator})` },
  flatten: { type: 'string', help: 'auto (default: only for docker.io), always or never' },
  'max-duration': { type: 'string', help: 'stop starting new tags after this long (e.g. 5h, 90m); the next run carries on' },
  shard: { type: 'string', help: 'I/N: mirror a deterministic share of the repositories' },
  'tag-timeout': { type: 'string', help: `give up on one tag after this long, retries included (default: ${DEFAULTS.tagTimeout})` },
  quiet: { type: 'boolean', help: 'no progress lines' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', help: 'print the version' }
} as const

type FlagName = keyof typeof FLAGS

/** The CLI's help text. */
export function helpText(): string {
  const width = Math.max(...Object.keys(FLAGS).map((name) => name.length)) + 12
  const lines = Object.entries(FLAGS).map(([name, flag]) => {
    const left = `  --${name}${flag.type === 'string' ? ' VALUE' : ''}`
    return `${left.padEnd(width)}${flag.help}`
  })
  return [
    'Usage: gcr-mirror sync --source REGISTRY/NAMESPACE --target REGISTRY/NAMESPACE [options]',
    '',
    'Mirrors every selected tag of a registry namespace, keeping digests, copying only what changed.',
    '',
    'Options:',
    ...lines,
    '',
    'Exit status: 0 all selected tags mirrored; 1 some tags failed; 2 bad usage or input.'
  ].join('\n')
}

/** A parsed command line. */
export interface CliCommand {
  command: 'sync' | 'help' | 'version'
  options: RawSyncOptions
  quiet: boolean
}

/** Parses `sync [options]`; throws UsageError for unknown commands or flags. */
export function parseCli(argv: string[]): CliCommand {
  let values: Partial<Record<FlagName, string | string[] | boolean>>
  let positionals: string[]
  try {
    const options = Object.fromEntries(
      Object.entries(FLAGS).map(([name, flag]) => [
        name,
        { type: flag.type, ...('multiple' in flag ? { multiple: true } : {}), ...('short' in flag ? { short: flag.short } : {}) }
      ])
    )
    ;({ values, positionals } = parseArgs({ args: argv, options: options as never, allowPositionals: true, strict: true }) as {
      values: typeof values
      positionals: string[]
    })
  } catch (error) {
    throw new UsageError(`${parseArgsMessage(error as Error & { code?: string })}; see gcr-mirror --help`)
  }
  const quiet = values.quiet === true
  if (values.help) return { command: 'help', options: {}, quiet }
  if (values.version) return { command: 'version', options: {}, quiet }
  const [command, ...extra] = positionals
  if (command !== 'sync') {
    throw new UsageError(
      command ? `unknown command "${command}": expected sync; see gcr-mirror --help` : 'missing command: gcr-mirror sync --source ... --target ...; see --help'
    )
  }
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"; options start with --, see gcr-mirror --help`)
  const str = (name: FlagName): string | undefined => values[name] as string | undefined
  const list = (name: FlagName): string[] | undefined => values[name] as string[] | undefined
  return {
    command: 'sync',
    quiet,
    options: {
      source: str('source'),
      target: str('target'),
      images: list('images'),
      includeTags: list('include-tags'),
      excludeTags: list('exclude-tags'),
      semver: str('semver'),
      excludePrerelease: values['exclude-prerelease'] as boolean | undefined,
      latest: str('latest'),
      concurrency: str('concurrency'),
      blobConcurrency: str('blob-concurrency'),
      stateFile: str('state-file'),
      report: str('report'),
      dryRun: values['dry-run'] as boolean | undefined,
      engine: str('engine'),
      insecureRegistries: list('insecure-registry'),
      sourceUsername: str('source-username'),
      sourcePassword: str('source-password'),
      targetUsername: str('target-username'),
      targetPassword: str('target-password'),
      separator: str('separator'),
      flatten: str('flatten'),
      maxDuration: str('max-duration'),
      shard: str('shard'),
      tagTimeout: str('tag-timeout')
    }
  }
}

/** node:util parseArgs errors, shortened to what the user typed wrong. */
function parseArgsMessage(error: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1]
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /ambiguous/.test(error.message) ? `${option} needs a value; write ${option}=VALUE for values starting with -` : `${option} needs a value`
  }
  return error.message.split('\n')[0].replace(/\.$/, '')
}
