import { describe, expect, it } from 'vitest'
import { Ledger } from '../../sync/state/ledger'
import { MetadataError, publishMetadata } from '../index'
import { day, digest, SOURCE, simulateRun } from './fixtures'
import { changedFiles, FIRST, groupOf, publish, readRecord, runAndPublish, show, subjects, useStandIn, writes } from './stand-in'

const start = useStandIn()

describe('publishMetadata', () => {
  it('first run creates the JSON record, README and CHANGELOG in one commit on the default branch', async () => {
    const target = await start({ defaultBranch: 'trunk', files: { 'README.md': '# project\n' } })
    const ledger = new Ledger(undefined)
    const result = await runAndPublish(target, ledger, FIRST, day(1))

    expect(result).toMatchObject({ committed: true, message: 'mirror: 3 tags added' })
    expect(result.sha).toBe((await target.git(['rev-parse', 'trunk'])).trim())
    expect(await subjects(target, 'trunk')).toEqual(['mirror: 3 tags added', 'initial commit'])
    const files = ['mirror/CHANGELOG.md', 'mirror/README.md', groupOf('coredns/coredns'), groupOf('pause')]
    expect(await changedFiles(target, 'trunk')).toEqual(files)
    expect(result.files.sort()).toEqual(files)
    expect(await show(target, 'trunk:README.md')).toBe('# project\n')

    const record = await readRecord(target, 'trunk')
    expect(record).toMatchObject({ format: 'gcr-mirror-metadata', version: 1, source: SOURCE, target: 'docker.io/gcrxio' })
    expect(record.repositories.map((r: { repository: string }) => r.repository)).toEqual(['coredns/coredns', 'pause'])
    expect(record.repositories[1]).toEqual({
      repository: 'pause',
      source: `${SOURCE}/pause`,
      target: 'docker.io/gcrxio/pause',
      tags: ['3.9', 'latest'].map((tag) => ({
        tag,
        digest: digest('pause-3.9'),
        mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
        platforms: ['linux/amd64', 'linux/arm64'],
        firstMirrored: day(1).toISOString(),
        lastMirrored: day(1).toISOString()
      }))
    })

    const readme = await show(target, `trunk:mirror/README.md`)
    expect(readme).toContain(`## ${SOURCE} → docker.io/gcrxio`)
    expect(readme).toContain('Record: [records/gcr.io+google-containers](records/gcr.io+google-containers)')
    const changelog = await show(target, `trunk:mirror/CHANGELOG.md`)
    expect(changelog).toContain(`## 2026-01-01 03:00:00 UTC · ${SOURCE} → docker.io/gcrxio\n\n3 tags added.\n`)
    expect(changelog).toContain('- `pause`: added `3.9`, `latest`')
  })
  it('a second run with no change makes no commit and writes nothing', async () => {
    const target = await start()
    const ledger = new Ledger(undefined)
    const first = await runAndPublish(target, ledger, FIRST, day(1))
    target.requests.length = 0
    const second = await runAndPublish(target, ledger, FIRST, day(2))

    expect(second).toEqual({ committed: false, message: 'no change', files: [] })
    expect((await target.git(['rev-parse', 'main'])).trim()).toBe(first.sha)
    expect(writes(target)).toEqual([])
  })
  it('a run that adds and updates tags changes their group and the CHANGELOG in one commit', async () => {
    const target = await start()
    const ledger = new Ledger(undefined)
    await runAndPublish(target, ledger, FIRST, day(1))
    const result = await runAndPublish(target, ledger, { ...FIRST, pause: { '3.9': 'pause-3.9', '3.10': 'pause-3.10', latest: 'pause-3.10' } }, day(2))

    expect(result).toMatchObject({ committed: true, message: 'mirror: 1 tag added, 1 updated' })
    expect(await subjects(target)).toEqual(['mirror: 1 tag added, 1 updated', 'mirror: 3 tags added', 'initial commit'])
    expect(await changedFiles(target, 'main')).toEqual(['mirror/CHANGELOG.md', groupOf('pause')])
    const pause = (await readRecord(target)).repositories.find((r: { repository: string }) => r.repository === 'pause')
    expect(pause.tags.map((t: { tag: string }) => t.tag)).toEqual(['3.10', '3.9', 'latest'])
    expect(pause.tags[2]).toMatchObject({ digest: digest('pause-3.10'), firstMirrored: day(1).toISOString(), lastMirrored: day(2).toISOString() })
    expect(pause.tags[1]).toMatchObject({ digest: digest('pause-3.9'), lastMirrored: day(1).toISOString() })
    const changelog = await show(target, 'main:mirror/CHANGELOG.md')
    const newer = changelog.indexOf('## 2026-01-02')
    const older = changelog.indexOf('## 2026-01-01')
    expect(newer).toBeGreaterThan(0)
    expect(older).toBeGreaterThan(newer)
    expect(changelog.slice(newer, older)).toContain('- `pause`: added `3.10`; updated `latest`')
  })
  it('reports a refused token (401) as a clear MetadataError and writes nothing', async () => {
    const target = await start()
    const ledger = new Ledger(undefined)
    const report = simulateRun(ledger, FIRST, day(1))
    const before = ledger.serialize()
    const failure = publish(target, { report, ledger: ledger.entries(), now: day(1), token: 'expired' })

    await expect(failure).rejects.toThrow(MetadataError)
    await expect(failure).rejects.toThrow(`metadata-repo ${target.owner}/${target.repo}: GitHub API refused the token (401 Bad credentials)`)
    expect(writes(target)).toEqual([])
    expect(await subjects(target)).toEqual(['initial commit'])
    expect(ledger.serialize()).toBe(before)
  })
  it('names a repository that does not exist', async () => {
    const target = await start()
    const failure = publishMetadata({
      repo: `${target.owner}/nope`,
      token: target.token,
      apiUrl: target.url,
      report: simulateRun(new Ledger(undefined), FIRST, day(1)),
      ledger: []
    })
    await expect(failure).rejects.toThrow(/^metadata-repo mirror-owner\/nope: cannot read the repository \(404 Not Found\)/)
    await expect(publishMetadata({ repo: 'not a repo', token: 't', report: simulateRun(new Ledger(undefined), {}, day(1)), ledger: [] })).rejects.toThrow(
      /expected owner\/name/
    )
  })
  it('in a dry run prints what would change and commits nothing', async () => {
    const target = await start()
    const logs: string[] = []
    const result = await runAndPublish(target, new Ledger(undefined), FIRST, day(1), { dryRun: true, log: (m) => logs.push(m) })

    expect(result).toMatchObject({ committed: false, message: 'mirror: 3 tags added' })
    expect(result.files).toContain(groupOf('pause'))
    expect(writes(target)).toEqual([])
    expect(await subjects(target)).toEqual(['initial commit'])
    expect(logs.join('\n')).toContain('(dry run): would commit "mirror: 3 tags added"')
    expect(logs.join('\n')).toContain('- `pause`: added `3.9`, `latest`')
  })
  it('honours GITHUB_API_URL (GitHub Enterprise path prefix)', async () => {
    const target = await start({ pathPrefix: '/api/v3', files: { 'README.md': '# project\n' } })
    const saved = process.env.GITHUB_API_URL
    process.env.GITHUB_API_URL = target.url
    try {
      const report = simulateRun(new Ledger(undefined), FIRST, day(1))
      const result = await publishMetadata({ repo: `${target.owner}/${target.repo}`, token: target.token, report, ledger: [], now: day(1) })
      expect(result.committed).toBe(true)
      expect(await show(target, `main:${groupOf('pause').slice('mirror/'.length)}`)).toContain(digest('pause-3.9'))
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL
      else process.env.GITHUB_API_URL = saved
    }
  })
})
