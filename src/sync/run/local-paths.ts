import { randomBytes } from 'node:crypto'
import { open, rm, stat } from 'node:fs/promises'
import { basename, dirname, join, sep } from 'node:path'
import { UsageError, type Wording } from '../../oci/errors'
import { atomicTempPid } from '../../util/atomic-write'
import { removeLeftTemps, resolveFile, specialKind } from '../../util/local-file'
import type { SyncOptions } from '../types'

/** The local files a run writes, by the option that names them. */
type FileOption = 'state-file' | 'report'

/** The files of an OCI layout that are the layout itself (`blobs` a directory). */
const LAYOUT_OWN = ['index.json', 'oci-layout', 'blobs']

/**
 * Checks the local paths of a run before anything is copied, so a path that can't work is one line
 * and exit 2 (a UsageError) instead of a raw errno after the first copy:
 * - `--state-file` and `--report`: not a directory, FIFO, socket or device; their folder (or its
 *   nearest existing ancestor) writable (not the state file's in a dry run, which only reads it), proved by creating and removing a temporary file of the
 *   name a write would use; not the same file once resolved (symbolic links followed, the parent's
 *   real path); not one of an `oci:` layout's own files (index.json, oci-layout, blobs/).
 * - an `oci:` target: a directory (or not there yet), writable the same way.
 * A report's temporary files left by a killed run are removed on the way.
 */
export async function checkLocalPaths(options: Pick<SyncOptions, 'stateFile' | 'report' | 'source' | 'target' | 'dryRun'>): Promise<void> {
  const files: Array<[FileOption, string]> = []
  if (options.stateFile) files.push(['state-file', options.stateFile])
  if (options.report) files.push(['report', options.report])
  const resolved = new Map<FileOption, string>()
  // A dry run writes no state file: it is only read, so its folder need not take files (nor exist).
  for (const [option, path] of files) resolved.set(option, await checkFile(option, path, options.dryRun === true && option === 'state-file'))
  const state = resolved.get('state-file')
  const report = resolved.get('report')
  if (state && report && [state, `${state}.journal`, `${state}.journal.old`, `${state}.lock`].includes(report)) {
    const what = report === state ? 'the same file' : `the state file's ${report.slice(state.length + 1)} file`
    throw new UsageError((w) => `${w.option('report')} ${options.report} is ${what} as ${w.option('state-file')} ${options.stateFile} (both ${report})`)
  }
  for (const spec of [options.source, options.target]) {
    if (spec.kind !== 'oci') continue
    const root = await resolveFile(spec.path)
    for (const [option, path] of files) {
      const own = LAYOUT_OWN.find((name) => resolved.get(option) === join(root, name) || resolved.get(option)!.startsWith(join(root, name) + sep))
      if (own) {
        throw new UsageError(
          (w) => `${w.option(option)} ${path}: is inside ${spec.display}'s own files (${own}); put it outside the layout's index.json, oci-layout and blobs/`
        )
      }
    }
  }
  if (options.target.kind === 'oci' && !options.dryRun) {
    const root = await resolveFile(options.target.path)
    await probeDirectory(root, join(root, 'index.json'), (why) => `${options.target.display}: ${why}`)
  }
}

/** Checks one file a run writes (or, `readOnly`, only reads); returns its resolved path. */
async function checkFile(option: FileOption, path: string, readOnly: boolean): Promise<string> {
  const say =
    (why: string): Wording =>
    (w) =>
      `${w.option(option)} ${path}: ${why}`
  let file: string
  try {
    file = await resolveFile(path)
  } catch (error) {
    throw new UsageError(say(`cannot be resolved (${codeOf(error)})`))
  }
  const info = await stat(file).catch((error: unknown) => {
    if (codeOf(error) === 'ENOENT') return undefined
    throw new UsageError(say(`cannot be read (${codeOf(error)})`))
  })
  if (info?.isDirectory()) throw new UsageError(say('is a directory, not a file'))
  const special = info && specialKind(info)
  if (special) throw new UsageError(say(`is ${special}; expected a regular file`))
  if (option === 'report') await removeLeftTemps(dirname(file), (name) => atomicTempPid(basename(file), name))
  if (!readOnly) await probeDirectory(dirname(file), file, say)
  return file
}

/**
 * Proves `directory` (or its nearest existing ancestor, where the run would create the rest) takes
 * new files: creates and removes a temporary file named as a write of `file` would name it.
 */
async function probeDirectory(directory: string, file: string, say: (why: string) => Wording | string): Promise<void> {
  let folder = directory
  for (;;) {
    const info = await stat(folder).catch((error: unknown) => {
      if (codeOf(error) === 'ENOENT') return undefined
      throw new UsageError(say(`cannot be written: ${folder} cannot be read (${codeOf(error)})`))
    })
    if (info) {
      if (!info.isDirectory()) throw new UsageError(say(`cannot be written: ${folder} is not a directory`))
      break
    }
    if (dirname(folder) === folder) break
    folder = dirname(folder)
  }
  const probe = join(folder, `${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await (await open(probe, 'wx', 0o600)).close()
  } catch (error) {
    throw new UsageError(say(`cannot be written: ${folder} does not take new files (${codeOf(error)})`))
  }
  await rm(probe, { force: true })
}

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error)
