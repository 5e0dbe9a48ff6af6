import { MockAgent } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sha256Digest } from '../../oci/digest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DigestMismatchError, kindOf, ProtocolError, TooLargeError, type MirrorError } from '../../oci/errors'
import { manifestDigest } from '../../oci/schema1'
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

  it('fails a push the registry stored under another digest, naming both', async () => {
    const other = sha256Digest(Buffer.from('x'))
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/manifests/v1', method: 'PUT' })
      .reply(201, '', { headers: { 'docker-content-digest': other } })
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/manifests/v1', method: 'HEAD' })
      .reply(200, '', { headers: { 'docker-content-digest': other } })
    const error: any = await putManifest(transport, 'a', 'v1', { bytes: body, mediaType: MediaType.OciManifest, digest: sha256Digest(body) }, scopes).then(
      () => undefined,
      (e: unknown) => e as Error
    )
    expect(error).toBeInstanceOf(ProtocolError)
    expect(error.message).toContain(`serves ${other} under the tag, not the source's ${sha256Digest(body)}`)
  })

  it("accepts a push answered with another digest when the tag serves the source's", async () => {
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/manifests/v1', method: 'PUT' })
      .reply(201, '', { headers: { 'docker-content-digest': sha256Digest(Buffer.from('x')) } })
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/manifests/v1', method: 'HEAD' })
      .reply(200, '', { headers: { 'docker-content-digest': sha256Digest(body) } })
    await expect(putManifest(transport, 'a', 'v1', { bytes: body, mediaType: MediaType.OciManifest, digest: sha256Digest(body) }, scopes)).resolves.toEqual({})
  })

  it('tells the OCI-Subject a registry with the referrers API answers to a manifest with a subject', async () => {
    const digest = sha256Digest(body)
    const subject = sha256Digest(Buffer.from('subject'))
    agent
      .get(REGISTRY)
      .intercept({ path: `/v2/a/manifests/${digest}`, method: 'PUT' })
      .reply(201, '', { headers: { 'docker-content-digest': digest, 'oci-subject': subject } })
    await expect(putManifest(transport, 'a', digest, { bytes: body, mediaType: MediaType.OciManifest, digest }, scopes)).resolves.toEqual({ subject })
  })

  it('a target refusing OCI media types fails with a refusal that names --format docker, not retried', async () => {
    const retrying = new Transport({ origin: REGISTRY, dispatcher: agent, attempts: 3, backoffMs: 1 })
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/manifests/v1', method: 'PUT' })
      .reply(400, JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid' }] }))
    const error: any = await putManifest(retrying, 'a', 'v1', { bytes: body, mediaType: MediaType.OciManifest, digest: sha256Digest(body) }, scopes).then(
      () => undefined,
      (e: unknown) => e as MirrorError
    )
    expect(error.kind).toBe('refused')
    expect(error.render()).toMatch(/refuses the OCI media type application\/vnd.oci.image.manifest.v1\+json .*MANIFEST_INVALID.*pass --format docker/)
    expect(error.render({ option: (name: string) => name })).toMatch(/pass format docker/)
  })

  it('verifies a schema 1 manifest by its JWS payload, not by the bytes served', async () => {
    const signed = readFileSync(join(import.meta.dirname, '..', '..', 'oci', '__tests__', 'schema1-signed.json'))
    const digest = manifestDigest(signed, MediaType.DockerSchema1Signed)
    agent
      .get(REGISTRY)
      .intercept({ path: `/v2/a/manifests/${digest}` })
      .reply(200, signed, { headers: { 'content-type': MediaType.DockerSchema1Signed } })
    const manifest = await getManifest(transport, 'a', digest, scopes)
    expect(manifest.digest).toBe(digest)
    expect(manifest.bytes.equals(signed)).toBe(true)
    const other = sha256Digest(Buffer.from('other'))
    agent
      .get(REGISTRY)
      .intercept({ path: `/v2/a/manifests/${other}` })
      .reply(200, signed, { headers: { 'content-type': MediaType.DockerSchema1Signed } })
    await expect(getManifest(transport, 'a', other, scopes)).rejects.toThrow(`its JWS payload (signatures removed) hashes to ${digest}`)
  })

  it('does not retry a registry refusing schema 1 (500, distribution 2.8)', async () => {
    const retrying = new Transport({ origin: REGISTRY, dispatcher: agent, attempts: 3, backoffMs: 1 })
    let puts = 0
    agent
      .get(REGISTRY)
      .intercept({ path: '/v2/a/manifests/old', method: 'PUT' })
      .reply(() => {
        puts++
        return { statusCode: 500, data: '{"errors":[{"code":"UNKNOWN","message":"unknown error","detail":{}}]}' }
      })
      .times(3)
    const signed = readFileSync(join(import.meta.dirname, '..', '..', 'oci', '__tests__', 'schema1-signed.json'))
    const manifest = { bytes: signed, mediaType: MediaType.DockerSchema1Signed, digest: manifestDigest(signed, MediaType.DockerSchema1Signed) }
    const error = await putManifest(retrying, 'a', 'old', manifest, scopes).catch((e: unknown) => e)
    expect(kindOf(error)).toBe('refused')
    expect(puts).toBe(1)
  })
})
