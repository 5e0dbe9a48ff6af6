import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { MirrorError } from '../../../oci/errors'
import type { Descriptor, ImageSource, ImageTarget } from '../../../oci/model'
import { createLimiter } from '../../../util/limit'
import { heldDigests, MAX_INDEX_DEPTH, type RemainingTag } from '../held-digests'
import type { LedgerEntry, LedgerView } from '../../state/ledger'
import { executePrune, findPruneCandidates, type PruneCandidate, type PruneScope } from '../prune'

const entry = (source: string, target: string): LedgerEntry => ({ source, target, digest: `sha256:${'a'.repeat(64)}`, firstMirrored: 'x', lastMirrored: 'y' })
const scope = (extra: Partial<PruneScope> = {}): PruneScope => ({
  source: 'src.io/corp',
  target: 'dst.io/mirror',
  targetRegistry: 'dst.io',
  listed: new Map([
    ['app', new Set(['v1'])],
    ['team/tool', new Set(['v1'])]
  ]),
  discovered: new Set(['app', 'team/tool', 'broken']),
  inScope: () => true,
  ...extra
})
const names = (entries: LedgerEntry[], s: PruneScope) => findPruneCandidates(entries, s).map((c) => `${c.repository}:${c.tag} -> ${c.targetRepository}`)

describe('findPruneCandidates', () => {
  const entries = [
    entry('src.io/corp/app:v1', 'dst.io/mirror/app:v1'),
    entry('src.io/corp/app:old', 'dst.io/mirror/app:old'),
    entry('src.io/corp/team/tool:gone', 'dst.io/mirror/team_tool:gone'),
    entry('src.io/corp/removed:v1', 'dst.io/mirror/removed:v1'),
    entry('src.io/corp/broken:v1', 'dst.io/mirror/broken:v1'),
    entry('src.io/other/app:old', 'dst.io/mirror/app:old'),
    entry('src.io/corp/app:elsewhere', 'dst.io/another/app:elsewhere')
  ]

  it('picks recorded tags gone from a listed repository and tags of repositories gone from the namespace', () => {
    expect(names(entries, scope())).toEqual(['app:old -> mirror/app', 'team/tool:gone -> mirror/team_tool', 'removed:v1 -> mirror/removed'])
  })

  it('never picks a repository whose listing failed, another source or another target', () => {
    const picked = names(entries, scope())
    expect(picked.some((n) => n.startsWith('broken:'))).toBe(false)
    expect(picked.some((n) => n.includes('elsewhere'))).toBe(false)
    expect(picked.filter((n) => n.startsWith('app:old'))).toHaveLength(1)
  })

  it('with named repositories, prunes nothing outside them', () => {
    expect(names(entries, scope({ discovered: undefined }))).toEqual(['app:old -> mirror/app', 'team/tool:gone -> mirror/team_tool'])
  })

  it('reads ledger strings of a layout target and of a registry root, and skips entries that are not tags', () => {
    const layout = scope({ target: 'oci:./out/a', targetRegistry: 'oci:./out/a', source: 'src.io' })
    const odd = [
      entry('src.io/app:old', 'oci:./out/a/app:old'),
      entry('src.io/corp/app:old', 'oci:./out/a/corp/app:old'),
      entry('src.io/app', 'oci:./out/a/app:x'),
      entry('src.io/app:old', 'oci:./out/a/app:renamed'),
      entry('src.io/app:old', 'oci:./out/b/app:old')
    ]
    expect(names(odd, layout)).toEqual(['app:old -> app', 'corp/app:old -> corp/app'])
  })

  it('leaves repositories outside the shard alone', () => {
    expect(names(entries, scope({ inScope: (r) => r === 'app' }))).toEqual(['app:old -> mirror/app'])
  })
})

const INDEX = 'application/vnd.oci.image.index.v1+json'
const IMAGE = 'application/vnd.oci.image.manifest.v1+json'
const digestOf = (name: string): string => `sha256:${createHash('sha256').update(name).digest('hex')}`

/**
 * A target repository in memory: manifests by name (digest = sha256 of the name), indexes listing
 * others by name, tags; every HEAD and GET counted. Digests are not checked, so a cycle can be built.
 */
