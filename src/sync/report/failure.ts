import { CLI_WORDS, kindOf, MirrorError, sideOf, type Side, type Words } from '../../oci/errors'
import type { CopyJob } from '../../engines/engine'
import { NotFoundError, RepositoryMissingError } from '../../registry/errors'

/**
 * What went wrong with a tag, in categories a person can act on: the floor's kinds (`oci/errors`)
 * in finer words where the registry's status or code tells more (these strings are the report's).
 */
export type FailureKind =
  | 'credentials-refused'
  | 'unauthorized'
  | 'denied'
  | 'not-found'
  | 'repository-missing'
  | 'name-invalid'
  | 'manifest-refused'
  | 'refused'
  | 'rate-limit'
  | 'server-error'
  | 'network'
  | 'corrupt'
  | 'too-large'
  | 'protocol'
  | 'timeout'
  | 'other'

/** Why a tag failed: which end, what kind, and the registry's status and error code when it answered. */
export interface FailureCause {
  side?: Side
  kind: FailureKind
  status?: number
  code?: string
}

/** Registry error codes (distribution spec, Docker Hub, GHCR) for a manifest the target won't store. */
const MANIFEST_REFUSED = new Set(['MANIFEST_INVALID', 'MANIFEST_UNVERIFIED', 'UNSUPPORTED', 'MANIFEST_BLOB_UNKNOWN'])

/** The error of a chain (the error, then its causes) that carries a code or a registry's answer: a referrer's failure wraps its tag's. */
function answerOf(error: unknown): MirrorError | undefined {
  for (let e = error; e instanceof Error; e = e.cause) if (e instanceof MirrorError && (e.status !== undefined || e.code !== undefined)) return e
  return undefined
}

/** The failure kind the error's kind, status and code say (a docker error's code without a status: the CLI's words). */
function kindOfFailure(error: unknown): FailureKind {
  const answer = answerOf(error)
  const status = answer?.status
  const code = answer?.code
  switch (kindOf(error)) {
    case 'auth-refused':
      return 'credentials-refused'
    case 'access-denied':
      return status === 401 || (status === undefined && code === 'UNAUTHORIZED') ? 'unauthorized' : 'denied'
    case 'not-found':
      return answer instanceof RepositoryMissingError ? 'repository-missing' : 'not-found'
    case 'digest-mismatch':
      return 'corrupt'
    case 'too-large':
      return 'too-large'
    case 'protocol':
      return 'protocol'
    case 'rate-limited':
      return 'rate-limit'
    case 'transient':
      return status !== undefined && status >= 500 ? 'server-error' : 'network'
    case 'refused':
      if (code === 'NAME_INVALID') return 'name-invalid'
      if (code === 'DENIED') return 'denied'
      if ((code && MANIFEST_REFUSED.has(code)) || status === 415) return 'manifest-refused'
      return 'refused'
  }
  return 'other'
}

/**
 * Classifies the error a tag failed with: a reading of the fields its maker set (kind, side, status,
 * code; see `MirrorError`). Content that does not match its digest is always the source's. The
 * registry's status and code are named when a registry answered (an HTTP status).
 */
export function classifyFailure(error: unknown, timedOut = false): FailureCause {
  const kind = timedOut ? 'timeout' : kindOfFailure(error)
  const side = kind === 'corrupt' ? 'source' : sideOf(error)
  const answer = timedOut ? undefined : answerOf(error)
  const registry = answer?.status !== undefined ? { status: answer.status, ...(answer.code ? { code: answer.code } : {}) } : {}
  return { ...(side ? { side } : {}), kind, ...registry }
}

/**
 * True when the source answered 404 for the tag's own manifest (by tag or by its digest): the tag
 * was deleted between listing and copy, which is skipped (`source-gone`), not failed. A missing
 * child or blob of a tag still there is a broken source and stays a failure.
 */
export function isSourceGone(error: unknown, job: Pick<CopyJob, 'tag' | 'digest'>): boolean {
  const answer = answerOf(error)
  if (!(answer instanceof NotFoundError) || sideOf(error) !== 'source') return false
  return [job.tag, job.digest].some((reference) => answer.request.url.endsWith(`/manifests/${reference}`))
}

/** The registries of a run, for advice that names them. */
export interface FailureContext {
  /** `gcr.io`, `127.0.0.1:5001`, or undefined for an OCI layout. */
  sourceRegistry?: string
  targetRegistry?: string
  /** Whether the run flattens nested names (Docker Hub). */
  flattened?: boolean
}

/** A failure in words: what was wrong (on which end) and what to do about it. */
export interface FailureAdvice {
  what: string
  todo: string
}

const isDockerHub = (host?: string): boolean => host === 'docker.io' || host === 'registry-1.docker.io' || host === 'index.docker.io'
const isGhcr = (host?: string): boolean => host === 'ghcr.io'
const isAliyun = (host?: string): boolean => host !== undefined && /(^|\.)aliyuncs\.com$/.test(host)
/** ECR's private registries: `ACCOUNT.dkr.ecr.REGION.amazonaws.com` (AWS ECR User Guide, "Private registry concepts"). */
const isEcr = (host?: string): boolean => host !== undefined && /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test(host)

/** How to give a registry working credentials, per registry. */
function credentialAdvice(side: Side, host: string | undefined, w: Words): string {
  const inputs = `\`${w.option(`${side}-username`)}\` / \`${w.option(`${side}-password`)}\``
  if (isDockerHub(host))
    return `check ${inputs}: Docker Hub wants your user name and an access token (Account settings → Personal access tokens), not the e-mail address`
  if (isGhcr(host)) return `check ${inputs}: GHCR wants \`github.actor\` and \`secrets.GITHUB_TOKEN\` (or a token with write:packages)`
  if (isAliyun(host)) return `check ${inputs}: Aliyun ACR wants the registry password set in the console (Access credentials), not the account password`
  if (isEcr(host))
    return `ECR's password is a token that lasts 12 hours: get it with \`aws ecr get-login-password\` (or aws-actions/amazon-ecr-login) in the same job, user \`AWS\``
  return `check ${inputs} (or the login of docker login / docker/login-action)`
}

