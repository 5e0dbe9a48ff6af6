import semver from 'semver'
import { isValidHost, isValidRepositoryPath } from '../../oci/names'
import { parsePlatform, type PlatformSpec } from '../../engines/platform-filter'
import { formatDuration, MAX_TIMER_MS, parseDuration } from '../../util/duration'
import { LISTING_DEFAULTS } from '../../registry/listing-bounds'
import { parseEndpoint } from './endpoint'
import { assertSeparate } from './overlap'
import { compileTagPattern, type TagPattern } from './tag-pattern'
import { assertNamespaceFits } from '../plan/registry-rules'
import { UsageError } from '../../oci/errors'
import { NotRegularFileError, readRegularFileSync } from '../../util/local-file'
import { checkProxyEnv, proxyEnv } from '../../registry/proxy-env'
import type { Credentials } from '../../oci/model'
import { optionSpec, type RawSyncOptions } from './option-table'
import { SCHEMA1_MODES, type Schema1Mode } from '../../engines/schema1-push'
import type { ManifestFormat } from '../../engines/registry-engine'
import { addCredentials, addSecret } from '../../util/redact'
import { assertOneLineValues } from './one-line'
import { BOOLEAN_SPELLINGS, parseBoolean } from '../../util/boolean'
import { quoted } from '../../util/printable'
import type { EngineName, FlattenMode, SyncOptions, VerifyMode } from '../types'

/** Documented defaults, from the option table. */
export const DEFAULTS = {
  concurrency: Number(optionSpec('concurrency').default),
  blobConcurrency: Number(optionSpec('blob-concurrency').default),
  headConcurrency: Number(optionSpec('head-concurrency').default),
  separator: optionSpec('separator').default,
  flatten: optionSpec('flatten').default as FlattenMode,
  engine: optionSpec('engine').default as EngineName,
  tagTimeout: optionSpec('tag-timeout').default,
  schema1: optionSpec('schema1').default as Schema1Mode,
  rateLimitFloor: Number(optionSpec('rate-limit-floor').default),
  referrers: optionSpec('referrers').default === 'true',
  listTimeout: optionSpec('list-timeout').default,
  maxTags: Number(optionSpec('max-tags').default),
  maxRepositories: Number(optionSpec('max-repositories').default)
}

const ENGINES = optionSpec('engine').choices as EngineName[]
const FLATTEN = optionSpec('flatten').choices as FlattenMode[]
const FORMATS = optionSpec('format').choices as ManifestFormat[]
const VERIFY_MODES = optionSpec('verify').choices as VerifyMode[]

/** Splits list inputs given as repeated values, commas or newlines; drops blanks. */
export function splitList(values: Array<string | undefined> | string | undefined): string[] {
  const list = Array.isArray(values) ? values : [values]
  return list
    .flatMap((value) => (value ?? '').split(/[,\n]/))
    .map((v) => v.trim())
    .filter(Boolean)
}

/** Splits regex inputs: repeated values or newlines (commas may be part of a regex). */
function splitLines(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split('\n'))
    .map((v) => v.trim())
    .filter(Boolean)
}

/** A boolean option in the one grammar of every shell ({@link parseBoolean}); empty means `fallback`. */
function parseBool(name: string, value: string | boolean | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback
  if (typeof value === 'boolean') return value
  const parsed = parseBoolean(value)
  if (parsed === undefined) throw new UsageError((w) => `${w.option(name)} ${quoted(value, 40)}: expected ${BOOLEAN_SPELLINGS}`)
  return parsed
}

/** The PEM text of `--ca-file`, read once; a file that can't be read or holds no certificate is bad input. */
function readCaFile(path: string | undefined): string | undefined {
  const file = path?.trim()
  if (!file) return undefined
  let text: string
  try {
    text = readRegularFileSync(file).toString('utf8')
  } catch (error) {
    const code = error instanceof NotRegularFileError ? `it is ${error.what}` : ((error as NodeJS.ErrnoException).code ?? 'unreadable')
    throw new UsageError((w) => `${w.option('ca-file')} "${file}": cannot read it (${code}); expected a PEM file of CA certificates`)
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new UsageError((w) => `${w.option('ca-file')} "${file}": no PEM certificate in it (expected -----BEGIN CERTIFICATE-----)`)
  }
  return text
}

