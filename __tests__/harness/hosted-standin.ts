import { createHash, createHmac, randomBytes } from 'node:crypto'
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer } from 'node:https'
import { startRegistry, type TestRegistry } from './registry'
import { makeCertificates } from './tls'

/**
 * Stand-ins for hosted registries under their real host names (docker.io, an Aliyun Personal
 * registry, ghcr.io, ...), served over TLS with a test CA in front of real reference registries.
 * Each behaves as its documentation and the issue (#13) describe: a Docker-style token flow at its
 * own realm (Basic credentials, or the OAuth2 refresh-token form of the distribution spec's
 * oauth.md), anonymous pull, push only into namespaces the user owns, its level rule
 * (NAMESPACE/REPOSITORY: Aliyun "supports only tier-1 repository names",
 * https://www.alibabacloud.com/help/en/acr/product-overview/terms), namespaces that must exist,
 * its way of refusing (status, code, `insufficient_scope`), a refused catalog (Docker Hub), and
 * optionally the quirks of old targets (rewritten manifest digests, no OCI media types).
 */

/** An account of a stand-in. */
export interface HostedUser {
  password: string
  /** Namespaces (first path level) it may push to. */
  push: string[]
}

/** How one hosted registry behaves. */
export interface HostedProfile {
  /** The registry API host, e.g. `registry-1.docker.io`. */
  host: string
  /** The host and path of the token realm (`auth.docker.io/token`). */
  realm: string
  service: string
  users: Record<string, HostedUser>
  /** OAuth2 refresh tokens (Docker config `identitytoken`) and the user each stands for. */
  refreshTokens?: Record<string, string>
  /** Repository paths must have exactly this many levels, else `nameError` answers a push. */
  levels?: number
  nameError?: { status: number; code: string; message: string }
  /** Namespaces that exist; a push elsewhere is `namespaceMissing`. */
  namespaces?: string[]
  namespaceMissing?: { status: number; code: string; message: string }
  /** How a token without the action asked for is refused. */
  denied: { status: 401 | 403; code: string; message: string }
  /** `/v2/_catalog` refused to everyone, credentials or not (Docker Hub). */
  refuseCatalog?: boolean
  /** `lie`: answer a manifest PUT with another Docker-Content-Digest; `rewrite`: store re-serialized bytes. */
  manifestPut?: 'honest' | 'lie' | 'rewrite'
  /** Refuse OCI manifests and indexes with 400 MANIFEST_INVALID (old ECR, Harbor < 2, old Quay). */
  refuseOci?: boolean
  /**
   * ECR: the repositories that exist (full paths); any request to another answers as ECR does,
   * 404 NAME_UNKNOWN "The repository with name 'NAME' does not exist in the registry with id
   * 'ACCOUNT'" (the account being the host's first label). ECR never creates a repository on
   * push: "If your image repository does not exist in the registry you intend to push to yet,
   * create it" (Amazon ECR User Guide, "Pushing a Docker image",
   * https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-push-ecr-image.html; the API's
   * RepositoryNotFoundException, https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeRepositories.html).
   */
  repositories?: string[]
  /**
   * Harbor's v2auth middleware (goharbor/harbor src/server/middleware/v2auth/auth.go): a project
   * (`namespaces`) that does not exist is 404 NOT_FOUND "project NAME not found" to any request,
   * before any right is checked; a refused request that carried an Authorization header is 401
   * `Basic realm="harbor"` UNAUTHORIZED "unauthorized to access repository: NAME, action: ACTION".
   */
  harbor?: boolean
  /**
   * ECR's Basic auth (AWS ECR User Guide, "Private registry authentication": user `AWS`, a 12-hour
   * token as the password; the challenge is `Basic realm="https://HOST/",service="ecr.amazonaws.com"`):
   * `expiredPasswords` are expired tokens, refused with 403 DENIED "Your authorization token has
   * expired. Reauthenticate and try again." (ECR User Guide, troubleshooting).
   */
  ecr?: { expiredPasswords: string[] }
  /**
   * GitLab's container registry: `projects` are the project paths (`group/project`, any depth); an
   * image may be the project's own path or up to two levels below it (GitLab docs, "Naming convention
   * for your container images": "You can append additional names to the end of a container image
   * name, up to two levels deep", https://docs.gitlab.com/user/packages/container_registry/; in
   * gitlab-org/gitlab lib/container_registry/path.rb, LEVELS_SUPPORTED = 3). The JWT service at
   * `/jwt/auth` (ContainerRegistryAuthenticationService) drops a scope whose path names no project
   * that way, so its token grants nothing there, and the registry refuses the push with 401
   * UNAUTHORIZED and `error="insufficient_scope"` (set `denied` so).
   */
  gitlab?: { projects: string[] }
  /**
   * ECR's API at `api.ecr.REGION.amazonaws.com` (the region from `host`): CreateRepository (JSON 1.1
   * protocol, `X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.CreateRepository`, SigV4; API
   * Reference, https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html)
   * adds to `repositories`; an Authorization header not of SigV4's shape for `accessKeyId`, region
   * and service `ecr` is 403 `InvalidSignatureException`; a name that exists is 400
   * `RepositoryAlreadyExistsException`.
   */
  ecrApi?: {
    accessKeyId: string
    /**
     * STS at `sts.REGION.amazonaws.com`: AssumeRoleWithWebIdentity of this role with this token
     * answers credentials of `accessKeyId` (STS API Reference, API_AssumeRoleWithWebIdentity: an
     * unsigned query request, an XML answer); anything else is 403 AccessDenied.
     */
    webIdentity?: { roleArn: string; token: string }
  }
}

