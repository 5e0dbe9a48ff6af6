import { assertDigest, digestOf } from '../oci/digest'
import { DigestMismatchError, ProtocolError } from '../oci/errors'
import { discard, header } from './http'
import { isValidDigest } from '../oci/names'
import type { Transport } from './transport'
import { MANIFEST_ACCEPT, MAX_MANIFEST_BYTES } from '../oci/media-types'
import { type Descriptor, type RawManifest } from '../oci/model'

/** The media type of a response: the header without parameters, else the manifest's own `mediaType`. */
function mediaTypeOf(contentType: string | undefined, bytes?: Buffer): string {
  const fromHeader = contentType?.split(';')[0].trim()
  if (fromHeader && fromHeader !== 'application/json' && fromHeader !== 'text/plain') return fromHeader
  try {
    const parsed = bytes ? (JSON.parse(bytes.toString('utf8')) as { mediaType?: string; manifests?: unknown }) : undefined
    if (parsed?.mediaType) return parsed.mediaType
  } catch {
    // not JSON: keep whatever the header said
  }
  return fromHeader || 'application/octet-stream'
}

/** `HEAD` of a manifest: its descriptor without a pull (free on Docker Hub), undefined when absent. */
export async function headManifest(
  transport: Transport,
  repository: string,
  reference: string,
  scopes: string[],
  signal?: AbortSignal
): Promise<Descriptor | undefined> {
  const response = await transport.send({
    method: 'HEAD',
    url: `/v2/${repository}/manifests/${reference}`,
    scopes,
    headers: { accept: MANIFEST_ACCEPT },
    accept: [200, 404],
    signal
  })
  await discard(response.body)
  if (response.status === 404) return undefined
  const digest = header(response.headers, 'docker-content-digest') ?? (isValidDigest(reference) ? reference : undefined)
  if (!digest) return descriptorOf(await getManifest(transport, repository, reference, scopes, signal))
  return {
    mediaType: mediaTypeOf(header(response.headers, 'content-type')),
    digest: assertDigest(digest, `${repository}:${reference} digest`),
    size: Number(header(response.headers, 'content-length') ?? -1)
  }
}

/** The manifest's exact bytes; by digest, they are checked against it. Throws NotFoundError when absent. */
export async function getManifest(transport: Transport, repository: string, reference: string, scopes: string[], signal?: AbortSignal): Promise<RawManifest> {
  const response = await transport.read(
    { method: 'GET', url: `/v2/${repository}/manifests/${reference}`, scopes, headers: { accept: MANIFEST_ACCEPT }, signal },
    MAX_MANIFEST_BYTES,
    `manifest ${repository}:${reference}`
  )
  const bytes = response.bytes
  const byDigest = isValidDigest(reference)
  const digest = digestOf(bytes, byDigest ? reference : 'sha256:')
  if (byDigest && digest !== reference) throw new DigestMismatchError(`manifest ${repository}@${reference}: content hashes to ${digest}`)
  return { bytes, mediaType: mediaTypeOf(header(response.headers, 'content-type'), bytes), digest }
}

/** Pushes manifest bytes under a tag or digest; the registry must store them under the same digest. */
export async function putManifest(
  transport: Transport,
  repository: string,
  reference: string,
  manifest: RawManifest,
  scopes: string[],
  signal?: AbortSignal
): Promise<void> {
  const response = await transport.send({
    method: 'PUT',
    url: `/v2/${repository}/manifests/${reference}`,
    scopes,
    headers: { 'content-type': manifest.mediaType },
    body: manifest.bytes,
    signal
  })
  await discard(response.body)
  const stored = header(response.headers, 'docker-content-digest')
  if (stored && stored !== manifest.digest) {
    throw new ProtocolError(`${repository}:${reference}: the registry stored the manifest as ${stored}, not ${manifest.digest}`)
  }
}

function descriptorOf(manifest: RawManifest): Descriptor {
  return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length }
}
