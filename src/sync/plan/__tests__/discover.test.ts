import { describe, expect, it } from 'vitest'
import { singleImage } from '../../../layout/__tests__/images'
import { companionTags } from '../../../oci/companions'
import { MemoryRegistry } from '../../../testing/memory-registry'
import { createLimiter } from '../../../util/limit'
import { discoverRepositories, selectRepositoryTags } from '../discover'
import type { TagFilter } from '../filter'
import { compileTagPattern } from '../../options/tag-pattern'

const EVERY_TAG: TagFilter = { includeTags: [], excludeTags: [], excludePrerelease: false }

/** Planning against the memory registry: what is listed and asked of the source, request by request. */
describe('discover on the memory registry', () => {
  const image = singleImage('one')
  const other = singleImage('two')
  const signature = singleImage('a signature')
  const [, signatureTag] = companionTags(image.top.digest)

  const source = (): MemoryRegistry => {
    const registry = new MemoryRegistry({ deletes: true })
    registry.seed('corp/app', 'v1', image)
    registry.seed('corp/app', 'latest', image)
    registry.seed('corp/app', 'v2', other)
    registry.seed('corp/app', signatureTag, signature)
    registry.seed('corp/tools/cli', 'v1', other)
    registry.seed('elsewhere/app', 'v1', other)
    return registry
  }

  it('lists the repositories under the namespace, relative to it, with one catalog request', async () => {
    const registry = source()
    expect(await discoverRepositories(registry, 'corp', [])).toEqual(['app', 'tools/cli'])
    expect(registry.log()).toEqual(['listRepositories corp'])
  })

  it('resolves each selected tag with one HEAD, never a GET, and brings the companion tags of selected digests along', async () => {
    const registry = source()
    const filter: TagFilter = { ...EVERY_TAG, excludeTags: [compileTagPattern('^v2$'), compileTagPattern('^sha256-')] }
    const result = await selectRepositoryTags(registry, 'corp/app', filter, createLimiter(4))
    expect(result.selected).toEqual([
      { tag: 'latest', digest: image.top.digest },
      { tag: 'v1', digest: image.top.digest },
      { tag: signatureTag, digest: signature.top.digest }
    ])
    expect(result.listed).toBe(4)
    expect(registry.log().filter((line) => !line.startsWith('headManifest'))).toEqual(['listTags corp/app'])
    expect(registry.count('headManifest')).toBe(3)
  })

  it('reports a tag deleted between listing and HEAD as vanished', async () => {
    const registry = source()
    const list = registry.listTags.bind(registry)
    registry.listTags = async (repository, options) => {
      const tags = await list(repository, options)
      await registry.deleteTag(repository, 'v2', other.top.digest)
      return tags
    }
    const result = await selectRepositoryTags(registry, 'corp/app', EVERY_TAG, createLimiter(4))
    expect(result.vanished).toEqual(['v2'])
    expect(result.selected.map((t) => t.tag)).not.toContain('v2')
  })
})
