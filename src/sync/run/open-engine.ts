import type { Engine } from '../../engines/engine'
import { RegistryEngine } from '../../engines/registry-engine'
import { UsageError } from '../../oci/errors'
import type { Endpoint } from './open-endpoint'
import type { SyncOptions } from '../types'
import type { WorkScope } from '../../util/shared-work'

/**
 * Builds the engine the options name, over the opened source and target. The docker engine needs
 * registries on both sides (UsageError otherwise) and a daemon that answers (checked here, before any copy).
 * The registry engine's shared work (blobs, manifests several tags wait for) lives in the run's `scope`.
 */
export async function createEngine(
  options: SyncOptions,
  source: Endpoint,
  target: Endpoint,
  log: (level: 'debug' | 'info' | 'warning' | 'error', message: string) => void,
  onStreamed?: (bytes: number) => void,
  scope?: WorkScope
): Promise<Engine> {
  if (options.engine === 'docker') {
    if (source.kind !== 'registry' || target.kind !== 'registry') {
      throw new UsageError(
        (w) => `${w.option('engine')} docker copies between registries only; use ${w.option('engine')} registry for oci: layouts and archives`
      )
    }
    // Loaded only here: the docker engine and @actions/exec are a chunk of their own in the bundles.
    const { DockerEngine } = await import('../../engines/docker-engine')
    const engine = new DockerEngine({
      sourceHost: source.registry,
      targetHost: target.registry,
      sourceCredentials: options.sourceCredentials,
      targetCredentials: options.targetCredentials,
      log
    })
    await engine.connect()
    return engine
  }
  return new RegistryEngine(source.store, target.store, {
    blobConcurrency: options.blobConcurrency,
    platforms: options.platforms,
    schema1: options.schema1,
    format: options.format,
    referrers: options.referrers,
    log: (message) => log('debug', message),
    onStreamed,
    scope
  })
}
