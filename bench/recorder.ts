import type { Lab } from './lab'
import { formatMs } from './measure'
import { perRound, type Scenario, type Tool } from './results'

/** Collects each round's wall and CPU times, logging them as they come. */
export class Recorder {
  readonly times = perRound()
  readonly cpu = perRound()
  readonly registriesCpu = perRound()
  /** Milliseconds from each run's start to its first blob read from the source (runs through the counting proxies only). */
  readonly firstBlob = perRound()

  constructor(
    private readonly lab: Lab,
    private readonly log: (line: string) => void
  ) {}

  /**
   * Runs and records one measured run: its wall time, its own CPU time (a NaN, not measured, is left
   * out) and the CPU the registries used meanwhile. Resolves to what `run` resolved to.
   */
  async run<T extends { ms: number; cpuMs: number }>(scenario: Scenario, tool: Tool, run: () => Promise<T>): Promise<T> {
    const before = this.lab.registriesCpuMs()
    const result = await run()
    const registries = this.lab.registriesCpuMs() - before
    ;(this.times[scenario][tool] ??= []).push(result.ms)
    if (Number.isFinite(result.cpuMs)) (this.cpu[scenario][tool] ??= []).push(result.cpuMs)
    if (Number.isFinite(registries)) (this.registriesCpu[scenario][tool] ??= []).push(registries)
    const cpu = [Number.isFinite(result.cpuMs) ? `CPU ${formatMs(result.cpuMs)}` : '', Number.isFinite(registries) ? `registries ${formatMs(registries)}` : '']
    this.log(`  ${scenario.padEnd(13)} ${tool.padEnd(10)} ${formatMs(result.ms)} (${cpu.filter(Boolean).join(', ')})`)
    return result
  }

  /** Records how long after its start a run read its first blob from the source (see firstBlobMs); nothing when it read none. */
  noteFirstBlob(scenario: Scenario, tool: Tool, ms: number | undefined): void {
    if (ms === undefined) return
    ;(this.firstBlob[scenario][tool] ??= []).push(ms)
    this.log(`  ${scenario.padEnd(13)} ${tool.padEnd(10)} first blob read after ${formatMs(ms)}`)
  }
}

/** `list` rotated left by `by`: each tool takes each place in turn over the rounds. */
export function rotate<T>(list: readonly T[], by: number): T[] {
  const k = by % list.length
  return [...list.slice(k), ...list.slice(0, k)]
}
