import { assertDigest } from '../oci/digest'
import { DigestMismatchError } from '../oci/errors'
import { checkStoredDigest, manifestPutError } from './manifest-put'
import { discard, header } from './http'
import { isValidDigest } from '../oci/names'
import type { Transport } from './transport'
import { MANIFEST_ACCEPT, manifestMediaType, MAX_MANIFEST_BYTES } from '../oci/media-types'
import { type Descriptor, type ManifestPut, type RawManifest } from '../oci/model'
import { isSchema1, manifestDigest } from '../oci/schema1'

/** The media type of a response: the header without parameters, else what the manifest says of itself (schema 1 included). */
function mediaTypeOf(contentType: string | undefined, bytes?: Buffer): string {
  const fromHeader = contentType?.split(';')[0].trim()
  if (fromHeader && fromHeader !== 'application/json' && fromHeader !== 'text/plain') return fromHeader
  return (bytes && manifestMediaType(bytes)) || fromHeader || 'application/octet-stream'
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
  const mediaType = mediaTypeOf(header(response.headers, 'content-type'), bytes)
  const byDigest = isValidDigest(reference)
  // Schema 1 is identified by its JWS payload: registries re-sign it on every GET.
  const digest = manifestDigest(bytes, mediaType, byDigest ? reference : 'sha256:')
  if (byDigest && digest !== reference) {
    const what = isSchema1(mediaType) ? 'its JWS payload (signatures removed) hashes' : 'content hashes'
    throw new DigestMismatchError(`manifest ${repository}@${reference}: ${what} to ${digest}`)
  }
  return { bytes, mediaType, digest }
}

/**
 * Pushes manifest bytes under a tag or digest; the registry must then serve them under the same
 * digest (see checkStoredDigest). A target that refuses OCI media types gets its own message.
 * Resolves to the `OCI-Subject` header, which a registry with the referrers API sends for a
 * manifest with a `subject` (distribution-spec v1.1, "Pushing Manifests with Subject").
 */
export async function putManifest(
  transport: Transport,
  repository: string,
  reference: string,
  manifest: RawManifest,
  scopes: string[],
  signal?: AbortSignal
): Promise<ManifestPut> {
  const where = `${repository}:${reference}`
  let response
  try {
    response = await transport.send({
      method: 'PUT',
      url: `/v2/${repository}/manifests/${reference}`,
      scopes,
      headers: { 'content-type': manifest.mediaType },
      body: manifest.bytes,
      signal
    })
  } catch (error) {
    throw manifestPutError(error, manifest, where)
  }
  await discard(response.body)
  const stored = header(response.headers, 'docker-content-digest')
  await checkStoredDigest(stored, manifest, where, async () =>
    isValidDigest(reference) ? stored : (await headManifest(transport, repository, reference, scopes, signal))?.digest
  )
  const subject = header(response.headers, 'oci-subject')
  return subject ? { subject } : {}
}

function descriptorOf(manifest: RawManifest): Descriptor {
  return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length }
}

/** Deletes a manifest by digest (every tag pointing at it goes too); 202 Accepted. Registries may refuse (405 when deletion is disabled). */
export async function deleteManifest(transport: Transport, repository: string, digest: string, scopes: string[]): Promise<void> {
  const response = await transport.send({ method: 'DELETE', url: `/v2/${repository}/manifests/${digest}`, scopes, accept: [202, 200] })
  await discard(response.body)
}
