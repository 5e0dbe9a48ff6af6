import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushImage, randomLayer } from '../harness/fixtures'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson } from './cli'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '..', '..')

/**
 * The package as npm users get it (issue 15; since issue 24 the CLI alone): `npm pack`, then an
 * install of the tarball into an empty prefix with the network unreachable (no registry, an empty
 * npm cache), then the installed `gcr-mirror` command: `--version` prints package.json's version and
 * a real sync works, with no package beside it (the bundle holds everything it runs).
 */
describe('npm package', () => {
  let dir: string
  let registry: TestRegistry
  let files: string[]
  let bin: string
  let prefix: string
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pack-'))
    registry = await startRegistry()
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT })
    const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>
    files = packed.files.map((f) => f.path).sort()
    prefix = join(dir, 'prefix')
    await mkdir(prefix)
    // No network: the registry is a closed loopback port, the cache is empty, npm is told it is offline.
    await run(
      'npm',
      [
        'install',
        '--offline',
        '--no-audit',
        '--no-fund',
        '--registry',
        'http://127.0.0.1:9/',
        '--cache',
        join(dir, 'npm-cache'),
        '--prefix',
        prefix,
        join(dir, packed.filename)
      ],
      { cwd: dir, env: { PATH: process.env.PATH, HOME: dir } }
    )
    bin = join(prefix, 'node_modules', '.bin', 'gcr-mirror')
  })

  afterAll(async () => {
    await registry?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('ships the CLI with every chunk it loads and the documents: no action bundles, no action metadata, no sources', async () => {
    // rollup names each entry's chunks after it (rollup.config.ts): dist/chunks/cli-<module>.js are the CLI's.
    const chunks = (await readdir(join(ROOT, 'dist', 'chunks'))).filter((name) => name.startsWith('cli-')).map((name) => `dist/chunks/${name}`)
    expect(chunks.length).toBeGreaterThan(0)
    expect(files).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli.js', ...chunks, 'package.json'].sort())
  })

  it('names where the project lives (npm links README, issues and the repository from these)', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(manifest.repository.url).toMatch(/^git\+https:\/\/github\.com\/[^/]+\/gcr-mirror\.git$/)
    expect(manifest.homepage).toMatch(/^https:\/\/github\.com\/[^/]+\/gcr-mirror#readme$/)
    expect(manifest.bugs.url).toMatch(/^https:\/\/github\.com\/[^/]+\/gcr-mirror\/issues$/)
  })

  it('installs nothing but itself: no runtime dependency, the bundle holds them', async () => {
    const names = (await readdir(join(prefix, 'node_modules'))).filter((name) => name !== '.package-lock.json')
    expect(names.sort()).toEqual(['.bin', 'gcr-mirror'])
    const installed = JSON.parse(await readFile(join(prefix, 'node_modules', 'gcr-mirror', 'package.json'), 'utf8'))
    expect(installed.dependencies ?? {}).toEqual({})
    expect(await readdir(join(prefix, 'node_modules', 'gcr-mirror'))).not.toContain('node_modules')
  })

  it('prints the package version', async () => {
    const { stdout } = await run(bin, ['--version'], { env: { PATH: process.env.PATH } })
    expect(stdout.trim()).toBe(version)
    expect(version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/)
  })

  it('mirrors a repository from a registry into an OCI layout', async () => {
    const image = await pushImage(registry, 'corp/app', 'v1', { layers: [randomLayer(4096, 15)] })
    const layout = join(dir, 'layout')
    const report = join(dir, 'report.json')
    const { stderr } = await run(bin, ['sync', '--source', `${registry.host}/corp`, '--target', `oci:${layout}`, '--report', report, '--quiet'], {
      env: { PATH: process.env.PATH, HOME: dir, DOCKER_CONFIG: '/nonexistent' }
    })
    const result = await readJson(report)
    expect(result.copied, stderr).toBe(1)
    expect(result.images[0]).toMatchObject({ source: `${registry.host}/corp/app:v1`, digest: image.digest, status: 'copied' })
    const index = await readJson(join(layout, 'index.json'))
    expect(index.manifests.map((m: any) => [m.digest, m.annotations['org.opencontainers.image.ref.name']])).toEqual([[image.digest, 'app:v1']])
  })

  it('mirrors from a --config file (the YAML parser is a chunk loaded on demand)', async () => {
    const image = await pushImage(registry, 'corp/tool', 'v2', { layers: [randomLayer(2048, 16)] })
    const layout = join(dir, 'layout-config')
    const config = join(dir, 'mirrors.yaml')
    await writeFile(config, `mirrors:\n  - name: tool\n    source: ${registry.host}/corp\n    images: [tool]\n    target: oci:${layout}\n`)
    const { stdout, stderr } = await run(bin, ['sync', '--config', config, '--quiet'], {
      env: { PATH: process.env.PATH, HOME: dir, DOCKER_CONFIG: '/nonexistent' }
    })
    expect(stdout, stderr).toMatch(/copied 1\b/)
    const index = await readJson(join(layout, 'index.json'))
    expect(index.manifests.map((m: any) => m.digest)).toEqual([image.digest])
  })
})
