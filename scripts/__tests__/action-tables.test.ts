import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { END, renderTables, START, withTables } from '../action-tables'

const ROOT = join(import.meta.dirname, '..', '..')
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')

describe('the README tables of inputs and outputs', () => {
  it('are what action.yml declares (run `npm run docs` after changing action.yml)', () => {
    const readme = read('README.md')
    expect(withTables(readme, renderTables(read('action.yml')))).toBe(readme)
  })

  it('have a row per input with its default, and a row per output', () => {
    const tables = renderTables(`inputs:
  source:
    description: 'Where from: a | b.'
    required: true
  dry-run:
    description: 'List only.'
    default: 'false'
  images:
    description: 'Repositories.'
    default: ''
outputs:
  copied:
    description: 'Tags copied.'
`)
    expect(tables.split('\n')).toEqual(
      expect.arrayContaining([
        '| `source` | required | Where from: a \\| b. |',
        '| `dry-run` | `false` | List only. |',
        '| `images` |  | Repositories. |',
        '| `copied` | Tags copied. |'
      ])
    )
  })

  it('replace only what stands between the markers, and refuse a README without them', () => {
    const readme = `# title\n${START}\n\nold\n\n${END}\nafter\n`
    expect(withTables(readme, 'new')).toBe(`# title\n${START}\n\nnew\n\n${END}\nafter\n`)
    expect(() => withTables('# title\n', 'new')).toThrow(/markers/)
  })
})
