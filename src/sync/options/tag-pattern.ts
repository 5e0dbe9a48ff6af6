import { RE2JS } from 're2js'

/** A compiled tag filter pattern: matches anywhere in the tag (unanchored; use ^ and $). */
export interface TagPattern {
  /** The pattern as the user wrote it. */
  readonly source: string
  test(tag: string): boolean
}

/** Syntax RE2 leaves out on purpose (it needs backtracking), told apart so the message can say so. */
const BACKTRACKING_ONLY = /\\[1-9]|\\k<|\(\?<?[=!]/

/**
 * Compiles a tag pattern with RE2's linear-time engine (re2js, pure JavaScript, bundled): matching
 * takes time proportional to the tag's length whatever the pattern, so a pattern such as
 * `^(\d+\.?)+$` cannot pin the CPU on a hostile tag the way a backtracking engine does. Throws an
 * Error whose message says what is wrong: backreferences and lookaround are named as such.
 */
export function compileTagPattern(source: string): TagPattern {
  if (BACKTRACKING_ONLY.test(source)) {
    throw new Error(
      'backreferences (\\1, \\k<name>) and lookaround ((?=, (?!, (?<=, (?<!) are not supported: tag patterns use RE2 syntax, matched in linear time'
    )
  }
  let compiled: RE2JS
  try {
    compiled = RE2JS.compile(source)
  } catch (error) {
    throw new Error(`${(error as Error).message.replace(/^error parsing regexp: /, '')} (tag patterns use RE2 syntax)`)
  }
  return { source, test: (tag) => compiled.test(tag) }
}
