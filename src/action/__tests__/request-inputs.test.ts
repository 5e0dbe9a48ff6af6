import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { UsageError } from '../../oci/errors'
import { getInputs, readRequestInputs } from '../context'

const saved = { ...process.env }

/** Sets the inputs as the runner does (`INPUT_<NAME>`, dashes kept) and reads the request ones. */
function read(inputs: Record<string, string>) {
  for (const name of Object.keys(process.env).filter((n) => n.startsWith('INPUT_'))) delete process.env[name]
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
  return readRequestInputs()
}

const issue = { 'images-from': 'issue', target: 'ghcr.io/octo', 'allowed-sources': 'registry.k8s.io\ndocker.io/library', 'github-token': 'ghs_token' }

beforeEach(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => {
  vi.restoreAllMocks()
  process.env = { ...saved }
})

describe('readRequestInputs', () => {
  it('is off by default (images-from: inputs)', () => {
    expect(read({ source: 'gcr.io/x', target: 'ghcr.io/octo' })).toBeUndefined()
  })

  it('reads the allowed sources, the limit, the labels and the token', () => {
    expect(read({ ...issue, 'max-images': '3', 'mirrored-label': 'done', 'failed-label': 'help wanted' })).toEqual({
      allowedSources: [{ registry: 'registry.k8s.io' }, { registry: 'docker.io', path: 'library' }],
      maxImages: 3,
      mirroredLabel: 'done',
      failedLabel: 'help wanted',
      token: 'ghs_token'
    })
    expect(read(issue)).toMatchObject({ maxImages: 10, mirroredLabel: 'mirrored', failedLabel: 'mirror-failed' })
  })

  it.each([
    [{ ...issue, 'allowed-sources': '' }, 'allowed-sources is empty: images-from: issue needs the registries or namespaces a request may mirror from'],
    [{ ...issue, source: 'gcr.io/x' }, 'source is set: with images-from: issue the images come from the request, under allowed-sources'],
    [{ ...issue, images: 'nginx' }, 'images is set'],
    [{ ...issue, config: 'mirrors.yml' }, 'config is set'],
    [{ ...issue, 'images-file': 'images.txt' }, 'images-file is set'],
    [{ ...issue, 'max-images': '0' }, 'max-images "0": expected a number from 1 to 50'],
    [{ ...issue, 'max-images': '51' }, 'max-images "51": expected a number from 1 to 50'],
    [{ ...issue, 'max-images': '1e3' }, 'max-images "1e3": expected a number from 1 to 50'],
    [{ ...issue, 'mirrored-label': 'x'.repeat(51) }, 'mirrored-label "xxxx'],
    [{ ...issue, 'github-token': '' }, 'github-token is empty'],
    [{ ...issue, 'allowed-sources': 'library' }, 'allowed-sources "library": the first part is not a registry host'],
    [{ ...issue, 'images-from': 'body' }, 'images-from "body": expected inputs or issue'],
    [{ source: 'gcr.io/x', target: 'ghcr.io/octo', 'allowed-sources': 'gcr.io' }, 'allowed-sources is for images-from: issue']
  ])('refuses %j with one line', (inputs, message) => {
    expect(() => read(inputs)).toThrow(UsageError)
    expect(() => read(inputs)).toThrow(message)
  })
})

describe('getInputs with images-from: issue', () => {
  it('mirrors the images of the request as an image list, into one ledger whatever the request names', () => {
    read(issue)
    const env = { HOME: '/home/runner', RUNNER_TEMP: '/tmp' }
    const one = getInputs(env, undefined, ['registry.k8s.io/pause:3.9', 'docker.io/library/nginx:1.25'])
    const other = getInputs(env, undefined, ['docker.io/library/alpine:latest'])
    expect(one.request).toMatchObject({ maxImages: 10, token: 'ghs_token' })
    expect(one.mirrors?.map((mirror) => mirror.options.source.display).sort()).toEqual(['docker.io', 'registry.k8s.io'])
    expect(one.mirrorId).toMatch(/^images-to-ghcr\.io_octo-[0-9a-f]{12}$/)
    expect(other.mirrorId).toBe(one.mirrorId)
    expect(other.options.stateFile).toBe(one.options.stateFile)
  })
})
