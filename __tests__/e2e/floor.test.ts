import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushImage, randomLayer } from '../harness/fixtures'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

const DIST = join(import.meta.dirname, '..', '..', 'dist')

/** Runs the action's main step (dist/index.js) as a runner would, with these inputs and no cache. */
async function runAction(dir: string, inputs: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  const files = Object.fromEntries(['output', 'state', 'summary.md'].map((name) => [name, join(dir, name)]))
  await Promise.all(Object.values(files).map((path) => writeFile(path, '')))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    DOCKER_CONFIG: '/nonexistent',
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files['summary.md'],
    INPUT_CACHE: 'false'
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.env.GCR_MIRROR_ACTION_NODE || process.execPath, [join(DIST, 'index.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout }))
  })
}

/**
 * The reproductions of the architecture issue (#11): each was a real bug of the floor-less design
 * (exit codes inferred from callbacks, one store's errors unknown to the other, CLI words in the action).
 */
describe('one error vocabulary, typed failures before the first copy', () => {
  let source: TestRegistry
  let token: TestRegistry
  let basic: TestRegistry
  let dir: string

  beforeAll(async () => {
    ;[source, token, basic] = await Promise.all([startRegistry(), startRegistry({ auth: 'token' }), startRegistry({ auth: 'basic' })])
    await pushImage(source, 'corp/app', 'v1', { layers: [randomLayer(2048, 11)] })
    dir = await mkdtemp(join(tmpdir(), 'floor-'))
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), token?.stop(), basic?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('exits 2 for a missing oci: source, as for an unreachable registry', async () => {
    const run = await runCli(['sync', '--source', `oci:${join(dir, 'no-such-layout')}`, '--target', `${source.host}/mirror`, '--quiet'])
    expect(run.code, run.stderr).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/no OCI image layout/)
  })

  it('exits 2 for a wrong target password whether or not the ledger had a hit', async () => {
    const state = join(dir, 'ledger.json')
    const target = ['--target', `${token.host}/mirror`, '--target-username', token.username!]
    const first = await runCli(['sync', '--source', `${source.host}/corp`, ...target, '--target-password', token.password!, '--state-file', state, '--quiet'])
    expect(first.code, first.stderr).toBe(0)
    // v1 is now a ledger hit (skipped before the target is asked); v2 is new and needs the target.
    await pushImage(source, 'corp/app', 'v2', { layers: [randomLayer(2048, 12)] })
    const before = await readFile(state, 'utf8')
    for (const stateFile of [state, join(dir, 'fresh.json')]) {
      const run = await runCli(['sync', '--source', `${source.host}/corp`, ...target, '--target-password', 'wrong', '--state-file', stateFile, '--quiet'])
      expect(run.code, `${stateFile}: ${run.stderr}`).toBe(2)
      expect(run.stderr).toMatch(/refused the credentials/)
    }
    expect((await readJson(state)).entries).toEqual(JSON.parse(before).entries)
  })

  it('names options in the action with its input names, not CLI flags', async () => {
    const run = await runAction(dir, { source: `${source.host}/corp`, target: `${basic.host}/mirror`, 'state-file': join(dir, 'action-ledger.json') })
    expect(run.code).toBe(1)
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? ''
    expect(error).toMatch(/looked in target-username\/target-password, GCR_MIRROR_TARGET_USERNAME/)
    expect(run.stdout).not.toMatch(/--target-username/)
  })
})
