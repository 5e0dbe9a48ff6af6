/** The edit distance of two words: single-character insertions, deletions, substitutions and swaps of neighbours (`snyc`, `sync`: 1). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}

/** The known word closest to `typed` when it is close enough to be a slip (or a prefix of one); undefined otherwise. */
export function closest(typed: string, known: readonly string[]): string | undefined {
  const word = typed.toLowerCase()
  const prefixed = known.filter((name) => name.startsWith(word))
  if (word.length >= 3 && prefixed.length === 1) return prefixed[0]
  let best: string | undefined
  let bestDistance = Infinity
  for (const name of known) {
    const distance = editDistance(word, name)
    if (distance < bestDistance) [best, bestDistance] = [name, distance]
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.min(3, Math.floor(word.length / 3))) ? best : undefined
}
