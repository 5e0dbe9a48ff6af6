/**
 * A run's share of a pass (one sweep of the sorted repositories, possibly spread over several
 * budgeted runs): `repositories` (sorted by name) from `start`, where the last run stopped (kept in
 * the ledger; or the next name when that one is gone), to the end, never wrapping around to those
 * the pass already finished; or all of them, a new pass, when there is no `start` or nothing is left
 * at or after it.
 */
export function passFrom<T extends { relative: string }>(repositories: T[], start: string | undefined): { ordered: T[]; continues: boolean } {
  const at = start === undefined ? -1 : repositories.findIndex((repository) => repository.relative >= start)
  return at < 0 ? { ordered: repositories, continues: false } : { ordered: repositories.slice(at), continues: true }
}

/**
 * Where the next run goes on with the pass: the first of `ordered` (this run's share of it) that
 * is `unfinished` (not listed, or with a tag handed over that got no result), undefined when this
 * run finished every one (the pass is over; the next run starts a new one).
 */
export function resumePoint<T extends { relative: string }>(ordered: T[], unfinished: ReadonlySet<string>): string | undefined {
  return ordered.find((repository) => unfinished.has(repository.relative))?.relative
}
