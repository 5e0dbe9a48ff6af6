import { describe, expect, it } from 'vitest'
import { MirrorError, onSide, sideOf } from '../errors'
import { sidedStore, type Store } from '../sided-store'

describe('sidedStore', () => {
  /** A store whose getBlob rejects with `error`, with no mountOrStart. */
  const failing = (error: unknown) =>
    ({
      name: 'memory',
      deletesByDigest: true,
      async getBlob() {
        throw error
      },
      async hasBlob(this: { name: string }) {
        return this.name === 'memory'
      }
    }) as unknown as Store

  it('names its side on errors raised without one, and keeps the side an error names', async () => {
    const sideless = new MirrorError('transient', 'dropped')
    const rejected = await sidedStore(failing(sideless), 'target')
      .getBlob('app', 'sha256:x')
      .catch((error: unknown) => error)
    expect(rejected).toBe(sideless)
    expect(sideOf(rejected)).toBe('target')
    const own = new MirrorError('digest-mismatch', 'bad bytes', { side: 'source' })
    expect(
      sideOf(
        await sidedStore(failing(own), 'target')
          .getBlob('app', 'sha256:x')
          .catch((error: unknown) => error)
      )
    ).toBe('source')
    expect(sideOf(onSide(own, 'target'))).toBe('source')
    // Errors that are not gcr-mirror's (an abort reason) pass as they are.
    const reason = new Error('tag timed out')
    expect(
      await sidedStore(failing(reason), 'source')
        .getBlob('app', 'sha256:x')
        .catch((error: unknown) => error)
    ).toBe(reason)
    expect(sideOf(reason)).toBeUndefined()
    expect(sideOf('not an object')).toBeUndefined()
    // A dropped connection Node raised: a transient error of that side, the same words, the original as cause.
    const dropped = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    const wrapped = await sidedStore(failing(dropped), 'source')
      .getBlob('app', 'sha256:x')
      .catch((error: unknown) => error)
    expect(wrapped).toMatchObject({ kind: 'transient', side: 'source', message: 'socket hang up', cause: dropped })
  })

  it("keeps the store's name, its own `this`, and leaves absent the optional methods it lacks", async () => {
    const store = sidedStore(failing(undefined), 'source')
    expect(store.name).toBe('memory')
    expect(store.deletesByDigest).toBe(true)
    expect(await store.hasBlob('app', 'sha256:x')).toBe(true)
    expect(store.mountOrStart).toBeUndefined()
    expect(store.getBlob).toBe(store.getBlob)
  })

  it('wraps a method no list names, and returns what a synchronous one returns', async () => {
    const forgotten: string[] = []
    const sideless = new MirrorError('transient', 'dropped')
    const plain = Object.assign(failing(sideless), {
      async tokenRealm(): Promise<string> {
        throw sideless
      },
      forgetAccess(path: string) {
        forgotten.push(path)
      }
    })
    const store = sidedStore(plain, 'target')
    expect(sideOf(await store.tokenRealm?.().catch((error: unknown) => error))).toBe('target')
    expect(store.forgetAccess?.('app')).toBeUndefined()
    expect(forgotten).toEqual(['app'])
  })

  it('reads the side of a wrapped error from its cause', () => {
    const inner = new MirrorError('refused', 'x', { side: 'target' })
    expect(sideOf(new MirrorError('refused', 'referrers of a:v1: x', { cause: inner }))).toBe('target')
  })
})
