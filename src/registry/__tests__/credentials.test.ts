import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { authFilePlaces, entryKeys, findCredentials } from '../credentials'

const basic = (user: string, password: string): { auth: string } => ({ auth: Buffer.from(`${user}:${password}`).toString('base64') })

/** A home with podman's and docker's files as given, and a PATH holding credential helpers that answer as given. */
function world(files: { runtime?: object; config?: object; docker?: object; override?: object }, helpers: Record<string, string> = {}): NodeJS.ProcessEnv {
  const root = mkdtempSync(join(tmpdir(), 'creds-'))
  const env: NodeJS.ProcessEnv = { HOME: join(root, 'home'), XDG_RUNTIME_DIR: join(root, 'run'), PATH: `${join(root, 'bin')}:/usr/bin:/bin` }
  const put = (path: string, content: object | undefined): void => {
    if (!content) return
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, JSON.stringify(content))
  }
  put(join(root, 'run', 'containers', 'auth.json'), files.runtime)
  put(join(root, 'home', '.config', 'containers', 'auth.json'), files.config)
  put(join(root, 'home', '.docker', 'config.json'), files.docker)
  if (files.override) {
    env.REGISTRY_AUTH_FILE = join(root, 'override.json')
    put(env.REGISTRY_AUTH_FILE, files.override)
  }
  mkdirSync(join(root, 'bin'))
  for (const [name, answer] of Object.entries(helpers)) {
    const script = join(root, 'bin', `docker-credential-${name}`)
    writeFileSync(script, `#!/bin/sh\nread server\n${answer}\n`)
    chmodSync(script, 0o755)
  }
  return env
}

describe('where credentials are looked for (containers-auth.json(5), then docker)', () => {
  it('orders REGISTRY_AUTH_FILE (instead of $XDG_RUNTIME_DIR), ~/.config, then docker', () => {
    const env = world({ override: {} })
    expect(authFilePlaces(env).map((p) => p.via)).toEqual(['REGISTRY_AUTH_FILE', '~/.config', '~/.docker'])
    delete env.REGISTRY_AUTH_FILE
    expect(authFilePlaces(env).map((p) => p.via)).toEqual(['$XDG_RUNTIME_DIR', '~/.config', '~/.docker'])
  })

  it('takes the first file that has the registry: podman runtime file before ~/.config before docker', () => {
    const env = world({
      runtime: { auths: { 'reg.example': basic('runtime', 'a') } },
      config: { auths: { 'reg.example': basic('config', 'b'), 'other.example': basic('config', 'c') } },
      docker: { auths: { 'third.example': basic('docker', 'd') } }
    })
    expect(findCredentials('reg.example', '', env).credentials?.username).toBe('runtime')
    expect(findCredentials('other.example', '', env).credentials?.username).toBe('config')
    expect(findCredentials('third.example', '', env)).toMatchObject({ credentials: { username: 'docker', password: 'd' } })
    expect(findCredentials('third.example', '', env).from).toMatch(/\.docker\/config\.json \(key third\.example\)$/)
  })

  it('REGISTRY_AUTH_FILE replaces the runtime file', () => {
    const env = world({ runtime: { auths: { 'reg.example': basic('runtime', 'a') } }, override: { auths: { 'reg.example': basic('override', 'b') } } })
    expect(findCredentials('reg.example', '', env).credentials?.username).toBe('override')
  })

  it('the most specific key matching the repository wins: host/ns/repo, host/ns, host', () => {
    const env = world({
      config: {
        auths: {
          'quay.example': basic('host', '1'),
          'quay.example/team': basic('team', '2'),
          'quay.example/team/app': basic('app', '3')
        }
      }
    })
    expect(findCredentials('quay.example', 'team/app', env).credentials?.username).toBe('app')
    expect(findCredentials('quay.example', 'team/app/sub', env).credentials?.username).toBe('app')
    expect(findCredentials('quay.example', 'team/web', env).credentials?.username).toBe('team')
    expect(findCredentials('quay.example', 'teams', env).credentials?.username).toBe('host')
    expect(findCredentials('quay.example', '', env).credentials?.username).toBe('host')
    expect(entryKeys('quay.example', 'team/app', true).slice(0, 3)).toEqual(['quay.example/team/app', 'quay.example/team', 'quay.example'])
    expect(entryKeys('docker.io', 'me/app', true).slice(0, 2)).toEqual(['docker.io/me/app', 'docker.io/me'])
  })

  it("docker's config.json takes host keys only, as docker does", () => {
    const env = world({ docker: { auths: { 'quay.example/team': basic('team', '2') } } })
    expect(findCredentials('quay.example', 'team', env).credentials).toBeUndefined()
  })

  it('credHelpers wins over credsStore and auths; credsStore over auths', () => {
    const answer = (user: string): string => `echo '{"ServerURL":"'$server'","Username":"${user}","Secret":"s3cret"}'`
    const env = world(
      {
        docker: {
          auths: { 'reg.example': basic('auths', 'x'), 'plain.example': basic('auths', 'y') },
          credHelpers: { 'reg.example': 'pass' },
          credsStore: 'desktop'
        }
      },
      { pass: answer('from-pass'), desktop: answer('from-store') }
    )
    expect(findCredentials('reg.example', '', env)).toMatchObject({ credentials: { username: 'from-pass', password: 's3cret' } })
    expect(findCredentials('reg.example', '', env).from).toMatch(/\(docker-credential-pass\)$/)
    expect(findCredentials('plain.example', '', env).credentials?.username).toBe('from-store')
  })

  it('a helper with nothing for the registry lets the search go on; the answer is read as the protocol says', () => {
    const env = world(
      { config: { credHelpers: { 'reg.example': 'empty' } }, docker: { auths: { 'reg.example': basic('docker', 'z') } } },
      { empty: 'echo "credentials not found in native keychain"; exit 1' }
    )
    expect(findCredentials('reg.example', '', env).credentials?.username).toBe('docker')
    const token = world({ docker: { credHelpers: { 'acr.example': 'acr' } } }, { acr: `echo '{"Username":"<token>","Secret":"refresh"}'` })
    expect(findCredentials('acr.example', '', token).credentials).toEqual({ username: '<token>', password: '', identityToken: 'refresh' })
  })

  it('names every place it looked when nothing was found', () => {
    const env = world({ override: {} })
    const lookup = findCredentials('none.example', 'ns', env)
    expect(lookup.credentials).toBeUndefined()
    expect(lookup.searched).toEqual([
      `${env.REGISTRY_AUTH_FILE} (REGISTRY_AUTH_FILE)`,
      `${env.HOME}/.config/containers/auth.json (~/.config)`,
      `${env.HOME}/.docker/config.json (~/.docker)`
    ])
  })
})
