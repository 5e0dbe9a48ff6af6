import { UsageError } from '../oci/errors'
import type { ImageRef } from '../oci/image-ref'
import { isValidHost, isValidRepositoryPath, normalizeRegistryHost, registryIdentity } from '../oci/names'
import { quoted } from '../util/printable'

/** A registry, or a namespace in one, that requests may mirror from (the `allowed-sources` input). */
export interface AllowedSource {
  /** The registry host, canonical (`docker.io` for Docker Hub under any name). */
  registry: string
  /** The namespace or repository path within it; absent: the whole registry. */
  path?: string
}

/** The form of an `allowed-sources` entry, for messages. */
const FORM = 'REGISTRY or REGISTRY/NAMESPACE, e.g. registry.k8s.io or docker.io/library'

/**
 * Parses the `allowed-sources` entries. Each names its registry by host (a `.`, a `:` or
 * `localhost`, as docker tells a host from a Docker Hub name), so `library` alone is refused rather
 * than guessed. Throws a UsageError naming the input and the entry.
 */
export function parseAllowedSources(entries: string[]): AllowedSource[] {
  return entries.map((entry) => {
    const slash = entry.indexOf('/')
    const host = slash < 0 ? entry : entry.slice(0, slash)
    const path = slash < 0 ? undefined : entry.slice(slash + 1)
    const namesHost = host === 'localhost' || host.includes('.') || host.includes(':')
    if (!namesHost || !isValidHost(host)) throw new UsageError(`allowed-sources ${quoted(entry)}: the first part is not a registry host; expected ${FORM}`)
    if (path !== undefined && !isValidRepositoryPath(path)) throw new UsageError(`allowed-sources ${quoted(entry)}: not a namespace path; expected ${FORM}`)
    return { registry: normalizeRegistryHost(host), ...(path === undefined ? {} : { path }) }
  })
}

/** `REGISTRY[/PATH]`, as a reply names an allowed source. */
export function formatAllowedSource(source: AllowedSource): string {
  return source.path === undefined ? source.registry : `${source.registry}/${source.path}`
}

/**
 * True when the reference is in an allowed registry, under an allowed namespace when one is named
 * (`docker.io/library` allows `docker.io/library/nginx`, not `docker.io/library-x/app`). Hosts
 * compare by what they name (`localhost:5000` is `127.0.0.1:5000`, `index.docker.io` is `docker.io`).
 */
export function isAllowed(ref: ImageRef, allowed: AllowedSource[]): boolean {
  const registry = registryIdentity(ref.registry)
  return allowed.some(
    (source) =>
      registryIdentity(source.registry) === registry &&
      (source.path === undefined || ref.repository === source.path || ref.repository.startsWith(`${source.path}/`))
  )
}
