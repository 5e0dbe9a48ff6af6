import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { openSync, closeSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A private Docker daemon for one test file. */
export interface Dockerd {
  /** `DOCKER_HOST` value: `unix:///tmp/…/docker.sock`. */
  host: string
  stop(): Promise<void>
}

const READY_TIMEOUT_MS = 60_000
const STOP_TIMEOUT_MS = 20_000

/** True when `dockerd` is on the PATH (tests that need a daemon skip otherwise). */
export function hasDockerd(): boolean {
  return spawnSync('sh', ['-c', 'command -v dockerd'], { stdio: 'ignore' }).status === 0
}

/**
 * Starts `dockerd --storage-driver=vfs --iptables=false --bridge=none` on a private socket, data root,
 * exec root and pidfile in a temporary directory, and resolves once `docker info` answers. Runs it
 * through `sudo -n` when not root (the socket then belongs to the caller's group). `stop()` ends
 * the daemon and removes the directory; a test process that exits first sends it SIGTERM.
 */
export async function startDockerd(): Promise<Dockerd> {
  const dir = await mkdtemp(join(tmpdir(), 'dockerd-'))
  const host = `unix://${join(dir, 'docker.sock')}`
  const asRoot = process.getuid?.() === 0
  const args = [
    '--storage-driver=vfs',
    '--iptables=false',
    '--bridge=none',
    '-H',
    host,
    '--data-root',
    join(dir, 'data'),
    '--exec-root',
    join(dir, 'exec'),
    '--pidfile',
    join(dir, 'dockerd.pid'),
    ...(asRoot ? [] : ['--group', String(process.getgid?.())])
  ]
  const logPath = join(dir, 'dockerd.log')
  const logFd = openSync(logPath, 'a')
  const child = asRoot
    ? spawn('dockerd', args, { stdio: ['ignore', logFd, logFd] })
    : spawn('sudo', ['-n', 'dockerd', ...args], { stdio: ['ignore', logFd, logFd] })
  closeSync(logFd)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const signal = (name: NodeJS.Signals): void => {
    if (child.exitCode !== null || child.signalCode !== null) return
    if (asRoot) child.kill(name)
    else spawnSync('sudo', ['-n', 'kill', `-${name}`, daemonPid(dir) ?? String(child.pid)])
  }
  const onExit = (): void => signal('SIGTERM')
  process.once('exit', onExit)

  const stop = async (): Promise<void> => {
    process.off('exit', onExit)
    signal('SIGTERM')
    const timer = setTimeout(() => signal('SIGKILL'), STOP_TIMEOUT_MS)
    await exited
    clearTimeout(timer)
    if (asRoot) await rm(dir, { recursive: true, force: true })
    else spawnSync('sudo', ['-n', 'rm', '-rf', dir])
  }

  try {
    await waitUntilReady(host, child, logPath)
  } catch (error) {
    await stop()
    throw error
  }
  return { host, stop }
}

/** Polls `docker info` until it answers; fails early with the daemon's log when it exits. */
async function waitUntilReady(host: string, child: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`dockerd exited (${child.exitCode ?? child.signalCode}):\n${tail(logPath)}`)
    }
    if (spawnSync('docker', ['-H', host, 'info'], { stdio: 'ignore', timeout: 10_000 }).status === 0) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`dockerd did not answer on ${host} within ${READY_TIMEOUT_MS} ms:\n${tail(logPath)}`)
}

/** The daemon's pid from its pidfile (absent until it has started). */
function daemonPid(dir: string): string | undefined {
  try {
    return readFileSync(join(dir, 'dockerd.pid'), 'utf8').trim()
  } catch {
    return undefined
  }
}

function tail(path: string): string {
  return readFileSync(path, 'utf8').split('\n').slice(-20).join('\n')
}
