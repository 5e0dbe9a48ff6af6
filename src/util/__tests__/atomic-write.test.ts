import { lstat, mkdir, mkdtemp, readdir, readFile, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { atomicTempPid, writeFileAtomic } from '../atomic-write'

describe('writeFileAtomic', () => {
  it('writes through a symbolic link, dangling or not: the link stays a link', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-'))
    await symlink('real.json', join(dir, 'link.json'))
    await writeFileAtomic(join(dir, 'link.json'), 'one')
    await writeFileAtomic(join(dir, 'link.json'), 'two')
    expect((await lstat(join(dir, 'link.json'))).isSymbolicLink()).toBe(true)
    expect(await readFile(join(dir, 'real.json'), 'utf8')).toBe('two')
    expect((await readdir(dir)).sort()).toEqual(['link.json', 'real.json'])
  })

  it('leaves no temporary file and the destination as it was when the rename fails (a full disk: local-disk.test.ts)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-'))
    // A directory in the file's place: the rename fails after the data was written.
    await mkdir(join(dir, 'report.json'))
    await expect(writeFileAtomic(join(dir, 'report.json'), 'data')).rejects.toThrow(/EISDIR|EEXIST|ENOTEMPTY/)
    expect(await readdir(dir)).toEqual(['report.json'])
    expect((await lstat(join(dir, 'report.json'))).isDirectory()).toBe(true)
  })

  it('names its temporary files so a later run can tell them: NAME.<pid>.<random>.tmp', async () => {
    expect(atomicTempPid('state.json', 'state.json.123.kq1x2.tmp')).toBe(123)
    expect(atomicTempPid('state.json', 'state.json.tmp')).toBe(false)
    expect(atomicTempPid('state.json', 'state.json.journal')).toBe(false)
    expect(atomicTempPid('state.json', 'other.json.123.kq1x2.tmp')).toBe(false)
    expect(atomicTempPid('state.json', 'state.json.12x.kq1x2.tmp')).toBe(false)
  })
})
