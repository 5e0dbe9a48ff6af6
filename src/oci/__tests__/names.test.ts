import { describe, expect, it } from 'vitest'
import { isLoopback, registryIdentity } from '../names'

describe('isLoopback', () => {
  it.each([
    'localhost',
    'LOCALHOST:5000',
    '127.0.0.1',
    '127.0.0.1:5001',
    '127.0.0.5:80',
    '127.255.255.254:443',
    '[::1]',
    '[::1]:5000',
    '[0:0:0:0:0:0:0:1]:5000'
  ])('%s is loopback', (host) => expect(isLoopback(host)).toBe(true))

  it.each(['128.0.0.1', '10.0.0.1:5000', '127.0.0.256', '127.0.1', '127.0.0.1.example.com', 'localhost.example.com', 'mylocalhost', '[::2]', 'gcr.io'])(
    '%s is not',
    (host) => expect(isLoopback(host)).toBe(false)
  )
})

describe('registryIdentity', () => {
  it('names every loopback host on one port as one registry (one rule with plain HTTP)', () => {
    const one = registryIdentity('127.0.0.1:5000')
    for (const host of ['localhost:5000', '[::1]:5000', '127.0.0.5:5000', 'LOCALHOST:5000']) expect(registryIdentity(host)).toBe(one)
    expect(registryIdentity('127.0.0.1:5001')).not.toBe(one)
    expect(registryIdentity('registry.lan:5000')).not.toBe(one)
  })

  it("folds Docker Hub's names and default ports", () => {
    expect(registryIdentity('index.docker.io')).toBe('docker.io')
    expect(registryIdentity('ghcr.io:443')).toBe('ghcr.io')
    expect(registryIdentity('localhost:80')).toBe(registryIdentity('127.0.0.1'))
  })
})
