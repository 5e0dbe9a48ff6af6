import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseActionYml } from './action-yml'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')
const inputs = new Set(Object.keys(parseActionYml(readFileSync(join(ROOT, 'action.yml'), 'utf8')).inputs))

/** Every ```yaml block of the README, dedented (some are steps cut out of a workflow). */
function yamlBlocks(): Array<{ line: number; text: string }> {
  const blocks: Array<{ line: number; text: string }> = []
  for (const match of README.matchAll(/```yaml\n([\s\S]*?)```/g)) {
    const lines = match[1].replace(/\n$/, '').split('\n')
    const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length))
    blocks.push({ line: README.slice(0, match.index).split('\n').length + 1, text: lines.map((l) => l.slice(indent)).join('\n') })
  }
  return blocks
}

/** The steps of a parsed block that use gcr-mirror, wherever they sit (a workflow, a job, a list of steps). */
function mirrorSteps(value: unknown): Array<{ uses: string; with?: Record<string, unknown> }> {
  if (Array.isArray(value)) return value.flatMap(mirrorSteps)
  if (!value || typeof value !== 'object') return []
  const step = value as { uses?: unknown; with?: Record<string, unknown> }
  if (typeof step.uses === 'string' && /^org\/gcr-mirror@/.test(step.uses)) return [step as { uses: string; with?: Record<string, unknown> }]
  return Object.values(value).flatMap(mirrorSteps)
}

/** The README's workflows are what newcomers copy: they must parse and use only inputs the action has. */
describe('README workflow examples', () => {
  const blocks = yamlBlocks()

  it('are valid YAML', () => {
    expect(blocks.length).toBeGreaterThan(8)
    for (const block of blocks) expect(() => parse(block.text), `README.md line ${block.line}`).not.toThrow()
  })

  it('give the action only inputs action.yml declares, and always a source and a target (or a config)', () => {
    const steps = blocks.flatMap((block) => mirrorSteps(parse(block.text)).map((step) => ({ ...step, line: block.line })))
    expect(steps.length).toBeGreaterThan(6)
    for (const step of steps) {
      const keys = Object.keys(step.with ?? {})
      if (keys.length === 0) continue
      expect(
        keys.filter((key) => !inputs.has(key)),
        `README.md line ${step.line}`
      ).toEqual([])
      expect(keys, `README.md line ${step.line}`).toEqual(expect.arrayContaining(keys.includes('config') ? ['config'] : ['source', 'target']))
    }
  })

  it('never put an expression into a shell line (run:), only into env: and with:', () => {
    const runs = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(runs)
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, v]) => (key === 'run' && typeof v === 'string' ? [v] : runs(v)))
          : []
    const all = blocks.flatMap((block) => runs(parse(block.text)).map((run) => ({ run, line: block.line })))
    expect(all.length).toBeGreaterThan(0)
    for (const { run, line } of all) expect(run, `README.md line ${line}`).not.toContain('${{')
  })
})
