import { defineConfig } from 'vitest/config'

// Two projects: `unit` (src/**/__tests__ and scripts/__tests__, no Debian packages needed: `npx vitest run --project unit`)
// and `e2e` (__tests__/, against the harness: real registries, dockerd, skopeo, stand-ins).
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/__tests__/**/*.test.ts', 'scripts/__tests__/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['__tests__/**/*.test.ts'], globalSetup: ['__tests__/harness/global-setup.ts'] } }
    ]
  }
})
