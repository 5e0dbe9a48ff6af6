import { CLI_WORDS, UsageError, type Words } from '../../oci/errors'
import { isValidRepositoryPath } from '../../oci/names'
import { compileImageList } from '../plan/list-plan'
import { parseImageListValues, readImageListFile, type ImageListEntry } from './image-list'
import { parseListOptions } from './options'
import type { RawSyncOptions } from './option-table'
import type { MirrorEntry } from './mirror-entry'

/**
 * The mirrors of an image list when the options give one: no `source`, and full references in
 * `images` and/or a file in `images-file`; undefined otherwise (`images` with a `source` keeps its
 * meaning: repositories below the source namespace). Every entry is parsed and every name given
 * before any request; a bad entry is one UsageError naming it (FILE:LINE for a file).
 * `prefix` starts the mirrors' names (a config mirror's name).
 */
export function imageListMirrors(raw: RawSyncOptions, env: NodeJS.ProcessEnv = process.env, words: Words = CLI_WORDS, prefix = ''): MirrorEntry[] | undefined {
  const imagesFile = raw.imagesFile?.trim() || undefined
  const foldInto = raw.foldInto?.trim() || undefined
  if (raw.source?.trim()) {
    const stray = imagesFile ? 'images-file' : foldInto ? 'fold-into' : undefined
    if (stray)
      throw new UsageError(
        (w) => `${w.option(stray)} goes with an image list, not with ${w.option('source')} (drop ${w.option('source')} to mirror full references)`
      )
    return undefined
  }
  const entries: ImageListEntry[] = [...parseImageListValues(raw.images ?? [], words), ...(imagesFile ? readImageListFile(imagesFile, words) : [])]
  if (entries.length === 0) {
    if (imagesFile) throw new UsageError((w) => `${w.option('images-file')} ${imagesFile}: holds no image reference`)
    if (foldInto)
      throw new UsageError(
        (w) => `${w.option('fold-into')} goes with an image list (${w.option('images')} or ${w.option('images-file')} without ${w.option('source')})`
      )
    return undefined
  }
  if (foldInto !== undefined && !isValidRepositoryPath(foldInto)) {
    throw new UsageError((w) => `${w.option('fold-into')} "${foldInto}": not a repository name (lowercase letters, digits, . _ - separators, / between levels)`)
  }
  const options = parseListOptions(raw, env)
  if (options.target.kind !== 'registry' && foldInto) throw new UsageError((w) => `${w.option('fold-into')} needs a registry target`)
  const { mirrors, collisions } = compileImageList(entries, options, foldInto, prefix)
  return mirrors.map((mirror, i) => ({ ...mirror, ...(i === 0 && collisions.length > 0 ? { collisions } : {}) }))
}
