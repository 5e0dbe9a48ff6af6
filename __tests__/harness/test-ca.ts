import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A test certificate authority and one server certificate it signed. */
export interface TestCertificates {
  /** PEM of the CA, for NODE_EXTRA_CA_CERTS. */
  caPath: string
  key: Buffer
  cert: Buffer
}

/** Makes a CA and a server certificate for `hosts` (subjectAltName DNS entries) with openssl. */
export function makeTestCertificates(hosts: string[]): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'test-ca-'))
  const path = (name: string): string => join(dir, name)
  const run = (...args: string[]): void => void execFileSync('openssl', args, { stdio: 'ignore' })
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path('ca.key'), '-out', path('ca.pem'), '-days', '2', '-subj', '/CN=gcr-mirror test CA')
  run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', path('server.key'), '-out', path('server.csr'), '-subj', `/CN=${hosts[0]}`)
  writeFileSync(path('ext.cnf'), `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}\nextendedKeyUsage=serverAuth\n`)
  run(
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
  return { caPath: path('ca.pem'), key: readFileSync(path('server.key')), cert: readFileSync(path('server.pem')) }
}
