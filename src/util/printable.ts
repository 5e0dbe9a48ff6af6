import { redact } from './redact'

/**
 * Text safe to print on a terminal or in a job log: control characters shown as escapes, so a tag
 * name or a registry's message cannot move the cursor, clear the screen, ring the bell, rewrite a
 * line (CR) or start a workflow command on a line of its own.
 */

/** C0 controls but tab, DEL, C1 controls, and the Unicode line separators and bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu
/** The same, keeping newlines (text of several lines written on purpose). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

function escape(char: string): string {
  const code = char.codePointAt(0)!
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`
}

/** One line: every control character (newlines too) as `\xNN` or `\u{NNNN}`. */
export function printable(text: string): string {
  return text.replace(CONTROLS, escape)
}

/** Lines: control characters escaped, newlines kept. */
export function printableLines(text: string): string {
  return text.replace(CONTROLS_BUT_NEWLINE, escape)
}

/** A value quoted in a one-line message: escaped, and cut to `max` characters. */
export function quoted(text: string, max = 80): string {
  const shown = printable(text)
  return `"${shown.length > max ? `${shown.slice(0, max)}…` : shown}"`
}

/** What a shell prints (stderr, stdout, the job log): secrets redacted, control characters escaped, newlines kept. */
export function forDisplay(text: string): string {
  return printableLines(redact(text))
}