function parseInteger(name: string, value: string | number | undefined, min: number, max: number): number | undefined {
  if (value === undefined || value === '') return undefined
  const text = String(value).trim()
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError((w) => `${w.option(name)} "${text}": expected a whole number from ${min} to ${max}`)
  }
  return Number(text)
}

/** A duration option: positive, and no longer than the longest timer the runtime accepts. */
function parseDurationOption(name: string, value: string | undefined, example: string): number | undefined {
  if (!value?.trim()) return undefined
  const ms = parseDuration(value)
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) {
    throw new UsageError(
      (w) =>
        `${w.option(name)} "${value}": a number needs a unit (${value.trim()}s, ${value.trim()}m or ${value.trim()}h?); expected a duration such as ${example}`
    )
  }
  if (ms === undefined || ms <= 0) throw new UsageError((w) => `${w.option(name)} "${value}": expected a duration such as ${example}`)
  if (ms > MAX_TIMER_MS)
    throw new UsageError((w) => `${w.option(name)} "${value}": at most ${formatDuration(MAX_TIMER_MS)} (the longest timer Node.js accepts)`)
  return ms
}

function parseRegexes(name: string, values: string[] | undefined): TagPattern[] {
  return splitLines(values).map((source) => {
    try {
      return compileTagPattern(source)
    } catch (error) {
      throw new UsageError((w) => `${w.option(name)} "${source}": not a valid regular expression (${(error as Error).message})`)
    }
  })
}

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
 * Validates raw options into SyncOptions, before any request. Throws a UsageError whose one-line
 * message names the bad input and the accepted form. Credentials fall back to the environment
 * (`GCR_MIRROR_SOURCE_USERNAME`, ...); Docker's config.json is consulted later, per registry.
 */
