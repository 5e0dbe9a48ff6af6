import * as cache from '@actions/cache'
import { runPost } from './action/post-step'

/** The action's post step: saves the ledger of a main step that did not finish. */
await runPost(cache)
