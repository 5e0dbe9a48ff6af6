import { UsageError, type Words } from '../../oci/errors'
import { defaultMirrorName } from '../report/report'
import type { MirrorEntry } from './mirror-entry'
import { imageListMirrors } from './list-options'
import type { RawSyncOptions } from './option-table'
import { parseSyncOptions } from './options'

/** The targets a raw `target` names: one a line (the CLI's `--target` repeated, the action input's lines, a config's `targets`). */
export function targetValues(target: string | undefined): string[] {
  return (target ?? '')
    .split('\n')
    .map((value) => value.trim())
    .filter(Boolean)
}

/**
 * The mirrors the options make when they are more than one, before any request: an image list's
 * (a mirror per source registry; see imageListMirrors), and when `target` names several targets,
 * those of each target, each with its own ledger section (named `SOURCE -> TARGET`, or the list's
 * names, which end in the target). The mirrors of one source into several targets share a
 * `readGroup`: they run at once and read the source once. Undefined for one source into one target.
 * `prefix` starts the names (a config mirror's name); `group` keeps the read groups of config mirrors apart.
 */
export function mirrorsOf(raw: RawSyncOptions, env: NodeJS.ProcessEnv, words: Words, prefix = '', group = prefix): MirrorEntry[] | undefined {
  const targets = targetValues(raw.target)
  if (targets.length <= 1) return imageListMirrors(raw, env, words, prefix)
  const twice = targets.find((target, i) => targets.indexOf(target) !== i)
  if (twice) throw new UsageError((w) => `${w.option('target')} ${twice} is given twice; name each target once`)
  return targets.flatMap((target): MirrorEntry[] => {
    const one = { ...raw, target }
    const listed = imageListMirrors(one, env, words, prefix)
    if (listed) return listed.map((mirror) => ({ ...mirror, readGroup: `${group}${mirror.options.source.display}` }))
    const options = parseSyncOptions(one, env)
    const name = `${prefix}${defaultMirrorName(options.source.display, options.target.display)}`
    return [{ name, options, readGroup: `${group}${options.source.display}` }]
  })
}
