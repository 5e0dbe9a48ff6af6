import { spawnSync } from 'node:child_process'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { credentialKeys } from './reference'
import { UsageError } from '../oci/errors'
import { readRegularFileSync } from '../util/local-file'
import type { Credentials } from '../oci/model'

/** The parts of an auth file (podman's `auth.json`, Docker's `config.json`) that hold credentials. */
interface AuthFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>
  credHelpers?: Record<string, string>
  credsStore?: string
}

/** One file the lookup reads, and how to name it in messages. */
interface AuthFilePlace {
  path: string
  /** What put it there: `REGISTRY_AUTH_FILE`, `$XDG_RUNTIME_DIR`, ... */
  via: string
  /** podman's files take per-namespace keys (`host/ns`, `host/ns/repo`); docker's only host keys. */
  namespaced: boolean
}

/** Credentials found for a registry, and where. */
export interface CredentialLookup {
  credentials?: Credentials
  /** Where they came from: `FILE (key KEY)` or `FILE (docker-credential-HELPER)`. */
  from?: string
  /** Every place looked at, in order, for the message when none were found. */
  searched: string[]
}

/** How long a credential helper may take before it is killed (docker's helpers answer in milliseconds; a keychain prompt never comes on a runner). */
export const HELPER_TIMEOUT_MS = 5_000

/** Path of Docker's `config.json`: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG || join(home(env), '.docker'), 'config.json')
}

function home(env: NodeJS.ProcessEnv): string {
  return env.HOME || homedir()
}

/**
 * The files read, in the order containers-auth.json(5) gives for podman, skopeo and buildah: the
 * explicit override (`REGISTRY_AUTH_FILE`) or else the primary file
 * `$XDG_RUNTIME_DIR/containers/auth.json`; then `${XDG_CONFIG_HOME:-~/.config}/containers/auth.json`;
 * then Docker's `config.json` (`$DOCKER_CONFIG` or `~/.docker`, as docker itself reads it). A file
 * that answers ends the search, as in containers/image `pkg/docker/config` (GetCredentials): so a
 * `podman login` wins over an older `docker login` for the same registry, and a runner with only
 * docker/login-action's `config.json` behaves as before.
 */
