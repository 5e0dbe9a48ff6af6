import { describe, expect, it } from 'vitest'
import type { ImageResult, SyncReport } from '../../sync/types'
import { renderJobSummary, statusLine } from '../summary'
import { budgetRun, dryRun, failedRun } from './sample-reports'

const at = (html: string, text: string): number => {
  const index = html.indexOf(text)
  expect(index, `${text} in the summary`).toBeGreaterThanOrEqual(0)
  return index
}

describe('renderJobSummary', () => {
  it('names each repository missing on the target with the command or page that creates it', () => {
    const ecr = '210987654321.dkr.ecr.eu-west-1.amazonaws.com'
    const html = renderJobSummary({ ...failedRun(), target: `${ecr}/mirror`, missingRepositories: [`${ecr}/mirror/absent`] }, '/tmp/report.json')
    expect(html).toContain('<h3>Missing on the target (1)</h3>')
    expect(html).toContain(`<li><code>${ecr}/mirror/absent</code>: aws ecr create-repository --repository-name mirror/absent --region eu-west-1</li>`)
    const harbor = failedRun()
    harbor.target = 'harbor.corp.example/newteam'
    harbor.missingRepositories = ['harbor.corp.example/newteam/app']
    harbor.images.push({
      ...harbor.images[0],
      status: 'failed',
      target: 'harbor.corp.example/newteam/app:v1',
      error: 'PUT x: Harbor project newteam does not exist; create it'
    })
    expect(renderJobSummary(harbor, '/tmp/report.json')).toContain('POST https://harbor.corp.example/api/v2.0/projects')
    expect(renderJobSummary(failedRun(), '/tmp/report.json')).not.toContain('Missing on the target')
  })

  it('starts with one status line, then the totals, then the failures by cause before the repository table', () => {
    const html = renderJobSummary(failedRun(), '/tmp/report.json')
    const lines = html.split('\n')
    expect(lines[0]).toBe('<h2>gcr-mirror: gcr.io/google-containers → ghcr.io/octo-org</h2>')
    expect(lines[1]).toBe('<p>❌ <b>4 of 60 tags failed</b>; the other 56 are mirrored.</p>')
    expect(lines[2]).toBe('<p>Copied 4 (94.7 MiB), skipped 52 (already mirrored), failed 4, in 12m41s.</p>')
    const failures = at(html, '<h3>Failed tags (4)</h3>')
    expect(failures).toBeLessThan(at(html, '<h3>Repositories</h3>'))
    // Biggest group first; each says which end, what was wrong and what to do.
    const denied = at(
      html,
      '<p><b>The target (ghcr.io) accepted the login but refused access (HTTP 403 DENIED).</b> 2 tags.<br>What to do: give the workflow <code>permissions: packages: write</code>'
    )
    const corrupt = at(html, '<p><b>The source served bytes that do not match their digest, on every attempt.</b> 1 tag.')
    const schema1 = at(html, '<b>The target (ghcr.io) refused the manifest (HTTP 400 MANIFEST_INVALID): its media type or content is not accepted there.</b>')
    expect(failures).toBeLessThan(denied)
    expect(denied).toBeLessThan(Math.min(corrupt, schema1))
    expect(html).toContain('<tr><td>gcr.io/google-containers/pause:3.1</td><td>PUT https://ghcr.io/v2/octo-org/pause/manifests/3.1: 403 DENIED')
  })

  it('shows targets relative to the target namespace and folds the unchanged repositories into one line', () => {
    const html = renderJobSummary(failedRun(), '/tmp/report.json')
    expect(html).toContain(
      '<tr><th>Repository</th><th>Target</th><th>Copied</th><th>Platforms</th><th>Skipped</th><th>Failed</th><th>Bytes</th><th>Time</th></tr>'
    )
    expect(html).toContain(
      '<tr><td>pause</td><td>pause</td><td>2: <code>3.10</code>, <code>3.9</code></td><td>single-platform</td><td>0</td><td>3</td><td>616.6 KiB</td><td>2.5s</td></tr>'
    )
    expect(html).toContain('<tr><td>team/metrics-server</td><td>team/metrics-server</td>')
    expect(html).not.toContain('<td>ghcr.io/octo-org/')
    expect(html).toContain('<details><summary>8 repositories unchanged (52 tags already mirrored)</summary>addon-resizer (3), busybox (4),')
    expect(html).not.toContain('<tr><td>etcd</td>')
  })

  it('says "would copy" in a dry run, never "skipped"', () => {
    const html = renderJobSummary(dryRun(), '/tmp/report.json')
    expect(html.split('\n')[1]).toBe('<p>🔎 <b>Dry run: would copy 5 tags</b>, 53 already mirrored; nothing was copied.</p>')
    expect(html).toContain('would copy 5 (4 new, 1 updated), already mirrored 53, failed 0')
    expect(html).toContain('<tr><th>Repository</th><th>Target</th><th>Would copy</th><th>Already mirrored</th><th>Failed</th></tr>')
    expect(html).toContain('<tr><td>kube-proxy</td><td>kube-proxy</td><td>2</td><td>1</td><td>0</td></tr>')
    expect(html).toContain('<details><summary>The 5 tags it would copy or update</summary><table><tr><th>Tag</th><th>Would</th><th>Why</th></tr>')
    expect(html).toContain('<tr><td>pause:latest</td><td>update</td><td>source moved from sha256:')
    expect(html).not.toMatch(/skipped/i)
  })

  it('gives a config run the status of the whole run first, then each mirror with its own headings', () => {
    const first = { name: 'k8s', ...failedRun() }
    const second = { name: 'quay', ...budgetRun(), source: 'quay.io/coreos', target: 'ghcr.io/octo-org/coreos' }
    const broken = {
      ...dryRun(),
      name: 'hub',
      source: 'docker.io/library',
      images: [],
      copied: 0,
      skipped: 0,
      failed: 1,
      error: 'docker.io/library: 401 UNAUTHORIZED'
    }
    const mirrors = [first, second, broken]
    const sum = (field: 'copied' | 'skipped' | 'failed' | 'remaining' | 'bytes'): number => mirrors.reduce((total, m) => total + m[field], 0)
    const total = {
      ...failedRun(),
      source: mirrors.map((m) => m.source).join(', '),
      target: mirrors.map((m) => m.target).join(', '),
      copied: sum('copied'),
      skipped: sum('skipped'),
      failed: sum('failed'),
      remaining: sum('remaining'),
      bytes: sum('bytes'),
      images: mirrors.flatMap((m) => m.images),
      mirrors
    }
    const html = renderJobSummary(total, '/tmp/report.json')
    const lines = html.split('\n')
    expect(lines[0]).toBe('<h2>gcr-mirror: 3 mirrors</h2>')
    expect(lines[1]).toBe(
      '<p>❌ <b>5 of 128 tags failed</b>; the other 123 are mirrored; the time budget (5h00m) ran out: 1284 tags left for the next run.</p>'
    )
    expect(html).toContain('<h3>k8s: gcr.io/google-containers → ghcr.io/octo-org</h3>\n<p>❌ <b>4 of 60 tags failed</b>')
    // Failures of every mirror come before any mirror's repositories.
    const failures = html.indexOf('<h3>Failed in k8s: gcr.io/google-containers → ghcr.io/octo-org (4)</h3>')
    expect(failures).toBeGreaterThan(html.indexOf('The mirror failed as a whole'))
    expect(failures).toBeLessThan(html.indexOf('<h4>Repositories</h4>'))
    expect(html).not.toContain('Failed tags (4)')
    expect(html).toContain('<h3>quay: quay.io/coreos → ghcr.io/octo-org/coreos</h3>\n<p>⏱️ <b>Stopped: the time budget (5h00m) ran out</b>')
    expect(html).toContain(
      '<h3>hub: docker.io/library → ghcr.io/octo-org</h3>\n<p>❌ <b>The mirror failed as a whole</b>: docker.io/library: 401 UNAUTHORIZED</p>'
    )
    expect(html).not.toContain('<h2>k8s')
  })

  it('counts what --prune deleted, would delete, or could not delete', () => {
    const prune = (tag: string, status: 'pruned' | 'skipped' | 'failed', extra = {}) => ({
      source: `gcr.io/google-containers/pause:${tag}`,
      target: `ghcr.io/octo-org/pause:${tag}`,
      digest: 'sha256:1',
      status,
      error: status === 'failed' ? 'DELETE https://ghcr.io/v2/octo-org/pause/manifests/sha256:1: 405 UNSUPPORTED' : null,
      repository: 'pause',
      tag,
      ...extra
    })
    const run = renderJobSummary({ ...failedRun(), pruned: [prune('0.1', 'pruned'), prune('0.2', 'failed')] }, '/tmp/report.json')
    expect(run).toContain('failed 4, pruned 1 (1 could not be deleted), in 12m41s.')
    expect(run).toContain('<h3>Not pruned (1)</h3>')
    expect(run).toContain('<tr><td>pause:0.2</td><td>DELETE https://ghcr.io/v2/octo-org/pause/manifests/sha256:1: 405 UNSUPPORTED</td></tr>')
    expect(run).not.toContain('<h3>Kept')
    const kept = renderJobSummary(
      {
        ...failedRun(),
        pruned: [prune('0.1', 'pruned'), prune('3.9-amd64', 'skipped', { reason: 'referenced', why: 'octo-org/pause:3.9 lists it (index child)' })]
      },
      '/tmp/report.json'
    )
    expect(kept).toContain('failed 4, pruned 1, kept 1 that other tags need, in 12m41s.')
    expect(kept).toContain('<h3>Kept (1)</h3>')
    expect(kept).toContain('<tr><td>pause:3.9-amd64</td><td>octo-org/pause:3.9 lists it (index child)</td></tr>')
    const dry = renderJobSummary(
      { ...dryRun(), pruned: [prune('0.1', 'skipped', { reason: 'dry-run', planned: 'prune', why: 'gone from the source' })] },
      '/tmp/r.json'
    )
    expect(dry).toContain('would copy 5 (4 new, 1 updated), would prune 1, already mirrored 53')
  })

  it('says a run stopped by its budget left tags for the next run', () => {
    const html = renderJobSummary(budgetRun(), '/tmp/report.json')
    expect(html.split('\n')[1]).toBe(
      '<p>⏱️ <b>Stopped: the time budget (5h00m) ran out</b>; 67 tags mirrored, 1284 tags left for the next run, which carries on.</p>'
    )
  })

  it('escapes what registries send', () => {
    const report = failedRun()
    report.images.find((i) => i.status === 'failed')!.error = '<script>alert(1)</script> & more'
    const html = renderJobSummary(report, '/tmp/report.json')
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more')
  })

  it('keeps tables within bounds and says where the rest is kept, and for how long', () => {
    const base = failedRun()
    const images: ImageResult[] = Array.from({ length: 320 }, (_, i) => ({ ...base.images[0], repository: `r${i}`, status: 'copied', source: `x/r${i}:v1` }))
    const html = renderJobSummary({ ...base, images, failed: 0, copied: 320, skipped: 0 }, '/tmp/report.json')
    expect(html.match(/<tr><td>r\d+<\/td>/g)).toHaveLength(300)
    expect(html).toContain(
      '<p>… and 20 more in the JSON report, <code>/tmp/report.json</code> (the <code>report</code> output), which is deleted with the runner when the job ends: ' +
        'keep it with an <code>actions/upload-artifact</code> step'
    )
  })

  it('makes a first mirror’s rows say what arrived: tag names, platforms and bytes per repository', () => {
    const base = failedRun()
    const copy = (repository: string, tag: string, platforms?: string[]): ImageResult => ({
      ...base.images[0],
      repository,
      tag,
      status: 'copied',
      isNew: true,
      bytes: 1_048_576,
      source: `gcr.io/google-containers/${repository}:${tag}`,
      target: `ghcr.io/octo-org/${repository}:${tag}`,
      ...(platforms ? { platforms } : {})
    })
    const images = [
      ...['v1.0', 'v1.1', 'v1.2', 'v1.3', 'v1.4', 'v1.5', 'v1.6'].map((tag) => copy('kube-proxy', tag, ['linux/amd64', 'linux/arm64'])),
      copy('pause', '3.9', ['linux/amd64', 'linux/s390x']),
      copy('busybox', '1.36')
    ]
    const html = renderJobSummary({ ...base, images, failed: 0, copied: images.length, skipped: 0 }, '/tmp/report.json')
    expect(html).toContain(
      '<tr><td>kube-proxy</td><td>kube-proxy</td><td>7: <code>v1.0</code>, <code>v1.1</code>, <code>v1.2</code>, <code>v1.3</code>, <code>v1.4</code> +2 more</td>' +
        '<td>linux/amd64, linux/arm64</td><td>0</td><td>0</td><td>7.0 MiB</td>'
    )
    expect(html).toContain('<tr><td>pause</td><td>pause</td><td>1: <code>3.9</code></td><td>linux/amd64, linux/s390x</td>')
    expect(html).toContain('<tr><td>busybox</td><td>busybox</td><td>1: <code>1.36</code></td><td>single-platform</td>')
  })
})

