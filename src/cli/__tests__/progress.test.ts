import { describe, expect, it } from 'vitest'
import type { Progress } from '../../sync/types'
import { createProgressRenderer, type ProgressStream } from '../progress'

const progress = (done: number): Progress => ({
  tagsTotal: 10,
  tagsDone: done,
  bytes: done * 1024 * 1024,
  elapsedMs: 20_000,
  copy: { total: 10, done, busyMs: done * 2_000, inFlightMs: [], concurrency: 1, elapsedMs: 20_000 }
})

function stream(isTTY: boolean, columns?: number): ProgressStream & { out: string } {
  const s = {
    isTTY,
    columns,
    out: '',
    write(chunk: string | Uint8Array): boolean {
      s.out += String(chunk)
      return true
    }
  }
  return s
}

describe('createProgressRenderer on a terminal', () => {
  it('keeps one live line and prints every log line on its own line, then draws the live line again', () => {
    let clock = 0
    const tty = stream(true, 120)
    const renderer = createProgressRenderer(tty, { now: () => clock })
    renderer.update(progress(1))
    expect(tty.out).toBe('\r\x1b[K1/10 tags, 9 left, 1.0 MiB at 51.2 KiB/s, ETA 18.0s')
    tty.out = ''
    renderer.log('warning: name collision on t/a_b')
    renderer.log('SIGINT: finishing tags in flight, starting no new ones (send again to exit now)')
    expect(tty.out).toBe(
      '\r\x1b[Kwarning: name collision on t/a_b\n1/10 tags, 9 left, 1.0 MiB at 51.2 KiB/s, ETA 18.0s' +
        '\r\x1b[KSIGINT: finishing tags in flight, starting no new ones (send again to exit now)\n1/10 tags, 9 left, 1.0 MiB at 51.2 KiB/s, ETA 18.0s'
    )
    // Redraws are throttled; the next one after 100 ms replaces the line.
    tty.out = ''
    clock = 50
    renderer.update(progress(2))
    expect(tty.out).toBe('')
    clock = 150
    renderer.update(progress(2))
    expect(tty.out).toBe('\r\x1b[K2/10 tags, 8 left, 2.0 MiB at 102.4 KiB/s, ETA 16.0s')
    tty.out = ''
    renderer.done()
    expect(tty.out).toBe('\r\x1b[K')
    tty.out = ''
    renderer.log('after the run')
    expect(tty.out).toBe('after the run\n')
  })

  it('cuts the live line to the terminal width, so it never wraps', () => {
    const tty = stream(true, 20)
    createProgressRenderer(tty, { now: () => 0 }).update(progress(1))
    expect(tty.out).toBe('\r\x1b[K1/10 tags, 9 left,…')
    expect(tty.out.length - '\r\x1b[K'.length).toBeLessThanOrEqual(19)
  })
})

describe('createProgressRenderer elsewhere', () => {
  it('writes plain lines with no escape codes, progress at most every interval', () => {
    let clock = 0
    const log = stream(false)
    const renderer = createProgressRenderer(log, { intervalMs: 10_000, now: () => clock })
    renderer.update(progress(1))
    renderer.log('failed r/app:v1: boom')
    clock = 5_000
    renderer.update(progress(2))
    clock = 10_000
    renderer.update(progress(3))
    renderer.done()
    expect(log.out).toBe('1/10 tags, 9 left, 1.0 MiB at 51.2 KiB/s, ETA 18.0s\nfailed r/app:v1: boom\n3/10 tags, 7 left, 3.0 MiB at 153.6 KiB/s, ETA 14.0s\n')
    expect(log.out.includes('\r') || log.out.includes('\x1b')).toBe(false)
  })

  it('prints no progress with quiet, log lines still', () => {
    const tty = stream(true, 80)
    const renderer = createProgressRenderer(tty, { quiet: true, now: () => 0 })
    renderer.update(progress(1))
    renderer.log('warning: x')
    renderer.done()
    expect(tty.out).toBe('warning: x\n')
  })
})
