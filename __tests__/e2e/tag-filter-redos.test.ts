import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { json, startHostile, type HostileRegistry } from '../harness/hostile'
import { runCli } from './cli'

/** A 41-character tag within the tag grammar that makes a backtracking engine take minutes on `^(\d+\.?)+$` (issue 14). */
const HOSTILE = `${'1.'.repeat(20)}x`

/**
 * Tag filters run on a linear-time engine (RE2, re2js bundled into dist/cli.js): a registry listing
 * a hostile tag cannot pin the CPU through a plausible --include-tags, and patterns RE2 cannot
 * express are refused at parse time with exit 2.
 */
describe('tag filters against hostile tags', () => {
  let registry: HostileRegistry
  let dir: string

  beforeAll(async () => {
    registry = await startHostile((_req, res, url) =>
      /^\/v2\/corp\/app\/tags\/list/.test(url.pathname) ? json(res, 200, { name: 'corp/app', tags: ['latest', HOSTILE, `${HOSTILE}1`] }) : false
    )
    dir = await mkdtemp(join(tmpdir(), 'redos-'))
  })

  afterAll(async () => {
    await registry?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const args = (pattern: string): string[] => [
    'sync',
    '--source',
    `${registry.host}/corp`,
    '--images',
    'app',
    '--target',
    '127.0.0.1:9/mirror',
    '--include-tags',
    pattern,
    '--quiet'
  ]

  it.each(['^(\\d+\\.?)+$', '^(\\d+|\\.)*$', '^([0-9]+\\.)+[0-9]+$'])('%s against a hostile tag ends in seconds', async (pattern) => {
    const started = Date.now()
    const run = await runCli(args(pattern))
    expect(Date.now() - started).toBeLessThan(10_000)
    // Nothing matches: the run says so in one line (exit 1), instead of pinning the CPU for minutes.
    expect(run.code, run.stderr).toBe(1)
    expect(run.stderr).toMatch(/3 tags listed in 1 repository .* none matched --include-tags/)
  })

  it.each([
    ['(v)\\1', /backreferences/],
    ['^(?!rc)', /lookaround/],
    ['(?<=v)1', /lookaround/]
  ])('refuses %s at parse time (exit 2, one line)', async (pattern, why) => {
    const run = await runCli(args(pattern))
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/--include-tags ".*": not a valid regular expression/)
    expect(run.stderr).toMatch(why)
  })

  it('runs the RE2 engine from the bundle alone, without node_modules', async () => {
    // The bundle is dist/cli.js and the chunks it loads on demand (dist/chunks/), nothing else.
    await cp(join(import.meta.dirname, '..', '..', 'dist'), join(dir, 'dist'), { recursive: true })
    const alone = join(dir, 'dist', 'cli.js')
    // The stand-in answers from this process, so the CLI runs asynchronously.
    const run = await promisify(execFile)(process.execPath, [alone, ...args('^(\\d+\\.?)+$')], {
      cwd: dir,
      env: { PATH: process.env.PATH },
      timeout: 20_000
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr })
    )
    expect(run.code, run.stderr).toBe(1)
    expect(run.stderr).toMatch(/none matched --include-tags \^\(\\d\+\\\.\?\)\+\$/)
  })
})
