import * as core from '@actions/core'
import { saveLedger, type CacheStore } from './ledger-cache'
import { pendingLedger } from './state-helper'

/**
 * The post step: when the main step did not save the ledger (it failed, was cancelled or timed out),
 * saves what it finished under a key of its own, so the next run carries on from there.
 * Never fails the job.
 */
export async function runPost(cache: CacheStore): Promise<void> {
  try {
    const pending = pendingLedger()
    if (!pending) return
    core.info('The main step ended before saving the ledger: saving the tags it finished')
    await saveLedger({ path: pending.path, key: `${pending.key}-post` }, pending.digest, cache, core)
  } catch (error) {
    core.warning(`Post step: could not save the ledger (${String(error)})`)
  }
}
