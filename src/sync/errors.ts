/** Bad usage or input, found before any copy starts: the CLI exits 2, the action fails the step. */
export class UsageError extends Error {
  override name = 'UsageError'
}
