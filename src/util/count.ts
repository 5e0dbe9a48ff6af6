/** A number and its noun, singular for one: `count(1, 'tag')` is `1 tag`, `count(3, 'repository', 'repositories')` is `3 repositories`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
