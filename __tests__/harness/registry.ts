import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { get as httpsGet } from 'node:https'
import { freePort } from './ports'
import { startTokenServer, type TokenServer } from './token-server'

/** How a test registry authenticates. */
export type RegistryAuth = 'none' | 'basic' | 'token'

/** A running reference registry (Debian's `docker-registry`, distribution 2.8). */
export interface TestRegistry {
  /** `127.0.0.1:PORT`. */
  host: string
  /** `http://127.0.0.1:PORT`. */
  url: string
  /** Filesystem storage root (tests may damage blobs under `docker/registry/v2/blobs`). */
  dataDir: string
  auth: RegistryAuth
  username?: string
  password?: string
  /** Present with `auth: 'token'`. */
  tokenServer?: TokenServer
  /** The `Authorization` value the harness uses to read and write `repository` (undefined when open). */
  adminAuthorization(repository: string): string | undefined
  stop(): Promise<void>
}

const READY_TIMEOUT_MS = 15_000
const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

function config(dataDir: string, port: number, auth: string, schema1: boolean, deletes: boolean, tls?: { certificate: string; key: string }): string {
  const tlsConfig = tls ? `, tls: {certificate: ${tls.certificate}, key: ${tls.key}}` : ''
  return [
    // distribution 2.8 refuses schema 1 pushes unless told otherwise (500, "manifest schema v1 unsupported" in its log).
    ...(schema1 ? ['compatibility: {schema1: {enabled: true}}'] : []),
    'version: 0.1',
    'log: {level: error, accesslog: {disabled: true}}',
    `storage: {filesystem: {rootdirectory: ${dataDir}}, delete: {enabled: ${deletes}}, maintenance: {uploadpurging: {enabled: false}}}`,
    `http: {addr: "127.0.0.1:${port}", secret: "${randomBytes(16).toString('hex')}"${tlsConfig}}`,
    auth
  ].join('\n')
}

/** Serve HTTPS (docker-registry's `http.tls`) under `hostName`, a name that resolves to 127.0.0.1 (see __tests__/e2e/proxy.test.ts). */
export interface RegistryTls {
  cert: Buffer
  key: Buffer
  hostName: string
}

/**
 * Starts a registry on a free loopback port with temporary storage: open, behind htpasswd basic
 * auth, or behind token auth with a token server of the harness (anonymous pull, push with the
 * password). With `schema1`, it accepts Docker schema 1 manifests (`compatibility.schema1.enabled`),
 * as old registries and Quay do. Manifest deletion (`storage.delete.enabled`) is on unless
 * `deletes: false` (then DELETE answers 405). Resolves once `/v2/` answers; `stop()` kills it and removes its files.
 */
export async function startRegistry(
  options: { auth?: RegistryAuth; username?: string; password?: string; schema1?: boolean; deletes?: boolean; tls?: RegistryTls } = {}
): Promise<TestRegistry> {
  const auth = options.auth ?? 'none'
  const dir = await mkdtemp(join(tmpdir(), 'registry-'))
  const dataDir = join(dir, 'data')
  const username = auth === 'none' ? undefined : (options.username ?? 'mirror-user')
  const password = auth === 'none' ? undefined : (options.password ?? `pw-${randomBytes(12).toString('hex')}`)
  let tokenServer: TokenServer | undefined
  let authConfig = ''
  if (auth === 'basic') {
    const htpasswd = join(dir, 'htpasswd')
    await writeFile(htpasswd, execFileSync('htpasswd', ['-Bbn', username!, password!]))
    authConfig = `auth: {htpasswd: {realm: gcr-mirror-test, path: ${htpasswd}}}`
  } else if (auth === 'token') {
    tokenServer = await startTokenServer(username!, password!)
    authConfig = `auth: {token: {realm: "${tokenServer.realm}", service: ${tokenServer.service}, issuer: ${tokenServer.issuer}, rootcertbundle: ${tokenServer.certPath}}}`
  }

  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const configPath = join(dir, 'config.yml')
    let tls: { certificate: string; key: string } | undefined
    if (options.tls) {
      tls = { certificate: join(dir, 'server.pem'), key: join(dir, 'server.key') }
      await writeFile(tls.certificate, options.tls.cert)
      await writeFile(tls.key, options.tls.key)
    }
    await writeFile(configPath, config(dataDir, port, authConfig, options.schema1 ?? false, options.deletes ?? true, tls))
    // Logs go to a file: a pipe nobody reads while the parent blocks (spawnSync) would stall the registry.
    const logPath = join(dir, `registry-${attempt}.log`)
    const log = openSync(logPath, 'a')
    const child = spawn('docker-registry', ['serve', configPath], { stdio: ['ignore', log, log] })
    closeSync(log)
    running.add(child)
    const host = options.tls ? `${options.tls.hostName}:${port}` : `127.0.0.1:${port}`
    const url = options.tls ? `https://${host}` : `http://${host}`
    if (await ready(options.tls ? `https://127.0.0.1:${port}` : url, child)) {
      const stop = async (): Promise<void> => {
        running.delete(child)
        if (child.exitCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve))
          child.kill('SIGTERM')
          await Promise.race([exited, sleep(3000)])
          child.kill('SIGKILL')
        }
        await tokenServer?.stop()
        await rm(dir, { recursive: true, force: true })
      }
      const adminAuthorization = (repository: string): string | undefined => {
        if (auth === 'basic') return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
        if (auth === 'token') return `Bearer ${tokenServer!.issue([`repository:${repository}:pull,push,delete`, 'registry:catalog:*'])}`
        return undefined
      }
      return { host, url, dataDir, auth, username, password, tokenServer, adminAuthorization, stop }
    }
    running.delete(child)
    child.kill('SIGKILL')
    if (attempt >= 3) throw new Error(`docker-registry did not start: ${readFileSync(logPath, 'utf8').trim().split('\n').pop()}`)
  }
}

async function ready(url: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const status = url.startsWith('https:') ? await httpsStatus(`${url}/v2/`) : (await fetch(`${url}/v2/`)).status
      if (status === 200 || status === 401) return true
    } catch {
      // not listening yet
    }
    await sleep(50)
  }
  return false
}

/** The status of a GET over HTTPS, any certificate accepted (the probe only asks whether the registry answers; not undici: importing it would replace the global fetch's dispatcher). */
function httpsStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpsGet(url, { rejectUnauthorized: false }, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    }).on('error', reject)
  })
}
