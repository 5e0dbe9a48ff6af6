import { parseArgs } from 'node:util'
import { UsageError } from '../oci/errors'
import { givenIn, OPTION_TABLE, type OptionSpec, type RawSyncOptions } from '../sync/options/option-table'
import { printable, quoted } from '../util/printable'
import { BOOLEAN_SPELLINGS, parseBoolean } from '../util/boolean'
import { closest } from '../util/closest'

/** How much the CLI logs to stderr: each level includes the ones before it. */
export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]
/** How the CLI writes its lines: `text` for people, `json` one object a line for log collectors. */
export const LOG_FORMATS = ['text', 'json'] as const
export type LogFormat = (typeof LOG_FORMATS)[number]
/** The shells `gcr-mirror completion` writes a script for. */
export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'] as const
export type CompletionShell = (typeof COMPLETION_SHELLS)[number]

/** One flag of the CLI. */
export interface Flag {
  type: 'string' | 'boolean'
  multiple?: boolean
  short?: string
  help: string
  /** The values it takes, for shell completion. */
  choices?: readonly string[]
  /** It names a local file (shell completion offers files). */
  file?: boolean
}

/** Flags of the CLI alone; the sync options come from the option table. */
const CLI_FLAGS: Record<string, Flag> = {
  config: {
    type: 'string',
    file: true,
    help: 'YAML file of several mirrors (defaults, then a list of mirrors with their own options); see README'
  },
  'source-password-stdin': { type: 'boolean', help: 'read the source password or token from stdin (as docker login --password-stdin)' },
  'target-password-stdin': { type: 'boolean', help: 'read the target password or token from stdin (as docker login --password-stdin)' },
  'log-level': { type: 'string', choices: LOG_LEVELS, help: `what goes to stderr: ${LOG_LEVELS.join(', ')} (default: info)` },
  verbose: { type: 'boolean', short: 'v', help: 'same as --log-level debug' },
  'log-format': { type: 'string', choices: LOG_FORMATS, help: 'text, or json: one JSON object a line, for log collectors (default: text)' },
  quiet: { type: 'boolean', help: 'no progress lines' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', help: 'print the version' }
}

/** The options of the option table the CLI takes. */
const CLI_OPTIONS = OPTION_TABLE.filter((option) => givenIn(option, 'cli'))

/** Every flag: the option table's (lists repeatable), then the CLI's own. */
export const FLAGS: Readonly<Record<string, Flag>> = {
  ...Object.fromEntries(
    CLI_OPTIONS.map((option): [string, Flag] => [
      option.name,
      {
        type: option.parser.kind === 'flag' ? 'boolean' : 'string',
        ...(option.parser.kind === 'list' || option.parser.kind === 'lines' || option.several ? { multiple: true } : {}),
        ...(option.parser.choices ? { choices: option.parser.choices } : {}),
        ...(option.file ? { file: true } : {}),
        help: option.default && option.parser.kind !== 'flag' ? `${option.help} (default: ${option.default})` : option.help
      }
    ])
  ),
  ...CLI_FLAGS
}

/** The widest `--help` line: it reads in a terminal of 100 columns without wrapping. */
export const HELP_WIDTH = 100

/** `text` cut into lines of at most `width` characters at spaces (a longer word stays whole). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  return [...lines, line]
}

/** The CLI's help text, at most HELP_WIDTH columns: usage, commands, every flag, every exit status. */
export function helpText(): string {
  const column = 30
  const flagLines = Object.entries(FLAGS).flatMap(([name, flag]) => {
    const left = `  ${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.type === 'string' ? ' VALUE' : ''}`
    const [first, ...rest] = wrap(flag.help, HELP_WIDTH - column)
    const head = left.length < column ? [`${left.padEnd(column)}${first}`] : [left, `${' '.repeat(column)}${first}`]
    return [...head, ...rest.map((line) => `${' '.repeat(column)}${line}`)]
  })
  const paragraph = (text: string): string[] => wrap(text, HELP_WIDTH)
  return [
    'Usage: gcr-mirror sync --source REGISTRY/NAMESPACE --target REGISTRY/NAMESPACE [options]',
    '       gcr-mirror sync --config FILE [options]',
    `       gcr-mirror completion ${COMPLETION_SHELLS.join('|')}`,
    '',
    ...paragraph('Mirrors every selected tag of a registry namespace, keeping digests, copying only what changed.'),
    '',
    'Commands:',
    `  ${'sync'.padEnd(column - 2)}mirror (the options below)`,
    `  ${'completion SHELL'.padEnd(column - 2)}print a completion script: source <(gcr-mirror completion bash)`,
    '',
    'Options:',
    ...flagLines,
    '',
    ...paragraph(`Booleans: --FLAG, or --FLAG=VALUE and valued options with ${BOOLEAN_SPELLINGS}. Durations take a unit: 45s, 90m, 5h, 1h30m.`),
    '',
    'Exit status:',
    '  0    every selected tag is mirrored',
    '  1    some tags failed (the others are done and recorded), or the run selected no tag',
    '  2    bad usage or input, or a registry refused the run, before any copy',
    '  130  stopped by SIGINT (Ctrl-C); finished tags are recorded',
    '  143  stopped by SIGTERM; finished tags are recorded'
  ].join('\n')
}

/** What the CLI prints and how: log level and format, and whether progress lines are shown. */
export interface CliOutput {
  quiet: boolean
  logLevel: LogLevel
  logFormat: LogFormat
}

/** A parsed command line. */
export interface CliCommand extends CliOutput {
  command: 'sync' | 'help' | 'version' | 'completion'
  options: RawSyncOptions
  /** `--config FILE`: several mirrors in one run. */
  config?: string
  /** `--source-password-stdin` or `--target-password-stdin`: the side whose password stdin holds. */
  passwordStdin?: 'source' | 'target'
  /** `completion SHELL`. */
  shell?: CompletionShell
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
  const output = cliOutput(values)
  if (values.help) return { command: 'help', options: {}, ...output }
  if (values.version) return { command: 'version', options: {}, ...output }
  const [command, ...extra] = positionals
  if (command === 'completion') return { command: 'completion', options: {}, shell: completionShell(extra), ...output }
  if (command !== 'sync') {
    const guess = command && closest(command, ['sync', 'completion'])
    throw new UsageError(
      command
        ? `unknown command ${quoted(command, 40)}: expected sync${guess ? ` (did you mean ${guess}?)` : ''}; see gcr-mirror --help`
        : 'missing command: gcr-mirror sync --source ... --target ...; see --help'
    )
  }
  if (extra.length) throw new UsageError(`unexpected argument ${quoted(extra[0], 40)}; options start with --, see gcr-mirror --help`)
  // A one-value option given several times (`--target a --target b`) goes on one value a line, as the action's input does.
  const value = (option: OptionSpec): unknown =>
    option.several && Array.isArray(values[option.name]) ? (values[option.name] as string[]).join('\n') : values[option.name]
  const options = Object.fromEntries(CLI_OPTIONS.map((option) => [option.key, value(option)])) as RawSyncOptions
  return {
    command: 'sync',
    ...output,
    ...(typeof values.config === 'string' ? { config: values.config } : {}),
    ...passwordStdin(values, options),
    options
  }
}

/** `--quiet`, `--log-level` (or `-v`) and `--log-format`, checked. */
function cliOutput(values: Partial<Record<string, string | string[] | boolean>>): CliOutput {
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = values[name]
    if (typeof value !== 'string') return fallback
    const word = value.trim().toLowerCase() as T
    if (!allowed.includes(word)) throw new UsageError(`--${name} ${quoted(value, 40)}: expected one of ${allowed.join(', ')}`)
    return word
  }
  const level = pick('log-level', LOG_LEVELS, 'info')
  if (values.verbose === true && typeof values['log-level'] === 'string' && level !== 'debug') {
    throw new UsageError(`-v (--verbose) means --log-level debug; it does not go with --log-level ${level}`)
  }
  return { quiet: values.quiet === true, logLevel: values.verbose === true ? 'debug' : level, logFormat: pick('log-format', LOG_FORMATS, 'text') }
}

