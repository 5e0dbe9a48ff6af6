import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { UsageError } from '../../oci/errors'
import { getInputs, mirrorId } from '../context'
import { parseEndpoint } from '../../sync/options/endpoint'

const base = { source: '127.0.0.1:5001/corp', target: '127.0.0.1:5002/mirror' }
const saved = { ...process.env }
let masked: string[]

/** Sets the inputs as the runner does (`INPUT_<NAME>`, dashes kept) and reads them. */
function read(inputs: Record<string, string>) {
  for (const name of Object.keys(process.env).filter((n) => n.startsWith('INPUT_'))) delete process.env[name]
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
  return getInputs({ RUNNER_TEMP: '/runner/temp', HOME: '/home/runner' })
}

beforeEach(() => {
  masked = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    const mask = /^::add-mask::(.*)$/m.exec(String(chunk))
    if (mask) masked.push(mask[1])
    return true
  })
})
afterEach(() => {
  vi.restoreAllMocks()
  process.env = { ...saved }
})

describe('getInputs: good inputs', () => {
  it('applies the defaults: the ledger under ~/.cache (a stable cache path), the report under RUNNER_TEMP', () => {
    const inputs = read(base)
    const folder = join('/runner/temp', 'gcr-mirror', inputs.mirrorId)
    expect(inputs).toMatchObject({ cache: true, failOnError: true, metadata: undefined })
    expect(inputs.options).toMatchObject({
      source: { display: base.source },
      target: { display: base.target },
      images: [],
      concurrency: 16,
      engine: 'registry',
      dryRun: false,
      excludePrerelease: false,
      stateFile: join('/home/runner/.cache/gcr-mirror', inputs.mirrorId, 'ledger.json'),
      report: join(folder, 'report.json')
    })
    expect(inputs.mirrorId).toMatch(/^127\.0\.0\.1_5001_corp-to-127\.0\.0\.1_5002_mirror-[0-9a-f]{12}$/)
  })

  it.each([
    ['images', 'a, b/c\nd', (i: ReturnType<typeof read>) => expect(i.options.images).toEqual(['a', 'b/c', 'd'])],
    [
      'insecure-registry',
      'reg.local:5000,\nother.local',
      (i: ReturnType<typeof read>) => expect(i.options.insecureRegistries).toEqual(['reg.local:5000', 'other.local'])
    ],
    [
      'include-tags',
      '^v\\d{1,3}$\n^latest$',
      (i: ReturnType<typeof read>) => expect(i.options.includeTags.map((p) => p.source)).toEqual(['^v\\d{1,3}$', '^latest$'])
    ],
    ['dry-run', 'True', (i: ReturnType<typeof read>) => expect(i.options.dryRun).toBe(true)],
    ['exclude-prerelease', 'TRUE', (i: ReturnType<typeof read>) => expect(i.options.excludePrerelease).toBe(true)],
    ['cache', 'false', (i: ReturnType<typeof read>) => expect(i.cache).toBe(false)],
    ['fail-on-error', 'False', (i: ReturnType<typeof read>) => expect(i.failOnError).toBe(false)],
    ['max-duration', '5h', (i: ReturnType<typeof read>) => expect(i.options.maxDurationMs).toBe(5 * 3_600_000)],
    ['shard', '2/4', (i: ReturnType<typeof read>) => expect(i.options.shard).toEqual({ index: 2, count: 4 })],
    ['latest', '3', (i: ReturnType<typeof read>) => expect(i.options.latest).toBe(3)],
    ['tag-timeout', '90s', (i: ReturnType<typeof read>) => expect(i.options.tagTimeoutMs).toBe(90_000)],
    ['state-file', 'ledger/state.json', (i: ReturnType<typeof read>) => expect(i.options.stateFile).toBe('ledger/state.json')],
    ['report', 'out/report.json', (i: ReturnType<typeof read>) => expect(i.options.report).toBe('out/report.json')],
    ['engine', 'docker', (i: ReturnType<typeof read>) => expect(i.options.engine).toBe('docker')]
  ])('%s: %j', (name, value, check) => check(read({ ...base, [name]: value })))

  it('reads the metadata inputs', () => {
    const inputs = read({ ...base, 'metadata-repo': 'octo/meta', 'metadata-branch': 'records', 'metadata-path': 'mirror/gcr', 'github-token': 'ghs_token' })
    expect(inputs.metadata).toEqual({ repo: 'octo/meta', branch: 'records', path: 'mirror/gcr', token: 'ghs_token' })
  })

  it('reads no metadata inputs when metadata-repo is empty, even with an unexpanded token default (local-action)', () => {
    expect(read({ ...base, 'github-token': '${{ github.token }}' }).metadata).toBeUndefined()
    expect(masked).toEqual([])
  })

  it('masks every secret as it is read', () => {
    const inputs = read({
      ...base,
      'source-username': 'sam',
      'source-password': 's3cret',
      'target-username': 'tom',
      'target-password': 't0ken',
      'github-token': 'ghs_abc'
    })
    expect(inputs.options.targetCredentials).toEqual({ username: 'tom', password: 't0ken' })
    expect(masked).toEqual(expect.arrayContaining(['s3cret', 't0ken', 'ghs_abc']))
  })
})

