import { parsePlatform, type PlatformSpec } from '../../engines/platform-filter'
import { UsageError, type Words } from '../../oci/errors'
import { IMAGE_REF_FORMS, parseImageRef, type ImageRef } from '../../oci/image-ref'
import { isValidRepositoryPath, isValidTag } from '../../oci/names'
import { NotRegularFileError, readRegularFileSync } from '../../util/local-file'
import { quoted } from '../../util/printable'

/** One entry of an image list: a full image reference and what the entry asks of it. */
export interface ImageListEntry {
  source: ImageRef
  /** `=> NAME[:TAG]`: the target repository below the target namespace (and the tag, for an entry of one tag or digest). */
  target?: { repository: string; tag?: string }
  /** `platforms=OS/ARCH[/VARIANT],...`: only these platforms of an index (else the run's `--platforms`). */
  platforms?: PlatformSpec[]
  /** Where the entry was written, for messages: `FILE:LINE` or `--images "TEXT"`. */
  where: string
}

/** The grammar of an entry, for messages. */
export const ENTRY_FORMS = `SOURCE [=> NAME[:TAG]] [platforms=OS/ARCH[/VARIANT],...], SOURCE being ${IMAGE_REF_FORMS}`

/** An image list file larger than this is refused (a list of 10,000 references is about 700 KB). */
const MAX_FILE_BYTES = 1024 * 1024
/** More entries than this in one run are refused: a list is not a namespace. */
export const MAX_ENTRIES = 10_000

/**
 * Parses one entry: `SOURCE`, then optionally `=> NAME[:TAG]` and `platforms=LIST`, separated by
 * whitespace. SOURCE goes through parseImageRef only; NAME is a repository path below the target
 * namespace (never a registry: the target is the run's), TAG only for an entry of one tag or digest.
 * Anything else is refused, never interpreted. `where` names the entry in the UsageError.
 */
export function parseImageListEntry(text: string, where: string): ImageListEntry {
  const words = text.trim().split(/\s+/)
  const fail = (problem: string): UsageError => new UsageError(`${where}: ${problem}; an entry is ${ENTRY_FORMS}`)
  const entry: ImageListEntry = { source: parseImageRef(words[0], where), where }
  for (let i = 1; i < words.length; i++) {
    const word = words[i]
    if (word === '=>') {
      if (entry.target) throw fail('"=>" is given twice')
      const name = words[++i]
      if (name === undefined) throw fail('"=>" needs a target NAME[:TAG] after it')
      entry.target = parseTargetName(name, entry.source, fail)
    } else if (word.startsWith('platforms=')) {
      if (entry.platforms) throw fail('platforms= is given twice')
      const list = word.slice('platforms='.length).split(',').filter(Boolean)
      if (list.length === 0) throw fail('platforms= needs OS/ARCH[/VARIANT],... (e.g. platforms=linux/amd64,linux/arm64)')
      entry.platforms = list.map((item) => {
        const platform = parsePlatform(item)
        if (!platform) throw fail(`platform ${quoted(item, 40)} is not OS/ARCH[/VARIANT]`)
        return platform
      })
    } else {
      throw fail(`${quoted(word, 40)} is not understood`)
    }
  }
  return entry
}

/** `NAME[:TAG]` after `=>`: a lowercase repository path below the target namespace, a tag only for one image. */
function parseTargetName(text: string, source: ImageRef, fail: (problem: string) => UsageError): NonNullable<ImageListEntry['target']> {
  const colon = text.lastIndexOf(':')
  const [repository, tag] = colon > text.lastIndexOf('/') ? [text.slice(0, colon), text.slice(colon + 1)] : [text, undefined]
  if (!isValidRepositoryPath(repository)) {
    throw fail(
      `target ${quoted(repository, 60)} is not a repository path below the target namespace (lowercase letters, digits, . _ - separators, / between levels)`
    )
  }
  if (tag !== undefined && !isValidTag(tag)) throw fail(`target tag ${quoted(tag, 40)} is not a tag (letters, digits, _ . -, at most 128)`)
  if (tag !== undefined && source.tag === undefined && source.digest === undefined) {
    throw fail('a target tag goes with one tag or digest; an entry without one mirrors every tag under its own name')
  }
  return { repository, ...(tag === undefined ? {} : { tag }) }
}

/**
 * The entries of `--images` (or the action's `images`) in list mode: one a line; a line with no
 * whitespace may hold several references separated by commas (`nginx:1.25,gcr.io/x/y:v1`); a line
 * with options is one entry (its platforms list has commas). Blank lines and `#` comments are skipped.
 */
export function parseImageListValues(values: string[], words: Words): ImageListEntry[] {
  const entries: ImageListEntry[] = []
  for (const value of values) {
    for (const line of value.split('\n')) {
      const text = withoutComment(line)
      if (!text) continue
      const parts = /\s/.test(text) ? [text] : text.split(',').filter(Boolean)
      for (const part of parts) entries.push(parseImageListEntry(part, `${words.option('images')} ${quoted(part, 80)}`))
    }
  }
  return bounded(entries, words.option('images'))
}

/**
 * Reads an image list file (`--images-file`): one entry a line, `#` comments, blank lines skipped,
 * at most 1 MiB. A bad line is one UsageError naming FILE:LINE and the accepted forms, before any request.
 */
export function readImageListFile(path: string, words: Words): ImageListEntry[] {
  let bytes: Buffer
  try {
    bytes = readRegularFileSync(path)
  } catch (error) {
    const why = error instanceof NotRegularFileError ? `it is ${error.what}` : ((error as NodeJS.ErrnoException).code ?? String(error))
    throw new UsageError(`${words.option('images-file')} ${path}: cannot be read (${why}); expected a file of image references, one a line`)
  }
  if (bytes.length > MAX_FILE_BYTES)
    throw new UsageError(`${words.option('images-file')} ${path}: larger than 1 MiB; a list holds at most ${MAX_ENTRIES} entries`)
  const entries: ImageListEntry[] = []
  for (const [i, line] of bytes.toString('utf8').split('\n').entries()) {
    const text = withoutComment(line)
    if (text) entries.push(parseImageListEntry(text, `${path}:${i + 1}`))
  }
  return bounded(entries, `${words.option('images-file')} ${path}`)
}

/** A line without its comment (`#` at its start or after whitespace) and surrounding whitespace (a CR of a CRLF file too). */
function withoutComment(line: string): string {
  const hash = line.search(/(^|\s)#/)
  return (hash < 0 ? line : line.slice(0, hash)).trim()
}

function bounded(entries: ImageListEntry[], what: string): ImageListEntry[] {
  if (entries.length > MAX_ENTRIES) throw new UsageError(`${what}: ${entries.length} entries; at most ${MAX_ENTRIES} a run`)
  return entries
}
