import { UsageError } from '../../oci/errors'
import { quoted } from '../../util/printable'
import { OPTION_TABLE, type RawSyncOptions } from './option-table'

/** A line break, or any other control character but tab: what no one-line value holds. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_ONE_LINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/

/**
 * Refuses a value that must be one line but holds a line break or another control character, in one
 * line naming the option and quoting the value escaped and shortened (a secret is not quoted).
 */
export function assertOneLine(name: string, value: string | undefined, secret = false): void {
  if (value === undefined || !NOT_ONE_LINE.test(value)) return
  const shown = secret ? '(not shown)' : quoted(value, 60)
  throw new UsageError((w) => `${w.option(name)} ${shown}: expected one line; the value holds a line break or control character`)
}

/** Checks every one-value option (`text` in the option table); values of several lines are for `list` and `lines` options. */
export function assertOneLineValues(raw: RawSyncOptions): void {
  for (const option of OPTION_TABLE) {
    const value = raw[option.key]
    if (option.parser.kind === 'text' && typeof value === 'string') assertOneLine(option.name, value, option.secret)
  }
}
