/**
 * The README's inputs and outputs tables, generated from action.yml so they say what the action
 * declares and nothing else. `npm run docs` rewrites the part of README.md between the marker
 * comments; `scripts/__tests__/action-tables.test.ts` fails when README.md and action.yml differ.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

/** The markers around the generated part of README.md. */
export const START = '<!-- action-tables:start (generated from action.yml by `npm run docs`; do not edit) -->'
export const END = '<!-- action-tables:end -->'

interface ActionEntry {
  description?: string
  default?: string
  required?: boolean | string
}

/** A table cell: one line, with the characters that would end the cell escaped. */
const cell = (text: string): string => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')

/**
 * A description as the README's table shows it: its first sentence (the rest is in action.yml and
 * docs/ACTION.md), so the README stays short enough to read.
 */
const firstSentence = (text: string): string => cell(text).split(/(?<=\.)\s+(?=[A-Z`(])/)[0]

/** A default as the table shows it: code, or a dash for an empty one. */
const shownDefault = (entry: ActionEntry): string =>
  entry.required === true || entry.required === 'true' ? 'required' : entry.default ? `\`${cell(entry.default)}\`` : ''

/** The inputs and outputs tables of an action.yml, as markdown. */
export function renderTables(actionYml: string): string {
  const action = parse(actionYml) as { inputs?: Record<string, ActionEntry>; outputs?: Record<string, ActionEntry> }
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, entry]) => `| \`${name}\` | ${shownDefault(entry)} | ${firstSentence(entry.description ?? '')} |`
  )
  const outputs = Object.entries(action.outputs ?? {}).map(([name, entry]) => `| \`${name}\` | ${firstSentence(entry.description ?? '')} |`)
  return [
    '#### Inputs',
    '',
    '| input | default | description |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '#### Outputs',
    '',
    '| output | description |',
    '| --- | --- |',
    ...outputs
  ].join('\n')
}

/** README.md with the part between the markers replaced by `tables`; throws when the markers are missing. */
export function withTables(readme: string, tables: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error(`README.md: the markers ${START} and ${END} are missing or out of order`)
  return `${readme.slice(0, start + START.length)}\n\n${tables}\n\n${readme.slice(end)}`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(import.meta.dirname, '..')
  const readmePath = join(root, 'README.md')
  const readme = readFileSync(readmePath, 'utf8')
  const updated = withTables(readme, renderTables(readFileSync(join(root, 'action.yml'), 'utf8')))
  if (updated !== readme) writeFileSync(readmePath, updated)
  console.log(updated === readme ? 'README.md: the action tables are up to date' : 'README.md: the action tables rewritten from action.yml')
}
