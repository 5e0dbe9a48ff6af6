import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { freePort } from './ports'

/** A running tinyproxy (Debian's `tinyproxy`), a real forward proxy on loopback. */
export interface TestTinyproxy {
  /** `http://127.0.0.1:PORT`. */
  url: string
  port: number
  /** The `HOST:PORT` of every CONNECT tunnel asked for so far, from tinyproxy's own log. */
  connects(): string[]
  /** Forgets what the log said so far (connects() then counts from here). */
  mark(): void
  stop(): Promise<void>
}

/**
 * Starts tinyproxy on a free loopback port with a generated config: clients from 127.0.0.1 only,
 * CONNECT allowed to `connectPorts` only (as a corporate proxy limits it), log level Connect to a
 * file, so a test can read which tunnels a run opened; with `basicAuth`, clients must send those credentials.
 */
export async function startTinyproxy(connectPorts: number[], basicAuth?: { user: string; password: string }): Promise<TestTinyproxy> {
  const dir = await mkdtemp(join(tmpdir(), 'tinyproxy-'))
  const logPath = join(dir, 'tinyproxy.log')
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const config = [
      `Port ${port}`,
      'Listen 127.0.0.1',
      'Timeout 60',
      `LogFile "${logPath}"`,
      'LogLevel Connect',
      'MaxClients 100',
      'Allow 127.0.0.1',
      ...(basicAuth ? [`BasicAuth ${basicAuth.user} ${basicAuth.password}`] : []),
      ...connectPorts.map((p) => `ConnectPort ${p}`)
    ].join('\n')
    await writeFile(join(dir, 'tinyproxy.conf'), `${config}\n`)
    const child: ChildProcess = spawn('tinyproxy', ['-d', '-c', join(dir, 'tinyproxy.conf')], { stdio: 'ignore' })
    if (await listening(port, child)) {
      let from = 0
      const log = (): string => {
        try {
          return readFileSync(logPath, 'utf8')
        } catch {
          return ''
        }
      }
      return {
        url: `http://127.0.0.1:${port}`,
        port,
        connects: () =>
          [
            ...log()
              .slice(from)
              .matchAll(/Request \(file descriptor \d+\): CONNECT (\S+) HTTP/g)
          ].map((m) => m[1]),
        mark: () => {
          from = log().length
        },
        stop: async () => {
          if (child.exitCode === null) {
            const exited = new Promise((resolve) => child.once('exit', resolve))
            child.kill('SIGTERM')
            await Promise.race([exited, sleep(3000)])
            child.kill('SIGKILL')
          }
          await rm(dir, { recursive: true, force: true })
        }
      }
    }
    child.kill('SIGKILL')
    if (attempt >= 3) throw new Error(`tinyproxy did not start: ${readFileSync(logPath, 'utf8').trim().split('\n').pop()}`)
  }
}

async function listening(port: number, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline && child.exitCode === null) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (open) return true
    await sleep(50)
  }
  return false
}
