import { readFile, writeFile } from 'node:fs/promises'
import { join, posix } from 'node:path'
import { measure, type Measured } from './measure'

/** A gcr-mirror run: its measurement and the counts from its report. */
export interface MirrorRun extends Measured {
  copied: number
  skipped: number
  failed: number
}

/** Options of one gcr-mirror run. */
export interface GcrMirrorOptions {
  /** The bundle, e.g. `dist/cli.js`. */
  cli: string
  /** `HOST/NAMESPACE`. */
  source: string
  target: string
  /** More targets of the same run (`--target` repeated): each source blob read once for all of them. */
  moreTargets?: string[]
  stateFile: string
  report: string
  /** Blob transfers at once (the floor's requests at once); tags at once stay at gcr-mirror's default unless `tagConcurrency` is given. */
  concurrency: number
  tagConcurrency?: number
}

/** Runs `node dist/cli.js sync ...` with a clean environment; fails unless every tag is mirrored. */
export async function runGcrMirror(options: GcrMirrorOptions): Promise<MirrorRun> {
  const args = [
    options.cli,
    'sync',
    '--source',
    options.source,
    '--target',
    options.target,
    ...(options.moreTargets ?? []).flatMap((target) => ['--target', target]),
    '--state-file',
    options.stateFile,
    '--report',
    options.report,
    ...(options.tagConcurrency ? ['--concurrency', String(options.tagConcurrency)] : []),
    '--blob-concurrency',
    String(options.concurrency),
    '--quiet'
  ]
  // BENCH_NODE_OPTIONS go on gcr-mirror's command line, before the bundle (e.g. `--cpu-prof
  // --cpu-prof-dir=DIR` to profile it in a scenario: Node refuses those in NODE_OPTIONS).
  const nodeArgs = (process.env.BENCH_NODE_OPTIONS ?? '').split(' ').filter(Boolean)
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_CONFIG: '/nonexistent' }
  const run = await measure(process.execPath, [...nodeArgs, ...args], env)
  const report = JSON.parse(await readFile(options.report, 'utf8')) as { copied: number; skipped: number; failed: number }
  return { ...run, copied: report.copied, skipped: report.skipped, failed: report.failed }
}

/**
 * Runs `skopeo sync --all --preserve-digests` over the given repositories: one YAML source per parent
 * path (skopeo keeps only an image's last path component at the destination, so `team/app` goes to
 * `TARGET/NS/team`), one process per parent path, one for a flat namespace. Times and peak RSS add
 * up over the processes (times) or take the largest (RSS).
 */
export async function runSkopeo(sourceHost: string, sourceNamespace: string, repositories: string[], target: string, workDir: string): Promise<Measured> {
  const groups = new Map<string, string[]>()
  for (const repository of repositories) {
    const parent = posix.dirname(repository)
    groups.set(parent, [...(groups.get(parent) ?? []), posix.join(sourceNamespace, repository)])
  }
  const total: Measured = { ms: 0, peakRss: 0, cpuMs: 0, code: 0, stdout: '', stderr: '' }
  let n = 0
  for (const [parent, names] of groups) {
    const yaml = join(workDir, `skopeo-${n++}.yml`)
    await writeFile(yaml, [`${sourceHost}:`, '  tls-verify: false', '  images:', ...names.map((name) => `    ${name}: []`), ''].join('\n'))
    const destination = parent === '.' ? target : `${target}/${parent}`
    const run = await measure('skopeo', [
      'sync',
      '--all',
      '--preserve-digests',
      '--src',
      'yaml',
      '--dest',
      'docker',
      '--dest-tls-verify=false',
      yaml,
      destination
    ])
    total.ms += run.ms
    total.cpuMs += run.cpuMs
    total.peakRss = Math.max(total.peakRss, run.peakRss)
    total.stderr += run.stderr
  }
  return total
}

/** A tag for the docker loop: pulled from `source`, pushed as `target`. */
export interface DockerRef {
  source: string
  target: string
}

/**
 * The old way: `docker pull`, `docker tag`, `docker push` per tag, one after the other, in a shell
 * loop against the daemon at `dockerHost`.
 */
export function runDockerLoop(dockerHost: string, refs: DockerRef[]): Promise<Measured> {
  const script = 'set -e; while [ $# -gt 0 ]; do docker pull "$1" >/dev/null; docker tag "$1" "$2"; docker push "$2" >/dev/null; shift 2; done'
  const args = refs.flatMap((ref) => [ref.source, ref.target])
  return measure('bash', ['-c', script, 'docker-loop', ...args], { ...process.env, DOCKER_HOST: dockerHost })
}

/** Removes every image from the daemon so the next loop pulls everything again (not timed). */
export async function clearDocker(dockerHost: string): Promise<void> {
  await measure('docker', ['system', 'prune', '--all', '--force'], { ...process.env, DOCKER_HOST: dockerHost })
}
