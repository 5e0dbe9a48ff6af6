import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { givenIn, OPTION_TABLE } from '../../sync/options/option-table'
import { getInputs } from '../context'
import { parseActionYml, runScripts } from './action-yml'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')
const action = parseActionYml(read('action.yml'))
const inputs = Object.keys(action.inputs)
const envName = (input: string): string => `INPUT_${input.toUpperCase()}`

/** The `INPUT_*` variables getInputs reads, with every input that switches on others set. */
function inputsRead(): Set<string> {
  const seen = new Set<string>()
  const saved = process.env
  const env = { ...saved, INPUT_SOURCE: 'reg.example/a', INPUT_TARGET: 'other.example/b', 'INPUT_METADATA-REPO': 'o/m', 'INPUT_GITHUB-TOKEN': 't' }
  process.env = new Proxy(env, {
    get(target, name) {
      if (typeof name === 'string' && name.startsWith('INPUT_')) seen.add(name)
      return Reflect.get(target, name)
    }
  })
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    getInputs({ HOME: '/home/runner', RUNNER_TEMP: '/tmp' })
  } finally {
    process.env = saved
  }
  return seen
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('action.yml', () => {
  it('runs dist/index.js on node24, and dist/post.js after every outcome', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js', 'post-if': 'always()' })
    expect(action.name).toBe('gcr-mirror')
    expect(action.description).toBeTruthy()
  })

  it('gives every input a description and a default', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(30)
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy()
      expect(input.default, name).toBeDefined()
    }
  })

  it('declares exactly the inputs the action reads', () => {
    expect([...inputsRead()].sort()).toEqual(inputs.map(envName).sort())
  })

  it('declares every option of the option table as an input with the same default', () => {
    for (const option of OPTION_TABLE.filter((row) => givenIn(row, 'action'))) {
      expect(action.inputs[option.name], option.name).toBeDefined()
      expect(action.inputs[option.name].default, option.name).toBe(option.default)
    }
  })

  it('declares the outputs of the contract, and remaining', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(['copied', 'failed', 'remaining', 'report', 'skipped'])
    for (const [name, output] of Object.entries(action.outputs)) expect(output.description, name).toBeTruthy()
  })
})

describe('what documents the inputs', () => {
  it('.env.example (for npx @github/local-action) sets every input', () => {
    const names = read('.env.example')
      .split('\n')
      .map((line) => /^(INPUT_[^=]+)=/.exec(line)?.[1])
      .filter(Boolean)
    expect(names.sort()).toEqual(inputs.map(envName).sort())
  })

  it('docs/ACTION.md has a row per input with its default, and a row per output', () => {
    const doc = read('docs/ACTION.md')
    for (const [name, input] of Object.entries(action.inputs)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${name}\` |`))
      expect(row, name).toBeDefined()
      const cell = row!.split(' | ')[1]
      if (input.required === 'true') expect(cell, name).toBe('required')
      else if (input.default) expect(cell, name).toBe(`\`${input.default}\``)
      else expect(cell, name).toMatch(/\w/)
    }
    for (const name of Object.keys(action.outputs)) expect(doc).toContain(`| \`${name}\` |`)
  })
})

describe('the workflows', () => {
  const workflows = readdirSync(join(ROOT, '.github', 'workflows')).filter((name) => name.endsWith('.yml'))

  const examples = readdirSync(join(ROOT, 'docs', 'examples')).map((name) => join('docs', 'examples', name))
  it.each([...workflows.map((name) => join('.github', 'workflows', name)), ...examples])(
    '%s never splices an expression into a shell script (values come in through env:)',
    (path) => {
      const scripts = runScripts(read(path))
      for (const script of scripts) expect(script).not.toContain('${{')
    }
  )

  it('the example mirror workflows run on a schedule and by hand with a namespace input, and are examples, not workflows of this repository', () => {
    expect(workflows).not.toEqual(expect.arrayContaining(['mirror.yml']))
    expect(workflows).not.toEqual(expect.arrayContaining(['mirror-sharded.yml']))
    for (const name of ['mirror.yml', 'mirror-sharded.yml']) {
      const text = read(join('docs', 'examples', name))
      expect(text).toMatch(/^ {2}schedule:/m)
      expect(text).toMatch(/^ {2}workflow_dispatch:\n {4}inputs:\n {6}namespace:/m)
      expect(text).toContain("NAMESPACE: ${{ inputs.namespace || 'google-containers' }}")
      expect(text).toContain('source: gcr.io/${{ env.NAMESPACE }}')
    }
    expect(read('docs/examples/mirror-sharded.yml')).toContain('shard: ${{ matrix.shard }}/${{ strategy.job-total }}')
  })
})
