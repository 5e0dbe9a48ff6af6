import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushImage, randomLayer } from '../harness/fixtures'
import { startGcrStandin } from '../harness/gcr-standin'
import { startProxy } from '../harness/proxy'
import { canMount } from '../harness/mounts'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { runCli } from './cli'

/**
 * Bad input of every kind gives one clear line naming the input or registry, the documented exit
 * code, no stack trace, and nothing half-written: no tag pushed, the state file untouched.
 */
describe('bad input', () => {
  let source: TestRegistry
  let target: TestRegistry
  let basic: TestRegistry
  let token: TestRegistry
  let standin: { host: string; stop(): Promise<void> }
  let dir: string
  let corrupt: string
  let foreign: string
  let unreadable: string
  let socketPath: string
  let socket: Server | undefined
  let roMount: string | undefined
  const readOnly = (): string => roMount!

  beforeAll(async () => {
    ;[source, target, basic, token] = await Promise.all([startRegistry(), startRegistry(), startRegistry({ auth: 'basic' }), startRegistry({ auth: 'token' })])
    standin = await startGcrStandin(source)
    await pushImage(source, 'corp/app', 'v1', { layers: [randomLayer(1024, 1)] })
    await pushImage(basic, 'corp/app', 'v1', { layers: [randomLayer(1024, 2)] })
    dir = await mkdtemp(join(tmpdir(), 'bad-input-'))
    corrupt = join(dir, 'corrupt.json')
    foreign = join(dir, 'foreign.json')
    await writeFile(corrupt, '{"format":"gcr-mirror-ledger","version":1,"entries":[')
    await writeFile(foreign, '{"name":"not a ledger","items":[1,2,3]}')
    // Root reads any file, so "unreadable" is a path through a regular file (ENOTDIR).
    unreadable = join(corrupt, 'state.json')
    await mkdir(join(dir, 'layout'))
    await symlink(join(dir, 'layout'), join(dir, 'link'))
    execFileSync('mkfifo', [join(dir, 'fifo')])
    socketPath = join(dir, 'report.sock')
    socket = createServer()
    await new Promise<void>((resolve) => socket!.listen(socketPath, resolve))
    await symlink(dir, join(dir, 'dirlink'))
    await mkdir(join(dir, 'own-layout', 'blobs', 'sha256'), { recursive: true })
    await writeFile(join(dir, 'own-layout', 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
    // A read-only file system (a tmpfs mounted ro; root ignores permission bits, not EROFS).
    roMount = join(dir, 'ro')
    await mkdir(roMount)
    if (canMount) execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', roMount])
    else roMount = undefined
  })

  afterAll(async () => {
    socket?.close()
    if (roMount) execFileSync('umount', [roMount])
    await Promise.allSettled([source?.stop(), target?.stop(), basic?.stop(), token?.stop(), standin?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const src = (): string => `${source.host}/corp`
  const tgt = (): string => `${target.host}/mirror`
  /** The source registry under another loopback name. */
  const alias = (name: string, namespace: string): string => `${name}:${source.host.split(':')[1]}${namespace ? `/${namespace}` : ''}`
  /** `sync` from the source to the target; a `--target` in `extra` replaces the default one (a flag given twice is an error). */
  const sync = (...extra: string[]): string[] => ['sync', '--source', src(), ...(extra.includes('--target') ? [] : ['--target', tgt()]), ...extra]

  // [what, argv, expected exit code, a fragment the one-line message must hold]
  const cases: Array<[string, () => string[], number, RegExp]> = [
    ['no command', () => ['--source', src()], 2, /sync/],
    ['unknown option', () => sync('--colour', 'red'), 2, /unknown option --colour/],
    ['option value starting with a dash', () => sync('--latest', '-1'), 2, /--latest needs a value; write --latest=VALUE/],
    ['missing --source', () => ['sync', '--target', tgt()], 2, /--source is required/],
    ['missing --target', () => ['sync', '--source', src()], 2, /--target is required/],
    ['host with a bad character', () => ['sync', '--source', 'bad_host!.io/x', '--target', tgt()], 2, /--source .*not a registry host/],
    ['port out of range', () => ['sync', '--source', '127.0.0.1:70000/x', '--target', tgt()], 2, /port at most 65535/],
    ['uppercase namespace', () => ['sync', '--source', `${source.host}/Corp`, '--target', tgt()], 2, /namespace "Corp" is not a valid repository path/],
    ['empty oci path', () => ['sync', '--source', src(), '--target', 'oci:'], 2, /oci: needs a directory path/],
    ['Docker Hub without an account', () => ['sync', '--source', src(), '--target', 'docker.io'], 2, /Docker Hub needs an account/],
    ['same source and target', () => ['sync', '--source', src(), '--target', src()], 2, /the same/],
    // One registry under two names, namespaces one inside the other (issue 14: each run mirrored the last run's mirror again).
    [
      'same source and target through localhost',
      () => ['sync', '--source', src(), '--target', alias('localhost', 'corp')],
      2,
      /are the same .*are one registry/
    ],
    [
      'target inside the source through localhost',
      () => ['sync', '--source', src(), '--target', alias('localhost', 'corp/mirror')],
      2,
      /--target localhost:\d+\/corp\/mirror lies inside the --source namespace 127\.0\.0\.1:\d+\/corp \(.* are one registry\): the next run/
    ],
    [
      'target inside the source through [::1]',
      () => ['sync', '--source', src(), '--target', alias('[::1]', 'corp/x')],
      2,
      /--target \[::1\]:\d+\/corp\/x lies inside/
    ],
    [
      'target on a whole-registry source',
      () => ['sync', '--source', alias('localhost', ''), '--target', tgt().replace(target.host, source.host)],
      2,
      /lies inside the --source namespace localhost:\d+ \(/
    ],
    [
      'source inside the target',
      () => ['sync', '--source', src(), '--target', source.host],
      2,
      /--source .*\/corp lies inside the --target namespace 127\.0\.0\.1:\d+: the mirror would write among/
    ],
    [
      'oci target inside the oci source, through a symlink',
      () => ['sync', '--source', `oci:${dir}/layout`, '--target', `oci:${dir}/link/mirror`],
      2,
      /--target .*\/layout\/mirror lies inside the --source layout/
    ],
    ['image with uppercase', () => sync('--images', 'App'), 2, /--images "App"/],
    ['image with an empty level', () => sync('--images', 'a//b'), 2, /--images "a\/\/b"/],
    ['bad include regex', () => sync('--include-tags', '(v1'), 2, /--include-tags "\(v1"/],
    ['bad exclude regex', () => sync('--exclude-tags', '[a-'), 2, /--exclude-tags "\[a-"/],
    ['bad semver range', () => sync('--semver', 'newest please'), 2, /--semver "newest please"/],
    ['negative latest', () => sync('--latest=-1'), 2, /--latest "-1"/],
    ['latest not a number', () => sync('--latest', 'ten'), 2, /--latest "ten"/],
    ['zero concurrency', () => sync('--concurrency', '0'), 2, /--concurrency "0"/],
    ['absurd concurrency', () => sync('--concurrency', '100000'), 2, /--concurrency "100000"/],
    ['negative blob concurrency', () => sync('--blob-concurrency=-3'), 2, /--blob-concurrency "-3"/],
    ['unknown engine', () => sync('--engine', 'podman'), 2, /--engine "podman": expected one of registry, docker/],
    ['shard index past count', () => sync('--shard', '3/2'), 2, /--shard "3\/2"/],
    ['shard of zero', () => sync('--shard', '0/0'), 2, /--shard "0\/0"/],
    ['shard not I/N', () => sync('--shard', 'half'), 2, /--shard "half"/],
    ['bad max-duration', () => sync('--max-duration', '5 parsecs'), 2, /--max-duration "5 parsecs"/],
    ['zero tag-timeout', () => sync('--tag-timeout', '0s'), 2, /--tag-timeout "0s"/],
    ['tag-timeout past the longest timer', () => sync('--tag-timeout', '50d'), 2, /--tag-timeout "50d": at most .*longest timer/],
    ['max-duration past the longest timer', () => sync('--max-duration', '30d'), 2, /--max-duration "30d": at most/],
    ['list-timeout past the longest timer', () => sync('--list-timeout', '25d'), 2, /--list-timeout "25d": at most/],
    ['zero max-tags', () => sync('--max-tags', '0'), 2, /--max-tags "0"/],
    [
      'credentials in --source',
      () => ['sync', '--source', `user:Hunter2-Secret@${source.host}/corp`, '--target', tgt()],
      2,
      /--source holds credentials.*--source-username/
    ],
    ['separator with a slash', () => sync('--separator', '/'), 2, /--separator "\/"/],
    ['unknown flatten mode', () => sync('--flatten', 'sometimes'), 2, /--flatten "sometimes"/],
    ['insecure registry with a scheme', () => sync('--insecure-registry', 'http://reg.lan'), 2, /--insecure-registry "http:\/\/reg.lan"/],
    ['state file not JSON', () => sync('--state-file', corrupt), 2, /--state-file .*corrupt.json: not valid JSON/],
    ['state file not ours', () => sync('--state-file', foreign), 2, /--state-file .*foreign.json: not a gcr-mirror ledger/],
    ['state file unreadable', () => sync('--state-file', unreadable), 2, /--state-file .*corrupt.json\/state.json: cannot be read \(ENOTDIR\)/],
    ['state file is a directory', () => sync('--state-file', dir), 2, /--state-file .*: is a directory, not a file/],
    // Local paths (issue 14, "Nothing lost"): refused before any copy, one line naming the path.
    ['state file is a FIFO', () => sync('--state-file', join(dir, 'fifo')), 2, /--state-file .*\/fifo: is a FIFO; expected a regular file/],
    ['report is a FIFO', () => sync('--report', join(dir, 'fifo')), 2, /--report .*\/fifo: is a FIFO; expected a regular file/],
    ['report is a socket', () => sync('--report', socketPath), 2, /--report .*\.sock: is a socket; expected a regular file/],
    ['state file is a device', () => sync('--state-file', '/dev/null'), 2, /--state-file \/dev\/null: is a device; expected a regular file/],
    [
      'report and state file the same file through a link',
      () => sync('--state-file', join(dir, 'state.json'), '--report', join(dir, 'dirlink', 'state.json')),
      2,
      /--report .*dirlink\/state.json is the same file as --state-file .*\/state.json/
    ],
    [
      "report is the state file's journal",
      () => sync('--state-file', join(dir, 's.json'), '--report', join(dir, 's.json.journal')),
      2,
      /--report .* is the state file's journal file as --state-file/
    ],
    [
      'state file inside an oci: target (index.json)',
      () => sync('--target', `oci:${join(dir, 'own-layout')}`, '--state-file', join(dir, 'own-layout', 'index.json')),
      2,
      /--state-file .*own-layout\/index.json: is inside oci:.*own-layout's own files \(index.json\)/
    ],
    [
      'state file inside an oci: target (blobs/)',
      () => sync('--target', `oci:${join(dir, 'own-layout')}`, '--state-file', join(dir, 'own-layout', 'blobs', 'sha256', 'state.json')),
      2,
      /--state-file .*: is inside oci:.*own-layout's own files \(blobs\)/
    ],
    ['state file under a regular file', () => sync('--state-file', join(corrupt, 'deeper', 'state.json')), 2, /--state-file .*: cannot be read \(ENOTDIR\)/],
    ['oci: target is a file', () => sync('--target', `oci:${corrupt}`), 2, /oci:.*corrupt.json: cannot be written: .*corrupt.json is not a directory/],
    [
      'state file on a read-only file system',
      () => sync('--state-file', join(readOnly(), 'state.json')),
      2,
      /--state-file .*: cannot be written: .* does not take new files \(EROFS\)/
    ],
    [
      'report on a read-only file system',
      () => sync('--report', join(readOnly(), 'sub', 'r.json')),
      2,
      /--report .*: cannot be written: .* does not take new files \(EROFS\)/
    ],
    [
      'oci: target on a read-only file system',
      () => sync('--target', `oci:${join(readOnly(), 'layout')}`),
      2,
      /oci:.*layout: cannot be written: .* does not take new files \(EROFS\)/
    ],
    ['password without a user', () => sync('--target-password', 'x'), 2, /--target-username/],
    [
      'private source without credentials',
      () => ['sync', '--source', `${basic.host}/corp`, '--target', tgt(), '--images', 'app'],
      2,
      /127\.0\.0\.1:\d+.*--source-username/
    ],
    [
      'private source, wrong password',
      () => [
        'sync',
        '--source',
        `${basic.host}/corp`,
        '--target',
        tgt(),
        '--images',
        'app',
        '--source-username',
        basic.username!,
        '--source-password',
        'wrong'
      ],
      2,
      /refused the credentials of "mirror-user"/
    ],
    [
      'private source listed with a wrong password',
      () => ['sync', '--source', `${basic.host}/corp`, '--target', tgt(), '--source-username', basic.username!, '--source-password', 'wrong'],
      2,
      /refused the credentials of "mirror-user"/
    ],
    [
      'token target, wrong password',
      () => sync('--target', `${token.host}/mirror`, '--target-username', token.username!, '--target-password', 'wrong'),
      2,
      /refused the credentials/
    ],
    ['unreachable host', () => ['sync', '--source', '127.0.0.1:9/corp', '--target', tgt(), '--images', 'app'], 2, /127\.0\.0\.1:9.*connection refused/],
    ['registry refusing to list', () => ['sync', '--source', standin.host, '--target', tgt()], 2, /refuses to list repositories.*--images/],
    // Small parse fixes (issue 14): one line whatever the value holds; boolean values; one-value flags given once.
    ['source with a newline', () => ['sync', '--source', `${src()}\nevil`, '--target', tgt()], 2, /^gcr-mirror: --source ".*\\x0aevil": expected one line/],
    [
      'target with an escape sequence',
      () => ['sync', '--source', src(), '--target', `${tgt()}\u001b[2J`],
      2,
      /^gcr-mirror: --target ".*\\x1b\[2J": expected one line/
    ],
    ['state file with a carriage return', () => sync('--state-file', 'a\rb.json'), 2, /^gcr-mirror: --state-file "a\\x0db\.json": expected one line/],
    [
      'password with a newline',
      () => sync('--source-username', 'u', '--source-password', 'Hunter2-Secret\nx'),
      2,
      /--source-password \(not shown\): expected one line/
    ],
    [
      'boolean flag with another value',
      () => sync('--dry-run=maybe'),
      2,
      /^gcr-mirror: --dry-run="maybe": expected --dry-run or --dry-run=VALUE, VALUE true or false \(also yes\/no, on\/off, 1\/0\)$/
    ],
    ['boolean flag with a newline value', () => sync('--prune=yes\nno'), 2, /^gcr-mirror: --prune="yes\\x0ano": expected --prune or --prune=VALUE/],
    // CLI habits (issue 24): a slip gets a suggestion, a bare number is no duration, a dry run checks the target as a real run does.
    ['mistyped flag', () => sync('--include-tag', 'v1'), 2, /^gcr-mirror: unknown option --include-tag \(did you mean --include-tags\?\)/],
    ['duration without a unit', () => sync('--max-duration', '300'), 2, /^gcr-mirror: --max-duration "300": a number needs a unit/],
    [
      'dry run against an unreachable target',
      () => sync('--dry-run', '--target', '127.0.0.1:9/mirror', '--images', 'app'),
      2,
      /^gcr-mirror: .*127\.0\.0\.1:9.*connection refused/
    ],
    [
      'password on stdin that is empty',
      () => sync('--target-username', 'u', '--target-password-stdin'),
      2,
      /^gcr-mirror: --target-password-stdin: stdin is empty/
    ],
    ['one-value flag repeated', () => [...sync(), '--source', `${source.host}/other`], 2, /^gcr-mirror: --source is given 2 times; it takes one value/],
    [
      'a target given twice',
      () => [...sync(), '--target', `${target.host}/mirror`],
      2,
      /^gcr-mirror: --target .*\/mirror is given twice; name each target once/
    ],
    ['boolean flag repeated', () => sync('--dry-run', '--dry-run=false'), 2, /^gcr-mirror: --dry-run is given 2 times/],
    [
      'unknown command with an escape sequence',
      () => ['sync\u001b]0;owned\u0007', '--source', src()],
      2,
      /^gcr-mirror: unknown command "sync\\x1b\]0;owned\\x07"/
    ]
  ]

  // Rows on a read-only file system need a tmpfs mounted ro; skipped (with the reason) where mounting is not permitted.
  const rows = canMount ? cases : cases.filter(([what]) => !what.includes('read-only'))
  it.skipIf(canMount)('read-only file system rows: skipped, mounting a tmpfs is not permitted here', () => undefined)

  it.each(rows)('%s', async (_what, argv, code, message) => {
    const before = await Promise.all([corrupt, foreign].map((path) => readFile(path, 'utf8')))
    const run = await runCli(argv())
    expect(run.code, run.stderr).toBe(code)
    const lines = run.stderr.trim().split('\n')
    expect(lines, run.stderr).toHaveLength(1)
    expect(lines[0]).toMatch(message)
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/)
    expect(run.stderr).not.toContain('Hunter2-Secret')
    expect(await Promise.all([corrupt, foreign].map((path) => readFile(path, 'utf8')))).toEqual(before)
    const catalog = (await (await fetch(`${target.url}/v2/_catalog`)).json()) as { repositories: string[] }
    expect(catalog.repositories).toEqual([])
    const sourceCatalog = (await (await fetch(`${source.url}/v2/_catalog`)).json()) as { repositories: string[] }
    expect(sourceCatalog.repositories).toEqual(['corp/app'])
  })

  it('understands --dry-run=true and --dry-run=false, and a list flag given twice', async () => {
    const planned = await runCli(sync('--dry-run=true', '--images', 'app', '--images', 'app', '--target', `${target.host}/booleans`, '--quiet'))
    expect(planned.code, planned.stderr).toBe(0)
    expect(planned.stdout).toMatch(/would copy|dry run/i)
    let catalog = (await (await fetch(`${target.url}/v2/_catalog`)).json()) as { repositories: string[] }
    expect(catalog.repositories).toEqual([])
    const copied = await runCli(sync('--dry-run=false', '--images', 'app', '--target', `${target.host}/booleans`, '--quiet'))
    expect(copied.code, copied.stderr).toBe(0)
    catalog = (await (await fetch(`${target.url}/v2/_catalog`)).json()) as { repositories: string[] }
    expect(catalog.repositories).toEqual(['booleans/app'])
  })

  it('writes nothing in a dry run: no state file, no folder for it, no lock', async () => {
    const folder = join(dir, 'dry', 'state')
    const run = await runCli(sync('--dry-run', '--images', 'app', '--state-file', join(folder, 'ledger.json'), '--quiet'))
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^would copy +app:v1/m)
    await expect(readFile(join(dir, 'dry'))).rejects.toThrow(/ENOENT/)
  })

  it('reads a password from stdin (--source-password-stdin), as docker login --password-stdin does', async () => {
    const args = ['sync', '--source', `${basic.host}/corp`, '--target', tgt(), '--images', 'app', '--dry-run', '--quiet', '--source-username', basic.username!]
    const run = await runCli([...args, '--source-password-stdin'], {}, `${basic.password!}\n`)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/would copy +app:v1/)
    const wrong = await runCli([...args, '--source-password-stdin'], {}, 'Hunter2-Secret\n')
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/refused the credentials of "mirror-user"/)
    expect(wrong.stderr).not.toContain('Hunter2-Secret')
  })

  it('reports a missing repository as a failed entry, copies the rest, exits 1', async () => {
    const report = join(dir, 'missing.json')
    const run = await runCli(sync('--images', 'app,nope', '--target', `${target.host}/other`, '--report', report, '--quiet'))
    expect(run.code).toBe(1)
    const result = JSON.parse(await readFile(report, 'utf8'))
    expect(result.copied).toBe(1)
    const failed = result.images.find((i: { status: string }) => i.status === 'failed')
    expect(failed.source).toContain('corp/nope')
    expect(failed.error).toMatch(/not found|NAME_UNKNOWN/)
    // The failure line names the repository once, not again inside its error.
    const line = run.stdout.split('\n').find((l) => l.includes('FAILED'))!
    expect(line.match(/corp\/nope/g), line).toHaveLength(1)
  })

  it('skips a tag deleted between listing and copy (source-gone), and copies the others', async () => {
    await pushImage(source, 'corp/app', 'v2', { layers: [randomLayer(1024, 3)] })
    // The listing still names v2, but its manifest is gone by the time it is looked at.
    const vanishing = await startProxy(source.url, {
      rewrite: async (req) => (req.path.endsWith('/manifests/v2') ? { status: 404, body: Buffer.from('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}') } : undefined)
    })
    try {
      const report = join(dir, 'vanished.json')
      const run = await runCli([
        'sync',
        '--source',
        `${vanishing.host}/corp`,
        '--images',
        'app',
        '--target',
        `${target.host}/vanished`,
        '--report',
        report,
        '--quiet'
      ])
      expect(run.code).toBe(0)
      const result = JSON.parse(await readFile(report, 'utf8'))
      expect(result).toMatchObject({ copied: 1, skipped: 1, failed: 0 })
      expect(result.images.find((i: { tag: string }) => i.tag === 'v2')).toMatchObject({ status: 'skipped', reason: 'source-gone', error: null })
    } finally {
      await vanishing.stop()
    }
  })

  it('refuses the docker engine when no daemon answers, before any copy', async () => {
    const run = await runCli(sync('--engine', 'docker', '--images', 'app'), { DOCKER_HOST: `unix://${join(dir, 'no-daemon.sock')}` })
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/docker engine: cannot use the Docker daemon/)
  })
})