/** Why access was refused although the login worked, per registry. */
function deniedAdvice(side: Side, host: string | undefined, w: Words): string {
  if (side === 'source') return `the account may not pull this repository: use credentials that can, or leave it out of \`${w.option('images')}\``
  if (isGhcr(host))
    return 'give the workflow `permissions: packages: write`; a package created by another repository needs this one added under the package settings (Manage Actions access)'
  if (isDockerHub(host)) return 'the token needs the Read & Write scope, and the namespace must be your user or an organisation you may push to'
  if (isAliyun(host)) return 'the namespace must exist in this ACR instance and belong to this account (create it in the console)'
  return 'the account needs push rights on the target namespace'
}

/**
 * Turns a classified failure into words: the end at fault, what was wrong, what to do, naming
 * options in the words of the shell that prints it.
 */
export function explainFailure(cause: FailureCause, context: FailureContext = {}, w: Words = CLI_WORDS): FailureAdvice {
  const side = cause.side
  const host = side === 'target' ? context.targetRegistry : side === 'source' ? context.sourceRegistry : undefined
  const end = side ? `the ${side}${host ? ` (${host})` : ''}` : 'the copy'
  const End = end[0].toUpperCase() + end.slice(1)
  const answered = cause.status ? ` (HTTP ${cause.status}${cause.code ? ` ${cause.code}` : ''})` : cause.code ? ` (${cause.code})` : ''
  const option = (name: string): string => `\`${w.option(name)}\``
  switch (cause.kind) {
    case 'credentials-refused':
      return { what: `${End} refused the username and password${answered}.`, todo: `${credentialAdvice(side ?? 'target', host, w)}.` }
    case 'unauthorized':
      return {
        what: `${End} wants a login and none was accepted${answered}.`,
        todo: `set ${side ? `${option(`${side}-username`)} and ${option(`${side}-password`)}` : 'the credentials'}, or run docker login (docker/login-action) first.`
      }
    case 'denied':
      return { what: `${End} accepted the login but refused access${answered}.`, todo: `${deniedAdvice(side ?? 'target', host, w)}.` }
    case 'not-found':
      return side === 'target'
        ? {
            what: `${End} has no such repository or namespace and did not create it on push${answered}.`,
            todo: isAliyun(host)
              ? 'create the namespace in the ACR console and turn on automatic repository creation, or create the repositories first.'
              : 'create the namespace (a Harbor project, an ACR namespace) or the repository first.'
          }
        : {
            what: `${End} no longer has this tag or one of its parts${answered}.`,
            todo: 'nothing, if it was deleted on purpose; the next run lists the tags again.'
          }
    case 'repository-missing':
      return {
        what: `${End} has no such repository and does not create one on push${answered}.`,
        todo: 'create the repository (an ECR repository, a Harbor project, a namespace) and run again; the end of the run names every missing one.'
      }
    case 'name-invalid':
      return {
        what: `${End} refused the repository name${answered}.`,
        todo: context.flattened
          ? `names must be lowercase; choose another ${option('separator')} if the registry refuses this one.`
          : `this registry allows one level below the namespace: set ${option('flatten')} to \`always\` (team/app becomes team_app); names must be lowercase.`
      }
    case 'manifest-refused':
      return {
        what: `${End} refused the manifest${answered}: its media type or content is not accepted there.`,
        todo: `for Docker schema 1 images keep ${option('schema1')} at \`convert\` (the default); otherwise leave those tags out (${option('exclude-tags')}).`
      }
    case 'refused':
      return { what: `${End} refused what was sent${answered}.`, todo: 'see the error: the registry says what it does not accept.' }
    case 'rate-limit':
      return {
        what: `${End} rate-limited the run${answered}.`,
        todo: isDockerHub(host)
          ? `Docker Hub limits anonymous pulls per IP: log in for a higher limit, lower ${option('concurrency')}; the next run carries on.`
          : `lower ${option('concurrency')}; the next run carries on where this one stopped.`
      }
    case 'server-error':
      return { what: `${End} failed on its side${answered}, retries included.`, todo: 'usually passes: the next run retries these tags.' }
    case 'network':
      return {
        what: `${End} could not be reached or dropped the connection, retries included.`,
        todo: 'check the host name, the proxy (`HTTPS_PROXY`) and the firewall; the next run retries.'
      }
    case 'corrupt':
      return {
        what: 'The source served bytes that do not match their digest, on every attempt.',
        todo: 'nothing was pushed; if it persists, the source (or a proxy in between) is broken.'
      }
    case 'too-large':
      return {
        what: `${End} sent a manifest or document larger than gcr-mirror accepts (4 MiB).`,
        todo: 'leave the tag out; such a manifest is almost certainly broken.'
      }
    case 'protocol':
      return {
        what: `${End} answered in a way gcr-mirror refuses to follow (see the error).`,
        todo: 'check that the address is a registry and not a web page or proxy.'
      }
    case 'timeout':
      return {
        what: `The tag took longer than ${option('tag-timeout')}, retries included.`,
        todo: `raise ${option('tag-timeout')} for very large images, or look for a slow registry.`
      }
    case 'other':
      return { what: `${End} failed (see the error).`, todo: 'the next run retries these tags.' }
  }
}
