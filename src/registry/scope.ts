/** Token scopes (`repository:NAME:ACTIONS`) as the token flow names them. */

/** What a client may do in the repositories it touches. */
export type Access = 'pull' | 'pull,push' | 'pull,push,delete'

/** The scope of one repository. */
export function repositoryScope(repository: string, access: Access): string {
  return `repository:${repository}:${access}`
}

/** The scope of `_catalog`. */
export const CATALOG_SCOPE = 'registry:catalog:*'
