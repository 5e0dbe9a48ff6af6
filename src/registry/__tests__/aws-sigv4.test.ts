import { describe, expect, it } from 'vitest'
import { signAws } from '../aws-sigv4'

describe('signAws', () => {
  it('signs as the SigV4 documentation example does (IAM ListUsers, 2015-08-30)', () => {
    // The worked example of the AWS General Reference ("Signature Version 4 signing process"), its published signature.
    const headers = signAws(
      {
        method: 'GET',
        url: new URL('https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08'),
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: '',
        region: 'us-east-1',
        service: 'iam'
      },
      { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      new Date('2015-08-30T12:36:00Z')
    )
    expect(headers['x-amz-date']).toBe('20150830T123600Z')
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7'
    )
  })

  it('signs the session token of temporary credentials', () => {
    const headers = signAws(
      { method: 'POST', url: new URL('https://api.ecr.eu-west-1.amazonaws.com/'), headers: {}, body: '{}', region: 'eu-west-1', service: 'ecr' },
      { accessKeyId: 'ASIAX', secretAccessKey: 's', sessionToken: 'tok' }
    )
    expect(headers['x-amz-security-token']).toBe('tok')
    expect(headers.authorization).toMatch(/SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/)
  })
})
