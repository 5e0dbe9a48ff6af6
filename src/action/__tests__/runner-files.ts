import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

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

/** The runner files and folders of one job, and the environment the runner gives the step. */
export async function runnerEnv(dir: string, runId: number, extra: Record<string, string>): Promise<Record<string, string>> {
  await Promise.all(['temp', 'workspace', 'home'].map((name) => mkdir(join(dir, name), { recursive: true })))
  await Promise.all(['output', 'state', 'summary.md'].map((name) => writeFile(join(dir, name), '')))
  return {
    PATH: process.env.PATH ?? '',
    DOCKER_CONFIG: '/nonexistent',
    HOME: join(dir, 'home'),
    RUNNER_TEMP: join(dir, 'temp'),
    GITHUB_WORKSPACE: join(dir, 'workspace'),
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: '1',
    ...extra
  }
}

/** `INPUT_<NAME>` as the runner sets them. */
export const inputEnv = (inputs: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]))
