import { isDockerHub, normalizeRegistryHost } from '../../oci/names'
import { listDockerHub } from './docker-hub'
import { listGitHub } from './github'
import { listGoogle } from './google'
import type { RepositoryLister } from './lister'
import { listQuay } from './quay'
import { listStandard } from './standard'

export type { ListerContext, RepositoryLister, RepositoryListing } from './lister'

/**
 * The lister for a registry host, chosen here and only here: Docker Hub, Quay and GHCR through their
 * vendors' APIs (their registries list nothing), gcr.io by walking `child` listings, any other
 * registry by its `_catalog`. Naming repositories (`--images`) skips listing altogether.
 */
export function listerFor(host: string): RepositoryLister {
  const name = normalizeRegistryHost(host)
  if (isDockerHub(name)) return listDockerHub
  if (name === 'quay.io') return listQuay
  if (name === 'ghcr.io') return listGitHub
  if (name === 'gcr.io' || name.endsWith('.gcr.io')) return listGoogle
  return listStandard
}
