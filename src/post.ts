import { run } from './action/post-step'

/** The action's post step (dist/post.js): saves the ledger of a main step that did not finish. */
await run()
