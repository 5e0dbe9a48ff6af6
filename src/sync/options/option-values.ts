/**
 * The single values of sync options that are more than text, each checked by a function the option
 * table hands to a parser of option-parsers.ts: `(value, name) => what the run gets`, or a
 * UsageError of one line naming the option (`name`) and what it accepts.
 */

import semver from 'semver'
import { UsageError } from '../../oci/errors'
import { isValidHost, isValidRepositoryPath } from '../../oci/names'
import { parsePlatform, type PlatformSpec } from '../../engines/platform-filter'
import { NotRegularFileError, readRegularFileSync } from '../../util/local-file'
import { compileTagPattern, type TagPattern } from './tag-pattern'

/** A repository relative to the source namespace (`--images`); slashes around it dropped. */
export function repositoryPath(value: string, name: string): string {
  const path = value.replace(/^\/+|\/+$/g, '')
  if (!isValidRepositoryPath(path)) {
    throw new UsageError((w) => `${w.option(name)} "${path}": not a repository path (lowercase letters, digits, . _ - separators, / between levels)`)
  }
  return path
}

/** `HOST[:PORT]` (`--insecure-registry`). */
export function registryHost(value: string, name: string): string {
  if (!isValidHost(value)) throw new UsageError((w) => `${w.option(name)} "${value}": expected HOST or HOST:PORT`)
  return value
}

/** `OS/ARCH[/VARIANT]` (`--platforms`). */
export function platform(value: string, name: string): PlatformSpec {
  const parsed = parsePlatform(value)
  if (!parsed) throw new UsageError((w) => `${w.option(name)} "${value}": expected OS/ARCH[/VARIANT], e.g. linux/amd64,linux/arm64`)
  return parsed
}

/** A tag filter (`--include-tags`, `--exclude-tags`): an RE2 regex, unanchored. */
export function tagPattern(value: string, name: string): TagPattern {
  try {
    return compileTagPattern(value)
  } catch (error) {
    throw new UsageError((w) => `${w.option(name)} "${value}": not a valid regular expression (${(error as Error).message})`)
  }
}

/** A semver range (`--semver`), trimmed. */
export function semverRange(value: string, name: string): string {
  const range = value.trim()
  if (semver.validRange(range) === null) throw new UsageError((w) => `${w.option(name)} "${range}": not a semver range (e.g. ">=1.20.0", "^1.2", "1.x || 2.x")`)
  return range
}

/** A local file's path (`--state-file`, `--report`), trimmed. */
export function localPath(value: string): string {
  return value.trim()
}

/** The PEM text of `--ca-file`, read once; a file that can't be read or holds no certificate is bad input. */
export function pemFile(value: string, name: string): string {
  const file = value.trim()
  let pem: string
  try {
    pem = readRegularFileSync(file).toString('utf8')
  } catch (error) {
    const code = error instanceof NotRegularFileError ? `it is ${error.what}` : ((error as NodeJS.ErrnoException).code ?? 'unreadable')
    throw new UsageError((w) => `${w.option(name)} "${file}": cannot read it (${code}); expected a PEM file of CA certificates`)
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new UsageError((w) => `${w.option(name)} "${file}": no PEM certificate in it (expected -----BEGIN CERTIFICATE-----)`)
  }
  return pem
}

/** `I/N` (`--shard`): the I-th of N deterministic shares of the repositories, 1 <= I <= N <= 256. */
export function shard(value: string, name: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0]
  if (!match || count < 1 || count > 256 || index < 1 || index > count) {
    throw new UsageError((w) => `${w.option(name)} "${value}": expected I/N with 1 <= I <= N <= 256, e.g. 2/4`)
  }
  return { index, count }
}

/** What joins nested path parts when flattening (`--separator`): `.`, `_`, `__` or dashes. */
export function separator(value: string, name: string): string {
  if (!/^(\.|_|__|-+)$/.test(value)) {
    throw new UsageError((w) => `${w.option(name)} "${value}": expected one of . _ __ - (characters allowed between name parts)`)
  }
  return value
}
