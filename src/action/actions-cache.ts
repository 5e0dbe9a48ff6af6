import type { CacheStore } from './ledger-cache'

/**
 * `@actions/cache`, loaded on first use: with the Azure SDK it brings, it is the largest part of the
 * action's bundle (a chunk of its own, dist/chunks/index-cache.js), and a run with `cache: false` or
 * a dry run never needs it.
 */
const cache = (): Promise<typeof import('@actions/cache')> => import('@actions/cache')

/**
 * `@actions/cache` as the ledger uses it. `npx @github/local-action` replaces the module with stubs
 * that have no `isFeatureAvailable` and keep entries in the folder `LOCAL_ACTION_CACHE_PATH` names:
 * there the cache is available when that folder (and `LOCAL_ACTION_WORKSPACE`) is set.
 */
export const actionsCache: CacheStore = {
  isFeatureAvailable: async () => {
    const { isFeatureAvailable } = await cache()
    return typeof isFeatureAvailable === 'function' ? isFeatureAvailable() : Boolean(process.env.LOCAL_ACTION_CACHE_PATH && process.env.LOCAL_ACTION_WORKSPACE)
  },
  restoreCache: async (paths, primaryKey, restoreKeys) => (await cache()).restoreCache(paths, primaryKey, restoreKeys),
  saveCache: async (paths, key) => (await cache()).saveCache(paths, key)
}
