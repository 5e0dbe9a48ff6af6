import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** The result of one CLI run. */
export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** The bundle under test; `GCR_MIRROR_TEST_CLI` points at another build (e.g. main's, to show a test fails before a fix). */
const CLI = process.env.GCR_MIRROR_TEST_CLI ?? join(import.meta.dirname, '..', '..', 'dist', 'cli.js')

/** Starts the bundled CLI (`node dist/cli.js ...`) as a user would, with a clean environment; `input` is piped to its stdin. */
export function startCli(args: string[], env: NodeJS.ProcessEnv = {}, input?: string): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI, ...args], {
    // No login of the machine's user leaks in: Docker's and podman's files are looked for in places that do not exist.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_CONFIG: '/nonexistent', XDG_CONFIG_HOME: '/nonexistent', ...env },
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
  })
  if (input !== undefined) child.stdin!.end(input)
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
  return { child, done }
}

/** Runs the bundled CLI to the end. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, input?: string): Promise<CliRun> {
  return startCli(args, env, input).done
}

/** Reads a JSON file. */
export async function readJson<T = any>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T
}

/** What one run of the action's main step left: its log (stdout and stderr, as the runner reads them) and the job summary. */
export interface ActionRun {
  code: number | null
  log: string
  summary: string
}

/**
 * Runs the action's main step (dist/index.js) as the runner does, with `INPUT_*` variables and the
 * runner's files in `dir` (RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY); no cache
 * service. `env` adds variables of the runner (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, ...).
 */
export async function runActionMain(inputs: Record<string, string>, dir: string, env: Record<string, string> = {}): Promise<ActionRun> {
  await mkdir(join(dir, 'temp'), { recursive: true })
  await Promise.all(['output', 'state', 'summary.md'].map((file) => writeFile(join(dir, file), '')))
  // The runner's Node (action.yml's node24) when GCR_MIRROR_ACTION_NODE names it, as in action.test.ts.
  const child = spawn(process.env.GCR_MIRROR_ACTION_NODE || process.execPath, [join(import.meta.dirname, '..', '..', 'dist', 'index.js')], {
    env: {
      PATH: process.env.PATH,
      HOME: dir,
      DOCKER_CONFIG: '/nonexistent',
      RUNNER_TEMP: join(dir, 'temp'),
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STATE: join(dir, 'state'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      ...env,
      ...Object.fromEntries(Object.entries({ cache: 'false', ...inputs }).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]))
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let log = ''
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  return { code, log, summary: await readFile(join(dir, 'summary.md'), 'utf8') }
}
