import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushImage, pushIndex, randomLayer } from '../harness/fixtures'
import { startGitHubApi, type GitHubApi } from '../harness/github-api'
import { issuesStandIn, type IssuesStandIn } from '../harness/github-issues'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { runActionMain } from './cli'

/** The reply with every `<code>` span and code block taken out: what GitHub reads as markdown, mentions and links. */
const outsideCode = (text: string): string =>
  text
    .replace(/<code>[^<]*<\/code>/g, '<code/>')
    .replace(/```[\s\S]*?```/g, '```block```')
    .replace(/`[^`\n]*`/g, '`code`')

/** The repositories a registry holds (its catalog). */
async function catalog(registry: TestRegistry): Promise<string[]> {
  const response = await fetch(`${registry.url}/v2/_catalog`)
  return ((await response.json()) as { repositories: string[] }).repositories
}

/** The digest skopeo reads for a reference: the sha256 of the manifest it fetches. */
function skopeoDigest(reference: string): string {
  const raw = execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`])
  return `sha256:${createHash('sha256').update(raw).digest('hex')}`
}

/**
 * Mirror on request (issue 22): the action on an `issues` event payload, two real source registries
 * and a target, answering through the GitHub API stand-in's issues endpoints.
 */
describe('the action answering mirror requests from issues (images-from: issue)', () => {
  let sourceA: TestRegistry
  let sourceB: TestRegistry
  let target: TestRegistry
  let api: GitHubApi
  let stand: IssuesStandIn
  let dir: string
  let app: { digest: string }
  let cli: { digest: string }
  const mirror = () => `${target.host}/mirror`

  beforeAll(async () => {
    ;[sourceA, sourceB, target] = await Promise.all([startRegistry(), startRegistry(), startRegistry()])
    stand = issuesStandIn()
    api = await startGitHubApi({ owner: 'octo', repo: 'mirror', routes: stand.routes })
    dir = await mkdtemp(join(tmpdir(), 'issue-request-'))
    app = await pushIndex(sourceA, 'team/app', '1.0', {
      images: [
        { layers: [randomLayer(3000, 1)], platform: { os: 'linux', architecture: 'amd64' } },
        { layers: [randomLayer(3000, 2)], platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }
      ]
    })
    await pushImage(sourceA, 'private/secret', '1', { layers: [randomLayer(1000, 3)] })
    cli = await pushImage(sourceB, 'tools/cli', '2.0', { layers: [randomLayer(2000, 4)] })
  }, 60_000)

  afterAll(async () => {
    await Promise.all([sourceA?.stop(), sourceB?.stop(), target?.stop(), api?.stop()])
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  /** Opens issue `number` with `body` and runs the action on its `opened` event, in one runner home (the ledger stays between runs). */
  async function request(number: number, body: string, labels: string[] = ['mirror-request']) {
    stand.open(number, body, labels)
    const event = join(dir, `event-${number}.json`)
    const payload = {
      action: 'opened',
      issue: { number, state: 'open', body, labels: labels.map((name) => ({ name })) },
      repository: { full_name: 'octo/mirror' }
    }
    await writeFile(event, JSON.stringify(payload))
    const run = await runActionMain(
      {
        'images-from': 'issue',
        'allowed-sources': `${sourceA.host}/team\n${sourceB.host}`,
        target: mirror(),
        'github-token': api.token
      },
      dir,
      { GITHUB_EVENT_NAME: 'issues', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'octo/mirror', GITHUB_API_URL: api.url }
    )
    return { run, issue: stand.issues.get(number)! }
  }

  it('mirrors the images of an issue from two registries, comments a table with pull lines, labels it mirrored and closes it', async () => {
    const body = `### Images\n\n\`\`\`text\n${sourceA.host}/team/app:1.0\n${sourceB.host}/tools/cli:2.0\n\`\`\`\n\n### Anything else?\n\n_No response_\n`
    const { run, issue } = await request(1, body)
    expect(run.code, run.log).toBe(0)
    expect(issue.comments).toHaveLength(1)
    const comment = issue.comments[0]
    expect(comment).toContain('✅ **2 images: 2 mirrored**')
    expect(comment).toContain(
      `<tr><td><code>${sourceA.host}/team/app:1.0</code></td><td><code>${mirror()}/team/app:1.0</code></td><td><code>${app.digest}</code></td><td><code>linux/amd64</code><br><code>linux/arm64/v8</code></td><td>✅ mirrored</td></tr>`
    )
    expect(comment).toContain(
      `<tr><td><code>${sourceB.host}/tools/cli:2.0</code></td><td><code>${mirror()}/tools/cli:2.0</code></td><td><code>${cli.digest}</code></td>`
    )
    expect(comment).toContain(`\`\`\`sh\ndocker pull ${mirror()}/team/app:1.0\ndocker pull ${mirror()}/tools/cli:2.0\n\`\`\``)
    expect(issue.labels).toEqual(['mirror-request', 'mirrored'])
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' })
    // The same table in the job summary; the target serves the very digests (read back with skopeo).
    expect(run.summary).toContain(comment)
    expect(skopeoDigest(`${mirror()}/team/app:1.0`)).toBe(app.digest)
    expect(skopeoDigest(`${mirror()}/tools/cli:2.0`)).toBe(cli.digest)
  }, 120_000)

  it('answers an image mirrored before from the ledger, says why a missing tag failed, refuses a namespace not allowed and a chosen target by name, and leaves the issue open', async () => {
    const before = await catalog(target)
    const body = JSON.stringify({
      'hub-mirror': [
        `${sourceA.host}/team/app:1.0`,
        `${sourceA.host}/private/secret:1`,
        `${sourceB.host}/tools/cli:2.0$renamed`,
        `${sourceB.host}/tools/cli:9.9`
      ],
      platform: 'linux/arm64'
    })
    const { run, issue } = await request(2, body)
    // The tag the source lacks failed, and fails the step (fail-on-error: true).
    expect(run.code, run.log).toBe(1)
    const comment = issue.comments[0]
    expect(comment).toContain('⚠️ **4 images: 1 already mirrored, 1 failed, 2 refused**')
    expect(comment).toContain(`<td>❌ failed: <code>${sourceB.host}/tools/cli:9.9: not found at the source</code></td>`)
    // A ledger hit shows the platforms the ledger recorded, as a copy does.
    expect(comment).toContain(
      `<td><code>${sourceA.host}/team/app:1.0</code></td><td><code>${mirror()}/team/app:1.0</code></td><td><code>${app.digest}</code></td><td><code>linux/amd64</code><br><code>linux/arm64/v8</code></td><td>✅ already mirrored (answered from the ledger, nothing copied)</td>`
    )
    expect(comment).toContain('✅ already mirrored (answered from the ledger, nothing copied)')
    expect(comment).toContain(
      `<td><code>${sourceA.host}/private/secret:1</code></td><td></td><td></td><td></td><td>🚫 refused: <code>${sourceA.host}/private/secret is not under an allowed source (${sourceA.host}/team, ${sourceB.host})</code></td>`
    )
    expect(comment).toContain('🚫 refused: <code>names its own target; a request cannot choose target names</code>')
    expect(comment).toContain('Ignored: <code>platform</code>.')
    expect(comment).toContain(`docker pull ${mirror()}/team/app:1.0`)
    expect(issue.labels).toEqual(['mirror-request', 'mirror-failed'])
    expect(issue.state).toBe('open')
    expect(await catalog(target)).toEqual(before)
  }, 120_000)

  it('copies nothing for a hostile body, runs nothing of it, and answers it with everything escaped', async () => {
    const before = await catalog(target)
    const sentinel = join(dir, 'pwned')
    const hostile = [
      `${sourceA.host}/team/app:1.0; touch ${sentinel}`,
      `$(touch ${sentinel})`,
      `\`touch ${sentinel}\`;`,
      '--dest-creds=evil:evil',
      `--target=${sourceA.host}/stolen`,
      '../../../../etc/passwd',
      `${sourceB.host}/../../etc/passwd`,
      `http://${sourceB.host}/tools/cli:2.0`,
      `evil:pass@${sourceB.host}/tools/cli:2.0`,
      '<img src=x onerror=alert(1)>',
      '<script>alert(document.cookie)</script>',
      '@octocat @octo-org/admins please',
      '[click me](javascript:alert(1))',
      '</code></td></tr></table><h1>owned</h1>',
      `${sourceB.host}/tools/cli:2.0\u202e\u0007\u001b[2J`
    ]
    const { run, issue } = await request(3, hostile.join('\n'))
    expect(run.code, run.log).toBe(0)
    expect(existsSync(sentinel)).toBe(false)
    expect(await catalog(target)).toEqual(before)
    const comment = issue.comments[0]
    expect(comment).toContain(`⚠️ **${hostile.length} images: ${hostile.length} refused**`)
    expect(comment.match(/🚫 refused/g)).toHaveLength(hostile.length)
    const rendered = outsideCode(comment)
    for (const needle of ['<img', '<script', '<h1>', '@octocat', '@octo-org', 'javascript:', 'passwd', 'touch']) expect(rendered, needle).not.toContain(needle)
    // eslint-disable-next-line no-control-regex -- no control character of the body reaches the comment
    expect(comment).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/)
    expect(comment).toContain('<code>&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h1&gt;owned&lt;/h1&gt;</code>')
    expect(issue.labels).toEqual(['mirror-request', 'mirror-failed'])
    expect(issue.state).toBe('open')
    expect(run.summary).toContain(comment)
  }, 120_000)

  it("ends within its bound when GitHub stalls the comment: a warning, and the mirror's result intact", async () => {
    const tool = await pushImage(sourceB, 'tools/cli', '3.0', { layers: [randomLayer(1500, 5)] })
    stand.stalled.add(5)
    const started = Date.now()
    const { run, issue } = await request(5, `${sourceB.host}/tools/cli:3.0`)
    const seconds = (Date.now() - started) / 1000
    // The comment's bound (30 s), not undici's 300 s for an answer's headers.
    expect(seconds, run.log).toBeGreaterThanOrEqual(30)
    expect(seconds, run.log).toBeLessThan(60)
    expect(run.code, run.log).toBe(0)
    expect(run.log).toContain(
      "::warning::Issue #5 not answered: GitHub did not answer the comment within 30 s; the mirror's result stands (see the job summary)"
    )
    expect(issue.comments).toEqual([])
    expect(issue.state).toBe('open')
    expect(run.summary).toContain('✅ **1 image: 1 mirrored**')
    expect(skopeoDigest(`${mirror()}/tools/cli:3.0`)).toBe(tool.digest)
  }, 120_000)

  it('refuses a body over 64 KiB unread', async () => {
    const before = await catalog(target)
    const { run, issue } = await request(4, `${sourceB.host}/tools/cli:2.0\n${'x'.repeat(70 * 1024)}`)
    expect(run.code, run.log).toBe(0)
    expect(issue.comments[0]).toContain('Nothing was mirrored: the request is 71 KiB; at most 64 KiB is read.')
    expect(issue.labels).toEqual(['mirror-request', 'mirror-failed'])
    expect(await catalog(target)).toEqual(before)
  }, 60_000)
})
