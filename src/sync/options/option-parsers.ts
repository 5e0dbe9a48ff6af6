import { UsageError } from '../../oci/errors'
import { BOOLEAN_SPELLINGS, parseBoolean } from '../../util/boolean'
import { formatDuration, MAX_TIMER_MS, parseDuration } from '../../util/duration'
import { quoted } from '../../util/printable'

/**
 * How a shell reads a value: `text` one value; `list` values separated by commas or newlines (the
 * CLI also takes the flag repeated); `lines` one value per line (regexes, where a comma can be part
 * of the value); `flag` a switch (`--dry-run`, or `--dry-run=VALUE`) that is true or false.
 */
export type OptionKind = 'text' | 'list' | 'lines' | 'flag'

/**
 * What an option row does with its value: how shells read it (`kind`), what they hand over (`In`:
 * text, a list of texts, a YAML number or boolean) and what the run gets (`Out`). `parse` is given
 * the row's default when a shell gave nothing (or only blanks), and throws a UsageError of one line
 * that names the option (`name`, in the words of the shell that prints it) and what it accepts.
 */
export interface OptionParser<In, Out> {
  readonly kind: OptionKind
  /** The values it takes, where they are a fixed few (shell completion offers them). */
  readonly choices?: readonly string[]
  parse(value: In, name: string): Out
}

/** Splits list inputs given as repeated values, commas or newlines; drops blanks. */
export function splitList(values: Array<string | undefined> | string | undefined): string[] {
  const list = Array.isArray(values) ? values : [values]
  return list
    .flatMap((value) => (value ?? '').split(/[,\n]/))
    .map((v) => v.trim())
    .filter(Boolean)
}

/** Splits regex inputs: repeated values or newlines (commas may be part of a regex). */
function splitLines(values: string[]): string[] {
  return values
    .flatMap((value) => value.split('\n'))
    .map((v) => v.trim())
    .filter(Boolean)
}

/** One value, as typed (`map` makes it something else, or refuses it); nothing given: undefined. */
export function text(): OptionParser<string, string | undefined>
export function text<T>(map: (value: string, name: string) => T): OptionParser<string, T | undefined>
export function text<T>(map?: (value: string, name: string) => T): OptionParser<string, T | string | undefined> {
  return { kind: 'text', parse: (value, name) => (value === '' ? undefined : map ? map(value, name) : value) }
}

/** One value that must be given: `parse` also sees the empty text (and says what is missing). */
export function required<T>(parse: (value: string, name: string) => T): OptionParser<string, T> {
  return { kind: 'text', parse }
}

/** A whole number from `min` to `max`; nothing given: undefined. */
export function int(min: number, max: number): OptionParser<string | number, number | undefined> {
  return {
    kind: 'text',
    parse(value, name) {
      const typed = String(value).trim()
      if (typed === '') return undefined
      if (!/^\d+$/.test(typed) || Number(typed) < min || Number(typed) > max) {
        throw new UsageError((w) => `${w.option(name)} "${typed}": expected a whole number from ${min} to ${max}`)
      }
      return Number(typed)
    }
  }
}

/** A duration in milliseconds (`45s`, `90m`, `1h30m`), positive and within the longest timer Node.js accepts; nothing given: undefined. */
export function duration(example: string): OptionParser<string, number | undefined> {
  return text((value, name) => {
    const ms = parseDuration(value)
    if (/^\s*\d+(\.\d+)?\s*$/.test(value)) {
      const n = value.trim()
      throw new UsageError((w) => `${w.option(name)} "${value}": a number needs a unit (${n}s, ${n}m or ${n}h?); expected a duration such as ${example}`)
    }
    if (ms === undefined || ms <= 0) throw new UsageError((w) => `${w.option(name)} "${value}": expected a duration such as ${example}`)
    if (ms > MAX_TIMER_MS) {
      throw new UsageError((w) => `${w.option(name)} "${value}": at most ${formatDuration(MAX_TIMER_MS)} (the longest timer Node.js accepts)`)
    }
    return ms
  })
}

/** True or false in the one grammar of every shell ({@link parseBoolean}); a CLI switch or a YAML boolean comes as it is. */
export function parseBooleanOption(value: string | boolean, name: string): boolean {
  if (typeof value === 'boolean') return value
  const parsed = parseBoolean(value)
  if (parsed === undefined) throw new UsageError((w) => `${w.option(name)} ${quoted(value, 40)}: expected ${BOOLEAN_SPELLINGS}`)
  return parsed
}

/** A switch: `--NAME` on the CLI (or `--NAME=VALUE`), true or false elsewhere. */
export function flag(): OptionParser<string | boolean, boolean> {
  return { kind: 'flag', parse: parseBooleanOption }
}

/** True or false given as a value (`--NAME false`): for options that are on unless turned off. */
export function boolean(): OptionParser<string | boolean, boolean> {
  return { kind: 'text', choices: ['true', 'false'], parse: parseBooleanOption }
}

/** One of a fixed few words. */
export function choice<const T extends string>(values: readonly T[]): OptionParser<string, T> {
  return {
    kind: 'text',
    choices: values,
    parse(value, name) {
      const word = value.trim()
      if (!(values as readonly string[]).includes(word))
        throw new UsageError((w) => `${w.option(name)} ${quoted(value, 40)}: expected one of ${values.join(', ')}`)
      return word as T
    }
  }
}

/** Values separated by commas or newlines, or given repeatedly, each made something else by `map` (or refused). */
export function list<T>(map: (item: string, name: string) => T): OptionParser<string[], T[]> {
  return { kind: 'list', parse: (values, name) => splitList(values).map((item) => map(item, name)) }
}

/** Values one per line, or given repeatedly (a comma is part of the value), each made something else by `map`. */
export function lines<T>(map: (item: string, name: string) => T): OptionParser<string[], T[]> {
  return { kind: 'lines', parse: (values, name) => splitLines(values).map((item) => map(item, name)) }
}
