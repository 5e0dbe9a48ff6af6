import { MockAgent } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sha256Digest } from '../../oci/digest'
import { DigestMismatchError, ProtocolError, TooLargeError } from '../../oci/errors'
import { getManifest, headManifest, putManifest } from '../manifests'
import { MAX_MANIFEST_BYTES } from '../../oci/media-types'
import { Transport } from '../transport'
import { MediaType } from '../../oci/media-types'

/** Error paths of the manifest calls (the happy paths run against real registries in __tests__/e2e). */
const REGISTRY = 'https://registry.test'
const scopes = ['repository:a:pull']
let agent: MockAgent
let transport: Transport

beforeEach(() => {
  agent = new MockAgent()
  agent.disableNetConnect()
  transport = new Transport({ origin: REGISTRY, dispatcher: agent, attempts: 1 })
})
afterEach(() => agent.close())

const body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciManifest, layers: [] }))

describe('manifests', () => {
  it('refuses a manifest over 4 MiB', async () => {
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/manifests/big' })
      .reply(200, 'x', { headers: { 'content-length': String(MAX_MANIFEST_BYTES + 1) } })
    await expect(getManifest(transport, 'a', 'big', scopes)).rejects.toThrow(TooLargeError)
  })

  it('refuses manifest bytes that do not hash to the digest asked for', async () => {
    const digest = sha256Digest(Buffer.from('something else'))
    agent
      .get(REGISTRY)
      .intercept({ path: `/v2/a/manifests/${digest}` })
      .reply(200, body, { headers: { 'content-type': MediaType.OciManifest } })
    await expect(getManifest(transport, 'a', digest, scopes)).rejects.toThrow(DigestMismatchError)
  })

  it('keeps the exact bytes and takes the media type from the header', async () => {
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/manifests/v1' })
      .reply(200, body, { headers: { 'content-type': `${MediaType.OciManifest}; charset=utf-8` } })
    const manifest = await getManifest(transport, 'a', 'v1', scopes)
    expect(manifest.bytes.equals(body)).toBe(true)
    expect(manifest.digest).toBe(sha256Digest(body))
    expect(manifest.mediaType).toBe(MediaType.OciManifest)
  })

  it('refuses a malformed Docker-Content-Digest from a HEAD', async () => {
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/manifests/v1', method: 'HEAD' })
      .reply(200, '', { headers: { 'docker-content-digest': 'sha256:../../etc' } })
    await expect(headManifest(transport, 'a', 'v1', scopes)).rejects.toThrow(ProtocolError)
  })

  it('fails a push the registry stored under another digest', async () => {
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/manifests/v1', method: 'PUT' })
      .reply(201, '', { headers: { 'docker-content-digest': sha256Digest(Buffer.from('x')) } })
    await expect(putManifest(transport, 'a', 'v1', { bytes: body, mediaType: MediaType.OciManifest, digest: sha256Digest(body) }, scopes)).rejects.toThrow(
      /stored the manifest as/
    )
  })
})
