import * as core from '@actions/core'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LedgerEntry } from '../../sync/state/ledger'
import type { SyncDeps } from '../../sync/sync'
import type { ImageResult, SyncHooks, SyncOptions, SyncReport } from '../../sync/types'
import { run, type ActionDeps } from '../main-step'
import { DiskCache } from './disk-cache'
import { readRunnerFile } from './runner-files'

const SOURCE = '127.0.0.1:5001/corp'
const TARGET = '127.0.0.1:5002/mirror'

const image = (repository: string, tag: string, status: ImageResult['status'], error: string | null = null): ImageResult => ({
  source: `${SOURCE}/${repository}:${tag}`,
  target: `${TARGET}/${repository}:${tag}`,
  digest: `sha256:${'a'.repeat(64)}`,
  status,
  bytes: status === 'copied' ? 2048 : 0,
  error,
  repository,
  tag,
  durationMs: 10,
  ...(status === 'skipped' ? { reason: 'ledger' } : {})
})

function reportOf(images: ImageResult[], remaining = 0): SyncReport {
  const count = (status: ImageResult['status']) => images.filter((i) => i.status === status).length
  const now = new Date().toISOString()
  return {
    source: SOURCE,
    target: TARGET,
    copied: count('copied'),
    skipped: count('skipped'),
    failed: count('failed'),
    images,
    collisions: [],
    remaining,
    startedAt: now,
    finishedAt: now,
    bytes: 0,
    dryRun: false,
    engine: 'registry'
  }
}

/** A stand-in engine: reports `images` through the hooks and records the copied ones in the ledger. */
function fakeSync(images: ImageResult[], remaining = 0, fail?: Error) {
  const calls: SyncOptions[] = []
  const runSync = async (options: SyncOptions, hooks: SyncHooks = {}, deps: SyncDeps = {}): Promise<SyncReport> => {
    calls.push(options)
    for (const result of images) {
      hooks.onImage?.(result)
      if (result.status === 'copied') deps.ledger?.record({ source: result.source, digest: result.digest as string, target: result.target })
    }
    await deps.ledger?.save()
    if (fail) throw fail
    for (const repository of new Set(images.map((i) => i.repository))) hooks.onRepositoryEnd?.(repository)
    return reportOf(images, remaining)
  }
  return { runSync, calls }
}

let dir: string
let stdout: string
let cache: DiskCache
const saved = { ...process.env }

function deps(sync: ReturnType<typeof fakeSync>, extra: Partial<ActionDeps> = {}): ActionDeps {
  return {
    cache,
    runSync: sync.runSync,
    runMirrors: () => Promise.reject(new Error('not configured')),
    readMetadataLedger: () => Promise.reject(new Error('not configured')),
    publishMetadata: () => Promise.reject(new Error('not configured')),
    ...extra
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'action-main-'))
  cache = new DiskCache(join(dir, 'cache'))
  for (const name of Object.keys(process.env).filter((n) => n.startsWith('INPUT_') || n.startsWith('STATE_'))) delete process.env[name]
  Object.assign(process.env, {
    INPUT_SOURCE: SOURCE,
    INPUT_TARGET: TARGET,
    RUNNER_TEMP: join(dir, 'temp'),
    HOME: join(dir, 'home'),
    GITHUB_RUN_ID: '100',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md')
  })
  await Promise.all(['output', 'state', 'summary.md'].map((name) => writeFile(join(dir, name), '')))
  // core.summary keeps the first GITHUB_STEP_SUMMARY it opened for the process; each test is a new job.
  Object.assign(core.summary, { _filePath: undefined })
  stdout = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk)
    return true
  })
})
afterEach(() => {
  vi.restoreAllMocks()
  process.env = { ...saved }
  process.exitCode = undefined
})

