import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { availableParallelism, release, totalmem } from 'node:os'

/** The machine and tool versions a result was measured with. */
export interface MachineDescription {
  cpu: string
  cores: number
  memory: string
  os: string
  node: string
  registry: string
  skopeo: string
  docker: string
}

/** First line of a command's output, or `absent`. */
function versionOf(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 10_000 })
  if (result.status !== 0) return 'absent'
  return (result.stdout || result.stderr).trim().split('\n')[0]
}

function readOr(path: string, pattern: RegExp, fallback: string): string {
  try {
    return pattern.exec(readFileSync(path, 'utf8'))?.[1]?.trim() ?? fallback
  } catch {
    return fallback
  }
}

/** CPU model, cores, memory, OS and the versions of Node, the registry, skopeo and docker. */
export function describeMachine(): MachineDescription {
  return {
    cpu: readOr('/proc/cpuinfo', /^model name\s*:\s*(.+)$/m, 'unknown'),
    cores: availableParallelism(),
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    os: `${readOr('/etc/os-release', /^PRETTY_NAME="?([^"\n]+)"?$/m, 'Linux')}, kernel ${release()}`,
    node: process.version,
    registry: versionOf('docker-registry', ['--version']),
    skopeo: versionOf('skopeo', ['--version']),
    docker: versionOf('dockerd', ['--version'])
  }
}
