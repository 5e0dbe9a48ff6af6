import { createHash } from 'node:crypto'
import { UsageError } from '../../oci/errors'
import { formatImageRef } from '../../oci/image-ref'
import { joinPath } from '../../oci/reference'
import type { ImageListEntry } from '../options/image-list'
import type { Collision } from '../types'

/** How an image list's entries are named on the target. */
export interface ListNamingRules {
  /** The target namespace (may be empty), shown in collisions. */
  namespace: string
  /** The target's display text (`REGISTRY/NAMESPACE`), for collisions. */
  display: string
  /** Flatten nested names to one level (`--flatten`, resolved for the target registry). */
  flatten: boolean
  /** Joins the parts of a flattened or folded name. */
  separator: string
  /** `--fold-into REPOSITORY`: every image goes into this one repository, its name folded into the tag. */
  foldInto?: string
}

/** Where an entry lands: its target repository below the namespace, and how its tags are named there. */
export interface NamedEntry {
  entry: ImageListEntry
  /** The target repository path below the target namespace. */
  repository: string
  /** With `--fold-into`: the image's name, put in front of every tag. */
  fold?: string
}

/** The longest tag the distribution spec allows. */
const MAX_TAG_LENGTH = 128

/** The source repository an entry reads, as text: `REGISTRY/REPOSITORY`. */
export const sourceRepositoryOf = (entry: ImageListEntry): string => formatImageRef({ registry: entry.source.registry, repository: entry.source.repository })

/**
 * An entry's own name on the target, before collisions: `=> NAME`, else its repository path below
 * its registry. Docker Hub's official images drop `library/` (`nginx`, not `library/nginx`): the
 * name people pull them by.
 */
function ownName(entry: ImageListEntry): string {
  if (entry.target) return entry.target.repository
  const { registry, repository } = entry.source
  return registry === 'docker.io' && repository.startsWith('library/') ? repository.slice('library/'.length) : repository
}

/** A registry host as one repository path component (`127.0.0.1:5000` -> `127.0.0.1-5000`). */
const hostComponent = (registry: string): string => registry.replace(/[:[\]]+/g, '-').replace(/^-+|-+$/g, '')

/**
 * Names every entry's target: its own name (flattened with `separator` when the target needs it,
 * always when folding). Several source repositories on one name (`gcr.io/x/app` and
 * `quay.io/x/app`) are a collision, resolved deterministically: the first in the list keeps the
 * name (adding an entry later never moves an existing mirror), each other gets its registry host
 * in front (`quay.io/x/app`, flattened `quay.io_x_app`), numbered if that is taken too. An explicit
 * `=> NAME` keeps its name; two explicit entries from different sources onto one tag are refused.
 */
export function nameListEntries(entries: ImageListEntry[], rules: ListNamingRules): { named: NamedEntry[]; collisions: Collision[] } {
  const flat = rules.flatten || rules.foldInto !== undefined
  const shape = (name: string): string => (flat ? name.split('/').join(rules.separator) : name)
  refuseExplicitClashes(entries)
  /** Each name and the source repository that holds it. */
  const owner = new Map<string, string>()
  const collided = new Map<string, { sources: string[]; renamed: string[] }>()
  const nameOf = new Map<string, string>()
  // Explicit names first: `=> NAME` is what the user asked for, so a derived name makes way.
  const order = [...entries.filter((e) => e.target), ...entries.filter((e) => !e.target)]
  for (const entry of order) {
    const source = sourceRepositoryOf(entry)
    const key = `${source} ${entry.target ? `=> ${entry.target.repository}` : ''}`
    if (nameOf.has(key)) continue
    const wanted = shape(ownName(entry))
    const holder = owner.get(wanted)
    if (holder === undefined || holder === source || entry.target) {
      if (holder === undefined) owner.set(wanted, source)
      nameOf.set(key, wanted)
      continue
    }
    const prefixed = shape(`${hostComponent(entry.source.registry)}/${ownName(entry)}`)
    let name = prefixed
    for (let n = 2; owner.has(name) && owner.get(name) !== source; n++) name = `${prefixed}${rules.separator}${n}`
    owner.set(name, source)
    nameOf.set(key, name)
    const record = collided.get(wanted) ?? { sources: [holder], renamed: [] }
    record.sources.push(source)
    record.renamed.push(`${source} -> ${shown(name, rules)}`)
    collided.set(wanted, record)
  }
  const collisions = [...collided].map(([name, { sources, renamed }]) => ({
    target: shown(name, rules),
    sources,
    resolution: `${sources[0]} keeps ${shown(name, rules)}; ${renamed.join('; ')}`
  }))
  const named = entries.map((entry): NamedEntry => {
    const name = nameOf.get(`${sourceRepositoryOf(entry)} ${entry.target ? `=> ${entry.target.repository}` : ''}`)!
    return rules.foldInto === undefined ? { entry, repository: name } : { entry, repository: rules.foldInto, fold: name }
  })
  return { named, collisions }
}

/** Where a name shows in a collision: the target repository, or with `--fold-into` the tag prefix in it. */
function shown(name: string, rules: ListNamingRules): string {
  return rules.foldInto === undefined ? joinPath(rules.display, name) : `${joinPath(rules.display, rules.foldInto)}:${name}${rules.separator}*`
}

/** Two entries from different sources sent by `=> NAME:TAG` onto one target tag: the user's own contradiction, refused. */
function refuseExplicitClashes(entries: ImageListEntry[]): void {
  const seen = new Map<string, ImageListEntry>()
  for (const entry of entries) {
    if (!entry.target?.tag) continue
    const key = `${entry.target.repository}:${entry.target.tag}`
    const first = seen.get(key)
    if (first && formatImageRef(first.source) !== formatImageRef(entry.source)) {
      throw new UsageError(`${entry.where}: target ${key} is also the target of ${first.where}; give each its own tag`)
    }
    seen.set(key, entry)
  }
}

/**
 * The tag an image lands on: `=> NAME:TAG` when given; for a digest entry the tag written with it,
 * else `sha256_<hex>` (not cosign's `sha256-<hex>`: that tag is the referrers fallback index of the
 * digest, which signature tools read and this run may write); with `--fold-into`, the image's name
 * in front (`google-containers_pause_3.9`). Cut to 128 characters with a short hash when longer.
 */
export function listTargetTag(reference: { tag?: string; digest?: string }, fold: string | undefined, separator: string, explicit?: string): string {
  if (explicit) return explicit
  const own = reference.tag ?? reference.digest!.replace(':', '_')
  return fitTag(fold === undefined ? own : `${fold}${separator}${own}`)
}

/** A tag within 128 characters: a longer one keeps its first 119 and ends `_` + 8 hex digits of the sha256 of the whole. */
export function fitTag(tag: string): string {
  if (tag.length <= MAX_TAG_LENGTH) return tag
  const hash = createHash('sha256').update(tag).digest('hex').slice(0, 8)
  return `${tag.slice(0, MAX_TAG_LENGTH - 9)}_${hash}`
}
