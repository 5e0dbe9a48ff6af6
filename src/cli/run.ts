import { isUserFacingError } from '../registry/errors'
import { UsageError } from '../sync/errors'
import { parseSyncOptions } from '../sync/options'
import { formatSummary } from '../sync/report'
import { runSync, errorMessage } from '../sync/sync'
import { helpText, parseCli } from './args'
import { createProgressRenderer } from './progress'

declare const __VERSION__: string | undefined

/** Exit statuses of the CLI (the contract's, plus the signal conventions). */
export const ExitCode = { Ok: 0, TagsFailed: 1, Usage: 2, Interrupted: 130, Terminated: 143 } as const

/**
 * Runs the CLI with `argv` (without node and script) and resolves to the exit status. Writes the
 * summary to stdout, progress and errors to stderr. SIGINT/SIGTERM stop new work; the ledger,
 * saved after every finished tag, stays valid; a second signal exits at once.
 */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let stopSignal: NodeJS.Signals | undefined
  const controller = new AbortController()
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopSignal) process.exit(signal === 'SIGINT' ? ExitCode.Interrupted : ExitCode.Terminated)
    stopSignal = signal
    process.stderr.write(`\n${signal}: finishing tags in flight, starting no new ones (send again to exit now)\n`)
    controller.abort()
  }
  try {
    const cli = parseCli(argv)
    if (cli.command === 'help') {
      process.stdout.write(`${helpText()}\n`)
      return ExitCode.Ok
    }
    if (cli.command === 'version') {
      process.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`)
      return ExitCode.Ok
    }
    const options = parseSyncOptions(cli.options, env)
    const progress = createProgressRenderer(process.stderr)
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
    let copying = false
    const report = await runSync(options, {
      signal: controller.signal,
      log: (level, message) => {
        if (level !== 'debug' || env.GCR_MIRROR_DEBUG) process.stderr.write(`${level === 'info' ? '' : `${level}: `}${message}\n`)
      },
      onImage: (image) => {
        copying = true
        if (image.status === 'failed') process.stderr.write(`\r\x1b[Kfailed ${image.source}: ${image.error}\n`)
      },
      onProgress: cli.quiet ? undefined : (p) => progress.update(p)
    }).catch((error: unknown) => {
      if (!copying && isUserFacingError(error)) throw new UsageError(errorMessage(error))
      throw error
    })
    progress.done()
    process.stdout.write(`${formatSummary(report)}\n`)
    if (stopSignal) return stopSignal === 'SIGINT' ? ExitCode.Interrupted : ExitCode.Terminated
    return report.failed > 0 ? ExitCode.TagsFailed : ExitCode.Ok
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`gcr-mirror: ${error.message}\n`)
      return ExitCode.Usage
    }
    process.stderr.write(`gcr-mirror: ${errorMessage(error)}\n`)
    if (env.GCR_MIRROR_DEBUG) process.stderr.write(`${(error as Error).stack}\n`)
    return ExitCode.TagsFailed
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
