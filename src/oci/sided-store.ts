import { onSide, type Side } from './errors'
import type { ImageSource, ImageTarget } from './model'

/** A store that serves both ends (every store of gcr-mirror is typed so; a read-only one refuses writes). */
export type Store = ImageSource & ImageTarget

/**
 * The store boundary of a run: `store` with every error its methods reject with naming `side`
 * where the error's maker could not know it (see `onSide`: a layout's errors, a digest check's).
 * Errors the registry transport made name their side already. Methods are listed one by one, so
 * an optional method the store lacks stays absent (engines ask `if (target.mountOrStart)`).
 */
export function sidedStore(store: Store, side: Side): Store {
  const guard = <A extends unknown[], R>(method: (...args: A) => Promise<R>) => {
    return (...args: A): Promise<R> => method.apply(store, args).catch((error: unknown) => Promise.reject(onSide(error, side)))
  }
  const optional = <A extends unknown[], R>(method: ((...args: A) => Promise<R>) | undefined) => (method ? guard(method) : undefined)
  return {
    name: store.name,
    deletesByDigest: store.deletesByDigest,
    listRepositories: guard(store.listRepositories),
    listTags: guard(store.listTags),
    headManifest: guard(store.headManifest),
    getManifest: guard(store.getManifest),
    getBlob: guard(store.getBlob),
    hasBlob: guard(store.hasBlob),
    putBlob: guard(store.putBlob),
    putManifest: guard(store.putManifest),
    checkAccess: optional(store.checkAccess),
    checkPush: optional(store.checkPush),
    tokenRealm: optional(store.tokenRealm),
    listReferrers: optional(store.listReferrers),
    mountOrStart: optional(store.mountOrStart),
    cancelUpload: optional(store.cancelUpload),
    hasTags: optional(store.hasTags),
    deleteTag: optional(store.deleteTag),
    forgetAccess: store.forgetAccess?.bind(store)
  }
}
