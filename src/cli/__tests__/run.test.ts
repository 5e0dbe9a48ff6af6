import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../run'

/** Runs the CLI and gives its exit status and what it wrote to stderr. */
async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk)
    return true
  })
  const code = await runCli(argv, {})
  return { code, stderr }
}

afterEach(() => vi.restoreAllMocks())

describe('runCli: bad input is one line and exit 2, before any request', () => {
  it('checks --fold-into the one way, given with a list, beside a config, or in it', async () => {
    const list = ['sync', '--target', 'ghcr.io/me', '--images', 'nginx']
    const message = /^gcr-mirror: --fold-into "Images": not a repository name \(.*\)\n$/
    expect(await run([...list, '--fold-into', 'Images'])).toMatchObject({ code: 2, stderr: expect.stringMatching(message) })
    const dir = await mkdtemp(join(tmpdir(), 'cli-run-'))
    const plain = join(dir, 'plain.yml')
    await writeFile(plain, 'mirrors:\n  - {target: ghcr.io/me, images: [nginx]}\n')
    expect(await run(['sync', '--config', plain, '--fold-into', 'Images'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^gcr-mirror: config .*plain\.yml, mirror 1: fold-into "Images": not a repository name/)
    })
    const folded = join(dir, 'folded.yml')
    await writeFile(folded, 'mirrors:\n  - {target: ghcr.io/me, images: [nginx], fold-into: Images}\n')
    expect(await run(['sync', '--config', folded])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^gcr-mirror: config .*folded\.yml, mirror 1: fold-into "Images": not a repository name/)
    })
  })
})
