/** The index.json annotation that names an entry. */
export const REF_NAME = 'org.opencontainers.image.ref.name'

/** A repository and one of its tags, as carried by an index.json entry's reference name. */
export interface TaggedName {
  repository: string
  tag: string
}

const TAG = /^\w[\w.-]{0,127}$/
const REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/

/** True for a tag of the distribution grammar (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`). */
export function isTag(text: string): boolean {
  return TAG.test(text)
}

/** True for a repository path of the distribution grammar (`team/app`). */
export function isRepository(text: string): boolean {
  return REPOSITORY.test(text)
}

/**
 * The reference name of `repository:tag` in a layout that holds a whole namespace: `team/app:v1`.
 *
 * skopeo 1.9 addresses it as `oci:DIR:team/app:v1`: it cuts the path at the first colon and looks
 * the rest up verbatim among the reference names, after checking it against the OCI ref grammar
 * (components of letters and digits joined by one of `- . _ : @ +` or `--`). Names with `__`,
 * `---`, `..` or a leading `_` in the tag are legal here but skopeo 1.9 refuses to address them.
 */
export function formatRefName(repository: string, tag: string): string {
  return `${repository}:${tag}`
}

/**
 * Splits a reference name at its last colon into repository and tag. Names that are not
 * `REPOSITORY:TAG` (a bare tag, as single-image tools write, or a name with a registry port and
 * no tag) give undefined: such entries belong to no repository of the namespace.
 */
export function parseRefName(name: string): TaggedName | undefined {
  const colon = name.lastIndexOf(':')
  const repository = name.slice(0, colon)
  const tag = name.slice(colon + 1)
  return colon > 0 && isRepository(repository) && isTag(tag) ? { repository, tag } : undefined
}
