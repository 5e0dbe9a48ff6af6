import { MetadataError } from './errors'
import { GitDatabase } from './git-database'
import { createGitHubClient } from './github-client'

/** Where the metadata lives, as the action's inputs give it. */
export interface LocationOptions {
  /** `owner/name`. */
  repo: string
  /** Default: the repository's default branch. */
  branch?: string
  /** Folder inside the repository; default the root. */
  path?: string
  token: string
  /** Default: `GITHUB_API_URL`, else https://api.github.com. */
  apiUrl?: string
}

/** An opened metadata location: the repository's API, the branch and the folder. */
export interface Location {
  db: GitDatabase
  branch: string
  /** Folder inside the repository, without leading or trailing slash; empty for the root. */
  folder: string
}

/** Validates the inputs and resolves the branch (one request when no branch is given). */
export async function openLocation(options: LocationOptions, log: (message: string) => void): Promise<Location> {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(options.repo.trim())
  if (!match) throw new MetadataError(`metadata-repo ${options.repo}: expected owner/name, e.g. octo-org/mirror-metadata`)
  if (!options.token) throw new MetadataError(`metadata-repo ${options.repo}: no github-token; pass one with write access to the repository`)
  const segments = (options.path ?? '').split('/').filter((segment) => segment !== '' && segment !== '.')
  if (segments.includes('..')) throw new MetadataError(`metadata-path ${options.path}: must stay inside the repository (no ..)`)
  const db = new GitDatabase(createGitHubClient(options.token, options.apiUrl, log), match[1], match[2])
  const branch = options.branch?.trim() || (await db.defaultBranch())
  return { db, branch, folder: segments.join('/') }
}
