import { CLI_WORDS, errorMessage, exitCodeOf, ExitCode, UsageError } from '../oci/errors'
import { parseSyncOptions } from '../sync/options/options'
import { mirrorsOf } from '../sync/options/targets'
import { failedRunReport, formatPlan, formatSummary, writeFailedRunReport } from '../sync/report/report'
import { runMirrors, type MirrorReport } from '../sync/run/run-mirrors'
import { runSync } from '../sync/sync'
import { exitBySignal, HARD_EXIT_MS } from '../sync/run/run-stop'
import type { SyncHooks, SyncOptions } from '../sync/types'
import type { RawSyncOptions } from '../sync/options/option-table'
import { helpText, parseCli, type CliOutput } from './args'
import { completionScript } from './completion'
import { heapForCopies, youngCollections } from '../util/heap'
import { createCliLog, jsonLine } from './log'
import { readStdinSecret, type SecretStream } from './stdin-secret'
import { forDisplay } from '../util/printable'
import { parseBoolean } from '../util/boolean'

declare const __VERSION__: string | undefined

/** Writes lines to stdout as `forDisplay` shows them, or each line as a JSON object with `--log-format json`. */
function out(text: string, format: CliOutput['logFormat'] = 'text'): void {
  if (format === 'json') for (const line of text.split('\n')) process.stdout.write(`${jsonLine('info', line)}\n`)
  else process.stdout.write(`${forDisplay(text)}\n`)
}

/**
 * Runs the CLI with `argv` (without node and script) and resolves to the exit status. Writes the
 * summary to stdout, progress and errors to stderr, every line through `forDisplay` (secrets
 * redacted, control characters escaped). SIGINT/SIGTERM stop new work; the ledger, saved after
 * every finished tag, stays valid; a second signal, or 10 s, ends the process at once.
 */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env, stdin: SecretStream = process.stdin): Promise<number> {
  let stopSignal: 'SIGINT' | 'SIGTERM' | undefined
  const controller = new AbortController()
  // GCR_MIRROR_DEBUG (a boolean) is --log-level debug for runs that cannot change their command line.
  const debugEnv = parseBoolean(env.GCR_MIRROR_DEBUG ?? '') === true
  let output: CliOutput = { quiet: true, logLevel: debugEnv ? 'debug' : 'info', logFormat: 'text' }
  // Every stderr line goes through the log, so none is lost under the live progress line.
  let progress = createCliLog(process.stderr, output)
  const onSignal = (signal: 'SIGINT' | 'SIGTERM'): void => {
    if (stopSignal) exitBySignal(signal)
    stopSignal = signal
    progress.log('info', `${signal}: finishing tags in flight, starting no new ones (send again to exit now)`)
    controller.abort()
    // The last resort: whatever the run is waiting on (a FIFO, a hung mount), it ends within seconds.
    setTimeout(() => exitBySignal(signal), HARD_EXIT_MS).unref()
  }
  const startedAt = new Date()
  /** What is known of the run when it fails early: its raw options, then its validated ones. */
  let known: { raw?: RawSyncOptions; options?: SyncOptions } = {}
  try {
    const cli = parseCli(argv)
    known = { raw: cli.options }
    output = { quiet: cli.quiet, logLevel: debugEnv && cli.logLevel === 'info' ? 'debug' : cli.logLevel, logFormat: cli.logFormat }
    if (cli.command === 'completion') {
      process.stdout.write(completionScript(cli.shell!))
      return ExitCode.Ok
    }
    if (cli.command === 'help') {
      out(helpText())
      return ExitCode.Ok
    }
    if (cli.command === 'version') {
      process.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`)
      return ExitCode.Ok
    }
    if (cli.passwordStdin) {
      cli.options[`${cli.passwordStdin}Password`] = await readStdinSecret(stdin, `--${cli.passwordStdin}-password-stdin`)
    }
    // The YAML parser is loaded only for --config (a chunk of its own in the bundle).
    const entries = cli.config
      ? await (await import('../sync/options/config-file')).loadConfig(cli.config, cli.options, env, CLI_WORDS)
      : mirrorsOf(cli.options, env, CLI_WORDS)
    const options = entries ? undefined : parseSyncOptions(cli.options, env)
    known = { raw: cli.options, options: options ?? entries?.[0].options }
    progress = createCliLog(process.stderr, output)
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
    const hooks: SyncHooks = {
      signal: controller.signal,
      log: (level, message) => progress.log(level, message),
      onImage: (image) => {
        if (image.status === 'failed') progress.failed(image)
      },
      onProgress: cli.quiet ? undefined : (p) => progress.update(p),
      onCopyPhase: heapForCopies,
      onStreamed: youngCollections()
    }
    const version = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'
    progress.log('debug', `gcr-mirror ${version} on Node.js ${process.version}`)
    // -v shows every request (without its query: upload locations can hold signed tokens).
    const deps =
      output.logLevel === 'debug'
        ? { onRequest: (r: { method: string; url: string; status: number }) => progress.log('debug', `${r.method} ${r.url.split('?')[0]} ${r.status}`) }
        : {}
    const report = entries ? await runMirrors(entries, hooks, deps) : await runSync(options!, hooks, deps)
    progress.done()
    const parts: MirrorReport[] = 'mirrors' in report ? (report.mirrors as MirrorReport[]) : [{ name: '', ...report }]
    for (const part of parts) {
      if (part.dryRun) out(formatPlan(part), output.logFormat)
      out(formatSummary(part), output.logFormat)
      if (part.error) out(`  FAILED ${part.name}: ${part.error}`, output.logFormat)
    }
    if (stopSignal) return stopSignal === 'SIGINT' ? ExitCode.Interrupted : ExitCode.Terminated
    return report.failed > 0 ? ExitCode.TagsFailed : ExitCode.Ok
  } catch (error) {
    // Bad input and failures before the first copy (PreflightError) exit 2, anything later 1.
    progress.done()
    const code = exitCodeOf(error)
    await reportEarlyFailure(known, error, startedAt)
    const stack = code !== ExitCode.Usage && output.logLevel === 'debug' ? String((error as Error).stack) : undefined
    if (output.logFormat === 'json') {
      process.stderr.write(`${jsonLine('error', errorMessage(error), { exitCode: code, ...(stack ? { stack } : {}) })}\n`)
    } else {
      process.stderr.write(`${forDisplay(`gcr-mirror: ${errorMessage(error)}`)}\n`)
      if (stack) process.stderr.write(`${forDisplay(stack)}\n`)
    }
    return code
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/**
 * Writes `--report` for a run that ended before it had a report (bad input, refused credentials,
 * an unreachable registry): the one-line error, no tag, one failure; skipped when the report path
 * itself is what was wrong with the input.
 */
async function reportEarlyFailure(known: { raw?: RawSyncOptions; options?: SyncOptions }, error: unknown, startedAt: Date): Promise<void> {
  const { raw, options } = known
  if (error instanceof UsageError && /--report\b/.test(errorMessage(error))) return
  const run = {
    source: options?.source.display ?? raw?.source,
    target: options?.target.display ?? raw?.target,
    dryRun: options?.dryRun,
    engine: options?.engine
  }
  await writeFailedRunReport(options?.report ?? raw?.report, failedRunReport(run, errorMessage(error), startedAt), options?.stateFile ?? raw?.stateFile)
}
