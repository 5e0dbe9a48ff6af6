import type { Descriptor } from '../oci/model'
import { isValidDigest, isValidRepositoryPath, isValidTag } from '../oci/names'
import { REF_NAME, type TaggedName } from './ref-name'

/** The annotation containerd (and buildkit's OCI exporter) put the full image name in. */
export const CONTAINERD_NAME = 'io.containerd.image.name'

/** The tag an entry without a name gets when `--images NAME` claims it: `digest-<hex>` of its digest. */
export function digestTag(digest: string): string {
  return `digest-${digest.slice(digest.indexOf(':') + 1)}`
}

/** How entries whose name says no repository are placed. */
export interface EntryNaming {
  /** The one repository `--images` names: bare tags go there, and unnamed entries (as `digest-<hex>`). */
  images?: string
  /** The layout folder's name, when it is a valid repository name: bare tags go there otherwise. */
  folder?: string
}

/** An index.json entry with the repository and tag it is mirrored as. */
export interface NamedEntry extends TaggedName {
  descriptor: Descriptor
}

/** The entries of a layout as a run names them, and what could not be named. */
export interface LayoutNames {
  named: NamedEntry[]
  /** Entries with a bare tag and no repository to put it in. */
  bareTags: number
  /** Entries with no name at all, not claimed by `--images`. */
  unnamed: number
  /** Entries whose name is not a reference gcr-mirror can use. */
  unusable: number
}

const looksLikeHost = (part: string): boolean => part === 'localhost' || part.includes('.') || part.includes(':')

/**
 * A full reference (`docker.io/library/alpine:3.20`, `ghcr.io/o/app@sha256:...`,
 * `team/app:v1`) as repository and tag: the registry host, when the first component looks like one,
 * is dropped; a reference by digest only gets the tag `digest-<hex>`; no tag and no digest means
 * `latest`, as docker reads it. Undefined for anything that is not a reference.
 */
export function parseFullReference(name: string): TaggedName | undefined {
  let rest = name
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!isValidDigest(digest)) return undefined
  }
  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!isValidTag(tag)) return undefined
  }
  const parts = rest.split('/')
  if (parts.length > 1 && looksLikeHost(parts[0])) parts.shift()
  const repository = parts.join('/')
  if (!isValidRepositoryPath(repository)) return undefined
  return { repository, tag: tag ?? (digest ? digestTag(digest) : 'latest') }
}

/** True for a name that is only a tag (`v1.0.0`), as skopeo, oras and podman write `oci:DIR:TAG`. */
function isBareTag(name: string): boolean {
  return isValidTag(name) && !name.includes(':')
}

/**
 * Names every entry of a layout's index.json, whichever tool wrote it:
 * - `org.opencontainers.image.ref.name` = `REPOSITORY:TAG` or a full reference (gcr-mirror, crane,
 *   `docker.io/library/alpine:3.20`): that repository (host dropped) and tag;
 * - a bare tag (`v1.0.0`: skopeo, oras, podman, buildkit): that tag in the repository `--images`
 *   names, else in the one `io.containerd.image.name` gives (buildkit), else the layout folder's;
 * - no ref.name: the `io.containerd.image.name` reference, else (only when `--images` names one
 *   repository) that repository with the tag `digest-<hex>`.
 * Entries that repeat a repository and tag keep the first, as skopeo picks.
 */
export function nameEntries(manifests: Descriptor[], naming: EntryNaming): LayoutNames {
  const names: LayoutNames = { named: [], bareTags: 0, unnamed: 0, unusable: 0 }
  const seen = new Set<string>()
  for (const descriptor of manifests) {
    const refName = descriptor.annotations?.[REF_NAME]
    const containerd = descriptor.annotations?.[CONTAINERD_NAME]
    const fromContainerd = containerd ? parseFullReference(containerd) : undefined
    let name: TaggedName | undefined
    if (refName && isBareTag(refName)) {
      const repository = naming.images ?? fromContainerd?.repository ?? naming.folder
      if (repository) name = { repository, tag: refName }
      else names.bareTags++
    } else if (refName) {
      name = parseFullReference(refName)
      if (!name) names.unusable++
    } else if (fromContainerd) {
      name = fromContainerd
    } else if (naming.images) {
      name = { repository: naming.images, tag: digestTag(descriptor.digest) }
    } else names.unnamed++
    const key = name && `${name.repository}:${name.tag}`
    if (name && key && !seen.has(key)) {
      seen.add(key)
      names.named.push({ ...name, descriptor })
    }
  }
  return names
}

/** What a layout holds that could not be named, for messages: `3 entries: 2 with no name, 1 bare tag`. */
export function describeUnnamed(total: number, names: LayoutNames): string {
  const parts = [
    names.unnamed ? `${names.unnamed} with no name` : '',
    names.bareTags ? `${names.bareTags} with only a tag` : '',
    names.unusable ? `${names.unusable} whose name is not a reference` : ''
  ].filter(Boolean)
  return `${total} ${total === 1 ? 'entry' : 'entries'}${parts.length ? `: ${parts.join(', ')}` : ''}`
}

/** A folder's or file's name as a repository name (`My_Images` -> `my_images`), undefined when it can't be one. */
export function nameAsRepository(name: string): string | undefined {
  const repository = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '')
  return isValidRepositoryPath(repository) ? repository : undefined
}
