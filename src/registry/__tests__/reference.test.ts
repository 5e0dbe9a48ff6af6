import { describe, expect, it } from 'vitest'
import { credentialKeys, qualifyRepository, registryOrigin } from '../reference'
import { isValidDigest, isValidHost, isValidRepositoryPath, isValidTag, normalizeRegistryHost } from '../../oci/names'

describe('names as the distribution spec defines them', () => {
  it.each(['pause', 'google-containers/pause', 'a/b/c-d.e_f', 'a__b', 'x--y', 'corp/team/app-3'])('accepts repository %s', (name) => {
    expect(isValidRepositoryPath(name)).toBe(true)
  })

  it.each(['', 'Upper', '/lead', 'trail/', 'a//b', 'a/-b', 'a..b', 'a/../b', 'a b', `${'a'.repeat(256)}`])('refuses repository %j', (name) => {
    expect(isValidRepositoryPath(name)).toBe(false)
  })

  it('checks tags and digests', () => {
    expect(isValidTag('v1.2.3-rc.1')).toBe(true)
    expect(isValidTag('sha256-abc.sig')).toBe(true)
    expect(isValidTag('.hidden')).toBe(false)
    expect(isValidTag('a'.repeat(129))).toBe(false)
    expect(isValidDigest(`sha256:${'a'.repeat(64)}`)).toBe(true)
    expect(isValidDigest(`sha256:${'A'.repeat(64)}`)).toBe(false)
    expect(isValidDigest(`sha256:${'a'.repeat(63)}`)).toBe(false)
    expect(isValidDigest('sha256:../../etc/passwd')).toBe(false)
  })

  it('checks hosts and ports', () => {
    expect(isValidHost('gcr.io')).toBe(true)
    expect(isValidHost('127.0.0.1:5000')).toBe(true)
    expect(isValidHost('[::1]:5000')).toBe(true)
    expect(isValidHost('127.0.0.1:65536')).toBe(false)
    expect(isValidHost('bad_host')).toBe(false)
  })
})

describe('Docker Hub quirks', () => {
  it('has one name for every alias', () => {
    for (const alias of ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'Docker.IO']) expect(normalizeRegistryHost(alias)).toBe('docker.io')
    expect(normalizeRegistryHost('quay.io')).toBe('quay.io')
  })

  it('speaks to registry-1.docker.io over HTTPS and puts single names under library/', () => {
    expect(registryOrigin('docker.io')).toBe('https://registry-1.docker.io')
    expect(qualifyRepository('docker.io', 'nginx')).toBe('library/nginx')
    expect(qualifyRepository('docker.io', 'user/app')).toBe('user/app')
    expect(qualifyRepository('quay.io', 'nginx')).toBe('nginx')
  })

  it('looks up docker login credentials under the legacy index key first', () => {
    expect(credentialKeys('docker.io')[0]).toBe('https://index.docker.io/v1/')
    expect(credentialKeys('ghcr.io')).toContain('ghcr.io')
  })
})

describe('scheme', () => {
  it('uses plain HTTP for loopback and insecure registries only', () => {
    expect(registryOrigin('127.0.0.5:80')).toBe('http://127.0.0.5:80')
    expect(registryOrigin('localhost:5000')).toBe('http://localhost:5000')
    expect(registryOrigin('[::1]:5000')).toBe('http://[::1]:5000')
    expect(registryOrigin('128.0.0.1')).toBe('https://128.0.0.1')
    expect(registryOrigin('127.0.0.1:5000')).toBe('http://127.0.0.1:5000')
    expect(registryOrigin('registry.lan:5000', ['registry.lan:5000'])).toBe('http://registry.lan:5000')
    expect(registryOrigin('registry.lan:5000')).toBe('https://registry.lan:5000')
  })
})
