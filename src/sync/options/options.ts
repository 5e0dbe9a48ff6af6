import { LISTING_DEFAULTS } from '../../registry/listing-bounds'
import { assertSeparate } from './overlap'
import { assertNamespaceFits } from '../plan/registry-rules'
import { UsageError } from '../../oci/errors'
import { checkProxyEnv, proxyEnv } from '../../registry/proxy-env'
import type { Credentials } from '../../oci/model'
import { OPTION_TABLE, type FilledOptions, type OptionValues, type RawSyncOptions } from './option-table'
import { addCredentials, addSecret } from '../../util/redact'
import { assertOneLineValues } from './one-line'
import type { SyncOptions } from '../types'
import type { EndpointSpec } from './endpoint'

/** Nothing given: no value, or only blanks (a shell that leaves an option out gives '' or []). */
function isBlank(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.every((item) => isBlank(item))
  return value === undefined
}

/** The rows an image list leaves out: its mirrors get their source and repositories from its entries (compileImageList). */
type SourceRows = 'source' | 'images'

/** The options of an image list's run: all but the source and its repositories, which each of the list's mirrors gets from its entries. */
export type ListRunOptions = Omit<SyncOptions, SourceRows>

/** Every option parsed by its row's parser; an option not given is parsed from the row's default. */
export function parseOptionValues(raw: RawSyncOptions): OptionValues {
  return parseRows(raw, []) as OptionValues
}

/** As parseOptionValues, without the rows `skipped`. */
function parseRows(raw: RawSyncOptions, skipped: readonly SourceRows[]): Omit<OptionValues, SourceRows> {
  const values: Record<string, unknown> = {}
  for (const option of OPTION_TABLE) {
    if ((skipped as readonly string[]).includes(option.key)) continue
    const given = raw[option.key]
    const lists = option.parser.kind === 'list' || option.parser.kind === 'lines'
    const value = isBlank(given) ? (lists ? [option.default] : option.default) : given
    values[option.key] = option.parser.parse(value as never, option.name)
  }
  return values as Omit<OptionValues, SourceRows>
}

/**
 * The SyncOptions fields the rows fill (OptionSpec.field). Typed so that tsc checks the table: a row
 * naming a field SyncOptions lacks, or whose parser gives another type (or undefined though the
 * field is required), does not compile.
 */
function filledFields(values: Omit<OptionValues, SourceRows>): Omit<Pick<SyncOptions, keyof FilledOptions>, SourceRows> {
  const byKey = values as Record<string, unknown>
  const filled = Object.fromEntries(
    OPTION_TABLE.filter((option) => option.field !== null && option.key in byKey).map((option) => [option.field ?? option.key, byKey[option.key]])
  ) as FilledOptions
  return filled
}

/** A side's credentials: the options, else `GCR_MIRROR_<SIDE>_USERNAME` / `_PASSWORD`; both or neither. */
function parseCredentials(side: 'source' | 'target', username?: string, password?: string, env: NodeJS.ProcessEnv = {}): Credentials | undefined {
  const prefix = `GCR_MIRROR_${side.toUpperCase()}_`
  const user = username || env[`${prefix}USERNAME`] || ''
  const pass = password || env[`${prefix}PASSWORD`] || ''
  if (!user && !pass) return undefined
  addSecret(pass)
  if (!user || !pass) {
    throw new UsageError(
      (w) => `${w.option(`${side}-username`)} and ${w.option(`${side}-password`)} go together (or ${prefix}USERNAME / ${prefix}PASSWORD); only one was given`
    )
  }
  const credentials = { username: user, password: pass }
  addCredentials(credentials)
  return credentials
}

/**
 * Validates raw options into SyncOptions, before any request: each option by the parser of its row
 * in the option table, then the checks across options. Throws a UsageError whose one-line
 * message names the bad input and the accepted form. Credentials fall back to the environment
 * (`GCR_MIRROR_SOURCE_USERNAME`, ...); Docker's config.json is consulted later, per registry.
 */
export function parseSyncOptions(raw: RawSyncOptions, env: NodeJS.ProcessEnv = process.env): SyncOptions {
  assertOneLineValues(raw)
  const values = parseOptionValues(raw)
  return { ...checkedOptions(values, env, values.source), source: values.source, images: values.images }
}

/**
 * As parseSyncOptions, for an image list: every option but `source` and `images` (the list's full
 * references, parsed by image-list.ts), which compileImageList fills per mirror. Nothing is compared
 * with the target here: each entry is, by compileImageList.
 */
export function parseListOptions(raw: RawSyncOptions, env: NodeJS.ProcessEnv = process.env): ListRunOptions {
  assertOneLineValues(raw)
  return checkedOptions(parseRows(raw, ['source', 'images']), env)
}

/** The checks across options (and against `source`, when the run has one), then the options the rows and the environment make. */
function checkedOptions(values: Omit<OptionValues, SourceRows>, env: NodeJS.ProcessEnv, source?: EndpointSpec): ListRunOptions {
  checkProxyEnv(proxyEnv(env))

  assertNamespaceFits(values.target)
  if (source) assertSeparate(source, values.target)
  if (values.platforms.length > 0 && values.engine === 'docker') {
    throw new UsageError((w) => `${w.option('platforms')} works with ${w.option('engine')} registry only (the docker engine pulls one platform)`)
  }
  if (values.report && values.report === values.stateFile) {
    throw new UsageError((w) => `${w.option('report')} and ${w.option('state-file')} name the same file (${values.report})`)
  }
  return {
    ...filledFields(values),
    sourceCredentials: parseCredentials('source', values.sourceUsername, values.sourcePassword, env),
    targetCredentials: parseCredentials('target', values.targetUsername, values.targetPassword, env),
    listing: {
      maxPages: LISTING_DEFAULTS.maxPages,
      maxTags: values.maxTags,
      maxRepositories: values.maxRepositories,
      requestTimeoutMs: values.listTimeout
    }
  }
}
