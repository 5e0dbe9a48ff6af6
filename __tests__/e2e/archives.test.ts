import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasDockerd, startDockerd, type Dockerd } from '../harness/dockerd'
import { pushImage, type PushedImage } from '../harness/fixtures'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { tarLayer } from '../harness/tar-layer'
import { buildTar } from '../../src/layout/__tests__/tar-builder'
import { TarIndex } from '../../src/layout/tar-index'
import { readJson, runCli } from './cli'

const exec = promisify(execFile)
const run = async (command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> =>
  (await exec(command, args, { maxBuffer: 1 << 26, env })).stdout
const DOCKER_V2 = 'application/vnd.docker.distribution.manifest.v2+json'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

interface Manifest {
  mediaType: string
  config: { digest: string }
  layers: Array<{ digest: string; mediaType: string }>
}

/**
 * `oci-archive:FILE` and `docker-archive:FILE` sources with archives the real tools write in the
 * test (podman save in both formats, skopeo copy to both transports, docker save from a private
 * daemon), mirrored into a real registry and read back with skopeo; malformed archives refused with
 * one line before any copy; and `--format oci` making an oci: target that podman, buildah and umoci read.
 */
describe('image archives as sources', () => {
  let source: TestRegistry
  let target: TestRegistry
  let dir: string
  let image: PushedImage
  /** podman and buildah on storage of their own (vfs: no kernel overlay needed), never the machine's. */
  let storage: string[]
  const archives: Record<string, string> = {}
  const path = (name: string): string => join(dir, name)
  /** One run; a fresh state file unless `state` names one (a rerun). */
  const sync = (sourceSpec: string, targetSpec: string, extra: string[] = [], state = `state-${Math.random()}.json`): ReturnType<typeof runCli> =>
    runCli(['sync', '--source', sourceSpec, '--target', targetSpec, '--state-file', path(state), '--report', path('report.json'), ...extra])
  const readBack = async (reference: string): Promise<Manifest> => {
    const raw = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`])
    // A full pull into a directory: every blob the manifest names is served and matches its digest.
    await run('skopeo', ['copy', '--src-tls-verify=false', `docker://${reference}`, `dir:${path(`pulled-${Math.random()}`)}`])
    return JSON.parse(raw) as Manifest
  }

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    // Lowercase: podman names an image pulled from oci:PATH after its path, and refuses capitals.
    dir = join(tmpdir(), `archives-${randomBytes(6).toString('hex')}`)
    await mkdir(dir)
    storage = ['--root', path('storage'), '--runroot', path('run'), '--storage-driver', 'vfs']
    image = await pushImage(source, 'team/app', 'v1', { layers: [tarLayer('hello.txt', Buffer.from('hello from an archive\n'))], mediaType: 'docker' })
    const from = `docker://${source.host}/team/app:v1`
    await run('skopeo', ['copy', '--src-tls-verify=false', from, `oci-archive:${path('skopeo-oci.tar')}:team/app:v1`])
    await run('skopeo', ['copy', '--src-tls-verify=false', from, `docker-archive:${path('skopeo-docker.tar')}:team/app:v1`])
    await run('podman', [...storage, 'pull', '-q', '--tls-verify=false', `${source.host}/team/app:v1`])
    await run('podman', [...storage, 'save', '--format', 'oci-archive', '-o', path('podman-oci.tar'), `${source.host}/team/app:v1`])
    await run('podman', [...storage, 'save', '--format', 'docker-archive', '-o', path('podman-docker.tar'), `${source.host}/team/app:v1`])
    Object.assign(archives, {
      'skopeo-oci': path('skopeo-oci.tar'),
      'skopeo-docker': path('skopeo-docker.tar'),
      'podman-oci': path('podman-oci.tar'),
      'podman-docker': path('podman-docker.tar')
    })
  }, 120_000)
  afterAll(async () => {
    await Promise.all([source?.stop(), target?.stop()])
    await rm(dir, { recursive: true, force: true })
  })

  /** The manifest an OCI archive's index.json lists first, as stored in the archive. */
  const archivedManifest = async (file: string): Promise<{ digest: string; bytes: Buffer }> => {
    const tar = await TarIndex.open(file, file)
    const { digest } = (JSON.parse((await tar.read('index.json', 1 << 20)).toString()) as { manifests: Array<{ digest: string }> }).manifests[0]
    return { digest, bytes: await tar.read(`blobs/sha256/${digest.slice(7)}`, 1 << 20) }
  }

  it.each(['skopeo-oci', 'podman-oci'])('mirrors the %s archive into a registry with the archive digest kept', async (name) => {
    const result = await sync(`oci-archive:${archives[name]}`, `${target.host}/${name}`)
    expect(result.code, result.stderr).toBe(0)
    const archived = await archivedManifest(archives[name])
    const report = await readJson<{ images: Array<{ source: string; status: string; digest: string }> }>(path('report.json'))
    expect(report.images).toMatchObject([{ status: 'copied', digest: archived.digest }])
    const manifest = await readBack(`${target.host}/${name}/team/app:v1`)
    expect(manifest.mediaType).toBe(OCI_MANIFEST)
    // Byte for byte: the target serves the archive's own manifest (skopeo and podman wrote it when converting to OCI).
    const raw = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${target.host}/${name}/team/app:v1`])
    expect(raw).toBe(archived.bytes.toString())
  })

  it.each(['skopeo-docker', 'podman-docker'])('mirrors the %s archive as a Docker v2 image: config and layers as stored, a new manifest', async (name) => {
    const result = await sync(`docker-archive:${archives[name]}`, `${target.host}/${name}`, [], `state-${name}.json`)
    expect(result.code, result.stderr).toBe(0)
    const manifest = await readBack(`${target.host}/${name}/team/app:v1`)
    expect(manifest.mediaType).toBe(DOCKER_V2)
    expect(manifest.config.digest).toBe(image.blobs[0])
    // The layer was pushed uncompressed: stored so in the archive, so the same digest (its diff_id).
    expect(manifest.layers).toEqual([expect.objectContaining({ digest: image.blobs[1], mediaType: 'application/vnd.docker.image.rootfs.diff.tar' })])
    // The built manifest is the same on every read: a rerun finds the tag in the ledger.
    const rerun = await sync(`docker-archive:${archives[name]}`, `${target.host}/${name}`, [], `state-${name}.json`)
    expect(rerun.code, rerun.stderr).toBe(0)
    const report = await readJson<{ images: Array<{ status: string }> }>(path('report.json'))
    expect(report.images).toMatchObject([{ status: 'skipped' }])
  })

  describe('docker save from a daemon', () => {
    let dockerd: Dockerd | undefined
    beforeAll(async () => {
      if (!hasDockerd()) return
      dockerd = await startDockerd()
      const env = { ...process.env, DOCKER_HOST: dockerd.host }
      await run('docker', ['pull', '-q', `${source.host}/team/app:v1`], env)
      await run('docker', ['save', '-o', path('docker-save.tar'), `${source.host}/team/app:v1`], env)
    }, 120_000)
    afterAll(async () => {
      await dockerd?.stop()
    })

    it.skipIf(!hasDockerd())(
      'reads a docker save archive as docker-archive:, and (from Docker 25, which writes one) its OCI layout as oci-archive:',
      async () => {
        const tar = await TarIndex.open(path('docker-save.tar'), 'docker save')
        const docker = await sync(`docker-archive:${path('docker-save.tar')}`, `${target.host}/docker-save`)
        expect(docker.code, docker.stderr).toBe(0)
        const manifest = await readBack(`${target.host}/docker-save/team/app:v1`)
        expect(manifest.config.digest).toBe(image.blobs[0])
        // Debian's dockerd 20.10 writes the legacy format only (the Docker 25+ one is in the unit tests).
        if (!tar.member('index.json')) return
        const oci = await sync(`oci-archive:${path('docker-save.tar')}`, `${target.host}/docker-save-oci`)
        expect(oci.code, oci.stderr).toBe(0)
        const entry = await readBack(`${target.host}/docker-save-oci/team/app:v1`)
        expect(entry.config.digest).toBe(image.blobs[0])
      }
    )
  })

  describe('a malformed archive is refused with one line naming the file, exit 2, before any copy', () => {
    const refused = async (spec: string, message: RegExp, extra: string[] = []): Promise<void> => {
      const result = await sync(spec, `${target.host}/refused`, extra)
      expect(result.code, result.stderr).toBe(2)
      const lines = result.stderr.trim().split('\n')
      expect(lines, result.stderr).toHaveLength(1)
      expect(lines[0]).toMatch(message)
      const catalog = (await (await fetch(`${target.url}/v2/_catalog`)).json()) as { repositories: string[] }
      expect(catalog.repositories.filter((name) => name.startsWith('refused'))).toEqual([])
    }

    it('not a tar', async () => {
      await writeFile(path('notes.tar'), 'just some text\n'.repeat(64))
      await refused(`oci-archive:${path('notes.tar')}`, /oci-archive:.*notes.tar: is not a tar archive/)
      // Also when --images names the images, so nothing is listed first.
      await refused(`oci-archive:${path('notes.tar')}`, /oci-archive:.*notes.tar: is not a tar archive/, ['--images', 'team/app'])
    })

    it('truncated', async () => {
      const whole = await readFile(archives['podman-oci'])
      await writeFile(path('cut.tar'), whole.subarray(0, Math.floor(whole.length / 2)))
      await refused(`oci-archive:${path('cut.tar')}`, /oci-archive:.*cut.tar: truncated \(.*; the file has \d+ bytes\)/)
    })

    it('missing index.json or manifest.json (the other format given)', async () => {
      await refused(
        `oci-archive:${archives['podman-docker']}`,
        /podman-docker.tar: holds no index.json, so it is not an OCI archive \(it holds a manifest.json: read a docker save archive with docker-archive:\)/
      )
      await refused(`docker-archive:${archives['podman-oci']}`, /podman-oci.tar: holds no manifest.json, so it is not a docker save archive/)
    })

    it('a member path escaping the archive', async () => {
      await writeFile(
        path('escape.tar'),
        buildTar([
          { name: '../../etc/cron.d/job', data: 'x' },
          { name: 'index.json', data: '{}' }
        ])
      )
      await refused(`oci-archive:${path('escape.tar')}`, /escape.tar: member "..\/..\/etc\/cron.d\/job" lies outside the archive/)
    })

    it('a blob whose digest does not match', async () => {
      const bytes = await readFile(archives['podman-docker'])
      const tar = await TarIndex.open(archives['podman-docker'], 'x')
      const layer = tar.names().find((name) => name.endsWith('.tar'))!
      bytes[tar.member(layer)!.offset + 600] ^= 0xff
      await writeFile(path('damaged.tar'), bytes)
      await refused(
        `docker-archive:${path('damaged.tar')}`,
        /damaged.tar: [0-9a-f]{64}.tar does not match its digest \(its bytes hash to sha256:[0-9a-f]{64}\)/
      )
    })
  })

  describe('an oci: target podman, buildah and umoci read', () => {
    const layout = (): string => path('layout-for-podman')

    it('without --format oci, a Docker-typed entry is "no descriptor found" for podman (what --format oci is for)', async () => {
      const plain = path('layout-docker-typed')
      const result = await sync(`docker-archive:${archives['podman-docker']}`, `oci:${plain}`)
      expect(result.code, result.stderr).toBe(0)
      const failed = await run('podman', [...storage, 'pull', '-q', `oci:${plain}:team/app:v1`]).then(
        () => '',
        (error: { stderr: string }) => error.stderr
      )
      expect(failed).toMatch(/no descriptor found for reference "team\/app:v1"/)
    })

    it('with --format oci every entry is OCI-typed (a new digest, reported as targetDigest) and the three tools use it', async () => {
      const result = await sync(`docker-archive:${archives['podman-docker']}`, `oci:${layout()}`, ['--format', 'oci'])
      expect(result.code, result.stderr).toBe(0)
      const report = await readJson<{ images: Array<{ digest: string; targetDigest?: string }> }>(path('report.json'))
      const index = await readJson<{ manifests: Array<{ mediaType: string; digest: string }> }>(join(layout(), 'index.json'))
      expect(index.manifests).toEqual([expect.objectContaining({ mediaType: OCI_MANIFEST, digest: report.images[0].targetDigest })])
      expect(report.images[0].targetDigest).not.toBe(report.images[0].digest)
      const pulled = await run('podman', [...storage, 'pull', '-q', `oci:${layout()}:team/app:v1`])
      expect(pulled.trim()).toBe(image.blobs[0].slice(7))
      const container = (await run('buildah', [...storage, 'from', `oci:${layout()}:team/app:v1`])).trim()
      expect(container).toMatch(/-working-container$/)
      expect((await run('buildah', [...storage, 'inspect', '--format', '{{.FromImageID}}', container])).trim()).toBe(image.blobs[0].slice(7))
      await run('buildah', [...storage, 'rm', container])
      expect(await run('umoci', ['ls', '--layout', layout()])).toBe('team/app:v1\n')
      await run('umoci', ['unpack', '--rootless', '--image', `${layout()}:team/app:v1`, path('bundle')])
      expect(await readFile(join(path('bundle'), 'rootfs', 'hello.txt'), 'utf8')).toBe('hello from an archive\n')
    })
  })
})
