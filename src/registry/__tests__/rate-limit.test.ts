import { describe, expect, it } from 'vitest'
import { observeRateLimit, parseRateLimitValue, type RateLimitState } from '../rate-limit'

describe('rate-limit headers', () => {
  it('reads Docker Hub values with their window (docs.docker.com, "Docker Hub pull usage and limits")', () => {
    expect(parseRateLimitValue('100;w=21600')).toEqual({ value: 100, windowSeconds: 21600 })
    expect(parseRateLimitValue(' 76 ; w=21600')).toEqual({ value: 76, windowSeconds: 21600 })
    expect(parseRateLimitValue('76')).toEqual({ value: 76 })
    expect(parseRateLimitValue('5;q=3;w=60')).toEqual({ value: 5, windowSeconds: 60 })
    expect(parseRateLimitValue('many')).toBeUndefined()
    expect(parseRateLimitValue(undefined)).toBeUndefined()
  })

  it('tells the observer the remaining count, the limit and the window', () => {
    const seen: RateLimitState[] = []
    observeRateLimit({ 'ratelimit-limit': '100;w=21600', 'ratelimit-remaining': '76;w=21600' }, 'https://registry-1.docker.io', (s) => seen.push(s))
    observeRateLimit({ 'x-ratelimit-remaining': '9', 'x-ratelimit-limit': '50' }, 'https://quay.io', (s) => seen.push(s))
    observeRateLimit({ 'content-type': 'text/plain' }, 'https://quay.io', (s) => seen.push(s))
    expect(seen).toEqual([
      { remaining: 76, limit: 100, windowSeconds: 21600, origin: 'https://registry-1.docker.io' },
      { remaining: 9, limit: 50, origin: 'https://quay.io' }
    ])
  })
})
