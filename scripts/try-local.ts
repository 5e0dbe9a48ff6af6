/**
 * The body of try-local.sh: two local registries, a small namespace, and the CLI run twice as a
 * user would run it. Prints each command before running it.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildCorpus } from '../__tests__/harness/fixtures'
import { startRegistry } from '../__tests__/harness/registry'

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js')
const [source, target] = await Promise.all([startRegistry(), startRegistry()])
try {
  const corpus = await buildCorpus(source, {
    namespace: 'corp',
    repositories: 4,
    tagsPerRepo: 4,
    layersPerImage: 2,
    layerSize: 256 * 1024,
    sharedBaseLayers: 1,
    nested: true,
    multiArchEvery: 3
  })
  console.log(`source registry ${source.host} holds ${corpus.images.length} tags under corp/ (${corpus.repositories.length} repositories)`)
  const dir = await mkdtemp(join(tmpdir(), 'gcr-mirror-try-'))
  const args = [
    'sync',
    '--source',
    `${source.host}/corp`,
    '--target',
    `${target.host}/mirror`,
    '--state-file',
    join(dir, 'state.json'),
    '--report',
    join(dir, 'report.json')
  ]
  for (const round of ['first run: copies everything', 'second run: nothing changed, nothing copied']) {
    console.log(`\n# ${round}\n$ node dist/cli.js ${args.join(' ')}`)
    await once(spawn(process.execPath, [cli, ...args], { stdio: 'inherit' }), 'close')
  }
  console.log(`\nreport: ${join(dir, 'report.json')}   ledger: ${join(dir, 'state.json')}`)
} finally {
  await Promise.allSettled([source.stop(), target.stop()])
}
