import { UsageError, type Side } from '../../oci/errors'
import type { ArchiveFormat } from '../../layout'
import type { ImageRef } from '../../oci/image-ref'
import { isValidHost, isValidRepositoryPath, normalizeRegistryHost } from '../../oci/names'
import { joinPath } from '../../oci/reference'

/**
 * Where images are read from or written to, parsed once from `--source` / `--target` when the
 * options are parsed, and handed down whole: `registry` and `namespace` for a registry, `path` for
 * an OCI layout; `display` is the canonical text used in reports, ledger keys and messages.
 * References to what it holds are made by {@link repositoryRef}.
 */
export type EndpointSpec =
  | {
      kind: 'registry'
      registry: string
      namespace: string
      display: string
      /** Set when the namespace was given with capitals and lowercased: what to tell the user. */
      notice?: string
    }
  | { kind: 'oci'; path: string; registry: string; namespace: ''; display: string }
  /** An image archive file, a source only: `oci-archive:FILE` or `docker-archive:FILE` (skopeo's names). */
  | { kind: 'archive'; format: ArchiveFormat; path: string; registry: string; namespace: ''; display: string }

/** The archive transports, as containers-transports(5) names them. */
const ARCHIVE_FORMATS: readonly ArchiveFormat[] = ['oci-archive', 'docker-archive']

const looksLikeHost = (part: string): boolean => part === 'localhost' || part.includes('.') || part.includes(':') || part.startsWith('[')

/**
 * Parses `REGISTRY/NAMESPACE`, a bare Docker Hub account (`user` = `docker.io/user`), `oci:PATH`, or
 * (as a source) `oci-archive:FILE` / `docker-archive:FILE`.
 * Registry paths are lowercase: a target namespace with capitals (`ghcr.io/MyOrg`, as
 * `github.repository_owner` gives it) is lowercased, as GitHub's own tooling does, with a notice;
 * a source namespace must already name what exists.
 * Throws a UsageError naming the option (`source` or `target`) and the accepted forms.
 */
export function parseEndpoint(text: string, side: Side): EndpointSpec {
  const value = text.trim()
  const accepted =
    'REGISTRY[:PORT]/NAMESPACE (e.g. gcr.io/google-containers), a Docker Hub user, oci:PATH, or (a source) oci-archive:FILE / docker-archive:FILE'
  const fail = (problem: string): UsageError => new UsageError((w) => `${w.option(side)} ${problem}`)
  if (!value) throw new UsageError((w) => `${w.option(side)} is required: ${accepted}`)
  const archive = ARCHIVE_FORMATS.find((format) => value.startsWith(`${format}:`))
  if (archive) {
    const path = value.slice(archive.length + 1)
    if (!path) throw fail(`${value}: ${archive}: needs a file path, e.g. ${archive}:./image.tar`)
    if (side === 'target') throw fail(`${value}: an archive can only be a source; write an OCI layout with oci:DIR (tar it afterwards if a file is needed)`)
    return { kind: 'archive', format: archive, path, registry: value, namespace: '', display: value }
  }
  if (value.startsWith('oci:')) {
    const path = value.slice(4)
    if (!path) throw fail(`${value}: oci: needs a directory path, e.g. oci:./mirror`)
    return { kind: 'oci', path, registry: value, namespace: '', display: value }
  }
  const trimmed = value.replace(/^(https?:\/\/)/, '').replace(/\/+$/, '')
  // Credentials written into the address (`user:pass@host`) would end up in logs and reports: refused without repeating them.
  if (trimmed.split('/')[0].includes('@')) {
    throw new UsageError(
      (w) =>
        `${w.option(side)} holds credentials (USER:PASSWORD@HOST); give them with ${w.option(`${side}-username`)} and ${w.option(`${side}-password`)} instead`
    )
  }
  const [first, ...rest] = trimmed.split('/')
  const [host, given] = looksLikeHost(first) ? [first, rest.join('/')] : ['docker.io', trimmed]
  const path = side === 'target' ? given.toLowerCase() : given
  if (!isValidHost(host)) throw fail(`${value}: "${host}" is not a registry host[:port] (port at most 65535); expected ${accepted}`)
  if (path && !isValidRepositoryPath(path)) {
    throw fail(`${value}: namespace "${path}" is not a valid repository path (lowercase letters, digits, and . _ - separators, / between levels)`)
  }
  const registry = normalizeRegistryHost(host)
  if (registry === 'docker.io' && !path && side === 'target') throw fail(`${value}: Docker Hub needs an account, e.g. docker.io/USER or just USER`)
  const display = path ? `${registry}/${path}` : registry
  const notice = path !== given ? `target namespace "${given}" lowercased to "${path}": registry paths are lowercase` : undefined
  return { kind: 'registry', registry, namespace: path, display, ...(notice ? { notice } : {}) }
}

/**
 * The reference of a repository under an endpoint (no tag): the endpoint's store, and its
 * namespace + `relative` as the repository path. The one place a namespace joins a relative path.
 */
export function repositoryRef(spec: EndpointSpec, relative: string): ImageRef {
  return refOnStore(spec, joinPath(spec.namespace, relative))
}

/** The reference of a repository on an endpoint's store, by its whole path (namespace included, as naming gives target paths). */
export function refOnStore(spec: EndpointSpec, repository: string): ImageRef {
  if (spec.kind === 'registry') return { registry: spec.registry, repository }
  return { scheme: spec.kind === 'oci' ? 'oci' : spec.format, registry: spec.registry, repository }
}