function memoryStore(manifests: Record<string, string[] | 'image'>, tags: Record<string, string>) {
  const byDigest = new Map(Object.entries(manifests).map(([name, children]) => [digestOf(name), { name, children }]))
  const tagged = new Map(Object.entries(tags).map(([tag, name]) => [tag, digestOf(name)]))
  const requests: string[] = []
  const find = (reference: string) => byDigest.get(tagged.get(reference) ?? reference)
  const descriptor = (name: string): Descriptor => ({ digest: digestOf(name), mediaType: manifests[name] === 'image' ? IMAGE : INDEX, size: 1 })
  const deleted: string[] = []
  const store = {
    name: 'memory',
    deletesByDigest: true,
    requests,
    deleted,
    async listTags() {
      requests.push('list')
      return [...tagged.keys()].map((tag) => ({ tag }))
    },
    async headManifest(_repository: string, reference: string) {
      const found = find(reference)
      requests.push(`HEAD ${found?.name ?? reference}`)
      return found ? descriptor(found.name) : undefined
    },
    async getManifest(_repository: string, reference: string) {
      const found = find(reference)
      requests.push(`GET ${found?.name ?? reference}`)
      if (!found) throw new MirrorError('not-found', `manifest ${reference} unknown`)
      const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: (found.children as string[]).map(descriptor) }))
      return { bytes, mediaType: INDEX, digest: digestOf(found.name) }
    },
    async deleteTag(_repository: string, tag: string, digest: string) {
      deleted.push(tag)
      for (const [name, at] of tagged) if (at === digest) tagged.delete(name)
    }
  }
  return store
}

const remainingOf = (tags: Record<string, string>, headed = true): RemainingTag[] =>
  Object.entries(tags).map(([tag, name]) => ({ tag, digest: digestOf(name), ...(headed ? { mediaType: name.startsWith('index') ? INDEX : IMAGE } : {}) }))
const wantedOf = (...names: string[]): Descriptor[] =>
  names.map((name) => ({ digest: digestOf(name), mediaType: name.startsWith('index') ? INDEX : IMAGE, size: 1 }))
const whys = (held: Map<string, string>, ...names: string[]) => names.map((name) => held.get(digestOf(name)))

