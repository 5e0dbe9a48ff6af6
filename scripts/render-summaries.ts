/**
 * Renders the action's job summary of three typical runs (a run with failures, a dry run, a run
 * stopped by its time budget; src/action/__tests__/sample-reports.ts) the way GitHub shows it:
 * the summary's own HTML in a page styled like a job summary, written to docs/summaries/NAME.html,
 * then screenshot to docs/summaries/NAME.png by headless Chromium (Debian's `chromium`:
 * `apt-get install -y chromium fonts-noto-color-emoji`).
 *
 *   npx tsx scripts/render-summaries.ts [--out DIR] [--chromium PATH]
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { budgetRun, dryRun, failedRun } from '../src/action/__tests__/sample-reports'
import { renderJobSummary } from '../src/action/summary'
import type { SyncReport } from '../src/sync/types'

/** The width of a job summary on github.com, in CSS pixels. */
const WIDTH = 1012

const SAMPLES: Array<{ name: string; title: string; report: SyncReport }> = [
  { name: 'failed', title: 'A run with failures', report: failedRun() },
  { name: 'dry-run', title: 'A dry run', report: dryRun() },
  { name: 'budget', title: 'A run stopped by its time budget', report: budgetRun() }
]

/** GitHub's markdown styles for what a job summary uses: headings, paragraphs, tables, details, code. */
const STYLE = `
  body { margin: 0; background: #f6f8fa; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; }
  .box { margin: 16px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
  .box > header { padding: 12px 16px; border-bottom: 1px solid #d0d7de; font-weight: 600; }
  .markdown-body { padding: 16px 24px 8px; }
  h2 { font-size: 1.5em; font-weight: 600; margin: 8px 0 16px; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
  h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; }
  p { margin: 0 0 16px; }
  table { border-collapse: collapse; margin: 0 0 16px; display: block; width: max-content; max-width: 100%; overflow: auto; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  th { font-weight: 600; }
  tr:nth-child(2n) { background: #f6f8fa; }
  code { font: 85% ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; background: #818b981f; padding: .2em .4em; border-radius: 6px; }
  details { margin: 0 0 16px; }
  summary { cursor: pointer; }
`

function page(title: string, summary: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head>
<body><div class="box"><header>mirror summary</header><div class="markdown-body">
${summary}</div></div></body></html>
`
}

/** Chromium's flags for a one-shot, offline, throw-away headless run. */
function chromium(binary: string, args: string[]): string {
  const profile = mkdtempSync(join(tmpdir(), 'render-summaries-'))
  try {
    return execFileSync(
      binary,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        `--user-data-dir=${profile}`,
        ...args
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 }
    )
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}

/** The height of the rendered page: a first pass lays it out at WIDTH and writes its height into the DOM. */
function pageHeight(binary: string, htmlPath: string): number {
  const dom = chromium(binary, [
    '--window-size=' + `${WIDTH},600`,
    '--run-all-compositor-stages-before-draw',
    '--virtual-time-budget=2000',
    '--dump-dom',
    `file://${htmlPath}`
  ])
  const height = /data-height="(\d+)"/.exec(dom)?.[1]
  if (!height) throw new Error(`render-summaries: could not measure ${htmlPath}`)
  return Number(height)
}

const { values } = parseArgs({ options: { out: { type: 'string' }, chromium: { type: 'string' } } })
const out = resolve(values.out ?? join(import.meta.dirname, '..', 'docs', 'summaries'))
const binary = values.chromium ?? 'chromium'
mkdirSync(out, { recursive: true })
for (const sample of SAMPLES) {
  const html = page(sample.title, renderJobSummary(sample.report, '/home/runner/work/_temp/gcr-mirror/report.json'))
  const htmlPath = join(out, `${sample.name}.html`)
  // The measuring pass runs a one-line script; the page written for people has none.
  const measure = join(out, `.${sample.name}.measure.html`)
  writeFileSync(measure, html.replace('</body>', '<script>document.body.dataset.height = document.documentElement.scrollHeight</script></body>'))
  const height = pageHeight(binary, measure)
  rmSync(measure)
  writeFileSync(htmlPath, html)
  const png = join(out, `${sample.name}.png`)
  chromium(binary, [`--window-size=${WIDTH},${height}`, `--screenshot=${png}`, `file://${htmlPath}`])
  console.log(`${sample.title}: ${htmlPath}, ${png} (${WIDTH}x${height})`)
}
