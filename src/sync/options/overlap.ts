import { sep } from 'node:path'
import { UsageError } from '../../oci/errors'
import { registryIdentity } from '../../oci/names'
import { resolvedPath } from '../../util/resolved-path'
import type { EndpointSpec } from './endpoint'

/** True when `inner` is `outer` or lies below it (`/` separated; an empty `outer` holds everything). */
function within(inner: string, outer: string, separator: string): boolean {
  return outer === '' || inner === outer || inner.startsWith(outer.endsWith(separator) ? outer : outer + separator)
}

/**
 * Refuses a source and a target that overlap, before any request: the same registry (under any alias
 * `registryIdentity` knows: `localhost` / `127.0.0.1` / `[::1]`, Docker Hub's names, a default port)
 * with one namespace equal to or inside the other, or two `oci:` layouts, by resolved path, one
 * equal to or inside the other. A target inside the source would be listed as source by the next
 * run and mirrored again below itself (8, 12, 16 repositories...); a source inside the target gets
 * the run's writes (and `--prune`'s deletes) among its own repositories.
 */
export function assertSeparate(source: EndpointSpec, target: EndpointSpec): void {
  if (source.kind === 'oci' && target.kind === 'oci') {
    const [from, to] = [resolvedPath(source.path), resolvedPath(target.path)]
    if (from === to) throw new UsageError((w) => `${w.option('source')} and ${w.option('target')} are the same layout (${from}); a mirror needs two places`)
    if (within(to, from, sep) || within(from, to, sep)) {
      const [inner, outer] = within(to, from, sep) ? ['target', 'source'] : ['source', 'target']
      throw new UsageError(
        (w) =>
          `${w.option(inner)} ${inner === 'target' ? to : from} lies inside the ${w.option(outer)} layout ${inner === 'target' ? from : to}; give two separate directories`
      )
    }
    return
  }
  if (source.kind !== 'registry' || target.kind !== 'registry' || registryIdentity(source.registry) !== registryIdentity(target.registry)) return
  const alias = source.registry === target.registry ? '' : ` (${source.registry} and ${target.registry} are one registry)`
  if (source.namespace === target.namespace) {
    throw new UsageError((w) => `${w.option('source')} and ${w.option('target')} are the same (${target.display})${alias}; a mirror needs two places`)
  }
  const inner = within(target.namespace, source.namespace, '/') ? 'target' : within(source.namespace, target.namespace, '/') ? 'source' : undefined
  if (!inner) return
  const [innerSpec, outerSpec] = inner === 'target' ? [target, source] : [source, target]
  const why = inner === 'target' ? "the next run would mirror this run's mirror again" : "the mirror would write among the source's repositories"
  throw new UsageError(
    (w) =>
      `${w.option(inner)} ${innerSpec.display} lies inside the ${w.option(inner === 'target' ? 'source' : 'target')} namespace ${outerSpec.display}${alias}: ${why}; choose a namespace outside it`
  )
}
