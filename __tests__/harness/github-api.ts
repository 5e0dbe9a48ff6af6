/**
 * A stand-in for the parts of the GitHub REST API that the metadata publisher uses: the repository
 * endpoint, the git database (refs, commits, trees, blobs) and the contents API's file creation
 * (and, given `routes`, more: the issues of github-issues.ts).
 * It listens on loopback and is backed by a real bare repository driven with `git` plumbing, so
 * tests inspect the real commits and trees that land.
 */
import { spawn } from 'node:child_process'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Options of {@link startGitHubApi}. */
export interface GitHubApiOptions {
  /** The only token accepted (default `test-token`). */
  token?: string
  owner?: string
  repo?: string
  defaultBranch?: string
  /** Files of an initial commit on the default branch; omitted: the repository is empty (no commits). */
  files?: Record<string, string>
  /** Path the API is served under, as GitHub Enterprise's `/api/v3` (default none). */
  pathPrefix?: string
  /** More endpoints under `/repos/{owner}/{repo}` (the issues of github-issues.ts). */
  routes?: ApiRoute[]
}

/** An endpoint under `/repos/{owner}/{repo}`: `pattern` matches the rest of the path; `handle` answers with a status and a JSON body. */
export interface ApiRoute {
  method: string
  pattern: RegExp
  handle: (match: string[], body: Record<string, any>, query: URLSearchParams) => Promise<[number, unknown]>
}

/** One request served, for assertions on counts and sizes. */
export interface RecordedRequest {
  method: string
  /** Path below the prefix, query included. */
  path: string
  status: number
  /** Size of the request body in bytes. */
  bodyBytes: number
}

/** A running stand-in. */
export interface GitHubApi {
  /** Base URL to give the client (prefix included). */
  url: string
  /** The bare repository behind the API. */
  gitDir: string
  owner: string
  repo: string
  token: string
  requests: RecordedRequest[]
  /** Runs before each ref update is applied (after the request arrived): commit here to inject a race. */
  onBeforeRefUpdate?: (update: { ref: string; sha: string }) => void | Promise<void>
  /** Runs `git` in the bare repository and returns its standard output. */
  git(args: string[], input?: string | Buffer): Promise<string>
  /** Commits files on a branch (on its head, or as a root commit when it is missing); returns the commit. */
  commit(branch: string, files: Record<string, string>, message?: string): Promise<string>
  stop(): Promise<void>
}

/** A failure the API answers with a status and GitHub's error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'github-api stand-in',
  GIT_AUTHOR_EMAIL: 'stand-in@example.invalid',
  GIT_COMMITTER_NAME: 'github-api stand-in',
  GIT_COMMITTER_EMAIL: 'stand-in@example.invalid'
}

const SHA = /^[0-9a-f]{40}$/

/** Runs git in `gitDir` and resolves with its raw standard output; rejects with git's stderr on a non-zero exit. */
function runGit(gitDir: string, args: string[], input?: string | Buffer, env: Record<string, string> = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      env: { ...process.env, ...IDENTITY, GIT_DIR: gitDir, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', ...env },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out))
      else reject(new Error(`git ${args.join(' ')}: ${Buffer.concat(err).toString('utf8').trim()}`))
    })
    // git may exit before reading its input; its exit status reports any failure
    child.stdin.on('error', () => undefined)
    child.stdin.end(input)
  })
}

