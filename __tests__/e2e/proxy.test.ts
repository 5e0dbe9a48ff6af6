import { lookup } from 'node:dns/promises'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Agent, fetch as undiciFetch } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCorpus, manifestDigest, type Corpus } from '../harness/fixtures'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { makeCertificates, type TestCertificates } from '../harness/tls'
import { startTinyproxy, type TestTinyproxy } from '../harness/tinyproxy'
import { readJson, runCli } from './cli'

/** A registry host name that resolves to 127.0.0.1 (see .ci/run) but is not a loopback name. */
const PROXIED_HOST = 'registry.gcr-mirror.test'

/**
 * A private registry behind a corporate proxy (issue 13, "Proxies, CAs, TLS"): two real registries
 * (docker-registry with `http.tls`) serve HTTPS with a certificate from a throwaway CA, under
 * PROXIED_HOST (.ci/run maps it to 127.0.0.1 in /etc/hosts, for tinyproxy too; it is not a loopback
 * name, so gcr-mirror speaks HTTPS to it as to any registry). A real tinyproxy with
 * BasicAuth and a CONNECT port list stands between: its log shows the tunnels a run opened.
 */
describe('behind a proxy, with a private CA', () => {
  const PROXY_USER = 'corp-user'
  const PROXY_PASSWORD = 'proxy-s3cret-pw'
  let host: string
  let certificates: TestCertificates
  let source: TestRegistry
  let target: TestRegistry
  let proxy: TestTinyproxy
  let corpus: Corpus
  let dir: string
  const nodeFetch = globalThis.fetch

  beforeAll(async () => {
    host = PROXIED_HOST
    const resolved = await lookup(host, { family: 4 }).catch(() => ({ address: 'nothing' }))
    if (resolved.address !== '127.0.0.1') {
      throw new Error(`this test needs ${host} to resolve to 127.0.0.1 (it resolves to ${resolved.address}): bash .ci/run adds it to /etc/hosts`)
    }
    certificates = makeCertificates([host])
    const tls = { cert: certificates.cert, key: certificates.key, hostName: host }
    ;[source, target] = await Promise.all([startRegistry({ tls }), startRegistry({ tls })])
    proxy = await startTinyproxy([Number(source.host.split(':')[1]), Number(target.host.split(':')[1])], { user: PROXY_USER, password: PROXY_PASSWORD })
    dir = await mkdtemp(join(tmpdir(), 'proxy-'))
    // The harness's fixtures (global fetch) trust the test CA to seed and read back the registries.
    const trusting = new Agent({ connect: { ca: readFileSync(certificates.caPath, 'utf8') } })
    globalThis.fetch = ((input: string, init: object) => undiciFetch(input, { ...init, dispatcher: trusting })) as unknown as typeof fetch
    corpus = await buildCorpus(source, {
      namespace: 'corp',
      repositories: 3,
      tagsPerRepo: 3,
      layersPerImage: 2,
      layerSize: 4096,
      sharedBaseLayers: 1,
      nested: true,
      multiArchEvery: 3
    })
  })

  afterAll(async () => {
    globalThis.fetch = nodeFetch
    await Promise.allSettled([source?.stop(), target?.stop(), proxy?.stop()])
    certificates?.remove()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const proxyUrl = (): string => `http://${PROXY_USER}:${PROXY_PASSWORD}@127.0.0.1:${proxy.port}`
  const sync = (namespace: string, extra: string[], env: NodeJS.ProcessEnv) =>
    runCli(
      ['sync', '--source', `${source.host}/corp`, '--target', `${target.host}/${namespace}`, '--report', join(dir, `${namespace}.json`), '--quiet', ...extra],
      env
    )

  async function expectComplete(namespace: string): Promise<void> {
    const report = await readJson(join(dir, `${namespace}.json`))
    expect(report.failed).toBe(0)
    expect(report.copied).toBe(corpus.images.length)
    for (const image of corpus.images) {
      const relative = image.repository.slice('corp/'.length)
      expect(await manifestDigest(target, `${namespace}/${relative}`, image.tag), `${image.repository}:${image.tag}`).toBe(image.digest)
    }
  }

  it('goes through HTTPS_PROXY (CONNECT to both registries), trusts NODE_EXTRA_CA_CERTS, and never prints the proxy password', async () => {
    proxy.mark()
    const run = await sync('via-proxy', [], { HTTPS_PROXY: proxyUrl(), NODE_EXTRA_CA_CERTS: certificates.caPath })
    expect(run.stderr).toContain(`proxy: HTTPS through http://***@127.0.0.1:${proxy.port}`)
    expect(run.code).toBe(0)
    await expectComplete('via-proxy')
    const connects = new Set(proxy.connects())
    expect(connects).toEqual(new Set([source.host, target.host]))
    expect(`${run.stdout}${run.stderr}${readFileSync(join(dir, 'via-proxy.json'), 'utf8')}`).not.toContain(PROXY_PASSWORD)
  })

  it('bypasses the proxy for hosts in no_proxy (lowercase) and trusts --ca-file', async () => {
    proxy.mark()
    const run = await sync('direct', ['--ca-file', certificates.caPath], { https_proxy: proxyUrl(), no_proxy: host })
    expect(run.code).toBe(0)
    await expectComplete('direct')
    expect(proxy.connects()).toEqual([])
  })

  it('fails before any copy when the proxy refuses the credentials, without quoting them', async () => {
    proxy.mark()
    const run = await sync('refused', [], {
      HTTPS_PROXY: `http://${PROXY_USER}:wrong-pw-123@127.0.0.1:${proxy.port}`,
      NODE_EXTRA_CA_CERTS: certificates.caPath
    })
    expect(run.code).toBe(2)
    // tinyproxy answers a CONNECT without the right Proxy-Authorization with 401 (others send 407).
    expect(run.stderr).toMatch(/the proxy refused the tunnel \((401|407)\): check the credentials in the proxy URL/)
    expect(run.stderr).not.toContain('wrong-pw-123')
    expect(proxy.connects()).toEqual([source.host])
  })

  it('refuses an unknown certificate, and accepts it with --source-tls-verify false --target-tls-verify false, with a warning per side', async () => {
    const refused = await sync('unverified', [], { HTTPS_PROXY: proxyUrl() })
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/certificate/i)
    // The issuer is read through the same authenticated tunnel (tinyproxy passes TLS through: the registry's own CA).
    expect(refused.stderr).toContain(
      'issued by "CN=gcr-mirror test CA"); if a proxy inspects TLS here, trust its CA with --ca-file FILE or NODE_EXTRA_CA_CERTS=FILE'
    )
    const run = await sync('unverified', ['--source-tls-verify', 'false', '--target-tls-verify', 'false'], { HTTPS_PROXY: proxyUrl() })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(`warning: --source-tls-verify false: TLS certificates of ${source.host} are not checked`)
    expect(run.stderr).toContain(`warning: --target-tls-verify false: TLS certificates of ${target.host} are not checked`)
    await expectComplete('unverified')
  })

  it('exits 2 on a --ca-file that cannot be read, before any request, and on a bad proxy URL without its password', async () => {
    proxy.mark()
    const missing = await sync('bad', ['--ca-file', join(dir, 'nope.pem')], { HTTPS_PROXY: proxyUrl() })
    expect(missing.code).toBe(2)
    expect(missing.stderr.trim()).toBe(`gcr-mirror: --ca-file "${join(dir, 'nope.pem')}": cannot read it (ENOENT); expected a PEM file of CA certificates`)
    const badUrl = await sync('bad', [], { HTTPS_PROXY: `socks9://${PROXY_USER}:${PROXY_PASSWORD}@127.0.0.1:1` })
    expect(badUrl.code).toBe(2)
    expect(badUrl.stderr).toContain('HTTPS_PROXY "socks9://***@127.0.0.1:1": expected an http:// or https:// proxy URL')
    expect(badUrl.stderr).not.toContain(PROXY_PASSWORD)
    expect(proxy.connects()).toEqual([])
  })
})
