/**
 * The body of try-local.sh, in plain Node (no npm package, no TypeScript, no network): writes a small
 * namespace as an OCI image layout (nested repositories, an OCI index for two platforms, a Docker
 * manifest list, single images of both media types), starts two throw-away registries (Debian's
 * `docker-registry`), loads the namespace into the first with `node dist/cli.js sync --source oci:...`,
 * then mirrors it into the second twice, as a user would: the second run copies nothing.
 */
/* global Buffer, console, fetch, process -- Node's globals (plain Node, no TypeScript) */
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { gzipSync } from 'node:zlib'

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js')
const OCI = {
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  index: 'application/vnd.oci.image.index.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar+gzip'
}
const DOCKER = {
  manifest: 'application/vnd.docker.distribution.manifest.v2+json',
  index: 'application/vnd.docker.distribution.manifest.list.v2+json',
  config: 'application/vnd.docker.container.image.v1+json',
  layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip'
}

/** A tar archive holding one file (ustar), so every layer is one a container runtime could unpack. */
function tar(name, content) {
  const header = Buffer.alloc(512)
  const field = (text, offset, length) => header.write(text.slice(0, length), offset, 'latin1')
  const octal = (value, length) => `${value.toString(8).padStart(length - 1, '0')}\0`
  field(name, 0, 100)
  field(octal(0o644, 8), 100, 8)
  field(octal(0, 8), 108, 8)
  field(octal(0, 8), 116, 8)
  field(octal(content.length, 12), 124, 12)
  field(octal(0, 12), 136, 12)
  field('        ', 148, 8)
  field('0', 156, 1)
  field('ustar\0', 257, 6)
  field('00', 263, 2)
  field(
    `${header
      .reduce((sum, byte) => sum + byte, 0)
      .toString(8)
      .padStart(6, '0')}\0 `,
    148,
    8
  )
  return Buffer.concat([header, content, Buffer.alloc((512 - (content.length % 512)) % 512), Buffer.alloc(1024)])
}

/** An OCI image layout being written: blobs by digest, and the index entries named REPOSITORY:TAG. */
class Layout {
  constructor(dir) {
    this.dir = dir
    this.entries = []
  }

  async blob(bytes) {
    const hex = createHash('sha256').update(bytes).digest('hex')
    await writeFile(join(this.dir, 'blobs', 'sha256', hex), bytes)
    return { digest: `sha256:${hex}`, size: bytes.length }
  }

  async json(mediaType, value) {
    return { mediaType, ...(await this.blob(Buffer.from(JSON.stringify(value)))) }
  }

  /** One platform's image: a layer with a file naming it, a config, a manifest. */
  async image(types, name, platform) {
    const file = Buffer.from(`${name} for ${platform.os}/${platform.architecture}\n${randomBytes(64 * 1024).toString('base64')}\n`)
    const layer = gzipSync(tar('hello.txt', file))
    const diffId = `sha256:${createHash('sha256').update(tar('hello.txt', file)).digest('hex')}`
    const config = await this.json(types.config, { ...platform, rootfs: { type: 'layers', diff_ids: [diffId] }, config: { Cmd: ['cat', '/hello.txt'] } })
    return this.json(types.manifest, { schemaVersion: 2, mediaType: types.manifest, config, layers: [{ mediaType: types.layer, ...(await this.blob(layer)) }] })
  }

  async tag(reference, descriptor) {
    this.entries.push({ ...descriptor, annotations: { 'org.opencontainers.image.ref.name': reference } })
  }

