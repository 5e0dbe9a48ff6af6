import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** `850 ms`, `4.21 s`, `2 min 5 s`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–'
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 120_000) return `${(ms / 1000).toFixed(2)} s`
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
}

/** One finished process: wall time, peak resident memory, exit code and output. */
export interface Measured {
  ms: number
  /** Peak RSS in bytes (`/usr/bin/time -v`'s maximum resident set size, else polled VmHWM). */
  peakRss: number
  /** User + system CPU time in ms (GNU time only; NaN without it). */
  cpuMs: number
  code: number | null
  stdout: string
  stderr: string
}

const GNU_TIME = '/usr/bin/time'
const POLL_MS = 20

/**
 * Runs a command to its end and measures it. With GNU time installed the peak RSS comes from the
 * kernel's rusage (exact); otherwise `/proc/PID/status` VmHWM is polled, which may miss a peak in
 * the last few milliseconds. GNU time adds about a millisecond to the wall time. Throws with the
 * output's tail unless the command exits 0.
 */
export async function measure(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Measured> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-time-'))
  const timeFile = join(dir, 'time.txt')
  const useTime = existsSync(GNU_TIME)
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args]
  try {
    const started = performance.now()
    const child = spawn(file, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    let polled = 0
    const poller = useTime ? undefined : setInterval(() => (polled = Math.max(polled, vmHwm(child.pid))), POLL_MS)
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject)
      child.once('close', (exitCode) => resolve(exitCode))
    })
    const ms = performance.now() - started
    if (poller) clearInterval(poller)
    const report = useTime ? await readFile(timeFile, 'utf8') : ''
    const peakRss = useTime ? Number(field(report, 'Maximum resident set size (kbytes)')) * 1024 : polled
    const cpuMs = (Number(field(report, 'User time (seconds)')) + Number(field(report, 'System time (seconds)'))) * 1000
    if (code !== 0) {
      throw new Error(`${command} ${args.join(' ')} exited ${code}:\n${tail(stderr || stdout)}`)
    }
    return { ms, peakRss, cpuMs, code, stdout, stderr }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Times an async function in this process: wall time and this process's CPU time. */
export async function timeIt<T>(work: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const value = await work()
  const used = process.cpuUsage(cpu)
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, value }
}

/** The median of a list (mean of the middle two for even lengths); NaN when empty. */
export function median(values: number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function vmHwm(pid: number | undefined): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) * 1024 : 0
  } catch {
    return 0
  }
}

/** A `name: value` line of `time -v`'s report (NaN when absent). */
function field(report: string, name: string): string {
  const line = report.split('\n').find((l) => l.trim().startsWith(`${name}:`))
  return line ? line.slice(line.lastIndexOf(':') + 1).trim() : 'NaN'
}

function tail(text: string): string {
  return text.trim().split('\n').slice(-15).join('\n')
}
