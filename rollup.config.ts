// Bundles the action (dist/index.js, dist/post.js) and the CLI (dist/cli.js) as ESM, each built on its
// own. What a command may not need is loaded by dynamic import() and lands in a chunk of its own,
// dist/chunks/<entry>-<module>.js (the YAML parser for --config, the docker engine with @actions/exec,
// the action's @actions/cache and metadata publisher), so `--version` or a plain sync never parses it.
// The Node built-ins that bundled CommonJS packages require are loaded where they require them
// (requireNodeBuiltins), not all at start-up: undici's worker_threads, perf_hooks and the like.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import nodeResolve from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin, RollupOptions } from 'rollup'

// `--version` prints the version of package.json at build time: the bundles define `__VERSION__`
// (src/cli/run.ts declares it; unbundled code, as in unit tests, sees it undefined and prints `dev`).
const ROOT = dirname(fileURLToPath(import.meta.url))
const SRC = `${ROOT}/src/`
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

// undici's client requires its HTTP/2 half (and node:http2, ~10 ms to load) at start-up, though a
// connection speaks HTTP/2 only when the dispatcher asks for it (allowH2, which no dispatcher here
// sets): the half is required on the first HTTP/2 connection instead.
const lazyHttp2: Plugin = {
  name: 'lazy-undici-http2',
  transform(code, id) {
    if (!id.endsWith('/node_modules/undici/lib/dispatcher/client.js')) return null
    const eager = "const connectH2 = require('./client-h2.js')"
    if (!code.includes(eager)) this.error(`undici's client no longer requires ${eager}: update rollup.config.ts`)
    return { code: code.replace(eager, "const connectH2 = (client, socket) => require('./client-h2.js')(client, socket)"), map: null }
  }
}

// The regular-expression engine (re2js, tag patterns) and semver (--semver, --latest; it builds ~40
// regular expressions as it loads) are used only by runs that filter tags. The project's imports of
// them get a stand-in that sets the library up at its first use: a CommonJS module whose require(),
// wrapped like every CommonJS require here, runs when first called (the code is still in the bundle).
// `__esModule` is answered without loading, as the bundle's interop asks it at start-up.
const LAZY_LIBRARIES = ['re2js', 'semver']
const LAZY_SUFFIX = '.lazy.cjs'
const lazyLibraries: Plugin = {
  name: 'lazy-libraries',
  resolveId: (source, importer) => (LAZY_LIBRARIES.includes(source) && importer?.startsWith(SRC) ? `${ROOT}/${source}${LAZY_SUFFIX}` : null),
  load(id) {
    if (!id.endsWith(LAZY_SUFFIX)) return null
    const library = id.slice(ROOT.length + 1, -LAZY_SUFFIX.length)
    return [
      'let library',
      `const load = () => (library ??= require(${JSON.stringify(library)}))`,
      "module.exports = new Proxy({}, { get: (_, key) => (key === '__esModule' ? undefined : load()[key]) })"
    ].join('\n')
  }
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
    lazyHttp2,
    lazyLibraries,
    typescript({ noEmit: false, outDir: undefined, declaration: false, include: ['src/**/*.ts'], exclude: ['**/__tests__/**'] }),
    // @actions/github asks for undici 6 and would bundle a copy of its own: it gets the project's undici 7, whose fetch it uses.
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'], dedupe: ['undici'] }),
    commonjs({ ignore: ['node:sqlite'], requireNodeBuiltins: true }),
    json(),
    asciiOnly
  ]
})

export default [entry('src/index.ts', 'index'), entry('src/post.ts', 'post'), entry('src/cli.ts', 'cli', true)]
