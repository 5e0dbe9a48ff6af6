import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI_WORDS, UsageError } from '../../../oci/errors'
import { parseImageListEntry, parseImageListValues, readImageListFile } from '../image-list'
import { imageListMirrors } from '../list-options'

describe('parseImageListEntry', () => {
  it('reads a full reference, a Docker Hub short name, a digest, a target name and a platform subset', () => {
    expect(parseImageListEntry('gcr.io/google-containers/pause:3.9', 'e').source).toEqual({
      registry: 'gcr.io',
      repository: 'google-containers/pause',
      tag: '3.9'
    })
    expect(parseImageListEntry('nginx', 'e').source).toEqual({ registry: 'docker.io', repository: 'library/nginx' })
    const digest = `sha256:${'a'.repeat(64)}`
    expect(parseImageListEntry(`quay.io/o/app@${digest}`, 'e').source).toEqual({ registry: 'quay.io', repository: 'o/app', digest })
    const entry = parseImageListEntry('  ghcr.io/o/app:v1  =>  tools/app:stable   platforms=linux/amd64,linux/arm64/v8 ', 'e')
    expect(entry.target).toEqual({ repository: 'tools/app', tag: 'stable' })
    expect(entry.platforms).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64', variant: 'v8' }
    ])
  })

  it.each([
    ['nginx; rm -rf /', /"nginx;" is not a repository path/],
    ['nginx rm -rf /', /"rm" is not understood; an entry is SOURCE \[=> NAME\[:TAG\]\]/],
    ['nginx --target=evil.io/x', /"--target=evil.io\/x" is not understood/],
    ['nginx =>', /"=>" needs a target/],
    ['nginx => ../x', /target "..\/x" is not a repository path/],
    ['nginx => evil.io:5000/x', /target "evil.io:5000\/x" is not a repository path|target tag "5000\/x"/],
    ['nginx => a => b', /"=>" is given twice/],
    ['gcr.io/o/app => x:1', /a target tag goes with one tag or digest/],
    ['nginx platforms=linux', /platform "linux" is not OS\/ARCH/],
    ['https://gcr.io/o/app', /a reference has no scheme/],
    ['user:pass@gcr.io/o/app', /expected REGISTRY\/REPOSITORY/],
    ['$(id)', /expected REGISTRY\/REPOSITORY/]
  ])('refuses %j in one line naming where it was written', (text, message) => {
    expect(() => parseImageListEntry(text, 'list.txt:7')).toThrow(UsageError)
    expect(() => parseImageListEntry(text, 'list.txt:7')).toThrow(/^list\.txt:7/)
    expect(() => parseImageListEntry(text, 'list.txt:7')).toThrow(message)
  })
})

describe('parseImageListValues', () => {
  it('splits lines, and commas on a line without options; skips blanks and comments', () => {
    const entries = parseImageListValues(['nginx:1.25,gcr.io/x/y:v1', '# a comment\n\nquay.io/o/a platforms=linux/amd64,linux/arm64  # trailing'], CLI_WORDS)
    expect(entries.map((e) => `${e.source.registry}/${e.source.repository}`)).toEqual(['docker.io/library/nginx', 'gcr.io/x/y', 'quay.io/o/a'])
    expect(entries[2].platforms).toHaveLength(2)
    expect(entries[0].where).toBe('--images "nginx:1.25"')
  })
})

