import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * docs/ARCHITECTURE.md, checked: each folder of src/ has a layer; a file may import only from its
 * own folder or from a lower layer (peers on one layer never import each other), and no import
 * cycle exists between files, in src/ and in bench/.
 */
const LAYERS: Record<string, number> = {
  oci: 0,
  util: 0,
  registry: 1,
  layout: 1,
  engines: 1,
  // Test support: the in-memory registry is a store beside registry/ and layout/; only tests import it.
  testing: 1,
  sync: 2,
  metadata: 3,
  cli: 4,
  action: 4,
  '.': 5
}

const SRC = resolve(import.meta.dirname, '..')
const BENCH = resolve(SRC, '../bench')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sources(path)
    return name.endsWith('.ts') ? [path] : []
  })
}

/** The files under `__tests__` folders of `dir`: what the vitest project `unit` runs and imports. */
function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (!statSync(path).isDirectory()) return []
    return name === '__tests__'
      ? readdirSync(path)
          .map((file) => join(path, file))
          .filter((file) => file.endsWith('.ts'))
      : testFiles(path)
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map((m) => {
    const target = resolve(dirname(file), m[1])
    for (const candidate of [`${target}.ts`, join(target, 'index.ts')]) {
      try {
        if (statSync(candidate).isFile()) return candidate
      } catch {
        // not this one
      }
    }
    return `${target}.ts`
  })
}

/** Every import cycle of `graph` (file -> files it imports), each as a path of files relative to `root`. */
function cyclesOf(graph: Map<string, string[]>, root: string): string[] {
  const state = new Map<string, 'open' | 'done'>()
  const cycles: string[] = []
  const visit = (file: string, path: string[]): void => {
    if (state.get(file) === 'done') return
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(root, f)).join(' -> '))
      return
    }
    state.set(file, 'open')
    for (const target of graph.get(file) ?? []) visit(target, [...path, file])
    state.set(file, 'done')
  }
  for (const file of graph.keys()) visit(file, [])
  return cycles
}

const folderOf = (file: string): string => relative(SRC, file).split('/').slice(0, -1)[0] ?? '.'

describe('architecture', () => {
  const files = sources(SRC)
  const graph = new Map(files.map((file) => [file, importsOf(file)]))

  it('gives every folder of src/ a layer', () => {
    expect(files.map(folderOf).filter((folder) => LAYERS[folder] === undefined)).toEqual([])
  })

  it('imports only from the same folder or a lower layer', () => {
    const violations = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => folderOf(target) !== folderOf(file) && LAYERS[folderOf(target)] >= LAYERS[folderOf(file)])
        .map((target) => `${relative(SRC, file)} -> ${relative(SRC, target)}`)
    )
    expect(violations).toEqual([])
  })

  it('leaves src/testing/ to tests: no file of the product imports it', () => {
    const product = [...graph].flatMap(([file, targets]) =>
      folderOf(file) === 'testing'
        ? []
        : targets.filter((target) => folderOf(target) === 'testing').map((target) => `${relative(SRC, file)} -> ${relative(SRC, target)}`)
    )
    expect(product).toEqual([])
  })

  it('has no import cycles', () => {
    expect(cyclesOf(graph, SRC)).toEqual([])
  })

  it('keeps the unit tests free of the harness: no registry, skopeo, daemon or proxy started', () => {
    // A binary started by name (execFile, spawn, a `run` wrapper), or a harness module other than the GitHub API stand-in (git only).
    const tools = /\b(?:spawn\w*|exec\w*|run)\(\s*'(?:skopeo|docker-registry|dockerd|docker|tinyproxy)'|from '[^']*__tests__\/harness\/(?!github-api')/
    const unit = [SRC, resolve(SRC, '../scripts')].flatMap(testFiles)
    expect(unit.length).toBeGreaterThan(50)
    expect(unit.filter((file) => tools.test(readFileSync(file, 'utf8'))).map((file) => relative(SRC, file))).toEqual([])
  })

  it('has no import cycles in bench/ either', () => {
    const bench = sources(BENCH)
    expect(cyclesOf(new Map(bench.map((file) => [file, importsOf(file)])), BENCH)).toEqual([])
  })
})
