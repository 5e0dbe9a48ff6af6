import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Whether this process may mount file systems (root with CAP_SYS_ADMIN, as on this machine and
 * GitHub's runners with sudo): a small tmpfs is mounted and unmounted once on a scratch directory.
 * Tests that need a real full, read-only or frozen file system skip with a reason when it can't.
 */
export const canMount = ((): boolean => {
  const probe = mkdtempSync(join(tmpdir(), 'mount-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' })
    execFileSync('umount', [probe], { stdio: 'ignore' })
    return true
  } catch {
    return false
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
})()
