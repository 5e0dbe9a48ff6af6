// Bundles the action (dist/index.js, dist/post.js) and the CLI (dist/cli.js) as ESM.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import nodeResolve from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { readFileSync } from 'node:fs'
import type { RollupOptions } from 'rollup'

// `--version` prints the version of package.json at build time: the bundles define `__VERSION__`
// (src/cli/run.ts declares it; unbundled code, as in unit tests, sees it undefined and prints `dev`).
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

// undici probes optional built-ins (`node:sqlite`) with require() inside try/catch; those requires stay
// as they are and get a real `require`, so a Node without the module reports it missing instead of
// failing to load the bundle.
const requireShim = "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"

const entry = (input: string, file: string, shebang = false): RollupOptions => ({
  input,
  output: {
    file,
    format: 'es',
    sourcemap: false,
    banner: shebang ? `#!/usr/bin/env node\n${requireShim}` : requireShim,
    intro: `const __VERSION__ = ${JSON.stringify(version)};`,
    inlineDynamicImports: true
  },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return
    warn(warning)
  },
  plugins: [
    typescript({ noEmit: false, outDir: undefined, declaration: false, include: ['src/**/*.ts'], exclude: ['**/__tests__/**'] }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs({ ignore: ['node:sqlite'] }),
    json()
  ]
})

export default [entry('src/index.ts', 'dist/index.js'), entry('src/post.ts', 'dist/post.js'), entry('src/cli.ts', 'dist/cli.js', true)]
