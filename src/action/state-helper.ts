import * as core from '@actions/core'

/** What the main step hands to the post step so it can save the ledger of a run that did not finish. */
export interface LedgerState {
  path: string
  key: string
  /** Digest of the ledger file as restored (see RestoredLedger.digest). */
  digest: string
}

/** Records where the ledger is, once it is ready for the run. */
export function saveLedgerState(state: LedgerState): void {
  core.saveState('ledger-path', state.path)
  core.saveState('ledger-key', state.key)
  core.saveState('ledger-digest', state.digest)
}

/** Records that the main step saved the ledger itself, so the post step has nothing to do. */
export function markLedgerSaved(): void {
  core.saveState('ledger-saved', 'true')
}

/** Records that the main step tried to save the ledger and the cache did not take it: the post step tries again. */
export function markLedgerSaveFailed(): void {
  core.saveState('ledger-saved', 'failed')
}

/** The ledger the post step still has to save, if any; `mainTried` when the main step tried and failed. */
export function pendingLedger(): (LedgerState & { mainTried: boolean }) | undefined {
  const path = core.getState('ledger-path')
  const saved = core.getState('ledger-saved')
  if (!path || saved === 'true') return undefined
  return { path, key: core.getState('ledger-key'), digest: core.getState('ledger-digest'), mainTried: saved === 'failed' }
}
