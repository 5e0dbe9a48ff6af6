import type { ImageResult, SyncReport } from '../../sync/types'

/**
 * Reports of three typical runs (gcr.io/google-containers into ghcr.io/octo-org), shaped as runSync
 * writes them: one with failures, a dry run, and one stopped by its time budget. Used by the summary
 * tests and by scripts/render-summaries.ts.
 */

const SOURCE = 'gcr.io/google-containers'
const TARGET = 'ghcr.io/octo-org'
const digest = (n: number): string => `sha256:${n.toString(16).padStart(64, '0')}`

function image(repository: string, tag: string, status: ImageResult['status'], extra: Partial<ImageResult> = {}): ImageResult {
  return {
    source: `${SOURCE}/${repository}:${tag}`,
    target: `${TARGET}/${repository}:${tag}`,
    digest: digest(repository.length * 1000 + tag.length),
    status,
    bytes: status === 'copied' ? 48 * 1024 * 1024 : 0,
    error: null,
    repository,
    tag,
    durationMs: status === 'copied' ? 9_400 : 0,
    ...(status === 'skipped' ? { reason: 'ledger' } : {}),
    ...extra
  }
}

/** Unchanged repositories: every tag already mirrored. */
function unchanged(): ImageResult[] {
  const names = ['addon-resizer', 'busybox', 'cluster-proportional-autoscaler', 'defaultbackend', 'etcd', 'fluentd-elasticsearch', 'hyperkube', 'kube-dns']
  return names.flatMap((name, i) => Array.from({ length: 3 + i }, (_, t) => image(name, `v1.${t}.0`, 'skipped')))
}

function report(images: ImageResult[], extra: Partial<SyncReport> = {}): SyncReport {
  const sorted = [...images].sort((a, b) => (a.source < b.source ? -1 : 1))
  return {
    source: SOURCE,
    target: TARGET,
    copied: sorted.filter((i) => i.status === 'copied').length,
    skipped: sorted.filter((i) => i.status === 'skipped').length,
    failed: sorted.filter((i) => i.status === 'failed').length,
    images: sorted,
    collisions: [],
    remaining: 0,
    startedAt: '2026-12-01T03:17:00.000Z',
    finishedAt: '2026-12-01T03:29:41.000Z',
    bytes: sorted.reduce((sum, i) => sum + i.bytes, 0),
    dryRun: false,
    engine: 'registry',
    ...extra
  }
}

const denied = 'PUT https://ghcr.io/v2/octo-org/pause/manifests/3.1: 403 DENIED (permission_denied: write_package): "octo-bot" may not push,pull'
const refusedManifest = 'PUT https://ghcr.io/v2/octo-org/pause/manifests/0.8.0: 400 MANIFEST_INVALID (manifest invalid)'

/** A nightly run where pushes to one package are refused, an old tag's manifest is refused, and a source blob was corrupt. */
export function failedRun(): SyncReport {
  return report([
    ...unchanged(),
    image('pause', '3.9', 'copied', { bytes: 311_296, durationMs: 1_200, isNew: true }),
    image('pause', '3.10', 'copied', { bytes: 320_102, durationMs: 1_300, isNew: true }),
    image('pause', '3.1', 'failed', { error: denied, cause: { side: 'target', kind: 'denied', status: 403, code: 'DENIED' } }),
    image('pause', '3.2', 'failed', { error: denied.replace('3.1', '3.2'), cause: { side: 'target', kind: 'denied', status: 403, code: 'DENIED' } }),
    image('pause', '0.8.0', 'failed', { error: refusedManifest, cause: { side: 'target', kind: 'manifest-refused', status: 400, code: 'MANIFEST_INVALID' } }),
    image('kube-apiserver-amd64', 'v1.13.0', 'copied', { bytes: 58_720_256, durationMs: 14_100 }),
    image('kube-apiserver-amd64', 'v1.13.1', 'failed', {
      error: `the source served bytes that do not match blob ${digest(7)} of google-containers/kube-apiserver-amd64 (content hashes to ${digest(8)})`,
      cause: { side: 'source', kind: 'corrupt' }
    }),
    image('team/metrics-server', 'v0.3.6', 'copied', { target: `${TARGET}/team/metrics-server:v0.3.6`, bytes: 40_000_000, durationMs: 8_000 })
  ])
}

/** A dry run: new and updated tags it would copy, the rest already mirrored. */
export function dryRun(): SyncReport {
  const planned = (repository: string, tag: string, isNew: boolean): ImageResult =>
    image(repository, tag, 'skipped', {
      reason: 'dry-run',
      isNew,
      planned: isNew ? 'copy' : 'update',
      why: isNew ? 'new tag' : `source moved from ${digest(3)}`
    })
  return report(
    [
      ...unchanged(),
      planned('pause', '3.9', true),
      planned('pause', '3.10', true),
      planned('pause', 'latest', false),
      planned('kube-proxy', 'v1.29.0', true),
      planned('kube-proxy', 'v1.29.1', true),
      image('kube-proxy', 'v1.28.4', 'skipped')
    ],
    { dryRun: true, finishedAt: '2026-12-01T03:17:06.300Z' }
  )
}

/** A large first run stopped by its 5 h budget, with tags left for the next run. */
export function budgetRun(): SyncReport {
  const copied = ['v1.10.0', 'v1.10.1', 'v1.10.2', 'v1.11.0', 'v1.11.1'].flatMap((tag) =>
    ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map((repository) => image(repository, tag, 'copied', { isNew: true, durationMs: 61_000 }))
  )
  return report([...unchanged(), ...copied], {
    remaining: 1_284,
    stop: { reason: 'budget', budgetMs: 5 * 3_600_000 },
    finishedAt: '2026-12-01T08:17:09.000Z'
  })
}