/** One request a stand-in answered. */
export interface HostedRequest {
  host: string
  method: string
  path: string
  status: number
}

/** Running stand-ins. */
export interface HostedStandins {
  /** Environment for the CLI: the test CA, and the resolver hook pointing every host here. */
  env: Record<string, string>
  requests: HostedRequest[]
  /** The reference registry behind a host (to read back what landed). */
  backend(host: string): TestRegistry
  stop(): Promise<void>
}

interface Access {
  type: string
  name: string
  actions: string[]
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url')
const OCI_TYPES = new Set(['application/vnd.oci.image.manifest.v1+json', 'application/vnd.oci.image.index.v1+json'])

/**
 * Starts one HTTPS server for every profile (chosen by `Host`), each with its own backend registry;
 * `plainHttp`: plain HTTP instead, realms included (a registry run without TLS, for `--insecure-registries`).
 */
export async function startHostedStandins(profiles: HostedProfile[], options: { plainHttp?: boolean } = {}): Promise<HostedStandins> {
  const scheme = options.plainHttp ? 'http' : 'https'
  const apiHost = (profile: HostedProfile): string[] =>
    profile.ecrApi ? [`api.ecr.${profile.host.split('.')[3]}.amazonaws.com`, `sts.${profile.host.split('.')[3]}.amazonaws.com`] : []
  const hosts = profiles.flatMap((p) => [p.host, p.realm.split('/')[0], ...apiHost(p)])
  const certificates = makeCertificates([...new Set(hosts)])
  const secret = randomBytes(32)
  const backends = new Map<string, TestRegistry>()
  for (const profile of profiles) backends.set(profile.host, await startRegistry())
  const requests: HostedRequest[] = []

  const sign = (sub: string, access: Access[]): string => {
    const body = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify({ sub, access, exp: Math.floor(Date.now() / 1000) + 300 }))}`
    return `${body}.${b64url(createHmac('sha256', secret).update(body).digest())}`
  }
  const verify = (authorization: string | undefined): { sub: string; access: Access[] } | undefined => {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1]
    const [head, claims, signature] = token?.split('.') ?? []
    if (!signature || b64url(createHmac('sha256', secret).update(`${head}.${claims}`).digest()) !== signature) return undefined
    return JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { sub: string; access: Access[] }
  }
  const grant = (profile: HostedProfile, user: string | undefined, scopes: string[]): Access[] =>
    scopes.flatMap((scope) => {
      const [type, ...rest] = scope.split(':')
      const actions = rest.pop()!.split(',')
      const name = rest.join(':')
      if (type !== 'repository') return profile.refuseCatalog || !user ? [] : [{ type, name, actions }]
      if (profile.gitlab && !profile.gitlab.projects.some((p) => name === p || (name.startsWith(`${p}/`) && name.split('/').length - p.split('/').length <= 2)))
        return []
      const mayPush = user !== undefined && profile.users[user].push.includes(name.split('/')[0])
      const granted = actions.filter((a) => a === 'pull' || mayPush)
      return granted.length ? [{ type, name, actions: granted }] : []
    })

  const errorBody = (code: string, message: string): string => JSON.stringify({ errors: [{ code, message, detail: null }] })

  const token = async (profile: HostedProfile, req: IncomingMessage, res: ServerResponse, url: URL): Promise<number> => {
    if (req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req).then((b) => b.toString('utf8')))
      const user = profile.refreshTokens?.[form.get('refresh_token') ?? '']
      if (form.get('grant_type') !== 'refresh_token' || !user) return send(res, 401, JSON.stringify({ error: 'invalid_grant' }))
      const access = grant(profile, user, (form.get('scope') ?? '').split(' ').filter(Boolean))
      return send(res, 200, JSON.stringify({ access_token: sign(user, access), expires_in: 300 }))
    }
    const basic = /^Basic (\S+)$/.exec(req.headers.authorization ?? '')?.[1]
    let user: string | undefined
    if (basic) {
      const decoded = Buffer.from(basic, 'base64').toString('utf8')
      const [name, ...password] = decoded.split(':')
      if (profile.users[name]?.password !== password.join(':')) return send(res, 401, JSON.stringify({ details: 'incorrect username or password' }))
      user = name
    }
    const access = grant(
      profile,
      user,
      url.searchParams.getAll('scope').flatMap((s) => s.split(' '))
    )
    const issued = sign(user ?? '', access)
    return send(res, 200, JSON.stringify({ token: issued, access_token: issued, expires_in: 300 }))
  }

  const registry = async (profile: HostedProfile, req: IncomingMessage, res: ServerResponse, url: URL): Promise<number> => {
    const challenge = (scope?: string, insufficient = false): Record<string, string> => ({
      'www-authenticate': profile.ecr
        ? `Basic realm="https://${profile.host}/",service="ecr.amazonaws.com"`
        : `Bearer realm="${scheme}://${profile.realm}",service="${profile.service}"${scope ? `,scope="${scope}"` : ''}${insufficient ? ',error="insufficient_scope"' : ''}`
    })
    const basic = /^Basic (\S+)$/.exec(req.headers.authorization ?? '')?.[1]
    const [basicUser, ...basicPassword] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : []
    if (basic && profile.ecr?.expiredPasswords.includes(basicPassword.join(':'))) {
      return send(res, 403, errorBody('DENIED', 'Your authorization token has expired. Reauthenticate and try again.'))
    }
    const name0 = /^\/v2\/(.+?)\/(manifests|blobs|tags)\//.exec(url.pathname)?.[1]
    if (profile.harbor && name0 && profile.namespaces && !profile.namespaces.includes(name0.split('/')[0])) {
      const project = name0.split('/')[0]
      return send(res, 404, errorBody('NOT_FOUND', `project ${project} not found: project ${project} not found`))
    }
    const basicClaims =
      basic && profile.users[basicUser]?.password === basicPassword.join(':')
        ? { sub: basicUser, access: name0 ? grant(profile, basicUser, [`repository:${name0}:pull,push`]) : [] }
        : undefined
    const claims = verify(req.headers.authorization) ?? basicClaims
    if (!claims) {
      if (profile.harbor && req.headers.authorization)
        return send(res, 401, errorBody('UNAUTHORIZED', 'unauthorized'), { 'www-authenticate': 'Basic realm="harbor"' })
      return send(res, 401, errorBody('UNAUTHORIZED', 'authentication required'), challenge())
    }
    if (url.pathname === '/v2/') return send(res, 200, '{}')
    if (url.pathname === '/v2/_catalog') {
      const allowed = claims.access.some((a) => a.type === 'registry' && a.name === 'catalog')
      if (!allowed) return send(res, 401, errorBody('UNAUTHORIZED', 'authentication required'), challenge('registry:catalog:*', true))
      return forward(profile, req, res)
    }
    const name = /^\/v2\/(.+?)\/(manifests|blobs|tags)\//.exec(url.pathname)?.[1]
    if (!name) return send(res, 404, errorBody('NOT_FOUND', 'not found'))
    const action = req.method === 'GET' || req.method === 'HEAD' ? 'pull' : 'push'
    const granted = claims.access.some((a) => a.type === 'repository' && a.name === name && a.actions.includes(action))
    if (!granted && profile.harbor) {
      const message = `unauthorized to access repository: ${name}, action: ${action}`
      return send(res, 401, errorBody('UNAUTHORIZED', message), { 'www-authenticate': 'Basic realm="harbor"' })
    }
    if (!granted) {
      const scope = `repository:${name}:${action === 'push' ? 'pull,push' : 'pull'}`
      return send(res, profile.denied.status, errorBody(profile.denied.code, profile.denied.message), challenge(scope, profile.denied.status === 401))
    }
    if (profile.repositories && !profile.repositories.includes(name)) {
      await readBody(req)
      const account = profile.host.split('.')[0]
      return send(res, 404, errorBody('NAME_UNKNOWN', `The repository with name '${name}' does not exist in the registry with id '${account}'`))
    }
    if (action === 'push' && profile.levels && name.split('/').length !== profile.levels) {
      return send(res, profile.nameError!.status, errorBody(profile.nameError!.code, profile.nameError!.message))
    }
    if (action === 'push' && profile.namespaces && !profile.namespaces.includes(name.split('/')[0])) {
      return send(res, profile.namespaceMissing!.status, errorBody(profile.namespaceMissing!.code, profile.namespaceMissing!.message))
    }
    const manifestPut = req.method === 'PUT' && url.pathname.includes('/manifests/')
    if (manifestPut && profile.refuseOci && OCI_TYPES.has(String(req.headers['content-type']))) {
      await readBody(req)
      return send(res, 400, errorBody('MANIFEST_INVALID', 'manifest invalid'))
    }
    if (manifestPut && profile.manifestPut === 'rewrite') {
      const bytes = Buffer.from(JSON.stringify(JSON.parse((await readBody(req)).toString('utf8')), null, 3))
      return forward(profile, req, res, bytes)
    }
    if (manifestPut && profile.manifestPut === 'lie') {
      const lie = `sha256:${createHash('sha256').update(`rewritten ${url.pathname}`).digest('hex')}`
      return forward(profile, req, res, undefined, { 'docker-content-digest': lie })
    }
    return forward(profile, req, res)
  }

  /**
   * Harbor's `POST /api/v2.0/projects` (goharbor/harbor api/v2.0/swagger.yaml, createProject: a
   * ProjectReq body, 201 Created, 409 when the name is taken, 401 without valid credentials): the
   * project then exists and its creator, its admin, may push to it.
   */
  const harborProjects = async (profile: HostedProfile, req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const body = JSON.parse((await readBody(req)).toString('utf8')) as { project_name?: string; metadata?: { public?: string } }
    const basic = /^Basic (\S+)$/.exec(req.headers.authorization ?? '')?.[1]
    const [user, ...password] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : []
    if (!basic || profile.users[user]?.password !== password.join(':')) return send(res, 401, errorBody('UNAUTHORIZED', 'unauthorized'))
    const name = body.project_name ?? ''
    if (!/^[a-z0-9][a-z0-9._-]{0,254}$/.test(name) || typeof body.metadata?.public !== 'string')
      return send(res, 400, errorBody('BAD_REQUEST', 'invalid project request'))
    if (profile.namespaces!.includes(name)) return send(res, 409, errorBody('CONFLICT', `The project named ${name} already exists`))
    profile.namespaces!.push(name)
    profile.users[user].push.push(name)
    return send(res, 201, '', { location: `/api/v2.0/projects/${name}` })
  }

  const sts = (profile: HostedProfile, res: ServerResponse, url: URL): number => {
    const q = url.searchParams
    const wanted = profile.ecrApi?.webIdentity
    if (q.get('Action') !== 'AssumeRoleWithWebIdentity' || !wanted || q.get('RoleArn') !== wanted.roleArn || q.get('WebIdentityToken') !== wanted.token)
      return send(res, 403, '<ErrorResponse><Error><Code>AccessDenied</Code></Error></ErrorResponse>', { 'content-type': 'text/xml' })
    const credentials = `<AccessKeyId>${profile.ecrApi!.accessKeyId}</AccessKeyId><SecretAccessKey>sts-secret</SecretAccessKey><SessionToken>sts-session</SessionToken>`
    return send(
      res,
      200,
      `<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult><Credentials>${credentials}</Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>`,
      {
        'content-type': 'text/xml'
      }
    )
  }

  const ecrApi = async (profile: HostedProfile, req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const body = (await readBody(req)).toString('utf8')
    const region = profile.host.split('.')[3]
    const error = (status: number, type: string, message: string): number =>
      send(res, status, JSON.stringify({ __type: type, message }), { 'content-type': 'application/x-amz-json-1.1' })
    const signed = new RegExp(
      `^AWS4-HMAC-SHA256 Credential=${profile.ecrApi!.accessKeyId}/\\d{8}/${region}/ecr/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}$`
    ).exec(req.headers.authorization ?? '')
    const signedHeaders = signed?.[1].split(';') ?? []
    if (!signed || !['host', 'x-amz-date', 'x-amz-target'].every((h) => signedHeaders.includes(h)) || !/^\d{8}T\d{6}Z$/.test(String(req.headers['x-amz-date'])))
      return error(403, 'InvalidSignatureException', 'The request signature we calculated does not match the signature you provided.')
    if (req.method !== 'POST' || req.headers['x-amz-target'] !== 'AmazonEC2ContainerRegistry_V20150921.CreateRepository')
      return error(400, 'UnknownOperationException', 'unknown operation')
    if (req.headers['content-type'] !== 'application/x-amz-json-1.1') return error(400, 'SerializationException', 'bad content type')
    const { repositoryName } = JSON.parse(body) as { repositoryName: string }
    const account = profile.host.split('.')[0]
    if (profile.repositories!.includes(repositoryName))
      return error(400, 'RepositoryAlreadyExistsException', `The repository with name '${repositoryName}' already exists in the registry with id '${account}'`)
    profile.repositories!.push(repositoryName)
    return send(res, 200, JSON.stringify({ repository: { repositoryName, registryId: account, repositoryUri: `${profile.host}/${repositoryName}` } }), {
      'content-type': 'application/x-amz-json-1.1'
    })
  }

  const forward = (
    profile: HostedProfile,
    req: IncomingMessage,
    res: ServerResponse,
    body?: Buffer,
    override: Record<string, string> = {}
  ): Promise<number> => {
    const backend = backends.get(profile.host)!
    const headers = { ...req.headers, host: profile.host, 'x-forwarded-proto': scheme }
    delete headers.authorization
    if (body) headers['content-length'] = String(body.length)
    return new Promise((resolve, reject) => {
      const upstream = httpRequest(`${backend.url}${req.url}`, { method: req.method, headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...override })
        answer.pipe(res)
        answer.on('end', () => resolve(answer.statusCode ?? 502))
      })
      upstream.on('error', reject)
      if (body) upstream.end(body)
      else req.pipe(upstream)
    })
  }

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '')
    const url = new URL(req.url ?? '/', `${scheme}://${host}`)
    const realmProfile = profiles.find((p) => p.realm === `${host}${url.pathname}`)
    const profile = profiles.find((p) => p.host === host)
    const apiProfile = profiles.find((p) => apiHost(p).includes(host))
    const handled = realmProfile
      ? token(realmProfile, req, res, url)
      : apiProfile
        ? host.startsWith('sts.')
          ? Promise.resolve(sts(apiProfile, res, url))
          : ecrApi(apiProfile, req, res)
        : profile?.harbor && req.method === 'POST' && url.pathname === '/api/v2.0/projects'
          ? harborProjects(profile, req, res)
          : profile
            ? registry(profile, req, res, url)
            : Promise.resolve(send(res, 404, ''))
    handled.then(
      (status) => requests.push({ host, method: req.method ?? '', path: url.pathname, status }),
      () => res.destroy()
    )
  }
  const server: Server = options.plainHttp ? createHttpServer(handle) : createServer({ key: certificates.key, cert: certificates.cert }, handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  return {
    env: {
      NODE_EXTRA_CA_CERTS: certificates.caPath,
      GCR_MIRROR_TEST: '1',
      GCR_MIRROR_TEST_RESOLVE: [...new Set(hosts)].map((h) => `${h}=127.0.0.1:${port}`).join(',')
    },
    requests,
    backend: (host) => backends.get(host)!,
    stop: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await Promise.allSettled([...backends.values()].map((b) => b.stop()))
    }
  }
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): number {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body)
  return status
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
