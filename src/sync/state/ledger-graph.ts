import type { GraphNode } from '../../engines/engine'

/**
 * What the mirrored manifests reference, by manifest digest as the target serves it: content
 * addressed, so one node serves every tag and repository that holds the digest. `--verify` HEADs
 * these digests on the target instead of reading the manifests again.
 *
 * In the state file the graph follows the entries, one node a line, sha256 digests written as
 * their bare hex (64 characters instead of 71): `"<hex>":{"m":[children],"b":[blobs]}` with empty
 * lists left out. Only nodes reachable from an entry are written, so nodes of moved or pruned tags
 * go with the next rewrite.
 */
export class ManifestGraph {
  private readonly nodes = new Map<string, GraphNode>()

  get(digest: string): GraphNode | undefined {
    return this.nodes.get(digest)
  }

  /** Adds nodes; true when one was new or different. */
  add(nodes: Iterable<[string, GraphNode]>): boolean {
    let changed = false
    for (const [digest, node] of nodes) {
      const known = this.nodes.get(digest)
      if (known && sameNode(known, node)) continue
      this.nodes.set(digest, { manifests: [...node.manifests], blobs: [...node.blobs] })
      changed = true
    }
    return changed
  }

  get size(): number {
    return this.nodes.size
  }

  /** The lines of the nodes reachable from `roots`, sorted by digest (the file's graph section). */
  lines(roots: Iterable<string>): string[] {
    const kept = new Set<string>()
    const visit = (digest: string): void => {
      if (kept.has(digest)) return
      const node = this.nodes.get(digest)
      if (!node) return
      kept.add(digest)
      for (const child of node.manifests) visit(child)
    }
    for (const root of roots) visit(root)
    return [...kept].sort().map((digest) => `${JSON.stringify(shorten(digest))}:${encodeNode(this.nodes.get(digest)!)}`)
  }

  /** Reads the graph section of a file (`{"<hex>":{"m":[...],"b":[...]}}`); anything that is not a node is ignored. */
  load(section: unknown): void {
    if (!section || typeof section !== 'object') return
    for (const [key, value] of Object.entries(section as Record<string, unknown>)) {
      const node = decodeNode(value)
      if (node) this.nodes.set(expand(key), node)
    }
  }
}

const SHA256 = 'sha256:'
const shorten = (digest: string): string => (digest.startsWith(SHA256) ? digest.slice(SHA256.length) : digest)
const expand = (text: string): string => (text.includes(':') ? text : `${SHA256}${text}`)

function sameNode(a: GraphNode, b: GraphNode): boolean {
  return a.manifests.join() === b.manifests.join() && a.blobs.join() === b.blobs.join()
}

function encodeNode(node: GraphNode): string {
  return JSON.stringify({
    ...(node.manifests.length ? { m: node.manifests.map(shorten) } : {}),
    ...(node.blobs.length ? { b: node.blobs.map(shorten) } : {})
  })
}

function decodeNode(value: unknown): GraphNode | undefined {
  if (!value || typeof value !== 'object') return undefined
  const { m = [], b = [] } = value as { m?: unknown; b?: unknown }
  const digests = (list: unknown): string[] | undefined =>
    Array.isArray(list) && list.every((item) => typeof item === 'string') ? (list as string[]).map(expand) : undefined
  const manifests = digests(m)
  const blobs = digests(b)
  return manifests && blobs ? { manifests, blobs } : undefined
}
