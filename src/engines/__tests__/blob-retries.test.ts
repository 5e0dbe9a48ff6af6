import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { sha256Digest } from '../../oci/digest'
import { MirrorError } from '../../oci/errors'
import { RegistryClient } from '../../registry/client'
import { MemoryRegistry } from '../../testing/memory-registry'
import { BlobCopier } from '../blob-copier'

/**
 * How many GETs one blob costs when its source keeps failing: the registry client's one transport
 * retry policy (5 attempts of a request) and the blob copier's whole-transfer retry (3 attempts of a
 * broken stream) no longer multiply. Before: 5 x 3 = 15 GETs for a source that answers 500 every time.
 */
const content = Buffer.from('layer bytes '.repeat(1000))
const blob = { mediaType: 'application/octet-stream', digest: sha256Digest(content), size: content.length }

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

/** A loopback source registry answering every blob GET with `answer`; counts the GETs. */
async function source(answer: (res: ServerResponse, req: IncomingMessage) => void) {
  const counted = { gets: 0 }
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url?.includes('/blobs/')) {
      counted.gets++
      answer(res, req)
    } else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const client = new RegistryClient({ host: `127.0.0.1:${(server.address() as { port: number }).port}`, side: 'source', backoffMs: 1 })
  close = async () => {
    await client.close()
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  const copier = new BlobCopier(client, new MemoryRegistry({ name: 'dst' }), { concurrency: 1, fresh: async () => true })
  return { counted, copier }
}

describe('retries of one blob', () => {
  it('asks a source that answers 500 every time 5 times in all (was 15): the copier does not repeat the transport', async () => {
    const { counted, copier } = await source((res) => res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"code":"UNKNOWN"}]}'))
    const failure = await copier.ensure('app', 'app', blob, new AbortController().signal).catch((error: unknown) => error)
    expect(counted.gets).toBe(5)
    expect(failure).toBeInstanceOf(MirrorError)
    expect(failure).toMatchObject({ kind: 'transient', side: 'source', status: 500, code: 'UNKNOWN', final: true })
    // Another tag of the run needing the blob fails with the same error, without asking again (was 15 GETs more).
    await expect(copier.ensure('app', 'app', blob, new AbortController().signal)).rejects.toBe(failure)
    expect(counted.gets).toBe(5)
  })

  it('restarts a download that breaks mid-stream, 3 whole transfers in all', async () => {
    const { counted, copier } = await source((res) => {
      res.writeHead(200, { 'content-length': String(content.length) })
      res.write(content.subarray(0, 100))
      setTimeout(() => res.destroy(), 5)
    })
    const failure = await copier.ensure('app', 'app', blob, new AbortController().signal).catch((error: unknown) => error)
    expect(counted.gets).toBe(3)
    expect(failure).toMatchObject({ kind: 'transient', side: 'source' })
  }, 30_000)

  it('takes a 429 asking to wait beyond 30 s once: neither layer waits for it', async () => {
    const { counted, copier } = await source((res) => res.writeHead(429, { 'retry-after': '3600' }).end())
    const failure = await copier.ensure('app', 'app', blob, new AbortController().signal).catch((error: unknown) => error)
    expect(counted.gets).toBe(1)
    expect(failure).toMatchObject({ kind: 'rate-limited', side: 'source', status: 429, retryAfter: 3600 })
  })

  it("waits the Retry-After a 503 asks for, and the run's signal ends that wait", async () => {
    const { counted, copier } = await source((res) => res.writeHead(503, { 'retry-after': '20' }).end())
    const controller = new AbortController()
    const started = Date.now()
    setTimeout(() => controller.abort(new Error('run stopped')), 300)
    await expect(copier.ensure('app', 'app', blob, controller.signal)).rejects.toThrow('run stopped')
    expect(counted.gets).toBe(1)
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})
