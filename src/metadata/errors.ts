/**
 * A failure to read or write the metadata repository, with a one-line message naming the
 * repository and what to do. The mirror itself is unaffected: shells report it after the ledger
 * is saved.
 */
export class MetadataError extends Error {
  override name = 'MetadataError'

  constructor(
    message: string,
    /** The HTTP status GitHub answered, when the failure came from the API. */
    readonly status?: number
  ) {
    super(message)
  }
}