export function authFilePlaces(env: NodeJS.ProcessEnv = process.env): AuthFilePlace[] {
  const places: AuthFilePlace[] = []
  if (env.REGISTRY_AUTH_FILE) places.push({ path: env.REGISTRY_AUTH_FILE, via: 'REGISTRY_AUTH_FILE', namespaced: true })
  else if (env.XDG_RUNTIME_DIR) places.push({ path: join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'), via: '$XDG_RUNTIME_DIR', namespaced: true })
  const configHome = env.XDG_CONFIG_HOME || join(home(env), '.config')
  places.push({ path: join(configHome, 'containers', 'auth.json'), via: env.XDG_CONFIG_HOME ? '$XDG_CONFIG_HOME' : '~/.config', namespaced: true })
  places.push({ path: dockerConfigPath(env), via: env.DOCKER_CONFIG ? '$DOCKER_CONFIG' : '~/.docker', namespaced: false })
  return places
}

/**
 * The keys an entry for `repository` (a path below `host`, may be empty) may be stored under, most
 * specific first: `host/ns/repo`, `host/ns`, then the host's own keys. containers-auth.json(5): "the
 * most specific match wins" (`quay.io/user/image` before `quay.io/user` before `quay.io`).
 */
export function entryKeys(host: string, repository: string, namespaced: boolean): string[] {
  const hostKeys = credentialKeys(host)
  if (!namespaced || !repository) return hostKeys
  const parts = repository.split('/').filter(Boolean)
  const hub = hostKeys.includes('docker.io') ? 'docker.io' : host
  const deeper = parts.map((_, i) => `${hub}/${parts.slice(0, parts.length - i).join('/')}`)
  return [...deeper, ...hostKeys]
}

/**
 * The credentials stored for `host` (and the repository path below it), and where they came from.
 * Files as {@link authFilePlaces} orders them; within one file docker's rule: a credential helper
 * named for the registry in `credHelpers` wins, then `credsStore`, then `auths`
 * (docker/cli `cli/config/configfile/file.go` GetCredentialsStore: a configured helper replaces the
 * file store, whose `auths` entries then hold no secret). A helper that answers nothing lets the
 * search go on; one that does not answer within {@link HELPER_TIMEOUT_MS} is killed and ends the
 * run with a UsageError that names it (docker and podman stop on a failing helper too).
 */
export function findCredentials(host: string, repository = '', env: NodeJS.ProcessEnv = process.env): CredentialLookup {
  const searched: string[] = []
  for (const place of authFilePlaces(env)) {
    searched.push(`${place.path} (${place.via})`)
    const file = readAuthFile(place.path)
    if (!file) continue
    const hostKeys = credentialKeys(host)
    const helperKey = hostKeys.find((key) => file.credHelpers?.[key])
    const helper = helperKey ? file.credHelpers![helperKey] : file.credsStore
    if (helper) {
      const credentials = fromHelper(helper, hostKeys[0], env, place.path)
      if (credentials) return { credentials, from: `${place.path} (docker-credential-${helper})`, searched }
      continue
    }
    for (const key of entryKeys(host, repository, place.namespaced)) {
      const credentials = fromEntry(file.auths?.[key])
      if (credentials) return { credentials, from: `${place.path} (key ${key})`, searched }
    }
  }
  return { searched }
}

/** The credentials stored for `host` in the usual places (see {@link findCredentials}); undefined when there are none. */
export function fromDockerConfig(host: string, env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  return findCredentials(host, '', env).credentials
}

function readAuthFile(path: string): AuthFile | undefined {
  try {
    const parsed = JSON.parse(readRegularFileSync(path).toString('utf8')) as unknown
    return parsed && typeof parsed === 'object' ? (parsed as AuthFile) : undefined
  } catch {
    return undefined
  }
}

/** An `auths` entry: `auth` as base64 `user:password`, or `username`/`password`, or an `identitytoken` (az acr login). */
function fromEntry(entry: { auth?: string; username?: string; password?: string; identitytoken?: string } | undefined): Credentials | undefined {
  if (!entry) return undefined
  if (entry.identitytoken) return { ...userOf(entry), identityToken: entry.identitytoken }
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
  }
  if (entry.username && entry.password) return { username: entry.username, password: entry.password }
  return undefined
}

/** The user an `identitytoken` entry names (its `auth` or `username`), for messages; the token is what signs in. */
function userOf(entry: { auth?: string; username?: string }): { username: string; password: string } {
  const decoded = entry.auth ? Buffer.from(entry.auth, 'base64').toString('utf8') : ''
  const username = entry.username || decoded.slice(0, Math.max(0, decoded.indexOf(':'))) || '<token>'
  return { username, password: '' }
}

/**
 * Asks `docker-credential-<helper> get` for a server's credentials (the docker-credential-helpers
 * protocol: the server on stdin, `{"ServerURL","Username","Secret"}` on stdout, a non-zero exit for
 * "credentials not found"). Bounded by {@link HELPER_TIMEOUT_MS}, then killed.
 */
function fromHelper(helper: string, server: string, env: NodeJS.ProcessEnv, file: string): Credentials | undefined {
  if (!/^[A-Za-z0-9_.-]+$/.test(helper)) return undefined
  const command = `docker-credential-${helper}`
  const result = spawnSync(command, ['get'], { input: server, env, encoding: 'utf8', timeout: HELPER_TIMEOUT_MS, killSignal: 'SIGKILL' })
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
    throw new UsageError(
      `${command} (named in ${file}) did not answer for ${server} within ${HELPER_TIMEOUT_MS / 1000} s and was killed; fix the helper or remove it from that file`
    )
  }
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
