import { UsageError } from '../sync/errors'
import type { Endpoint } from '../sync/open-endpoint'
import type { SyncOptions } from '../sync/types'
import { DockerEngine } from './docker-engine'
import type { Engine } from './engine'
import { RegistryEngine } from './registry-engine'

export type { CopyJob, CopyOutcome, Engine } from './engine'

/**
 * Builds the engine the options name, over the opened source and target. The docker engine needs
 * registries on both sides (UsageError otherwise) and a daemon that answers (checked here, before any copy).
 */
export async function createEngine(
  options: SyncOptions,
  source: Endpoint,
  target: Endpoint,
  log: (level: 'debug' | 'info' | 'warning' | 'error', message: string) => void
): Promise<Engine> {
  if (options.engine === 'docker') {
    if (source.kind !== 'registry' || target.kind !== 'registry') {
      throw new UsageError('--engine docker copies between registries only; use --engine registry for oci: layouts')
    }
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
    log: (message) => log('debug', message)
  })
}
