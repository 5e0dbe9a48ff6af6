import { PreflightError, type Side } from '../../oci/errors'
import { preflightHint } from '../report/hints'
import type { Endpoint } from './open-endpoint'

/** Runs a step that comes before the first copy; its failure becomes a PreflightError of `side`, with a hint. */
export async function preflight<T>(side: Side, endpoint: Endpoint, step: () => Promise<T>): Promise<T> {
  try {
    return await step()
  } catch (error) {
    throw new PreflightError(error, { side, hint: preflightHint(error, side, endpoint) })
  }
}
