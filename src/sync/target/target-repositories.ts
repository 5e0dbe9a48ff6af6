import { PreflightError } from '../../oci/errors'
import { RepositoryMissingError } from '../../registry/errors'
import { SharedWork, type WorkScope } from '../../util/shared-work'

/** The repository-missing refusal an error is or wraps (a PreflightError's error, a blob's failure with its cause). */
function missingOf(error: unknown): RepositoryMissingError | undefined {
  for (let e = error instanceof PreflightError ? error.error : error; e instanceof Error; e = e.cause) if (e instanceof RepositoryMissingError) return e
  return undefined
}

/** Creates a missing target repository (or what holds it); resolves once it exists. */
export type CreateRepository = (repository: string, missing: RepositoryMissingError, signal: AbortSignal) => Promise<void>

/**
 * Push access of a run, proved once, and the target repositories found missing. A repository that
 * does not exist where the registry does not create one on push (ECR's 404 NAME_UNKNOWN "The
 * repository with name 'x' does not exist in the registry with id '...'") fails that repository's
 * tags only; refused credentials or a missing push right still end the run before any copy.
 */
export class TargetRepositories {
  /** The repository the probe asks about (the first tag's, then, after it was found missing, the next writer's). */
  private asked: string | undefined
  /** Probes by repository: run once under the run's signal, whichever tag waits (a success is kept). */
  private readonly probes: SharedWork<void>
  /** Missing repositories, with the refusal that said so. */
  private readonly missing = new Map<string, RepositoryMissingError>()
  /** Creations by repository (`--create-repositories`): one attempt each, whichever tag asks. */
  private readonly creations: SharedWork<void>

  /**
   * `probe` proves push access to a repository; its failures that are not a missing repository end
   * the run (a PreflightError). The first probe asks about `first` (the run's first tag's), whichever
   * tag comes to write first, so the run's outcome does not depend on timing.
   */
  constructor(
    private readonly probe: (repository: string, signal: AbortSignal) => Promise<void>,
    scope: WorkScope,
    private first?: string,
    private readonly create?: CreateRepository
  ) {
    this.probes = new SharedWork<void>(scope)
    this.creations = new SharedWork<void>(scope)
  }

  /**
   * Resolves when tags of `repository` may be written; `signal` bounds this caller's wait alone.
   * Throws the refusal of a repository found missing (a failure of that tag alone), or the probe's
   * error that ends the run. A probe that found its repository missing proves nothing for the
   * others: the next one asks about its own (at most one probe per missing repository, then none).
   */
  async writable(repository: string, signal: AbortSignal): Promise<void> {
    const created = new Set<string>()
    for (;;) {
      const known = this.missing.get(repository)
      if (known) throw known
      const asked = (this.asked ??= this.next(repository))
      try {
        await this.probes.run(asked, signal, (own) => this.probe(asked, own))
        return
      } catch (error) {
        const missing = missingOf(error)
        if (!missing) throw error
        // Created: the probe asks again, once (a failed probe is not kept).
        if (!created.has(asked) && (await this.created(asked, missing, signal))) {
          created.add(asked)
          continue
        }
        if (!this.missing.has(asked)) this.missing.set(asked, missing)
        if (this.asked === asked) this.asked = undefined
      }
    }
  }

  /**
   * Runs a tag's write `work`; a write refused because its repository is missing (the probe asked
   * about another) creates the repository when the run may, then runs `work` once more.
   */
  async write<T>(repository: string, signal: AbortSignal, work: () => Promise<T>): Promise<T> {
    await this.writable(repository, signal)
    try {
      return await work()
    } catch (error) {
      const missing = missingOf(error)
      if (!missing || !(await this.created(repository, missing, signal))) throw error
      return work()
    }
  }

  /**
   * Creates `repository` when the run may (one attempt per repository, shared by its tags); true
   * when it now exists. A creation that fails is the repository's refusal, with why.
   */
  private async created(repository: string, missing: RepositoryMissingError, signal: AbortSignal): Promise<boolean> {
    const create = this.create
    if (!create) return false
    try {
      await this.creations.run(repository, signal, (own) => create(repository, missing, own))
      return true
    } catch (error) {
      if (signal.aborted) throw error
      const why = error instanceof Error ? error.message : String(error)
      this.missing.set(repository, new RepositoryMissingError(`${missing.message}; creating it failed: ${why}`, missing.status, missing.request, missing.code))
      return false
    }
  }

  /** `first` when not asked yet, else `repository`. */
  private next(repository: string): string {
    const asked = this.first ?? repository
    this.first = undefined
    return asked
  }

  /** Notes a tag's failure: a write refused because its repository is missing makes the repository's next tags fail at once. */
  note(repository: string, error: unknown): void {
    const missing = missingOf(error)
    if (missing && !this.missing.has(repository)) this.missing.set(repository, missing)
  }

  /** The repositories found missing (paths within the target registry), sorted. */
  names(): string[] {
    return [...this.missing.keys()].sort()
  }

  /** The refusal that found `repository` missing. */
  refusal(repository: string): RepositoryMissingError | undefined {
    return this.missing.get(repository)
  }
}