export function parseSyncOptions(raw: RawSyncOptions, env: NodeJS.ProcessEnv = process.env): SyncOptions {
  assertOneLineValues(raw)
  const source = parseEndpoint(raw.source ?? '', 'source')
  const target = parseEndpoint(raw.target ?? '', 'target')
  assertNamespaceFits(target)
  assertSeparate(source, target)

  const images = splitList(raw.images).map((image) => image.replace(/^\/+|\/+$/g, ''))
  for (const image of images) {
    if (!isValidRepositoryPath(image)) {
      throw new UsageError((w) => `${w.option('images')} "${image}": not a repository path (lowercase letters, digits, . _ - separators, / between levels)`)
    }
  }
  const range = raw.semver?.trim() || undefined
  if (range !== undefined && semver.validRange(range) === null) {
    throw new UsageError((w) => `${w.option('semver')} "${range}": not a semver range (e.g. ">=1.20.0", "^1.2", "1.x || 2.x")`)
  }
  const engine = (raw.engine?.trim() || DEFAULTS.engine) as EngineName
  if (!ENGINES.includes(engine)) throw new UsageError((w) => `${w.option('engine')} "${raw.engine}": expected one of ${ENGINES.join(', ')}`)
  const flatten = (raw.flatten?.trim() || DEFAULTS.flatten) as FlattenMode
  if (!FLATTEN.includes(flatten)) throw new UsageError((w) => `${w.option('flatten')} "${raw.flatten}": expected one of ${FLATTEN.join(', ')}`)
  const format = (raw.format?.trim() || optionSpec('format').default) as ManifestFormat
  if (!FORMATS.includes(format)) throw new UsageError((w) => `${w.option('format')} "${raw.format}": expected one of ${FORMATS.join(', ')}`)
  const verify = (raw.verify?.trim() || optionSpec('verify').default) as VerifyMode
  if (!VERIFY_MODES.includes(verify)) throw new UsageError((w) => `${w.option('verify')} "${raw.verify}": expected one of ${VERIFY_MODES.join(', ')}`)
  const schema1 = (raw.schema1?.trim() || DEFAULTS.schema1) as Schema1Mode
  if (!SCHEMA1_MODES.includes(schema1)) throw new UsageError((w) => `${w.option('schema1')} "${raw.schema1}": expected one of ${SCHEMA1_MODES.join(', ')}`)
  const separator = raw.separator || DEFAULTS.separator
  if (!/^(\.|_|__|-+)$/.test(separator)) {
    throw new UsageError((w) => `${w.option('separator')} "${separator}": expected one of . _ __ - (characters allowed between name parts)`)
  }
  const insecureRegistries = splitList(raw.insecureRegistries)
  for (const host of insecureRegistries) {
    if (!isValidHost(host)) throw new UsageError((w) => `${w.option('insecure-registry')} "${host}": expected HOST or HOST:PORT`)
  }
  const caPem = readCaFile(raw.caFile)
  checkProxyEnv(proxyEnv(env))
  const maxDurationMs = parseDurationOption('max-duration', raw.maxDuration, '5h, 90m, 1h30m or 45s')
  const rateLimitWaitMs = parseDurationOption('rate-limit-wait', raw.rateLimitWait, '10m, 6h or 90s')
  const tagTimeoutMs = parseDurationOption('tag-timeout', raw.tagTimeout?.trim() || DEFAULTS.tagTimeout, '30m or 90s')!
  const listing = {
    maxPages: LISTING_DEFAULTS.maxPages,
    maxTags: parseInteger('max-tags', raw.maxTags, 1, 10_000_000) ?? DEFAULTS.maxTags,
    maxRepositories: parseInteger('max-repositories', raw.maxRepositories, 1, 1_000_000) ?? DEFAULTS.maxRepositories,
    requestTimeoutMs: parseDurationOption('list-timeout', raw.listTimeout?.trim() || DEFAULTS.listTimeout, '2m or 30s')!
  }
  let shard: SyncOptions['shard']
  if (raw.shard?.trim()) {
    const match = /^(\d+)\/(\d+)$/.exec(raw.shard.trim())
    const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0]
    if (!match || count < 1 || count > 256 || index < 1 || index > count) {
      throw new UsageError((w) => `${w.option('shard')} "${raw.shard}": expected I/N with 1 <= I <= N <= 256, e.g. 2/4`)
    }
    shard = { index, count }
  }
  const platforms = splitList(raw.platforms).map((text): PlatformSpec => {
    const platform = parsePlatform(text)
    if (!platform) throw new UsageError((w) => `${w.option('platforms')} "${text}": expected OS/ARCH[/VARIANT], e.g. linux/amd64,linux/arm64`)
    return platform
  })
  if (platforms.length > 0 && engine === 'docker') {
    throw new UsageError((w) => `${w.option('platforms')} works with ${w.option('engine')} registry only (the docker engine pulls one platform)`)
  }
  const reportPath = raw.report?.trim() || undefined
  const stateFile = raw.stateFile?.trim() || undefined
  if (reportPath && stateFile && reportPath === stateFile)
    throw new UsageError((w) => `${w.option('report')} and ${w.option('state-file')} name the same file (${reportPath})`)

  return {
    source,
    target,
    images,
    includeTags: parseRegexes('include-tags', raw.includeTags),
    excludeTags: parseRegexes('exclude-tags', raw.excludeTags),
    semver: range,
    excludePrerelease: parseBool('exclude-prerelease', raw.excludePrerelease, false),
    latest: parseInteger('latest', raw.latest, 1, 100_000),
    concurrency: parseInteger('concurrency', raw.concurrency, 1, 256) ?? DEFAULTS.concurrency,
    blobConcurrency: parseInteger('blob-concurrency', raw.blobConcurrency, 1, 256) ?? DEFAULTS.blobConcurrency,
    headConcurrency: parseInteger('head-concurrency', raw.headConcurrency, 1, 256) ?? DEFAULTS.headConcurrency,
    stateFile,
    report: reportPath,
    dryRun: parseBool('dry-run', raw.dryRun, false),
    prune: parseBool('prune', raw.prune, false),
    createRepositories: parseBool('create-repositories', raw.createRepositories, false),
    engine,
    insecureRegistries,
    caPem,
    sourceTlsVerify: parseBool('source-tls-verify', raw.sourceTlsVerify, true),
    targetTlsVerify: parseBool('target-tls-verify', raw.targetTlsVerify, true),
    sourceCredentials: parseCredentials('source', raw.sourceUsername, raw.sourcePassword, env),
    targetCredentials: parseCredentials('target', raw.targetUsername, raw.targetPassword, env),
    separator,
    flatten,
    maxDurationMs,
    shard,
    tagTimeoutMs,
    platforms,
    schema1,
    rateLimitWaitMs,
    rateLimitFloor: parseInteger('rate-limit-floor', raw.rateLimitFloor, 0, 1_000_000) ?? DEFAULTS.rateLimitFloor,
    referrers: parseBool('referrers', raw.referrers, DEFAULTS.referrers),
    listing,
    format,
    verify
  }
}
