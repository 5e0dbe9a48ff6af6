import { execFile } from 'node:child_process'
import { copyFile, cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '..', '..')

/**
 * `bash scripts/try-local.sh` on a machine with nothing but the clone, Node and the Debian packages
 * (issue 15): run from a copy holding only the two scripts and dist/ (cli.js and its chunks; no node_modules above it),
 * with a PATH holding only node, docker-registry and the shell tools the script uses (no npm, npx, tsx).
 */
describe('try-local', () => {
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'try-local-'))
    await Promise.all(['scripts', 'bin'].map((name) => mkdir(join(dir, name))))
    for (const file of ['scripts/try-local.sh', 'scripts/try-local.mjs']) await copyFile(join(ROOT, file), join(dir, file))
    await cp(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true })
    const which = async (tool: string): Promise<string> => (await run('sh', ['-c', `command -v ${tool}`])).stdout.trim()
    for (const tool of ['docker-registry', 'dirname']) await symlink(await which(tool), join(dir, 'bin', tool))
    await symlink(process.execPath, join(dir, 'bin', 'node'))
  })

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('mirrors a local namespace twice with node dist/cli.js only: the second run copies nothing', async () => {
    const { stdout } = await run('/bin/bash', [join(dir, 'scripts', 'try-local.sh')], { env: { PATH: join(dir, 'bin'), HOME: dir }, timeout: 60_000 })
    expect(stdout).toMatch(/source registry 127\.0\.0\.1:\d+ holds 7 tags under corp\//)
    expect(stdout).toMatch(/^\$ node dist\/cli\.js sync --source 127\.0\.0\.1:\d+\/corp --target 127\.0\.0\.1:\d+\/mirror /m)
    expect(stdout).toMatch(/corp -> 127\.0\.0\.1:\d+\/mirror: copied 7, skipped 0, failed 0/)
    expect(stdout).toMatch(/corp -> 127\.0\.0\.1:\d+\/mirror: copied 0, skipped 7, failed 0/)
  })

  it('says what is missing when docker-registry is not installed', async () => {
    const bare = join(dir, 'bare')
    await mkdir(bare)
    await symlink(process.execPath, join(bare, 'node'))
    await symlink(join(dir, 'bin', 'dirname'), join(bare, 'dirname'))
    const failed = await run('/bin/bash', [join(dir, 'scripts', 'try-local.sh')], { env: { PATH: bare } }).catch(
      (error: { code: number; stderr: string }) => error
    )
    expect(failed).toMatchObject({ code: 2, stderr: 'try-local: needs docker-registry (apt-get install docker-registry)\n' })
  })
})
