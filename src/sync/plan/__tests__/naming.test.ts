import { describe, expect, it } from 'vitest'
import { nameRepositories } from '../naming'

describe('nameRepositories', () => {
  it('keeps the relative path under the target namespace', () => {
    const { repositories, collisions } = nameRepositories(['team/app', 'app'], { namespace: 'mirror', flatten: false, separator: '_' })
    expect(repositories).toEqual([
      { relative: 'app', target: 'mirror/app' },
      { relative: 'team/app', target: 'mirror/team/app' }
    ])
    expect(collisions).toEqual([])
  })

  it('flattens nested paths with the separator', () => {
    const { repositories } = nameRepositories(['a/b/c', 'd'], { namespace: 'user', flatten: true, separator: '-' })
    expect(repositories.map((r) => r.target)).toEqual(['user/a-b-c', 'user/d'])
  })

  it('resolves a collision deterministically and reports it', () => {
    const rules = { namespace: 'user', flatten: true, separator: '-' }
    const first = nameRepositories(['team/app', 'team-app', 'other'], rules)
    const second = nameRepositories(['other', 'team-app', 'team/app'], rules)
    expect(first).toEqual(second)
    const byRelative = Object.fromEntries(first.repositories.map((r) => [r.relative, r.target]))
    expect(byRelative['team-app']).toBe('user/team-app')
    expect(byRelative['team/app']).toMatch(/^user\/team-app-[0-9a-f]{8}$/)
    expect(first.collisions).toHaveLength(1)
    expect(first.collisions[0].sources).toEqual(['team-app', 'team/app'])
    expect(new Set(first.repositories.map((r) => r.target)).size).toBe(3)
  })

  it('gives every colliding source a distinct name when none is the plain one', () => {
    const { repositories, collisions } = nameRepositories(['a/b-c', 'a-b/c', 'a/b/c'], { namespace: 'u', flatten: true, separator: '-' })
    expect(new Set(repositories.map((r) => r.target)).size).toBe(3)
    expect(collisions[0].sources).toEqual(['a-b/c', 'a/b-c', 'a/b/c'])
    expect(repositories.find((r) => r.relative === 'a-b/c')?.target).toBe('u/a-b-c')
  })
})

describe('nameRepositories with keepLevels (GitLab: two levels below the project)', () => {
  it('flattens only the names deeper than keepLevels', () => {
    const { repositories } = nameRepositories(['app', 'team/tool', 'team/sub/deep'], {
      namespace: 'group/project',
      flatten: true,
      keepLevels: 2,
      separator: '_'
    })
    expect(Object.fromEntries(repositories.map((r) => [r.relative, r.target]))).toEqual({
      app: 'group/project/app',
      'team/tool': 'group/project/team/tool',
      'team/sub/deep': 'group/project/team_sub_deep'
    })
  })
})
