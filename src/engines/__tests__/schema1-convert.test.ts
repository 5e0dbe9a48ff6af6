import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { sha256Digest } from '../../oci/digest'
import { DigestMismatchError, ProtocolError } from '../../oci/errors'
import { MediaType } from '../../oci/media-types'
import { diffIdOf } from '../diff-id'
import { convertSchema1, CONVERTED_LAYER_TYPE, schema1Layers } from '../schema1-convert'

/**
 * A schema 1 manifest `skopeo copy --format v2s1` wrote from a v2 image of two layers (`ADD a /`,
 * then `ENV X=1` with no layer, then `ADD b /`): fsLayers and history newest first, the ENV step a
 * `throwaway` layer (the empty gzipped tar).
 */
const signed = readFileSync(join(import.meta.dirname, '..', '..', 'oci', '__tests__', 'schema1-signed.json'))
const LAYER_A = 'sha256:0df2f2e3fa139599c520d9c9ddc4079a95106c59a5b1f459fd6a58014d5f8666'
const LAYER_B = 'sha256:af0fa9ea1fba8b43d2005213ff8054bd654fcefaa10c9855c61addf4f05af62d'
const facts = new Map([
  [LAYER_A, { size: 100, diffId: `sha256:${'a'.repeat(64)}` }],
  [LAYER_B, { size: 200, diffId: `sha256:${'b'.repeat(64)}` }]
])

describe('schema 1 to Docker v2', () => {
  it('keeps the non-empty layers, oldest first', () => {
    expect(schema1Layers(signed)).toEqual([LAYER_A, LAYER_B])
  })

  it('builds the manifest and a config from the newest v1Compatibility, with history and diff_ids', () => {
    const { config, configDigest, manifest } = convertSchema1(signed, facts)
    expect(configDigest).toBe(sha256Digest(config))
    expect(manifest.mediaType).toBe(MediaType.DockerManifest)
    expect(manifest.digest).toBe(sha256Digest(manifest.bytes))
    const v2 = JSON.parse(manifest.bytes.toString('utf8')) as { schemaVersion: number; config: { digest: string; size: number }; layers: unknown[] }
    expect(v2.schemaVersion).toBe(2)
    expect(v2.config).toMatchObject({ digest: configDigest, size: config.length })
    expect(v2.layers).toEqual([
      { mediaType: CONVERTED_LAYER_TYPE, size: 100, digest: LAYER_A },
      { mediaType: CONVERTED_LAYER_TYPE, size: 200, digest: LAYER_B }
    ])
    const image = JSON.parse(config.toString('utf8')) as Record<string, unknown>
    expect(Object.keys(image)).toEqual([...Object.keys(image)].sort())
    expect(image).toMatchObject({ architecture: 'amd64', os: 'linux', created: '2020-01-03T00:00:00Z' })
    for (const dropped of ['id', 'parent', 'throwaway']) expect(image).not.toHaveProperty(dropped)
    expect(image.rootfs).toEqual({ type: 'layers', diff_ids: [facts.get(LAYER_A)!.diffId, facts.get(LAYER_B)!.diffId] })
    expect(image.history).toEqual([
      { created: '2020-01-01T00:00:00Z', created_by: 'ADD a /' },
      { created: '2020-01-02T00:00:00Z', created_by: 'ENV X=1', empty_layer: true },
      { created: '2020-01-03T00:00:00Z' }
    ])
  })

  it('refuses a manifest whose layers and history disagree, or a layer without facts', () => {
    const json = JSON.parse(signed.toString('utf8')) as { history: unknown[] }
    const broken = Buffer.from(JSON.stringify({ ...json, history: json.history.slice(1) }))
    expect(() => schema1Layers(broken)).toThrow(ProtocolError)
    expect(() => convertSchema1(signed, new Map([[LAYER_A, facts.get(LAYER_A)!]]))).toThrow(/no diff_id for layer/)
  })
})

describe('diffIdOf', () => {
  const tar = Buffer.alloc(300_000, 7)
  it('hashes the uncompressed content of a gzipped layer, streaming, and counts the compressed bytes', async () => {
    const gz = gzipSync(tar)
    const chunks = [gz.subarray(0, 1), gz.subarray(1, 5000), gz.subarray(5000)]
    expect(await diffIdOf(Readable.from(chunks), sha256Digest(gz))).toEqual({ size: gz.length, diffId: sha256Digest(tar) })
  })

  it('hashes an uncompressed layer as it is', async () => {
    expect(await diffIdOf(Readable.from([tar]), sha256Digest(tar))).toEqual({ size: tar.length, diffId: sha256Digest(tar) })
  })

  it('fails a layer that does not match its digest', async () => {
    await expect(diffIdOf(Readable.from([gzipSync(tar)]), sha256Digest(tar))).rejects.toThrow(DigestMismatchError)
  })
})
