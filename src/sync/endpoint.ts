import { UsageError, type Side } from '../oci/errors'
import { isValidHost, isValidRepositoryPath, normalizeRegistryHost } from '../oci/names'

/**
 * Where images are read from or written to, parsed once from `--source` / `--target` when the
 * options are parsed, and handed down whole: `registry` and `namespace` for a registry, `path` for
 * an OCI layout; `display` is the canonical text used in reports, ledger keys and messages.
 */
export type EndpointSpec =
  { kind: 'registry'; registry: string; namespace: string; display: string } | { kind: 'oci'; path: string; registry: string; namespace: ''; display: string }

const looksLikeHost = (part: string): boolean => part === 'localhost' || part.includes('.') || part.includes(':') || part.startsWith('[')

/**
 * Parses `REGISTRY/NAMESPACE`, a bare Docker Hub account (`user` = `docker.io/user`) or `oci:PATH`.
 * Throws a UsageError naming the option (`source` or `target`) and the accepted forms.
 */
export function parseEndpoint(text: string, side: Side): EndpointSpec {
  const value = text.trim()
  const accepted = 'REGISTRY[:PORT]/NAMESPACE (e.g. gcr.io/google-containers), a Docker Hub user, or oci:PATH'
  const fail = (problem: string): UsageError => new UsageError((w) => `${w.option(side)} ${problem}`)
  if (!value) throw new UsageError((w) => `${w.option(side)} is required: ${accepted}`)
  if (value.startsWith('oci:')) {
    const path = value.slice(4)
    if (!path) throw fail(`${value}: oci: needs a directory path, e.g. oci:./mirror`)
    return { kind: 'oci', path, registry: value, namespace: '', display: value }
  }
  const trimmed = value.replace(/^(https?:\/\/)/, '').replace(/\/+$/, '')
  const [first, ...rest] = trimmed.split('/')
  const [host, path] = looksLikeHost(first) ? [first, rest.join('/')] : ['docker.io', trimmed]
  if (!isValidHost(host)) throw fail(`${value}: "${host}" is not a registry host[:port] (port at most 65535); expected ${accepted}`)
  if (path && !isValidRepositoryPath(path)) {
    throw fail(`${value}: namespace "${path}" is not a valid repository path (lowercase letters, digits, and . _ - separators, / between levels)`)
  }
  const registry = normalizeRegistryHost(host)
  if (registry === 'docker.io' && !path && side === 'target') throw fail(`${value}: Docker Hub needs an account, e.g. docker.io/USER or just USER`)
  return { kind: 'registry', registry, namespace: path, display: path ? `${registry}/${path}` : registry }
}
