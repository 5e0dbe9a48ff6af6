import { createHash, createHmac } from 'node:crypto'

/** AWS credentials as the standard chain gives them (a session token with temporary ones). */
export interface AwsCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

/** One request to sign: its headers are signed as given (lower-case names), plus `host` and `x-amz-date`. */
export interface AwsRequest {
  method: string
  url: URL
  headers: Record<string, string>
  body: string
  region: string
  service: string
}

const sha256 = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex')
const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest()
/** RFC 3986 encoding as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
const encode = (text: string): string => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/**
 * The headers of a request signed with AWS Signature Version 4 ("Create a signed AWS API request",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html): the given headers plus
 * `host`, `x-amz-date`, `x-amz-security-token` (temporary credentials) and `authorization`.
 */
export function signAws(request: AwsRequest, credentials: AwsCredentials, now = new Date()): Record<string, string> {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
  const day = stamp.slice(0, 8)
  const headers: Record<string, string> = { ...request.headers, host: request.url.host, 'x-amz-date': stamp }
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken
  const names = Object.keys(headers)
    .map((n) => n.toLowerCase())
    .sort()
  const lower = Object.fromEntries(Object.entries(headers).map(([n, v]) => [n.toLowerCase(), v]))
  const signedHeaders = names.join(';')
  const query = [...request.url.searchParams]
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .sort()
    .join('&')
  const canonical = [
    request.method,
    request.url.pathname || '/',
    query,
    names.map((n) => `${n}:${lower[n].trim().replace(/\s+/g, ' ')}\n`).join(''),
    signedHeaders,
    sha256(request.body)
  ].join('\n')
  const scope = `${day}/${request.region}/${request.service}/aws4_request`
  const toSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256(canonical)].join('\n')
  const key = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), request.region), request.service), 'aws4_request')
  const signature = createHmac('sha256', key).update(toSign, 'utf8').digest('hex')
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`
  }
}
