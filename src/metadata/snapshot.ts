import type { GitDatabase } from './git-database'
import type { Location } from './location'
import { RECORDS_FOLDER } from './record'

/** The metadata folder at the head of the branch. */
export interface Snapshot {
  /** `commit`: the branch exists; `missing`: it does not; `empty-repository`: the repository has no commits. */
  state: 'commit' | 'missing' | 'empty-repository'
  /** Head commit and its root tree, when the branch exists. */
  head?: string
  tree?: string
  /** Blob sha of each metadata file, by path relative to the folder (`README.md`, `namespaces/....json`). */
  blobs: Map<string, string>
}

/** The documents written beside the records. */
const DOCUMENTS = new Set(['README.md', 'CHANGELOG.md'])

/**
 * Reads the branch head and lists the metadata folder: a few small requests whatever the size of
 * the records (ref, commit, one tree per folder level, one recursive listing of the records).
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
  const records = top.find((entry) => entry.path === RECORDS_FOLDER && entry.type === 'tree')
  if (records) {
    for (const entry of await db.listTree(records.sha, true)) {
      if (entry.type === 'blob' && entry.path.endsWith('.json')) snapshot.blobs.set(`${RECORDS_FOLDER}/${entry.path}`, entry.sha)
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
