import { createHash, createPrivateKey, createPublicKey, createSign, randomUUID, type KeyObject } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A token request the server saw. */
export interface TokenRequest {
  authorization?: string
  scope: string[]
  /** The token issued, if any (tests check it never leaks). */
  issued?: string
}

/** A running Docker-style token server (the Docker Hub flow). */
export interface TokenServer {
  url: string
  realm: string
  service: string
  issuer: string
  certPath: string
  requests: TokenRequest[]
  /** A token for `scope`, as the harness itself uses to push fixtures. */
  issue(scope: string[]): string
  stop(): Promise<void>
}

interface SigningKey {
  key: KeyObject
  certPath: string
  kid: string
}

let signingKey: SigningKey | undefined

/** libtrust's key id, which distribution 2.8 matches `kid` against: base32 of 240 bits of sha256(SPKI DER), in groups of 4. */
function libtrustKeyId(key: KeyObject): string {
  const der = createPublicKey(key).export({ type: 'spki', format: 'der' })
  const hash = createHash('sha256').update(der).digest().subarray(0, 30)
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = ''
  for (const byte of hash) bits += byte.toString(2).padStart(8, '0')
  let encoded = ''
  for (let i = 0; i < bits.length; i += 5) encoded += alphabet[parseInt(bits.slice(i, i + 5), 2)]
  return encoded.match(/.{4}/g)!.join(':')
}

/** One RSA key and self-signed certificate per test process (openssl makes the certificate). */
function key(): SigningKey {
  if (!signingKey) {
    const dir = mkdtempSync(join(tmpdir(), 'token-key-'))
    const keyPath = join(dir, 'key.pem')
    const certPath = join(dir, 'cert.pem')
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', '/CN=gcr-mirror-test-token'],
      { stdio: 'ignore' }
    )
    const privateKey = createPrivateKey(readFileSync(keyPath))
    signingKey = { key: privateKey, certPath, kid: libtrustKeyId(privateKey) }
  }
  return signingKey
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url')

/**
 * Starts a token server on loopback: `GET /token?service=&scope=` answers a JWT (RS256) the
 * registry trusts. Anonymous requests get `pull` only (a registry readable by anyone, as Docker Hub
 * is); requests with the right Basic credentials get what they ask for; wrong credentials get 401.
 */
export async function startTokenServer(username: string, password: string): Promise<TokenServer> {
  const { key: privateKey, certPath, kid } = key()
  const service = 'gcr-mirror-test-registry'
  const issuer = 'gcr-mirror-test-issuer'
  const requests: TokenRequest[] = []
  const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`

  const sign = (scopes: string[], push: boolean): string => {
    const now = Math.floor(Date.now() / 1000)
    const access = scopes.flatMap((scope) => {
      const [type, ...rest] = scope.split(':')
      const actions = rest.pop()!.split(',')
      const name = rest.join(':')
      const granted = actions.filter((a) => push || a === 'pull')
      return granted.length && (type === 'repository' || (type === 'registry' && push)) ? [{ type, name, actions: granted }] : []
    })
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }))
    const claims = b64url(
      JSON.stringify({ iss: issuer, sub: push ? username : '', aud: service, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access })
    )
    const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(privateKey)
    return `${header}.${claims}.${b64url(signature)}`
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const scope = url.searchParams
      .getAll('scope')
      .flatMap((s) => s.split(' '))
      .filter(Boolean)
    const authorization = req.headers.authorization
    const entry: TokenRequest = { authorization, scope }
    requests.push(entry)
    if (url.pathname !== '/token') {
      res.writeHead(404).end()
      return
    }
    if (authorization && authorization !== expected) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"incorrect username or password"}')
      return
    }
    entry.issued = sign(scope, authorization === expected)
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: entry.issued, access_token: entry.issued, expires_in: 300 }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  return {
    url,
    realm: `${url}/token`,
    service,
    issuer,
    certPath,
    requests,
    issue: (scope) => sign(scope, true),
    stop: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
