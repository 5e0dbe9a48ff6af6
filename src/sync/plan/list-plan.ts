import type { PlatformSpec } from '../../engines/platform-filter'
import { isCompanionTag } from '../../oci/companions'
import type { ImageSource } from '../../oci/model'
import { isValidDigest, registryIdentity } from '../../oci/names'
import { UsageError } from '../../oci/errors'
import type { Limiter } from '../../util/limit'
import type { ImageListEntry } from '../options/image-list'
import type { Bounded } from '../run/run-stop'
import { selectRepositoryTags, type SelectedTag } from './discover'
import { listTargetTag, nameListEntries, sourceRepositoryOf, type NamedEntry } from './list-naming'
import { namedFlattenRule } from './flatten-rule'
import type { ListedRepository, ListSelection } from './list-selection'
import type { Collision, SyncOptions } from '../types'
import type { ListRunOptions } from '../options/options'

/** One mirror compiled from an image list: all of it reads one registry with one platform subset. */
export interface ListMirror {
  /** A name for its ledger section and messages: the registry, the platforms when the entries chose some, a number when split further. */
  name: string
  options: SyncOptions
}

/**
 * Compiles an image list into mirrors the run machinery knows: one per source registry (and per
 * platform subset an entry chose), its source the registry's root, its `images` the repositories,
 * its `list` what each entry selects and where it lands. Names are given over the whole list first,
 * so a collision across registries is seen and resolved (see nameListEntries); `options` holds the
 * run's other options (parseListOptions). `prefix` names the mirrors of a config mirror.
 */
export function compileImageList(
  entries: ImageListEntry[],
  options: ListRunOptions,
  foldInto?: string,
  prefix = ''
): { mirrors: ListMirror[]; collisions: Collision[] } {
  const target = options.target
  if (options.prune)
    throw new UsageError((w) => `${w.option('prune')} does not go with an image list yet: a list names what to keep, not a namespace to compare with`)
  for (const entry of entries) refuseOverlap(entry, target)
  const { named, collisions } = nameListEntries(entries, {
    namespace: target.namespace,
    display: target.display,
    flatten: target.kind === 'registry' && namedFlattenRule(options.flatten, target.registry).flatten,
    separator: options.separator,
    foldInto
  })
  const groups: Array<{ key: string; registry: string; platforms?: PlatformSpec[]; repositories: Map<string, Building> }> = []
  for (const item of named) {
    const { entry } = item
    const key = `${entry.source.registry} ${platformsText(entry.platforms)}`
    // One source repository goes to one target repository per mirror: another target for it opens another mirror.
    let group = groups.find((g) => g.key === key && (g.repositories.get(entry.source.repository)?.target ?? item.repository) === item.repository)
    if (!group) {
      group = { key, registry: entry.source.registry, platforms: entry.platforms, repositories: new Map() }
      groups.push(group)
    }
    addEntry(group.repositories, item, options.separator)
  }
  const counts = new Map<string, number>()
  const mirrors = groups.map((group): ListMirror => {
    const n = (counts.get(group.key) ?? 0) + 1
    counts.set(group.key, n)
    const platforms = group.platforms ? ` [${platformsText(group.platforms)}]` : ''
    const name = `${prefix}${group.registry}${platforms}${n > 1 ? ` #${n}` : ''} -> ${target.display}`
    const list: ListSelection = new Map(group.repositories)
    return {
      name,
      options: {
        ...options,
        source: { kind: 'registry', registry: group.registry, namespace: '', display: group.registry },
        images: [...list.keys()].sort(),
        platforms: group.platforms ?? options.platforms,
        list
      }
    }
  })
  return { mirrors, collisions }
}

type Building = { target: string; allTags: boolean; tags: Map<string, string>; fold?: string }

