import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { TestRegistry } from '../__tests__/harness/registry'

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100

/**
 * The pid of a harness registry: the `docker-registry serve` process whose config sits beside its
 * data directory (the harness does not hand out pids). Undefined when not found.
 */
export function registryPid(registry: TestRegistry): number | undefined {
  const config = join(dirname(registry.dataDir), 'config.yml')
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')
      if (argv.includes('serve') && argv.includes(config)) return Number(entry)
    } catch {
      // gone meanwhile
    }
  }
  return undefined
}

/** User + system CPU time a process has used so far, in ms (NaN when it can't be read). */
export function cpuMsOf(pid: number | undefined): number {
  if (pid === undefined) return NaN
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS
  } catch {
    return NaN
  }
}
