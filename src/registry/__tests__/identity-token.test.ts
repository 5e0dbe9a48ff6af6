import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Agent } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fromDockerConfig } from '../credentials'
import { exchangeRefreshToken } from '../oauth'

describe('identitytoken (az acr login) entries of config.json', () => {
  it('are read as an identity token, the user kept for messages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docker-config-'))
    const auth = Buffer.from('00000000-0000-0000-0000-000000000000:').toString('base64')
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { 'myacr.azurecr.io': { auth, identitytoken: 'refresh-abc' } } }))
    expect(fromDockerConfig('myacr.azurecr.io', { DOCKER_CONFIG: dir })).toEqual({
      username: '00000000-0000-0000-0000-000000000000',
      password: '',
      identityToken: 'refresh-abc'
    })
  })
})

describe('exchangeRefreshToken (distribution token spec, oauth.md)', () => {
  const seen: Array<{ method?: string; type?: string; form: URLSearchParams }> = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      const form = new URLSearchParams(body)
      seen.push({ method: req.method, type: req.headers['content-type'], form })
      if (form.get('refresh_token') !== 'refresh-abc') return void res.writeHead(401).end()
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'access-xyz', expires_in: 120 }))
    })
  })
  let realm: URL
  const agent = new Agent()
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    realm = new URL(`http://127.0.0.1:${(server.address() as { port: number }).port}/oauth2/token`)
  })
  afterAll(async () => {
    server.close()
    await agent.close()
  })

  it('posts the refresh-token form and reads access_token', async () => {
    const token = await exchangeRefreshToken(realm, 'myacr.azurecr.io', ['repository:mirror/app:pull,push'], 'refresh-abc', agent)
    expect(token).toEqual({ value: 'access-xyz', expiresIn: 120 })
    const request = seen.at(-1)!
    expect(request.method).toBe('POST')
    expect(request.type).toBe('application/x-www-form-urlencoded')
    expect(Object.fromEntries(request.form)).toMatchObject({
      grant_type: 'refresh_token',
      refresh_token: 'refresh-abc',
      service: 'myacr.azurecr.io',
      scope: 'repository:mirror/app:pull,push'
    })
  })
  it('a refused refresh token is a refused credential, without the token in the message', async () => {
    const error: any = await exchangeRefreshToken(realm, 's', [], 'stale-token', agent).then(
      () => undefined,
      (e: unknown) => e as Error & { kind: string }
    )
    expect(error.kind).toBe('auth-refused')
    expect(error.message).not.toContain('stale-token')
  })
})
