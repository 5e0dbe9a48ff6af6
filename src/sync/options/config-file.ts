import { dirname, isAbsolute, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { MirrorError, UsageError, type Words } from '../../oci/errors'
import { givenIn, OPTION_TABLE, type OptionSpec, type RawSyncOptions } from './option-table'
import { parseSyncOptions } from './options'
import { NotRegularFileError, readRegularFile } from '../../util/local-file'
import type { MirrorEntry } from './mirror-entry'
import { mirrorsOf } from './targets'
import { defaultMirrorName } from '../report/report'
import { closest } from '../../util/closest'

/** The config format this gcr-mirror reads (`version: 1`, optional). */
const CONFIG_VERSION = 1
/** The top-level keys of a config file. */
const TOP_LEVEL = ['version', 'defaults', 'mirrors']

export type { MirrorEntry } from './mirror-entry'

/** How keys of a config file are named in messages: as written in the file. */
const KEY_WORDS: Words = { option: (name) => name }

type Mapping = Record<string, unknown>

const isMapping = (value: unknown): value is Mapping => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A YAML value as the option's row takes it: a string, a list of strings, or a boolean for flags. */
function rawValue(where: string, spec: OptionSpec, value: unknown): string | string[] | boolean {
  const { name: key, parser } = spec
  const scalar = (v: unknown): string => {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v)
    throw new UsageError(`${where}: key "${key}" expects ${parser.kind === 'text' ? 'a value' : 'a value or a list of values'}, not ${JSON.stringify(v)}`)
  }
  if (parser.kind === 'flag') return typeof value === 'boolean' ? value : scalar(value)
  if (Array.isArray(value)) {
    // `targets: [a, b]`: one a line, as the other shells hand them over (see OptionSpec.several).
    if (spec.several) return value.map(scalar).join('\n')
    if (parser.kind === 'text') throw new UsageError(`${where}: key "${key}" takes one value, not a list`)
    return value.map(scalar)
  }
  return parser.kind === 'text' ? scalar(value) : [scalar(value)]
}

/** `unknown key "X"`, with the key meant when X is a slip of one. */
function unknownKey(what: string, key: string, known: string[], expected: string): string {
  const guess = closest(key, known)
  return `unknown ${what} "${key}" (${guess ? `did you mean ${guess}? ` : ''}${expected})`
}

/** A path read from the file, relative to the file's folder `base` (an `oci:` endpoint's path too). */
function rebase(base: string, key: string, value: string): string {
  if (key === 'source' || key === 'target') {
    const rebased = (line: string): string => {
      const path = line.startsWith('oci:') ? line.slice(4) : undefined
      return path && !isAbsolute(path) ? `oci:${resolve(base, path)}` : line
    }
    return value.split('\n').map(rebased).join('\n')
  }
  return value.trim() && !isAbsolute(value.trim()) ? resolve(base, value.trim()) : value
}

/** The options a config file takes (in `defaults`, in a mirror or both), by name. */
const CONFIG_OPTIONS = new Map(
  OPTION_TABLE.filter((option) => givenIn(option, 'config-defaults') || givenIn(option, 'config-mirror')).map((option) => [option.name, option])
)

/**
 * Reads a mapping of option names into RawSyncOptions, paths (`state-file`, `report`, `ca-file`,
 * an `oci:` source or target) taken relative to `base`; an unknown key, or one that belongs in the
 * other part of the file (`place`), is a UsageError naming it and `where`.
 */
function readOptions(where: string, mapping: Mapping, place: 'config-defaults' | 'config-mirror', base: string): RawSyncOptions {
  const raw: Record<string, unknown> = {}
  if (mapping.target !== undefined && mapping.targets !== undefined) throw new UsageError(`${where}: give target or targets, not both`)
  for (const [given, value] of Object.entries(mapping)) {
    if (given === 'name' && place === 'config-mirror') continue
    // `targets` reads better for a list; it is `target` given several times.
    const key = given === 'targets' ? 'target' : given
    const spec = CONFIG_OPTIONS.get(key)
    if (!spec) {
      const known = [...CONFIG_OPTIONS.keys()]
      throw new UsageError(
        `${where}: ${unknownKey('key', key, place === 'config-defaults' ? known : [...known, 'name'], "keys are the CLI's option names without --, e.g. include-tags")}`
      )
    }
    if (!givenIn(spec, place)) {
      const why = place === 'config-mirror' ? 'is for the whole run: put it under defaults' : 'is for one mirror: put it in each mirror that needs it'
      throw new UsageError(`${where}: key "${key}" ${why}`)
    }
    if (value === null || value === undefined) continue
    const read = rawValue(where, spec, value)
    raw[spec.key] = typeof read === 'string' && (spec.file || key === 'source' || key === 'target') ? rebase(base, key, read) : read
  }
  return raw as RawSyncOptions
}

/**
 * Parses a config file (YAML): an optional `version: 1`, `defaults` (options for every mirror, and
 * the run-wide `state-file`, `report`, `max-duration`) and `mirrors`, a list of mappings with
 * `source`, `target`, an optional `name` and any other option of the CLI (same names, without
 * `--`). Paths in it are relative to `base` (the file's folder; the working directory by default).
 * Each mirror's options are `defaults`, then its own keys, then `overrides` (options given on the
 * command line beside `--config`, relative to the working directory), validated like the CLI's.
 * Throws a one-line UsageError naming `file`, the mirror (counted from 1, and its name) and the key.
 * Mirrors may read the same or nested sources (each has its section of the ledger), but their ids
 * (name, else `source -> target`) must differ.
 */
