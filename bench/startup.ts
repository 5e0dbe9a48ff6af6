import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ledger } from '../src/sync/state/ledger'
import { listen, standIn } from './head-scale'
import { measure, median } from './measure'

/** Start-up: medians of wall and CPU time, alternating the commands in each round. */
export interface Startup {
  rounds: number
  /** `node -e 0`. */
  bareNode: { ms: number; cpuMs: number }
  version: { ms: number; cpuMs: number }
  help: { ms: number; cpuMs: number }
  /** A loopback no-op rerun of `tags` tags: gcr-mirror, and a bare Node script making the same requests. */
  noop: { tags: number; requests: number; ms: number; cpuMs: number; bareMs: number; bareCpuMs: number }
}

const DIGEST = `sha256:${'a'.repeat(64)}`

/**
 * The bare script: the requests gcr-mirror's no-op rerun makes (the catalog, the tag list, one HEAD
 * per tag, `width` at once) with node:http and a keep-alive agent, nothing else: no ledger, no checks.
 */
const BARE_SCRIPT = `import { Agent, request } from 'node:http'
const [port, tags, width] = process.argv.slice(2).map(Number)
const agent = new Agent({ keepAlive: true, maxSockets: width })
const send = (method, path) => new Promise((resolve, reject) => {
  const req = request({ host: '127.0.0.1', port, method, path, agent }, (res) => { res.resume(); res.on('end', resolve) })
  req.on('error', reject)
  req.end()
})
await send('GET', '/v2/_catalog?n=1000')
await send('GET', '/v2/ns/one/tags/list')
let next = 0
await Promise.all(Array.from({ length: width }, async () => { while (next < tags) await send('HEAD', '/v2/ns/one/manifests/v' + next++) }))
agent.destroy()
`

/** Measures start-up and a loopback no-op rerun of `tags` tags (`--verify off`: the bare script asks the target nothing either) against the bare script, over `rounds` rounds. */
export async function startupRun(cli: string, tags: number, rounds: number, log: (line: string) => void): Promise<Startup> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-startup-'))
  const counts: Record<string, number> = {}
  const shape = { repositories: 1, tagsEach: tags, listing: 'head' as const, latencyMs: 0 }
  const source = standIn(shape, counts)
  const target = standIn({ ...shape, tagsEach: 0 }, {})
  const env = { PATH: process.env.PATH, HOME: dir, DOCKER_CONFIG: '/nonexistent' }
  try {
    const [sourcePort, targetPort] = await Promise.all([listen(source), listen(target)])
    const state = join(dir, 'ledger.json')
    const ledger = new Ledger(
      state,
      Array.from({ length: tags }, (_, i) => ({
        source: `127.0.0.1:${sourcePort}/ns/one:v${i}`,
        digest: DIGEST,
        target: `127.0.0.1:${targetPort}/mirror/one:v${i}`,
        firstMirrored: 'x',
        lastMirrored: 'x'
      }))
    )
    await ledger.save()
    const bare = join(dir, 'bare.mjs')
    await writeFile(bare, BARE_SCRIPT)
    const sync = [
      cli,
      'sync',
      '--source',
      `127.0.0.1:${sourcePort}/ns`,
      '--target',
      `127.0.0.1:${targetPort}/mirror`,
      '--state-file',
      state,
      '--verify',
      'off',
      '--quiet'
    ]
    const commands: Record<string, string[]> = {
      bareNode: ['-e', '0'],
      version: [cli, '--version'],
      help: [cli, '--help'],
      noop: sync,
      bare: [bare, String(sourcePort), String(tags), '64']
    }
    const times: Record<string, { ms: number[]; cpuMs: number[] }> = {}
    let requests = 0
    for (let round = 0; round < rounds; round++) {
      for (const [name, args] of Object.entries(commands)) {
        const before = Object.values(counts).reduce((a, b) => a + b, 0)
        const run = await measure(process.execPath, args, env)
        if (name === 'noop') requests = Object.values(counts).reduce((a, b) => a + b, 0) - before
        const slot = (times[name] ??= { ms: [], cpuMs: [] })
        slot.ms.push(run.ms)
        slot.cpuMs.push(run.cpuMs)
      }
    }
    const pick = (name: string) => ({ ms: median(times[name].ms), cpuMs: median(times[name].cpuMs) })
    const result: Startup = {
      rounds,
      bareNode: pick('bareNode'),
      version: pick('version'),
      help: pick('help'),
      noop: { tags, requests, ...pick('noop'), bareMs: pick('bare').ms, bareCpuMs: pick('bare').cpuMs }
    }
    log(
      `start-up: node -e 0 ${result.bareNode.ms.toFixed(0)} ms, --version ${result.version.ms.toFixed(0)} ms (CPU ${result.version.cpuMs.toFixed(0)}), ` +
        `no-op rerun of ${tags} tags ${result.noop.ms.toFixed(0)} ms (CPU ${result.noop.cpuMs.toFixed(0)}) vs a bare script ${result.noop.bareMs.toFixed(0)} ms (CPU ${result.noop.bareCpuMs.toFixed(0)})`
    )
    return result
  } finally {
    source.close()
    target.close()
    await rm(dir, { recursive: true, force: true })
  }
}

if (process.argv[1]?.endsWith('startup.ts')) {
  await startupRun(process.argv[2] ?? 'dist/cli.js', Number(process.argv[3] ?? 50), Number(process.argv[4] ?? 7), console.log)
}
