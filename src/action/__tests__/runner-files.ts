import { readFile } from 'node:fs/promises'

/**
 * Reads a runner file command file (`GITHUB_OUTPUT`, `GITHUB_STATE`): `name<<DELIMITER`, the value,
 * then the delimiter, as `@actions/core` writes them. A missing file is empty.
 */
export async function readRunnerFile(path: string): Promise<Record<string, string>> {
  const text = await readFile(path, 'utf8').catch(() => '')
  const values: Record<string, string> = {}
  for (const [, name, , value] of text.matchAll(/^([^\n]+?)<<(\S+)\n([\s\S]*?)\n\2$/gm)) values[name] = value
  return values
}

/** The `STATE_*` variables the runner gives the post step, from the main step's `GITHUB_STATE` file. */
export async function stateEnv(path: string): Promise<Record<string, string>> {
  return Object.fromEntries(Object.entries(await readRunnerFile(path)).map(([name, value]) => [`STATE_${name}`, value]))
}
