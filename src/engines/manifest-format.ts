import type { RawManifest } from '../oci/model'
import { imageEntries, needsDockerFormat, toDockerManifest, toDockerManifestList } from './docker-format'
import { listEntries, needsOciFormat, toOciIndex, toOciManifest } from './oci-format'

/** The media types manifests land with (`--format`): the source's own, Docker's (see docker-format) or OCI's (see oci-format). */
export type ManifestFormat = 'source' | 'docker' | 'oci'

/** How one `--format` rewrites manifests: which it rewrites, an image manifest, an index and which of its entries it keeps. */
export interface FormatConversion {
  needs(mediaType: string): boolean
  manifest(manifest: RawManifest): RawManifest
  /** The index pointing at its converted children (`converted`: source digest to converted manifest). */
  index(index: RawManifest, converted: ReadonlyMap<string, RawManifest>): RawManifest
  /** The children an index keeps, each converted by `manifest`. */
  entries(index: RawManifest): Array<{ digest: string }>
}

/** The conversion of each format other than `source`. */
export const CONVERSIONS: Record<Exclude<ManifestFormat, 'source'>, FormatConversion> = {
  docker: { needs: needsDockerFormat, manifest: toDockerManifest, index: toDockerManifestList, entries: imageEntries },
  oci: { needs: needsOciFormat, manifest: toOciManifest, index: toOciIndex, entries: listEntries }
}
