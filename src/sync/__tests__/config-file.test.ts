import { describe, expect, it } from 'vitest'
import { UsageError } from '../../oci/errors'
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
    ['unknown key in an entry', 'mirrors:\n  - {source: a.io/x, target: b.io/y, include-tag: x}', /^config m\.yml, mirrors\[0\]: unknown key "include-tag"/],
    [
      'bad value in an entry, named by key',
      'mirrors:\n  - {source: a.io/x, target: b.io/y}\n  - {name: two, source: a.io/z, target: b.io/y, platforms: linux}',
      /^config m\.yml, mirrors\[1\] \(two\): platforms "linux": expected OS\/ARCH/
    ],
    [
      'run-wide key in an entry',
      'mirrors:\n  - {source: a.io/x, target: b.io/y, report: r.json}',
      /mirrors\[0\]: key "report" is for the whole run: put it under defaults/
    ],
    ['missing source', 'mirrors:\n  - {target: b.io/y}', /mirrors\[0\]: source is required/],
    ['list for a single value', 'mirrors:\n  - {source: [a.io/x], target: b.io/y}', /key "source" takes one value/],
    [
      'two mirrors with one id',
      'mirrors:\n  - {name: one, source: a.io/x, target: b.io/y}\n  - {name: one, source: a.io/x/sub, target: b.io/z}',
      /^config m\.yml, mirrors\[1\] \(one\): same id as mirrors\[0\]/
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
