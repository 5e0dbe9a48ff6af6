import { describe, expect, it } from 'vitest'
import { ProjectMissingError, RepositoryMissingError } from '../../../registry/errors'
import { ecrEndpoint, ecrRegistry } from '../../../registry/provision'
import { profileSection } from '../../../registry/aws-credentials'
import { provisioning } from '../provisioning'

const info = { method: 'POST', url: 'https://x/v2/a/blobs/uploads/' }
const missing = new RepositoryMissingError('missing', 404, info, 'NAME_UNKNOWN')

describe('ecrRegistry', () => {
  it('reads the account and region of ECR hosts, FIPS and China included', () => {
    expect(ecrRegistry('210987654321.dkr.ecr.eu-west-1.amazonaws.com')).toEqual({ account: '210987654321', region: 'eu-west-1' })
    expect(ecrRegistry('210987654321.dkr.ecr-fips.us-gov-west-1.amazonaws.com')).toEqual({ account: '210987654321', region: 'us-gov-west-1' })
    expect(ecrRegistry('210987654321.dkr.ecr.cn-north-1.amazonaws.com.cn')).toEqual({ account: '210987654321', region: 'cn-north-1' })
  })
  it('is undefined for other hosts', () => {
    expect(ecrRegistry('public.ecr.aws')).toBeUndefined()
    expect(ecrRegistry('21098765432.dkr.ecr.eu-west-1.amazonaws.com')).toBeUndefined()
    expect(ecrRegistry('ghcr.io')).toBeUndefined()
  })
  it('takes the SDKs endpoint overrides, the service one first', () => {
    expect(ecrEndpoint('eu-west-1', {}).href).toBe('https://api.ecr.eu-west-1.amazonaws.com/')
    expect(ecrEndpoint('eu-west-1', { AWS_ENDPOINT_URL: 'https://a.example/', AWS_ENDPOINT_URL_ECR: 'https://b.example/' }).href).toBe('https://b.example/')
  })
})

describe('profileSection', () => {
  it('reads one profile of a shared credentials file', () => {
    const text = '[default]\naws_access_key_id = A\n# note\n[ci]\naws_access_key_id=B\naws_secret_access_key = S\n'
    expect(profileSection(text, 'ci')).toEqual({ aws_access_key_id: 'B', aws_secret_access_key: 'S' })
    expect(profileSection(text, 'none')).toEqual({})
  })
})

describe('provisioning', () => {
  it('ECR: the repository, created through the API, or with the aws command of its region', () => {
    const plan = provisioning('210987654321.dkr.ecr.eu-west-1.amazonaws.com', 'mirror/app', missing)
    expect(plan).toMatchObject({ what: 'ECR repository mirror/app', creatable: true })
    expect(plan.how).toBe('aws ecr create-repository --repository-name mirror/app --region eu-west-1')
  })
  it('Harbor: the project, with its page and API', () => {
    const plan = provisioning('harbor.corp.example', 'team/app', new ProjectMissingError('team', 'm', 404, info, 'NOT_FOUND'))
    expect(plan).toMatchObject({ what: 'Harbor project team', creatable: true })
    expect(plan.how).toContain('https://harbor.corp.example/harbor/projects')
    expect(plan.how).toContain('POST https://harbor.corp.example/api/v2.0/projects')
  })
  it('Aliyun, Docker Hub and others: what a person creates, and that gcr-mirror cannot', () => {
    const aliyun = provisioning('registry.cn-hangzhou.aliyuncs.com', 'ns/app', missing)
    expect(aliyun).toMatchObject({ what: 'Aliyun namespace ns', creatable: false })
    expect(aliyun.how).toMatch(/cannot create it: create namespace ns in the Container Registry console/)
    const hub = provisioning('docker.io', 'org/app', missing)
    expect(hub).toMatchObject({ what: 'Docker Hub namespace org', creatable: false })
    expect(hub.how).toContain('https://hub.docker.com/orgs')
    expect(provisioning('quay.example', 'a/b', missing, { dispatcher: {} as never }).create).toBeUndefined()
  })
})
