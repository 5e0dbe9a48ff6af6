/**
 * Names as the distribution spec defines them, one copy for every store: repository paths, tags,
 * digests and registry hosts. `docker.io` (also `index.docker.io`, `registry-1.docker.io`,
 * `registry.hub.docker.com`) is one registry, named `docker.io`.
 */

const COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*'
const REPOSITORY_PATH = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`)
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/
const HOST = /^(localhost|\[[0-9a-fA-F:]+\]|[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*)(:\d{1,5})?$/
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com'])

/** The longest repository name the spec allows (host excluded). */
export const MAX_NAME_LENGTH = 255

/** True for a repository path such as `google-containers/pause` (lowercase components separated by `/`). */
export function isValidRepositoryPath(path: string): boolean {
  return path.length <= MAX_NAME_LENGTH && REPOSITORY_PATH.test(path)
}

/** True for a tag as the spec allows: `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`. */
export function isValidTag(tag: string): boolean {
  return TAG.test(tag)
}

/** True for a `sha256:` (64 hex) or `sha512:` (128 hex) digest. */
export function isValidDigest(digest: string): boolean {
  return DIGEST.test(digest)
}

/** True for `HOST` or `HOST:PORT` (a name, an IPv4 address, or a bracketed IPv6 address). */
export function isValidHost(host: string): boolean {
  const port = /:(\d+)$/.exec(host)?.[1]
  return HOST.test(host) && (port === undefined || Number(port) <= 65535)
}

/** The canonical name of a registry host: every Docker Hub alias becomes `docker.io`, names are lowercased. */
export function normalizeRegistryHost(host: string): string {
  const lower = host.toLowerCase()
  return DOCKER_HUB_ALIASES.has(lower) ? 'docker.io' : lower
}

/** True for Docker Hub under any of its names. */
export function isDockerHub(host: string): boolean {
  return normalizeRegistryHost(host) === 'docker.io'
}

/** The bare host of `HOST[:PORT]`, lowercased: the port (after a name, an IPv4 address or a bracketed IPv6 address) dropped. */
function hostName(host: string): string {
  return host.toLowerCase().replace(/:\d+$/, '')
}

const LOOPBACK_V4 = /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/
const LOOPBACK_V6 = new Set(['[::1]', '[0:0:0:0:0:0:0:1]'])

/**
 * True for a host (with or without its port) on this machine's loopback interface: `localhost`,
 * the whole of 127.0.0.0/8, and `[::1]`. The one rule for both what is spoken to over plain HTTP
 * (as docker does) and which names are one registry ({@link registryIdentity}).
 */
export function isLoopback(host: string): boolean {
  const name = hostName(host)
  return name === 'localhost' || LOOPBACK_V4.test(name) || LOOPBACK_V6.has(name)
}

/**
 * What a registry host names, whatever alias it is written with: Docker Hub's names become
 * `docker.io`, every loopback name ({@link isLoopback}) one loopback, and a default port (`:443`, or
 * `:80` for a plain-HTTP registry) the bare host. Two hosts with one identity are one registry.
 * Aliases only DNS knows (a name in /etc/hosts) are not resolved.
 */
export function registryIdentity(host: string): string {
  const lower = host.toLowerCase()
  const match = /^(.*?)(?::(\d+))?$/.exec(lower)!
  const port = match[2] === '443' || match[2] === '80' ? undefined : match[2]
  const name = DOCKER_HUB_ALIASES.has(match[1]) ? 'docker.io' : isLoopback(match[1]) ? 'loopback' : match[1]
  return port === undefined ? name : `${name}:${port}`
}
