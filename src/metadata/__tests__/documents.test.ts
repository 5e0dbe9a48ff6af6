import { describe, expect, it } from 'vitest'
import { addSection, changeSummary, renderRunSection } from '../changelog'
import type { TagChange } from '../changes'
import { renderReadme } from '../readme'
import type { TagRecord } from '../record'
import { day, digest } from './fixtures'

const tagRecord = (first: string): TagRecord => ({ digest: digest(first), firstMirrored: first, lastMirrored: first })

describe('renderReadme', () => {
  it('lists each namespace pair, sorted, with where its record is, and nothing that changes with a tag', () => {
    const readme = renderReadme([
      { source: 'registry.k8s.io', target: 'quay.io/me', path: 'records/registry.k8s.io' },
      { source: 'gcr.io/ns', target: 'docker.io/me', path: 'records/gcr.io+ns' }
    ])
    expect(readme.indexOf('## gcr.io/ns → docker.io/me')).toBeLessThan(readme.indexOf('## registry.k8s.io → quay.io/me'))
    expect(readme).toContain('Record: [records/gcr.io+ns](records/gcr.io+ns)')
    expect(readme).not.toMatch(/20\d\d-/)
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

  const section = (date: string, body: string): string => `## ${date} 03:00:00 UTC · a → b\n\n${body}\n`
  const only = async (existing: string | undefined, text: string, months: Record<string, string> = {}) =>
    addSection(existing, text, async (path) => months[path])

  it('puts the newest section on top and keeps the history, or a foreign file, below it', async () => {
    const first = (await only(undefined, section('2026-01-01', 'one'))).get('CHANGELOG.md')!
    const second = await only(first, section('2026-01-02', 'two'))
    expect([...second.keys()]).toEqual(['CHANGELOG.md'])
    expect(second.get('CHANGELOG.md')).toBe(
      '# Changelog\n\nNewest run first: the tags each run added and updated. Earlier months: [changelog/](changelog/).\n\n' +
        `${section('2026-01-02', 'two')}\n${section('2026-01-01', 'one')}`
    )
    expect((await only('hand-written notes\n', section('2026-01-01', 'run'))).get('CHANGELOG.md')).toMatch(/run\n\nhand-written notes\n$/)
    // A file written before months were rolled keeps its sections under the new header.
    const old = `# Changelog\n\nNewest run first: the tags each run added and updated.\n\n${section('2026-01-01', 'one')}`
    expect((await only(old, section('2026-01-02', 'two'))).get('CHANGELOG.md')).toBe(second.get('CHANGELOG.md'))
  })

  it('rolls past months into changelog/YYYY-MM.md, on top of what that file holds', async () => {
    let changelog = (await only(undefined, section('2026-01-30', 'january'))).get('CHANGELOG.md')!
    changelog = (await only(changelog, section('2026-01-31', 'later in january'))).get('CHANGELOG.md')!
    const months = {
      'changelog/2026-01.md': `# Changelog, 2026-01\n\nNewest run first: the tags each run added and updated. Later runs: [CHANGELOG.md](../CHANGELOG.md).\n\n${section('2026-01-02', 'rolled before')}`
    }
    const files = await only(changelog, section('2026-02-01', 'february'), months)
    expect(files.get('CHANGELOG.md')).toMatch(/february\n$/)
    expect(files.get('CHANGELOG.md')).not.toContain('january')
    const january = files.get('changelog/2026-01.md')!
    expect(january.indexOf('later in january')).toBeLessThan(january.indexOf('## 2026-01-30'))
    expect(january.indexOf('## 2026-01-30')).toBeLessThan(january.indexOf('rolled before'))
  })

  it('keeps CHANGELOG.md bounded within a month: past 16 KB only the newest 4 KB stay', async () => {
    let changelog: string | undefined
    const rolled: string[] = []
    const month: Record<string, string> = {}
    for (let day = 1; day <= 28; day++) {
      const files = await only(changelog, section(`2026-03-${String(day).padStart(2, '0')}`, 'x'.repeat(1500)), month)
      changelog = files.get('CHANGELOG.md')!
      expect(Buffer.byteLength(changelog)).toBeLessThan(17 * 1024)
      if (files.has('changelog/2026-03.md')) {
        month['changelog/2026-03.md'] = files.get('changelog/2026-03.md')!
        rolled.push(`day ${day}`)
      }
    }
    // Rolled in batches, not on every run.
    expect(rolled.length).toBeGreaterThan(0)
    expect(rolled.length).toBeLessThanOrEqual(3)
    const all = `${changelog}${month['changelog/2026-03.md']}`
    for (let day = 1; day <= 28; day++) expect(all).toContain(`## 2026-03-${String(day).padStart(2, '0')} `)
  })
})
