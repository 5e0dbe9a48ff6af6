import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { UsageError, type Words } from '../oci/errors'
import type { MirrorEntry } from '../sync/options/mirror-entry'
import { givenIn, OPTION_TABLE, type OptionSpec, type RawSyncOptions } from '../sync/options/option-table'
import { parseSyncOptions } from '../sync/options/options'
import { mirrorsOf, targetValues } from '../sync/options/targets'
import { addSecret, onSecret } from '../util/redact'
import { quoted } from '../util/printable'
import { assertOneLine } from '../sync/options/one-line'
import { parseBooleanOption } from '../sync/options/option-parsers'
import type { SyncOptions } from '../sync/types'
import { parseAllowedSources, type AllowedSource } from './allowed-sources'

/** Where the metadata record goes (the `metadata-*` inputs). */
export interface MetadataInputs {
  /** `owner/name`. */
  repo: string
  branch?: string
  path?: string
  token: string
}

/** Every input of the action, read once and validated. */
export interface ActionInputs {
  /** The sync options; `stateFile` (default under `~/.cache/gcr-mirror`) and `report` (default under `RUNNER_TEMP`) are always set. */
  options: SyncOptions & { stateFile: string; report: string }
  /** With `config`: its mirrors, each with the run's `stateFile` and `report` (`options` is the first one's). */
  mirrors?: Array<MirrorEntry & { options: ActionInputs['options'] }>
  /** Identifies this mirror (source, target, shard) or config (all its mirrors): names the default files and the cache entries. */
  mirrorId: string
  /** Keep the ledger in the Actions cache. */
  cache: boolean
  /** Failed tags fail the step. */
  failOnError: boolean
  /** Present when `metadata-repo` is set. */
  metadata?: MetadataInputs
  /** Present with `images-from: issue`: the images come from the request the run was started for. */
  request?: RequestInputs
}

/** How requests (`images-from: issue`) are answered. */
export interface RequestInputs {
  /** Registries and namespaces a request may mirror from (`allowed-sources`). */
  allowedSources: AllowedSource[]
  /** The most images one request mirrors (`max-images`). */
  maxImages: number
  /** The labels of an issue answered in full, or not (`mirrored-label`, `failed-label`). */
  mirroredLabel: string
  failedLabel: string
  /** The token the issue is answered with (`github-token`, `issues: write`). */
  token: string
}

/** The most `max-images` can be: a reply lists each image, and stays far below GitHub's 65,536 characters a comment. */
export const MAX_IMAGES_LIMIT = 50

/** How the action names options in messages: by their input names (`target-username`). */
export const ACTION_WORDS: Words = { option: (name) => name }

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/

/** A boolean input, in the one grammar of every shell ({@link parseBooleanOption}); empty means `fallback`. */
function booleanInput(name: string, fallback: boolean): boolean {
  return parseBooleanOption(core.getInput(name) || String(fallback), name)
}

let masking = false

/** Every secret the redactor learns (inputs, tokens issued during the run) is masked in the job log too. */
export function maskSecretsInLog(): void {
  if (masking) return
  masking = true
  onSecret((secret) => core.setSecret(secret))
}

/** An input holding a secret: registered with the redactor (so masked in the log) as soon as it is read. */
function secretInput(name: string): string {
  maskSecretsInLog()
  const value = core.getInput(name)
  addSecret(value)
  return value
}

/**
 * A stable, readable id of one mirror, safe in file names and cache keys:
 * `<source>-to-<target>[-shard-I-of-N]-<hash>`, where the hash covers the normalised endpoints and
 * the shard so that two mirrors never share a ledger.
 */
export function mirrorId(options: Pick<SyncOptions, 'source' | 'target' | 'shard'>): string {
  const source = options.source.display
  const target = options.target.display
  const shard = options.shard ? `-shard-${options.shard.index}-of-${options.shard.count}` : ''
  return readableId(`${source}-to-${target}`, shard, [source, target, options.shard ?? null])
}

/** The id of a config run, over all its mirrors: `config-<names>-<hash>` (hash of each mirror's id, endpoints and shard). */
export function configMirrorId(mirrors: MirrorEntry[]): string {
  const parts = mirrors.map(({ name, options }) => [name, options.source.display, options.target.display, options.shard ?? null])
  return readableId(`config-${mirrors.map((m) => m.name).join('_')}`, '', parts)
}

