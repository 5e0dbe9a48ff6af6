import module from 'node:module'

// Node 22+ keeps V8's compiled code of the bundle between runs (in the OS temp directory, or
// NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off): a run then starts without parsing
// and compiling the bundle again, ~40% of a no-op run's CPU. Node 20 has no such cache. The rest of
// the CLI is imported after this line, so that its modules are the ones the cache holds.
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()

const [{ heapForChecks, wasmBaselineOnly }, { runCli }] = await Promise.all([import('./util/heap'), import('./cli/run')])

// V8 tuned for a run (src/util/heap.ts); the action's entry, src/index.ts, does the same.
wasmBaselineOnly()
heapForChecks()

process.exitCode = await runCli(process.argv.slice(2))
