import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushImage, randomLayer } from '../harness/fixtures'
import { canMount } from '../harness/mounts'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli, startCli } from './cli'

const NO_MOUNT = 'skipped: mounting a file system is not permitted here (needs root with CAP_SYS_ADMIN)'

/** A pid that is surely not running: past the kernel's pid_max. */
const DEAD_PID = 4_194_304 + 17
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** Every file under `blobs/sha256` hashes to its name, none is a temporary file, and every index entry's blob is there. */
async function assertWholeLayout(layout: string): Promise<string[]> {
  const names = await readdir(join(layout, 'blobs', 'sha256'))
  expect(names.filter((name) => !/^[0-9a-f]{64}$/.test(name))).toEqual([])
  for (const name of names) expect(sha256(await readFile(join(layout, 'blobs', 'sha256', name))), name).toBe(name)
  const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string; annotations: Record<string, string> }> }
  for (const entry of index.manifests) expect(names).toContain(entry.digest.slice('sha256:'.length))
  return index.manifests.map((m) => m.annotations['org.opencontainers.image.ref.name'])
}

/**
 * Issue 14, "Nothing lost" and "SIGTERM always ends a run", on real file systems: a full tmpfs, a
 * run SIGKILLed in the middle of a blob, an ext4 frozen with fsfreeze (every write waits, as on a
 * hung mount), files that are FIFOs.
 */