describe('heldDigests', () => {
  it('finds index children at any depth, reading indexes only', async () => {
    const store = memoryStore(
      {
        'index-top': ['index-mid', 'image-z'],
        'index-mid': ['image-x', 'image-y'],
        'image-x': 'image',
        'image-y': 'image',
        'image-z': 'image',
        'image-v': 'image'
      },
      {}
    )
    const tags = { '2.0': 'index-top', v: 'image-v' }
    const held = await heldDigests(store, 'mirror/app', remainingOf(tags), wantedOf('index-mid', 'image-x', 'image-y', 'image-other'), createLimiter(4))
    expect(whys(held, 'index-mid', 'image-x', 'image-other')).toEqual([
      'mirror/app:2.0 lists it (index child)',
      'mirror/app:2.0 holds it (index child, 2 levels down)',
      undefined
    ])
    expect(held.size).toBe(3)
    // Image manifests are never read; their media types came from the tags' HEADs and the index entries.
    expect(store.requests.sort()).toEqual(['GET index-mid', 'GET index-top'])
  })

  it('stops once every wanted digest is held', async () => {
    const store = memoryStore({ 'index-top': ['index-mid'], 'index-mid': ['image-x'], 'image-x': 'image' }, {})
    const held = await heldDigests(store, 'r', remainingOf({ '2.0': 'index-top' }), wantedOf('index-mid'), createLimiter(4))
    expect(whys(held, 'index-mid')).toEqual(['r:2.0 lists it (index child)'])
    expect(store.requests).toEqual(['GET index-top'])
  })

  it('ends a cycle, and refuses nesting deeper than MAX_INDEX_DEPTH', async () => {
    const cyclic = memoryStore({ 'index-a': ['index-b'], 'index-b': ['index-a', 'image-x'], 'image-x': 'image' }, {})
    const held = await heldDigests(cyclic, 'r', remainingOf({ a: 'index-a' }), wantedOf('image-x', 'image-gone'), createLimiter(2))
    expect(whys(held, 'image-x', 'image-gone')).toEqual(['r:a holds it (index child, 2 levels down)', undefined])
    expect(cyclic.requests.sort()).toEqual(['GET index-a', 'GET index-b'])

    const chain: Record<string, string[] | 'image'> = { 'image-x': 'image' }
    for (let i = 0; i <= MAX_INDEX_DEPTH; i++) chain[`index-${i}`] = [i === MAX_INDEX_DEPTH ? 'image-x' : `index-${i + 1}`]
    const deep = memoryStore(chain, {})
    await expect(heldDigests(deep, 'r', remainingOf({ deep: 'index-0' }), wantedOf('image-x'), createLimiter(2))).rejects.toThrow(
      `r:deep nests indexes deeper than ${MAX_INDEX_DEPTH} levels`
    )
    const fits = memoryStore({ ...chain, [`index-${MAX_INDEX_DEPTH}`]: 'image' }, {})
    await expect(heldDigests(fits, 'r', remainingOf({ deep: 'index-0' }), wantedOf(`index-${MAX_INDEX_DEPTH}`), createLimiter(2))).resolves.toHaveProperty(
      'size',
      1
    )
  })

  it('holds the subject a companion tag names, and what that subject lists', async () => {
    const store = memoryStore({ 'index-s': ['image-x'], 'image-x': 'image', 'image-sig': 'image', 'image-t': 'image', 'image-att': 'image' }, {})
    const hex = (name: string): string => digestOf(name).slice(7)
    const tags = { [`sha256-${hex('index-s')}.sig`]: 'image-sig', [`sha256-${hex('image-t')}.att`]: 'image-att' }
    const held = await heldDigests(store, 'r', remainingOf(tags), wantedOf('image-x', 'image-t'), createLimiter(2))
    expect(whys(held, 'image-x', 'image-t')).toEqual([
      `r:sha256-${hex('index-s')}.sig holds it (in the index of the subject it names)`,
      `r:sha256-${hex('image-t')}.att names it (attestation subject)`
    ])
    // The subject's media type: image-t's from its own HEAD as a candidate, index-s's asked by digest.
    expect(store.requests.sort()).toEqual(['GET index-s', 'HEAD index-s'])
  })

  it('holds the referrers a fallback tag lists, and its subject', async () => {
    const store = memoryStore({ 'index-fallback': ['image-sbom', 'image-sig'], 'image-sbom': 'image', 'image-sig': 'image', 'image-s': 'image' }, {})
    const fallback = `sha256-${digestOf('image-s').slice(7)}`
    const tags = { v1: 'image-s', [fallback]: 'index-fallback' }
    const held = await heldDigests(store, 'r', remainingOf(tags), wantedOf('image-sbom', 'image-s'), createLimiter(2))
    expect(whys(held, 'image-sbom', 'image-s')).toEqual([`r:${fallback} lists it (referrer)`, `r:${fallback} names it (referrers subject)`])
    expect(store.requests).toEqual([`GET index-fallback`])
  })

  it('asks the media type of digests listed without one (gcr.io), once each; a manifest gone holds nothing', async () => {
    const store = memoryStore({ 'index-a': ['image-x'], 'image-x': 'image', 'image-b': 'image' }, {})
    const remaining = [...remainingOf({ a: 'index-a', a2: 'index-a', b: 'image-b' }, false), { tag: 'gone', digest: digestOf('index-gone'), mediaType: INDEX }]
    const held = await heldDigests(store, 'r', remaining, wantedOf('image-x', 'image-y'), createLimiter(2))
    expect(whys(held, 'image-x')).toEqual(['r:a lists it (index child)'])
    expect(store.requests.sort()).toEqual(['GET index-a', `GET ${digestOf('index-gone')}`, 'HEAD image-b', 'HEAD index-a'])
  })
})

