import { createHash } from 'node:crypto'
import { startProxy, type TestProxy } from './proxy'
import type { TestRegistry } from './registry'

const ACCEPT = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
].join(', ')

/**
 * A stand-in for gcr.io in front of a real registry: `tags/list` answers with gcr.io's extensions
 * (`child`: immediate sub-repositories; `manifest`: per digest its tags, media type and times), also
 * for a namespace that is not itself a repository; `/v2/_catalog` is refused as gcr.io refuses it
 * to anonymous users. Needs an open upstream.
 */
export async function startGcrStandin(upstream: TestRegistry): Promise<TestProxy> {
  const api = (path: string, init?: RequestInit): Promise<Response> => fetch(`${upstream.url}${path}`, init)
  return startProxy(upstream.url, {
    rewrite: async (req, response) => {
      if (req.path.startsWith('/v2/_catalog')) {
        return { status: 404, body: Buffer.from('{"errors":[{"code":"UNSUPPORTED","message":"catalog is not supported"}]}') }
      }
      const match = /^\/v2\/(.+)\/tags\/list(\?.*)?$/.exec(req.path)
      if (!match || req.method !== 'GET') return undefined
      const name = match[1]
      const catalog = (await (await api('/v2/_catalog?n=1000')).json()) as { repositories: string[] }
      const child = [...new Set(catalog.repositories.filter((r) => r.startsWith(`${name}/`)).map((r) => r.slice(name.length + 1).split('/')[0]))].sort()
      const tags = response.status === 200 ? ((JSON.parse(response.body.toString('utf8')) as { tags?: string[] | null }).tags ?? []) : []
      if (response.status !== 200 && child.length === 0) return undefined
      const manifest: Record<
        string,
        { imageSizeBytes: string; layerId: string; mediaType: string; tag: string[]; timeCreatedMs: string; timeUploadedMs: string }
      > = {}
      for (const tag of tags) {
        const head = await api(`/v2/${name}/manifests/${tag}`, { method: 'HEAD', headers: { accept: ACCEPT } })
        const digest = head.headers.get('docker-content-digest')!
        const time = String(1_600_000_000_000 + (parseInt(createHash('sha256').update(tag).digest('hex').slice(0, 8), 16) % 1_000_000_000))
        manifest[digest] ??= {
          imageSizeBytes: '0',
          layerId: '',
          mediaType: head.headers.get('content-type') ?? '',
          tag: [],
          timeCreatedMs: time,
          timeUploadedMs: time
        }
        manifest[digest].tag.push(tag)
      }
      return { status: 200, body: Buffer.from(JSON.stringify({ child, manifest, name, tags })) }
    }
  })
}
