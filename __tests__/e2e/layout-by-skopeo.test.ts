import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OciLayout } from '../../src/layout'
import { expectReadable, multiArchImage, pushImage, singleImage } from '../../src/layout/__tests__/images'

const run = promisify(execFile)

/** `skopeo ARGS`, stdout as bytes. */
const skopeo = async (...args: string[]): Promise<Buffer> => (await run('skopeo', args, { encoding: 'buffer', maxBuffer: 1 << 24 })).stdout

/**
 * An `oci:` layout as another implementation reads and writes it: skopeo reads what OciLayout wrote
 * byte for byte, and OciLayout reads what skopeo wrote (moved here from the unit tests, which run
 * with no skopeo on the machine).
 */
describe('OciLayout and skopeo', () => {
  const multi = multiArchImage('app')
  const single = singleImage('tool')
  let scratch: string
  let dir: string
  const directory = (name: string): string => join(scratch, name)

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'layout-by-skopeo-'))
    dir = directory('built')
    const layout = new OciLayout(dir)
    await pushImage(layout, 'team/app', 'v1', multi)
    await pushImage(layout, 'tools/cli', 'latest', single)
  })
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true })
  })

  it('skopeo inspect --raw returns the exact manifest bytes', async () => {
    expect((await skopeo('inspect', '--raw', `oci:${dir}:team/app:v1`)).equals(multi.top.bytes)).toBe(true)
    expect((await skopeo('inspect', '--raw', `oci:${dir}:tools/cli:latest`)).equals(single.top.bytes)).toBe(true)
  })

  it('skopeo inspect reads an image, and the platform asked for out of the index', async () => {
    const image = JSON.parse((await skopeo('inspect', `oci:${dir}:tools/cli:latest`)).toString()) as { Digest: string; Architecture: string }
    expect(image).toMatchObject({ Digest: single.top.digest, Architecture: 'amd64' })
    const arm = JSON.parse((await skopeo('inspect', '--override-arch', 'arm64', '--override-os', 'linux', `oci:${dir}:team/app:v1`)).toString()) as {
      Digest: string
      Architecture: string
    }
    expect(arm).toMatchObject({ Digest: multi.top.digest, Architecture: 'arm64' })
  })

  it('skopeo copy --all to another layout keeps every digest', async () => {
    const other = directory('copied-by-skopeo')
    await skopeo('copy', '--all', '--preserve-digests', `oci:${dir}:team/app:v1`, `oci:${other}:team/app:v1`)
    await expectReadable(new OciLayout(other), 'team/app', 'v1', multi)
  })

  it('reads a layout written by skopeo; a bare tag belongs to the folder, or to the one --images name', async () => {
    const source = directory('skopeo-source')
    const image = multiArchImage('from skopeo')
    await pushImage(new OciLayout(source), 'team/app', 'v1', image)
    const written = directory('skopeo-written')
    await skopeo('copy', '--all', '--preserve-digests', `oci:${source}:team/app:v1`, `oci:${written}:mirror/app:v2`)
    await skopeo('copy', '--all', '--preserve-digests', `oci:${source}:team/app:v1`, `oci:${written}:bare`)
    const layout = new OciLayout(written)
    expect(await layout.listRepositories('')).toEqual(['mirror/app', 'skopeo-written'])
    expect(await layout.listTags('mirror/app')).toEqual([{ tag: 'v2', digest: image.top.digest }])
    expect(await layout.listTags('skopeo-written')).toEqual([{ tag: 'bare', digest: image.top.digest }])
    await expectReadable(layout, 'mirror/app', 'v2', image)
    const claimed = new OciLayout(written, { images: ['web'] })
    expect(await claimed.listTags('web')).toEqual([{ tag: 'bare', digest: image.top.digest }])
    await expectReadable(claimed, 'web', 'bare', image)
    await expect(claimed.listTags('other')).rejects.toThrow(/no images named other \(it holds mirror\/app, web\)/)
  })
})