/**
 * The id of an image list's run: `images-to-<target>[-shard-I-of-N]-<hash>`, by the target alone, so
 * an entry from one more registry (one more mirror) keeps the ledger where it was.
 */
export function imageListId(options: Pick<SyncOptions, 'target' | 'shard'>): string {
  const target = options.target.display
  const shard = options.shard ? `-shard-${options.shard.index}-of-${options.shard.count}` : ''
  return readableId(`images-to-${target}`, shard, ['images', target, options.shard ?? null])
}

/** `readable` made safe and short, `suffix`, and a hash of `parts`. */
function readableId(readable: string, suffix: string, parts: unknown[]): string {
  const hash = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12)
  return `${readable.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120)}${suffix}-${hash}`
}

/**
 * The `config` input: inline YAML when the value has a newline or starts with `mirrors:` or `{`,
 * else the path of a file (relative to the workspace). The other inputs apply to every mirror
 * when they differ from their default; `source`, `target` and `images` do not go with it.
 */
function readConfig(value: string, given: RawSyncOptions, env: NodeJS.ProcessEnv, { configOverrides, parseConfig }: ConfigFile): MirrorEntry[] {
  const text = value.trim()
  const inline = value.includes('\n') || text.startsWith('mirrors:') || text.startsWith('{')
  const specs = new Map(OPTION_TABLE.map((option) => [option.key as string, option]))
  const isDefault = (key: string, value: unknown): boolean => {
    const spec = specs.get(key)
    if (!spec) return false
    if (spec.parser.kind === 'flag') return value === parseBooleanOption(spec.default, spec.name)
    return (Array.isArray(value) ? value.join(',') : value) === spec.default
  }
  const overrides = configOverrides(given, inline ? 'the inline config' : text, ACTION_WORDS, isDefault)
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  // Paths in an inline config are relative to the workspace, in a file to the file's folder.
  if (inline) return parseConfig(value, '(inline)', overrides, env, workspace)
  const file = resolve(workspace, text)
  let content: string
  try {
    content = readFileSync(file, 'utf8')
  } catch (error) {
    throw new UsageError(
      `config ${text}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); give a file in the workspace or inline YAML`
    )
  }
  return parseConfig(content, text, overrides, env, dirname(file))
}

/**
 * `github-token`. Its default, `${{ github.token }}`, arrives unexpanded where no runner expands it
 * (`npx @github/local-action` reads defaults from action.yml): that counts as empty.
 */
function tokenInput(): string {
  return core.getInput('github-token').startsWith('${{') ? '' : secretInput('github-token')
}

function readMetadata(): MetadataInputs | undefined {
  const repo = core.getInput('metadata-repo')
  const token = tokenInput()
  if (!repo) return undefined
  for (const name of ['metadata-repo', 'metadata-branch', 'metadata-path']) assertOneLine(name, core.getInput(name))
  if (!REPO.test(repo)) throw new UsageError(`metadata-repo "${repo}": expected owner/name, e.g. octo-org/mirror-metadata`)
  const path = core.getInput('metadata-path')
  if (path.split('/').includes('..')) throw new UsageError(`metadata-path "${path}": expected a folder inside the repository (no ..)`)
  if (!token)
    throw new UsageError(
      'github-token is empty: metadata-repo needs a token that can write to it (default: github.token; in a local run, set INPUT_GITHUB-TOKEN)'
    )
  return { repo, branch: core.getInput('metadata-branch') || undefined, path: path || undefined, token }
}

/** A label to add to an issue (empty: `fallback`): one line, at most 50 characters (GitHub's limit). */
function labelInput(name: string, fallback: string): string {
  const label = core.getInput(name).trim() || fallback
  assertOneLine(name, label)
  if (label.length > 50) throw new UsageError(`${name} ${quoted(label)}: expected a label name of at most 50 characters`)
  return label
}

/**
 * The inputs of `images-from` (`inputs`, the default, or `issue`). With `issue`, images come from the
 * request only: `source`, `images`, `images-file` and `config` must be empty, `allowed-sources` is required, and the
 * token answers the issue. `allowed-sources` without `issue` is refused rather than ignored.
 */
