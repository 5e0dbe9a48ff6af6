import { afterEach, describe, expect, it, vi } from 'vitest'

// `npx @github/local-action` replaces @actions/cache with these two stubs only (vitest wants the
// missing export spelt out: undefined, as the action sees it there).
vi.mock('@actions/cache', () => ({
  isFeatureAvailable: undefined,
  restoreCache: vi.fn(async () => 'gcr-mirror-ledger-x-1-1'),
  saveCache: vi.fn(async () => 3)
}))

const { actionsCache } = await import('../actions-cache')
const saved = { ...process.env }

afterEach(() => {
  process.env = { ...saved }
})

describe('actionsCache under @github/local-action', () => {
  it('is unavailable (the action warns once, the ledger stays in its file) unless LOCAL_ACTION_CACHE_PATH is set', async () => {
    delete process.env.LOCAL_ACTION_CACHE_PATH
    process.env.LOCAL_ACTION_WORKSPACE = '/work'
    expect(await actionsCache.isFeatureAvailable()).toBe(false)
    process.env.LOCAL_ACTION_CACHE_PATH = '/tmp/cache'
    expect(await actionsCache.isFeatureAvailable()).toBe(true)
  })

  it('hands restore and save to the stubs', async () => {
    expect(await actionsCache.restoreCache(['~/l.json'], 'k-1', ['k-'])).toBe('gcr-mirror-ledger-x-1-1')
    expect(await actionsCache.saveCache(['~/l.json'], 'k-2')).toBe(3)
  })
})
