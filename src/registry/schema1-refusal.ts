import type { ErrorKind } from '../oci/errors'
import { isSchema1 } from '../oci/schema1'

/** What `schema1RefusalKind` looks at: the request, the status, and the error body. */
export interface FailedRequest {
  method: string
  /** The request's `content-type` (what was pushed), if any. */
  contentType?: string
  status: number
  /** The spec error code of the body (`UNKNOWN`, `MANIFEST_INVALID`, ...). */
  code?: string
  /** The error body as text (at most what the transport read). */
  body: string
}

/** Words registries use to refuse schema 1 in their error bodies (Docker Hub, GHCR, distribution's detail). */
const SCHEMA1_REFUSED = /schema\s*(v|version\s*)?1\b[^"]*\b(unsupported|not supported|deprecated|disabled)/i

/**
 * `refused` for an answer that will not change however often it is asked, where the status alone
 * would say "transient": a registry refusing a schema 1 manifest. The reference registry 2.8 without
 * `compatibility.schema1.enabled` answers such a PUT `500` with `{"errors":[{"code":"UNKNOWN",
 * "message":"unknown error","detail":{}}]}` (its `ErrSchemaV1Unsupported`, "manifest schema v1
 * unsupported", only reaches its log); other registries say it in the body. Undefined otherwise.
 */
export function schema1RefusalKind(failed: FailedRequest): ErrorKind | undefined {
  if (SCHEMA1_REFUSED.test(failed.body)) return 'refused'
  const pushedSchema1 = failed.method === 'PUT' && failed.contentType !== undefined && isSchema1(failed.contentType.split(';')[0].trim())
  if (pushedSchema1 && failed.status === 500 && (failed.code === undefined || failed.code === 'UNKNOWN')) return 'refused'
  return undefined
}
