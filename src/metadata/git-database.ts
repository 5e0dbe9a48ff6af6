import { MetadataError } from './errors'
import type { GitHubClient } from './github-client'
import { redact } from '../util/redact'
import { printable } from '../util/printable'

/** A branch's state: its head commit, missing, or the repository has no commits at all. */
export type BranchHead = { kind: 'commit'; sha: string } | { kind: 'missing' } | { kind: 'empty-repository' }

/** An entry of a tree listing. */
export interface TreeEntry {
  path: string
  type: string
  sha: string
}

/** A file of a new tree: its text inline, a blob created beforehand, or (sha null) a file deleted. */
export type NewTreeEntry = { path: string; content: string } | { path: string; sha: string | null }

/**
 * The GitHub git database endpoints of one repository (refs, commits, trees, blobs), plus the
 * contents API for the first commit of an empty repository, where GitHub refuses git database
 * writes. Every failure becomes a MetadataError with a one-line message naming the repository.
 */
export class GitDatabase {
  constructor(
    private readonly client: GitHubClient,
    readonly owner: string,
    readonly repo: string
  ) {}

  /** `owner/name`, for messages. */
  get label(): string {
    return `${this.owner}/${this.repo}`
  }

  /** The repository's default branch. */
  async defaultBranch(): Promise<string> {
    const { data } = await this.call('read the repository', () => this.client.rest.repos.get(this.params()))
    return data.default_branch
  }

  /** The head of a branch. */
  async branchHead(branch: string): Promise<BranchHead> {
    try {
      const { data } = await this.call(`read branch ${branch}`, () => this.client.rest.git.getRef({ ...this.params(), ref: `heads/${branch}` }))
      return { kind: 'commit', sha: data.object.sha }
    } catch (error) {
      if (error instanceof MetadataError && error.status === 404) return { kind: 'missing' }
      if (error instanceof MetadataError && error.status === 409) return { kind: 'empty-repository' }
      throw error
    }
  }

  /** The root tree of a commit. */
  async commitTree(sha: string): Promise<string> {
    const { data } = await this.call(`read commit ${sha}`, () => this.client.rest.git.getCommit({ ...this.params(), commit_sha: sha }))
    return data.tree.sha
  }

  /** A tree's entries, the whole subtree when `recursive`; a truncated listing is an error. */
  async listTree(sha: string, recursive: boolean): Promise<TreeEntry[]> {
    const { data } = await this.call(`read tree ${sha}`, () =>
      this.client.rest.git.getTree({ ...this.params(), tree_sha: sha, ...(recursive ? { recursive: 'true' } : {}) })
    )
    if (data.truncated) throw new MetadataError(`metadata-repo ${this.label}: tree ${sha} is too large for the GitHub API to list; use a smaller metadata-path`)
    return data.tree.flatMap((entry) => (entry.path && entry.type && entry.sha ? [{ path: entry.path, type: entry.type, sha: entry.sha }] : []))
  }

  /** A blob's text (UTF-8). */
  async readBlob(sha: string): Promise<string> {
    const { data } = await this.call(`read blob ${sha}`, () => this.client.rest.git.getBlob({ ...this.params(), file_sha: sha }))
    return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8')
  }

  /** Stores a text as a blob (sent base64, so the bytes are exact); returns its sha. */
  async createBlob(content: string): Promise<string> {
    const { data } = await this.call('create a blob', () =>
      this.client.rest.git.createBlob({ ...this.params(), content: Buffer.from(redact(content), 'utf8').toString('base64'), encoding: 'base64' })
    )
    return data.sha
  }

  /** A new tree: `base` (if any) with these files added, replaced or deleted (nested paths allowed). */
  async createTree(base: string | undefined, files: NewTreeEntry[]): Promise<string> {
    const tree = files.map((file) => ({
      ...file,
      ...('content' in file ? { content: redact(file.content) } : {}),
      mode: '100644' as const,
      type: 'blob' as const
    }))
    const { data } = await this.call('create a tree', () => this.client.rest.git.createTree({ ...this.params(), tree, ...(base ? { base_tree: base } : {}) }))
    return data.sha
  }

  /** A new commit; no parents makes a root commit. */
  async createCommit(message: string, tree: string, parents: string[]): Promise<string> {
    const { data } = await this.call('create a commit', () => this.client.rest.git.createCommit({ ...this.params(), message: redact(message), tree, parents }))
    return data.sha
  }

  /** Moves a branch to a descendant commit, never forcing; false when the branch moved meanwhile. */
  async moveBranch(branch: string, sha: string): Promise<boolean> {
    return this.refUpdate(`update branch ${branch}`, () => this.client.rest.git.updateRef({ ...this.params(), ref: `heads/${branch}`, sha, force: false }))
  }

  /** Creates a branch; false when it appeared meanwhile. */
  async createBranch(branch: string, sha: string): Promise<boolean> {
    return this.refUpdate(`create branch ${branch}`, () => this.client.rest.git.createRef({ ...this.params(), ref: `refs/heads/${branch}`, sha }))
  }

  /** Commits one file with the contents API: the only way to give an empty repository its first commit. */
  async createFirstFile(branch: string, path: string, content: string, message: string): Promise<void> {
    await this.call(`create ${path}`, () =>
      this.client.rest.repos.createOrUpdateFileContents({
        ...this.params(),
        path,
        branch,
        message: redact(message),
        content: Buffer.from(redact(content), 'utf8').toString('base64')
      })
    )
  }

  private params(): { owner: string; repo: string } {
    return { owner: this.owner, repo: this.repo }
  }

  private async refUpdate(what: string, request: () => Promise<unknown>): Promise<boolean> {
    try {
      await this.call(what, request)
      return true
    } catch (error) {
      if (error instanceof MetadataError && (error.status === 409 || error.status === 422)) return false
      throw error
    }
  }

  /** Runs a request, turning its failure into a MetadataError that says what to do. */
  private async call<T>(what: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request()
    } catch (error) {
      throw this.describe(what, error)
    }
  }

  private describe(what: string, error: unknown): MetadataError {
    const failure = error as { status?: unknown; message?: string; response?: { data?: { message?: unknown } } }
    const status = typeof failure.status === 'number' ? failure.status : undefined
    let detail = typeof failure.response?.data?.message === 'string' ? failure.response.data.message : (failure.message ?? String(error)).split('\n')[0]
    const where = `metadata-repo ${this.label}`
    detail = printable(redact(detail))
    switch (status) {
      case undefined:
        return new MetadataError(`${where}: cannot ${what}: ${detail}`)
      case 401:
        return new MetadataError(`${where}: GitHub API refused the token (401 ${detail}); check the github-token input`, status)
      case 403:
        return new MetadataError(
          `${where}: the token may not ${what} (403 ${detail}); grant the workflow \`permissions: contents: write\` or pass a github-token that can write to ${this.label}`,
          status
        )
      case 404:
        return new MetadataError(`${where}: cannot ${what} (404 ${detail}): the repository does not exist or the token cannot see it`, status)
      default:
        return new MetadataError(`${where}: cannot ${what} (${status} ${detail})`, status)
    }
  }
}
