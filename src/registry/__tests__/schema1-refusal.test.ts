import { describe, expect, it } from 'vitest'
import { MediaType } from '../../oci/media-types'
import { schema1RefusalKind } from '../schema1-refusal'

/** The body distribution 2.8 answers a schema 1 PUT with when schema 1 is disabled (its detail stays in its log). */
const DISTRIBUTION_500 = '{"errors":[{"code":"UNKNOWN","message":"unknown error","detail":{}}]}'

describe('schema1RefusalKind', () => {
  it('reads a 500 to a schema 1 push as a refusal, not as transient', () => {
    for (const contentType of [MediaType.DockerSchema1Signed, `${MediaType.DockerSchema1}; charset=utf-8`]) {
      expect(schema1RefusalKind({ method: 'PUT', contentType, status: 500, code: 'UNKNOWN', body: DISTRIBUTION_500 })).toBe('refused')
    }
  })

  it('reads a body that says schema 1 is unsupported as a refusal, whatever the status', () => {
    const body = '{"errors":[{"code":"MANIFEST_INVALID","message":"manifest invalid","detail":"manifest schema v1 unsupported"}]}'
    expect(schema1RefusalKind({ method: 'PUT', status: 500, body })).toBe('refused')
    expect(schema1RefusalKind({ method: 'PUT', status: 400, body: 'Schema version 1 is not supported' })).toBe('refused')
  })

  it('leaves other failures to the status', () => {
    expect(schema1RefusalKind({ method: 'PUT', contentType: MediaType.DockerManifest, status: 500, code: 'UNKNOWN', body: DISTRIBUTION_500 })).toBeUndefined()
    expect(schema1RefusalKind({ method: 'GET', status: 500, body: DISTRIBUTION_500 })).toBeUndefined()
    expect(schema1RefusalKind({ method: 'PUT', contentType: MediaType.DockerSchema1Signed, status: 503, body: '' })).toBeUndefined()
  })
})
