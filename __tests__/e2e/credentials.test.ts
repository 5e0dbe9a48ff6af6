import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, randomLayer } from '../harness/fixtures'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { runCli } from './cli'

/** `podman login` as a user runs it, writing `file` (for `key`: a host, or a host and namespace). */
function podmanLogin(file: string, key: string, username: string, password: string): void {
  execFileSync('podman', ['login', '--authfile', file, '--tls-verify=false', '--username', username, '--password-stdin', key], {
    input: password,
    stdio: ['pipe', 'ignore', 'pipe'],
    // podman wants a runtime directory of its own; the user's is left alone.
    env: { ...process.env, XDG_RUNTIME_DIR: mkdtempSync(join(tmpdir(), 'podman-run-')) }
  })
}

/** A `docker-credential-NAME` script in a fresh folder, for PATH. */
function helperDir(name: string, body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'helper-'))
  const script = join(dir, `docker-credential-${name}`)
  writeFileSync(script, `#!/bin/sh\nread server\n${body}\n`)
  chmodSync(script, 0o755)
  return dir
}

/** A Docker config folder whose `config.json` names `helper` for `host`. */
function dockerConfig(host: string, helper: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'docker-config-'))
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ credHelpers: { [host]: helper } }))
  return dir
}

/**
 * Credentials where users have them: the file `podman login` writes (per-namespace keys included),
 * a docker credential helper that answers by the protocol, one that hangs, and none at all.
 */
describe('credentials from podman and docker helpers', () => {
  let source: TestRegistry
  let target: TestRegistry
  let digest: string
  const home = mkdtempSync(join(tmpdir(), 'creds-home-'))

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry({ auth: 'basic' }), startRegistry({ auth: 'basic' })])
    digest = (await pushImage(source, 'team/app', 'v1', { layers: [randomLayer(2048, 7)] })).digest
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop()])
  })

  it('reads the auth.json podman wrote: the namespace key wins over the host key', async () => {
    const authFile = join(home, 'auth.json')
    podmanLogin(authFile, `${source.host}/team`, source.username!, source.password!)
    podmanLogin(authFile, target.host, target.username!, target.password!)
    const written = JSON.parse(readFileSync(authFile, 'utf8')) as { auths: Record<string, { auth: string }> }
    expect(Object.keys(written.auths).sort()).toEqual([`${source.host}/team`, target.host].sort())
    // An older login for the whole host, with a password since changed (podman checks a login, so it is written by hand).
    written.auths[source.host] = { auth: Buffer.from(`${source.username}:an-old-password`).toString('base64') }
    writeFileSync(authFile, JSON.stringify(written))
    const run = await runCli(['sync', '--source', `${source.host}/team`, '--images', 'app', '--target', `${target.host}/mirror`, '--quiet'], {
      HOME: home,
      REGISTRY_AUTH_FILE: authFile
    })
    expect(run.code, run.stderr).toBe(0)
    expect(await manifestDigest(target, 'mirror/app', 'v1')).toBe(digest)
  })

  it('finds ~/.config/containers/auth.json without any variable', async () => {
    const configHome = mkdtempSync(join(tmpdir(), 'xdg-config-'))
    mkdirSync(join(configHome, 'containers'))
    const authFile = join(configHome, 'containers', 'auth.json')
    podmanLogin(authFile, source.host, source.username!, source.password!)
    podmanLogin(authFile, target.host, target.username!, target.password!)
    const run = await runCli(['sync', '--source', `${source.host}/team`, '--images', 'app', '--target', `${target.host}/home`, '--quiet'], {
      HOME: home,
      XDG_CONFIG_HOME: configHome
    })
    expect(run.code, run.stderr).toBe(0)
    expect(await manifestDigest(target, 'home/app', 'v1')).toBe(digest)
  })

  it('asks a credential helper by the docker-credential protocol', async () => {
    const answer = (registry: TestRegistry): string =>
      `[ "$server" = "${registry.host}" ] && echo '{"ServerURL":"${registry.host}","Username":"${registry.username}","Secret":"${registry.password}"}' && exit 0`
    const bin = helperDir('harness', `${answer(source)}\n${answer(target)}\necho "credentials not found in native keychain"; exit 1`)
    const config = mkdtempSync(join(tmpdir(), 'docker-config-'))
    writeFileSync(join(config, 'config.json'), JSON.stringify({ credsStore: 'harness', auths: { [source.host]: {}, [target.host]: {} } }))
    const run = await runCli(['sync', '--source', `${source.host}/team`, '--images', 'app', '--target', `${target.host}/helper`, '--quiet'], {
      HOME: home,
      DOCKER_CONFIG: config,
      PATH: `${bin}:${process.env.PATH}`
    })
    expect(run.code, run.stderr).toBe(0)
    expect(await manifestDigest(target, 'helper/app', 'v1')).toBe(digest)
  })

  it('kills a helper that hangs after 5 s and names it in one line', async () => {
    const bin = helperDir('hang', 'sleep 60')
    const config = dockerConfig(source.host, 'hang')
    const started = Date.now()
    const run = await runCli(['sync', '--source', `${source.host}/team`, '--images', 'app', '--target', `${target.host}/hang`, '--quiet'], {
      HOME: home,
      DOCKER_CONFIG: config,
      PATH: `${bin}:${process.env.PATH}`
    })
    expect(Date.now() - started).toBeLessThan(9000)
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual([
      `gcr-mirror: docker-credential-hang (named in ${config}/config.json) did not answer for ${source.host} within 5 s and was killed; fix the helper or remove it from that file`
    ])
  })

  it('says where credentials were looked for when a registry wanted some and none were found', async () => {
    const runtime = mkdtempSync(join(tmpdir(), 'run-'))
    const run = await runCli(['sync', '--source', `${source.host}/team`, '--images', 'app', '--target', `${target.host}/none`, '--quiet'], {
      HOME: home,
      XDG_RUNTIME_DIR: runtime
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      `no credentials for ${source.host} were found (looked in --source-username/--source-password, GCR_MIRROR_SOURCE_USERNAME/_PASSWORD, ` +
        `${runtime}/containers/auth.json ($XDG_RUNTIME_DIR), /nonexistent/containers/auth.json ($XDG_CONFIG_HOME), /nonexistent/config.json ($DOCKER_CONFIG)): ` +
        `pass them, or run podman login or docker login ${source.host}`
    )
  })
})
