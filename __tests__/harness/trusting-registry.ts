import { createHash, randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { json, startHostile, type HostileRegistry } from './hostile'

/** A registry stand-in that stores what it is sent, digest unchecked. */
export interface TrustingRegistry extends HostileRegistry {
  /** Blob bytes by `REPOSITORY@DIGEST`, as committed. */
  blobs: Map<string, Buffer>
}

/** The whole body of a request, or undefined when the client gave up before its end (nothing is committed then). */
function body(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(req.complete ? Buffer.concat(chunks) : undefined))
    req.on('aborted', () => resolve(undefined))
    req.on('error', () => resolve(undefined))
    req.on('close', () => resolve(req.complete ? Buffer.concat(chunks) : undefined))
  })
}

const ROUTE = /^\/v2\/(.+)\/(blobs\/uploads|blobs|manifests|tags)\/?(.*)$/

/**
 * A registry that speaks the distribution API's push and pull flows but trusts its clients, as the
 * spec lets a registry be lax while requiring the client to send the right bytes: the
 * distribution spec's "Pushing a blob monolithically" / "chunked" rules say the closing
 * `PUT <location>?digest=<digest>` completes the upload and the registry MAY verify the digest
 * (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-blobs): this one
 * does not. What a complete PUT (after any PATCHes) carries is committed under the digest the
 * query names; a request the client destroys before its last byte (Content-Length not reached) is
 * never complete and commits nothing, as with any HTTP server. Mounts (`?mount=&from=`) answer
 * 201 when the `from` repository holds the blob, else 202 with a session. Manifests are stored
 * under the tag and the sha256 of their bytes; `tags/list` lists them.
 */
export async function startTrustingRegistry(): Promise<TrustingRegistry> {
  const blobs = new Map<string, Buffer>()
  const sessions = new Map<string, { repository: string; bytes: Buffer }>()
  const manifests = new Map<string, { bytes: Buffer; type: string; digest: string }>()
  const tags = new Map<string, Set<string>>()
  const registry = await startHostile(async (req, res, url) => {
    const match = ROUTE.exec(url.pathname)
    if (!match) return false
    const [, repository, kind, rest] = match
    const method = req.method ?? 'GET'
    if (kind === 'blobs/uploads' && method === 'POST') {
      const mount = url.searchParams.get('mount')
      const from = url.searchParams.get('from')
      if (mount && from && blobs.has(`${from}@${mount}`)) {
        blobs.set(`${repository}@${mount}`, blobs.get(`${from}@${mount}`)!)
        res.writeHead(201, { location: `/v2/${repository}/blobs/${mount}`, 'docker-content-digest': mount, 'content-length': '0' }).end()
        return true
      }
      const id = randomUUID()
      sessions.set(id, { repository, bytes: Buffer.alloc(0) })
      res.writeHead(202, { location: `/v2/${repository}/blobs/uploads/${id}`, range: '0-0', 'docker-upload-uuid': id, 'content-length': '0' }).end()
      return true
    }
    if (kind === 'blobs/uploads') {
      const session = sessions.get(rest)
      if (!session) return json(res, 404, { errors: [{ code: 'BLOB_UPLOAD_UNKNOWN', message: 'blob upload unknown to registry' }] })
      if (method === 'DELETE') {
        sessions.delete(rest)
        res.writeHead(204).end()
        return true
      }
      const sent = await body(req)
      if (!sent) return true
      session.bytes = Buffer.concat([session.bytes, sent])
      if (method === 'PATCH') {
        res.writeHead(202, { location: `/v2/${repository}/blobs/uploads/${rest}`, range: `0-${session.bytes.length - 1}`, 'content-length': '0' }).end()
        return true
      }
      const digest = url.searchParams.get('digest') ?? ''
      sessions.delete(rest)
      blobs.set(`${repository}@${digest}`, session.bytes)
      res.writeHead(201, { location: `/v2/${repository}/blobs/${digest}`, 'docker-content-digest': digest, 'content-length': '0' }).end()
      return true
    }
    if (kind === 'blobs') {
      const bytes = blobs.get(`${repository}@${rest}`)
      if (!bytes) return json(res, 404, { errors: [{ code: 'BLOB_UNKNOWN', message: 'blob unknown to registry' }] })
      res.writeHead(200, { 'content-length': String(bytes.length), 'docker-content-digest': rest, 'content-type': 'application/octet-stream' })
      res.end(method === 'HEAD' ? undefined : bytes)
      return true
    }
    if (kind === 'manifests' && method === 'PUT') {
      const bytes = await body(req)
      if (!bytes) return true
      const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
      const stored = { bytes, type: req.headers['content-type'] ?? 'application/json', digest }
      manifests.set(`${repository}@${digest}`, stored)
      if (rest !== digest) {
        manifests.set(`${repository}:${rest}`, stored)
        tags.set(repository, (tags.get(repository) ?? new Set()).add(rest))
      }
      res.writeHead(201, { location: `/v2/${repository}/manifests/${digest}`, 'docker-content-digest': digest, 'content-length': '0' }).end()
      return true
    }
    if (kind === 'manifests') {
      const stored = manifests.get(rest.startsWith('sha256:') ? `${repository}@${rest}` : `${repository}:${rest}`)
      if (!stored) return json(res, 404, { errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] })
      res.writeHead(200, { 'content-type': stored.type, 'content-length': String(stored.bytes.length), 'docker-content-digest': stored.digest })
      res.end(method === 'HEAD' ? undefined : stored.bytes)
      return true
    }
    const listed = tags.get(repository)
    if (!listed) return false
    return json(res, 200, { name: repository, tags: [...listed].sort() })
  })
  return { ...registry, blobs }
}
