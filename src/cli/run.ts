import { CLI_WORDS, errorMessage, exitCodeOf, ExitCode } from '../oci/errors'
import { parseSyncOptions } from '../sync/options'
import { formatPlan, formatSummary } from '../sync/report'
import { runMirrors, type MirrorReport } from '../sync/run-mirrors'
import { runSync } from '../sync/sync'
import { exitBySignal, HARD_EXIT_MS } from '../sync/run-stop'
import type { SyncHooks } from '../sync/types'
import { helpText, parseCli } from './args'
import { heapForCopies, youngCollections } from './heap'
import { createProgressRenderer } from './progress'
import { forDisplay } from '../util/printable'

declare const __VERSION__: string | undefined

/** Writes lines to stdout as `forDisplay` shows them. */
function out(text: string): void {
  process.stdout.write(`${forDisplay(text)}\n`)
}

/**
 * Runs the CLI with `argv` (without node and script) and resolves to the exit status. Writes the
 * summary to stdout, progress and errors to stderr, every line through `forDisplay` (secrets
 * redacted, control characters escaped). SIGINT/SIGTERM stop new work; the ledger, saved after
 * every finished tag, stays valid; a second signal, or 10 s, ends the process at once.
 */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let stopSignal: 'SIGINT' | 'SIGTERM' | undefined
  const controller = new AbortController()
  // Every stderr line goes through the renderer, so none is lost under the live progress line.
  let progress = createProgressRenderer(process.stderr, { quiet: true })
  const onSignal = (signal: 'SIGINT' | 'SIGTERM'): void => {
    if (stopSignal) exitBySignal(signal)
    stopSignal = signal
    progress.log(`${signal}: finishing tags in flight, starting no new ones (send again to exit now)`)
    controller.abort()
    // The last resort: whatever the run is waiting on (a FIFO, a hung mount), it ends within seconds.
    setTimeout(() => exitBySignal(signal), HARD_EXIT_MS).unref()
  }
  try {
    const cli = parseCli(argv)
    if (cli.command === 'help') {
      out(helpText())
      return ExitCode.Ok
    }
    if (cli.command === 'version') {
      process.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`)
      return ExitCode.Ok
    }
    // The YAML parser is loaded only for --config (a chunk of its own in the bundle).
    const entries = cli.config ? await (await import('../sync/config-file')).loadConfig(cli.config, cli.options, env, CLI_WORDS) : undefined
    const options = entries ? undefined : parseSyncOptions(cli.options, env)
    progress = createProgressRenderer(process.stderr, { quiet: cli.quiet })
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
    const hooks: SyncHooks = {
      signal: controller.signal,
      log: (level, message) => {
        if (level !== 'debug' || env.GCR_MIRROR_DEBUG) progress.log(`${level === 'info' ? '' : `${level}: `}${message}`)
      },
      onImage: (image) => {
        if (image.status === 'failed') progress.log(`failed ${image.source}: ${image.error}`)
      },
      onProgress: cli.quiet ? undefined : (p) => progress.update(p),
      onCopyPhase: heapForCopies,
      onStreamed: youngCollections()
    }
    const report = entries ? await runMirrors(entries, hooks) : await runSync(options!, hooks)
    progress.done()
    const parts: MirrorReport[] = 'mirrors' in report ? (report.mirrors as MirrorReport[]) : [{ name: '', ...report }]
    for (const part of parts) {
      if (part.dryRun) out(formatPlan(part))
      out(formatSummary(part))
      if (part.error) out(`  FAILED ${part.name}: ${part.error}`)
    }
    if (stopSignal) return stopSignal === 'SIGINT' ? ExitCode.Interrupted : ExitCode.Terminated
    return report.failed > 0 ? ExitCode.TagsFailed : ExitCode.Ok
  } catch (error) {
    // Bad input and failures before the first copy (PreflightError) exit 2, anything later 1.
    progress.done()
    process.stderr.write(`${forDisplay(`gcr-mirror: ${errorMessage(error)}`)}\n`)
    const code = exitCodeOf(error)
    if (code !== ExitCode.Usage && env.GCR_MIRROR_DEBUG) process.stderr.write(`${forDisplay(String((error as Error).stack))}\n`)
    return code
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