describe('executePrune', () => {
  const ledger = (): LedgerView & { removed: string[] } => {
    const removed: string[] = []
    return { removed, remove: (source: string) => removed.push(source) > 0 } as unknown as LedgerView & { removed: string[] }
  }
  const candidate = (tag: string, name: string): PruneCandidate => ({
    entry: { source: `src.io/corp/app:${tag}`, target: `dst.io/mirror/app:${tag}`, digest: digestOf(name), firstMirrored: 'x', lastMirrored: 'y' },
    repository: 'app',
    tag,
    targetRepository: 'mirror/app'
  })

  it('keeps what a remaining tag holds (reason referenced, in the ledger), deletes the rest, in a dry run deletes nothing', async () => {
    const manifests: Record<string, string[] | 'image'> = {
      'index-1.0': ['image-amd64', 'image-arm64'],
      'image-amd64': 'image',
      'image-arm64': 'image',
      'image-old': 'image'
    }
    const tags = { '1.0': 'index-1.0', '1.0-amd64': 'image-amd64', old: 'image-old' }
    const candidates = [candidate('1.0-amd64', 'image-amd64'), candidate('old', 'image-old')]
    for (const dryRun of [true, false]) {
      const store = memoryStore({ ...manifests }, tags)
      const view = ledger()
      const results = await executePrune(candidates, store as unknown as ImageSource & ImageTarget, view, { dryRun, concurrency: 4 })
      expect(results.map((r) => [r.tag, r.status, r.reason, r.why])).toEqual([
        ['1.0-amd64', 'skipped', 'referenced', 'mirror/app:1.0 lists it (index child)'],
        ['old', dryRun ? 'skipped' : 'pruned', dryRun ? 'dry-run' : undefined, 'gone from the source']
      ])
      expect(store.deleted).toEqual(dryRun ? [] : ['old'])
      expect(view.removed).toEqual(dryRun ? [] : ['src.io/corp/app:old'])
    }
  })

  it('with both the index and its child gone from the source, deletes both', async () => {
    const store = memoryStore(
      { 'index-1.0': ['image-amd64'], 'image-amd64': 'image', 'image-v2': 'image' },
      { '1.0': 'index-1.0', '1.0-amd64': 'image-amd64', v2: 'image-v2' }
    )
    const results = await executePrune(
      [candidate('1.0', 'index-1.0'), candidate('1.0-amd64', 'image-amd64')],
      store as unknown as ImageSource & ImageTarget,
      ledger(),
      {
        dryRun: false,
        concurrency: 4
      }
    )
    expect(results.map((r) => r.status)).toEqual(['pruned', 'pruned'])
    expect(store.requests.filter((r) => r.startsWith('GET'))).toEqual([])
  })

  it('deletes indexes first, and nothing after an index that could not be deleted', async () => {
    const store = memoryStore(
      { 'index-1.0': ['image-amd64'], 'image-amd64': 'image', 'image-v2': 'image' },
      { '1.0': 'index-1.0', '1.0-amd64': 'image-amd64', v2: 'image-v2' }
    )
    const deleteTag = store.deleteTag
    store.deleteTag = async (repository, tag, digest) => {
      if (tag === '1.0') throw new Error('500 Internal Server Error')
      return deleteTag(repository, tag, digest)
    }
    const candidates = [candidate('1.0-amd64', 'image-amd64'), candidate('1.0', 'index-1.0')]
    const results = await executePrune(candidates, store as unknown as ImageSource & ImageTarget, ledger(), { dryRun: false, concurrency: 4 })
    expect(results.map((r) => [r.tag, r.status, r.error])).toEqual([
      ['1.0', 'failed', 'cannot delete dst.io/mirror/app:1.0: 500 Internal Server Error'],
      ['1.0-amd64', 'failed', 'did not delete dst.io/mirror/app:1.0-amd64: mirror/app:1.0 could not be deleted and may list it']
    ])
    expect(store.deleted).toEqual([])
  })

  it('fails every candidate of a repository whose graph cannot be read, deleting nothing', async () => {
    const store = memoryStore({ 'index-1.0': ['image-amd64'], 'image-amd64': 'image' }, { '1.0': 'index-1.0', '1.0-amd64': 'image-amd64' })
    store.getManifest = async () => {
      throw new Error('503 Service Unavailable')
    }
    const results = await executePrune([candidate('1.0-amd64', 'image-amd64')], store as unknown as ImageSource & ImageTarget, ledger(), {
      dryRun: false,
      concurrency: 4
    })
    expect(results).toEqual([expect.objectContaining({ status: 'failed', error: 'cannot check dst.io/mirror/app:1.0-amd64: 503 Service Unavailable' })])
    expect(store.deleted).toEqual([])
  })
})
