import { describe, expect, it } from 'vitest'
import type { LedgerEntry } from '../ledger'
import { findPruneCandidates, type PruneScope } from '../prune'

const entry = (source: string, target: string): LedgerEntry => ({ source, target, digest: `sha256:${'a'.repeat(64)}`, firstMirrored: 'x', lastMirrored: 'y' })
const scope = (extra: Partial<PruneScope> = {}): PruneScope => ({
  source: 'src.io/corp',
  target: 'dst.io/mirror',
  targetRegistry: 'dst.io',
  listed: new Map([
    ['app', new Set(['v1'])],
    ['team/tool', new Set(['v1'])]
  ]),
  discovered: new Set(['app', 'team/tool', 'broken']),
  inScope: () => true,
  ...extra
})
const names = (entries: LedgerEntry[], s: PruneScope) => findPruneCandidates(entries, s).map((c) => `${c.repository}:${c.tag} -> ${c.targetRepository}`)

describe('findPruneCandidates', () => {
  const entries = [
    entry('src.io/corp/app:v1', 'dst.io/mirror/app:v1'),
    entry('src.io/corp/app:old', 'dst.io/mirror/app:old'),
    entry('src.io/corp/team/tool:gone', 'dst.io/mirror/team_tool:gone'),
    entry('src.io/corp/removed:v1', 'dst.io/mirror/removed:v1'),
    entry('src.io/corp/broken:v1', 'dst.io/mirror/broken:v1'),
    entry('src.io/other/app:old', 'dst.io/mirror/app:old'),
    entry('src.io/corp/app:elsewhere', 'dst.io/another/app:elsewhere')
  ]

  it('picks recorded tags gone from a listed repository and tags of repositories gone from the namespace', () => {
    expect(names(entries, scope())).toEqual(['app:old -> mirror/app', 'team/tool:gone -> mirror/team_tool', 'removed:v1 -> mirror/removed'])
  })

  it('never picks a repository whose listing failed, another source or another target', () => {
    const picked = names(entries, scope())
    expect(picked.some((n) => n.startsWith('broken:'))).toBe(false)
    expect(picked.some((n) => n.includes('elsewhere'))).toBe(false)
    expect(picked.filter((n) => n.startsWith('app:old'))).toHaveLength(1)
  })

  it('with named repositories, prunes nothing outside them', () => {
    expect(names(entries, scope({ discovered: undefined }))).toEqual(['app:old -> mirror/app', 'team/tool:gone -> mirror/team_tool'])
  })

  it('leaves repositories outside the shard alone', () => {
    expect(names(entries, scope({ inScope: (r) => r === 'app' }))).toEqual(['app:old -> mirror/app'])
  })
})
