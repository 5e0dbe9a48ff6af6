import { describe, expect, it } from 'vitest'
import { formatRefName, parseRefName } from '../ref-name'

describe('reference names', () => {
  it('formats REPOSITORY:TAG and parses it back at the last colon', () => {
    expect(formatRefName('team/app', 'v1.2_rc-1')).toBe('team/app:v1.2_rc-1')
    expect(parseRefName('team/app:v1.2_rc-1')).toEqual({ repository: 'team/app', tag: 'v1.2_rc-1' })
    expect(parseRefName('docker.io/library/alpine:3.19')).toEqual({ repository: 'docker.io/library/alpine', tag: '3.19' })
  })

  it('gives undefined for names that are not a repository and a tag', () => {
    for (const name of ['v1', 'latest', 'localhost:5000/app', 'Team/App:v1', ':v1', 'app:', 'app:-x', 'app@sha256:abc', '']) {
      expect(parseRefName(name)).toBeUndefined()
    }
  })
})