describe('getInputs: bad inputs fail before any request, naming the input and the accepted form', () => {
  it.each([
    [{ source: '' }, /^Input error: source is required: REGISTRY\[:PORT\]\/NAMESPACE/],
    [
      { target: 'reg.io:99999/x' },
      /^Input error: target reg.io:99999\/x: "reg.io:99999" is not a registry host\[:port\] \(port at most 65535\); expected REGISTRY/
    ],
    [{ images: 'ok,Not-Lowercase' }, /^Input error: images "Not-Lowercase": not a repository path/],
    [{ 'include-tags': '(' }, /^Input error: include-tags "\(": not a valid regular expression/],
    [{ 'exclude-tags': '[a-' }, /^Input error: exclude-tags "\[a-": not a valid regular expression/],
    [{ semver: 'newest' }, /^Input error: semver "newest": not a semver range/],
    [{ latest: '0' }, /^Input error: latest "0": expected a whole number from 1/],
    [{ concurrency: 'many' }, /^Input error: concurrency "many": expected a whole number/],
    [{ 'blob-concurrency': '-1' }, /^Input error: blob-concurrency "-1": expected a whole number/],
    [{ engine: 'podman' }, /^Input error: engine "podman": expected one of registry, docker/],
    [{ 'dry-run': 'yess' }, /^Input error: dry-run "yess": expected true or false \(also yes\/no, on\/off, 1\/0\)/],
    [{ 'exclude-prerelease': 'enabled' }, /^Input error: exclude-prerelease "enabled": expected true or false/],
    [{ cache: 'maybe' }, /^Input error: cache "maybe": expected true or false/],
    [{ 'fail-on-error': '2' }, /^Input error: fail-on-error "2": expected true or false/],
    [{ 'max-duration': 'soon' }, /^Input error: max-duration "soon": expected a duration such as 5h/],
    [{ 'tag-timeout': '0s' }, /^Input error: tag-timeout "0s": expected a duration/],
    [{ shard: '5/4' }, /^Input error: shard "5\/4": expected I\/N/],
    [{ shard: 'half' }, /^Input error: shard "half": expected I\/N/],
    [{ separator: '/' }, /^Input error: separator "\/": expected one of/],
    [{ flatten: 'sometimes' }, /^Input error: flatten "sometimes": expected one of auto, always, never/],
    [{ 'insecure-registry': 'http://reg' }, /^Input error: insecure-registry "http:\/\/reg": expected HOST or HOST:PORT/],
    [{ 'target-username': 'tom' }, /^Input error: target-username and target-password go together/],
    [{ 'metadata-repo': 'just-a-name', 'github-token': 't' }, /^Input error: metadata-repo "just-a-name": expected owner\/name/],
    [{ 'metadata-repo': 'o/m', 'metadata-path': '../up', 'github-token': 't' }, /^Input error: metadata-path "\.\.\/up": expected a folder inside/],
    [{ 'metadata-repo': 'o/m' }, /^Input error: github-token is empty: metadata-repo needs a token/],
    [{ 'metadata-repo': 'o/m', 'github-token': '${{ github.token }}' }, /^Input error: github-token is empty: .*set INPUT_GITHUB-TOKEN/],
    [{ 'state-file': 'same.json', report: 'same.json' }, /^Input error: report and state-file name the same file/]
  ])('%j', (inputs, message) => {
    let error: unknown
    try {
      read({ ...base, ...inputs })
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('--')
  })
})

describe('mirrorId', () => {
  const idOf = (source: string, target: string, shard?: { index: number; count: number }): string =>
    mirrorId({ source: parseEndpoint(source, 'source'), target: parseEndpoint(target, 'target'), shard })

  it('is the same for two spellings of one mirror and differs per shard', () => {
    const id = idOf('gcr.io/google-containers/', 'octo')
    expect(id).toBe(idOf('gcr.io/google-containers', 'docker.io/octo'))
    const shards = [1, 2, 3].map((index) => idOf('gcr.io/x', 'octo', { index, count: 3 }))
    expect(new Set([id, ...shards]).size).toBe(4)
    expect(shards[1]).toMatch(/^gcr\.io_x-to-docker\.io_octo-shard-2-of-3-[0-9a-f]{12}$/)
    expect(id).toMatch(/^[A-Za-z0-9._-]+$/)
  })
})

describe('getInputs: a value of several lines where one is expected', () => {
  it.each([
    [
      { source: '127.0.0.1:5002/mirror\nother' },
      'Input error: source "127.0.0.1:5002/mirror\\x0aother": expected one line; the value holds a line break or control character'
    ],
    [
      { 'source-username': 'u', 'source-password': 'pa\nss' },
      'Input error: source-password (not shown): expected one line; the value holds a line break or control character'
    ],
    [
      { 'metadata-repo': 'o/m', 'metadata-branch': 'main\nx', 'github-token': 't' },
      'Input error: metadata-branch "main\\x0ax": expected one line; the value holds a line break or control character'
    ],
    [{ 'dry-run': 'true\nfalse' }, 'Input error: dry-run "true\\x0afalse": expected true or false (also yes/no, on/off, 1/0)']
  ])('%j', (inputs, message) => {
    expect(() => read({ ...base, ...inputs })).toThrow(message)
  })
})

describe('getInputs: config', () => {
  const entries = `mirrors:\n  - {name: one, source: ${base.source}, target: ${base.target}/one, concurrency: 3}\n  - {source: ${base.source}/sub, target: ${base.target}/two}\n`
  const readConfig = async (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) => {
    for (const name of Object.keys(process.env).filter((n) => n.startsWith('INPUT_'))) delete process.env[name]
    for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
    return getInputs({ RUNNER_TEMP: '/runner/temp', HOME: '/home/runner', ...env }, await import('../../sync/options/config-file'))
  }

  it('reads inline YAML; inputs at their default leave the file alone, others apply to every mirror', async () => {
    // The runner sets every input to its action.yml default.
    const inputs = await readConfig({ config: entries, concurrency: '16', 'dry-run': 'false', 'include-tags': '^v' })
    expect(inputs.mirrors?.map((m) => [m.name, m.options.concurrency, m.options.includeTags.length])).toEqual([
      ['one', 3, 1],
      [`${base.source}/sub -> ${base.target}/two`, 16, 1]
    ])
    expect(inputs.mirrors?.every((m) => m.options.stateFile === inputs.options.stateFile)).toBe(true)
    expect(inputs.mirrorId).toMatch(/^config-one_/)
    expect(inputs.options.stateFile).toBe(join('/home/runner', '.cache', 'gcr-mirror', inputs.mirrorId, 'ledger.json'))
  })

  it('takes a one-line value for a path in the workspace, unless it starts with mirrors: or {', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'workspace-'))
    await writeFile(join(workspace, 'm.yml'), entries)
    expect((await readConfig({ config: 'm.yml' }, { GITHUB_WORKSPACE: workspace })).mirrors).toHaveLength(2)
    const flow = `{mirrors: [{source: ${base.source}, target: ${base.target}}]}`
    expect((await readConfig({ config: flow })).mirrors).toHaveLength(1)
    await expect(readConfig({ config: 'missing.yml' }, { GITHUB_WORKSPACE: workspace })).rejects.toThrow(
      /^Input error: config missing\.yml: cannot be read \(ENOENT\)/
    )
  })
})

