import { describe, expect, it } from 'vitest'
import { UsageError } from '../../../oci/errors'
import { parseConfig } from '../config-file'

const good = `
defaults:
  state-file: /tmp/ledger.json
  concurrency: 4
  include-tags: ['^v']
mirrors:
  - name: pause
    source: registry.k8s.io
    images: [pause]
    target: ghcr.io/me
    platforms: linux/amd64,linux/arm64
  - source: quay.io/coreos
    target: ghcr.io/me/coreos
    concurrency: 2
    dry-run: true
`

describe('parseConfig', () => {
  it('applies defaults, then each mirror, then the options given beside the file', () => {
    const [a, b] = parseConfig(good, 'm.yml', { excludeTags: ['-rc'] }, {})
    expect(a.name).toBe('pause')
    expect(a.options).toMatchObject({ images: ['pause'], concurrency: 4, stateFile: '/tmp/ledger.json', dryRun: false })
    expect(a.options.platforms).toHaveLength(2)
    expect(a.options.includeTags[0].source).toBe('^v')
    expect(a.options.excludeTags[0].source).toBe('-rc')
    expect(b.name).toBe('quay.io/coreos -> ghcr.io/me/coreos')
    expect(b.options).toMatchObject({ concurrency: 2, dryRun: true, stateFile: '/tmp/ledger.json' })
  })

  it.each<[string, string, RegExp]>([
    ['not YAML', 'mirrors: [', /^config m\.yml: not valid YAML/],
    ['no mirrors', 'defaults: {}', /mirrors must be a non-empty list/],
    ['unknown top-level key', 'mirror: []', /unknown top-level key "mirror"/],
    [
      'unknown key in an entry',
      'mirrors:\n  - {source: a.io/x, target: b.io/y, include-tag: x}',
      /^config m\.yml, mirror 1: unknown key "include-tag" \(did you mean include-tags\? keys are/
    ],
    ['unknown top-level key', 'mirror:\n  - {source: a.io/x, target: b.io/y}', /^config m\.yml: unknown top-level key "mirror" \(did you mean mirrors\?/],
    [
      'a version this build does not read',
      'version: 2\nmirrors:\n  - {source: a.io/x, target: b.io/y}',
      /^config m\.yml: version 2: this gcr-mirror reads version 1$/
    ],
    [
      'bad value in an entry, named by key',
      'mirrors:\n  - {source: a.io/x, target: b.io/y}\n  - {name: two, source: a.io/z, target: b.io/y, platforms: linux}',
      /^config m\.yml, mirror 2 \(two\): platforms "linux": expected OS\/ARCH/
    ],
    [
      'run-wide key in an entry',
      'mirrors:\n  - {source: a.io/x, target: b.io/y, report: r.json}',
      /mirror 1: key "report" is for the whole run: put it under defaults/
    ],
    ['missing source', 'mirrors:\n  - {target: b.io/y}', /mirror 1: source is required/],
    ['list for a single value', 'mirrors:\n  - {source: [a.io/x], target: b.io/y}', /key "source" takes one value/],
    [
      'two mirrors with one id',
      'mirrors:\n  - {name: one, source: a.io/x, target: b.io/y}\n  - {name: one, source: a.io/x/sub, target: b.io/z}',
      /^config m\.yml, mirror 2 \(one\): same id as mirror 1/
    ]
  ])('%s: one line naming the key and the entry', (_name, text, message) => {
    const attempt = () => parseConfig(text, 'm.yml', {}, {})
    expect(attempt).toThrow(UsageError)
    expect(attempt).toThrow(message)
    try {
      attempt()
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
    }
  })
})

describe('parseConfig: paths and version', () => {
  it('takes version: 1, and paths written in the file relative to the file, not to the working directory', () => {
    const text = `version: 1
defaults:
  state-file: state/ledger.json
  report: /abs/report.json
mirrors:
  - {source: oci:layouts/in, target: b.io/y}
  - {source: a.io/x, target: oci:../out}
`
    const [a, b] = parseConfig(text, 'conf/m.yml', {}, {}, '/srv/conf')
    expect(a.options.stateFile).toBe('/srv/conf/state/ledger.json')
    expect(a.options.report).toBe('/abs/report.json')
    expect(a.options.source).toMatchObject({ kind: 'oci', path: '/srv/conf/layouts/in' })
    expect(b.options.target).toMatchObject({ kind: 'oci', path: '/srv/out' })
  })

  it('leaves paths given beside the file (command line, inputs) relative to the working directory', () => {
    const [a] = parseConfig('mirrors:\n  - {source: a.io/x, target: b.io/y}\n', 'm.yml', { stateFile: 'here.json' }, {}, '/srv/conf')
    expect(a.options.stateFile).toBe('here.json')
  })
})

describe('parseConfig with an image list', () => {
  it('compiles a mirror without a source and with images of full references into a mirror per registry', () => {
    const text = [
      'mirrors:',
      '  - name: tools',
      '    target: ghcr.io/me',
      '    images:',
      '      - gcr.io/google-containers/pause:3.9',
      '      - nginx:1.25 => web',
      '      - quay.io/o/app platforms=linux/amd64,linux/arm64',
      '    fold-into: images',
      '  - source: quay.io/coreos',
      '    target: ghcr.io/me/coreos'
    ].join('\n')
    const entries = parseConfig(text, 'm.yml', {}, {})
    expect(entries.map((e) => e.name)).toEqual([
      'tools: gcr.io -> ghcr.io/me',
      'tools: docker.io -> ghcr.io/me',
      'tools: quay.io [linux/amd64,linux/arm64] -> ghcr.io/me',
      'quay.io/coreos -> ghcr.io/me/coreos'
    ])
    expect(entries[1].options.list!.get('library/nginx')).toMatchObject({ target: 'images', fold: 'web' })
    expect(entries[3].options.list).toBeUndefined()
  })

  it('checks fold-into the one way, in the file or beside it', () => {
    const mirror = (fold: string) => ['mirrors:', '  - name: tools', '    target: ghcr.io/me', '    images: [nginx]', `    fold-into: ${fold}`].join('\n')
    expect(parseConfig(mirror('" images "'), 'm.yml', {}, {})[0].options.list!.get('library/nginx')).toMatchObject({ target: 'images' })
    expect(() => parseConfig(mirror('Images'), 'm.yml', {}, {})).toThrow(/^config m\.yml, mirror 1 \(tools\): fold-into "Images": not a repository name/)
    const plain = ['mirrors:', '  - {target: ghcr.io/me, images: [nginx]}'].join('\n')
    expect(() => parseConfig(plain, 'm.yml', { foldInto: 'Images' }, {})).toThrow(/^config m\.yml, mirror 1: fold-into "Images": not a repository name/)
  })

  it('names the mirror and the entry of a bad image reference', () => {
    const text = ['mirrors:', '  - name: tools', '    target: ghcr.io/me', '    images: [nginx, "gcr.io/x/y:bad tag"]'].join('\n')
    expect(() => parseConfig(text, 'm.yml', {}, {})).toThrow(/^config m\.yml, mirror 1 \(tools\): images "gcr\.io\/x\/y:bad tag": "tag" is not understood/)
  })
})

describe('parseConfig with several targets', () => {
  it('makes a mirror a target, each its own ledger section, sharing one read group; `target` takes a list too', () => {
    const text = `mirrors:\n  - name: k8s\n    source: registry.k8s.io\n    targets: [docker.io/me, registry.cn-hangzhou.aliyuncs.com/me]\n  - source: quay.io/x\n    target: [ghcr.io/me, oci:out]\n`
    const entries = parseConfig(text, 'm.yml', {}, {}, '/base')
    expect(entries.map((entry) => entry.name)).toEqual([
      'k8s: registry.k8s.io -> docker.io/me',
      'k8s: registry.k8s.io -> registry.cn-hangzhou.aliyuncs.com/me',
      'quay.io/x -> ghcr.io/me',
      'quay.io/x -> oci:/base/out'
    ])
    expect(new Set(entries.slice(0, 2).map((entry) => entry.readGroup)).size).toBe(1)
    expect(entries[2].readGroup).not.toBe(entries[0].readGroup)
    expect(entries[3].readGroup).toBe(entries[2].readGroup)
  })

  it('refuses target and targets together, and a target named twice', () => {
    expect(() => parseConfig(`mirrors:\n  - source: quay.io/x\n    target: ghcr.io/a\n    targets: [ghcr.io/b]\n`, 'm.yml', {}, {})).toThrow(
      'config m.yml, mirror 1: give target or targets, not both'
    )
    expect(() => parseConfig(`mirrors:\n  - source: quay.io/x\n    targets: [ghcr.io/a, ghcr.io/a]\n`, 'm.yml', {}, {})).toThrow(
      /target ghcr.io\/a is given twice/
    )
  })
})
