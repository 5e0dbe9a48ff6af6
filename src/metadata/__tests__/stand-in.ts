import { afterEach } from 'vitest'
import { startGitHubApi, type GitHubApi, type GitHubApiOptions } from '../../../__tests__/harness/github-api'
import type { Ledger } from '../../sync/state/ledger'
import { publishMetadata, type PublishOptions } from '../index'
import { groupPath, namespaceFolder } from '../record'
import { SOURCE, simulateRun, type SourceTags } from './fixtures'

/** Where the default namespace's record files land with `metadata-path: mirror`. */
export const RECORDS = `mirror/${namespaceFolder(SOURCE)}`
/** Where a single-file record of an earlier version lay. */
export const LEGACY_RECORD = 'mirror/namespaces/gcr.io/google-containers.json'
/** The file holding a repository of the default namespace. */
export const groupOf = (repository: string): string => `mirror/${groupPath(SOURCE, repository)}`
/** A first run's tags: two repositories, three tags. */
export const FIRST: SourceTags = { pause: { '3.9': 'pause-3.9', latest: 'pause-3.9' }, 'coredns/coredns': { 'v1.11.1': 'coredns-1.11.1' } }

/** Registers cleanup and returns a starter of GitHub API stand-ins (by default a repository with one commit). */
export function useStandIn(): (options?: GitHubApiOptions) => Promise<GitHubApi> {
  const started: GitHubApi[] = []
  afterEach(async () => {
    await Promise.all(started.splice(0).map((api) => api.stop()))
  })
  return async (options = { files: { 'README.md': '# project\n' } }) => {
    const api = await startGitHubApi(options)
    started.push(api)
    return api
  }
}

/** Publishes against the stand-in, with the metadata in `mirror/`. */
export function publish(target: GitHubApi, run: Pick<PublishOptions, 'report' | 'ledger'> & Partial<PublishOptions>) {
  return publishMetadata({ repo: `${target.owner}/${target.repo}`, path: 'mirror', token: target.token, apiUrl: target.url, ...run })
}

/** Simulates a sync run on the ledger and publishes it. */
export function runAndPublish(target: GitHubApi, ledger: Ledger, tags: SourceTags, now: Date, extra: Partial<PublishOptions> = {}) {
  return publish(target, { report: simulateRun(ledger, tags, now), ledger: ledger.entries(), now, ...extra })
}

/** `git show SPEC` in the stand-in's repository. */
export const show = (target: GitHubApi, spec: string): Promise<string> => target.git(['show', spec])

/** Commit subjects of a branch, newest first. */
export const subjects = async (target: GitHubApi, branch = 'main'): Promise<string[]> => (await target.git(['log', '--format=%s', branch])).trim().split('\n')

/** Files a commit changed, sorted. */
export const changedFiles = async (target: GitHubApi, rev: string): Promise<string[]> =>
  (await target.git(['show', '--name-only', '--format=', rev])).trim().split('\n').sort()

/** Bytes sent to the API in request bodies (blobs, trees, commits, refs): what a commit uploads. */
export const uploadedBytes = (target: GitHubApi): number =>
  target.requests.filter((request) => request.method !== 'GET').reduce((sum, request) => sum + request.bodyBytes, 0)

/** Requests that could write (anything but GET). */
export const writes = (target: GitHubApi) => target.requests.filter((request) => request.method !== 'GET')

/** The default namespace's record files at `rev`, sorted. */
export const recordFiles = async (target: GitHubApi, rev = 'main'): Promise<string[]> =>
  (await target.git(['ls-tree', '-r', '--name-only', rev, '--', RECORDS])).trim().split('\n').filter(Boolean).sort()

/** The default namespace's record at `rev`: its group files parsed and put together, repositories sorted. */
export async function readRecord(target: GitHubApi, rev = 'main') {
  const files = await Promise.all((await recordFiles(target, rev)).map(async (path) => JSON.parse(await show(target, `${rev}:${path}`))))
  const repositories = files.flatMap((file) => file.repositories as any[]).sort((a, b) => (a.repository < b.repository ? -1 : 1))
  return { ...files[0], repositories }
}
