import type { Collision, SyncOptions } from '../types'

/** One mirror of a run of several (a config file's, an image list's, one a target): its name and its validated options. */
export interface MirrorEntry {
  /** Its `name`, else `source -> target`: unique in the file, the id of its ledger section, shown in messages and the report. */
  name: string
  options: SyncOptions
  /** Naming collisions across an image list's registries, resolved when it was compiled (on its first mirror, reported once). */
  collisions?: Collision[]
  /** Mirrors of one source into several targets share this: they run at once and read the source once (see SharedReads). */
  readGroup?: string
}
