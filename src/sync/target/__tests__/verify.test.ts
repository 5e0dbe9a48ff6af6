import { describe, expect, it } from 'vitest'
import type { ImageTarget } from '../../../oci/model'
import { createLimiter } from '../../../util/limit'
import { mapTag } from '../../plan/naming'
import type { PlannedTag } from '../../report/tag-result'
import { chooseChecks, HitVerifier, shareOf, verifyRecorded, VERIFY_PERIOD, type RecordedTag } from '../verify'

const tags: RecordedTag[] = Array.from({ length: 500 }, (_, i) => ({
  source: `gcr.io/corp/app${i % 40}:v${i}`,
  repository: `mirror/app${i % 40}`,
  tag: `v${i}`,
  digest: `sha256:${String(i).padStart(64, '0')}`
}))

describe('--verify rotation', () => {
  it('sample: every tag is checked fully once in 7 consecutive runs, whatever the first run number', () => {
    for (const start of [0, 1, 5, 1234]) {
      const seen = tags.map(() => 0)
      for (let round = start; round < start + VERIFY_PERIOD; round++) chooseChecks(tags, 'sample', round).full.forEach((full, i) => (seen[i] += full ? 1 : 0))
      expect(seen.every((n) => n === 1)).toBe(true)
    }
  })

  it('sample: a share of about a seventh, and one canary in each repository with no tag in the share', () => {
    const plan = chooseChecks(tags, 'sample', 3)
    const full = plan.full.filter(Boolean).length
    expect(full).toBeGreaterThan(tags.length / VERIFY_PERIOD / 2)
    expect(full).toBeLessThan((tags.length / VERIFY_PERIOD) * 2)
    for (let r = 0; r < 40; r++) {
      const mine = tags.map((_, i) => i).filter((i) => tags[i].repository === `mirror/app${r}`)
      const canaries = mine.filter((i) => plan.canary[i]).length
      expect(canaries).toBe(mine.some((i) => plan.full[i]) ? 0 : 1)
    }
  })

  it('sample: the canary of a repository changes from run to run', () => {
    const one = tags.filter((t) => t.repository === 'mirror/app0').slice(0, 3)
    const canaries = new Set([0, 1, 2, 3, 4, 5, 6].map((round) => one.findIndex((_, i) => chooseChecks(one, 'sample', round).canary[i])))
    canaries.delete(-1)
    expect(canaries.size).toBeGreaterThan(1)
  })

  it('full checks everything, off nothing; the share is a stable hash', () => {
    expect(chooseChecks(tags, 'full', 0).full.every(Boolean)).toBe(true)
    const off = chooseChecks(tags, 'off', 0)
    expect([...off.full, ...off.canary].some(Boolean)).toBe(false)
    expect(shareOf('gcr.io/corp/app:v1')).toBe(shareOf('gcr.io/corp/app:v1'))
  })
})

describe('verifyRecorded', () => {
  const recorded = (repository: string, tag: string): RecordedTag => ({
    source: `src/${repository}:${tag}`,
    repository,
    tag,
    digest: `sha256:${'1'.repeat(64)}`
  })
  const run = (target: Partial<ImageTarget>) => ({
    mode: 'sample' as const,
    round: 0,
    target: target as ImageTarget,
    ledger: { node: () => ({ manifests: [], blobs: [] }), addNodes: () => undefined },
    limit: createLimiter(4),
    signal: new AbortController().signal
  })
  const planned = (repository: string, tag: string): PlannedTag => ({
    ...mapTag({ relative: repository, source: { registry: 'src.example', repository }, target: { registry: 'dst.example', repository } }, tag),
    digest: `sha256:${'1'.repeat(64)}`,
    isNew: false
  })
  const refused = { headManifest: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1')) }

  it('leaves tags it cannot check as recorded, not a repair storm', async () => {
    const tags = [recorded('a', 'v1'), recorded('a', 'v2'), recorded('b', 'v1')]
    const outcome = await verifyRecorded(tags, { ...run(refused), mode: 'full' })
    expect(outcome.verified).toBe(0)
    expect(outcome.broken).toEqual(new Map())
    expect(outcome.unreachable).toHaveLength(3)
  })

  it('warns once for every repository handed over that it could not check', async () => {
    const warnings: string[] = []
    const verifier = new HitVerifier({ ...run(refused), mode: 'full', round: () => 0, warn: (m) => warnings.push(m) })
    const hit = (repository: string, tag: string) => ({ ...planned(repository, tag), previous: undefined })
    for (const repository of ['a', 'b']) {
      const { intact, broken } = await verifier.check([hit(repository, 'v1'), hit(repository, 'v2')])
      expect(intact).toHaveLength(2)
      expect(broken).toEqual([])
    }
    expect(warnings).toEqual([])
    expect(verifier.finish()).toBe(0)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^verify: 4 tags could not be checked on the target and stay as recorded \(connect ECONNREFUSED/)
  })

  it('checks the whole repository once its canary is gone', async () => {
    const tags = ['v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8'].map((tag) => recorded('a', tag))
    const asked: string[] = []
    const outcome = await verifyRecorded(tags, {
      ...run({
        headManifest: (_repository: string, reference: string) => {
          asked.push(reference)
          return Promise.resolve(undefined)
        }
      })
    })
    expect(outcome.verified).toBe(8)
    expect([...outcome.broken.values()]).toEqual(Array(8).fill('the target lost the tag'))
    expect(asked.sort()).toEqual(tags.map((t) => t.tag))
  })
})
