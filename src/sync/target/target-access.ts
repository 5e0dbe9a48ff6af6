import type { WorkScope } from '../../util/shared-work'
import type { Endpoint } from '../run/open-endpoint'
import { preflight } from '../run/preflight'
import { boundedBy } from '../run/run-stop'
import type { SyncHooks, SyncOptions } from '../types'
import { repositoryCreator } from './provisioning'
import { TargetRepositories } from './target-repositories'

/** What checking the target needs: the run's options, the target, the shell's signal and log, the run's work. */
export interface TargetAccessContext {
  options: SyncOptions
  target: Endpoint
  hooks: SyncHooks
  scope: WorkScope
}

/**
 * Checks the target before the run's first copy, asking about `first` (the repository of the first
 * tag to copy), and returns the run's push-access gate. Wrong target credentials or an unreachable
 * target are one clear error before any copy, not one per tag; a run with nothing to copy never
 * calls this and sends the target nothing. Push access is proved once, just before the first tag
 * that needs a write (see TargetRepositories): a run that finds everything on the target writes
 * nothing, and a missing push right still ends it before any copy.
 */
export async function checkTargetAccess(first: string, context: TargetAccessContext): Promise<TargetRepositories> {
  const { options, target, hooks, scope } = context
  // Not under the planning stop, which may end planning while tags are copied: the shell's signal and
  // --tag-timeout bound the preflights. A dry run checks it too: it is the real run minus writes.
  const bound = boundedBy(hooks.signal, options.tagTimeoutMs)
  await preflight('target', target, () => bound(target.display, async (signal) => target.store.checkAccess?.(first, { signal })))
  const log = hooks.log ?? (() => undefined)
  return new TargetRepositories(
    (repository, signal) =>
      preflight('target', target, () =>
        boundedBy(signal, options.tagTimeoutMs)(target.display, async (bounded) => target.store.checkPush?.(repository, { signal: bounded }))
      ),
    scope,
    first,
    options.createRepositories ? repositoryCreator(options, target.registry, log, (path) => target.store.forgetAccess?.(path)) : undefined
  )
}
