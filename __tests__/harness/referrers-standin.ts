import { createHash } from 'node:crypto'
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { TestRegistry } from './registry'

/** One request the stand-in saw. */
export interface StandinRequest {
  method: string
  path: string
  status: number
}

/** A registry 2.8 with the OCI 1.1 referrers API in front of it. */
export interface ReferrersStandin {
  host: string
  url: string
  /** The registry as the fixtures see it: pushes and reads go through the stand-in. */
  registry: TestRegistry
  requests: StandinRequest[]
  reset(): void
  stop(): Promise<void>
}

/** Options of startReferrersStandin. */
export interface ReferrersStandinOptions {
  /** Referrers per page of the API; more come with `Link: <...>; rel="next"` (default: all on one page). */
  pageSize?: number
  /** Descriptors the API lists besides those pushed, per repository and subject (a hostile source: a subject listing itself, a cycle). */
  inject?: (repository: string, subject: string) => ReferrerDescriptor[]
}

/** A descriptor of a referrers list. */
export interface ReferrerDescriptor {
  mediaType: string
  digest: string
  size: number
  artifactType?: string
  annotations?: Record<string, string>
}

const INDEX = 'application/vnd.oci.image.index.v1+json'
const REFERRERS = /^\/v2\/(.+)\/referrers\/([^/?]+)$/
const MANIFEST = /^\/v2\/(.+)\/manifests\/([^/?]+)$/
const DIGEST = /^sha256:[a-f0-9]{64}$/

/**
 * The referrers API of distribution-spec v1.1 in front of a real reference registry 2.8, which has
 * none (it answers `404 page not found`). Everything is proxied to the registry except:
 * - `GET /v2/<name>/referrers/<digest>` ("Listing Referrers", end-12a/12b): 200 with an image index
 *   of the descriptors of manifests pushed through the stand-in whose `subject` is `<digest>`, in
 *   push order; each descriptor's `artifactType` is the manifest's own, else (image manifests) its
 *   config's media type, and its annotations are the manifest's. An `artifactType` query keeps only
 *   that type and the answer says `OCI-Filters-Applied: artifactType`. With `pageSize`, pages are
 *   linked with `Link: <...>; rel="next"`. A digest that is not one answers 400.
 * - a manifest PUT with a `subject` that the registry accepts (201): the answer carries
 *   `OCI-Subject: <subject digest>` ("Pushing Manifests with Subject"), so clients know the
 *   registry maintains the list and leave the referrers tag schema alone.
 */
export async function startReferrersStandin(upstream: TestRegistry, options: ReferrersStandinOptions = {}): Promise<ReferrersStandin> {
  const target = new URL(upstream.url)
  const requests: StandinRequest[] = []
  /** Referrers by `repository@subject`. */
  const referrers = new Map<string, ReferrerDescriptor[]>()

  const answer = (res: ServerResponse, record: StandinRequest, status: number, headers: Record<string, string>, body: Buffer): void => {
    record.status = status
    res.writeHead(status, { ...headers, 'content-length': String(body.length), 'docker-distribution-api-version': 'registry/2.0' }).end(body)
  }

  const listReferrers = (req: IncomingMessage, res: ServerResponse, record: StandinRequest, name: string, subject: string): void => {
    req.resume()
    if (!DIGEST.test(subject)) {
      answer(res, record, 400, { 'content-type': 'application/json' }, Buffer.from('{"errors":[{"code":"DIGEST_INVALID","message":"invalid digest"}]}'))
      return
    }
    const query = new URL(req.url ?? '/', 'http://standin').searchParams
    const type = query.get('artifactType')
    let list = [...(referrers.get(`${name}@${subject}`) ?? []), ...(options.inject?.(name, subject) ?? [])]
    if (type) list = list.filter((d) => d.artifactType === type)
    const start = Number(query.get('page') ?? 0)
    const size = options.pageSize ?? Math.max(list.length, 1)
    const headers: Record<string, string> = { 'content-type': INDEX }
    if (type) headers['oci-filters-applied'] = 'artifactType'
    if (start + size < list.length) {
      const next = new URLSearchParams({ ...(type ? { artifactType: type } : {}), page: String(start + size) })
      headers.link = `</v2/${name}/referrers/${subject}?${next.toString()}>; rel="next"`
    }
    answer(res, record, 200, headers, Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: list.slice(start, start + size) })))
  }

  const pushManifest = async (req: IncomingMessage, res: ServerResponse, record: StandinRequest, name: string): Promise<void> => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    forward(req, res, record, body, (status): Record<string, string> => {
      if (status !== 201) return {}
      const descriptor = referrerDescriptor(body, req.headers['content-type'])
      if (!descriptor) return {}
      const key = `${name}@${descriptor.subject}`
      const list = referrers.get(key) ?? []
      if (!list.some((d) => d.digest === descriptor.entry.digest)) list.push(descriptor.entry)
      referrers.set(key, list)
      return { 'oci-subject': descriptor.subject }
    })
  }

  const forward = (
    req: IncomingMessage,
    res: ServerResponse,
    record: StandinRequest,
    body: Buffer | undefined,
    extraHeaders: (status: number) => Record<string, string> = () => ({})
  ): void => {
    // The Host header is kept, so the registry's Location headers lead back through the stand-in.
    const out = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      const status = up.statusCode ?? 502
      record.status = status
      res.writeHead(status, { ...up.headers, ...extraHeaders(status) })
      up.pipe(res)
    })
    out.on('error', () => res.destroy())
    if (body) out.end(body)
    else req.pipe(out)
  }

  const server: Server = createServer((req, res) => {
    const method = req.method ?? 'GET'
    const path = (req.url ?? '/').split('?')[0]
    const record: StandinRequest = { method, path: req.url ?? '/', status: 0 }
    requests.push(record)
    const listing = method === 'GET' ? REFERRERS.exec(path) : null
    if (listing) return listReferrers(req, res, record, listing[1], decodeURIComponent(listing[2]))
    const manifest = method === 'PUT' ? MANIFEST.exec(path) : null
    if (manifest) {
      pushManifest(req, res, record, manifest[1]).catch(() => res.destroy())
      return
    }
    forward(req, res, record, undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as { port: number }).port}`
  return {
    host,
    url: `http://${host}`,
    registry: { ...upstream, host, url: `http://${host}` },
    requests,
    reset: () => {
      requests.length = 0
    },
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/** The subject and referrers-list descriptor of pushed manifest bytes, undefined when they have no subject. */
function referrerDescriptor(body: Buffer, contentType: string | undefined): { subject: string; entry: ReferrerDescriptor } | undefined {
  let json: { mediaType?: string; subject?: { digest?: string }; artifactType?: string; config?: { mediaType?: string }; annotations?: Record<string, string> }
  try {
    json = JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
  const subject = json.subject?.digest
  if (typeof subject !== 'string') return undefined
  const mediaType = json.mediaType ?? contentType ?? 'application/vnd.oci.image.manifest.v1+json'
  // An index without artifactType has none in the list; an image manifest falls back to its config's media type.
  const artifactType = json.artifactType || (mediaType === INDEX ? undefined : json.config?.mediaType)
  const entry: ReferrerDescriptor = {
    mediaType,
    digest: `sha256:${createHash('sha256').update(body).digest('hex')}`,
    size: body.length,
    ...(artifactType ? { artifactType } : {}),
    ...(json.annotations ? { annotations: json.annotations } : {})
  }
  return { subject, entry }
}
