import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { CLI } from './tools'

const ROOT = join(import.meta.dirname, '..')

/**
 * Builds `dist/cli.js` when it is missing, with rollup alone (the type check of `npm run build`
 * would also check test files the benchmark doesn't need). An existing bundle is used as it is:
 * run `npm run build` after changing the sources.
 */
export function ensureBuilt(): void {
  if (existsSync(CLI)) return
  console.log('dist/cli.js is missing: building it with rollup')
  const result = spawnSync('npx', ['rollup', '--config', 'rollup.config.ts', '--configPlugin', '@rollup/plugin-typescript'], {
    cwd: ROOT,
    stdio: 'inherit'
  })
  if (result.status !== 0 || !existsSync(CLI)) throw new Error('building dist/cli.js failed; run npm run build and see its errors')
}
