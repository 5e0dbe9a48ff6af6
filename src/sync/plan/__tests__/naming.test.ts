import { describe, expect, it } from 'vitest'
import { parseEndpoint } from '../../options/endpoint'
import { mapRepository, mapTag, nameRepositories } from '../naming'

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

describe('mapRepository and mapTag', () => {
  const mapped = (source: string, target: string, relative: string, targetPath: string, tag = 'v1') =>
    mapTag(mapRepository({ relative, target: targetPath }, parseEndpoint(source, 'source'), parseEndpoint(target, 'target')), tag)

  it("make the contract's texts, REGISTRY/NAMESPACE/REPOSITORY:TAG, once from the references", () => {
    const tag = mapped('127.0.0.1:5001/corp', '127.0.0.1:5002/mirror', 'team/app', 'mirror/team/app')
    expect(tag.sourceText).toBe('127.0.0.1:5001/corp/team/app:v1')
    expect(tag.targetText).toBe('127.0.0.1:5002/mirror/team/app:v1')
    expect(tag.source).toEqual({ registry: '127.0.0.1:5001', repository: 'corp/team/app', tag: 'v1' })
    expect(tag.target).toEqual({ registry: '127.0.0.1:5002', repository: 'mirror/team/app', tag: 'v1' })
    expect(tag.relative).toBe('team/app')
  })

  it('at a registry root, on Docker Hub, into a layout and from an archive', () => {
    expect(mapped('gcr.io', 'user', 'pause', 'user/pause').targetText).toBe('docker.io/user/pause:v1')
    expect(mapped('gcr.io', 'user', 'pause', 'user/pause').sourceText).toBe('gcr.io/pause:v1')
    const layout = mapped('gcr.io/google-containers', 'oci:./out/mirror', 'pause', 'pause', '3.9')
    expect(layout.targetText).toBe('oci:./out/mirror/pause:3.9')
    expect(layout.target).toEqual({ scheme: 'oci', registry: 'oci:./out/mirror', repository: 'pause', tag: '3.9' })
    const archive = mapped('docker-archive:./image.tar', '127.0.0.1:5002/m', 'app', 'm/app')
    expect(archive.source).toEqual({ scheme: 'docker-archive', registry: 'docker-archive:./image.tar', repository: 'app', tag: 'v1' })
    expect(archive.sourceText).toBe('docker-archive:./image.tar/app:v1')
  })

  it("an image list's digest is read by it and lands on the tag the list chose", () => {
    const digest = `sha256:${'a'.repeat(64)}`
    const tag = mapTag(
      mapRepository({ relative: 'x/app', target: 'm/x/app' }, parseEndpoint('quay.io', 'source'), parseEndpoint('ghcr.io/m', 'target')),
      digest,
      `sha256_${'a'.repeat(64)}`
    )
    expect(tag.source).toEqual({ registry: 'quay.io', repository: 'x/app', digest })
    expect(tag.sourceText).toBe(`quay.io/x/app@${digest}`)
    expect(tag.targetText).toBe(`ghcr.io/m/x/app:sha256_${'a'.repeat(64)}`)
  })
})