describe('run', () => {
  it('fails a bad input before any request', async () => {
    process.env['INPUT_MAX-DURATION'] = 'forever'
    const sync = fakeSync([])
    await run(deps(sync))
    expect(process.exitCode).toBe(1)
    expect(stdout).toContain('::error::Input error: max-duration "forever": expected a duration such as 5h')
    expect(sync.calls).toEqual([])
    expect(cache.calls).toEqual([])
  })

  it('sets every output and writes the report with the error when bad input ends the run early', async () => {
    process.env['INPUT_MAX-DURATION'] = 'forever'
    await run(deps(fakeSync([])))
    const outputs = await readRunnerFile(join(dir, 'output'))
    expect(outputs).toMatchObject({ copied: '0', skipped: '0', failed: '1', remaining: '0', report: join(dir, 'temp', 'gcr-mirror', 'report.json') })
    const report = JSON.parse(await readFile(outputs.report, 'utf8'))
    expect(report).toMatchObject({ source: SOURCE, target: TARGET, copied: 0, failed: 1, images: [] })
    expect(report.error).toMatch(/^Input error: max-duration "forever": expected a duration/)
  })

  it('sets every output and writes the report where the inputs put it when the run fails before a report (refused credentials)', async () => {
    process.env.INPUT_REPORT = join(dir, 'out', 'report.json')
    await run(deps(fakeSync([], 0, new Error('127.0.0.1:5002 refused the credentials of "bot"'))))
    expect(process.exitCode).toBe(1)
    const outputs = await readRunnerFile(join(dir, 'output'))
    expect(outputs).toMatchObject({ copied: '0', failed: '1', report: join(dir, 'out', 'report.json') })
    expect(JSON.parse(await readFile(outputs.report, 'utf8'))).toMatchObject({ failed: 1, error: '127.0.0.1:5002 refused the credentials of "bot"' })
  })

  it('sets the outputs, groups the log, annotates failures, writes the summary and saves the ledger', async () => {
    const sync = fakeSync([image('app', 'v1', 'copied'), image('app', 'v2', 'skipped'), image('tools/cli', '1.0', 'failed', 'HTTP 500 <boom>')])
    await run(deps(sync))
    expect(process.exitCode).toBe(1)

    const outputs = await readRunnerFile(join(dir, 'output'))
    expect(outputs).toMatchObject({ copied: '1', skipped: '1', failed: '1', remaining: '0' })
    expect(outputs.report).toBe(sync.calls[0].report)
    expect(outputs.report.startsWith(join(dir, 'temp', 'gcr-mirror'))).toBe(true)

    expect(stdout).toContain('::group::app → 127.0.0.1:5002/mirror/app: 1 copied, 1 skipped, 0 failed')
    expect(stdout).toMatch(/::error title=Failed to mirror tools\/cli%3A1\.0::127\.0\.0\.1:5001\/corp\/tools\/cli:1\.0: HTTP 500 <boom>/)
    expect(stdout).toContain('::error::1 tags failed to mirror')

    const summary = await readFile(join(dir, 'summary.md'), 'utf8')
    expect(summary).toContain('<h2>gcr-mirror: 127.0.0.1:5001/corp → 127.0.0.1:5002/mirror</h2>')
    expect(summary).toContain('<tr><td>tools/cli</td><td>tools/cli</td><td>0</td><td></td><td>0</td><td>1</td>')
    expect(summary).toContain('<td>HTTP 500 &lt;boom&gt;</td>')

    const [entry] = await cache.entries()
    expect(entry.key).toMatch(/^gcr-mirror-ledger-127\.0\.0\.1_5001_corp-to-127\.0\.0\.1_5002_mirror-[0-9a-f]{12}-100-1$/)
    expect(JSON.parse(Object.values(entry.data)[0]).entries.map((e: LedgerEntry) => e.source)).toEqual([`${SOURCE}/app:v1`])
    expect(await readRunnerFile(join(dir, 'state'))).toMatchObject({ 'ledger-saved': 'true' })
  })

  it('succeeds with a notice when the time budget leaves tags for the next run', async () => {
    process.env['INPUT_MAX-DURATION'] = '90m'
    await run(deps(fakeSync([image('app', 'v1', 'copied')], 7)))
    expect(process.exitCode).toBeUndefined()
    expect(stdout).toContain('::notice title=Tags left for the next run::The time budget (1h30m) ran out: 7 tags left; the next run carries on')
    expect((await readRunnerFile(join(dir, 'output'))).remaining).toBe('7')
  })

  it('only warns about failed tags when fail-on-error is false', async () => {
    process.env['INPUT_FAIL-ON-ERROR'] = 'false'
    await run(deps(fakeSync([image('app', 'v1', 'failed', 'denied')])))
    expect(process.exitCode).toBeUndefined()
    expect(stdout).toContain('::warning::1 tags failed to mirror')
  })

  it('only warns when the job summary can’t be written (a local run with a summary path in a missing folder)', async () => {
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'missing', 'summary.md')
    await run(deps(fakeSync([image('app', 'v1', 'copied')])))
    expect(process.exitCode).toBeUndefined()
    expect(stdout).toMatch(/::warning::Job summary not written: Unable to access summary file/)
    expect((await readRunnerFile(join(dir, 'output'))).copied).toBe('1')
  })

  it('saves the finished tags even when the sync throws', async () => {
    await run(deps(fakeSync([image('app', 'v1', 'copied')], 0, new Error('source went away'))))
    expect(process.exitCode).toBe(1)
    expect(stdout).toContain('::error::source went away')
    expect(await cache.entries()).toHaveLength(1)
    expect(await readRunnerFile(join(dir, 'state'))).toMatchObject({ 'ledger-saved': 'true' })
  })

  it('rebuilds an evicted ledger from the metadata record and commits the run there', async () => {
    Object.assign(process.env, { 'INPUT_METADATA-REPO': 'octo/meta', 'INPUT_GITHUB-TOKEN': 'ghs_x' })
    const recorded: LedgerEntry = { source: `${SOURCE}/app:v0`, digest: 'sha256:0', target: `${TARGET}/app:v0`, firstMirrored: 'x', lastMirrored: 'x' }
    const readMetadataLedger = vi.fn(async () => [recorded])
    const publishMetadata = vi.fn(async () => ({ committed: true, sha: 'abc', message: 'mirror: 1 copied', files: [] }))
    await run(deps(fakeSync([image('app', 'v1', 'copied')]), { readMetadataLedger, publishMetadata }))
    expect(process.exitCode).toBeUndefined()
    expect(readMetadataLedger).toHaveBeenCalledWith(expect.objectContaining({ repo: 'octo/meta', token: 'ghs_x', source: SOURCE }))
    const published = publishMetadata.mock.calls[0] as unknown as [{ ledger: LedgerEntry[]; report: SyncReport }]
    expect(published[0].ledger.map((e) => e.source)).toEqual([`${SOURCE}/app:v0`, `${SOURCE}/app:v1`])
    expect(published[0].report.copied).toBe(1)
  })

  it('fails the step when the metadata commit fails', async () => {
    Object.assign(process.env, { 'INPUT_METADATA-REPO': 'octo/meta', 'INPUT_GITHUB-TOKEN': 'ghs_x' })
    await run(
      deps(fakeSync([image('app', 'v1', 'copied')]), { readMetadataLedger: async () => [], publishMetadata: () => Promise.reject(new Error('HTTP 403')) })
    )
    expect(process.exitCode).toBe(1)
    expect(stdout).toContain('::error::Metadata not recorded in octo/meta: HTTP 403')
  })
})
