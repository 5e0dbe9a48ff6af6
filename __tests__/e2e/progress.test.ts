/* eslint-disable no-control-regex -- the output under test is made of terminal escape codes */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushImage, randomLayer } from '../harness/fixtures'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { runCli } from './cli'

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js')
const ESC = '\x1b'

/**
 * Progress as people see it (issue 15): on a real terminal (a pseudo-terminal from util-linux
 * `script`) one live line, and a SIGINT notice and warnings each on a line of their own with the
 * live line drawn again below; in a log (a pipe) plain lines with no escape codes.
 */
describe('progress output', () => {
  let source: TestRegistry
  let target: TestRegistry
  let slow: TestProxy
  let dir: string

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    for (let i = 0; i < 12; i++) await pushImage(source, 'live/app', `v${i}`, { layers: [randomLayer(4096, 700 + i)] })
    // Every answer of the target waits 150 ms, so the run lasts a few seconds.
    slow = await startProxy(target.url, { delayMs: 150 })
    dir = await mkdtemp(join(tmpdir(), 'progress-'))
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop(), slow?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('on a terminal keeps one live line and prints the SIGINT notice on its own line', async () => {
    const command = [process.execPath, CLI, 'sync', '--source', `${source.host}/live`, '--target', `${slow.host}/tty`, '--concurrency', '1'].join(' ')
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { PATH: process.env.PATH, HOME: dir, DOCKER_CONFIG: '/nonexistent', TERM: 'xterm' },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      // Once the live line shows a tag done, press Ctrl-C on the terminal.
      if (/\r\x1b\[K[1-9]\d*\/12 tags/.test(out) && !child.stdin.writableEnded) child.stdin.end('\x03')
    })
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(out, out).toContain('\r\x1b[K')
    expect(out).toMatch(/\r\x1b\[K\d+\/12 tags, \d+ left, [\d.]+ (B|KiB|MiB) at [\d.]+ (B|KiB|MiB)\/s/)
    // The notice starts on a cleared line, ends with a newline, and the live line comes back below it.
    expect(out).toMatch(/\r\x1b\[KSIGINT: finishing tags in flight, starting no new ones \(send again to exit now\)\r?\n\d+\/12 tags/)
    // The summary is not glued to a live line.
    expect(out).toMatch(/(^|\n|\x1b\[K)[^\n]*live -> [^\n]*tty: copied \d+/)
    expect(code).toBe(130)
  })

  it('into two targets shows one line for both: their tags summed', async () => {
    const command = [process.execPath, CLI, 'sync', '--source', `${source.host}/live`, '--target', `${slow.host}/both`, '--target', `${target.host}/both`].join(
      ' '
    )
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { PATH: process.env.PATH, HOME: dir, DOCKER_CONFIG: '/nonexistent', TERM: 'xterm' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code, out).toBe(0)
    // 12 tags into each target: 24 to do (the line followed the first target alone before: 12).
    expect(out).toMatch(/\r\x1b\[K\d+\/24 tags, \d+ left/)
  })

  it('in a log writes plain lines with no escape codes', async () => {
    // A tag whose blob vanished fails (a log line) while the others copy.
    const broken = await pushImage(source, 'plain/app', 'broken', { layers: [randomLayer(2048, 801)] })
    await pushImage(source, 'plain/app', 'fine', { layers: [randomLayer(2048, 802)] })
    await fetch(`${source.url}/v2/plain/app/blobs/${broken.blobs[broken.blobs.length - 1]}`, { method: 'DELETE' })
    const run = await runCli(['sync', '--source', `${source.host}/plain`, '--target', `${target.host}/plain`])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^failed .*plain\/app:broken: /m)
    expect(run.stderr.includes(ESC) || run.stderr.includes('\r') || run.stdout.includes(ESC)).toBe(false)
  })
})
