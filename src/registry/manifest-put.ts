import { ChildUnknownError, MirrorError, ProtocolError } from '../oci/errors'
import { MediaType } from '../oci/media-types'
import type { RawManifest } from '../oci/model'
import { RegistryError } from './errors'

/**
 * What a registry's answer to a manifest `PUT` means beyond its status: targets that rewrite
 * (answer another `Docker-Content-Digest`), targets that refuse OCI media types (old ECR,
 * Harbor < 2, old Quay: `400 MANIFEST_INVALID`), and an index refused for a child being written at
 * the same moment.
 */

const OCI_TYPES = new Set<string>([MediaType.OciManifest, MediaType.OciIndex])
const INDEX_TYPES = new Set<string>([MediaType.OciIndex, MediaType.DockerManifestList])

/**
 * Codes of an index refused for one of its children. distribution (2.x and 3.0, Harbor's storage
 * too) checks each child with `Exists`, which reads the child's revision link file
 * (`_manifests/revisions/sha256/HEX/link`); every PUT of that child, by digest or by tag, writes
 * the link file again through the storage driver's `PutContent`, and the filesystem driver opens
 * it, truncates it, then writes. An index PUT whose check reads the file in between reads an
 * empty digest: `digest.ErrDigestInvalidFormat`, answered `400 DIGEST_INVALID`
 * (registry/handlers/manifests.go); a child not there at all is `MANIFEST_BLOB_UNKNOWN`
 * (registry/storage/manifestlisthandler.go). Tags on both an index and its children (gcr.io's
 * `1.0` and `1.0-amd64`) copied at once meet this: the children are checked and the PUT repeated.
 */
const CHILD_REFUSED = new Set(['DIGEST_INVALID', 'MANIFEST_BLOB_UNKNOWN'])

/**
 * The error for a refused manifest `PUT`: an index refused for a child is a ChildUnknownError
 * (see CHILD_REFUSED); an OCI manifest or index answered with 400 (or 415) becomes a `refused`
 * failure (not retried) that says the target does not take OCI media types and names
 * `--format docker`; anything else is returned as it was.
 */
export function manifestPutError(error: unknown, manifest: RawManifest, where: string): unknown {
  if (!(error instanceof RegistryError)) return error
  if (error.status === 400 && CHILD_REFUSED.has(error.code ?? '') && INDEX_TYPES.has(manifest.mediaType))
    return new ChildUnknownError(error.message, { cause: error, side: 'target' })
  if (!OCI_TYPES.has(manifest.mediaType)) return error
  const refusesType = error.status === 415 || (error.status === 400 && (error.code === 'MANIFEST_INVALID' || error.code === 'UNSUPPORTED' || !error.code))
  if (!refusesType) return error
  return new MirrorError('refused', `${where}: the target refuses the OCI media type ${manifest.mediaType} (${error.message})`, {
    cause: error,
    side: 'target',
    hint: (w) => `pass ${w.option('format')} docker to convert OCI manifests and indexes to Docker media types (their digests change)`
  })
}

/**
 * Checks a manifest stored under `reference`: when the registry answered another digest than the
 * manifest's, `servedUnderTag` (HEAD by tag) decides. Serving the source's digest under the tag is a
 * success (the answer header was wrong); otherwise a failure naming both digests.
 */
export async function checkStoredDigest(
  stored: string | undefined,
  manifest: RawManifest,
  where: string,
  servedUnderTag: () => Promise<string | undefined>
): Promise<void> {
  if (!stored || stored === manifest.digest) return
  const served = await servedUnderTag()
  if (served === manifest.digest) return
  throw new ProtocolError(
    `${where}: the target rewrote the manifest: it answered ${stored} and serves ${served ?? 'nothing'} under the tag, not the source's ${manifest.digest}`
  )
}
