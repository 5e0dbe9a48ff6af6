/**
 * How users reach a target repository: the `docker pull` reference and, where the registry has
 * one, its web page (Docker Hub, GitHub Container Registry, Quay).
 */

/** The reference to pull, shortened as docker prints it for Docker Hub; undefined for an `oci:` layout. */
export function pullReference(targetRepository: string, tag: string): string | undefined {
  if (targetRepository.startsWith('oci:')) return undefined
  const docker = dockerHubPath(targetRepository)
  return `${docker === undefined ? targetRepository : docker.replace(/^library\//, '')}:${tag}`
}

/** The repository's page on its registry's website, for registries that have one. */
export function repositoryPage(targetRepository: string): string | undefined {
  const docker = dockerHubPath(targetRepository)
  if (docker !== undefined) return docker.startsWith('library/') ? `https://hub.docker.com/_/${docker.slice(8)}` : `https://hub.docker.com/r/${docker}`
  const [host, ...path] = targetRepository.split('/')
  if (path.length === 0) return undefined
  if (host === 'ghcr.io') return `https://ghcr.io/${path.join('/')}`
  if (host === 'quay.io') return `https://quay.io/repository/${path.join('/')}`
  return undefined
}

/** The path below Docker Hub, or undefined for another registry. */
function dockerHubPath(targetRepository: string): string | undefined {
  const match = /^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/(.+)$/.exec(targetRepository)
  return match?.[1]
}
