import { spawn } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inputEnv, readRunnerFile, runnerEnv } from '../../src/action/__tests__/runner-files'
import { buildCorpus, manifestDigest, type Corpus } from '../harness/fixtures'
import { startRegistry, type TestRegistry } from '../harness/registry'

const DIST = join(import.meta.dirname, '..', '..', 'dist')
/** The runner's Node (action.yml's `node24`, see action.test.ts); else the Node running the tests. */
const ACTION_NODE = process.env.GCR_MIRROR_ACTION_NODE || process.execPath
/**
 * The chunks of what a plain run does not use: `@actions/cache` with the Azure SDK, the metadata
 * publisher with Octokit, and issue requests (issue 26: parsing them all at start-up cost the action
 * ~40 MB of peak RSS over the CLI's).
 */
const UNUSED_CHUNKS = ['index-cache.js', 'index-github-client.js', 'index-metadata.js', 'index-issue-request.js']

/**
 * The action's main step (dist/index.js) loads the Actions cache, the metadata publisher and issue
 * requests only when a run uses them: it runs from a copy of dist/ without their chunks.
 */
describe('the action without the chunks a plain run does not use', () => {
  let source: TestRegistry
  let target: TestRegistry
  let corpus: Corpus
  let root: string
  let lean: string
  let runs = 0

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    corpus = await buildCorpus(source, { namespace: 'corp', repositories: 1, tagsPerRepo: 2, layersPerImage: 1, layerSize: 1024, sharedBaseLayers: 0 })
    root = await mkdtemp(join(tmpdir(), 'action-chunks-'))
    lean = join(root, 'dist')
    await cp(DIST, lean, { recursive: true })
    await Promise.all(UNUSED_CHUNKS.map((chunk) => rm(join(lean, 'chunks', chunk))))
  })
  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop()])
    if (root) await rm(root, { recursive: true, force: true })
  })

  /** Runs lean/index.js on a fresh runner with these inputs; its exit code, log and outputs. */
  async function main(inputs: Record<string, string>): Promise<{ code: number | null; stdout: string; outputs: Record<string, string> }> {
    const dir = join(root, `run-${++runs}`)
    const env = { ...(await runnerEnv(dir, runs, {})), ...inputEnv(inputs) }
    const child = spawn(ACTION_NODE, [join(lean, 'index.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', resolve)
    })
    return { code, stdout, outputs: await readRunnerFile(join(dir, 'output')) }
  }

  it('mirrors with `cache: false` and no metadata repository', async () => {
    const run = await main({ source: `${source.host}/corp`, target: `${target.host}/lean`, cache: 'false' })
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ copied: '2', failed: '0' })
    for (const image of corpus.images) expect(await manifestDigest(target, `lean/${image.repository.slice('corp/'.length)}`, image.tag)).toBe(image.digest)
  })

  it('plans a dry run with the cache input on (a dry run never restores the ledger)', async () => {
    const run = await main({ source: `${source.host}/corp`, target: `${target.host}/dry`, 'dry-run': 'true' })
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ copied: '0', skipped: '2', failed: '0' })
  })

  it('needs the cache chunk once the cache is used', async () => {
    const run = await main({ source: `${source.host}/corp`, target: `${target.host}/cached` })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('index-cache.js')
  })
})
