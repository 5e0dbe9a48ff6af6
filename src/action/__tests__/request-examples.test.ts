import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { runScripts } from './action-yml'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')
const workflowText = read('docs/examples/mirror-on-request.yml')
const workflow = parse(workflowText) as {
  on: { issues: { types: string[] }; workflow_dispatch: { inputs: Record<string, unknown> } }
  permissions: Record<string, string>
  jobs: Record<string, { if?: string; steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }>
}
const form = parse(read('docs/examples/mirror-request-form.yml')) as {
  labels: string[]
  body: Array<{ type: string; id?: string; attributes: Record<string, unknown> }>
}

describe('the mirror-on-request example', () => {
  it('runs on issues opened, edited and reopened, and by hand with an images input', () => {
    expect(workflow.on.issues.types).toEqual(['opened', 'edited', 'reopened'])
    expect(Object.keys(workflow.on.workflow_dispatch.inputs)).toEqual(['images'])
  })

  it('asks for no more than it needs: issues: write, contents: read', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' })
  })

  it('passes nothing of the event into a shell line: no ${{ github.event in a run: line (it has none)', () => {
    for (const script of runScripts(workflowText)) expect(script).not.toMatch(/\$\{\{\s*github\.event/)
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
    expect(steps.filter((step) => step.run !== undefined)).toEqual([])
    // The issue reaches the action only through the event file it reads itself, never through an input.
    const step = steps.find((s) => s.uses?.startsWith('org/gcr-mirror@'))!
    expect(JSON.stringify(step.with)).not.toMatch(/github\.event|inputs\.images/)
    expect(step.with).toMatchObject({ 'images-from': 'issue', 'allowed-sources': expect.stringContaining('registry.k8s.io') })
  })

  it('answers the issues the form opens, which hold the images in a code block', () => {
    expect(form.labels).toEqual(['mirror-request'])
    expect(Object.values(workflow.jobs)[0].if).toContain("contains(github.event.issue.labels.*.name, 'mirror-request')")
    const images = form.body.find((field) => field.id === 'images')!
    expect(images).toMatchObject({ type: 'textarea', attributes: { render: 'text' } })
  })
})
