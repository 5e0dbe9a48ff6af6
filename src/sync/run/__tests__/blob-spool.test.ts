import { createHash } from 'node:crypto'
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isProved } from '../../../oci/proved-blob'
import { BlobSpool, RECENT_BYTES } from '../blob-spool'

const digestOf = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`
/** Distinct bytes, so that a read from the wrong place shows. */
const bytesOf = (length: number): Buffer => Buffer.from(Array.from({ length }, (_, i) => (i * 7 + (i >> 12)) & 0xff))

describe('BlobSpool', () => {
  let dir: string
  let spool: BlobSpool
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'blob-spool-'))
    spool = new BlobSpool(join(dir, 'blob'))
  })
  afterEach(async () => {
    spool.release()
    vi.restoreAllMocks()
    await rm(dir, { recursive: true, force: true })
  })

  /** Fills the spool from `body`; resolves once the download answered, to the end of the fill. */
  const filling = async (bytes: Buffer, body: Readable): Promise<{ done: Promise<void> }> => {
    let answered!: () => void
    const started = new Promise<void>((resolve) => (answered = resolve))
    const done = spool.fill(async () => ({ stream: body, size: bytes.length }), digestOf(bytes), answered)
    await started
    return { done }
  }

  /** Counts the spool's reads of its file and its writes to it (FileHandle is not exported: its prototype is found on a handle). */
  const fileCalls = async () => {
    const handle = await open(join(dir, 'probe'), 'w')
    const prototype = Object.getPrototypeOf(handle) as { read: () => unknown; write: () => unknown; writev: () => unknown }
    await handle.close()
    return { read: vi.spyOn(prototype, 'read'), writes: [vi.spyOn(prototype, 'write'), vi.spyOn(prototype, 'writev')] }
  }

  it('gives a reader that keeps pace the bytes from memory, not the file', async () => {
    const bytes = bytesOf(3 * 1024 * 1024)
    const body = new PassThrough()
    const calls = await fileCalls()
    const { done } = await filling(bytes, body)
    const reader = spool.reader()
    const read = buffer(reader.stream)
    for (let at = 0; at < bytes.length; at += 64 * 1024) body.write(bytes.subarray(at, at + 64 * 1024))
    body.end()
    expect((await read).equals(bytes)).toBe(true)
    await done
    expect(calls.read).not.toHaveBeenCalled()
  })

  it('writes the file in batches, not one write per network chunk', async () => {
    const bytes = bytesOf(2 * 1024 * 1024)
    const calls = await fileCalls()
    // 128 chunks of 16 KiB.
    const chunks = Array.from({ length: 128 }, (_, i) => bytes.subarray(i * 16384, (i + 1) * 16384))
    await (
      await filling(bytes, Readable.from(chunks))
    ).done
    const writes = calls.writes.reduce((total, spy) => total + spy.mock.calls.length, 0)
    expect(writes).toBeGreaterThan(0)
    expect(writes).toBeLessThanOrEqual(4)
    // The file holds every byte: a reader after the memory copy is dropped reads it whole from there.
    spool.forgetRecent()
    expect(spool.memoryBytes).toBe(0)
    expect((await buffer(spool.reader().stream)).equals(bytes)).toBe(true)
    expect(calls.read).toHaveBeenCalled()
  })

  it('keeps at most RECENT_BYTES in memory; a reader starting late reads the older bytes from the file', async () => {
    const bytes = bytesOf(RECENT_BYTES + 3 * 1024 * 1024)
    const chunks = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536))
    await (
      await filling(bytes, Readable.from(chunks))
    ).done
    expect(spool.memoryBytes).toBeLessThanOrEqual(RECENT_BYTES + 1024 * 1024)
    expect((await buffer(spool.reader().stream)).equals(bytes)).toBe(true)
  })

  it('marks its readers proved for its digest, for no other', async () => {
    const bytes = Buffer.from('proved on the way in')
    await (
      await filling(bytes, Readable.from([bytes]))
    ).done
    const { stream } = spool.reader()
    expect(isProved(stream, digestOf(bytes))).toBe(true)
    expect(isProved(stream, digestOf(Buffer.from('other')))).toBe(false)
    expect((await buffer(stream)).equals(bytes)).toBe(true)
  })
})
