import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ArchiveSource, OciLayout } from '../../../layout'
import { sideOf } from '../../../oci/errors'
import { RegistryClient } from '../../../registry/client'
import { parseEndpoint } from '../../options/endpoint'
import { openEndpoint } from '../open-endpoint'

/** Every method name a class's instances have from its prototype chain, bar the constructor. */
function methodsOf(type: { prototype: object }): string[] {
  const names = new Set<string>()
  for (let proto: object | null = type.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(proto, name)?.value === 'function') names.add(name)
    }
  }
  return [...names]
}

describe('openEndpoint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'open-endpoint-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const open = (text: string, role: 'source' | 'target') => openEndpoint(parseEndpoint(text, role), { role, insecureRegistries: [] })

  it('reaches every method of each store class through the sided store (none left out by a hand-kept list)', async () => {
    const stores = [
      { type: RegistryClient, endpoint: open('127.0.0.1:1/app', 'target') },
      { type: OciLayout, endpoint: open(`oci:${join(dir, 'layout')}`, 'target') },
      { type: ArchiveSource, endpoint: open(`docker-archive:${join(dir, 'app.tar')}`, 'source') }
    ]
    for (const { type, endpoint } of stores) {
      const methods = methodsOf(type)
      expect(methods).toContain('getBlob')
      const store = endpoint.store as unknown as Record<string, unknown>
      expect(methods.filter((name) => typeof store[name] !== 'function')).toEqual([])
      await endpoint.close()
    }
  })

  it("names the endpoint's role on a layout's errors, which carry no side of their own", async () => {
    const target = open(`oci:${join(dir, 'absent')}`, 'target')
    expect(sideOf(await target.store.getBlob('app', `sha256:${'0'.repeat(64)}`).catch((error: unknown) => error))).toBe('target')
    const source = open(`docker-archive:${join(dir, 'absent.tar')}`, 'source')
    expect(sideOf(await source.store.listRepositories('').catch((error: unknown) => error))).toBe('source')
  })
})
