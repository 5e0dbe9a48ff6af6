import { describe, expect, it } from 'vitest'
import { followPages, MAX_PAGES } from '../pages'

describe('followPages', () => {
  it('follows relative and absolute next pages to the end', async () => {
    const seen: string[] = []
    const next: Record<string, string | undefined> = { '/a': '/b?x=1', '/b': 'https://r.example/c' }
    await followPages('https://r.example/a', 'test', async (url) => {
      const path = new URL(url).pathname
      seen.push(url)
      return next[path]
    })
    expect(seen).toEqual(['https://r.example/a', 'https://r.example/b?x=1', 'https://r.example/c'])
  })

  it('ends with an error on a page URL seen twice', async () => {
    await expect(followPages('https://r.example/a', 'tags of x', async (url) => (url.endsWith('/a') ? '/b' : '/a'))).rejects.toThrow(
      'tags of x: the registry sent page /a twice; the listing loops'
    )
  })

  it('refuses a next page on another host before requesting it', async () => {
    const asked: string[] = []
    await expect(
      followPages('https://r.example/a', 'catalog', async (url) => {
        asked.push(url)
        return 'https://evil.example/b'
      })
    ).rejects.toThrow('catalog: the next page is on another host (https://evil.example); refused')
    expect(asked).toEqual(['https://r.example/a'])
  })

  it(`stops after ${MAX_PAGES} pages`, async () => {
    let pages = 0
    await expect(
      followPages('https://r.example/p0', 'catalog', async () => {
        pages++
        return `/p${pages}`
      })
    ).rejects.toThrow(`more than ${MAX_PAGES} pages`)
    expect(pages).toBe(MAX_PAGES)
  })
})
