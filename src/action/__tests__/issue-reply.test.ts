import { describe, expect, it } from 'vitest'
import { addSecret } from '../../util/redact'
import { MAX_REFUSED_SHOWN, renderReply, replySucceeded, REPLY_MARKER, type Reply, type ReplyRow } from '../issue-reply'

const DIGEST = `sha256:${'b'.repeat(64)}`
const mirrored: ReplyRow = {
  source: 'registry.k8s.io/pause:3.9',
  status: 'mirrored',
  target: 'ghcr.io/octo/pause:3.9',
  digest: DIGEST,
  platforms: ['linux/amd64', 'linux/arm64']
}
const ledger: ReplyRow = { source: 'docker.io/library/nginx:1.25', status: 'ledger', target: 'ghcr.io/octo/library/nginx:1.25', digest: DIGEST }
const reply = (fields: Partial<Reply>): Reply => ({ rows: [], refused: [], ignoredKeys: [], ...fields })

/** The reply with every `<code>` span taken out: what GitHub renders as markdown and scans for mentions and links. */
const outsideCode = (text: string): string => text.replace(/<code>[^<]*<\/code>/g, '<code/>').replace(/`[^`\n]*`/g, '`code`')

describe('renderReply', () => {
  it('tables each image (source, target, digest, platforms, result) and gives a docker pull line per mirrored one', () => {
    const text = renderReply(reply({ rows: [mirrored, ledger, { source: 'registry.k8s.io/gone:1', status: 'failed', why: 'manifest unknown' }] }))
    expect(text.startsWith(`${REPLY_MARKER}\n\n⚠️ **3 images: 1 mirrored, 1 already mirrored, 1 failed**`)).toBe(true)
    expect(text).toContain('<tr><th>source</th><th>target</th><th>digest</th><th>platforms</th><th>result</th></tr>')
    expect(text).toContain(
      `<tr><td><code>registry.k8s.io/pause:3.9</code></td><td><code>ghcr.io/octo/pause:3.9</code></td><td><code>${DIGEST}</code></td><td><code>linux/amd64</code><br><code>linux/arm64</code></td><td>✅ mirrored</td></tr>`
    )
    expect(text).toContain('<td>✅ already mirrored (answered from the ledger, nothing copied)</td>')
    expect(text).toContain('<td>❌ failed: <code>manifest unknown</code></td>')
    expect(text).toContain('```sh\ndocker pull ghcr.io/octo/pause:3.9\ndocker pull ghcr.io/octo/library/nginx:1.25\n```')
    expect(text).not.toContain('docker pull registry.k8s.io/gone')
  })

  it('says the request was done when every image is on the target', () => {
    const done = reply({ rows: [mirrored, ledger] })
    expect(replySucceeded(done)).toBe(true)
    expect(renderReply(done)).toContain('✅ **2 images: 1 mirrored, 1 already mirrored**')
    expect(renderReply(done)).not.toContain('Name one image a line')
  })

  it('is not done with a refused entry, a failure, an image left, an error, or nothing asked', () => {
    expect(replySucceeded(reply({ rows: [mirrored], refused: [{ text: 'quay.io/x/y:1', why: 'not allowed' }] }))).toBe(false)
    expect(replySucceeded(reply({ rows: [mirrored, { source: 'a', status: 'left' }] }))).toBe(false)
    expect(replySucceeded(reply({ rows: [mirrored], error: 'boom' }))).toBe(false)
    expect(replySucceeded(reply({}))).toBe(false)
    expect(renderReply(reply({}))).toContain('⚠️ **No image reference found in the request**')
    expect(renderReply(reply({}))).toContain('Name one image a line: `registry.k8s.io/pause:3.9`')
  })

  it('says a request refused whole was not read', () => {
    const text = renderReply(reply({ refusal: 'the request is 70 KiB; at most 64 KiB is read' }))
    expect(text).toContain('🚫 **The request was not read**')
    expect(text).toContain('Nothing was mirrored: the request is 70 KiB; at most 64 KiB is read.')
    expect(text).not.toContain('<table>')
  })

  it('names the options a hub-mirror request tried to set, as ignored', () => {
    expect(renderReply(reply({ rows: [mirrored], ignoredKeys: ['platform'] }))).toContain('Ignored: <code>platform</code>.')
  })

  it('lists the first refused entries and counts the rest', () => {
    const refused = Array.from({ length: MAX_REFUSED_SHOWN + 5 }, (_, i) => ({ text: `bad ${i}`, why: 'not an image reference' }))
    const text = renderReply(reply({ refused }))
    expect(text.match(/🚫 refused/g)).toHaveLength(MAX_REFUSED_SHOWN)
    expect(text).toContain('… and 5 more entries refused.')
  })
})

describe('renderReply: whatever came from the request is escaped', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '@octocat @org/team',
    '[click](javascript:alert(1))',
    '`code` ``` ~~~',
    '</code></td></tr></table><b>x</b>',
    '| a | b |',
    '#1 octo/repo#2 :shipit: https://evil.example',
    'bell\u0007 cr\r lf\n esc\u001b[31m rtl\u202e nul\u0000',
    '&lt;already&gt; &amp;'
  ]
  const text = renderReply(reply({ refused: hostile.map((entry) => ({ text: entry, why: `not an image reference: "${entry}" is not a tag` })) }))
  const rendered = outsideCode(text)

  it('leaves no markup, mention, reference, link or emoji of the request outside <code>', () => {
    for (const needle of ['<img', '<script', '<b>', '@', 'javascript:', 'https://', '#1', '#2', ':shipit:', '```', '~~~', '| a |']) {
      expect(rendered, needle).not.toContain(needle)
    }
    // The only HTML is ours.
    const tags = new Set([...rendered.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]))
    expect([...tags].sort()).toEqual(['br', 'code', 'table', 'td', 'th', 'tr'].filter((tag) => tags.has(tag)))
  })

  it('escapes HTML inside <code> (so no </code> closes it early) and shows control characters as escapes', () => {
    expect(text).toContain('<code>&lt;img src=x onerror=alert(1)&gt;</code>')
    expect(text).toContain('<code>&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;b&gt;x&lt;/b&gt;</code>')
    expect(text).toContain('<code>&amp;lt;already&amp;gt; &amp;amp;</code>')
    expect(text).toContain('bell\\x07 cr\\x0d lf\\x0a esc\\x1b[31m rtl\\u{202e} nul\\x00')
    // eslint-disable-next-line no-control-regex -- the point: no control character reaches the comment
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/)
  })

  it('redacts a secret a failure message holds', () => {
    addSecret('s3cr3t-registry-token')
    const text = renderReply(reply({ rows: [{ source: 'registry.k8s.io/pause:3.9', status: 'failed', why: 'denied for s3cr3t-registry-token' }] }))
    expect(text).not.toContain('s3cr3t-registry-token')
    expect(text).toContain('denied for ***')
  })
})
