import { ProtocolError } from '../../oci/errors'
import { isValidRepositoryPath } from '../../oci/names'
import { RegistryError } from '../errors'
import { readLimited } from '../http'
import { followPages } from '../pages'
import { malformed, readApiPage } from './api-page'
import { addSecret } from '../../util/redact'
import { keepListedName } from '../listing-bounds'
import { underPrefix, type ListerContext, type RepositoryListing } from './lister'

/** Docker Hub's API, apart from its registry (`registry-1.docker.io`). */
export const HUB_API_ORIGIN = 'https://hub.docker.com'

/**
 * A page of the Hub's repository list (Docker Hub API reference, "List repositories in a
 * namespace", https://docs.docker.com/reference/api/hub/latest/): `count`, `next` (the absolute
 * URL of the next page, null on the last), `previous`, and `results` with `name` and `namespace`.
 */
interface HubPage {
  next?: string | null
  results?: Array<{ name?: string; namespace?: string }>
}

const PAGE_SIZE = 100

/**
 * docker.io: the registry has no catalog for Hub namespaces, so the namespace is listed with the
 * Hub API, `GET /v2/namespaces/NS/repositories` (the older `/v2/repositories/NS/` where that one is
 * absent), following `next`. Anonymous for public repositories; with source credentials a Hub
 * token (`POST /v2/auth/token` with the username and password or access token) lists private ones too.
 */
export async function listDockerHub(context: ListerContext, prefix: string): Promise<RepositoryListing> {
  const namespace = prefix.split('/')[0]
  if (!namespace) throw new ProtocolError('docker.io: Docker Hub lists repositories per namespace; name one (docker.io/NAMESPACE)')
  const api = context.api(HUB_API_ORIGIN)
  const what = `docker.io repositories of ${namespace}`
  const why = context.credentials ? 'the Hub refused the token of the source credentials' : 'private namespaces need --source-username and --source-password'
  const headers: Record<string, string> = context.credentials ? { authorization: `Bearer ${await hubToken(context)}` } : {}
  const repositories: string[] = []
  let found = false
  for (const path of [`/v2/namespaces/${namespace}/repositories`, `/v2/repositories/${namespace}/`]) {
    const first = new URL(path, HUB_API_ORIGIN)
    first.searchParams.set('page_size', String(PAGE_SIZE))
    await followPages(
      first.toString(),
      what,
      async (url, signal) => {
        const answer = await readApiPage<HubPage>(api, url, headers, what, why, signal)
        if (!answer) return undefined
        const page = answer.page
        found = true
        if (!Array.isArray(page.results)) throw malformed(what, 'results')
        for (const repository of page.results) {
          const name = `${repository.namespace ?? namespace}/${repository.name ?? ''}`
          if (!keepListedName(name, isValidRepositoryPath(name), what, context.listing)) continue
          if (underPrefix(name, prefix)) repositories.push(name)
        }
        return page.next ?? undefined
      },
      context.listing
    )
    if (found) break
  }
  return { repositories: [...new Set(repositories)].sort() }
}

/** A Hub API token for the source credentials (`POST /v2/auth/token`, `identifier` and `secret`, answering `access_token`). */
async function hubToken(context: ListerContext): Promise<string> {
  const { username, password } = context.credentials!
  const response = await context.api(HUB_API_ORIGIN).send({
    method: 'POST',
    url: '/v2/auth/token',
    scopes: [],
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: Buffer.from(JSON.stringify({ identifier: username, secret: password }))
  })
  let token: string | undefined
  try {
    token = (JSON.parse((await readLimited(response.body, response.headers, 64 * 1024, 'Hub token')).toString('utf8')) as { access_token?: string })
      .access_token
  } catch {
    token = undefined
  }
  addSecret(token)
  if (!token)
    throw new RegistryError('docker.io: the Hub answered no access_token for the source credentials', response.status, {
      method: 'POST',
      url: `${HUB_API_ORIGIN}/v2/auth/token`
    })
  return token
}
