import { onSide, type Side } from './errors'
import type { ImageSource, ImageTarget } from './model'

/** A store that serves both ends (every store of gcr-mirror is typed so; a read-only one refuses writes). */
export type Store = ImageSource & ImageTarget

/**
 * The store boundary of a run: `store` with every error its methods reject with naming `side`
 * where the error's maker could not know it (see `onSide`: a layout's errors, a digest check's).
 * Errors the registry transport made name their side already. Every function property is wrapped
 * as it is read, so a method added to a store can't be missed; one the store lacks stays absent
 * (engines ask `if (target.mountOrStart)`), and each runs with the store itself as `this`.
 */
export function sidedStore<S extends Store>(store: S, side: Side): S {
  // One wrapper per method, so reading `store.getBlob` twice gives the same function.
  const guards = new WeakMap<(...args: unknown[]) => unknown, (...args: unknown[]) => unknown>()
  const guard = (method: (...args: unknown[]) => unknown) => {
    let guarded = guards.get(method)
    if (!guarded) {
      guarded = (...args: unknown[]): unknown => {
        const result = method.apply(store, args)
        // Synchronous methods (forgetAccess) return as they are; only rejections need a side.
        return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(onSide(error, side))) : result
      }
      guards.set(method, guarded)
    }
    return guarded
  }
  return new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key)
      return typeof value === 'function' ? guard(value as (...args: unknown[]) => unknown) : value
    }
  })
}
