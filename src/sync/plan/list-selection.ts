/** One source repository of an image list, as a mirror of it plans it (see compileImageList). */
export interface ListedRepository {
  /** The target repository path below the target namespace. */
  target: string
  /** Every tag of the repository (the run's tag filters apply). */
  allTags: boolean
  /** Tags and digests (`sha256:...`) named by entries, each with the target tag it lands on. */
  tags: ReadonlyMap<string, string>
  /** With `--fold-into`: the image's name folded into the target tag of every listed tag. */
  fold?: string
}

/** An image list's share of one mirror: its source repositories (paths below the registry) and what each asks for. */
export type ListSelection = ReadonlyMap<string, ListedRepository>
