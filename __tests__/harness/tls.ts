import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A test certificate authority and one server certificate it signed for the hosts asked. */
export interface TestCertificates {
  /** PEM file of the CA, for `NODE_EXTRA_CA_CERTS`. */
  caPath: string
  key: Buffer
  cert: Buffer
  remove(): void
}

/**
 * Makes a throwaway CA and a server certificate for `hosts` with openssl (P-256 keys, valid two
 * days), so stand-ins can answer under real host names (`quay.io`, `hub.docker.com`) over TLS
 * and the CLI trusts them through `NODE_EXTRA_CA_CERTS`, and nothing else does. `caSubject` names
 * the CA (an inspecting proxy's, say) in openssl's `/O=.../CN=...` form.
 */
export function makeCertificates(hosts: string[], caSubject = '/CN=gcr-mirror test CA'): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'test-ca-'))
  const path = (name: string): string => join(dir, name)
  const openssl = (...args: string[]): void => void execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] })
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    path('ca.key'),
    '-out',
    path('ca.pem'),
    '-days',
    '2',
    '-subj',
    caSubject,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign'
  )
  openssl('req', ...ec, '-keyout', path('server.key'), '-out', path('server.csr'), '-subj', '/CN=gcr-mirror stand-ins')
  writeFileSync(path('ext.cnf'), `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`)
  openssl(
    'x509',
    '-req',
    '-in',
    path('server.csr'),
    '-CA',
    path('ca.pem'),
    '-CAkey',
    path('ca.key'),
    '-CAcreateserial',
    '-out',
    path('server.pem'),
    '-days',
    '2',
    '-extfile',
    path('ext.cnf')
  )
  return {
    caPath: path('ca.pem'),
    key: readFileSync(path('server.key')),
    cert: readFileSync(path('server.pem')),
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}