/** `--SIDE-password-stdin`: stdin holds one password, so one side, and not beside `--SIDE-password`. */
function passwordStdin(values: Partial<Record<string, string | string[] | boolean>>, options: RawSyncOptions): Pick<CliCommand, 'passwordStdin'> {
  const sides = (['source', 'target'] as const).filter((side) => values[`${side}-password-stdin`] === true)
  if (sides.length === 0) return {}
  if (sides.length > 1) {
    throw new UsageError(
      '--source-password-stdin and --target-password-stdin do not go together: stdin holds one password (give the other with GCR_MIRROR_*_PASSWORD)'
    )
  }
  const side = sides[0]
  if (options[`${side}Password`]) throw new UsageError(`--${side}-password and --${side}-password-stdin do not go together: give the password once`)
  return { passwordStdin: side }
}

/** The shell of `completion SHELL`. */
function completionShell(args: string[]): CompletionShell {
  const [shell, ...extra] = args
  if (!shell || !(COMPLETION_SHELLS as readonly string[]).includes(shell)) {
    throw new UsageError(`completion ${shell ? quoted(shell, 40) : 'needs a shell'}: expected completion ${COMPLETION_SHELLS.join('|')}`)
  }
  if (extra.length) throw new UsageError(`unexpected argument ${quoted(extra[0], 40)} after completion ${shell}`)
  return shell as CompletionShell
}

/** node:util parseArgs errors, shortened to what the user typed wrong. */
function parseArgsMessage(error: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1]
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const guess = option.startsWith('--') ? closest(option.slice(2).split('=')[0], Object.keys(FLAGS)) : undefined
    return `unknown option ${printable(option)}${guess ? ` (did you mean --${guess}?)` : ''}`
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /ambiguous/.test(error.message) ? `${option} needs a value; write ${option}=VALUE for values starting with -` : `${option} needs a value`
  }
  return error.message.split('\n')[0].replace(/\.$/, '')
}
