import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { fetch as undiciFetch } from 'undici'
import { createDispatcher } from '../registry/dispatcher'
import { proxyEnv, usesProxy } from '../registry/proxy-env'
import { addSecret } from '../util/redact'

/** The Octokit client the metadata publisher talks to GitHub with. */
export type GitHubClient = ReturnType<typeof getOctokit>

/** Rate-limited requests are retried this many times before the error surfaces. */
const RATE_LIMIT_RETRIES = 2

/** Answers that retrying cannot change (409: empty repository or a conflict the caller handles). */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451]

/** The API base URL: the option, else `GITHUB_API_URL` (GitHub Enterprise), else api.github.com. */
export function apiBaseUrl(apiUrl?: string): string {
  return (apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
}

/**
 * An Octokit with the retry plugin (server errors, with backoff) and the throttling plugin
 * (GitHub's primary and secondary rate limits: writes spaced, rate-limited requests retried after
 * the time GitHub asks for). The token is registered with the redactor.
 */
export function createGitHubClient(token: string, apiUrl: string | undefined, log: (message: string) => void): GitHubClient {
  addSecret(token)
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < RATE_LIMIT_RETRIES
      log(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ${again ? `retrying in ${retryAfter}s` : 'giving up'}`)
      return again
    }
  return getOctokit(
    token,
    {
      baseUrl: apiBaseUrl(apiUrl),
      retry: { doNotRetry: DO_NOT_RETRY },
      ...(usesProxy(proxyEnv()) ? { request: { fetch: proxyFetch() } } : {}),
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') }
    },
    retry,
    throttling
  )
}

/** A fetch through the proxies of the environment (`HTTPS_PROXY`, `NO_PROXY`), for Octokit: one dispatcher for every API call. */
function proxyFetch(): typeof undiciFetch {
  const dispatcher = createDispatcher()
  return (input, init) => undiciFetch(input, { ...init, dispatcher })
}
