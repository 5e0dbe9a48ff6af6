import { spawnSync } from 'node:child_process'

/** Fails the run at once, with the fix, when a tool the harness starts is missing. */
export default function setup(): void {
  const missing = ['docker-registry', 'openssl', 'htpasswd', 'tinyproxy'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
  if (missing.length > 0) {
    throw new Error(`missing ${missing.join(', ')}: run bash .ci/run, or apt-get install docker-registry apache2-utils openssl tinyproxy`)
  }
}