describe('local disks', () => {
  let source: TestRegistry
  let dir: string
  const mounts: string[] = []

  beforeAll(async () => {
    source = await startRegistry()
    // Six images of 3 distinct 192 KiB layers each (about 3.4 MiB): more than a 2 MiB disk holds.
    for (let i = 0; i < 6; i++) {
      await pushImage(source, `disk/app`, `v${i}`, { layers: [0, 1, 2].map((l) => randomLayer(192 * 1024, 100 + i * 3 + l)) })
    }
    await pushImage(source, 'slow/app', 'v1', { layers: [randomLayer(1024, 7)] })
    await pushImage(source, 'slow/app', 'v2', { layers: [randomLayer(2 * 1024 * 1024, 8)] })
    dir = await mkdtemp(join(tmpdir(), 'local-disk-'))
  }, 120_000)

  afterAll(async () => {
    for (const mount of mounts.reverse()) {
      execFileSync('sh', ['-c', `fsfreeze -u '${mount}' 2>/dev/null; umount '${mount}'`], { stdio: 'ignore' })
    }
    await source?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it.skipIf(canMount)(`full disk and frozen file system cases: ${NO_MOUNT}`, () => undefined)

  it.skipIf(!canMount)('a full disk fails the tags that do not fit (with the cause), not the run, and leaves no half file', async () => {
    const disk = join(dir, 'full')
    await mkdir(disk)
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', disk])
    mounts.push(disk)
    const layout = join(disk, 'layout')
    const report = join(dir, 'full-report.json')
    const state = join(dir, 'full-state.json')
    // One tag at a time, so the first tags fit whole before the disk fills (all six at once can each lose a blob).
    const args = ['--report', report, '--state-file', state, '--quiet', '--concurrency', '1']
    const run = await runCli(['sync', '--source', `${source.host}/disk`, '--target', `oci:${layout}`, ...args])
    expect(run.code, run.stderr).toBe(1)
    const result = await readJson(report)
    expect(result.copied).toBeGreaterThan(0)
    expect(result.failed).toBeGreaterThan(0)
    expect(result.copied + result.failed).toBe(6)
    // A tag fails with the disk's refusal, or (its sibling blob having failed first) with the abort that ended its other blobs.
    const failed = result.images.filter((i: { status: string }) => i.status === 'failed')
    for (const image of failed) expect(image.error).toMatch(/the disk is full \(ENOSPC\)|aborted/)
    const full = failed.filter((i: { error: string }) => /the disk is full \(ENOSPC\)/.test(i.error))
    expect(full.length).toBeGreaterThan(0)
    for (const image of full) expect(image.cause).toMatchObject({ side: 'target', kind: 'refused' })
    // Nothing under a final name is partial; the index names exactly the copied tags; the ledger holds them.
    const names = await assertWholeLayout(layout)
    expect(names.sort()).toEqual(
      result.images
        .filter((i: { status: string }) => i.status === 'copied')
        .map((i: { source: string }) => `app:${i.source.split(':').pop()}`)
        .sort()
    )
    const ledger = JSON.parse(await readFile(state, 'utf8')) as { entries: unknown[] }
    expect(ledger.entries).toHaveLength(result.copied)
  })

  it('removes the temporary files a SIGKILLed run left (only its own names, older than the run)', async () => {
    // A source that sends half of the big layer, then nothing: the run is killed while that blob is being written.
    const stall = await startStallingProxy(source.url)
    try {
      const layout = join(dir, 'killed')
      const state = join(dir, 'killed-state.json')
      const args = ['sync', '--source', `${stall.host}/slow`, '--target', `oci:${layout}`, '--state-file', state, '--quiet', '--concurrency', '1']
      const killed = startCli(args)
      const blobs = join(layout, 'blobs', 'sha256')
      const until = Date.now() + 20_000
      // Killed once the big layer's temporary file holds the half the source sent (and the small
      // blobs beside it, which arrive whole, have had time to reach their final names).
      const stalled = async (): Promise<boolean> => {
        const temps = (await readdir(blobs).catch(() => [] as string[])).filter((name) => name.endsWith('.tmp'))
        const sizes = await Promise.all(
          temps.map((name) =>
            stat(join(blobs, name)).then(
              (s) => s.size,
              () => 0
            )
          )
        )
        return sizes.some((size) => size >= 512 * 1024)
      }
      while (!(await stalled())) {
        expect(Date.now()).toBeLessThan(until)
        await sleep(50)
      }
      await sleep(500)
      killed.child.kill('SIGKILL')
      await killed.done
      const left = (await readdir(blobs)).filter((name) => name.endsWith('.tmp'))
      expect(left).toHaveLength(1)
      expect(left[0]).toMatch(new RegExp(`^\\.[0-9a-f]{64}\\.${killed.child.pid}\\.[0-9a-f]{12}\\.tmp$`))
      // Also what older kills and full disks leave, and files that are not ours (kept).
      const hourAgo = new Date(Date.now() - 2 * 3_600_000)
      const planted = {
        [join(blobs, `.${'a'.repeat(64)}.${DEAD_PID}.${'0'.repeat(12)}.tmp`)]: true,
        [join(blobs, `.${'b'.repeat(64)}.${'1'.repeat(12)}.tmp`)]: true, // before pids were in the name, an hour old
        [join(layout, `index.json.${DEAD_PID}.kq1x2y3z.tmp`)]: true,
        [join(dir, `killed-state.json.${DEAD_PID}.kq1x2y3z.tmp`)]: true,
        [join(blobs, `.${'c'.repeat(64)}.${process.pid}.${'2'.repeat(12)}.tmp`)]: false, // a live writer's (touched 10 minutes ago, below)
        [join(blobs, 'notes.tmp')]: false,
        [join(layout, 'index.json.bak')]: false
      }
      for (const path of Object.keys(planted)) {
        await writeFile(path, 'partial')
        const when = path.includes(`.${process.pid}.`) ? new Date(Date.now() - 600_000) : hourAgo
        await utimes(path, when, when)
      }
      const next = await runCli(args.filter((a) => a !== '--quiet').map((a) => (a === `${stall.host}/slow` ? `${source.host}/slow` : a)))
      expect(next.code, next.stderr).toBe(0)
      expect(next.stderr).toContain(`warning: ${state}: removed 1 temporary files a stopped run left`)
      const after = new Set([
        ...(await readdir(blobs)).map((n) => join(blobs, n)),
        ...(await readdir(layout)).map((n) => join(layout, n)),
        ...(await readdir(dir)).map((n) => join(dir, n))
      ])
      expect(after.has(join(blobs, left[0]))).toBe(false)
      for (const [path, removed] of Object.entries(planted)) expect(after.has(path), path).toBe(!removed)
      for (const path of Object.keys(planted)) await rm(path, { force: true })
      expect((await assertWholeLayout(layout)).sort()).toEqual(['app:v1', 'app:v2'])
    } finally {
      await stall.stop()
    }
  })

  it.skipIf(!canMount)(
    'SIGTERM gives up on a hung target file system (ext4 frozen with fsfreeze): the run ends the moment the kernel lets it; the ledger keeps every finished tag',
    async () => {
      const image = join(dir, 'ext4.img')
      const disk = join(dir, 'frozen')
      await mkdir(disk)
      execFileSync('truncate', ['-s', '32M', image])
      execFileSync('mkfs.ext4', ['-q', image])
      execFileSync('mount', ['-o', 'loop', image, disk])
      mounts.push(disk)
      const layout = join(disk, 'layout')
      const state = join(dir, 'frozen-state.json')
      const args = ['sync', '--source', `${source.host}/disk`, '--target', `oci:${layout}`, '--state-file', state, '--concurrency', '1']
      // A first run fills the layout with the first image, so the second has finished tags to keep.
      expect((await runCli([...args, '--images', 'app', '--include-tags', '^v0$'])).code).toBe(0)
      execFileSync('fsfreeze', ['-f', disk])
      let thawed = false
      try {
        const run = startCli(args)
        // The run gets stuck on its first write into the layout (the writable probe): give it time to be there.
        await sleep(2_000)
        const stopped = Date.now()
        run.child.kill('SIGTERM')
        const ended = await Promise.race([run.done, sleep(12_000).then(() => undefined)])
        // A thread in an uninterruptible wait on a frozen file system keeps even a SIGKILLed process
        // until the thaw (the kernel's rule, for every program): the run has given up by now (the
        // signal re-raised at 10 s), so it must end at once when the file system answers again.
        execFileSync('fsfreeze', ['-u', disk])
        thawed = true
        const thaw = Date.now()
        const end = ended ?? (await Promise.race([run.done, sleep(5_000).then(() => undefined)]))
        expect(end, 'the run did not end within 5 s of the thaw').toBeDefined()
        expect(end!.stderr).toContain('SIGTERM: finishing tags in flight')
        expect(end!.signal ?? end!.code).toMatch(/^(SIGTERM|143)$/)
        console.log(
          `frozen file system: ${ended ? `ended ${Date.now() - stopped} ms after SIGTERM` : `ended ${Date.now() - thaw} ms after the thaw (SIGTERM ${thaw - stopped} ms before)`}`
        )
      } finally {
        if (!thawed) execFileSync('fsfreeze', ['-u', disk])
      }
      const ledger = JSON.parse(await readFile(state, 'utf8')) as { entries: Array<{ source: string }> }
      expect(ledger.entries.map((e) => e.source)).toContain(`${source.host}/disk/app:v0`)
      // The next run finishes the rest (a lock the hard exit left would be taken over: see shared-state.test.ts).
      const next = await runCli(args)
      expect(next.code, next.stderr).toBe(0)
      expect((await assertWholeLayout(layout)).length).toBe(6)
    }
  )

  it('never waits on a FIFO in a layout: index.json or a blob that is a FIFO is refused at once', async () => {
    const layout = join(dir, 'fifo-layout')
    expect((await runCli(['sync', '--source', `${source.host}/slow`, '--target', `oci:${layout}`, '--quiet'])).code).toBe(0)
    const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as {
      manifests: Array<{ digest: string; annotations: Record<string, string> }>
    }
    // A blob of v2 (its manifest) replaced by a FIFO: the tag fails at once, v1 is still copied.
    const v2 = index.manifests.find((m) => m.annotations['org.opencontainers.image.ref.name'] === 'app:v2')!
    const manifest = join(layout, 'blobs', 'sha256', v2.digest.slice('sha256:'.length))
    await rm(manifest)
    execFileSync('mkfifo', [manifest])
    const target = await startRegistry()
    try {
      const started = Date.now()
      const report = join(dir, 'fifo-report.json')
      const run = await runCli(['sync', '--source', `oci:${layout}`, '--target', `${target.host}/from-fifo`, '--report', report, '--quiet'])
      expect(Date.now() - started).toBeLessThan(15_000)
      expect(run.code, run.stderr).toBe(1)
      const result = await readJson(report)
      expect(result.copied).toBe(1)
      expect(result.images.find((i: { status: string }) => i.status === 'failed').error).toMatch(/is a FIFO, not a regular file/)
      // index.json itself a FIFO: one line, exit 2.
      await rm(join(layout, 'index.json'))
      execFileSync('mkfifo', [join(layout, 'index.json')])
      const refused = await runCli(['sync', '--source', `oci:${layout}`, '--target', `${target.host}/from-fifo`, '--quiet'])
      expect(refused.code).toBe(2)
      expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(/index\.json: is a FIFO, not a regular file/)])
    } finally {
      await target.stop()
    }
  })

  it('never waits on a FIFO the run reads (a docker config.json, --ca-file, --config): refused or ignored at once', async () => {
    const fifo = join(dir, 'config-dir')
    await mkdir(fifo)
    execFileSync('mkfifo', [join(fifo, 'config.json'), join(dir, 'ca.pem'), join(dir, 'mirrors.yaml')])
    const base = ['sync', '--source', `${source.host}/slow`, '--target', `oci:${join(dir, 'fifo-cred')}`, '--quiet']
    const started = Date.now()
    // docker login's file unreadable is as if there were none: the public source still mirrors.
    const cred = await runCli(base, { DOCKER_CONFIG: fifo })
    expect(cred.code, cred.stderr).toBe(0)
    const ca = await runCli([...base, '--ca-file', join(dir, 'ca.pem')])
    expect(ca.code).toBe(2)
    expect(ca.stderr).toMatch(/--ca-file ".*ca\.pem": cannot read it \(it is a FIFO\)/)
    const config = await runCli(['sync', '--config', join(dir, 'mirrors.yaml')])
    expect(config.code).toBe(2)
    expect(config.stderr).toMatch(/--config .*mirrors\.yaml: cannot be read \(it is a FIFO\)/)
    expect(Date.now() - started).toBeLessThan(20_000)
  })
})

/** A proxy that forwards everything but sends only half of the largest blob's body, then holds the connection. */
async function startStallingProxy(upstream: string): Promise<{ host: string; stop(): Promise<void> }> {
  const open = new Set<import('node:http').ServerResponse>()
  const server: Server = createServer(async (req, res) => {
    const answer = await fetch(`${upstream}${req.url}`, {
      method: req.method,
      headers: req.headers.accept ? { accept: req.headers.accept } : {},
      redirect: 'manual'
    })
    const body = Buffer.from(await answer.arrayBuffer())
    const headers: Record<string, string> = {}
    answer.headers.forEach((value, name) => (headers[name] = value))
    res.writeHead(answer.status, headers)
    if (req.method === 'GET' && /\/blobs\/sha256:/.test(req.url ?? '') && body.length > 1024 * 1024) {
      open.add(res)
      res.write(body.subarray(0, body.length / 2))
      return
    }
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as import('node:net').AddressInfo
  return {
    host: `127.0.0.1:${address.port}`,
    stop: async () => {
      for (const res of open) res.destroy()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  }
}
