import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
const DEFAULT_CLI = join(ROOT, 'dist', 'cli.js')

/**
 * Builds `dist/cli.js` when it is the bundle to run and is missing, with rollup alone (the type
 * check of `npm run build` would also check test files the benchmark doesn't need). An existing
 * bundle is used as it is: run `npm run build` after changing the sources.
 */
export function ensureBuilt(cli: string): void {
  if (existsSync(cli)) return
  if (resolve(cli) !== DEFAULT_CLI) throw new Error(`--cli ${cli}: no such file`)
  console.log('dist/cli.js is missing: building it with rollup')
  const result = spawnSync('npx', ['rollup', '--config', 'rollup.config.ts', '--configPlugin', '@rollup/plugin-typescript'], {
    cwd: ROOT,
    stdio: 'inherit'
  })
  if (result.status !== 0 || !existsSync(DEFAULT_CLI)) throw new Error('building dist/cli.js failed; run npm run build and see its errors')
}
