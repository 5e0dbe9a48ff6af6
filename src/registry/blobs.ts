import type { Readable } from 'node:stream'
import { discard, header } from './http'
import type { Transport } from './transport'
import type { BlobStream, UploadStart } from '../oci/model'
import { deadlineSignal } from '../util/deadline'

/** True when the repository has the blob (`HEAD`; a redirect to storage counts as present). */
export async function hasBlob(transport: Transport, repository: string, digest: string, scopes: string[], signal?: AbortSignal): Promise<boolean> {
  const response = await transport.send({
    method: 'HEAD',
    url: `/v2/${repository}/blobs/${digest}`,
    scopes,
    accept: [200, 307, 302, 404],
    followRedirects: false,
    signal
  })
  await discard(response.body)
  return response.status !== 404
}

/** Opens a blob for streaming, following redirects to storage hosts (without credentials). */
export async function getBlob(transport: Transport, repository: string, digest: string, scopes: string[], signal?: AbortSignal): Promise<BlobStream> {
  const response = await transport.send({ method: 'GET', url: `/v2/${repository}/blobs/${digest}`, scopes, signal })
  const length = header(response.headers, 'content-length')
  return { stream: response.body, size: length === undefined ? undefined : Number(length) }
}

/**
 * Proves push access to a repository without writing anything: opens an upload session and
 * cancels it. A refusal throws the transport's typed error (no push access, repository missing).
 * The session opened is the proof: its cancelling goes on beside the first copy (bounded, best
 * effort) instead of costing the run a round trip.
 */
export async function probePush(transport: Transport, repository: string, scopes: string[], signal?: AbortSignal): Promise<void> {
  const session = await transport.send({
    method: 'POST',
    url: `/v2/${repository}/blobs/uploads/`,
    scopes,
    headers: { 'content-length': '0' },
    accept: [202],
    signal
  })
  await discard(session.body)
  const location = header(session.headers, 'location')
  if (location) void cancelUpload(transport, new URL(location, session.url).toString(), scopes)
}

/** How long cancelling an upload session may take: it is tidying, never worth a hung run. */
const CANCEL_TIMEOUT_MS = 5_000

/** Cancels an upload session (`DELETE`), best effort: a registry that can't is left to expire it. */
export async function cancelUpload(transport: Transport, session: string, scopes: string[]): Promise<void> {
  const deadline = deadlineSignal(CANCEL_TIMEOUT_MS)
  await transport
    .send({ method: 'DELETE', url: session, scopes, accept: [200, 202, 204, 404, 405], signal: deadline.signal })
    .then((r) => discard(r.body))
    .catch(() => undefined)
    .finally(deadline.dispose)
}

/**
 * Mount-or-start: one `POST ?mount=DIGEST&from=FROM` that either mounts the blob (201) or, when the
 * registry can't (202: mounting unsupported or not allowed), answers with the upload session to
 * `PUT` it into. Without `from`, a plain upload session.
 */
export async function mountOrStart(
  transport: Transport,
  repository: string,
  digest: string,
  from: string | undefined,
  scopes: string[],
  signal?: AbortSignal
): Promise<UploadStart> {
  const query = from ? `?${new URLSearchParams({ mount: digest, from })}` : ''
  const response = await transport.send({
    method: 'POST',
    url: `/v2/${repository}/blobs/uploads/${query}`,
    scopes,
    headers: { 'content-length': '0' },
    accept: from ? [201, 202] : [202],
    signal
  })
  await discard(response.body)
  if (response.status === 201) return { mounted: true }
  const location = header(response.headers, 'location')
  if (!location) throw new Error(`${repository}: the registry opened an upload without a Location`)
  return { mounted: false, session: new URL(location, response.url).toString() }
}

/**
 * Uploads a blob in one streamed `PUT` to `session` (from {@link mountOrStart}), or to a fresh
 * upload session. The body is sent once: the caller verifies it while it flows (a VerifyingStream
 * holds the last bytes back until the digest is proved, so a wrong body fails short of its
 * Content-Length and is never committed) and retries the whole transfer on failure; a failed PUT
 * cancels its session.
 */
export async function putBlob(
  transport: Transport,
  repository: string,
  digest: string,
  size: number,
  body: Readable,
  scopes: string[],
  options: { signal?: AbortSignal; session?: string } = {}
): Promise<void> {
  const { signal } = options
  let session = options.session
  if (!session) {
    const start = await mountOrStart(transport, repository, digest, undefined, scopes, signal)
    if (start.mounted) return
    session = start.session
  }
  const url = new URL(session)
  url.searchParams.set('digest', digest)
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' }
  if (size >= 0) headers['content-length'] = String(size)
  try {
    const response = await transport.send({ method: 'PUT', url: url.toString(), scopes, headers, body, signal })
    await discard(response.body)
  } catch (error) {
    await cancelUpload(transport, session, scopes)
    throw error
  }
}
