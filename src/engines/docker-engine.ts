import { markSide, UsageError } from '../oci/errors'
import type { Credentials } from '../oci/model'
import { DockerCli, DockerCommandError } from './docker-cli'
import type { CopyJob, CopyOutcome, Engine } from './engine'

/** Options of the docker engine. */
export interface DockerEngineOptions {
  /** Registry hosts as docker names them: `127.0.0.1:5001`, `gcr.io`, `docker.io`. */
  sourceHost: string
  targetHost: string
  /** Logged in with `docker login --password-stdin` before first use; absent: the daemon's existing login. */
  sourceCredentials?: Credentials
  targetCredentials?: Credentials
  log: (level: 'debug' | 'info' | 'warning' | 'error', message: string) => void
  /** `DOCKER_HOST` for docker commands; default: the environment's. */
  dockerHost?: string
  /** `DOCKER_CONFIG` for docker commands; default: the environment's. */
  dockerConfig?: string
}

/** The Docker daemon can't be used: the CLI is missing or the daemon does not answer (exit 2, before any copy). */
export class DockerUnavailableError extends UsageError {
  override name = 'DockerUnavailableError'
}

/**
 * Copies through a Docker daemon: `docker pull SOURCE@DIGEST`, `docker tag`, `docker push`, then
 * removes both local references. Whatever the daemon is set up with (proxy, mirrors, credential
 * helpers, `DOCKER_HOST`) applies. A pull takes one platform and a push writes docker's own
 * manifest, so a tag may land with another digest: the outcome's `targetDigest` says so, the
 * ledger records it, and `close()` warns once with the count.
 *
 * `targetHas` never finds anything: the daemon can't look at a remote manifest without pulling, and
 * `docker manifest inspect` runs in the client, outside the daemon's proxy and mirror setup. The
 * ledger does the skipping, so a first run without a state file copies every selected tag once.
 */
export class DockerEngine implements Engine {
  readonly name = 'docker' as const
  private readonly docker: DockerCli
  private readonly credentials = new Map<string, Credentials>()
  private readonly logins = new Map<string, Promise<void>>()
  private readonly pulls: SharedPulls
  private removals: Promise<void> = Promise.resolve()
  private rewritten = 0

  constructor(private readonly options: DockerEngineOptions) {
    this.docker = new DockerCli({
      dockerHost: options.dockerHost,
      dockerConfig: options.dockerConfig,
      trace: (message) => options.log('debug', message)
    })
    // One login per host: when source and target share a registry, the target's credentials win.
    if (options.sourceCredentials) this.credentials.set(options.sourceHost, options.sourceCredentials)
    if (options.targetCredentials) this.credentials.set(options.targetHost, options.targetCredentials)
    this.pulls = new SharedPulls(
      async (ref) => {
        await this.login(options.sourceHost).catch((error: unknown) => Promise.reject(markSide(error, 'source')))
        await this.docker.pull(ref).catch((error: unknown) => Promise.reject(markSide(error, 'source')))
      },
      (refs) => this.remove(refs)
    )
  }

  /** Checks that the daemon answers, so a run without one stops before any copy. */
  async connect(): Promise<void> {
    try {
      this.options.log('debug', `docker engine: daemon ${await this.docker.serverVersion()}`)
    } catch (error) {
      const detail = error instanceof DockerCommandError ? error.detail : String(error)
      throw new DockerUnavailableError(`docker engine: cannot use the Docker daemon (${detail})`)
    }
  }

  async targetHas(): Promise<undefined> {
    return undefined
  }

  async copy(job: CopyJob, signal: AbortSignal): Promise<CopyOutcome> {
    const source = `${this.options.sourceHost}/${job.sourceRepository}@${job.digest}`
    const target = `${this.options.targetHost}/${job.targetRepository}:${job.targetTag ?? job.tag}`
    signal.throwIfAborted()
    const work = this.pulls.use(source, [target], async () => {
      signal.throwIfAborted()
      await this.docker.tag(source, target)
      await this.login(this.options.targetHost).catch((error: unknown) => Promise.reject(markSide(error, 'target')))
      signal.throwIfAborted()
      const pushed = await this.docker.push(target).catch((error: unknown) => Promise.reject(markSide(error, 'target')))
      const bytes = await this.docker.imageSize(target)
      if (pushed === job.digest) return { bytes }
      this.rewritten++
      return { bytes, targetDigest: pushed }
    })
    return work
  }

  async close(): Promise<void> {
    await this.removals
    if (this.rewritten > 0) {
      this.options.log('warning', `docker engine: ${this.rewritten} tags landed with a different digest (single platform); use engine registry to keep digests`)
    }
  }

  /** Logs in to `host` once per run when credentials were given for it. */
  private login(host: string): Promise<void> {
    const credentials = this.credentials.get(host)
    if (!credentials) return Promise.resolve()
    let login = this.logins.get(host)
    if (!login) {
      login = this.docker.login(host, credentials)
      this.logins.set(host, login)
    }
    return login
  }

  /** Removes local references one command at a time, so concurrent removals never leave an untagged image behind. */
  private remove(refs: string[]): Promise<void> {
    this.removals = this.removals.then(() => this.docker.remove(refs))
    return this.removals
  }
}

interface Pull {
  users: number
  ready: Promise<void>
  removed?: Promise<void>
}

/**
 * Source images pulled once for all the tags that need them at the same time (tags sharing a
 * digest), and removed with the last user's own references. A pull that starts while the same
 * reference is being removed waits for the removal.
 */
class SharedPulls {
  private readonly entries = new Map<string, Pull>()

  constructor(
    private readonly pull: (ref: string) => Promise<void>,
    private readonly remove: (refs: string[]) => Promise<void>
  ) {}

  /** Runs `work` with `ref` pulled, then removes `own` (and `ref` when no one else uses it). */
  async use<T>(ref: string, own: string[], work: () => Promise<T>): Promise<T> {
    let entry = this.entries.get(ref)
    if (!entry || entry.users === 0) {
      const previous = entry?.removed ?? Promise.resolve()
      entry = { users: 0, ready: previous.then(() => this.pull(ref)) }
      this.entries.set(ref, entry)
    }
    entry.users++
    try {
      await entry.ready
      return await work()
    } finally {
      entry.users--
      const last = entry.users === 0
      const removed = this.remove(last ? [...own, ref] : own)
      if (last) entry.removed = removed
      await removed
      if (last && this.entries.get(ref) === entry) this.entries.delete(ref)
    }
  }
}