/** Adds an entry to its repository's selection: every tag, or its tag or digest with the target tag it lands on. */
function addEntry(repositories: Map<string, Building>, item: NamedEntry, separator: string): void {
  const { entry } = item
  const built = repositories.get(entry.source.repository) ?? {
    target: item.repository,
    allTags: false,
    tags: new Map(),
    ...(item.fold ? { fold: item.fold } : {})
  }
  repositories.set(entry.source.repository, built)
  const { tag, digest } = entry.source
  if (tag === undefined && digest === undefined) {
    built.allTags = true
    return
  }
  const wanted = digest ?? tag!
  const lands = listTargetTag({ tag, digest }, item.fold, separator, entry.target?.tag)
  const before = built.tags.get(wanted)
  if (before !== undefined && before !== lands) {
    throw new UsageError(
      `${entry.where}: ${sourceRepositoryOf(entry)} ${digest ? `@${digest}` : `:${tag}`} is listed twice with different target tags (${before}, ${lands})`
    )
  }
  built.tags.set(wanted, lands)
}

/** Refuses an entry read from inside the target namespace (or holding it): the next run would mirror the mirror. */
function refuseOverlap(entry: ImageListEntry, target: SyncOptions['target']): void {
  if (target.kind !== 'registry' || registryIdentity(target.registry) !== registryIdentity(entry.source.registry)) return
  const [inner, outer] = [entry.source.repository, target.namespace]
  const within = (a: string, b: string): boolean => b === '' || a === b || a.startsWith(`${b}/`)
  if (within(inner, outer) || within(outer, inner)) {
    throw new UsageError(`${entry.where}: ${sourceRepositoryOf(entry)} and the target ${target.display} overlap; list images from outside the target namespace`)
  }
}

const platformsText = (platforms: PlatformSpec[] | undefined): string =>
  (platforms ?? []).map((p) => [p.os, p.architecture, p.variant].filter(Boolean).join('/')).join(',')

/**
 * The target tag a listed source tag (or digest) lands on. Companion tags (`sha256-<hex>.sig`, the
 * referrers fallback `sha256-<hex>`) keep their names even when folding: tools find them by those
 * names, and they are keyed by digest, so images folded into one repository do not clash on them.
 */
export function listedTargetTag(listed: ListedRepository, tag: string, separator: string): string {
  const named = listed.tags.get(tag)
  if (named !== undefined) return named
  return listed.fold === undefined || isCompanionTag(tag) ? tag : listTargetTag({ tag }, listed.fold, separator)
}

/**
 * The tags a listed repository selects: every tag through the run's filters when an entry asked for
 * them all, and the tags and digests entries named, resolved by HEAD (a digest that the source does
 * not serve, or a tag it does not have, is in `missing`). Companion tags come along as for a namespace.
 */
export async function selectListedTags(
  source: ImageSource,
  repository: string,
  listed: ListedRepository,
  options: SyncOptions,
  headLimit: Limiter,
  probe: (selected: SelectedTag) => boolean,
  bounded: Bounded
): Promise<{ selected: SelectedTag[]; vanished: string[]; missing: string[]; listed: number; listedTags: string[] }> {
  const all = listed.allTags
    ? await selectRepositoryTags(source, repository, options, headLimit, probe, bounded)
    : { selected: [], vanished: [], listed: 0, listedTags: [] }
  const have = new Set(all.selected.map((s) => s.tag))
  const named = [...listed.tags.keys()].filter((tag) => !have.has(tag))
  const digests = named.filter(isValidDigest)
  const tags = named.filter((tag) => !isValidDigest(tag))
  const missing: string[] = []
  // Named tags are asked for one by one (a HEAD each) rather than listing a repository of thousands.
  const only = { listTags: async () => tags.map((tag) => ({ tag })), headManifest: source.headManifest.bind(source) }
  const explicit =
    tags.length > 0
      ? await selectRepositoryTags(only, repository, { includeTags: [], excludeTags: [], excludePrerelease: false }, headLimit, probe, bounded)
      : undefined
  missing.push(...(explicit?.vanished ?? []))
  const pinned = await Promise.all(
    digests.map(async (digest) => {
      const head = await headLimit(() => bounded(`HEAD ${repository}@${digest}`, (signal) => source.headManifest(repository, digest, { signal })))
      if (!head) missing.push(digest)
      return head ? { tag: digest, digest } : undefined
    })
  )
  return {
    selected: [...all.selected, ...(explicit?.selected ?? []), ...pinned.filter((p): p is SelectedTag => p !== undefined)],
    vanished: all.vanished,
    missing,
    listed: all.listed,
    listedTags: all.listedTags
  }
}
