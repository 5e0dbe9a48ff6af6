import { describe, expect, it } from 'vitest'
import { proxyFor } from '../proxy-env'

describe('proxyFor', () => {
  const proxies = { httpsProxy: 'http://corp:3128', httpProxy: 'http://plain:3128', noProxy: '.internal.example, registry.local:5000' }

  it('sends HTTPS through HTTPS_PROXY, HTTP through HTTP_PROXY, HTTPS through HTTP_PROXY when it is the only one', () => {
    expect(proxyFor(new URL('https://ghcr.io/v2/'), proxies)).toBe('http://corp:3128')
    expect(proxyFor(new URL('http://ghcr.io/v2/'), proxies)).toBe('http://plain:3128')
    expect(proxyFor(new URL('https://ghcr.io/v2/'), { httpProxy: 'http://plain:3128' })).toBe('http://plain:3128')
    expect(proxyFor(new URL('https://ghcr.io/v2/'), {})).toBeUndefined()
  })

  it('honours NO_PROXY: the host, its subdomains, a port when named, and *', () => {
    expect(proxyFor(new URL('https://internal.example/v2/'), proxies)).toBeUndefined()
    expect(proxyFor(new URL('https://harbor.internal.example/v2/'), proxies)).toBeUndefined()
    expect(proxyFor(new URL('https://notinternal.example/v2/'), proxies)).toBe('http://corp:3128')
    expect(proxyFor(new URL('https://registry.local:5000/v2/'), proxies)).toBeUndefined()
    expect(proxyFor(new URL('https://registry.local:5001/v2/'), proxies)).toBe('http://corp:3128')
    expect(proxyFor(new URL('https://ghcr.io/v2/'), { ...proxies, noProxy: '*' })).toBeUndefined()
  })
})
