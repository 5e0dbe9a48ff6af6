import { describe, expect, it } from 'vitest'
import { formatImageRef, parseImageRef } from '../image-ref'

describe('parseImageRef', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx'],
    ['nginx:1.25', 'docker.io/library/nginx:1.25'],
    ['user/app:1.0', 'docker.io/user/app:1.0'],
    ['index.docker.io/library/busybox', 'docker.io/library/busybox'],
    ['docker.io/busybox:latest', 'docker.io/library/busybox:latest'],
    ['gcr.io/google-containers/pause:3.9', 'gcr.io/google-containers/pause:3.9'],
    ['registry.k8s.io/pause', 'registry.k8s.io/pause'],
    ['localhost/app:v1', 'localhost/app:v1'],
    ['127.0.0.1:5000/team/app:v1', '127.0.0.1:5000/team/app:v1'],
    ['GHCR.IO/owner/app:V1', 'ghcr.io/owner/app:V1'],
    [`quay.io/org/app@sha256:${'a'.repeat(64)}`, `quay.io/org/app@sha256:${'a'.repeat(64)}`],
    [`quay.io/org/app:1.0@sha256:${'b'.repeat(64)}`, `quay.io/org/app:1.0@sha256:${'b'.repeat(64)}`]
  ])('normalises %s as docker does', (text, expected) => {
    expect(formatImageRef(parseImageRef(text))).toBe(expected)
  })

  it('parts', () => {
    expect(parseImageRef('localhost:5000/a/b:c')).toEqual({ registry: 'localhost:5000', repository: 'a/b', tag: 'c' })
    expect(parseImageRef('busybox')).toEqual({ registry: 'docker.io', repository: 'library/busybox' })
  })

  it('formats a layout, and a registry root without a trailing slash', () => {
    expect(formatImageRef({ scheme: 'oci', registry: 'oci:./out', repository: 'team/app', tag: 'v1' })).toBe('oci:./out/team/app:v1')
    expect(formatImageRef({ registry: 'gcr.io', repository: '' })).toBe('gcr.io')
  })

  it.each([
    ['', 'empty'],
    ['nginx; rm -rf /', 'whitespace'],
    ['$(id)', 'not a repository path'],
    ['--target=evil', 'not a repository path'],
    ['../../etc/passwd', 'not a registry host'],
    ['https://gcr.io/x/y', 'no scheme'],
    ['user:pass@gcr.io/x/y', 'not a digest'],
    ['Nginx', 'not a repository path'],
    ['gcr.io/x/y:bad tag', 'whitespace'],
    ['gcr.io/x/y:-bad', 'not a tag'],
    ['gcr.io/x/y@sha256:short', 'not a digest'],
    ['gcr.io:99999/x', 'not a registry host'],
    ['a\u001b[2Jb', 'control characters'],
    ['x'.repeat(600), 'longer than 512']
  ])('refuses %j, naming the input', (text, problem) => {
    expect(() => parseImageRef(text, 'images-file line 3')).toThrow(problem)
    expect(() => parseImageRef(text, 'images-file line 3')).toThrow(/^images-file line 3 ".*": .*; expected REGISTRY\/REPOSITORY/)
  })

  it('escapes what it repeats', () => {
    expect(() => parseImageRef('a\u001bb')).toThrow('"a\\u001bb"')
  })
})