/** Starts the stand-in on 127.0.0.1 with a fresh bare repository. */
export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const token = options.token ?? 'test-token'
  const owner = options.owner ?? 'mirror-owner'
  const repo = options.repo ?? 'mirror-metadata'
  const defaultBranch = options.defaultBranch ?? 'main'
  const prefix = options.pathPrefix ?? ''
  const root = await mkdtemp(join(tmpdir(), 'github-api-'))
  const gitDir = join(root, 'repo.git')
  const git = async (args: string[], input?: string | Buffer, env?: Record<string, string>): Promise<string> =>
    (await runGit(gitDir, args, input, env)).toString('utf8')
  await runGit(root, ['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`, gitDir])

  const headOf = async (ref: string): Promise<string | undefined> => {
    try {
      return (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim()
    } catch {
      return undefined
    }
  }
  const isEmpty = async (): Promise<boolean> => (await git(['for-each-ref', '--count=1', 'refs/'])).trim() === ''
  const objectType = async (sha: string): Promise<string | undefined> => {
    if (!SHA.test(sha)) return undefined
    try {
      return (await git(['cat-file', '-t', sha])).trim()
    } catch {
      return undefined
    }
  }

  /** Builds a tree: the base tree (if any) with the entries applied, through a temporary index. */
  const buildTree = async (base: string | undefined, entries: Array<{ path: string; mode: string; sha: string | null }>): Promise<string> => {
    const index = join(root, `index-${process.hrtime.bigint()}-${Math.random().toString(36).slice(2)}`)
    const env = { GIT_INDEX_FILE: index }
    try {
      await git(base ? ['read-tree', base] : ['read-tree', '--empty'], undefined, env)
      // One update for every entry (mode 0 removes a path; --force-remove would need a work tree, which a bare repository lacks).
      const lines = entries.map((entry) => (entry.sha === null ? `0 ${'0'.repeat(40)}\t${entry.path}` : `${entry.mode} ${entry.sha}\t${entry.path}`))
      if (lines.length > 0) await git(['update-index', '--index-info'], `${lines.join('\n')}\n`, env)
      return (await git(['write-tree'], undefined, env)).trim()
    } finally {
      await rm(index, { force: true })
    }
  }

  /** Moves a ref with compare-and-swap: `old` undefined means the ref must not exist. */
  const swapRef = async (ref: string, sha: string, old: string | undefined): Promise<void> => {
    try {
      await git(['update-ref', ref, sha, old ?? '0'.repeat(40)])
    } catch {
      throw new ApiError(422, old ? 'Update is not a fast forward' : 'Reference already exists')
    }
  }

  const commit = async (branch: string, files: Record<string, string>, message = 'stand-in commit'): Promise<string> => {
    const ref = `refs/heads/${branch}`
    const parent = await headOf(ref)
    const entries = await Promise.all(
      Object.entries(files).map(async ([path, content]) => ({ path, mode: '100644', sha: (await git(['hash-object', '-w', '--stdin'], content)).trim() }))
    )
    const tree = await buildTree(parent ? `${parent}^{tree}` : undefined, entries)
    const sha = (await git(['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message])).trim()
    await git(['update-ref', ref, sha, parent ?? '0'.repeat(40)])
    return sha
  }

  const commitJson = async (sha: string) => {
    const text = await git(['cat-file', 'commit', sha])
    const [header, ...body] = text.split('\n\n')
    const tree = /^tree (\S+)/m.exec(header)?.[1]
    const parents = [...header.matchAll(/^parent (\S+)/gm)].map((m) => ({ sha: m[1] }))
    return { sha, tree: { sha: tree }, parents, message: body.join('\n\n').replace(/\n$/, '') }
  }

  const routes: ApiRoute[] = [
    {
      method: 'GET',
      pattern: /^$/,
      handle: async () => [200, { name: repo, full_name: `${owner}/${repo}`, owner: { login: owner }, default_branch: defaultBranch, private: false }]
    },
    {
      method: 'GET',
      pattern: /^\/git\/ref\/(.+)$/,
      handle: async ([ref]) => {
        if (await isEmpty()) throw new ApiError(409, 'Git Repository is empty.')
        const sha = await headOf(`refs/${ref}`)
        if (!sha) throw new ApiError(404, 'Not Found')
        return [200, { ref: `refs/${ref}`, object: { sha, type: 'commit' } }]
      }
    },
    {
      method: 'GET',
      pattern: /^\/git\/commits\/([0-9a-f]{40})$/,
      handle: async ([sha]) => {
        if ((await objectType(sha)) !== 'commit') throw new ApiError(404, 'Not Found')
        return [200, await commitJson(sha)]
      }
    },
    {
      method: 'GET',
      pattern: /^\/git\/trees\/([0-9a-f]{40})$/,
      handle: async ([sha], _body, query) => {
        if ((await objectType(sha)) !== 'tree') throw new ApiError(404, 'Not Found')
        const recursive = query.has('recursive') && query.get('recursive') !== '0' && query.get('recursive') !== 'false'
        const listing = await git(['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), sha])
        const tree = listing
          .split('\0')
          .filter(Boolean)
          .map((line) => {
            const [meta, path] = line.split('\t')
            const [mode, type, entrySha, size] = meta.split(/\s+/)
            return { path, mode, type, sha: entrySha, ...(type === 'blob' ? { size: Number(size) } : {}) }
          })
        return [200, { sha, tree, truncated: false }]
      }
    },
    {
      method: 'GET',
      pattern: /^\/git\/blobs\/([0-9a-f]{40})$/,
      handle: async ([sha]) => {
        if ((await objectType(sha)) !== 'blob') throw new ApiError(404, 'Not Found')
        const content = await runGit(gitDir, ['cat-file', 'blob', sha])
        const base64 = content.toString('base64').replace(/.{60}/g, '$&\n')
        return [200, { sha, size: content.length, encoding: 'base64', content: base64 }]
      }
    },
    {
      method: 'POST',
      pattern: /^\/git\/blobs$/,
      handle: async (_match, body) => {
        if (await isEmpty()) throw new ApiError(409, 'Git Repository is empty.')
        if (typeof body.content !== 'string') throw new ApiError(422, 'Invalid request: content is required')
        const bytes = Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8')
        const sha = (await git(['hash-object', '-w', '--stdin'], bytes)).trim()
        return [201, { sha }]
      }
    },
    {
      method: 'POST',
      pattern: /^\/git\/trees$/,
      handle: async (_match, body) => {
        if (await isEmpty()) throw new ApiError(409, 'Git Repository is empty.')
        if (!Array.isArray(body.tree)) throw new ApiError(422, 'Invalid request: tree is required')
        if (body.base_tree !== undefined && (await objectType(body.base_tree)) !== 'tree') throw new ApiError(422, 'Invalid request: base_tree is not a tree')
        const entries = await Promise.all(
          (body.tree as any[]).map(async (entry) => {
            if (entry.type !== 'blob' || typeof entry.path !== 'string') throw new ApiError(422, 'Invalid request: only blob entries are supported')
            if (typeof entry.content === 'string') {
              return { path: entry.path, mode: entry.mode, sha: (await git(['hash-object', '-w', '--stdin'], entry.content)).trim() }
            }
            if (entry.sha !== null && (await objectType(entry.sha)) !== 'blob') throw new ApiError(422, `Invalid request: ${entry.sha} is not a blob`)
            return { path: entry.path, mode: entry.mode, sha: entry.sha as string | null }
          })
        )
        const sha = await buildTree(body.base_tree, entries)
        return [201, { sha, truncated: false }]
      }
    },
    {
      method: 'POST',
      pattern: /^\/git\/commits$/,
      handle: async (_match, body) => {
        if (await isEmpty()) throw new ApiError(409, 'Git Repository is empty.')
        if (typeof body.message !== 'string' || (await objectType(body.tree)) !== 'tree')
          throw new ApiError(422, 'Invalid request: message and tree are required')
        const parents: string[] = body.parents ?? []
        for (const parent of parents) if ((await objectType(parent)) !== 'commit') throw new ApiError(422, `Invalid request: parent ${parent} is not a commit`)
        const sha = (await git(['commit-tree', body.tree, ...parents.flatMap((p) => ['-p', p])], body.message)).trim()
        return [201, await commitJson(sha)]
      }
    },
    {
      method: 'POST',
      pattern: /^\/git\/refs$/,
      handle: async (_match, body) => {
        if (typeof body.ref !== 'string' || !body.ref.startsWith('refs/') || (await objectType(body.sha)) !== 'commit') {
          throw new ApiError(422, 'Invalid request: ref and sha are required')
        }
        await api.onBeforeRefUpdate?.({ ref: body.ref, sha: body.sha })
        await swapRef(body.ref, body.sha, undefined)
        return [201, { ref: body.ref, object: { sha: body.sha, type: 'commit' } }]
      }
    },
    {
      method: 'PATCH',
      pattern: /^\/git\/refs\/(.+)$/,
      handle: async ([name], body) => {
        const ref = `refs/${name}`
        if ((await objectType(body.sha)) !== 'commit') throw new ApiError(422, 'Invalid request: sha is not a commit')
        await api.onBeforeRefUpdate?.({ ref, sha: body.sha })
        const current = await headOf(ref)
        if (!current) throw new ApiError(422, 'Reference does not exist')
        if (!body.force) {
          try {
            await git(['merge-base', '--is-ancestor', current, body.sha])
          } catch {
            throw new ApiError(422, 'Update is not a fast forward')
          }
        }
        await swapRef(ref, body.sha, current)
        return [200, { ref, object: { sha: body.sha, type: 'commit' } }]
      }
    },
    {
      method: 'PUT',
      pattern: /^\/contents\/(.+)$/,
      handle: async ([path], body) => {
        if (typeof body.content !== 'string' || typeof body.message !== 'string') throw new ApiError(422, 'Invalid request: message and content are required')
        const branch: string = body.branch ?? defaultBranch
        const ref = `refs/heads/${branch}`
        const parent = await headOf(ref)
        if (!parent && !(await isEmpty())) throw new ApiError(404, `Branch ${branch} not found`)
        if (parent) {
          const existing = await git(['ls-tree', `${parent}`, '--', path])
          if (existing && body.sha === undefined) throw new ApiError(422, 'Invalid request: "sha" wasn\'t supplied.')
        }
        const blob = (await git(['hash-object', '-w', '--stdin'], Buffer.from(body.content, 'base64'))).trim()
        const tree = await buildTree(parent ? `${parent}^{tree}` : undefined, [{ path, mode: '100644', sha: blob }])
        const sha = (await git(['commit-tree', tree, ...(parent ? ['-p', parent] : [])], body.message)).trim()
        await swapRef(ref, sha, parent)
        return [parent ? 200 : 201, { content: { path, sha: blob }, commit: await commitJson(sha) }]
      }
    }
  ]

  routes.push(...(options.routes ?? []))

  const handle = async (req: IncomingMessage, body: Buffer): Promise<[number, unknown]> => {
    const authorization = req.headers.authorization ?? ''
    if (authorization !== `token ${token}` && authorization !== `Bearer ${token}`) throw new ApiError(401, 'Bad credentials')
    const url = new URL(req.url ?? '/', 'http://stand-in')
    const base = `${prefix}/repos/${owner}/${repo}`
    if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) throw new ApiError(404, 'Not Found')
    const rest = url.pathname.slice(base.length)
    let payload: Record<string, any>
    try {
      payload = body.length ? JSON.parse(body.toString('utf8')) : {}
    } catch {
      throw new ApiError(400, 'Problems parsing JSON')
    }
    for (const route of routes) {
      const match = route.method === req.method ? route.pattern.exec(rest) : null
      if (match) return route.handle(match.slice(1).map(decodeURIComponent), payload, url.searchParams)
    }
    throw new ApiError(404, 'Not Found')
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      handle(req, body)
        .catch((error: unknown): [number, unknown] =>
          error instanceof ApiError
            ? [error.status, { message: error.message, documentation_url: 'https://docs.github.com/rest', status: String(error.status) }]
            : [500, { message: error instanceof Error ? error.message : String(error) }]
        )
        .then(([status, data]) => {
          api.requests.push({ method: req.method ?? '', path: (req.url ?? '').slice(prefix.length), status, bodyBytes: body.length })
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
          res.end(JSON.stringify(data))
        })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  const api: GitHubApi = {
    url: `http://127.0.0.1:${port}${prefix}`,
    gitDir,
    owner,
    repo,
    token,
    requests: [],
    git: (args, input) => git(args, input),
    commit,
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await rm(root, { recursive: true, force: true })
    }
  }
  if (options.files) await commit(defaultBranch, options.files, 'initial commit')
  return api
}
