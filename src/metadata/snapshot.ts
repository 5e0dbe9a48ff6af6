import type { GitDatabase } from './git-database'
import type { Location } from './location'
import { LEGACY_RECORDS_FOLDER, RECORDS_FOLDER } from './record'
import { CHANGELOG_FOLDER } from './changelog'

/** The metadata folder at the head of the branch. */
export interface Snapshot {
  /** `commit`: the branch exists; `missing`: it does not; `empty-repository`: the repository has no commits. */
  state: 'commit' | 'missing' | 'empty-repository'
  /** Head commit and its root tree, when the branch exists. */
  head?: string
  tree?: string
  /** Blob sha of each metadata file, by path relative to the folder (`README.md`, `records/NAMESPACE/GROUP.json`, `changelog/YYYY-MM.md`, legacy `namespaces/....json`). */
  blobs: Map<string, string>
}

/** The documents written beside the records. */
const DOCUMENTS = new Set(['README.md', 'CHANGELOG.md'])

/**
 * Reads the branch head and lists the metadata folder: a few small requests whatever the size of
 * the records (ref, commit, one tree per folder level, one recursive listing each of the records,
 * the records of earlier versions and the changelog's months).
 */
export async function readSnapshot({ db, branch, folder }: Location): Promise<Snapshot> {
  const head = await db.branchHead(branch)
  if (head.kind !== 'commit') return { state: head.kind, blobs: new Map() }
  const tree = await db.commitTree(head.sha)
  const snapshot: Snapshot = { state: 'commit', head: head.sha, tree, blobs: new Map() }
  let folderTree: string | undefined = tree
  for (const segment of folder ? folder.split('/') : []) {
    folderTree = (await db.listTree(folderTree, false)).find((entry) => entry.path === segment && entry.type === 'tree')?.sha
    if (!folderTree) return snapshot
  }
  const top = await db.listTree(folderTree, false)
  for (const entry of top) if (entry.type === 'blob' && DOCUMENTS.has(entry.path)) snapshot.blobs.set(entry.path, entry.sha)
  for (const [name, suffix] of [
    [RECORDS_FOLDER, '.json'],
    [LEGACY_RECORDS_FOLDER, '.json'],
    [CHANGELOG_FOLDER, '.md']
  ]) {
    const folder = top.find((entry) => entry.path === name && entry.type === 'tree')
    if (!folder) continue
    for (const entry of await db.listTree(folder.sha, true)) {
      if (entry.type === 'blob' && entry.path.endsWith(suffix)) snapshot.blobs.set(`${name}/${entry.path}`, entry.sha)
    }
  }
  return snapshot
}

/** Reads blobs by sha, each at most once (an unchanged file costs nothing on a retry). */
export function blobReader(db: GitDatabase): (sha: string) => Promise<string> {
  const cache = new Map<string, Promise<string>>()
  return (sha) => {
    let text = cache.get(sha)
    if (!text) {
      text = db.readBlob(sha)
      cache.set(sha, text)
      text.catch(() => cache.delete(sha))
    }
    return text
  }
}
