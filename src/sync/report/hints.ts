import { kindOf, type Side, type Wording } from '../../oci/errors'
import { ListingRefusedError } from '../../registry/catalog'
import { RegistryError, RepositoryMissingError } from '../../registry/errors'
import type { Endpoint } from '../run/open-endpoint'

/**
 * What a user can do about a failure met before the first copy, in the words of the shell that
 * prints it: how to give credentials when a registry wanted some and none were found, which
 * credentials to check when they were refused, what right is missing when they were valid, how to
 * name repositories when a registry refused to list them, how to fit names a registry refused.
 * Undefined when there is nothing to add.
 */
export function preflightHint(error: unknown, side: Side, endpoint: Endpoint): Wording | undefined {
  if (error instanceof ListingRefusedError && error.kind !== 'auth-refused') {
    return (w) => `name the repositories of ${endpoint.display} with ${w.option('images')}`
  }
  const env = `GCR_MIRROR_${side.toUpperCase()}`
  const kind = kindOf(error)
  if (kind === 'auth-refused') {
    const from = endpoint.credentialsFrom
    if (from && from !== 'options') {
      return (w) =>
        `the ${side} credentials came from ${from}: log in again (podman login or docker login ${endpoint.registry}), or pass ${w.option(`${side}-username`)} and ${w.option(`${side}-password`)}`
    }
    return (w) =>
      `the ${side} credentials come from ${w.option(`${side}-username`)} and ${w.option(`${side}-password`)} (or ${env}_USERNAME/_PASSWORD, or docker login ${endpoint.registry})`
  }
  if (kind === 'access-denied' && !endpoint.hasCredentials) {
    const files = endpoint.credentialsSearched?.length ? `, ${endpoint.credentialsSearched.join(', ')}` : ''
    return (w) =>
      `no credentials for ${endpoint.registry} were found (looked in ${w.option(`${side}-username`)}/${w.option(`${side}-password`)}, ${env}_USERNAME/_PASSWORD${files}): pass them, or run podman login or docker login ${endpoint.registry}`
  }
  if (kind === 'access-denied') {
    const right = side === 'target' ? 'push (write)' : 'pull (read)'
    return (w) =>
      `the ${side} credentials are valid but lack the right: grant them ${right} access there, or pass ${w.option(`${side}-username`)} and ${w.option(`${side}-password`)} of an account that has it`
  }
  return side === 'target' ? nameHint(error) : undefined
}

/**
 * True for a push the registry refused because of the repository's name or absence (`NAME_INVALID`,
 * `NAME_UNKNOWN`, 404). A repository known to be missing (RepositoryMissingError) is not: the run's
 * end names those, and fewer levels would not create them.
 */
function isNameRefusal(error: unknown): error is RegistryError {
  if (!(error instanceof RegistryError) || error instanceof RepositoryMissingError || !['POST', 'PUT', 'PATCH'].includes(error.request.method)) return false
  return error.code === 'NAME_INVALID' || error.code === 'NAME_UNKNOWN' || error.status === 404
}

/**
 * For a push refused by name (`NAME_INVALID`, `NAME_UNKNOWN`): the likely cause, a registry that
 * allows fewer levels below the namespace than the path has, and the option that fits names to it.
 */
export function nameHint(error: unknown): Wording | undefined {
  if (!isNameRefusal(error)) return undefined
  return (w) =>
    `the target may allow fewer levels below its namespace than this path has: pass ${w.option('flatten')} always to join nested paths with ${w.option('separator')}, or create the repository first`
}

/**
 * Tells `say` once per run, at the first push refused by name, what such refusals mean: one line
 * for the run instead of the same advice on every failed tag.
 */
export function onceNameHint(say: (advice: Wording) => void): (error: unknown) => void {
  let told = false
  return (error) => {
    const hint = told ? undefined : nameHint(error)
    if (!hint || !isNameRefusal(error)) return
    told = true
    say((w) => `the target refused a repository name (${error.code ?? error.status} on ${error.request.url}); ${hint(w)}`)
  }
}
