import * as cache from '@actions/cache'
import type { CacheStore } from './ledger-cache'

/**
 * `@actions/cache` as the ledger uses it. `npx @github/local-action` replaces the module with stubs
 * that have no `isFeatureAvailable` and keep entries in the folder `LOCAL_ACTION_CACHE_PATH` names:
 * there the cache is available when that folder (and `LOCAL_ACTION_WORKSPACE`) is set.
 */
export const actionsCache: CacheStore = {
  isFeatureAvailable: () =>
    typeof cache.isFeatureAvailable === 'function'
      ? cache.isFeatureAvailable()
      : Boolean(process.env.LOCAL_ACTION_CACHE_PATH && process.env.LOCAL_ACTION_WORKSPACE),
  restoreCache: (paths, primaryKey, restoreKeys) => cache.restoreCache(paths, primaryKey, restoreKeys),
  saveCache: (paths, key) => cache.saveCache(paths, key)
}
