import type { Dispatcher } from 'undici'
import type { Credentials } from '../../oci/model'
import { ProjectMissingError, RepositoryMissingError } from '../../registry/errors'
import { joinPath } from '../../oci/reference'
import { createDispatcher } from '../../registry/dispatcher'
import { createEcrRepository, createHarborProject, ecrRegistry, type Provisioned } from '../../registry/provision'
import { registryOrigin } from '../../registry/reference'
import { sideNetwork } from '../run/network'
import type { CreateRepository, TargetRepositories } from './target-repositories'
import type { SyncOptions, SyncReport } from '../types'

/** What creating a missing target repository takes on one registry. */
export interface Provisioning {
  /** The thing to create: the repository, or the Harbor project / namespace holding it. */
  what: string
  /** Its path in the registry (the repository, or the project). */
  path: string
  /** Creates it, when gcr-mirror can (`--create-repositories`) and was given the means (`context`). */
  create?: (signal: AbortSignal) => Promise<Provisioned>
  /** gcr-mirror can create it. */
  creatable: boolean
  /** How a person creates it: a command or a page. */
  how: string
}

/** Aliyun ACR hosts: Personal Edition `registry.REGION.aliyuncs.com`, Enterprise `NAME-registry.REGION.cr.aliyuncs.com`. */
const ALIYUN = /(^|\.)aliyuncs\.com$/i
const DOCKER_HUB = new Set(['docker.io', 'registry-1.docker.io', 'index.docker.io'])

/**
 * What to create for a missing target `repository` (a path within `registry`), and how: ECR
 * repositories and Harbor projects can be created (ECR through the AWS API, Harbor through its REST
 * API with the target credentials); Aliyun namespaces, Docker Hub organisations and anything else
 * only by a person.
 */
export function provisioning(
  registry: string,
  repository: string,
  missing: RepositoryMissingError,
  context?: { dispatcher: Dispatcher; credentials?: Credentials; env?: NodeJS.ProcessEnv },
  insecure: readonly string[] = []
): Provisioning {
  const ecr = ecrRegistry(registry)
  if (ecr) {
    return {
      what: `ECR repository ${repository}`,
      path: repository,
      creatable: true,
      create: context && ((signal) => createEcrRepository(registry, repository, { dispatcher: context.dispatcher, signal, env: context.env })),
      how: `aws ecr create-repository --repository-name ${repository} --region ${ecr.region}`
    }
  }
  if (missing instanceof ProjectMissingError) {
    const project = missing.project
    // Harbor's portal and API are where its registry is: plain HTTP for an --insecure-registries Harbor.
    const origin = registryOrigin(registry, insecure)
    return {
      what: `Harbor project ${project}`,
      path: project,
      creatable: true,
      create:
        context && ((signal) => createHarborProject(registry, project, { dispatcher: context.dispatcher, signal, credentials: context.credentials, insecure })),
      how: `Projects > New project at ${origin}/harbor/projects, or POST ${origin}/api/v2.0/projects {"project_name":"${project}"}`
    }
  }
  const namespace = repository.split('/')[0]
  if (ALIYUN.test(registry)) {
    return {
      what: `Aliyun namespace ${namespace}`,
      path: namespace,
      creatable: false,
      how: `gcr-mirror cannot create it: create namespace ${namespace} in the Container Registry console (cr.console.aliyun.com)`
    }
  }
  if (DOCKER_HUB.has(registry)) {
    return {
      what: `Docker Hub namespace ${namespace}`,
      path: namespace,
      creatable: false,
      how: `gcr-mirror cannot create it: create the organisation ${namespace} at https://hub.docker.com/orgs, or push as its owner`
    }
  }
  return {
    what: `repository ${repository}`,
    path: repository,
    creatable: false,
    how: `gcr-mirror cannot create it on ${registry}: create it with the registry's own tools`
  }
}

/**
 * The `--create-repositories` creator of a run's target registry: creates what {@link provisioning}
 * says, logs it, and throws "cannot create" for registries where only a person can.
 */
export function repositoryCreator(
  options: SyncOptions,
  registry: string,
  log: (level: 'info', message: string) => void,
  created: (path: string) => void
): CreateRepository {
  let dispatcher: Dispatcher | undefined
  return async (repository, missing, signal) => {
    dispatcher ??= createDispatcher(sideNetwork(options, 'target'), 2)
    const plan = provisioning(registry, repository, missing, { dispatcher, credentials: options.targetCredentials }, options.insecureRegistries)
    if (!plan.create) throw new Error(plan.how)
    const done = await plan.create(signal)
    log('info', `${done === 'created' ? 'created' : 'found'} ${plan.what} on ${registry}`)
    created(plan.path)
  }
}

/** The run's last warning about missing target repositories: each one, with how to create it (`insecure`: `--insecure-registries`). */
export function missingLine(registry: string, repositories: TargetRepositories, tried: boolean, insecure: readonly string[] = []): string {
  const plans = repositories.names().map((repository) => {
    const refusal = repositories.refusal(repository)!
    return { repository, refusal, plan: provisioning(registry, repository, refusal, undefined, insecure) }
  })
  const entries = plans.map(({ repository, refusal, plan }) => {
    const failed = /creating it failed: (.*)$/.exec(refusal.message)?.[1]
    return `${joinPath(registry, repository)} (${failed && plan.creatable ? `creating it failed: ${failed}; ` : ''}${plan.how})`
  })
  // --create-repositories is suggested only where it would help.
  const then =
    !tried && plans.some((p) => p.plan.creatable)
      ? 'create them as shown, or run with --create-repositories, then run again'
      : 'create them as shown, then run again'
  return `missing on the target, so their tags failed: ${entries.join('; ')}; ${then}`
}

/**
 * Each missing target repository of a report (`missingRepositories`) with how to create it, for the
 * job summary: a Harbor project is told apart by its tags' failures ("Harbor project NAME does not exist").
 */
export function missingAdvice(report: SyncReport): Array<{ name: string; how: string }> {
  const registry = report.target.split('/')[0]
  return (report.missingRepositories ?? []).map((name) => {
    const repository = name.slice(registry.length + 1)
    const failure = report.images.find((i) => i.status === 'failed' && i.target.startsWith(`${name}:`) && i.error)
    const project = /Harbor project (\S+) does not exist/.exec(failure?.error ?? '')?.[1]
    const info = { method: 'PUT', url: `https://${name}` }
    const refusal = project ? new ProjectMissingError(project, '', 404, info) : new RepositoryMissingError('', 404, info)
    return { name, how: provisioning(registry, repository, refusal).how }
  })
}
