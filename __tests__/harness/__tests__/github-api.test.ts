import { afterEach, describe, expect, it } from 'vitest'
import { startGitHubApi, type GitHubApi } from '../github-api'

let api: GitHubApi | undefined
afterEach(async () => {
  await api?.stop()
  api = undefined
})

/** Calls the stand-in like a client would; returns the status and the parsed body. */
async function call(target: GitHubApi, method: string, path: string, body?: unknown, token = target.token): Promise<{ status: number; data: any }> {
  const response = await fetch(`${target.url}/repos/${target.owner}/${target.repo}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: response.status, data: await response.json() }
}

describe('GitHub API stand-in', () => {
  it('refuses a wrong token with 401 and accepts both authorization schemes', async () => {
    api = await startGitHubApi({ files: { 'a.txt': 'a\n' } })
    expect((await call(api, 'GET', '', undefined, 'wrong')).status).toBe(401)
    const viaToken = await fetch(`${api.url}/repos/${api.owner}/${api.repo}`, { headers: { authorization: `token ${api.token}` } })
    expect(viaToken.status).toBe(200)
    expect((await call(api, 'GET', '')).data.default_branch).toBe('main')
  })

  it('answers 409 on an empty repository and 404 for a missing branch', async () => {
    api = await startGitHubApi()
    expect((await call(api, 'GET', '/git/ref/heads%2Fmain')).status).toBe(409)
    expect((await call(api, 'POST', '/git/blobs', { content: 'x', encoding: 'utf-8' })).status).toBe(409)
    await api.commit('main', { 'a.txt': 'a\n' })
    expect((await call(api, 'GET', '/git/ref/heads%2Fmain')).status).toBe(200)
    expect((await call(api, 'GET', '/git/ref/heads%2Fother')).status).toBe(404)
  })

  it('builds nested trees on a base tree and commits them with real git objects', async () => {
    api = await startGitHubApi({ files: { 'keep.txt': 'keep\n', 'dir/old.txt': 'old\n' } })
    const head = (await call(api, 'GET', '/git/ref/heads/main')).data.object.sha as string
    const base = (await call(api, 'GET', `/git/commits/${head}`)).data.tree.sha as string
    const blob = await call(api, 'POST', '/git/blobs', { content: Buffer.from('big\n').toString('base64'), encoding: 'base64' })
    expect(blob.status).toBe(201)
    const tree = await call(api, 'POST', '/git/trees', {
      base_tree: base,
      tree: [
        { path: 'dir/sub/new.txt', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'dir/inline.txt', mode: '100644', type: 'blob', content: 'inline\n' }
      ]
    })
    const commit = await call(api, 'POST', '/git/commits', { message: 'add files', tree: tree.data.sha, parents: [head] })
    expect(commit.data.parents).toEqual([{ sha: head }])
    expect((await call(api, 'PATCH', '/git/refs/heads/main', { sha: commit.data.sha, force: false })).status).toBe(200)
    expect(await api.git(['show', 'main:dir/sub/new.txt'])).toBe('big\n')
    expect(await api.git(['show', 'main:dir/inline.txt'])).toBe('inline\n')
    expect(await api.git(['show', 'main:keep.txt'])).toBe('keep\n')
    expect(await api.git(['show', 'main:dir/old.txt'])).toBe('old\n')
    expect((await api.git(['log', '--format=%s', 'main'])).trim().split('\n')).toEqual(['add files', 'initial commit'])

    const listing = await call(api, 'GET', `/git/trees/${tree.data.sha}?recursive=1`)
    expect(listing.data.tree.map((e: { path: string }) => e.path)).toContain('dir/sub/new.txt')
    const read = await call(api, 'GET', `/git/blobs/${blob.data.sha}`)
    expect(Buffer.from(read.data.content, 'base64').toString()).toBe('big\n')
  })

  it('refuses a stale ref update (422) and an existing ref creation (422)', async () => {
    api = await startGitHubApi({ files: { 'a.txt': 'a\n' } })
    const head = (await call(api, 'GET', '/git/ref/heads/main')).data.object.sha as string
    const tree = (await call(api, 'GET', `/git/commits/${head}`)).data.tree.sha as string
    const mine = (await call(api, 'POST', '/git/commits', { message: 'mine', tree, parents: [head] })).data.sha as string
    api.onBeforeRefUpdate = async () => {
      api!.onBeforeRefUpdate = undefined
      await api!.commit('main', { 'b.txt': 'theirs\n' }, 'theirs')
    }
    const update = await call(api, 'PATCH', '/git/refs/heads/main', { sha: mine, force: false })
    expect(update).toMatchObject({ status: 422, data: { message: 'Update is not a fast forward' } })
    expect((await api.git(['log', '-1', '--format=%s', 'main'])).trim()).toBe('theirs')
    expect((await call(api, 'POST', '/git/refs', { ref: 'refs/heads/main', sha: mine })).status).toBe(422)
    expect((await call(api, 'POST', '/git/refs', { ref: 'refs/heads/side', sha: mine })).status).toBe(201)
    expect((await api.git(['rev-parse', 'side'])).trim()).toBe(mine)
  })

  it('creates the first commit of an empty repository through the contents API', async () => {
    api = await startGitHubApi()
    const put = await call(api, 'PUT', '/contents/docs/README.md', { message: 'first', content: Buffer.from('hi\n').toString('base64'), branch: 'data' })
    expect(put.status).toBe(201)
    expect(await api.git(['show', 'data:docs/README.md'])).toBe('hi\n')
    expect((await api.git(['rev-list', '--count', 'data'])).trim()).toBe('1')
  })

  it('serves under a path prefix and records every request', async () => {
    api = await startGitHubApi({ pathPrefix: '/api/v3', files: { 'a.txt': 'a\n' } })
    expect(api.url.endsWith('/api/v3')).toBe(true)
    expect((await call(api, 'GET', '')).status).toBe(200)
    expect(api.requests).toEqual([{ method: 'GET', path: `/repos/${api.owner}/${api.repo}`, status: 200, bodyBytes: 0 }])
  })
})
