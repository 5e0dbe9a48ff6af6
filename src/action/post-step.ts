import * as core from '@actions/core'
import { actionsCache } from './actions-cache'
import { Ledger } from '../sync/state/ledger'
import { saveLedger, type CacheStore } from './ledger-cache'
import { pendingLedger } from './state-helper'

/**
 * The post step (dist/post.js; `--post src/action/post-step.ts` for `npx @github/local-action`):
 * when the main step did not save the ledger (it failed, was cancelled or timed out), saves what it
 * finished under a key of its own, so the next run carries on from there. Never fails the job.
 */
export async function run(cache: CacheStore = actionsCache): Promise<void> {
  try {
    const pending = pendingLedger()
    if (!pending) return
    core.info(
      pending.mainTried
        ? 'The main step could not save the ledger to the Actions cache: trying again'
        : 'The main step ended before saving the ledger: saving the tags it finished'
    )
    // The main step may have left finished tags in the ledger's journal: fold them into the file first.
    const ledger = await Ledger.load(pending.path)
    await ledger.save()
    await saveLedger({ path: pending.path, key: `${pending.key}-post` }, ledger, pending.digest, cache, {
      info: (message) => core.info(message),
      warning: (message) => core.warning(message)
    })
  } catch (error) {
    core.warning(`Post step: could not save the ledger (${String(error)})`)
  }
}
