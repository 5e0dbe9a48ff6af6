/** One entry of action.yml's `inputs` or `outputs`. */
export interface ActionEntry {
  description?: string
  default?: string
  required?: string
}

/** What the tests check in action.yml. */
export interface ActionMetadata {
  name?: string
  description?: string
  inputs: Record<string, ActionEntry>
  outputs: Record<string, ActionEntry>
  runs: Record<string, string>
}

/** A plain or single-quoted YAML scalar; a comment after a plain one is dropped. */
function scalar(raw: string): string {
  const quoted = /^'(.*)'$/.exec(raw)
  if (quoted) return quoted[1].replace(/''/g, "'")
  return raw.replace(/\s+#.*$/, '')
}

/**
 * Reads action.yml with the few YAML forms it uses (top-level scalars, `inputs` and `outputs` maps of
 * maps, the `runs` map, one-line values): enough for the tests, without a YAML library.
 */
export function parseActionYml(text: string): ActionMetadata {
  const metadata: ActionMetadata = { inputs: {}, outputs: {}, runs: {} }
  let section = ''
  let entry = ''
  for (const line of text.split('\n')) {
    const match = /^( *)([A-Za-z][\w-]*):(?:\s+(.*))?$/.exec(line)
    if (!match || /^\s*#/.test(line)) continue
    const [, indent, key, raw = ''] = match
    const value = scalar(raw.trim())
    if (indent.length === 0) {
      section = key
      if (key === 'name' || key === 'description') metadata[key] = value
    } else if (indent.length === 2 && section === 'runs') {
      metadata.runs[key] = value
    } else if (indent.length === 2 && (section === 'inputs' || section === 'outputs')) {
      entry = key
      metadata[section][entry] = {}
    } else if (indent.length === 4 && (section === 'inputs' || section === 'outputs')) {
      ;(metadata[section][entry] as Record<string, string>)[key] = value
    }
  }
  return metadata
}

/** The `run:` scripts of a workflow file (one-line and block forms), each as one string. */
export function runScripts(workflow: string): string[] {
  const scripts: string[] = []
  const lines = workflow.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^(\s*)(?:- )?run:\s*(.*)$/.exec(lines[i])
    if (!match) continue
    const indent = match[1].length
    const body = [match[2]]
    while (i + 1 < lines.length && (lines[i + 1].trim() === '' || lines[i + 1].search(/\S/) > indent)) body.push(lines[++i])
    scripts.push(body.join('\n'))
  }
  return scripts
}