export function parseConfig(
  text: string,
  file: string,
  overrides: RawSyncOptions = {},
  env: NodeJS.ProcessEnv = process.env,
  base: string = process.cwd()
): MirrorEntry[] {
  let document: unknown
  try {
    document = parseYaml(text)
  } catch (error) {
    throw new UsageError(`config ${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`)
  }
  if (!isMapping(document)) throw new UsageError(`config ${file}: expected a mapping with defaults and mirrors`)
  for (const key of Object.keys(document)) {
    if (!TOP_LEVEL.includes(key))
      throw new UsageError(`config ${file}: ${unknownKey('top-level key', key, TOP_LEVEL, 'expected version, defaults and mirrors')}`)
  }
  if (document.version !== undefined && String(document.version) !== String(CONFIG_VERSION)) {
    throw new UsageError(`config ${file}: version ${JSON.stringify(document.version)}: this gcr-mirror reads version ${CONFIG_VERSION}`)
  }
  const defaultsValue = document.defaults ?? {}
  if (!isMapping(defaultsValue)) throw new UsageError(`config ${file}: defaults must be a mapping of options`)
  const defaults = readOptions(`config ${file}, defaults`, defaultsValue, 'config-defaults', base)
  const mirrors = document.mirrors
  if (!Array.isArray(mirrors) || mirrors.length === 0) throw new UsageError(`config ${file}: mirrors must be a non-empty list of {source, target, ...}`)

  const entries = mirrors.flatMap((mirror: unknown, i): MirrorEntry[] => {
    const label = isMapping(mirror) && typeof mirror.name === 'string' ? ` (${mirror.name})` : ''
    const where = `config ${file}, mirror ${i + 1}${label}`
    if (!isMapping(mirror)) throw new UsageError(`${where}: expected a mapping with source and target`)
    try {
      const raw = { ...defaults, ...readOptions(where, mirror, 'config-mirror', base), ...overrides }
      // A mirror without a source and with `images` (or `images-file`) of full references is an image list: a mirror per
      // registry; one with several targets is a mirror per target.
      const listed = mirrorsOf(raw, env, KEY_WORDS, typeof mirror.name === 'string' ? `${mirror.name}: ` : '', `mirror ${i + 1}: `)
      if (listed) return listed
      const options = parseSyncOptions(raw, env)
      return [{ name: typeof mirror.name === 'string' ? mirror.name : defaultMirrorName(options.source.display, options.target.display), options }]
    } catch (error) {
      if (error instanceof MirrorError && !(error.message.startsWith(where) || error.message.startsWith(`config ${file}`))) {
        throw new UsageError(`${where}: ${error.render(KEY_WORDS)}`)
      }
      throw error
    }
  })
  const seen = new Map<string, number>()
  for (const [i, entry] of entries.entries()) {
    const first = seen.get(entry.name)
    if (first !== undefined) {
      throw new UsageError(
        `config ${file}, mirror ${i + 1} (${entry.name}): same id as mirror ${first + 1} (the id keys its section of the ledger: its name, else source -> target); give each a distinct name`
      )
    }
    seen.set(entry.name, i)
  }
  return entries
}

/**
 * The options given beside a config (CLI flags or action inputs) that apply to every mirror: the
 * ones set (not empty, and not `unset(key, value)`). `source`, `target` and `images` belong in
 * the config (`where`): a UsageError otherwise.
 */
export function configOverrides(
  given: RawSyncOptions,
  where: string,
  words: Words = KEY_WORDS,
  unset: (key: string, value: unknown) => boolean = () => false
): RawSyncOptions {
  const overrides = Object.fromEntries(
    Object.entries(given).filter(
      ([key, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.every((v) => v === '')) && !unset(key, value)
    )
  ) as RawSyncOptions
  for (const [key, name] of [
    ['source', 'source'],
    ['target', 'target'],
    ['images', 'images'],
    ['imagesFile', 'images-file']
  ] as const) {
    if (overrides[key] !== undefined)
      throw new UsageError(`${words.option(name)} and ${words.option('config')} do not go together: each mirror of ${where} names its own ${name}`)
  }
  return overrides
}

/**
 * Reads and parses the config file at `path`. `given` are the options given beside it (CLI flags
 * or action inputs; empty ones are ignored): they apply to every mirror, over the file, except
 * `source`, `target` and `images`, which belong in the file (a UsageError otherwise).
 */
export async function loadConfig(path: string, given: RawSyncOptions, env: NodeJS.ProcessEnv = process.env, words: Words = KEY_WORDS): Promise<MirrorEntry[]> {
  const overrides = configOverrides(given, path, words)
  let text: string
  try {
    text = (await readRegularFile(path)).toString('utf8')
  } catch (error) {
    const why = error instanceof NotRegularFileError ? `it is ${error.what}` : ((error as NodeJS.ErrnoException).code ?? String(error))
    throw new UsageError(`${words.option('config')} ${path}: cannot be read (${why})`)
  }
  return parseConfig(text, path, overrides, env, dirname(resolve(path)))
}
