import { spawn, execFileSync } from 'node:child_process'
import { lstat, mkdtemp, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Ledger } from '../ledger'

const temp = () => mkdtemp(join(tmpdir(), 'ledger-lock-'))
const entry = (n: number) => ({ source: `r/a:${n}`, digest: `sha256:${String(n).padStart(64, '0')}`, target: `t/a:${n}` })
const lockOf = (holder: Record<string, unknown>) => JSON.stringify({ host: hostname(), startedAt: '2026-01-01T00:00:00.000Z', token: 'feedbeef', ...holder })
/** A pid that is surely not running: past the kernel's pid_max. */
const DEAD_PID = 4_194_304 + 17
const hourAgo = () => new Date(Date.now() - 3_600_000 - 60_000)

describe('the state file lock', () => {
  // A live process of this host that is not this one, to hold locks in tests.
  const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' })
  afterAll(() => void sleeper.kill())

  it('refuses a state file a live run holds, naming the run, and leaves its lock alone', async () => {
    const dir = await temp()
    const path = join(dir, 'state.json')
    const lock = lockOf({ pid: sleeper.pid })
    await writeFile(`${path}.lock`, lock)
    await expect(Ledger.load(path)).rejects.toThrow(
      `another run holds ${path} (pid ${sleeper.pid} since 2026-01-01T00:00:00.000Z); wait for it or use another --state-file`
    )
    expect(await readFile(`${path}.lock`, 'utf8')).toBe(lock)
  })

  it('takes over the lock of a run that is gone (dead pid, reused pid, another host gone quiet), with a warning', async () => {
    const start = execFileSync('sh', ['-c', `cut -d' ' -f22 /proc/${sleeper.pid}/stat`])
      .toString()
      .trim()
    const stale: Array<[string, string, Date?]> = [
      ['dead pid', lockOf({ pid: DEAD_PID })],
      ['reused pid', lockOf({ pid: sleeper.pid, procStart: String(Number(start) + 1) })],
      ['another host, not refreshed', lockOf({ pid: 1, host: 'elsewhere' }), hourAgo()],
      ['not a lock', 'garbage', hourAgo()]
    ]
    for (const [what, text, mtime] of stale) {
      const dir = await temp()
      const path = join(dir, 'state.json')
      await writeFile(`${path}.lock`, text)
      if (mtime) await utimes(`${path}.lock`, mtime, mtime)
      const warnings: string[] = []
      const ledger = await Ledger.load(path, { warn: (message) => warnings.push(message) })
      expect(warnings, what).toEqual([expect.stringMatching(/taking over the lock .*state\.json\.lock of a run that is gone/)])
      expect(JSON.parse(await readFile(`${path}.lock`, 'utf8')).pid, what).toBe(process.pid)
      ledger.record(entry(1))
      await ledger.save()
      await ledger.release()
      expect(await readdir(dir), what).toEqual(['state.json'])
    }
    // A live holder on another host that refreshed its lock lately holds it.
    const dir = await temp()
    await writeFile(join(dir, 'state.json.lock'), lockOf({ pid: 1, host: 'elsewhere' }))
    await expect(Ledger.load(join(dir, 'state.json'))).rejects.toThrow(/another run holds .* \(pid 1 on elsewhere since /)
  })

  it('is shared by loads in one process and removed by the last release', async () => {
    const dir = await temp()
    const path = join(dir, 'state.json')
    const first = await Ledger.load(path)
    const second = await Ledger.load(path)
    await first.release()
    expect(await readdir(dir)).toContain('state.json.lock')
    await second.save()
    await second.release()
    expect(await readdir(dir)).toEqual(['state.json'])
  })
})

describe('the state file on disk', () => {
  it('removes the temporary files of a killed run (its own names only, older than the run)', async () => {
    const dir = await temp()
    const path = join(dir, 'state.json')
    const left = [`state.json.${DEAD_PID}.abc123.tmp`, `state.json.${DEAD_PID}.m1x2y3z4.tmp`]
    const kept = ['state.json.tmp', 'other.json.1.abc.tmp', `state.json.${process.pid}x.abc.tmp`]
    for (const name of [...left, ...kept]) {
      await writeFile(join(dir, name), 'partial')
      await utimes(join(dir, name), hourAgo(), hourAgo())
    }
    const warnings: string[] = []
    const ledger = await Ledger.load(path, { warn: (message) => warnings.push(message) })
    await ledger.release()
    expect((await readdir(dir)).sort()).toEqual(kept.sort())
    expect(warnings).toEqual([`${path}: removed 2 temporary files a stopped run left`])
  })

  it('updates a state file that is a symbolic link through the link', async () => {
    const dir = await temp()
    const real = join(dir, 'real.json')
    const link = join(dir, 'link.json')
    await symlink('real.json', link)
    const ledger = await Ledger.load(link)
    ledger.record(entry(1))
    await ledger.commit()
    expect((await readdir(dir)).sort()).toEqual(['link.json', 'real.json.journal', 'real.json.lock'])
    await ledger.save()
    await ledger.release()
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect((await Ledger.load(link)).get('r/a:1')).toBeDefined()
    expect(JSON.parse(await readFile(real, 'utf8')).entries).toHaveLength(1)
  })

  it('refuses a FIFO as state file or journal at once, never waiting on it', async () => {
    const dir = await temp()
    execFileSync('mkfifo', [join(dir, 'fifo.json'), join(dir, 'state.json.journal')])
    await expect(Ledger.load(join(dir, 'fifo.json'))).rejects.toThrow(/--state-file .*fifo\.json: is a FIFO, not a regular file/)
    await expect(Ledger.load(join(dir, 'state.json'))).rejects.toThrow(/state\.json \(its journal state\.json\.journal\): is a FIFO/)
    expect((await readdir(dir)).sort()).toEqual(['fifo.json', 'state.json.journal'])
  })
})
