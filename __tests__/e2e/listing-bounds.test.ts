import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { json, startHostile, type HostileRegistry } from '../harness/hostile'
import { readJson, runCli, startCli } from './cli'

/**
 * Listing is bounded like copying (issue 14): hostile registries that trickle a body, add pages
 * forever, loop, send the client to another host or list more than the configured limits are cut
 * off with one clear error; `--max-duration` and SIGTERM end a run that is still listing.
 * Pagination follows the distribution spec (`n`, then `Link: <url>; rel="next"`).
 */
describe('listing bounds', () => {
  let dir: string
  const stop: HostileRegistry[] = []
  const tags = /^\/v2\/corp\/app\/tags\/list/

  /** Lists tags as `pages(page)` says: `{tags, next}`, next a URL (absolute or path) or undefined. */
  const paged = (pages: (page: number, self: string) => { tags: string[]; next?: string }): Promise<HostileRegistry> => {
    let self = ''
    return startHostile((_req, res, url) => {
      if (!tags.test(url.pathname)) return false
      const page = Number(url.searchParams.get('page') ?? '1')
      const { tags: list, next } = pages(page, self)
      return json(res, 200, { name: 'corp/app', tags: list }, next ? { link: `<${next}>; rel="next"` } : {})
    }).then((registry) => {
      self = registry.url
      stop.push(registry)
      return registry
    })
  }

  /** Answers tags/list with a 200 whose body trickles one byte every `everyMs`, forever. */
  const trickling = async (everyMs: number): Promise<HostileRegistry> => {
    const registry = await startHostile((_req, res, url) => {
      if (!tags.test(url.pathname)) return false
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{')
      const timer = setInterval(() => res.write(' '), everyMs)
      res.on('close', () => clearInterval(timer))
      return true
    })
    stop.push(registry)
    return registry
  }

  const sync = (registry: HostileRegistry, ...extra: string[]): string[] => [
    'sync',
    '--source',
    `${registry.host}/corp`,
    '--images',
    'app',
    '--target',
    '127.0.0.1:9/mirror',
    '--quiet',
    ...extra
  ]

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'listing-bounds-'))
  })

  afterAll(async () => {
    await Promise.allSettled(stop.map((r) => r.stop()))
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('cuts off a body that trickles one byte every second at the listing deadline', async () => {
    const registry = await trickling(1000)
    const report = join(dir, 'trickle.json')
    const started = Date.now()
    const run = await runCli(sync(registry, '--list-timeout', '3s', '--report', report))
    expect(run.code, run.stderr).toBe(1)
    expect(Date.now() - started).toBeLessThan(20_000)
    const result = await readJson(report)
    expect(result.images[0].error).toMatch(/tags of corp\/app: no complete answer within 3 s \(--list-timeout\)/)
  })

  it('caps the tags of a registry that keeps adding pages', async () => {
    const registry = await paged((page) => ({
      tags: Array.from({ length: 1000 }, (_, i) => `p${page}-${i}`),
      next: `/v2/corp/app/tags/list?n=1000&page=${page + 1}`
    }))
    const report = join(dir, 'endless.json')
    const run = await runCli(sync(registry, '--report', report))
    expect(run.code, run.stderr).toBe(1)
    expect((await readJson(report)).images[0].error).toMatch(/tags of corp\/app: more than 100000 tags; raise --max-tags/)
    expect(registry.requests.filter((r) => tags.test(r.path)).length).toBe(101)
  })

  it('honours a lower --max-tags', async () => {
    const registry = await paged((page) => ({ tags: [`a${page}`, `b${page}`], next: page < 5 ? `/v2/corp/app/tags/list?page=${page + 1}` : undefined }))
    const report = join(dir, 'max-tags.json')
    const run = await runCli(sync(registry, '--max-tags', '7', '--report', report))
    expect(run.code, run.stderr).toBe(1)
    expect((await readJson(report)).images[0].error).toMatch(/more than 7 tags; raise --max-tags/)
  })

  it('caps the pages of a listing at 10000', async () => {
    const registry = await paged((page) => ({ tags: [], next: `/v2/corp/app/tags/list?page=${page + 1}` }))
    const report = join(dir, 'pages.json')
    const run = await runCli(sync(registry, '--report', report))
    expect(run.code, run.stderr).toBe(1)
    expect((await readJson(report)).images[0].error).toMatch(/tags of corp\/app: more than 10000 pages; the listing is refused/)
    expect(registry.requests.filter((r) => tags.test(r.path)).length).toBe(10_000)
  })

  it('refuses a Link that twice; the listing loops', async () => {
    const registry = await paged((page) => ({ tags: [`v${page}`], next: `/v2/corp/app/tags/list?page=${page === 3 ? 2 : page + 1}` }))
    const report = join(dir, 'loop.json')
    const run = await runCli(sync(registry, '--report', report))
    expect(run.code, run.stderr).toBe(1)
    expect((await readJson(report)).images[0].error).toMatch(/twice; the listing loops/)
  })

  it('refuses a Link to another host', async () => {
    const registry = await paged(() => ({ tags: ['v1'], next: 'http://127.0.0.2:9/v2/corp/app/tags/list?page=2' }))
    const report = join(dir, 'foreign.json')
    const run = await runCli(sync(registry, '--report', report))
    expect(run.code, run.stderr).toBe(1)
    expect((await readJson(report)).images[0].error).toMatch(/next page is on another host \(http:\/\/127\.0\.0\.2:9\); refused/)
  })

  it('refuses a namespace with more repositories than --max-repositories, before any copy', async () => {
    const registry = await startHostile((_req, res, url) =>
      url.pathname === '/v2/_catalog' ? json(res, 200, { repositories: Array.from({ length: 20 }, (_, i) => `corp/app${i}`) }) : false
    )
    stop.push(registry)
    const run = await runCli(['sync', '--source', `${registry.host}/corp`, '--target', '127.0.0.1:9/mirror', '--max-repositories', '10'])
    expect(run.code, run.stderr).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/catalog: more than 10 repositories; raise --max-repositories/)
  })

  it('ends a run still listing when --max-duration has passed', async () => {
    const registry = await trickling(500)
    const started = Date.now()
    const run = await runCli(sync(registry, '--max-duration', '2s'))
    expect(run.code, run.stderr).toBe(0)
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(run.stderr).toMatch(/time budget or stop reached while listing: 1 repositories not listed/)
  })

  it('ends a run still listing within seconds of SIGTERM, with its report', async () => {
    const registry = await trickling(500)
    const report = join(dir, 'term.json')
    const { child, done } = startCli(sync(registry, '--report', report))
    await sleep(1500)
    const signalled = Date.now()
    child.kill('SIGTERM')
    const run = await done
    expect(run.code, run.stderr).toBe(143)
    expect(Date.now() - signalled).toBeLessThan(5_000)
    expect((await readJson(report)).failed).toBe(0)
  })
})
