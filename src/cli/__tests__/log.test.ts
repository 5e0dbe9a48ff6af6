import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { addSecret } from '../../util/redact'
import { createCliLog } from '../log'
import { readStdinSecret } from '../stdin-secret'

const progress = {
  tagsTotal: 4,
  tagsDone: 1,
  bytes: 0,
  elapsedMs: 1000,
  copy: { total: 4, done: 1, busyMs: 10, inFlightMs: [], concurrency: 1, elapsedMs: 500 }
}

function capture() {
  const lines: string[] = []
  return { stream: { write: (text: string) => lines.push(...text.split('\n').filter(Boolean)) !== 0 }, lines }
}

describe('createCliLog', () => {
  it('drops what is below --log-level: warn keeps warnings, errors and failed tags, not info, debug or progress', () => {
    const { stream, lines } = capture()
    const log = createCliLog(stream, { quiet: false, logLevel: 'warn', logFormat: 'text' }, { intervalMs: 0 })
    log.log('debug', 'asked')
    log.log('info', 'listing')
    log.update(progress)
    log.log('warning', 'slow')
    log.failed({ source: 'a.io/x:1', error: 'boom' })
    expect(lines).toEqual(['warning: slow', 'failed a.io/x:1: boom'])
  })

  it('writes one JSON object a line with --log-format json, secrets redacted, control characters escaped', () => {
    addSecret('hunter2-secret')
    const { stream, lines } = capture()
    const log = createCliLog(stream, { quiet: false, logLevel: 'debug', logFormat: 'json' }, { intervalMs: 0, now: () => 0 })
    log.log('debug', 'token hunter2-secret\nsecond line')
    log.update(progress)
    log.failed({ source: 'a.io/x:1', error: 'boom', cause: { side: 'target', kind: 'other' } })
    const objects = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(objects[0]).toEqual({ time: '1970-01-01T00:00:00.000Z', level: 'debug', message: 'token ***\nsecond line' })
    expect(objects[1]).toMatchObject({ level: 'info', progress: { tagsTotal: 4, tagsDone: 1 } })
    expect(objects[2]).toMatchObject({ level: 'error', source: 'a.io/x:1', error: 'boom', cause: { side: 'target', kind: 'other' } })
    expect(lines).toHaveLength(3)
  })
})

describe('readStdinSecret', () => {
  const piped = (text: string | undefined): PassThrough => {
    const stream = new PassThrough()
    if (text !== undefined) stream.end(text)
    return stream
  }

  it('reads the password up to the end of input, its last line break dropped (as docker login --password-stdin)', async () => {
    expect(await readStdinSecret(piped('s3cret\n'), '--target-password-stdin')).toBe('s3cret')
    expect(await readStdinSecret(piped('s3cret\r\n'), '--target-password-stdin')).toBe('s3cret')
    expect(await readStdinSecret(piped('with space '), '--target-password-stdin')).toBe('with space ')
  })

  it('refuses a terminal, empty input, and input that never ends, naming the flag', async () => {
    await expect(readStdinSecret(Object.assign(piped(''), { isTTY: true }), '--source-password-stdin')).rejects.toThrow(
      /^--source-password-stdin: stdin is a terminal; pipe the password in/
    )
    await expect(readStdinSecret(piped('\n'), '--source-password-stdin')).rejects.toThrow('--source-password-stdin: stdin is empty')
    await expect(readStdinSecret(piped(undefined), '--source-password-stdin', 50)).rejects.toThrow(/stdin did not end within 0.05 s/)
  })
})
