import { UsageError } from './errors'
import { joinPath } from './reference'
import { isValidDigest, isValidHost, isValidRepositoryPath, isValidTag, MAX_NAME_LENGTH, normalizeRegistryHost } from './names'

/**
 * One image reference, parsed once: the registry, the repository path within it, and the tag or
 * digest (or neither: every tag of the repository). Text is made from it only at the edges, by
 * {@link formatImageRef}.
 */
export interface ImageRef {
  /**
   * Where the repository is kept when not in a registry: an OCI image layout directory (`oci`) or an
   * image archive file (`oci-archive`, `docker-archive`), containers-transports(5)'s names. Absent
   * for a registry.
   */
  scheme?: StoreScheme
  /**
   * The canonical registry host (`docker.io` for Docker Hub under any of its names; lowercase); for a
   * layout or an archive, its scheme and path as references name it (`oci:./mirror`).
   */
  registry: string
  /** The repository path within the registry: `library/nginx`, `google-containers/pause`. */
  repository: string
  tag?: string
  digest?: string
}

/** The stores that are files on this machine rather than registries. */
export type StoreScheme = 'oci' | 'oci-archive' | 'docker-archive'

/** The longest reference text accepted (a host, a 255-character name, a tag and a sha512 digest fit). */
const MAX_REFERENCE_LENGTH = 512

/** The forms {@link parseImageRef} accepts, for messages. */
export const IMAGE_REF_FORMS = 'REGISTRY/REPOSITORY[:TAG|@sha256:DIGEST] (e.g. gcr.io/google-containers/pause:3.9), or a Docker Hub name (nginx, user/app:1.0)'

/** True when the first path component names a registry host, as docker decides it: a `.` or `:`, or `localhost`. */
const namesHost = (part: string): boolean => part === 'localhost' || part.includes('.') || part.includes(':') || part.startsWith('[')

/**
 * Parses an image reference as `docker pull` does (distribution's normalised names): a first
 * component that is not a host means Docker Hub (`nginx` is `docker.io/library/nginx`,
 * `user/app` is `docker.io/user/app`); `:TAG`, `@DIGEST`, or both (the digest wins, as with docker).
 * Nothing else is interpreted: no scheme, no credentials, no whitespace, lowercase repositories.
 * Throws a UsageError naming `input` (the option or entry it came from) and the accepted forms.
 */
export function parseImageRef(text: string, input = 'image reference'): ImageRef {
  const fail = (problem: string): UsageError => new UsageError(`${input} "${shown(text)}": ${problem}; expected ${IMAGE_REF_FORMS}`)
  if (text.length === 0) throw fail('empty')
  if (text.length > MAX_REFERENCE_LENGTH) throw fail(`longer than ${MAX_REFERENCE_LENGTH} characters`)
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\s\u0000-\u001f\u007f]/.test(text)) throw fail('holds whitespace or control characters')
  if (text.includes('://')) throw fail('a reference has no scheme')
  const at = text.indexOf('@')
  const named = at < 0 ? text : text.slice(0, at)
  const digest = at < 0 ? undefined : text.slice(at + 1)
  if (digest !== undefined && !isValidDigest(digest)) throw fail(`"${shown(digest)}" is not a digest (sha256: and 64 hex digits)`)
  const slash = named.indexOf('/')
  const first = slash < 0 ? '' : named.slice(0, slash)
  const [host, rest] = slash >= 0 && namesHost(first) ? [first, named.slice(slash + 1)] : ['docker.io', named]
  if (host.includes('@')) throw fail('credentials do not belong in a reference')
  if (!isValidHost(host)) throw fail(`"${shown(host)}" is not a registry host[:port]`)
  // A tag follows the last `:` after the last `/` (a host's port comes before the first `/`).
  const colon = rest.lastIndexOf(':')
  const [path, tag] = colon > rest.lastIndexOf('/') ? [rest.slice(0, colon), rest.slice(colon + 1)] : [rest, undefined]
  if (tag !== undefined && !isValidTag(tag)) throw fail(`"${shown(tag)}" is not a tag (letters, digits, _ . -, at most 128)`)
  const registry = normalizeRegistryHost(host)
  const repository = registry === 'docker.io' && !path.includes('/') ? `library/${path}` : path
  if (!isValidRepositoryPath(repository)) {
    const why =
      repository.length > MAX_NAME_LENGTH ? `longer than ${MAX_NAME_LENGTH} characters` : 'lowercase letters, digits, and . _ - separators, / between levels'
    throw fail(`"${shown(path)}" is not a repository path (${why})`)
  }
  return { registry, repository, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) }
}

/**
 * The text of a reference: `REGISTRY/REPOSITORY[:TAG][@DIGEST]` (the canonical, fully qualified form;
 * `oci:PATH/REPOSITORY:TAG` for a layout). A tag's text is the contract's string in reports, ledgers
 * and metadata: made once per tag, where it leaves the program.
 */
export function formatImageRef(ref: ImageRef): string {
  return `${joinPath(ref.registry, ref.repository)}${ref.tag === undefined ? '' : `:${ref.tag}`}${ref.digest === undefined ? '' : `@${ref.digest}`}`
}

/** Untrusted text as it may appear in a message: control characters escaped, cut at 80 characters. */
function shown(text: string): string {
  const escaped = JSON.stringify(text).slice(1, -1)
  return escaped.length > 80 ? `${escaped.slice(0, 77)}...` : escaped
}
