import type { Dispatcher } from 'undici'
import { awsCredentials } from './aws-credentials'
import { signAws, type AwsCredentials } from './aws-sigv4'
import type { Credentials } from '../oci/model'
import { registryOrigin } from './reference'
import { request } from './undici'

/** An ECR registry host, `ACCOUNT.dkr.ecr[-fips].REGION.amazonaws.com[.cn]`: its account and region. */
export function ecrRegistry(host: string): { account: string; region: string } | undefined {
  const match = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/i.exec(host.replace(/:443$/, ''))
  return match ? { account: match[1], region: match[2].toLowerCase() } : undefined
}

/** The ECR API endpoint of a region: `AWS_ENDPOINT_URL_ECR` or `AWS_ENDPOINT_URL` when set (the SDKs' endpoint overrides). */
export function ecrEndpoint(region: string, env: NodeJS.ProcessEnv = process.env): URL {
  const override = env.AWS_ENDPOINT_URL_ECR || env.AWS_ENDPOINT_URL
  return new URL(override || `https://api.ecr.${region}.amazonaws.com/`)
}

/** How a provisioning request went: created, or there already. */
export type Provisioned = 'created' | 'exists'

/**
 * Creates an ECR repository with the API's CreateRepository (JSON 1.1 protocol, SigV4-signed,
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html);
 * `RepositoryAlreadyExistsException` is fine (another run made it).
 */
export async function createEcrRepository(
  host: string,
  repository: string,
  options: { dispatcher: Dispatcher; signal: AbortSignal; env?: NodeJS.ProcessEnv }
): Promise<Provisioned> {
  const ecr = ecrRegistry(host)
  if (!ecr) throw new Error(`${host} is not an ECR registry`)
  const credentials = await awsCredentials(options.env, (roleArn, token) => assumeRoleWithWebIdentity(ecr.region, roleArn, token, options))
  if (!credentials)
    throw new Error(
      'no AWS credentials found (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN, or ~/.aws/credentials)'
    )
  const url = ecrEndpoint(ecr.region, options.env)
  const body = JSON.stringify({ repositoryName: repository, registryId: ecr.account })
  const headers = signAws(
    {
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.CreateRepository' },
      body,
      region: ecr.region,
      service: 'ecr'
    },
    credentials
  )
  const answer = await request(url, { dispatcher: options.dispatcher, method: 'POST', headers, body, signal: options.signal })
  const text = await answer.body.text()
  if (answer.statusCode === 200) return 'created'
  // JSON 1.1 errors name their type in `__type` (sometimes prefixed with a namespace and `#`).
  const parsed = safeJson(text)
  const type = String(parsed?.__type ?? answer.headers['x-amzn-errortype'] ?? '')
    .split('#')
    .pop()!
    .split(':')[0]
  if (type === 'RepositoryAlreadyExistsException') return 'exists'
  throw new Error(`ECR CreateRepository answered ${answer.statusCode}${type ? ` ${type}` : ''}${parsed?.message ? `: ${String(parsed.message)}` : ''}`)
}

/**
 * STS AssumeRoleWithWebIdentity (unsigned: the token is the proof; STS API Reference,
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html) at the
 * region's endpoint (`AWS_ENDPOINT_URL_STS` when set): the role's temporary credentials.
 */
async function assumeRoleWithWebIdentity(
  region: string,
  roleArn: string,
  token: string,
  options: { dispatcher: Dispatcher; signal: AbortSignal; env?: NodeJS.ProcessEnv }
): Promise<AwsCredentials> {
  const env = options.env ?? process.env
  const base = new URL(env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || `https://sts.${region}.amazonaws.com/`)
  const query = new URLSearchParams({
    Action: 'AssumeRoleWithWebIdentity',
    Version: '2011-06-15',
    RoleArn: roleArn,
    RoleSessionName: env.AWS_ROLE_SESSION_NAME || `gcr-mirror-${Date.now()}`,
    WebIdentityToken: token
  })
  const answer = await request(new URL(`${base.origin}${base.pathname}?${query}`), { dispatcher: options.dispatcher, method: 'GET', signal: options.signal })
  const xml = await answer.body.text()
  const field = (name: string): string | undefined => new RegExp(`<${name}>([^<]+)</${name}>`).exec(xml)?.[1]
  const [accessKeyId, secretAccessKey, sessionToken] = [field('AccessKeyId'), field('SecretAccessKey'), field('SessionToken')]
  if (answer.statusCode !== 200 || !accessKeyId || !secretAccessKey)
    throw new Error(`STS AssumeRoleWithWebIdentity answered ${answer.statusCode}${field('Code') ? ` ${field('Code')}` : ''} for role ${roleArn}`)
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) }
}

/**
 * Creates a Harbor project (private) with Harbor's REST API, `POST /api/v2.0/projects` and a
 * ProjectReq body (goharbor/harbor api/v2.0/swagger.yaml, operation createProject: 201 created,
 * 409 when the name is taken), with the target's credentials as Basic auth. The API is served where
 * the registry is, so it is asked with the registry's scheme (`--insecure-registries`: plain HTTP).
 */
export async function createHarborProject(
  host: string,
  project: string,
  options: { dispatcher: Dispatcher; signal: AbortSignal; credentials?: Credentials; insecure?: readonly string[] }
): Promise<Provisioned> {
  if (!options.credentials) throw new Error('no target credentials to create the Harbor project with')
  const url = new URL(`${registryOrigin(host, options.insecure)}/api/v2.0/projects`)
  const basic = Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64')
  const answer = await request(url, {
    dispatcher: options.dispatcher,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${basic}` },
    body: JSON.stringify({ project_name: project, metadata: { public: 'false' } }),
    signal: options.signal
  })
  const text = await answer.body.text()
  if (answer.statusCode === 201) return 'created'
  if (answer.statusCode === 409) return 'exists'
  const message = (safeJson(text)?.errors as Array<{ message?: string }> | undefined)?.[0]?.message
  throw new Error(`Harbor answered ${answer.statusCode} to creating project ${project}${message ? `: ${message}` : ''}`)
}

function safeJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