export function readRequestInputs(): RequestInputs | undefined {
  const from = core.getInput('images-from').trim() || 'inputs'
  const allowed = core
    .getInput('allowed-sources')
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
  const max = core.getInput('max-images').trim() || '10'
  const labels = { mirroredLabel: labelInput('mirrored-label', 'mirrored'), failedLabel: labelInput('failed-label', 'mirror-failed') }
  if (from === 'inputs') {
    if (allowed.length > 0) throw new UsageError('allowed-sources is for images-from: issue; with images-from: inputs the images input names the images')
    return undefined
  }
  if (from !== 'issue') throw new UsageError(`images-from ${quoted(from, 20)}: expected inputs or issue`)
  for (const name of ['source', 'images', 'images-file', 'config']) {
    if (core.getInput(name).trim()) throw new UsageError(`${name} is set: with images-from: issue the images come from the request, under allowed-sources`)
  }
  if (allowed.length === 0)
    throw new UsageError('allowed-sources is empty: images-from: issue needs the registries or namespaces a request may mirror from, e.g. registry.k8s.io')
  const maxImages = Number(max)
  if (!/^\d+$/.test(max) || maxImages < 1 || maxImages > MAX_IMAGES_LIMIT) {
    throw new UsageError(`max-images ${quoted(max, 20)}: expected a number from 1 to ${MAX_IMAGES_LIMIT}`)
  }
  const token = tokenInput()
  if (!token) throw new UsageError('github-token is empty: images-from: issue answers the issue with it (default: github.token, with issues: write)')
  return { allowedSources: parseAllowedSources(allowed), maxImages, ...labels, token }
}

/** The inputs of the option table, typed as RawSyncOptions; secrets masked as they are read. */
function readOptionInputs(): RawSyncOptions {
  const read = (option: OptionSpec): RawSyncOptions[keyof RawSyncOptions] => {
    const value = option.secret ? secretInput(option.name) : core.getInput(option.name)
    // Flags as booleans: beside a config, one at its default in any spelling applies to no mirror.
    if (option.parser.kind === 'flag') return parseBooleanOption(value || option.default, option.name)
    return option.parser.kind === 'text' ? value : [value]
  }
  return Object.fromEntries(OPTION_TABLE.filter((option) => givenIn(option, 'action')).map((option) => [option.key, read(option)]))
}

/** The config parser (with the YAML package), loaded only when the `config` input is set: {@link loadConfigFile}. */
export type ConfigFile = typeof import('../sync/options/config-file')

/** Loads the config parser when the `config` input is set (a chunk of its own: most runs never need YAML). */
export async function loadConfigFile(): Promise<ConfigFile | undefined> {
  return core.getInput('config').trim() ? import('../sync/options/config-file') : undefined
}

/**
 * Reads and validates every input before any request. Secrets are masked as they are read.
 * Throws a UsageError whose message names the input and the accepted form. `configFile` (from
 * {@link loadConfigFile}) reads the `config` input. With `images-from: issue`, `requested` are the
 * images of the request (full references), in place of the `images` input.
 */
export function getInputs(env: NodeJS.ProcessEnv = process.env, configFile?: ConfigFile, requested: string[] = []): ActionInputs {
  maskSecretsInLog()
  try {
    const request = readRequestInputs()
    const raw = readOptionInputs()
    if (request) raw.images = requested
    const config = core.getInput('config')
    if (config.trim() && !configFile) throw new Error('getInputs: the config input needs the config parser (loadConfigFile)')
    const listed = config.trim() ? undefined : mirrorsOf(raw, env, ACTION_WORDS)
    const mirrors = config.trim() ? readConfig(config, raw, env, configFile!) : listed
    const options = mirrors ? mirrors[0].options : parseSyncOptions(raw, env)
    // A request is an image list: every request into a target shares its ledger, whatever registries it names.
    const list = listed && targetValues(raw.target).length === 1 && !raw.source?.trim()
    const id = list ? imageListId(options) : mirrors ? configMirrorId(mirrors) : mirrorId(options)
    // The ledger under the home directory, so the cache path is `~/...` on every run; the report in the job's temp.
    const stateFile = options.stateFile ?? join(env.HOME || homedir(), '.cache', 'gcr-mirror', id, 'ledger.json')
    const report = options.report ?? join(env.RUNNER_TEMP || tmpdir(), 'gcr-mirror', id, 'report.json')
    return {
      options: { ...options, stateFile, report },
      mirrors: mirrors?.map((mirror) => ({ ...mirror, options: { ...mirror.options, stateFile, report } })),
      mirrorId: id,
      cache: booleanInput('cache', true),
      failOnError: booleanInput('fail-on-error', true),
      metadata: readMetadata(),
      ...(request ? { request } : {})
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    throw new UsageError(`Input error: ${error.render(ACTION_WORDS)}`)
  }
}
