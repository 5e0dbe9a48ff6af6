import { getExecOutput } from '@actions/exec'
import { addCredentials, redact } from '../util/redact'
import { printable } from '../util/printable'
import type { Credentials } from '../oci/model'
import { MirrorError, type ErrorKind } from '../oci/errors'

/**
 * The docker CLI prints the registry's answer in words: the floor's kind of each, and the spec's
 * error code it stands for (`sync/failure.ts` reads them like a registry's answer). First match wins.
 */
const DOCKER_WORDS: Array<[RegExp, ErrorKind, string?]> = [
  [/toomanyrequests|rate limit/i, 'rate-limited', 'TOOMANYREQUESTS'],
  [/unauthorized: incorrect username or password|authentication required|unauthorized/i, 'access-denied', 'UNAUTHORIZED'],
  [/denied/i, 'access-denied', 'DENIED'],
  [/name invalid|invalid reference format|repository name must be lowercase/i, 'refused', 'NAME_INVALID'],
  [/manifest unknown|not found/i, 'not-found', 'MANIFEST_UNKNOWN'],
  [/schema 1|manifest invalid/i, 'refused', 'MANIFEST_INVALID'],
  [/connection refused|no such host|i\/o timeout|tls:|EOF/, 'transient']
]

/**
 * A docker command that failed: what ran (never a secret), the last line docker wrote to stderr, and
 * the kind and code read from it where the error is made (`unknown` when the words say nothing known).
 */
export class DockerCommandError extends MirrorError {
  override name = 'DockerCommandError'

  constructor(
    readonly command: string,
    readonly exitCode: number | undefined,
    readonly detail: string
  ) {
    const [, kind, code] = DOCKER_WORDS.find(([pattern]) => pattern.test(detail)) ?? [undefined, 'unknown' as const]
    super(kind, `docker ${command}: ${detail}`, { code })
  }
}

/** Where the docker CLI finds its daemon and its configuration. */
export interface DockerCliOptions {
  /** `DOCKER_HOST` for the CLI (e.g. `unix:///tmp/d/docker.sock`); default: the environment's. */
  dockerHost?: string
  /** `DOCKER_CONFIG` directory (logins, credential helpers); default: the environment's (`~/.docker`). */
  dockerConfig?: string
  /** Receives each command line before it runs (command lines never hold a secret). */
  trace?: (message: string) => void
}

const MAX_DETAIL = 300
const PUSHED_DIGEST = /digest: (sha256:[0-9a-f]{64}) size: \d+/g

/**
 * The docker CLI through `@actions/exec`: silent, output captured, failures as one-line
 * DockerCommandErrors. Passwords go to `docker login` on stdin only and are redacted (`util/redact`) in every message.
 */
export class DockerCli {
  private readonly env: Record<string, string> | undefined

  constructor(private readonly options: DockerCliOptions = {}) {
    const overrides = {
      ...(options.dockerHost ? { DOCKER_HOST: options.dockerHost } : {}),
      ...(options.dockerConfig ? { DOCKER_CONFIG: options.dockerConfig } : {})
    }
    this.env = Object.keys(overrides).length ? { ...definedEnv(process.env), ...overrides } : undefined
  }

  /** The daemon's version; fails when the CLI is missing or the daemon does not answer. */
  async serverVersion(): Promise<string> {
    return (await this.run(['version', '--format', '{{.Server.Version}}'])).trim()
  }

  /** `docker login HOST -u USER --password-stdin`, the password written to stdin. */
  async login(host: string, credentials: Credentials): Promise<void> {
    addCredentials(credentials)
    await this.run(['login', host, '--username', credentials.username, '--password-stdin'], credentials.password)
  }

  async pull(ref: string): Promise<void> {
    await this.run(['pull', '--quiet', ref])
  }

  async tag(from: string, to: string): Promise<void> {
    await this.run(['tag', from, to])
  }

  /** Pushes `ref` and resolves to the manifest digest the registry now serves (from docker's output). */
  async push(ref: string): Promise<string> {
    const output = await this.run(['push', ref])
    const digest = [...output.matchAll(PUSHED_DIGEST)].pop()?.[1]
    if (!digest) throw new DockerCommandError(`push ${ref}`, 0, 'docker printed no digest for what it pushed')
    return digest
  }

  /** The image's size as docker counts it (unpacked layers). */
  async imageSize(ref: string): Promise<number> {
    return Number((await this.run(['image', 'inspect', '--format', '{{.Size}}', ref])).trim()) || 0
  }

  /** Removes local references (an image goes with its last one); failures are ignored. */
  async remove(refs: string[]): Promise<void> {
    await this.run(['image', 'rm', ...refs]).catch(() => undefined)
  }

  /** Runs `docker ARGS` and resolves to its stdout; rejects with a DockerCommandError. */
  private async run(args: string[], input?: string): Promise<string> {
    const command = args.join(' ')
    this.options.trace?.(`docker ${command}`)
    let result
    try {
      result = await getExecOutput('docker', args, {
        silent: true,
        ignoreReturnCode: true,
        env: this.env,
        input: input === undefined ? undefined : Buffer.from(input)
      })
    } catch (error) {
      throw new DockerCommandError(command, undefined, this.mask(error instanceof Error ? error.message : String(error)))
    }
    if (result.exitCode !== 0) {
      throw new DockerCommandError(command, result.exitCode, this.mask(lastLine(result.stderr) ?? `exit code ${result.exitCode}`))
    }
    return result.stdout
  }

  /** One line, no secret, bounded length. */
  private mask(text: string): string {
    const masked = printable(redact(text.split('\n')[0]))
    return masked.length > MAX_DETAIL ? `${masked.slice(0, MAX_DETAIL)}…` : masked
  }
}

/** The last non-empty line of docker's stderr that is not a warning. */
function lastLine(stderr: string): string | undefined {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('WARNING'))
    .pop()
}

function definedEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined))
}
