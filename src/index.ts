import { run } from './action/main-step'

/** The action's entry point (dist/index.js): the main step, src/action/main-step.ts. */
await run()
