import { createHash } from 'node:crypto'
import { Ledger } from '../../sync/state/ledger'
import type { ImageResult, SyncReport } from '../../sync/types'

export const SOURCE = 'gcr.io/google-containers'
export const TARGET = 'docker.io/gcrxio'
export const MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json'

/** A digest derived from a seed, so tests name images by version. */
export function digest(seed: string): string {
  return `sha256:${createHash('sha256').update(seed).digest('hex')}`
}

/** Tags per repository, each with the seed of its current source digest. */
export type SourceTags = Record<string, Record<string, string>>

/**
 * Plays one sync run the way runSync records it: a tag whose digest equals the ledger's is skipped,
 * any other is copied (new or updated) and recorded in the ledger at `now`.
 */
export function simulateRun(ledger: Ledger, tags: SourceTags, now: Date, namespaces = { source: SOURCE, target: TARGET }): SyncReport {
  const images: ImageResult[] = []
  for (const [repository, byTag] of Object.entries(tags)) {
    for (const [tag, seed] of Object.entries(byTag)) {
      const source = `${namespaces.source}/${repository}:${tag}`
      const target = `${namespaces.target}/${repository.replaceAll('/', '-')}:${tag}`
      const entry = ledger.get(source)
      const base = { source, target, digest: digest(seed), bytes: 0, error: null, repository, tag, durationMs: 1 }
      if (entry?.digest === digest(seed) && entry.target === target) {
        images.push({ ...base, status: 'skipped', reason: 'ledger', isNew: false })
        continue
      }
      const described = { mediaType: MANIFEST_LIST, platforms: ['linux/amd64', 'linux/arm64'] }
      ledger.record({ source, digest: digest(seed), target, ...described }, now)
      images.push({ ...base, status: 'copied', bytes: 100, isNew: !entry, ...described })
    }
  }
  return report(images, now, namespaces)
}

/** A report of these images. */
export function report(images: ImageResult[], now: Date, namespaces = { source: SOURCE, target: TARGET }): SyncReport {
  const count = (status: ImageResult['status']): number => images.filter((image) => image.status === status).length
  return {
    ...namespaces,
    copied: count('copied'),
    skipped: count('skipped'),
    failed: count('failed'),
    images,
    collisions: [],
    remaining: 0,
    startedAt: now.toISOString(),
    finishedAt: now.toISOString(),
    bytes: images.reduce((sum, image) => sum + image.bytes, 0),
    dryRun: false,
    engine: 'registry'
  }
}

/** Times one day apart, for successive runs. */
export function day(n: number): Date {
  return new Date(Date.UTC(2026, 0, n, 3, 0, 0))
}
