import type { FlattenMode } from '../types'
import { registryRule } from './registry-rules'

/**
 * GitLab's container registry: an image is the project's path (the target namespace, any depth) or
 * up to two levels below it (docs, "Naming convention for your container images": "You can append
 * additional names to the end of a container image name, up to two levels deep",
 * https://docs.gitlab.com/user/packages/container_registry/; gitlab-org/gitlab
 * lib/container_registry/path.rb, LEVELS_SUPPORTED = 3). Deeper paths get a token that grants
 * nothing (the JWT service drops their scope), so the push is refused.
 */
export const GITLAB_LEVELS = 2

/** gitlab.com's registry, known by its name; a self-hosted GitLab is known by its token realm (see {@link isGitLabRealm}). */
const GITLAB_HOSTS = /^registry\.gitlab\.com$/

/** GitLab's token service answers at `/jwt/auth` on the GitLab host (the registry's `auth.token.realm`, set by GitLab's Omnibus and chart). */
export function isGitLabRealm(realm: string | undefined): boolean {
  return /\/jwt\/auth\/?$/.test(realm ?? '')
}

/** How names are flattened: whether, and how many levels a name keeps as they are (deeper ones are flattened). */
export interface FlattenRule {
  flatten: boolean
  /** Names with at most this many levels keep their path; undefined: every nested name is flattened. */
  keepLevels?: number
}

/**
 * The flattening `--flatten` asks for on `registry`. `auto` flattens for the registries of
 * REGISTRY_RULES (one level below the namespace), and for GitLab the names deeper than two levels
 * below the project. A GitLab that is not gitlab.com is recognised by its token realm, asked only when
 * a name is that deep (`tokenRealm`: the target's, undefined when it can't be read), so a run whose
 * names fit sends nothing more.
 */
export async function flattenRule(
  mode: FlattenMode,
  registry: string,
  relatives: readonly string[],
  tokenRealm: () => Promise<string | undefined>
): Promise<FlattenRule> {
  const named = namedFlattenRule(mode, registry)
  if (named.flatten || mode !== 'auto') return named
  if (!relatives.some((relative) => relative.split('/').length > GITLAB_LEVELS)) return named
  return isGitLabRealm(await tokenRealm().catch(() => undefined)) ? { flatten: true, keepLevels: GITLAB_LEVELS } : named
}

/**
 * The flattening `--flatten` asks for on `registry`, known from its name alone: a self-hosted
 * GitLab (known only by its token realm) is not recognised. An image list's names are given with
 * it, before any request.
 */
export function namedFlattenRule(mode: FlattenMode, registry: string): FlattenRule {
  if (mode !== 'auto') return { flatten: mode === 'always' }
  if (registryRule(registry)) return { flatten: true }
  return GITLAB_HOSTS.test(registry.toLowerCase().replace(/:\d+$/, '')) ? { flatten: true, keepLevels: GITLAB_LEVELS } : { flatten: false }
}
