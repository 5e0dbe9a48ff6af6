import { describe, expect, it } from 'vitest'
import { parseWwwAuthenticate } from '../www-authenticate'

describe('parseWwwAuthenticate', () => {
  it('reads a Docker Hub bearer challenge', () => {
    expect(parseWwwAuthenticate('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/nginx:pull' } }
    ])
  })

  it('keeps commas and escaped quotes inside quoted values', () => {
    const [challenge] = parseWwwAuthenticate('Bearer realm="https://t.example/token", scope="repository:a:pull,push", error="say \\"hi\\""')
    expect(challenge.params).toEqual({ realm: 'https://t.example/token', scope: 'repository:a:pull,push', error: 'say "hi"' })
  })

  it('reads several challenges, case-insensitive scheme and names, unquoted values', () => {
    expect(parseWwwAuthenticate('Basic Realm=registry, BEARER realm="https://x/t",service=svc')).toEqual([
      { scheme: 'basic', params: { realm: 'registry' } },
      { scheme: 'bearer', params: { realm: 'https://x/t', service: 'svc' } }
    ])
  })

  it('returns no challenge for an empty or garbled header instead of throwing', () => {
    expect(parseWwwAuthenticate('')).toEqual([])
    expect(parseWwwAuthenticate('  ,, ')).toEqual([])
    expect(parseWwwAuthenticate('Bearer realm="unterminated')).toEqual([{ scheme: 'bearer', params: { realm: 'unterminated' } }])
  })
})
