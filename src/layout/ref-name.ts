/** The index.json annotation that names an entry. */
export const REF_NAME = 'org.opencontainers.image.ref.name'

/** A repository and one of its tags, as carried by an index.json entry's reference name. */
export interface TaggedName {
  repository: string
  tag: string
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