  async save() {
    await writeFile(join(this.dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
    await writeFile(join(this.dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: OCI.index, manifests: this.entries }))
  }
}

/** A small namespace: 3 repositories (one nested), 7 tags, OCI and Docker media types, two multi-platform tags. */
async function writeNamespace(dir) {
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true })
  const layout = new Layout(dir)
  const amd64 = { os: 'linux', architecture: 'amd64' }
  const arm64 = { os: 'linux', architecture: 'arm64', variant: 'v8' }
  const multi = async (types, name) => {
    const manifests = [await layout.image(types, name, amd64), await layout.image(types, name, arm64)]
    return layout.json(types.index, {
      schemaVersion: 2,
      mediaType: types.index,
      manifests: manifests.map((m, i) => ({ ...m, platform: [amd64, arm64][i] }))
    })
  }
  for (const tag of ['v1.0.0', 'v1.1.0', 'latest']) await layout.tag(`app:${tag}`, await layout.image(OCI, `app:${tag}`, amd64))
  await layout.tag('team/api:v2.0.0', await multi(OCI, 'team/api:v2.0.0'))
  await layout.tag('team/api:v2.1.0', await multi(DOCKER, 'team/api:v2.1.0'))
  for (const tag of ['3.9', '3.10']) await layout.tag(`tools/pause:${tag}`, await layout.image(DOCKER, `tools/pause:${tag}`, amd64))
  await layout.save()
  return layout.entries.length
}

async function freePort() {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address()
  server.close()
  await once(server, 'close')
  return port
}

/** Starts Debian's docker-registry on a free loopback port with storage in `dir`; resolves once /v2/ answers. */
async function startRegistry(dir) {
  await mkdir(dir, { recursive: true })
  const port = await freePort()
  const config = join(dir, 'config.yml')
  await writeFile(
    config,
    [
      'version: 0.1',
      'log: {level: error, accesslog: {disabled: true}}',
      `storage: {filesystem: {rootdirectory: ${join(dir, 'data')}}}`,
      `http: {addr: "127.0.0.1:${port}", secret: "${randomBytes(16).toString('hex')}"}`
    ].join('\n')
  )
  const child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' })
  const host = `127.0.0.1:${port}`
  for (const deadline = Date.now() + 15_000; Date.now() < deadline && child.exitCode === null; await sleep(100)) {
    try {
      if ((await fetch(`http://${host}/v2/`)).ok) return { host, stop: () => child.kill('SIGTERM') }
    } catch {
      // not listening yet
    }
  }
  child.kill('SIGKILL')
  throw new Error(`docker-registry did not start on ${host}`)
}

async function cli(args, { show = true } = {}) {
  if (show) console.log(`$ node dist/cli.js ${args.join(' ')}`)
  const child = spawn(process.execPath, [CLI, ...args], { stdio: show ? 'inherit' : ['ignore', 'ignore', 'inherit'] })
  const [code] = await once(child, 'close')
  if (code !== 0) throw new Error(`node dist/cli.js ${args[0]} exited ${code}`)
}

const dir = await mkdtemp(join(tmpdir(), 'gcr-mirror-try-'))
const registries = []
try {
  const layout = join(dir, 'namespace')
  const tags = await writeNamespace(layout)
  registries.push(await startRegistry(join(dir, 'source')), await startRegistry(join(dir, 'target')))
  const [source, target] = registries
  await cli(['sync', '--source', `oci:${layout}`, '--target', `${source.host}/corp`, '--quiet'], { show: false })
  console.log(`source registry ${source.host} holds ${tags} tags under corp/ (app, team/api, tools/pause), target registry ${target.host} is empty`)
  const args = [
    'sync',
    '--source',
    `${source.host}/corp`,
    '--target',
    `${target.host}/mirror`,
    '--state-file',
    join(dir, 'state.json'),
    '--report',
    join(dir, 'report.json')
  ]
  for (const round of ['first run: copies everything', 'second run: nothing changed, nothing copied']) {
    console.log(`\n# ${round}`)
    await cli(args)
  }
  console.log(`\nreport: ${join(dir, 'report.json')}   ledger: ${join(dir, 'state.json')}`)
} finally {
  for (const registry of registries) registry.stop()
  await sleep(200)
  await Promise.all(['namespace', 'source', 'target'].map((name) => rm(join(dir, name), { recursive: true, force: true })))
}
