/**
 * What hosted registries allow in repository paths, in one table: the registries whose paths are
 * exactly `NAMESPACE/REPOSITORY` (an account, organization or namespace, then one level).
 * `--flatten auto` flattens for these, and a target namespace deeper than they allow is refused.
 */

import { UsageError } from '../../oci/errors'
import type { EndpointSpec } from '../options/endpoint'

/** A registry family whose repository paths have a fixed number of levels. */
export interface RegistryRule {
  /** The registry family, for messages and the README. */
  name: string
  /** Host names (lowercase, no port) of the family. */
  hosts: RegExp
  /** How many `/`-separated levels a repository path has, namespace included. */
  levels: number
  /** What the levels are called, for messages. */
  shape: string
}

/**
 * The registries that allow one level below the account or namespace. Sources: Docker Hub and Quay
 * repositories are `ACCOUNT/REPO`; Aliyun ACR Personal Edition "supports only tier-1 repository
 * names" below a namespace (https://www.alibabacloud.com/help/en/acr/product-overview/terms);
 * Huawei SWR `ORGANIZATION/REPO`; Tencent CCR `NAMESPACE/REPO`.
 */
export const REGISTRY_RULES: readonly RegistryRule[] = [
  { name: 'Docker Hub', hosts: /^docker\.io$/, levels: 2, shape: 'ACCOUNT/REPOSITORY' },
  { name: 'Quay.io', hosts: /^quay\.io$/, levels: 2, shape: 'ORGANIZATION/REPOSITORY' },
  {
    name: 'Aliyun ACR Personal Edition',
    hosts: /^registry(-vpc|-intl|-intl-vpc)?\.[a-z0-9-]+\.aliyuncs\.com$/,
    levels: 2,
    shape: 'NAMESPACE/REPOSITORY'
  },
  { name: 'Huawei SWR', hosts: /^swr\.[a-z0-9-]+\.myhuaweicloud\.com$/, levels: 2, shape: 'ORGANIZATION/REPOSITORY' },
  { name: 'Tencent CCR', hosts: /^ccr\.ccs\.tencentyun\.com$/, levels: 2, shape: 'NAMESPACE/REPOSITORY' }
]

/** The rule of a registry (`host[:port]` as endpoints name it), or undefined for registries that allow any depth. */
export function registryRule(registry: string): RegistryRule | undefined {
  const host = registry.toLowerCase().replace(/:\d+$/, '')
  return REGISTRY_RULES.find((rule) => rule.hosts.test(host))
}

/**
 * Refuses a target namespace its registry can't hold (`docker.io/alice/sub`, or no namespace on
 * Aliyun): one line naming the option and the limit, before any request.
 */
export function assertNamespaceFits(target: EndpointSpec): void {
  if (target.kind !== 'registry') return
  const rule = registryRule(target.registry)
  if (!rule) return
  const depth = target.namespace ? target.namespace.split('/').length : 0
  const allowed = rule.levels - 1
  if (depth === allowed) return
  const example = `${target.registry}/${target.namespace.split('/')[0] || 'NAMESPACE'}`
  const problem = depth > allowed ? `is ${depth} levels deep` : 'has no namespace'
  throw new UsageError(
    (w) =>
      `${w.option('target')} ${target.display}: ${rule.name} repositories are ${rule.shape} (${rule.levels} levels), so the namespace must be ${allowed} level, e.g. ${example}; it ${problem}`
  )
}
