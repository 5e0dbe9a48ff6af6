import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { youngCollections } from '../heap'

describe('youngCollections', () => {
  it('collects the young generation once every `every` bytes streamed, whatever the chunk sizes', () => {
    const calls: unknown[] = []
    let asked = 0
    const streamed = youngCollections(100, () => {
      asked++
      return (options) => void calls.push(options)
    })
    for (const bytes of [40, 40]) streamed(bytes)
    expect(calls).toEqual([])
    // The collector is looked up at the first collection, not before: a run that copies nothing pays nothing.
    expect(asked).toBe(0)
    streamed(30)
    expect(calls).toEqual([{ type: 'minor' }])
    for (let i = 0; i < 10; i++) streamed(50)
    expect(calls).toHaveLength(6)
    expect(asked).toBe(1)
  })

  it('does nothing where V8 gives no collector', () => {
    expect(() => youngCollections(1, () => undefined)(10)).not.toThrow()
  })

  it("reaches V8's own collector by default", () => {
    expect(() => youngCollections(1)(10)).not.toThrow()
  })
})

describe('wasmBaselineOnly', () => {
  // The runner's Node (the action runs on node24, where `--liftoff-only` at run time is ignored) and this one.
  const nodes = [...new Set([process.execPath, process.env.GCR_MIRROR_ACTION_NODE].filter((node): node is string => !!node))]
  const llhttp = createRequire(import.meta.url).resolve('undici/lib/llhttp/llhttp_simd-wasm.js')
  let dir: string
  let heap: string

  // heap.ts as plain JavaScript (it imports built-ins only): the child runs without a TypeScript loader,
  // whose own WebAssembly (es-module-lexer) V8 would optimise too.
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'heap-test-'))
    heap = join(dir, 'heap.mjs')
    const source = await readFile(fileURLToPath(new URL('../heap.ts', import.meta.url)), 'utf8')
    await writeFile(heap, ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText)
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  /** Compiles undici's llhttp, parses a response 5,000 times, waits for background compiles: the functions V8 optimised. */
  const optimised = (node: string, baselineOnly: boolean): string[] => {
    const script = `
      import { createRequire } from 'node:module'
      import { wasmBaselineOnly } from ${JSON.stringify(pathToFileURL(heap).href)}
      if (${baselineOnly}) wasmBaselineOnly()
      const wasm = new WebAssembly.Module(Buffer.from(createRequire(import.meta.url)(${JSON.stringify(llhttp)}), 'base64'))
      const { exports: e } = new WebAssembly.Instance(wasm, { env: new Proxy({}, { get: () => () => 0 }) })
      const parser = e.llhttp_alloc(1)
      const response = Buffer.from('HTTP/1.1 200 OK\\r\\nContent-Length: 0\\r\\nDocker-Content-Digest: sha256:aa\\r\\n\\r\\n')
      const at = e.malloc(4096)
      for (let i = 0; i < 5000; i++) { new Uint8Array(e.memory.buffer).set(response, at); e.llhttp_execute(parser, at, response.length) }
      await new Promise((resolve) => setTimeout(resolve, 500))`
    const run = spawnSync(node, ['--trace-wasm-compilation-times', '--input-type=module', '-e', script], { encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    return run.stdout.split('\n').filter((line) => line.includes('using TurboFan'))
  }

  it.each(nodes)("keeps undici's llhttp in V8's baseline tier (%s)", (node) => {
    // Without it V8 optimises llhttp's parser in the background: the check below can fail.
    expect(optimised(node, false).length).toBeGreaterThan(0)
    expect(optimised(node, true)).toEqual([])
  })
})
