import { afterEach } from 'vitest'
import { startGitHubApi, type GitHubApi, type GitHubApiOptions } from '../../../__tests__/harness/github-api'
import type { Ledger } from '../../sync/state/ledger'
import { publishMetadata, type PublishOptions } from '../index'
import { simulateRun, type SourceTags } from './fixtures'

/** Where the default namespace's record lands with `metadata-path: mirror`. */
export const RECORD = 'mirror/namespaces/gcr.io/google-containers.json'
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

/** Requests that could write (anything but GET). */
export const writes = (target: GitHubApi) => target.requests.filter((request) => request.method !== 'GET')
