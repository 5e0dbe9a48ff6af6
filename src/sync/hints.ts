import { kindOf, type Side, type Wording } from '../oci/errors'
import { ListingRefusedError } from '../registry/catalog'
import type { Endpoint } from './open-endpoint'

/**
 * What a user can do about a failure met before the first copy, in the words of the shell that
 * prints it: how to give credentials when a registry wanted some and none were found, how to name
 * repositories when a registry refused to list them. Undefined when there is nothing to add.
 */
export function preflightHint(error: unknown, side: Side, endpoint: Endpoint): Wording | undefined {
  if (error instanceof ListingRefusedError && error.kind !== 'auth-refused') {
    return (w) => `name the repositories of ${endpoint.display} with ${w.option('images')}`
  }
  if (kindOf(error) === 'access-denied' && !endpoint.hasCredentials) {
    const env = `GCR_MIRROR_${side.toUpperCase()}`
    return (w) =>
      `pass ${w.option(`${side}-username`)} and ${w.option(`${side}-password`)} (or ${env}_USERNAME/_PASSWORD), or run docker login ${endpoint.registry}`
  }
  return undefined
}
