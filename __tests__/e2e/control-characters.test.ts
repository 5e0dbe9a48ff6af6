import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEchoingRegistry, type EchoingRegistry } from '../harness/hostile'
import { runActionMain, runCli } from './cli'

/** Control characters a terminal or the job log would act on (C0 but newline and tab, DEL, C1). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

/** Sequences a hostile registry sends: clear the screen, set the window title, ring the bell, rewrite the line, CSI in C1. */
const ESCAPES = '\u001b[2J\u001b]0;owned\u0007\rfake line\u009b31m'

/**
 * A registry cannot drive the user's terminal or the job log (issue 14): it lists tags and a
 * repository the grammar forbids (`v1\x1b[2J`), which are skipped with a warning that shows them
 * escaped, and answers with error text full of escape sequences, which every output shows escaped.
 */
describe('control characters from a registry', () => {
  let stand: EchoingRegistry
  let dir: string

  beforeAll(async () => {
    stand = await startEchoingRegistry({
      username: 'u',
      password: 'control-pass-1',
      scheme: 'basic',
      repositories: { app: 'echo-403', 'bad\u001b[2J': 'echo-403' },
      tags: ['v1', 'v1\u001b[2J', 'v2\r\u0007', 'v3\u009b'],
      errorText: ESCAPES
    })
    dir = await mkdtemp(join(tmpdir(), 'control-'))
  })

  afterAll(async () => {
    await stand?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('skips tags and repositories the grammar forbids with an escaped warning, and escapes registry text on the terminal', async () => {
    const report = join(dir, 'report.json')
    const run = await runCli(['sync', '--source', `${stand.host}/ns`, '--target', `oci:${join(dir, 'layout')}`, '--report', report], {
      GCR_MIRROR_SOURCE_USERNAME: 'u',
      GCR_MIRROR_SOURCE_PASSWORD: 'control-pass-1'
    })
    expect(run.code, run.stderr).toBe(1)
    expect(run.stdout + run.stderr).not.toMatch(CONTROL)
    expect(run.stderr).toContain('skipping "v1\\x1b[2J"')
    expect(run.stderr).toContain('skipping "v2\\x0d\\x07"')
    expect(run.stderr).toContain('skipping "v3\\x9b"')
    expect(run.stderr).toContain('skipping "ns/bad\\x1b[2J"')
    expect(run.stderr).toContain('\\x1b[2J\\x1b]0;owned\\x07\\x0dfake line\\x9b31m')
    // The one valid tag was tried (and refused); the others never were.
    const result = JSON.parse(await readFile(report, 'utf8')) as { images: Array<{ source: string; status: string }> }
    expect(result.images.map((i) => i.source)).toEqual([`${stand.host}/ns/app:v1`])
    // eslint-disable-next-line no-control-regex -- no request may name a skipped tag, raw or encoded
    expect(stand.requests.filter((r) => /%1b|%0d|%07|%c2%9b|[\u001b\r\u0007\u009b]/i.test(r.path))).toEqual([])
  })

  it('escapes them in the job log and the job summary too', async () => {
    const job = join(dir, 'job')
    const run = await runActionMain(
      { source: `${stand.host}/ns`, target: `oci:${join(job, 'layout')}`, 'source-username': 'u', 'source-password': 'control-pass-1' },
      job
    )
    expect(run.log).not.toMatch(CONTROL)
    expect(run.summary).not.toMatch(CONTROL)
    expect(run.log).toContain('skipping "v1\\x1b[2J"')
    expect(run.log).toContain('\\x1b[2J\\x1b]0;owned\\x07')
    expect(run.summary).toContain('\\x1b[2J')
  })
})
