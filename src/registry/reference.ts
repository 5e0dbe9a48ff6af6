import { isDockerHub, isLoopback, normalizeRegistryHost } from '../oci/names'

/**
 * How the client reaches a registry named by `oci/names`, with Docker Hub's quirks in one place:
 * its API lives at `registry-1.docker.io`, `docker login` stores its credentials under
 * `https://index.docker.io/v1/`, and its single-level names live under `library/`.
 */

/** The host that serves the registry API: `registry-1.docker.io` for Docker Hub, else the host itself. */
export function apiHost(host: string): string {
  return isDockerHub(host) ? 'registry-1.docker.io' : host
}

/** The keys `docker login` may have stored a registry's credentials under in `config.json`. */
export function credentialKeys(host: string): string[] {
  if (isDockerHub(host)) return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io', 'https://registry-1.docker.io']
  return [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`]
}

/** A repository path as the registry knows it: Docker Hub's single-level names live under `library/`. */
export function qualifyRepository(host: string, path: string): string {
  return isDockerHub(host) && path && !path.includes('/') ? `library/${path}` : path
}

/** The origin (`scheme://host[:port]`) of a registry's API: HTTP for loopback and insecure hosts, HTTPS otherwise. */
export function registryOrigin(host: string, insecure: readonly string[] = []): string {
  const api = apiHost(host)
  const plain = isLoopback(api) || insecure.some((entry) => normalizeRegistryHost(entry) === normalizeRegistryHost(host))
  return `${plain ? 'http' : 'https'}://${api}`
}
