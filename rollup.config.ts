// Bundles the action (dist/index.js, dist/post.js) and the CLI (dist/cli.js) as ESM, each built on its
// own. What a command may not need is loaded by dynamic import() and lands in a chunk of its own,
// dist/chunks/<entry>-<module>.js (the YAML parser for --config, the docker engine with @actions/exec,
// the action's @actions/cache and metadata publisher), so `--version` or a plain sync never parses it.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import nodeResolve from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Plugin, RollupOptions } from 'rollup'

// `--version` prints the version of package.json at build time: the bundles define `__VERSION__`
// (src/cli/run.ts declares it; unbundled code, as in unit tests, sees it undefined and prints `dev`).
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

// undici probes optional built-ins (`node:sqlite`) with require() inside try/catch; those requires stay
// as they are and get a real `require`, so a Node without the module reports it missing instead of
// failing to load the bundle.
const requireShim = "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"

// Non-ASCII characters (typographic quotes in messages, a few in undici) written as \u escapes: a
// bundle of ASCII only is decoded and kept by V8 one byte a character, not two (same strings,
// regular expressions and identifiers; no bundled template literal is read raw).
const asciiOnly: Plugin = {
  name: 'ascii-only',
  renderChunk: (code) => ({ code: code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), map: null })
}

// @actions/http-client (under @actions/core, for OIDC tokens the action never asks for) takes one class, ProxyAgent,
// from undici's index, which loads all of undici (fetch, WebSocket, caches: 0.7 MB more, parsed by every run at
// start-up; with its own undici 6, 1.3 MB). It gets that class's own file of the project's undici instead, loaded
// anyway with the registry client's proxy agent (src/registry/undici.ts).
const PROXY_AGENT_ONLY = '\0undici-proxy-agent'
const undiciProxyAgentOnly: Plugin = {
  name: 'undici-proxy-agent-only',
  resolveId: (source, importer) => (source === 'undici' && importer?.includes('/node_modules/@actions/http-client/') ? PROXY_AGENT_ONLY : null),
  load: (id) =>
    id === PROXY_AGENT_ONLY
      ? `export { default as ProxyAgent } from ${JSON.stringify(createRequire(import.meta.url).resolve('undici/lib/dispatcher/proxy-agent.js'))}`
      : null
}

const entry = (input: string, name: string, shebang = false): RollupOptions => ({
  input: { [name]: input },
  output: {
    dir: 'dist',
    entryFileNames: '[name].js',
    chunkFileNames: `chunks/${name}-[name].js`,
    format: 'es',
    sourcemap: false,
    banner: (chunk) => (shebang && chunk.isEntry ? `#!/usr/bin/env node\n${requireShim}` : requireShim),
    intro: `const __VERSION__ = ${JSON.stringify(version)};`
  },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return
    warn(warning)
  },
  plugins: [
    undiciProxyAgentOnly,
    typescript({ noEmit: false, outDir: undefined, declaration: false, include: ['src/**/*.ts'], exclude: ['**/__tests__/**'] }),
    // @actions/github asks for undici 6 and would bundle a copy of its own: it gets the project's undici 7, whose fetch it uses.
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'], dedupe: ['undici'] }),
    commonjs({ ignore: ['node:sqlite'] }),
    json(),
    asciiOnly
  ]
})

export default [entry('src/index.ts', 'index'), entry('src/post.ts', 'post'), entry('src/cli.ts', 'cli', true)]
