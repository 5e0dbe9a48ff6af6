import { describe, expect, it } from 'vitest'
import { errorMessage, PreflightError } from '../../oci/errors'
import { CredentialsRefusedError } from '../../registry/errors'
import { onceNameHint, preflightHint } from '../../sync/report/hints'
import { RegistryError } from '../../registry/errors'
import type { Endpoint } from '../../sync/run/open-endpoint'
import { ACTION_WORDS } from '../context'
import { createReporter } from '../reporter'

const target = { kind: 'registry', registry: 'docker.io', namespace: 'alice', display: 'docker.io/alice', hasCredentials: true } as unknown as Endpoint

describe("the action's words in target messages", () => {
  it('the reporter hands the action words to the run, so per-tag messages and hints name inputs', () => {
    const reporter = createReporter(new AbortController().signal)
    expect(reporter.hooks.words).toBe(ACTION_WORDS)
    reporter.finish()
  })
  it('refused target credentials name target-username and target-password, not --flags', () => {
    const refused = new CredentialsRefusedError(
      'GET https://registry-1.docker.io/v2/: 401: the registry refused the credentials of "alice"; check the username and password',
      401,
      {
        method: 'GET',
        url: 'https://registry-1.docker.io/v2/'
      }
    )
    const message = errorMessage(new PreflightError(refused, { side: 'target', hint: preflightHint(refused, 'target', target) }), ACTION_WORDS)
    expect(message).toContain('the target credentials come from target-username and target-password')
    expect(message).not.toContain('--target')
  })
  it('the once-per-run name hint names the flatten input', () => {
    const said: string[] = []
    const advise = onceNameHint((advice) => said.push(advice(ACTION_WORDS)))
    const refusal = new RegistryError('PUT x: 400 NAME_INVALID', 400, { method: 'PUT', url: 'https://r/v2/a/b/c/manifests/v1' }, 'NAME_INVALID')
    advise(refusal)
    advise(refusal)
    expect(said).toHaveLength(1)
    expect(said[0]).toMatch(/pass flatten always/)
    expect(said[0]).not.toContain('--')
  })
})
