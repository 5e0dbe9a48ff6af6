import { describe, expect, it } from 'vitest'
import { UsageError } from '../../../oci/errors'
import type { RawSyncOptions } from '../option-table'
import { parseListOptions, parseSyncOptions } from '../options'
import { splitList } from '../option-parsers'
import { parseEndpoint } from '../endpoint'

const base: RawSyncOptions = { source: '127.0.0.1:5001/corp', target: '127.0.0.1:5002/mirror' }
const parse = (extra: RawSyncOptions, env: NodeJS.ProcessEnv = {}) => parseSyncOptions({ ...base, ...extra }, env)

describe('parseSyncOptions: good input', () => {
  it('applies the documented defaults', () => {
    const options = parse({})
    expect(options).toMatchObject({
      concurrency: 16,
      blobConcurrency: 16,
      headConcurrency: 64,
      engine: 'registry',
      flatten: 'auto',
      separator: '_',
      dryRun: false,
      excludePrerelease: false,
      images: [],
      tagTimeoutMs: 1_800_000,
      verify: 'sample'
    })
    expect(parse({ verify: ' full ' }).verify).toBe('full')
    expect(options.latest).toBeUndefined()
    expect(options.sourceCredentials).toBeUndefined()
  })
  it('reads lists given with commas, newlines or repeats', () => {
    expect(parse({ images: ['a, b/c', 'd\ne'] }).images).toEqual(['a', 'b/c', 'd', 'e'])
    expect(splitList('x,\n y ,,')).toEqual(['x', 'y'])
  })
  it('keeps commas inside tag regexes', () => expect(parse({ includeTags: ['^v\\d{1,2}$'] }).includeTags[0].test('v12')).toBe(true))
  it('parses numbers, booleans, durations and shards', () => {
    expect(parse({ latest: '3', concurrency: 2, dryRun: 'true', maxDuration: '1h30m', shard: '2/4' })).toMatchObject({
      latest: 3,
      concurrency: 2,
      dryRun: true,
      maxDurationMs: 5_400_000,
      shard: { index: 2, count: 4 }
    })
  })
  it('parses platforms (commas or repeats), empty by default', () => {
    expect(parse({}).platforms).toEqual([])
    expect(parse({ platforms: ['linux/amd64, linux/arm64', 'linux/arm/v7'] }).platforms).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
      { os: 'linux', architecture: 'arm', variant: 'v7' }
    ])
  })
  it('takes credentials from the environment when not given', () => {
    const env = { GCR_MIRROR_TARGET_USERNAME: 'bob', GCR_MIRROR_TARGET_PASSWORD: 'pw' }
    expect(parse({}, env).targetCredentials).toEqual({ username: 'bob', password: 'pw' })
    expect(parse({ targetUsername: 'al', targetPassword: 'x' }, env).targetCredentials).toEqual({ username: 'al', password: 'x' })
  })
  it('lowercases a namespace given with capitals (github.repository_owner), with a notice', () => {
    expect(parse({ target: 'ghcr.io/MyOrg/Mirror' }).target).toEqual({
      kind: 'registry',
      registry: 'ghcr.io',
      namespace: 'myorg/mirror',
      display: 'ghcr.io/myorg/mirror',
      notice: 'target namespace "MyOrg/Mirror" lowercased to "myorg/mirror": registry paths are lowercase'
    })
    expect(parse({ target: 'MyUser' }).target).toMatchObject({ display: 'docker.io/myuser' })
    expect(parse({}).target).not.toHaveProperty('notice')
  })
  it.each(['gcr.io/google-containers', 'registry.k8s.io', 'quay.io/coreos', 'localhost:5000/a/b', 'oci:./mirror', 'user'])(
    'accepts endpoint %s',
    (endpoint) => {
      expect(parse({ target: endpoint }).target).toEqual(parseEndpoint(endpoint, 'target'))
    }
  )
  it.each<[string, string]>([
    ['oci-archive:./saved.tar', 'oci-archive'],
    ['docker-archive:/tmp/a:b.tar', 'docker-archive']
  ])('accepts the archive source %s', (source, format) => {
    expect(parse({ source }).source).toEqual({
      kind: 'archive',
      format,
      path: source.slice(format.length + 1),
      registry: source,
      namespace: '',
      display: source
    })
  })
  // Separate namespaces on one registry, or one namespace on two registries, are a mirror.
  it.each<[string, string]>([
    ['127.0.0.1:5001/corp', '127.0.0.1:5001/corpus'],
    ['127.0.0.1:5001/corp', 'localhost:5001/mirror/corp'],
    ['127.0.0.1:5001/corp', '127.0.0.1:5003/corp/mirror'],
    ['docker.io/alice', 'docker.io/bob'],
    ['oci:/tmp/layout-a', 'oci:/tmp/layout-ab']
  ])('accepts source %s with target %s', (source, target) => {
    expect(parse({ source, target }).target.display).toBe(parseEndpoint(target, 'target').display)
  })
})