describe('getInputs: an image list (source empty)', () => {
  it('compiles the images into mirrors and keys the ledger by the target alone', () => {
    const one = read({ target: 'ghcr.io/me', images: 'gcr.io/x/app:v1\nnginx:1.25' })
    expect(one.mirrors!.map((m) => m.name)).toEqual(['gcr.io -> ghcr.io/me', 'docker.io -> ghcr.io/me'])
    expect(one.mirrorId).toMatch(/^images-to-ghcr\.io_me-[0-9a-f]{12}$/)
    // One more registry in the list: the same ledger.
    const two = read({ target: 'ghcr.io/me', images: 'gcr.io/x/app:v1\nnginx:1.25\nquay.io/o/tool:2' })
    expect(two.mirrorId).toBe(one.mirrorId)
    expect(two.mirrors!.every((m) => m.options.stateFile === two.options.stateFile)).toBe(true)
  })

  it('refuses a bad fold-into naming the input, given alone or beside a config', async () => {
    const message = /^Input error: fold-into "Images": not a repository name/
    expect(() => read({ target: 'ghcr.io/me', images: 'nginx', 'fold-into': 'Images' })).toThrow(message)
    const config = await import('../../sync/options/config-file')
    // The fold-into input stays; the config names the target and the images.
    delete process.env['INPUT_TARGET']
    delete process.env['INPUT_IMAGES']
    process.env['INPUT_CONFIG'] = 'mirrors:\n  - {target: ghcr.io/me, images: [nginx]}\n'
    expect(() => getInputs({ RUNNER_TEMP: '/runner/temp', HOME: '/home/runner' }, config)).toThrow(
      /^Input error: config \(inline\), mirror 1: fold-into "Images": not a repository name/
    )
  })

  it('refuses a bad entry naming the input', () => {
    expect(() => read({ target: 'ghcr.io/me', images: 'nginx:1.25\n$(curl evil)' })).toThrow(/^Input error: images "\$\(curl evil\)"/)
  })
})
