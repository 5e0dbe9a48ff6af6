import { describe, expect, it } from 'vitest'
import { flattenRule, isGitLabRealm } from '../flatten-rule'

const noRealm = (): Promise<string | undefined> => Promise.reject(new Error('the realm must not be asked'))

describe('flattenRule', () => {
  it('auto flattens for the registries that allow one level below the namespace', async () => {
    for (const host of [
      'docker.io',
      'quay.io',
      'registry.cn-hangzhou.aliyuncs.com',
      'registry-vpc.cn-shanghai.aliyuncs.com',
      'registry-intl.ap-southeast-1.aliyuncs.com',
      'swr.cn-north-4.myhuaweicloud.com',
      'ccr.ccs.tencentyun.com'
    ]) {
      expect(await flattenRule('auto', host, ['a/b/c'], noRealm), host).toEqual({ flatten: true })
    }
    for (const host of ['ghcr.io', 'myinstance-registry.cn-hangzhou.cr.aliyuncs.com', '127.0.0.1:5000', 'harbor.example.com', 'quay.example.com']) {
      expect(await flattenRule('auto', host, ['a/b'], noRealm), host).toEqual({ flatten: false })
    }
    expect(await flattenRule('always', 'ghcr.io', ['a/b'], noRealm)).toEqual({ flatten: true })
    expect(await flattenRule('never', 'docker.io', ['a/b/c'], noRealm)).toEqual({ flatten: false })
  })

  it('auto keeps two levels below the project on GitLab: registry.gitlab.com by name, a self-hosted one by its realm, asked only for deeper names', async () => {
    const gitlab = { flatten: true, keepLevels: 2 }
    expect(await flattenRule('auto', 'registry.gitlab.com', ['a/b/c'], noRealm)).toEqual(gitlab)
    expect(await flattenRule('auto', 'containers.corp.example', ['a/b/c'], async () => 'https://gitlab.corp.example/jwt/auth')).toEqual(gitlab)
    expect(await flattenRule('auto', 'containers.corp.example', ['a/b/c'], async () => 'https://auth.corp.example/token')).toEqual({ flatten: false })
    // An unreadable realm (the target's preflight reports why) flattens nothing.
    expect(await flattenRule('auto', 'containers.corp.example', ['a/b/c'], noRealm)).toEqual({ flatten: false })
    expect(await flattenRule('auto', 'containers.corp.example', ['a', 'a/b'], noRealm)).toEqual({ flatten: false })
  })

  it('isGitLabRealm: /jwt/auth', () => {
    expect(isGitLabRealm('https://gitlab.com/jwt/auth')).toBe(true)
    expect(isGitLabRealm('https://auth.docker.io/token')).toBe(false)
    expect(isGitLabRealm(undefined)).toBe(false)
  })
})
