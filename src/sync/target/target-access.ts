import type { WorkScope } from '../../util/shared-work'
import type { PlannedJob } from '../plan/plan'
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
 * Checks the target before any copy and returns the run's push-access gate. Wrong target
 * credentials or an unreachable target are one clear error before any copy, not one per tag; a run
 * with nothing to copy sends the target nothing. Push access is proved once, just before the first
 * tag that needs a write (see TargetRepositories): a run that finds everything on the target writes
 * nothing, and a missing push right still ends it before any copy.
 */
export async function checkTargetAccess(jobs: PlannedJob[], context: TargetAccessContext): Promise<TargetRepositories> {
  const { options, target, hooks, scope } = context
  const first = jobs.length > 0 ? jobs[0].target.repository : undefined
  // Not under the planning stop, which may have ended planning already: the shell's signal and
  // --tag-timeout bound the preflights. A dry run checks it too: it is the real run minus writes.
  const bound = boundedBy(hooks.signal, options.tagTimeoutMs)
  if (first !== undefined) {
    await preflight('target', target, () => bound(target.display, async (signal) => target.store.checkAccess?.(first, { signal })))
  }
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
