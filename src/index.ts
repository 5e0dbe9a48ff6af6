import { run } from './main'

/** The action's entry point (dist/index.js). */
await run()
