import { run } from './action/main-step'
import { heapForChecks, wasmBaselineOnly } from './util/heap'

// V8 tuned for a run as the CLI's is (src/util/heap.ts): the action's peak RSS was twice the CLI's (issue 26).
wasmBaselineOnly()
heapForChecks()

/** The action's entry point (dist/index.js): the main step, src/action/main-step.ts. */
await run()