describe('statusLine', () => {
  const clean = (extra: Partial<SyncReport> = {}): SyncReport => ({ ...failedRun(), images: [], copied: 3, skipped: 7, failed: 0, ...extra })

  it('has one line for every way a run ends', () => {
    expect(statusLine(clean())).toBe('✅ <b>All 10 tags mirrored</b>: 3 copied, 7 already there.')
    expect(statusLine(clean({ copied: 0, skipped: 0 }))).toBe('⚠️ <b>No tag selected</b>: check the source namespace, <code>images</code> and the tag filters.')
    expect(statusLine(clean({ remaining: 5, stop: { reason: 'rate-limit', detail: 'registry-1.docker.io has 3 of 100 requests left (floor 10)' } }))).toBe(
      '🚦 <b>Stopped: a rate limit was reached (registry-1.docker.io has 3 of 100 requests left (floor 10))</b>; 10 tags mirrored, 5 tags left for the next run, which carries on.'
    )
    expect(statusLine(clean({ remaining: 1, stop: { reason: 'signal' } }))).toBe(
      '⏹️ <b>Stopped: the run was stopped</b>; 10 tags mirrored, 1 tag left for the next run, which carries on.'
    )
    expect(statusLine(clean({ failed: 1, remaining: 2, stop: { reason: 'budget', budgetMs: 60_000 } }))).toBe(
      '❌ <b>1 of 11 tags failed</b>; the other 10 are mirrored; the time budget (1m00s) ran out: 2 tags left for the next run.'
    )
    // A budgeted run lists only a little ahead of its copies: what it did not list is left too, even with no tag left.
    expect(statusLine(clean({ unlisted: 120, stop: { reason: 'budget', budgetMs: 60_000 } }))).toBe(
      '⏱️ <b>Stopped: the time budget (1m00s) ran out</b>; 10 tags mirrored, 120 repositories not listed yet left for the next run, which carries on.'
    )
    expect(statusLine(clean({ remaining: 3, unlisted: 1, stop: { reason: 'budget', budgetMs: 60_000 } }))).toContain(
      '3 tags and 1 repository not listed yet left for the next run'
    )
  })
})
