/** The order of a ledger's entries: sorted by key, kept sorted as keys are added. */

/** Compares two keys by their UTF-16 code units (the order of the file). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The keys as an array when they are already sorted (a file we wrote), else undefined. */
export function sortedKeys(keys: Iterable<string>): string[] | undefined {
  const list = [...keys]
  for (let i = 1; i < list.length; i++) if (list[i - 1] >= list[i]) return undefined
  return list
}

/** Merges two sorted lists of sources into one, each source once (a list may hold one twice, or both lists one). */
export function mergeSorted(a: string[], b: string[]): string[] {
  const out: string[] = new Array<string>(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]
    if (k === 0 || out[k - 1] !== next) out[k++] = next
  }
  out.length = k
  return out
}
