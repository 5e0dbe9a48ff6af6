import { floor, gcrMirror, type Windows } from './contenders'
import type { Lab } from './lab'
import { throughProxies } from './proxied'
import { describeWindows, type WindowRun } from './results'

/** The windows tried: tags at once over blob transfers at once. */
export const SWEPT_WINDOWS: Windows[] = [
  { tags: 8, blobs: 8 },
  { tags: 16, blobs: 8 },
  { tags: 16, blobs: 16 },
  { tags: 32, blobs: 16 }
]

/** The floor's widths tried beside them. */
const FLOOR_WIDTHS = [8, 16]

/**
 * The figures the concurrency defaults are chosen by (issue 16): full mirrors into a new empty
 * target through proxies adding `latencies` ms per request, gcr-mirror with each of SWEPT_WINDOWS
 * and the floor at 8 and 16 requests at once, alternating within each latency.
 */
export async function windowsSweep(lab: Lab, latencies: number[], log: (line: string) => void): Promise<WindowRun[]> {
  const runs: WindowRun[] = []
  for (const latencyMs of latencies.filter((l) => l > 0)) {
    await lab.renewTarget()
    await throughProxies(lab, latencyMs, async ({ hosts, urls }) => {
      const mirrors = SWEPT_WINDOWS.map((windows) => async (): Promise<WindowRun> => {
        const namespace = `w${latencyMs}-gcr-${windows.tags}-${windows.blobs}`
        const run = await gcrMirror(lab, lab.corpus, hosts, namespace, lab.corpus.images.length, log, windows)
        return { tool: 'gcr-mirror', ...windows, latencyMs, ms: run.ms, cpuMs: run.cpuMs }
      })
      const floors = FLOOR_WIDTHS.map((width) => async (): Promise<WindowRun> => {
        const run = await floor(lab, lab.corpus, `w${latencyMs}-floor-${width}`, urls, width)
        return { tool: 'floor', blobs: width, latencyMs, ms: run.ms, cpuMs: run.cpuMs }
      })
      // gcr-mirror's windows and the floor's widths alternate, so drift in the machine spreads over both.
      for (const job of interleave(mirrors, floors)) {
        const run = await job()
        log(`windows at ${latencyMs} ms: ${describeWindows(run)}: ${(run.ms / 1000).toFixed(2)} s`)
        runs.push(run)
      }
    })
  }
  return runs
}

/** a0, b0, a1, b1, ... then the rest of the longer list. */
function interleave<T>(a: T[], b: T[]): T[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i], b[i]])
    .flat()
    .filter((x): x is T => x !== undefined)
}
