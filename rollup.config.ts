// Bundles the action (dist/index.js, dist/post.js) and the CLI (dist/cli.js) as ESM.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import nodeResolve from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import type { RollupOptions } from 'rollup'

const entry = (input: string, file: string, banner?: string): RollupOptions => ({
  input,
  output: { file, format: 'es', sourcemap: false, banner, inlineDynamicImports: true },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return
    warn(warning)
  },
  plugins: [
    typescript({ noEmit: false, outDir: undefined, declaration: false, include: ['src/**/*.ts'], exclude: ['**/__tests__/**'] }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json()
  ]
})

export default [
  entry('src/index.ts', 'dist/index.js'),
  entry('src/post.ts', 'dist/post.js'),
  entry('src/cli.ts', 'dist/cli.js', '#!/usr/bin/env node')
]
