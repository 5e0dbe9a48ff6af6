import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, pushIndex, randomLayer, type PushedIndex } from '../harness/fixtures'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runCli } from './cli'

/** `--config FILE`: several mirrors with their own options in one run, one ledger, one report. */
describe('gcr-mirror sync --config', () => {
  let source: TestRegistry
  let target: TestRegistry
  let dir: string
  let multi: PushedIndex
  let tool: string

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    dir = await mkdtemp(join(tmpdir(), 'config-'))
    multi = await pushIndex(source, 'team-a/app', 'v1', {
      images: [
        { platform: { os: 'linux', architecture: 'amd64' }, layers: [randomLayer(1024, 500)] },
        { platform: { os: 'linux', architecture: 's390x' }, layers: [randomLayer(1024, 501)] }
      ],
      attestation: true
    })
    await pushImage(source, 'team-a/app', 'dev', { layers: [randomLayer(1024, 502)] })
    tool = (await pushImage(source, 'team-b/tool', 'v2', { layers: [randomLayer(1024, 503)] })).digest
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  /** Writes `<name>.yml`: defaults with its own ledger and report, then the `mirrors` lines given. */
  async function writeConfig(name: string, mirrors: string[]): Promise<{ config: string; state: string; report: string }> {
    const [config, state, report] = [`${name}.yml`, `${name}-ledger.json`, `${name}-report.json`].map((file) => join(dir, file))
    await writeFile(config, ['defaults:', `  state-file: ${state}`, `  report: ${report}`, 'mirrors:', ...mirrors].join('\n'))
    return { config, state, report }
  }

  it('mirrors each entry with its own options into one ledger and one report; reruns copy nothing', async () => {
    const { config, state, report } = await writeConfig('mirrors', [
      '  - name: a',
      `    source: ${source.host}/team-a`,
      `    target: ${target.host}/mirror-a`,
      '    include-tags: ["^v"]',
      '    platforms: [linux/amd64]',
      '  - name: b',
      `    source: ${source.host}/team-b`,
      `    target: ${target.host}/mirror-b`
    ])
    const run = await runCli(['sync', '--config', config, '--quiet'])
    expect(run.stderr).not.toMatch(/error|warning/)
    expect(run.code).toBe(0)
    const result = await readJson(report)
    expect(result).toMatchObject({ copied: 2, failed: 0 })
    expect(result.mirrors.map((m: { name: string; copied: number }) => [m.name, m.copied])).toEqual([
      ['a', 1],
      ['b', 1]
    ])
    const a = result.images.find((i: { tag: string }) => i.tag === 'v1')
    expect(a.digest).toBe(multi.digest)
    expect(a.targetDigest).toBe(await manifestDigest(target, 'mirror-a/app', 'v1'))
    expect(await manifestDigest(target, 'mirror-a/app', 'dev')).toBeUndefined()
    expect(await manifestDigest(target, 'mirror-b/tool', 'v2')).toBe(tool)
    const ledger = await readJson(state)
    expect(ledger.entries.map((e: { target: string }) => e.target).sort()).toEqual([`${target.host}/mirror-a/app:v1`, `${target.host}/mirror-b/tool:v2`])
    expect(run.stdout).toContain(`${source.host}/team-a -> ${target.host}/mirror-a`)
    expect(run.stdout).toContain(`${source.host}/team-b -> ${target.host}/mirror-b`)

    const again = await runCli(['sync', '--config', config, '--quiet'])
    expect(again.code).toBe(0)
    expect(await readJson(report)).toMatchObject({ copied: 0, skipped: 2, failed: 0 })

    // Flags beside --config apply to every mirror.
    const dry = await runCli(['sync', '--config', config, '--quiet', '--dry-run', '--include-tags', '.'])
    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(/would copy +app:dev/)
  })

  it('mirrors nested sources into two targets, each in its own ledger section; a rerun is a no-op for both', async () => {
    const inner = (await pushImage(source, 'nest/inner/tool', 'v1', { layers: [randomLayer(1024, 504)] })).digest
    const outer = (await pushImage(source, 'nest/app', 'v1', { layers: [randomLayer(1024, 505)] })).digest
    const { config, state, report } = await writeConfig('nested', [
      `  - source: ${source.host}/nest`,
      `    target: ${target.host}/outer`,
      '  - name: inner',
      `    source: ${source.host}/nest/inner`,
      `    target: ${target.host}/inner`
    ])
    const run = await runCli(['sync', '--config', config, '--quiet'])
    expect(run.stderr).not.toMatch(/error|warning/)
    expect(run.code).toBe(0)
    expect(await manifestDigest(target, 'outer/inner/tool', 'v1')).toBe(inner)
    expect(await manifestDigest(target, 'outer/app', 'v1')).toBe(outer)
    expect(await manifestDigest(target, 'inner/tool', 'v1')).toBe(inner)
    const outerId = `${source.host}/nest -> ${target.host}/outer`
    const ledger = await readJson(state)
    expect(ledger.version).toBe(2)
    const sections = ledger.entries.map((e: { section: string; source: string; target: string }) => [e.section, e.source, e.target])
    expect(sections.sort()).toEqual(
      [
        ['inner', `${source.host}/nest/inner/tool:v1`, `${target.host}/inner/tool:v1`],
        [outerId, `${source.host}/nest/app:v1`, `${target.host}/outer/app:v1`],
        [outerId, `${source.host}/nest/inner/tool:v1`, `${target.host}/outer/inner/tool:v1`]
      ].sort()
    )
    const before = await readFile(state, 'utf8')

    // --verify off: the default's rotation count would be the one change a no-op run writes.
    const again = await runCli(['sync', '--config', config, '--quiet', '--verify', 'off'])
    expect(again.code).toBe(0)
    const second = await readJson(report)
    expect(second.mirrors.map((m: { name: string; copied: number; skipped: number }) => [m.name, m.copied, m.skipped])).toEqual([
      [outerId, 0, 2],
      ['inner', 0, 1]
    ])
    expect(second.images.every((i: { reason?: string }) => i.reason === 'ledger')).toBe(true)
    expect(await readFile(state, 'utf8')).toBe(before)
  })

  it('refuses a bad config with one line naming the key and the entry, exit 2, before any copy', async () => {
    const config = join(dir, 'bad.yml')
    await writeFile(
      config,
      `mirrors:\n  - name: ok\n    source: ${source.host}/team-b\n    target: ${target.host}/never\n  - name: broken\n    source: ${source.host}/team-a\n    target: ${target.host}/x\n    semver: "not a range"\n`
    )
    const run = await runCli(['sync', '--config', config])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/config .*bad\.yml, mirror 2 \(broken\): semver "not a range"/)
    expect(await manifestDigest(target, 'never/tool', 'v2')).toBeUndefined()

    const both = await runCli(['sync', '--config', config, '--source', `${source.host}/x`])
    expect(both.code).toBe(2)
    expect(both.stderr).toMatch(/--source and --config do not go together/)
  })
})
