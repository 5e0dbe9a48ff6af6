import { spawnSync } from 'node:child_process'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { credentialKeys } from './reference'
import { readRegularFileSync } from '../util/local-file'
import type { Credentials } from '../oci/model'

/** The parts of Docker's `config.json` that hold credentials. */
interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>
  credHelpers?: Record<string, string>
  credsStore?: string
}

/** Path of Docker's `config.json`: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json')
}

/**
 * The credentials `docker login` (or docker/login-action) stored for `host`: an `auths` entry
 * (`auth` as base64 `user:password`, or `username`/`password`), else a credential helper named by
 * `credHelpers` or `credsStore`. Undefined when there are none or the file can't be read.
 */
export function fromDockerConfig(host: string, env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  let config: DockerConfig
  try {
    config = JSON.parse(readRegularFileSync(dockerConfigPath(env)).toString('utf8')) as DockerConfig
  } catch {
    return undefined
  }
  const keys = credentialKeys(host)
  for (const key of keys) {
    const entry = config.auths?.[key]
    if (!entry) continue
    if (entry.identitytoken) return { ...userOf(entry), identityToken: entry.identitytoken }
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
      const colon = decoded.indexOf(':')
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
    }
    if (entry.username && entry.password) return { username: entry.username, password: entry.password }
  }
  const helper = keys.map((key) => config.credHelpers?.[key]).find(Boolean) ?? config.credsStore
  return helper ? fromHelper(helper, keys[0], env) : undefined
}

/** The user an `identitytoken` entry names (its `auth` or `username`), for messages; the token is what signs in. */
function userOf(entry: { auth?: string; username?: string }): { username: string; password: string } {
  const decoded = entry.auth ? Buffer.from(entry.auth, 'base64').toString('utf8') : ''
  const username = entry.username || decoded.slice(0, Math.max(0, decoded.indexOf(':'))) || '<token>'
  return { username, password: '' }
}

/** Asks `docker-credential-<helper> get` for a server's credentials. */
function fromHelper(helper: string, server: string, env: NodeJS.ProcessEnv): Credentials | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(helper)) return undefined
  const result = spawnSync(`docker-credential-${helper}`, ['get'], { input: server, env, encoding: 'utf8', timeout: 10_000 })
  if (result.status !== 0 || !result.stdout) return undefined
  try {
    const { Username, Secret } = JSON.parse(result.stdout) as { Username?: string; Secret?: string }
    // Helpers answer `<token>` as the user when the secret is an identity (refresh) token (docker-credential-helpers).
    if (Username === '<token>' && Secret) return { username: Username, password: '', identityToken: Secret }
    return Username && Secret ? { username: Username, password: Secret } : undefined
  } catch {
    return undefined
  }
}
