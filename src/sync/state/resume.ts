/**
 * The repositories in the order this run lists them: from `start` (the first one a run whose listing
 * was cut short did not reach, kept in the ledger) to the end, then from the beginning. A budgeted
 * run that can't list everything then goes on where the last one stopped instead of listing the
 * same first repositories every time and never reaching the others. `repositories` are sorted by name.
 */
export function rotateFrom<T extends { relative: string }>(repositories: T[], start: string | undefined): T[] {
  if (start === undefined) return repositories
  const at = repositories.findIndex((repository) => repository.relative >= start)
  return at <= 0 ? repositories : [...repositories.slice(at), ...repositories.slice(0, at)]
}

/** Where the next run starts listing: the first of `ordered` not listed, undefined when every one was. */
export function resumePoint<T extends { relative: string }>(ordered: T[], unlisted: ReadonlySet<string>): string | undefined {
  return ordered.find((repository) => unlisted.has(repository.relative))?.relative
}
