import { request, type Agent, type IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'

/*
 * Plain `node:http` for the benchmark's own requests: importing undici in this process would make
 * it the global dispatcher of `fetch`, which the harness's fixtures use (undici 7 then refuses their
 * explicit content-length headers).
 */

/** One request to an open plain-HTTP registry; anything but `expect` is an error carrying the answer. */
export async function send(
  method: string,
  url: string,
  expect: number,
  options: { agent?: Agent; headers?: Record<string, string>; body?: Buffer | Readable } = {}
): Promise<IncomingMessage> {
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(url, { method, headers: options.headers, agent: options.agent }, resolve)
    req.once('error', reject)
    const { body } = options
    if (body instanceof Readable) body.once('error', (error) => req.destroy(error)).pipe(req)
    else req.end(body)
  })
  if (response.statusCode !== expect) {
    const text = (await buffer(response).catch(() => Buffer.alloc(0))).toString('utf8')
    throw new Error(`${method} ${url} answered ${response.statusCode} (expected ${expect}): ${text.slice(0, 300)}`)
  }
  return response
}

/** Uploads a blob to `repository` in one streamed PUT to a fresh upload session. */
export async function uploadBlob(registryUrl: string, repository: string, digest: string, size: number, body: Buffer | Readable, agent?: Agent): Promise<void> {
  const session = await send('POST', `${registryUrl}/v2/${repository}/blobs/uploads/`, 202, { agent, headers: { 'content-length': '0' } })
  session.resume()
  const location = new URL(String(session.headers.location), registryUrl)
  location.searchParams.set('digest', digest)
  const headers = { 'content-type': 'application/octet-stream', 'content-length': String(size) }
  ;(await send('PUT', location.toString(), 201, { agent, headers, body })).resume()
}
