import { describe, expect, it } from 'vitest'
import type { Descriptor } from '../../oci/model'
import { CONTAINERD_NAME, describeUnnamed, nameEntries, parseFullReference } from '../entry-names'
import { formatRefName, REF_NAME } from '../ref-name'

const digest = (n: number): string => `sha256:${String(n).repeat(64).slice(0, 64)}`
const entry = (n: number, annotations?: Record<string, string>): Descriptor => ({
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: digest(n),
  size: n,
  ...(annotations ? { annotations } : {})
})
const refName = (n: number, name: string): Descriptor => entry(n, { [REF_NAME]: name })
const names = (manifests: Descriptor[], naming = {}): string[] => nameEntries(manifests, naming).named.map((e) => `${e.repository}:${e.tag}`)

describe('index.json entry names', () => {
  it('reads REPOSITORY:TAG (gcr-mirror) and full references (crane), dropping the registry host', () => {
    expect(formatRefName('team/app', 'v1')).toBe('team/app:v1')
    expect(parseFullReference('team/app:v1.2_rc-1')).toEqual({ repository: 'team/app', tag: 'v1.2_rc-1' })
    expect(parseFullReference('docker.io/library/alpine:3.20')).toEqual({ repository: 'library/alpine', tag: '3.20' })
    expect(parseFullReference('localhost:5000/app')).toEqual({ repository: 'app', tag: 'latest' })
    expect(parseFullReference(`ghcr.io/o/app@${digest(7)}`)).toEqual({ repository: 'o/app', tag: `digest-${'7'.repeat(64)}` })
    expect(parseFullReference(`ghcr.io/o/app:v1@${digest(7)}`)).toEqual({ repository: 'o/app', tag: 'v1' })
    for (const bad of ['Team/App:v1', 'app:', 'app:-x', 'app@sha256:abc', '']) expect(parseFullReference(bad)).toBeUndefined()
  })

  it('puts bare tags (skopeo, oras, podman) in the --images repository, else the folder', () => {
    const manifests = [refName(1, 'v1.0.0'), refName(2, 'latest')]
    expect(names(manifests, { folder: 'app' })).toEqual(['app:v1.0.0', 'app:latest'])
    expect(names(manifests, { folder: 'app', images: 'web' })).toEqual(['web:v1.0.0', 'web:latest'])
    expect(nameEntries(manifests, {})).toMatchObject({ named: [], bareTags: 2 })
  })

  it('takes the repository of a buildkit entry from io.containerd.image.name, unless --images names one', () => {
    const buildkit = entry(1, { [REF_NAME]: 'latest', [CONTAINERD_NAME]: 'docker.io/corp/web:latest' })
    const containerd = entry(2, { [CONTAINERD_NAME]: 'ghcr.io/corp/api:v2' })
    expect(names([buildkit, containerd], { folder: 'out' })).toEqual(['corp/web:latest', 'corp/api:v2'])
    expect(names([buildkit], { folder: 'out', images: 'site' })).toEqual(['site:latest'])
  })

  it('names entries without any name only when --images claims them, as digest-<hex>', () => {
    const manifests = [entry(1), entry(2), refName(3, 'Not A Ref')]
    const unclaimed = nameEntries(manifests, { folder: 'app' })
    expect(unclaimed).toMatchObject({ named: [], unnamed: 2, unusable: 1 })
    expect(describeUnnamed(manifests.length, unclaimed)).toBe('3 entries: 2 with no name, 1 whose name is not a reference')
    expect(names(manifests, { images: 'app' })).toEqual([`app:digest-${'1'.repeat(64)}`, `app:digest-${'2'.repeat(64)}`])
  })

  it('keeps the first of entries that repeat a name', () => {
    const named = nameEntries([refName(1, 'app:v1'), refName(2, 'app:v1')], {}).named
    expect(named.map((e) => e.descriptor.digest)).toEqual([digest(1)])
  })
})
