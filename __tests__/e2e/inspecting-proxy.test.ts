import { execFileSync } from 'node:child_process'
import { lookup } from 'node:dns/promises'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushImage, randomLayer } from '../harness/fixtures'
import { startInspectingProxy, type InspectingProxy } from '../harness/inspecting-proxy'
import { startRegistry, type TestRegistry } from '../harness/registry'
import { makeCertificates, type TestCertificates } from '../harness/tls'
import { runCli } from './cli'

/** A registry host name that resolves to 127.0.0.1 (see .ci/run) but is not a loopback name. */
const HOST = 'registry.gcr-mirror.test'
const PROXY_CA = '/O=Example Corp/CN=Example Corp TLS Inspection CA'

/**
 * A target behind a TLS-inspecting proxy (issue 23, "a CONNECT proxy with its own CA"): a real
 * docker-registry serving HTTPS under HOST with a certificate of its own CA, which the user trusts,
 * reached only through HTTPS_PROXY, a proxy that re-signs every host with its own CA as Zscaler's SSL
 * inspection or mitmproxy do (harness/inspecting-proxy.ts). The one-line error must name the proxy's
 * CA (what the user has to ask IT for), not the registry's, and --ca-file with that CA must work.
 */
describe('behind a TLS-inspecting proxy', () => {
  let registryCa: TestCertificates
  let proxyCa: TestCertificates
  let source: TestRegistry
  let target: TestRegistry
  let proxy: InspectingProxy
  let certDir: string
  let digest: string

  beforeAll(async () => {
    const resolved = await lookup(HOST, { family: 4 }).catch(() => ({ address: 'nothing' }))
    if (resolved.address !== '127.0.0.1')
      throw new Error(`this test needs ${HOST} to resolve to 127.0.0.1 (it resolves to ${resolved.address}): bash .ci/run adds it to /etc/hosts`)
    registryCa = makeCertificates([HOST])
    proxyCa = makeCertificates([HOST], PROXY_CA)
    ;[source, target] = await Promise.all([startRegistry(), startRegistry({ tls: { cert: registryCa.cert, key: registryCa.key, hostName: HOST } })])
    proxy = await startInspectingProxy(proxyCa, readFileSync(registryCa.caPath, 'utf8'))
    digest = (await pushImage(source, 'corp/app', 'v1', { layers: [randomLayer(4096, 2301)] })).digest
    // skopeo reads the target back directly (not through the proxy), trusting the registry's CA.
    certDir = mkdtempSync(join(tmpdir(), 'inspecting-certs-'))
    copyFileSync(registryCa.caPath, join(certDir, 'ca.crt'))
  })

  afterAll(async () => {
    await Promise.allSettled([source?.stop(), target?.stop(), proxy?.stop()])
    registryCa?.remove()
    proxyCa?.remove()
    if (certDir) rmSync(certDir, { recursive: true, force: true })
  })

  // The source is a plain-HTTP loopback registry (HTTP_PROXY unset: not proxied); the target's HTTPS goes through the proxy.
  const sync = (namespace: string, extra: string[] = []) =>
    runCli(['sync', '--source', `${source.host}/corp`, '--target', `${target.host}/${namespace}`, '--quiet', ...extra], {
      HTTPS_PROXY: proxy.url,
      NODE_EXTRA_CA_CERTS: registryCa.caPath
    })

  it('names the proxy CA as the issuer (read through the tunnel, not from the registry directly) and suggests --ca-file / NODE_EXTRA_CA_CERTS', async () => {
    const run = await sync('refused')
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual([
      `proxy: HTTPS through ${proxy.url}`,
      `gcr-mirror: GET https://${target.host}/v2/: the certificate is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE, ` +
        'issued by "CN=Example Corp TLS Inspection CA, O=Example Corp"); if a proxy inspects TLS here, trust its CA with --ca-file FILE or NODE_EXTRA_CA_CERTS=FILE'
    ])
    expect(proxy.connects).toContain(target.host)
  })

  it('with --ca-file naming the proxy CA, copies through the proxy; skopeo reads the tag back from the registry', async () => {
    const before = proxy.inspected
    const run = await sync('mirror', ['--ca-file', proxyCa.caPath])
    expect(run.code, run.stderr).toBe(0)
    expect(proxy.inspected).toBeGreaterThan(before)
    const landed = execFileSync('skopeo', ['inspect', '--cert-dir', certDir, '--format', '{{.Digest}}', `docker://${target.host}/mirror/app:v1`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME }
    }).trim()
    expect(landed).toBe(digest)
  })
})