describe('readImageListFile', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'image-list-unit-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads one entry a line (CRLF too) and names FILE:LINE for a bad one', async () => {
    const good = join(dir, 'good.txt')
    await writeFile(good, '# mirrors\r\nnginx:1.25\r\n\r\n  gcr.io/x/y   # every tag\r\n')
    expect(readImageListFile(good, CLI_WORDS).map((e) => e.where)).toEqual([`${good}:2`, `${good}:4`])
    const bad = join(dir, 'bad.txt')
    await writeFile(bad, 'nginx:1.25\n\nNginx:1.25\n')
    expect(() => readImageListFile(bad, CLI_WORDS)).toThrow(`${bad}:3 "Nginx:1.25": "Nginx" is not a repository path`)
  })

  it('refuses a file that is not one, a directory, and an oversized one', async () => {
    expect(() => readImageListFile(join(dir, 'none.txt'), CLI_WORDS)).toThrow(/--images-file .*none\.txt: cannot be read \(ENOENT\)/)
    expect(() => readImageListFile(dir, CLI_WORDS)).toThrow(/cannot be read \(it is a directory\)/)
    const big = join(dir, 'big.txt')
    await writeFile(big, 'nginx\n'.repeat(200_000))
    expect(() => readImageListFile(big, CLI_WORDS)).toThrow(/larger than 1 MiB/)
  })
})

describe('imageListMirrors', () => {
  it('keeps --images relative to the namespace when --source is given', () => {
    expect(imageListMirrors({ source: 'gcr.io/x', target: 'ghcr.io/o', images: ['app'] }, {})).toBeUndefined()
    expect(() => imageListMirrors({ source: 'gcr.io/x', target: 'ghcr.io/o', imagesFile: 'list.txt' }, {})).toThrow(/--images-file goes with an image list/)
  })

  it('compiles one mirror per registry and platform subset, sources at the registry root', () => {
    const mirrors = imageListMirrors(
      {
        target: 'ghcr.io/o',
        images: [
          'gcr.io/google-containers/pause:3.9',
          'nginx:1.25',
          'gcr.io/x/app',
          'docker.io/library/redis@sha256:' + 'b'.repeat(64),
          'gcr.io/x/arm:1 platforms=linux/arm64'
        ]
      },
      {}
    )!
    expect(mirrors.map((m) => m.name)).toEqual(['gcr.io -> ghcr.io/o', 'docker.io -> ghcr.io/o', 'gcr.io [linux/arm64] -> ghcr.io/o'])
    const [gcr, hub, arm] = mirrors
    expect(gcr.options.source).toMatchObject({ kind: 'registry', registry: 'gcr.io', namespace: '' })
    expect(gcr.options.images).toEqual(['google-containers/pause', 'x/app'])
    expect(gcr.options.list!.get('x/app')).toMatchObject({ target: 'x/app', allTags: true })
    expect([...hub.options.list!.get('library/nginx')!.tags]).toEqual([['1.25', '1.25']])
    expect(hub.options.list!.get('library/redis')).toMatchObject({ target: 'redis' })
    expect([...hub.options.list!.get('library/redis')!.tags.values()]).toEqual([`sha256_${'b'.repeat(64)}`])
    expect(arm.options.platforms).toEqual([{ os: 'linux', architecture: 'arm64' }])
  })

  it('refuses --prune, an entry inside the target namespace, and --fold-into without a list', () => {
    expect(() => imageListMirrors({ target: 'ghcr.io/o', images: ['nginx'], prune: 'true' }, {})).toThrow(/--prune does not go with an image list/)
    expect(() => imageListMirrors({ target: 'ghcr.io/o', images: ['ghcr.io/o/app:1'] }, {})).toThrow(/overlap/)
    expect(() => imageListMirrors({ target: 'ghcr.io/o', foldInto: 'images' }, {})).toThrow(/--fold-into goes with an image list/)
    expect(() => imageListMirrors({ target: 'ghcr.io/o', images: ['nginx'], foldInto: 'Images' }, {})).toThrow(/--fold-into "Images": not a repository name/)
  })

  it('checks --fold-into once: the value it lets through (spaces trimmed) is the one the mirrors use', () => {
    const [hub] = imageListMirrors({ target: 'ghcr.io/o', images: ['nginx:1.25'], foldInto: ' images ' }, {})!
    expect(hub.options.list!.get('library/nginx')).toMatchObject({ target: 'images', fold: 'nginx' })
  })
})
