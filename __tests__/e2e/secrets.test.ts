import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestDigest, pushImage, randomLayer } from '../harness/fixtures'
import { startEchoingRegistry, type EchoingRegistry, type EchoingRegistryOptions } from '../harness/hostile'
import { startProxy, type TestProxy } from '../harness/proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { readJson, runActionMain, runCli } from './cli'

/** Every file under a directory, concatenated. */
async function allFiles(dir: string): Promise<string> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true })
  const texts = await Promise.all(names.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8')))
  return texts.join('\n')
}

/** A JWT (the token server issues them): three base64url parts, the first a JSON header. */
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/

/**
 * Credentials stay theirs: passwords and tokens never reach stdout, stderr, the report, the ledger;
 * `Authorization` never goes to a host other than the one it is for (redirects to storage).
 */
describe('secrets', () => {
  let basicSource: TestRegistry
  let tokenTarget: TestRegistry
  let redirecting: TestProxy
  let dir: string
  let digest: string

  beforeAll(async () => {
    ;[basicSource, tokenTarget] = await Promise.all([startRegistry({ auth: 'basic' }), startRegistry({ auth: 'token' })])
    digest = (await pushImage(basicSource, 'private/app', 'v1', { layers: [randomLayer(8192, 31), randomLayer(4096, 32)] })).digest
    redirecting = await startProxy(basicSource.url, { redirectBlobs: true, upstreamAuthorization: (repository) => basicSource.adminAuthorization(repository) })
    dir = await mkdtemp(join(tmpdir(), 'secrets-'))
  })

  afterAll(async () => {
    await Promise.allSettled([basicSource?.stop(), tokenTarget?.stop(), redirecting?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('never prints or writes a password or token, from options, environment or docker config', async () => {
    const out = join(dir, 'out')
    await mkdir(out)
    const dockerConfig = join(dir, 'docker')
    await mkdir(dockerConfig)
    const auth = Buffer.from(`${tokenTarget.username}:${tokenTarget.password}`).toString('base64')
    await writeFile(join(dockerConfig, 'config.json'), JSON.stringify({ auths: { [tokenTarget.host]: { auth } } }))

    const run = await runCli(
      [
        'sync',
        '--source',
        `${basicSource.host}/private`,
        '--target',
        `${tokenTarget.host}/mirror`,
        '--state-file',
        join(out, 'state.json'),
        '--report',
        join(out, 'report.json')
      ],
      { GCR_MIRROR_SOURCE_USERNAME: basicSource.username, GCR_MIRROR_SOURCE_PASSWORD: basicSource.password, DOCKER_CONFIG: dockerConfig, GCR_MIRROR_DEBUG: '1' }
    )
    expect(run.code, run.stderr).toBe(0)
    expect(await manifestDigest(tokenTarget, 'mirror/app', 'v1')).toBe(digest)
    expect(tokenTarget.tokenServer!.requests.some((r) => r.authorization)).toBe(true)

    const everything = [run.stdout, run.stderr, await allFiles(out)].join('\n')
    for (const secret of [basicSource.password!, tokenTarget.password!, auth]) expect(everything).not.toContain(secret)
    expect(everything).not.toMatch(JWT)
    expect(everything).not.toMatch(/Basic [A-Za-z0-9+/=]{8,}|Bearer \S+/)
  })

  it('keeps secrets out of failure messages too (wrong password)', async () => {
    const wrong = 'Wrong-Pa55word-XYZ'
    const report = join(dir, 'wrong.json')
    const run = await runCli(
      ['sync', '--source', `${basicSource.host}/private`, '--target', `${tokenTarget.host}/mirror2`, '--images', 'app', '--report', report],
      {
        GCR_MIRROR_SOURCE_USERNAME: basicSource.username,
        GCR_MIRROR_SOURCE_PASSWORD: wrong
      }
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('refused the credentials')
    expect(`${run.stdout}${run.stderr}`).not.toContain(wrong)
  })

  it('sends no Authorization to the storage host a registry redirects blob downloads to', async () => {
    const report = join(dir, 'redirect.json')
    const run = await runCli(['sync', '--source', `${redirecting.host}/private`, '--target', `${tokenTarget.host}/redirected`, '--report', report, '--quiet'], {
      GCR_MIRROR_SOURCE_USERNAME: basicSource.username,
      GCR_MIRROR_SOURCE_PASSWORD: basicSource.password,
      GCR_MIRROR_TARGET_USERNAME: tokenTarget.username,
      GCR_MIRROR_TARGET_PASSWORD: tokenTarget.password
    })
    expect(run.code, run.stderr).toBe(0)
    expect((await readJson(report)).copied).toBe(1)
    const storage = redirecting.storage!
    expect(storage.requests.length).toBeGreaterThanOrEqual(3)
    expect(storage.requests.filter((r) => r.authorization)).toEqual([])
    expect(redirecting.requests.some((r) => r.authorization)).toBe(true)
    expect(await manifestDigest(tokenTarget, 'redirected/app', 'v1')).toBe(digest)
  })

  describe('text a registry or token service echoes back', () => {
    const username = 'echo-user'
    const password = 'Echo-Pa55word-9f3k'
    const basic = Buffer.from(`${username}:${password}`).toString('base64')
    const credentials = { GCR_MIRROR_SOURCE_USERNAME: username, GCR_MIRROR_SOURCE_PASSWORD: password }
    const stands: EchoingRegistry[] = []
    const echoing = async (options: Omit<EchoingRegistryOptions, 'username' | 'password'>): Promise<EchoingRegistry> => {
      const stand = await startEchoingRegistry({ username, password, ...options })
      stands.push(stand)
      return stand
    }
    afterAll(async () => {
      await Promise.allSettled(stands.map((s) => s.stop()))
    })

    /** Runs the CLI from the stand-in into a fresh layout; returns everything it printed and wrote. */
    const mirror = async (stand: EchoingRegistry, name: string): Promise<{ code: number | null; stderr: string; everything: string }> => {
      const out = join(dir, name)
      await mkdir(out)
      const run = await runCli(
        [
          'sync',
          '--source',
          `${stand.host}/ns`,
          '--target',
          `oci:${join(out, 'layout')}`,
          '--state-file',
          join(out, 'state.json'),
          '--report',
          join(out, 'report.json')
        ],
        { ...credentials, GCR_MIRROR_DEBUG: '1' }
      )
      return { code: run.code, stderr: run.stderr, everything: [run.stdout, run.stderr, await allFiles(out)].join('\n') }
    }

    /** The password, its base64 `user:pass`, and each token the stand-in issued, appear nowhere. */
    const expectNoSecret = (everything: string, stand: EchoingRegistry): void => {
      for (const secret of [password, basic, encodeURIComponent(password), ...stand.issued]) expect(everything).not.toContain(secret)
      expect(everything).not.toMatch(/opaque-[0-9a-f]{24}/)
    }

    it('redacts 401 and 403 bodies that quote the Basic header and the password', async () => {
      const stand = await echoing({ scheme: 'basic', repositories: { a: 'echo-401', b: 'echo-403' } })
      const run = await mirror(stand, 'echo-basic')
      expect(run.everything).toContain('request carried Basic ***; user echo-user password ***')
      expect(stand.requests.some((r) => r.authorization === `Basic ${basic}`)).toBe(true)
      expectNoSecret(run.everything, stand)
    })

    it('redacts every bearer token issued: quoted by a later 401 and 403, and in a redirect URL to storage', async () => {
      const stand = await echoing({ scheme: 'bearer', repositories: { a: 'echo-401', b: 'echo-403', c: 'redirect-with-token' } })
      const run = await mirror(stand, 'echo-bearer')
      expect(run.code, run.stderr).toBe(1)
      // The second 401 came after a fresh token was asked for: at least two tokens issued, each hidden.
      expect(stand.issued.length).toBeGreaterThanOrEqual(2)
      expect(run.everything).toContain('signed URL expired')
      expect(run.everything).toMatch(/token=\*\*\*&X-Amz-Signature=\*\*\*/)
      expect(run.everything).toMatch(/token \*\*\*/)
      expectNoSecret(run.everything, stand)
    })

    it('never quotes a 200 token answer that is not JSON (it repeats the password and the Basic header)', async () => {
      const stand = await echoing({
        scheme: 'bearer',
        repositories: { a: 'echo-403' },
        tokenBody: (_issued, authorization) => `${password} is not the password of ${username} (${authorization})`
      })
      const run = await mirror(stand, 'echo-token-text')
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/token service .* answered 200 with a body that is not a JSON object/)
      expectNoSecret(run.everything, stand)
    })

    it('keeps the action log and job summary free of them too, masking each token in the runner', async () => {
      const stand = await echoing({ scheme: 'bearer', repositories: { a: 'echo-401', b: 'echo-403', c: 'redirect-with-token' } })
      const job = join(dir, 'action-job')
      const { log, summary } = await runActionMain(
        { source: `${stand.host}/ns`, target: `oci:${join(job, 'layout')}`, 'source-username': username, 'source-password': password },
        job
      )
      // The runner hides what `::add-mask::` names: every token issued is named there, and nothing else shows one.
      const masks = [...log.matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1])
      for (const token of stand.issued) expect(masks).toContain(token)
      const shown = log.replace(/^::add-mask::.*$/gm, '')
      expect(shown).toContain('request carried Bearer ***')
      expect(summary).toContain('<table>')
      expectNoSecret([shown, summary, await allFiles(join(job, 'temp'))].join('\n'), stand)
    })
  })
})
