import { describe, expect, it } from 'vitest'
import { changeSummary, prependSection, renderRunSection } from '../changelog'
import type { TagChange } from '../changes'
import { newestTag } from '../newest-tag'
import { renderReadme } from '../readme'
import type { NamespaceRecord, TagRecord } from '../record'
import { pullReference, repositoryPage } from '../registry-links'
import { day, digest } from './fixtures'

const tagRecord = (first: string): TagRecord => ({ digest: digest(first), firstMirrored: first, lastMirrored: first })
const tags = (...names: string[]): Map<string, TagRecord> => new Map(names.map((name, i) => [name, tagRecord(`2026-01-0${i + 1}`)]))

describe('registry links', () => {
  it.each([
    ['docker.io/gcrxio/pause', 'gcrxio/pause:3.9', 'https://hub.docker.com/r/gcrxio/pause'],
    ['docker.io/library/busybox', 'busybox:3.9', 'https://hub.docker.com/_/busybox'],
    ['ghcr.io/octo/tools/pause', 'ghcr.io/octo/tools/pause:3.9', 'https://ghcr.io/octo/tools/pause'],
    ['quay.io/coreos/etcd', 'quay.io/coreos/etcd:3.9', 'https://quay.io/repository/coreos/etcd'],
    ['127.0.0.1:5002/mirror/app', '127.0.0.1:5002/mirror/app:3.9', undefined],
    ['oci:./out/app', undefined, undefined]
  ])('%s pulls as %s and links to %s', (target, pull, page) => {
    expect(pullReference(target, '3.9')).toBe(pull)
    expect(repositoryPage(target)).toBe(page)
  })
})

describe('newestTag', () => {
  it('prefers the highest release, then the highest pre-release, then the latest first mirrored', () => {
    expect(newestTag(tags('latest', 'v1.9.0', 'v1.10.0', 'v1.11.0-rc.1'))).toBe('v1.10.0')
    expect(newestTag(tags('3.9', '3.10', 'latest'))).toBe('3.10')
    expect(newestTag(tags('v2.0.0-beta.1', 'v2.0.0-alpha.3', 'edge'))).toBe('v2.0.0-beta.1')
    expect(newestTag(tags('stable', 'edge'))).toBe('edge')
    expect(newestTag(new Map())).toBeUndefined()
  })
})

describe('renderReadme', () => {
  const record = (source: string, target: string, names: string[]): NamespaceRecord => ({
    source,
    target,
    repositories: new Map(names.map((name) => [name, { repository: name, target: `${target}/${name}`, tags: tags('v1.0.0', 'v1.2.0') }]))
  })

  it('tables each namespace, sorted, with counts, newest tag, pull line and page link', () => {
    const readme = renderReadme([record('registry.k8s.io', 'quay.io/me', ['pause']), record('gcr.io/ns', 'docker.io/me', ['b', 'a'])])
    expect(readme.indexOf('## gcr.io/ns → docker.io/me')).toBeLessThan(readme.indexOf('## registry.k8s.io → quay.io/me'))
    expect(readme).toContain('2 repositories, 4 tags; record: [namespaces/gcr.io/ns.json](namespaces/gcr.io/ns.json)')
    expect(readme.indexOf('`gcr.io/ns/a`')).toBeLessThan(readme.indexOf('`gcr.io/ns/b`'))
    expect(readme).toContain('| `gcr.io/ns/a` | [docker.io/me/a](https://hub.docker.com/r/me/a) | 2 | `v1.2.0` | `docker pull me/a:v1.2.0` |')
    expect(readme).toContain(
      '| `registry.k8s.io/pause` | [quay.io/me/pause](https://quay.io/repository/me/pause) | 2 | `v1.2.0` | `docker pull quay.io/me/pause:v1.2.0` |'
    )
    expect(readme).not.toMatch(/20\d\d-/)
  })

  it('shows a target without a web page as code', () => {
    expect(renderReadme([record('gcr.io/ns', '127.0.0.1:5000/m', ['a'])])).toContain('| `gcr.io/ns/a` | `127.0.0.1:5000/m/a` | 2 |')
  })
})

describe('changelog', () => {
  const change = (repository: string, tag: string): TagChange => ({ repository, tag, target: `t/${repository}`, record: tagRecord('x'), copied: true })

  it('summarises counts', () => {
    expect(changeSummary(12, 3)).toBe('12 tags added, 3 updated')
    expect(changeSummary(1, 0)).toBe('1 tag added')
    expect(changeSummary(0, 2)).toBe('2 tags updated')
    expect(changeSummary(0, 0)).toBe('')
  })

  it('lists per repository the tags added and updated under the run’s time and namespaces', () => {
    const section = renderRunSection('gcr.io/ns', 'docker.io/me', [change('b', 'v2'), change('a', 'v1'), change('a', 'v2')], [change('b', 'latest')], day(4))
    expect(section).toBe(
      '## 2026-01-04 03:00:00 UTC · gcr.io/ns → docker.io/me\n\n3 tags added, 1 updated.\n\n- `a`: added `v1`, `v2`\n- `b`: added `v2`; updated `latest`\n'
    )
  })

  it('puts the newest section on top and keeps the history, or a foreign file, below it', () => {
    const first = prependSection(undefined, '## one\n')
    const second = prependSection(first, '## two\n')
    expect(second).toBe('# Changelog\n\nNewest run first: the tags each run added and updated.\n\n## two\n\n## one\n')
    expect(prependSection('hand-written notes\n', '## run\n')).toMatch(/## run\n\nhand-written notes\n$/)
  })
})