describe('parseSyncOptions: bad input names the input and what is accepted', () => {
  it.each<[string, RawSyncOptions, RegExp]>([
    ['missing source', { source: '' }, /--source is required/],
    ['missing target', { target: undefined }, /--target is required/],
    ['uppercase namespace', { source: 'gcr.io/Google' }, /--source gcr.io\/Google: namespace/],
    ['bad host', { source: 'gcr_io.x/a' }, /--source .*not a registry host|namespace/],
    ['port out of range', { source: '127.0.0.1:99999/a' }, /port at most 65535/],
    ['docker hub without account', { target: 'docker.io' }, /Docker Hub needs an account/],
    [
      'docker hub namespace too deep',
      { target: 'docker.io/alice/sub' },
      /^--target docker.io\/alice\/sub: Docker Hub repositories are ACCOUNT\/REPOSITORY \(2 levels\)/
    ],
    [
      'aliyun namespace too deep',
      { target: 'registry.cn-hangzhou.aliyuncs.com/ns/team' },
      /--target .*Aliyun ACR Personal Edition.*2 levels.*e.g. registry.cn-hangzhou.aliyuncs.com\/ns/
    ],
    ['aliyun without namespace', { target: 'registry.cn-hangzhou.aliyuncs.com' }, /--target .*has no namespace/],
    ['empty oci path', { target: 'oci:' }, /oci: needs a directory/],
    ['empty archive path', { source: 'oci-archive:' }, /--source oci-archive:: oci-archive: needs a file path, e.g. oci-archive:.\/image.tar/],
    [
      'archive as target',
      { target: 'docker-archive:/tmp/out.tar' },
      /--target docker-archive:\/tmp\/out.tar: an archive can only be a source; write an OCI layout with oci:DIR/
    ],
    ['unknown format', { format: 'oci2' }, /--format "oci2": expected one of source, docker, oci/],
    ['same source and target', { target: '127.0.0.1:5001/corp' }, /are the same/],
    [
      'same registry through localhost',
      { target: 'localhost:5001/corp' },
      /are the same \(localhost:5001\/corp\) \(127.0.0.1:5001 and localhost:5001 are one registry\)/
    ],
    [
      'target inside the source',
      { target: '127.0.0.1:5001/corp/mirror' },
      /^--target 127.0.0.1:5001\/corp\/mirror lies inside the --source namespace 127.0.0.1:5001\/corp: the next run/
    ],
    [
      'target inside the source through [::1]',
      { target: '[::1]:5001/corp/mirror' },
      /--target \[::1\]:5001\/corp\/mirror lies inside the --source namespace.*are one registry/
    ],
    [
      'target inside a whole-registry source',
      { source: 'localhost:5001', target: '127.0.0.1:5001/mirror' },
      /--target .* lies inside the --source namespace localhost:5001/
    ],
    [
      'source inside the target',
      { target: '127.0.0.1:5001' },
      /--source 127.0.0.1:5001\/corp lies inside the --target namespace 127.0.0.1:5001: the mirror would write among/
    ],
    ['Docker Hub aliases', { source: 'index.docker.io/alice', target: 'registry-1.docker.io/alice' }, /are the same \(docker.io\/alice\)/],
    ['a default port', { source: 'reg.example.com:443/corp', target: 'reg.example.com/corp/mirror' }, /lies inside the --source namespace.*are one registry/],
    [
      'oci target inside the oci source',
      { source: 'oci:/tmp/layout-a', target: 'oci:/tmp/layout-a/../layout-a/sub' },
      /--target \/tmp\/layout-a\/sub lies inside the --source layout \/tmp\/layout-a/
    ],
    ['oci layouts equal by resolved path', { source: 'oci:/tmp/layout-a', target: 'oci:/tmp/./layout-a/' }, /are the same layout \(\/tmp\/layout-a\)/],
    ['bad image name', { images: ['App'] }, /--images "App"/],
    ['bad include regex', { includeTags: ['(['] }, /--include-tags "\(\["/],
    ['bad exclude regex', { excludeTags: ['*x'] }, /--exclude-tags/],
    ['bad semver', { semver: 'not a range' }, /--semver "not a range"/],
    ['negative latest', { latest: '-1' }, /--latest "-1": expected a whole number/],
    ['zero latest', { latest: '0' }, /--latest/],
    ['absurd concurrency', { concurrency: '100000' }, /--concurrency "100000"/],
    ['fractional concurrency', { concurrency: '1.5' }, /--concurrency/],
    ['unknown engine', { engine: 'podman' }, /--engine "podman": expected one of registry, docker/],
    ['unknown flatten', { flatten: 'sometimes' }, /--flatten/],
    ['bad separator', { separator: '/' }, /--separator/],
    ['bad boolean', { dryRun: 'maybe' }, /--dry-run "maybe"/],
    ['bad duration', { maxDuration: 'soon' }, /--max-duration "soon"/],
    ['zero duration', { maxDuration: '0s' }, /--max-duration/],
    ['a bare number of a duration (seconds or minutes?)', { maxDuration: '300' }, /^--max-duration "300": a number needs a unit \(300s, 300m or 300h\?\)/],
    ['a bare number of a tag timeout', { tagTimeout: '90' }, /^--tag-timeout "90": a number needs a unit/],
    ['bad tag timeout', { tagTimeout: '-5' }, /--tag-timeout/],
    ['shard out of range', { shard: '5/4' }, /--shard "5\/4"/],
    ['shard zero', { shard: '0/4' }, /--shard/],
    ['shard malformed', { shard: 'half' }, /--shard "half"/],
    ['bad insecure registry', { insecureRegistries: ['http://x y'] }, /--insecure-registry/],
    ['username without password', { sourceUsername: 'u' }, /--source-username and --source-password go together/],
    ['malformed platform', { platforms: ['amd64'] }, /--platforms "amd64": expected OS\/ARCH\[\/VARIANT\]/],
    ['platforms with the docker engine', { platforms: ['linux/amd64'], engine: 'docker' }, /--platforms works with --engine registry only/],
    ['report equals state', { report: 'x.json', stateFile: 'x.json' }, /name the same file/],
    ['bad verify mode', { verify: 'always' }, /--verify "always": expected one of off, sample, full/]
  ])('%s', (_name, extra, message) => {
    const attempt = () => parse(extra)
    expect(attempt).toThrow(UsageError)
    expect(attempt).toThrow(message)
    try {
      attempt()
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
    }
  })
})

describe("parseListOptions: an image list's options, with no source", () => {
  it('parses every option but the source and its repositories, which the list gives', () => {
    const options = parseListOptions({ target: base.target, images: ['gcr.io/google-containers/pause:3.9'], concurrency: '3' }, {})
    expect(options).toMatchObject({ target: { kind: 'registry', registry: '127.0.0.1:5002', namespace: 'mirror' }, concurrency: 3, headConcurrency: 64 })
    expect('source' in options).toBe(false)
    expect('images' in options).toBe(false)
  })

  it.each([
    ['no target', {}, /--target/],
    ['username without password', { target: base.target, targetUsername: 'u' }, /--target-username and --target-password go together/],
    [
      'platforms with the docker engine',
      { target: base.target, platforms: ['linux/amd64'], engine: 'docker' },
      /--platforms works with --engine registry only/
    ],
    ['report equals state', { target: base.target, report: 'x.json', stateFile: 'x.json' }, /name the same file/]
  ])('checks the rest as parseSyncOptions does: %s', (_name, raw: RawSyncOptions, message) => {
    expect(() => parseListOptions(raw, {})).toThrow(message)
  })
})
