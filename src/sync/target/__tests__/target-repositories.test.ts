import { describe, expect, it } from 'vitest'
import { PreflightError } from '../../../oci/errors'
import { CredentialsRefusedError, RepositoryMissingError } from '../../../registry/errors'
import { TargetRepositories } from '../target-repositories'
import { WorkScope } from '../../../util/shared-work'

const signal = new AbortController().signal

const push = (repository: string) => ({ method: 'POST', url: `https://ecr.example/v2/${repository}/blobs/uploads/` })
const missing = (repository: string) => new RepositoryMissingError(`${repository} does not exist`, 404, push(repository), 'NAME_UNKNOWN')

/** A probe over a fixed set of existing repositories, wrapping its failures as the run does. */
function probeOf(existing: string[], asked: string[]) {
  return async (repository: string): Promise<void> => {
    asked.push(repository)
    if (!existing.includes(repository)) throw new PreflightError(missing(repository), { side: 'target' })
  }
}

describe('TargetRepositories', () => {
  it("probes the first tag's repository once, and a missing one fails only its own tags", async () => {
    const asked: string[] = []
    const repositories = new TargetRepositories(probeOf(['mirror/app'], asked), new WorkScope(), 'mirror/absent')
    const results = await Promise.allSettled(['mirror/app', 'mirror/absent', 'mirror/app', 'mirror/absent'].map((r) => repositories.writable(r, signal)))
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected'])
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(RepositoryMissingError)
    expect(asked).toEqual(['mirror/absent', 'mirror/app'])
    await repositories.writable('mirror/other', signal)
    expect(asked).toHaveLength(2)
    expect(repositories.names()).toEqual(['mirror/absent'])
  })

  it('remembers a repository a write found missing, and its next tags fail without a request', async () => {
    const asked: string[] = []
    const repositories = new TargetRepositories(probeOf(['mirror/app'], asked), new WorkScope(), 'mirror/app')
    await repositories.writable('mirror/gone', signal)
    repositories.note('mirror/gone', new Error('blob upload failed', { cause: missing('mirror/gone') }))
    repositories.note('mirror/app', new Error('something else'))
    await expect(repositories.writable('mirror/gone', signal)).rejects.toBeInstanceOf(RepositoryMissingError)
    expect(asked).toEqual(['mirror/app'])
    expect(repositories.names()).toEqual(['mirror/gone'])
  })

  it('ends the run on anything else the probe meets (refused credentials)', async () => {
    const refused = new PreflightError(new CredentialsRefusedError('refused', 401, push('mirror/app')), { side: 'target' })
    const repositories = new TargetRepositories(() => Promise.reject(refused), new WorkScope(), 'mirror/app')
    await expect(repositories.writable('mirror/app', signal)).rejects.toBe(refused)
    await expect(repositories.writable('mirror/other', signal)).rejects.toBe(refused)
    expect(repositories.names()).toEqual([])
  })
})
