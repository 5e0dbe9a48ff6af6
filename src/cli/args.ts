import { parseArgs } from 'node:util'
import { UsageError } from '../oci/errors'
import { OPTION_TABLE, type RawSyncOptions } from '../sync/option-table'
import { printable, quoted } from '../util/printable'
import { BOOLEAN_SPELLINGS, parseBoolean } from '../util/boolean'

/** Flags of the CLI alone; the sync options come from the option table. */
const CLI_FLAGS = {
  config: { type: 'string', help: 'YAML file of several mirrors (defaults, then a list of mirrors with their own options); see README' },
  quiet: { type: 'boolean', help: 'no progress lines' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', help: 'print the version' }
} as const

interface Flag {
  type: 'string' | 'boolean'
  multiple?: boolean
  short?: string
  help: string
}

/** Every flag: the option table's (lists repeatable), then the CLI's own. */
const FLAGS: Record<string, Flag> = {
  ...Object.fromEntries(
    OPTION_TABLE.map((option) => [
      option.name,
      {
        type: option.kind === 'flag' ? 'boolean' : 'string',
        ...(option.kind === 'list' || option.kind === 'lines' ? { multiple: true } : {}),
        help: option.default && option.kind !== 'flag' ? `${option.help} (default: ${option.default})` : option.help
      }
    ])
  ),
  ...CLI_FLAGS
}

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
  /** `--config FILE`: several mirrors in one run. */
  config?: string
}

/**
 * Takes `--FLAG=VALUE` of boolean flags out of argv (node's parseArgs takes no value for a boolean),
 * VALUE in the one grammar of every shell ({@link parseBoolean}); anything else is refused naming it.
 */
function booleanAssignments(argv: string[]): { args: string[]; given: Array<[string, boolean]> } {
  const args: string[] = []
  const given: Array<[string, boolean]> = []
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') {
      args.push(...argv.slice(i))
      break
    }
    const match = /^--([^=]+)=([\s\S]*)$/.exec(arg)
    if (!match || FLAGS[match[1]]?.type !== 'boolean') {
      args.push(arg)
      continue
    }
    const [, name, text] = match
    const value = parseBoolean(text)
    if (value === undefined) throw new UsageError(`--${name}=${quoted(text, 40)}: expected --${name} or --${name}=VALUE, VALUE ${BOOLEAN_SPELLINGS}`)
    given.push([name, value])
  }
  return { args, given }
}

/** Refuses a flag that takes one value given more than once (list flags may repeat: `--images a --images b`). */
function assertNotRepeated(tokens: Array<{ kind: string; name?: string }>, given: Array<[string, boolean]>): void {
  const counts = new Map<string, number>()
  for (const name of [...tokens.filter((t) => t.kind === 'option').map((t) => t.name!), ...given.map(([name]) => name)]) {
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  for (const [name, count] of counts) {
    if (count > 1 && !FLAGS[name]?.multiple) {
      throw new UsageError(`--${name} is given ${count} times; it takes one value (only list options such as --images may repeat)`)
    }
  }
}

/** Parses `sync [options]`; throws UsageError for unknown commands or flags, a bad boolean value, or a one-value flag repeated. */
export function parseCli(argv: string[]): CliCommand {
  let values: Partial<Record<string, string | string[] | boolean>>
  let positionals: string[]
  const { args, given } = booleanAssignments(argv)
  try {
    const options = Object.fromEntries(
      Object.entries(FLAGS).map(([name, flag]) => [
        name,
        { type: flag.type, ...('multiple' in flag ? { multiple: true } : {}), ...('short' in flag ? { short: flag.short } : {}) }
      ])
    )
    const parsed = parseArgs({ args, options: options as never, allowPositionals: true, strict: true, tokens: true }) as {
      values: typeof values
      positionals: string[]
      tokens: Array<{ kind: string; name?: string }>
    }
    ;({ values, positionals } = parsed)
    assertNotRepeated(parsed.tokens, given)
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`${parseArgsMessage(error as Error & { code?: string })}; see gcr-mirror --help`)
  }
  for (const [name, value] of given) values[name] = value
  const quiet = values.quiet === true
  if (values.help) return { command: 'help', options: {}, quiet }
  if (values.version) return { command: 'version', options: {}, quiet }
  const [command, ...extra] = positionals
  if (command !== 'sync') {
    throw new UsageError(
      command
        ? `unknown command ${quoted(command, 40)}: expected sync; see gcr-mirror --help`
        : 'missing command: gcr-mirror sync --source ... --target ...; see --help'
    )
  }
  if (extra.length) throw new UsageError(`unexpected argument ${quoted(extra[0], 40)}; options start with --, see gcr-mirror --help`)
  return {
    command: 'sync',
    quiet,
    ...(typeof values.config === 'string' ? { config: values.config } : {}),
    options: Object.fromEntries(OPTION_TABLE.map((option) => [option.key, values[option.name]])) as RawSyncOptions
  }
}

/** node:util parseArgs errors, shortened to what the user typed wrong. */
function parseArgsMessage(error: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1]
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${printable(option)}`
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /ambiguous/.test(error.message) ? `${option} needs a value; write ${option}=VALUE for values starting with -` : `${option} needs a value`
  }
  return error.message.split('\n')[0].replace(/\.$/, '')
}
