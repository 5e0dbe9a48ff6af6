import { heapForChecks, wasmBaselineOnly } from './util/heap'
import { runCli } from './cli/run'

// V8 tuned for a run (src/util/heap.ts); the action's entry, src/index.ts, does the same.
wasmBaselineOnly()
heapForChecks()

process.exitCode = await runCli(process.argv.slice(2))
