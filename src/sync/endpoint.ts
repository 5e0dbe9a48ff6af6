import { isValidHost, isValidRepositoryPath, normalizeRegistryHost } from '../registry/reference'
import { UsageError } from './errors'

/** Where images are read from or written to, parsed from `--source` / `--target`. */
export type EndpointSpec =
  { kind: 'registry'; registry: string; namespace: string; display: string } | { kind: 'oci'; path: string; registry: string; namespace: ''; display: string }

const looksLikeHost = (part: string): boolean => part === 'localhost' || part.includes('.') || part.includes(':') || part.startsWith('[')

/**
 * Parses `REGISTRY/NAMESPACE`, a bare Docker Hub account (`user` = `docker.io/user`) or `oci:PATH`.
 * Throws a UsageError naming the option and the accepted forms.
 */
export function parseEndpoint(text: string, option: '--source' | '--target'): EndpointSpec {
  const value = text.trim()
  const accepted = 'REGISTRY[:PORT]/NAMESPACE (e.g. gcr.io/google-containers), a Docker Hub user, or oci:PATH'
  if (!value) throw new UsageError(`${option} is required: ${accepted}`)
  if (value.startsWith('oci:')) {
    const path = value.slice(4)
    if (!path) throw new UsageError(`${option} ${value}: oci: needs a directory path, e.g. oci:./mirror`)
    return { kind: 'oci', path, registry: value, namespace: '', display: value }
  }
  const trimmed = value.replace(/^(https?:\/\/)/, '').replace(/\/+$/, '')
  const [first, ...rest] = trimmed.split('/')
  const [host, path] = looksLikeHost(first) ? [first, rest.join('/')] : ['docker.io', trimmed]
  if (!isValidHost(host)) throw new UsageError(`${option} ${value}: "${host}" is not a registry host[:port] (port at most 65535); expected ${accepted}`)
  if (path && !isValidRepositoryPath(path)) {
    throw new UsageError(
      `${option} ${value}: namespace "${path}" is not a valid repository path (lowercase letters, digits, and . _ - separators, / between levels)`
    )
  }
  const registry = normalizeRegistryHost(host)
  if (registry === 'docker.io' && !path && option === '--target') {
    throw new UsageError(`${option} ${value}: Docker Hub needs an account, e.g. docker.io/USER or just USER`)
  }
  return { kind: 'registry', registry, namespace: path, display: path ? `${registry}/${path}` : registry }
}
