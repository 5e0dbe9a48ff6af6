import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LayoutError } from '../errors'
import { TarIndex } from '../tar-index'
import { buildTar, type TarEntry } from './tar-builder'

describe('TarIndex', () => {
  let dir: string
  let count = 0
  const archive = async (content: Buffer): Promise<string> => {
    const path = join(dir, `archive-${count++}.tar`)
    await writeFile(path, content)
    return path
  }
  const indexOf = async (entries: TarEntry[]): Promise<TarIndex> => TarIndex.open(await archive(buildTar(entries)), 'oci-archive:test.tar')
  const refusal = async (content: Buffer): Promise<string> => {
    const error = await TarIndex.open(await archive(content), 'oci-archive:test.tar').then(
      () => undefined,
      (caught: unknown) => caught
    )
    expect(error).toBeInstanceOf(LayoutError)
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    return message
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tar-index-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('finds every regular file by name and streams each from its offset, byte for byte', async () => {
    const big = Buffer.alloc(70_000, 7)
    const tar = await indexOf([
      { name: 'blobs/', directory: true },
      { name: './index.json', data: '{"manifests":[]}' },
      { name: 'blobs/sha256/big', data: big },
      { name: 'empty', data: '' }
    ])
    expect(tar.names()).toEqual(['index.json', 'blobs/sha256/big', 'empty'])
    expect((await tar.read('index.json', 1024)).toString()).toBe('{"manifests":[]}')
    expect((await tar.read('blobs/sha256/big', 1 << 20)).equals(big)).toBe(true)
    expect((await tar.read('empty', 10)).length).toBe(0)
    expect(await tar.hash('blobs/sha256/big')).toEqual({ digest: `sha256:${createHash('sha256').update(big).digest('hex')}`, head: Buffer.from([7, 7, 7, 7]) })
    await expect(tar.read('blobs/sha256/big', 1000)).rejects.toThrow(/blobs\/sha256\/big is 70000 bytes, over the 1000 accepted/)
  })

  it('reads a PAX long name, and follows symbolic and hard links inside the archive', async () => {
    const long = `${'d'.repeat(80)}/${'f'.repeat(60)}.tar`
    const tar = await indexOf([
      { name: long, data: 'layer' },
      { name: 'abc/layer.tar', symlink: `../${long}` },
      { name: 'hard.tar', hardlink: long }
    ])
    expect((await tar.read(long, 100)).toString()).toBe('layer')
    expect((await tar.read('abc/layer.tar', 100)).toString()).toBe('layer')
    expect((await tar.read('hard.tar', 100)).toString()).toBe('layer')
    expect(tar.member('missing')).toBeUndefined()
  })

  it('refuses a file that is not a tar, a compressed one, an empty one, and says which', async () => {
    expect(await refusal(Buffer.from('{"not": "a tar"}\n'.repeat(100)))).toBe('oci-archive:test.tar: is not a tar archive')
    expect(await refusal(gzipSync(buildTar([{ name: 'a', data: 'x' }])))).toMatch(/^oci-archive:test.tar: is gzip-compressed; decompress it first/)
    expect(await refusal(Buffer.alloc(0))).toBe('oci-archive:test.tar: is empty, not a tar archive')
  })

  it('refuses an archive cut short: inside a member, at a header, or without its end marker', async () => {
    const whole = buildTar([
      { name: 'index.json', data: 'x'.repeat(600) },
      { name: 'oci-layout', data: '{}' }
    ])
    expect(await refusal(whole.subarray(0, 1000))).toMatch(
      /^oci-archive:test.tar: truncated \(the member at byte 0 needs 600 bytes from byte 512; the file has 1000 bytes\)$/
    )
    expect(await refusal(whole.subarray(0, 1536 + 100))).toMatch(/truncated \(the header at byte 1536 is cut short/)
    expect(await refusal(buildTar([{ name: 'a', data: 'x' }], { end: false }))).toMatch(/truncated \(the end-of-archive marker is missing/)
  })

  it('refuses a damaged header after the first', async () => {
    const tar = buildTar([
      { name: 'a', data: 'x' },
      { name: 'b', data: 'y' }
    ])
    tar[1024 + 5] ^= 1
    expect(await refusal(tar)).toBe('oci-archive:test.tar: the header at byte 1024 is damaged (its checksum does not match)')
  })

  it('refuses a member or a link that leaves the archive', async () => {
    expect(await refusal(buildTar([{ name: '../etc/passwd', data: 'x' }]))).toBe(
      'oci-archive:test.tar: member "../etc/passwd" lies outside the archive (an absolute path or ..)'
    )
    expect(await refusal(buildTar([{ name: '/abs', data: 'x' }]))).toMatch(/member "\/abs" lies outside/)
    expect(await refusal(buildTar([{ name: 'a/layer.tar', symlink: '../../x' }]))).toBe(
      'oci-archive:test.tar: link a/layer.tar -> "../../x" points outside the archive'
    )
    expect(await refusal(buildTar([{ name: 'l', symlink: '/etc/passwd' }]))).toMatch(/link l -> "\/etc\/passwd" points outside/)
  })

  it('names a missing file and a directory given as the archive', async () => {
    await expect(TarIndex.open(join(dir, 'nothing.tar'), 'docker-archive:nothing.tar')).rejects.toThrow(
      'docker-archive:nothing.tar: cannot be read (no such file)'
    )
    await expect(TarIndex.open(dir, 'docker-archive:dir')).rejects.toThrow('docker-archive:dir: is not a regular file')
  })
})
