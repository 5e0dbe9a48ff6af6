import { describe, expect, it } from 'vitest'
import { chooseChecks, shareOf, VERIFY_PERIOD, type RecordedTag } from '../verify'

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
