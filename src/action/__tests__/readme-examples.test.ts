import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseActionYml } from './action-yml'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const inputs = new Set(Object.keys(parseActionYml(readFileSync(join(ROOT, 'action.yml'), 'utf8')).inputs))
/** The pages newcomers copy workflows from: the README, every page of docs/, and the example workflows. */
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`)
]
const EXAMPLES = readdirSync(join(ROOT, 'docs', 'examples')).map((name) => `docs/examples/${name}`)

/** Every ```yaml block of the pages, dedented (some are steps cut out of a workflow), and every example workflow whole. */
function yamlBlocks(): Array<{ where: string; text: string }> {
  const blocks: Array<{ where: string; text: string }> = []
  for (const page of PAGES) {
    const text = readFileSync(join(ROOT, page), 'utf8')
    for (const match of text.matchAll(/```yaml\n([\s\S]*?)```/g)) {
      const lines = match[1].replace(/\n$/, '').split('\n')
      const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length))
      const line = text.slice(0, match.index).split('\n').length + 1
      blocks.push({ where: `${page} line ${line}`, text: lines.map((l) => l.slice(indent)).join('\n') })
    }
  }
  for (const example of EXAMPLES) blocks.push({ where: example, text: readFileSync(join(ROOT, example), 'utf8') })
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

/** The documented workflows are what newcomers copy: they must parse and use only inputs the action has. */
describe('README and docs/ workflow examples', () => {
  const blocks = yamlBlocks()

  it('are valid YAML', () => {
    expect(blocks.filter((block) => block.where.startsWith('README.md')).length).toBeGreaterThan(3)
    expect(blocks.length).toBeGreaterThan(8)
    for (const block of blocks) expect(() => parse(block.text), block.where).not.toThrow()
  })

  it('give the action only inputs action.yml declares, and always a source and a target (or a config, a target and an image list, or a target and allowed-sources for requests)', () => {
    const steps = blocks.flatMap((block) => mirrorSteps(parse(block.text)).map((step) => ({ ...step, where: block.where })))
    expect(steps.length).toBeGreaterThan(6)
    for (const step of steps) {
      const keys = Object.keys(step.with ?? {})
      if (keys.length === 0) continue
      expect(
        keys.filter((key) => !inputs.has(key)),
        step.where
      ).toEqual([])
      const list = !keys.includes('source') && (keys.includes('images') || keys.includes('images-file'))
      const required = keys.includes('config')
        ? ['config']
        : keys.includes('images-from')
          ? ['target', 'allowed-sources']
          : list
            ? ['target']
            : ['source', 'target']
      expect(keys, step.where).toEqual(expect.arrayContaining(required))
    }
  })

  it('never put an expression into a shell line (run:), only into env: and with:', () => {
    const runs = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(runs)
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, v]) => (key === 'run' && typeof v === 'string' ? [v] : runs(v)))
          : []
    const all = blocks.flatMap((block) => runs(parse(block.text)).map((run) => ({ run, where: block.where })))
    expect(all.length).toBeGreaterThan(0)
    for (const { run, where } of all) expect(run, where).not.toContain('${{')
  })
})
