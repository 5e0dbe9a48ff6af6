import { errorMessage, exitCodeOf, ExitCode } from '../oci/errors'
import { parseSyncOptions } from '../sync/options'
import { formatPlan, formatSummary } from '../sync/report'
import { runSync } from '../sync/sync'
import { helpText, parseCli } from './args'
import { createProgressRenderer } from './progress'

declare const __VERSION__: string | undefined

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
    const report = await runSync(options, {
      signal: controller.signal,
      log: (level, message) => {
        if (level !== 'debug' || env.GCR_MIRROR_DEBUG) process.stderr.write(`${level === 'info' ? '' : `${level}: `}${message}\n`)
      },
      onImage: (image) => {
        if (image.status === 'failed') process.stderr.write(`\r\x1b[Kfailed ${image.source}: ${image.error}\n`)
      },
      onProgress: cli.quiet ? undefined : (p) => progress.update(p)
    })
    progress.done()
    if (report.dryRun) process.stdout.write(`${formatPlan(report)}\n`)
    process.stdout.write(`${formatSummary(report)}\n`)
    if (stopSignal) return stopSignal === 'SIGINT' ? ExitCode.Interrupted : ExitCode.Terminated
    return report.failed > 0 ? ExitCode.TagsFailed : ExitCode.Ok
  } catch (error) {
    // Bad input and failures before the first copy (PreflightError) exit 2, anything later 1.
    process.stderr.write(`gcr-mirror: ${errorMessage(error)}\n`)
    const code = exitCodeOf(error)
    if (code !== ExitCode.Usage && env.GCR_MIRROR_DEBUG) process.stderr.write(`${(error as Error).stack}\n`)
    return code
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
